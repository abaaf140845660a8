"""`xiangyue article merge|split|retitle|kind|ops|undo`: fixes to a split made as a user
types them, kept when the page is imported again, with a highlight made before them
still on its words."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.page_import import import_files
from tests.helpers.fake_analysers import quick

pytestmark = pytest.mark.usefixtures("tagger")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def show(capsys: pytest.CaptureFixture[str], db: str, article_id: str) -> dict:
    return json.loads(run(capsys, "show", article_id, "--json", "--db", db))


@pytest.fixture
def page_db(tmp_path: Path, seed_paths: list[Path]) -> tuple[str, Path]:
    page = tmp_path / "page.txt"
    page.write_text(seed_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "lib.sqlite3"
    import_files(db, [page], analyser=quick)  # names and numbers play no part here
    return str(db), page


def _ids(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    return [r["id"] for r in json.loads(run(capsys, "list", "--json", "--db", db))]


def _reimport_changed(capsys: pytest.CaptureFixture[str], db: str, page: Path) -> None:
    """Change two characters of the page's last article and import the page again, so
    the splitter runs on it again."""
    last = show(capsys, db, _ids(capsys, db)[-1])["text"]
    text = page.read_text(encoding="utf-8")
    quote = last[-12:-4]
    at = text.rindex(quote)
    page.write_text(text[:at] + quote[:-2] + "新字" + text[at + len(quote):], encoding="utf-8")
    assert import_files(Path(db), [page], analyser=quick).updated_pages == 1


def _long_pair(capsys: pytest.CaptureFixture[str], db: str) -> tuple[str, str]:
    for a, b in itertools.pairwise(_ids(capsys, db)):
        if all(show(capsys, db, x)["text"].count("\n") for x in (a, b)):
            return a, b
    raise AssertionError("no two long neighbours on the page")


def _highlight(capsys: pytest.CaptureFixture[str], db: str, article_id: str, start: int,
               end: int) -> None:
    run(capsys, "highlight", article_id, "--start", str(start), "--end", str(end),
        "--db", db)


def _on_its_words(capsys: pytest.CaptureFixture[str], db: str, article_id: str,
                  quote: str) -> None:
    detail = show(capsys, db, article_id)
    [mark] = [h for h in detail["highlights"] if h["quote"] == quote]
    assert detail["text"][mark["start"]:mark["end"]] == quote and not mark["orphan"]


def test_merge_survives_reimport_and_keeps_a_highlight(capsys, page_db) -> None:
    db, page = page_db
    first, second = _long_pair(capsys, db)
    text_a, text_b = show(capsys, db, first)["text"], show(capsys, db, second)["text"]
    _highlight(capsys, db, second, 3, 9)
    out = json.loads(run(capsys, "article", "merge", first, "--with", "next", "--json",
                         "--db", db))
    assert out == {"articles": [first]}
    _reimport_changed(capsys, db, page)
    assert show(capsys, db, first)["text"] == text_a + "\n" + text_b
    assert second not in _ids(capsys, db)
    _on_its_words(capsys, db, first, text_b[3:9])
    # The same page again: nothing to do, and the merge stands.
    assert import_files(Path(db), [page], analyser=quick).unchanged_pages == 1
    assert show(capsys, db, first)["text"] == text_a + "\n" + text_b
    ops = json.loads(run(capsys, "article", "ops", first, "--json", "--db", db))
    assert [(o["op"], o["args"]) for o in ops] == [("merge", {"first": first,
                                                              "second": second})]


def test_merge_with_the_previous_article(capsys, page_db) -> None:
    db, _ = page_db
    first, second = _long_pair(capsys, db)
    run(capsys, "article", "merge", second, "--with", "prev", "--db", db)
    assert second not in _ids(capsys, db) and first in _ids(capsys, db)


def test_split_survives_reimport_keeps_a_highlight_and_is_undone(capsys, page_db) -> None:
    db, page = page_db
    first, _ = _long_pair(capsys, db)
    text = show(capsys, db, first)["text"]
    at = text.index("\n") + 1
    _highlight(capsys, db, first, at + 2, at + 7)
    out = json.loads(run(capsys, "article", "split", first, "--at", str(at), "--json",
                         "--db", db))
    new_id = out["articles"][1]
    _reimport_changed(capsys, db, page)
    assert show(capsys, db, first)["text"] == text[:at - 1]
    assert show(capsys, db, new_id)["text"] == text[at:]
    _on_its_words(capsys, db, new_id, text[at + 2:at + 7])

    assert "undone: 1 split" in run(capsys, "article", "undo", first, "--db", db)
    assert show(capsys, db, first)["text"] == text
    _on_its_words(capsys, db, first, text[at + 2:at + 7])
    assert "nothing to undo" in run(capsys, "article", "undo", first, "--db", db)


def test_retitle_and_kind_survive_reimport(capsys, page_db) -> None:
    db, page = page_db
    first, _ = _long_pair(capsys, db)
    before = show(capsys, db, first)
    line = before["text"].split("\n")[1]
    offset = before["text"].index(line) + 1
    out = json.loads(run(capsys, "article", "retitle", first, "--title-offset", str(offset),
                         "--json", "--db", db))
    assert out["title"] == line
    run(capsys, "article", "kind", first, "commentary", "--db", db)
    _reimport_changed(capsys, db, page)
    after = show(capsys, db, first)
    assert (after["title"], after["kind"]) == (line, "commentary")
    assert before["title"] in after["subtitle"]


def test_a_fix_that_does_not_fit_is_one_line_on_stderr(capsys, page_db) -> None:
    db, _ = page_db
    last = _ids(capsys, db)[-1]
    assert main(["article", "merge", last, "--db", db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("xiangyue: ") and err.count("\n") == 1
    assert main(["article", "split", "nosuchid", "--at", "3", "--db", db]) == 1
    assert "no article" in capsys.readouterr().err
