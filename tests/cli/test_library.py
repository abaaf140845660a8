"""The library commands, run as a user would, with --db and --json."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop_app.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def js(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.seeds
def test_import_list_show_round_trip(tmp_path: Path, seed_paths: list[Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    # A new library gets no sample pages from a command: only what was imported.
    report = js(capsys, "import", str(seed_paths[0].parent), "--db", db)
    assert report["added_pages"] == len(seed_paths) and report["errors"] == []
    rows = js(capsys, "list", "--db", db)
    assert rows and {"id", "title", "date", "kind"} <= set(rows[0])
    article = js(capsys, "show", rows[0]["id"], "--db", db)
    assert article["id"] == rows[0]["id"] and article["text"]
    assert article["text"] == "\n".join(article["paragraphs"])


def test_search_json_carries_id_title_snippet_and_score(
    lib_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hits = js(capsys, "search", "算力", "--db", str(lib_path), "--limit", "3")
    assert 0 < len(hits) <= 3
    for hit in hits:
        assert {"id", "title", "date", "kind", "snippet", "score"} <= set(hit)
        assert "算力" in hit["snippet"]
    assert js(capsys, "search", '"AND*', "--db", str(lib_path)) == []


def test_highlight_offsets_index_the_shown_text(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    article_id = js(capsys, "list", "--db", db)[1]["id"]
    text = js(capsys, "show", article_id, "--db", db)["text"]
    h = js(capsys, "highlight", article_id, "--start", "3", "--end", "9", "--color", "blue",
           "--note", "重点", "--db", db)
    assert h["quote"] == text[3:9]
    shown = js(capsys, "show", article_id, "--db", db)["highlights"]
    assert [(x["start"], x["end"], x["color"], x["note"]) for x in shown] == [
        (3, 9, "blue", "重点")]
    code, _, err = run(capsys, "highlight", article_id, "--start", "9", "--end", "3", "--db", db)
    assert code == 1 and err.startswith("xiangyue: ") and err.count("\n") == 1


def test_tags_and_notes_from_the_command_line(lib_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    first, second = (r["id"] for r in js(capsys, "list", "--db", db)[:2])
    assert js(capsys, "tag", first, "科技", "湖南", "--db", db)["tags"] == ["湖南", "科技"]
    js(capsys, "tag", second, "科技", "--db", db)
    assert js(capsys, "untag", first, "湖南", "--db", db)["tags"] == ["科技"]
    listed = js(capsys, "list", "--tag", "科技", "--db", db)
    assert {r["id"] for r in listed} == {first, second}
    monkeypatch.setattr("sys.stdin",
                        io.TextIOWrapper(io.BytesIO("# 标题\n从标准输入来的笔记\n".encode())))
    assert js(capsys, "note", first, "-", "--db", db)["note"] == "# 标题\n从标准输入来的笔记\n"
    found = js(capsys, "search", "标准输入", "--db", db)
    assert [h["id"] for h in found] == [first]


def test_unknown_article_and_damaged_library_give_one_line_errors(
    tmp_path: Path, lib_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "show", "nope", "--db", str(lib_path))
    assert code == 1 and "nope" in err and err.count("\n") == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "list", "--db", str(junk))
    assert code == 3 and "is damaged" in err and err.count("\n") == 1
    assert junk.read_bytes() == b"this is not a database" * 100


def test_show_json_lists_each_subhead_with_the_paragraph_it_heads(
    lib_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(lib_path)
    total, example = 0, None
    for row in js(capsys, "list", "--db", db):
        article = js(capsys, "show", row["id"], "--db", db)
        example = example or (article if article["subheads"] else None)
        for subhead in article["subheads"]:
            assert set(subhead) == {"text", "before_paragraph"}
            assert 0 < subhead["before_paragraph"] < len(article["paragraphs"])
            assert subhead["text"] not in article["text"].split("\n")
            total += 1
    assert total == 24  # every subhead the five sample pages print
    # As text, a subhead stands on its own line right above the paragraph it heads.
    assert example is not None
    code, out, _ = run(capsys, "show", example["id"], "--db", db)
    first = example["subheads"][0]
    lines = out.splitlines()
    at = lines.index(f"## {first['text']}")
    assert code == 0 and lines[at + 1] == example["paragraphs"][first["before_paragraph"]]
