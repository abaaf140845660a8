"""Entity corrections from the command line reach every article, as `show` reports them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def js(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code = main([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def articles_with(capsys: pytest.CaptureFixture[str], db: str, word: str) -> list[dict]:
    found = []
    for row in js(capsys, "list", "--db", db):
        article = js(capsys, "show", row["id"], "--db", db)
        if word in article["text"]:
            found.append(article)
    return found


def shown_again(capsys: pytest.CaptureFixture[str], db: str, articles: list[dict]
                ) -> list[dict]:
    """The same articles as ``show`` reports them now (a correction changes no text, so
    the articles holding a word stay the ones :func:`articles_with` found)."""
    again = [js(capsys, "show", a["id"], "--db", db) for a in articles]
    assert [a["text"] for a in again] == [a["text"] for a in articles]
    return again


def spans_of(article: dict, word: str) -> list[tuple[int, str]]:
    for e in article["entities"]:
        assert article["text"][e["start"]:e["end"]] == e["text"]
    return sorted((e["start"], e["type"]) for e in article["entities"] if e["text"] == word)


def test_retype_changes_the_type_in_every_article(lib_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    before = articles_with(capsys, db, "湘江新区")
    assert len(before) >= 2
    # Before: an organisation wherever it stands alone (湖南湘江新区麓宇光电有限公司 is
    # one longer name).
    assert {t for a in before for _, t in spans_of(a, "湘江新区")} == {"ORG"}
    js(capsys, "entity", "retype", "湘江新区", "--type", "LOC", "--db", db)
    after = shown_again(capsys, db, before)
    for article in after:
        # Every occurrence is now a place, unless it is part of a longer name the library
        # recognised around it (长沙市湘江新区), which a correction of the word leaves alone.
        text, found = article["text"], dict(spans_of(article, "湘江新区"))
        assert set(found.values()) <= {"LOC"}, article["id"]
        start = text.find("湘江新区")
        while start >= 0:
            inside = any(e["start"] <= start and start + 4 <= e["end"] and e["text"] != "湘江新区"
                         for e in article["entities"])
            assert found.get(start) == "LOC" or inside, (article["id"], start)
            start = text.find("湘江新区", start + 1)
    assert sum(len(spans_of(a, "湘江新区")) for a in after) >= sum(
        len(spans_of(a, "湘江新区")) for a in before)
    assert {r["text"]: r["type"] for r in js(capsys, "entity", "list", "--db", db)} == {
        "湘江新区": "LOC"}


def test_add_marks_a_word_everywhere_and_clear_takes_it_back(
    lib_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(lib_path)
    word = "立体计算"  # a technology the paper quotes, which the extractor leaves alone
    before = articles_with(capsys, db, word)
    assert before and all(spans_of(a, word) == [] for a in before)
    report = js(capsys, "entity", "add", word, "--type", "org", "--db", db)
    assert report["type"] == "ORG" and report["articles"] == len(before)
    for article in shown_again(capsys, db, before):
        assert len(spans_of(article, word)) == article["text"].count(word)
    assert [r["id"] for r in js(capsys, "list", "--entity", word, "--db", db)] == [
        a["id"] for a in before]
    js(capsys, "entity", "clear", word, "--db", db)
    assert all(spans_of(a, word) == [] for a in shown_again(capsys, db, before))
    assert js(capsys, "entity", "list", "--db", db) == []


def test_remove_takes_a_name_out_of_every_article(lib_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    before = articles_with(capsys, db, "长沙")
    assert any(spans_of(a, "长沙") for a in before)
    report = js(capsys, "entity", "remove", "长沙", "--db", db)
    assert report == {"text": "长沙", "action": "remove", "type": None, "articles": 0}
    assert all(spans_of(a, "长沙") == [] for a in shown_again(capsys, db, before))


def test_retype_of_an_unknown_word_fails_and_changes_nothing(
    lib_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(lib_path)
    code = main(["entity", "retype", "没有这个词", "--type", "PER", "--db", db])
    assert code == 1 and "entity add" in capsys.readouterr().err
    assert js(capsys, "entity", "list", "--db", db) == []
