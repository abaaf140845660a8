"""`xiangyue extract`: the stable command-line contract other tools depend on."""

from __future__ import annotations

import codecs
import json

import pytest

from desktop_app.cli import main

TEXT = "中科曙光高级副总裁任\n京暘表示，长沙经开区发展很快。"


pytestmark = pytest.mark.usefixtures("tagger")  # jieba loaded before the first test


def test_json_offsets_index_the_text_as_decoded(tmp_path, capsys) -> None:
    # A BOM and CRLF line ends: the offsets must fit what a tool decoding the file sees.
    raw = TEXT.replace("\n", "\r\n")
    page = tmp_path / "page.txt"
    page.write_bytes(codecs.BOM_UTF8 + raw.encode("utf-8"))
    assert main(["extract", str(page), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"numbers", "entities"}
    names = {(e["text"], e["type"]) for e in data["entities"]}
    assert ("任\r\n京暘", "PER") in names
    for e in data["entities"]:
        assert raw[e["start"]:e["end"]] == e["text"]
        assert set(e) == {"start", "end", "text", "type"}
    for n in data["numbers"]:
        assert set(n) == {"start", "end", "text", "kind", "value", "value_max", "unit", "approx"}


def test_gbk_file_and_readable_table(tmp_path, capsys) -> None:
    page = tmp_path / "gbk.txt"
    page.write_bytes("省工信厅一级巡视员倪东海说。".encode("gbk"))
    assert main(["extract", str(page)]) == 0
    out = capsys.readouterr().out
    assert "省工信厅" in out and "倪东海" in out and "PER" in out


def test_stdin(monkeypatch, capsys) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    assert main(["extract", "-", "--json"]) == 0
    assert "长沙经开区" in capsys.readouterr().out


def test_jsonl_keeps_order_reports_bad_lines_and_fails_at_the_end(tmp_path, capsys) -> None:
    lines = [
        json.dumps({"id": "a", "text": "湖南日报记者 黄利飞"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 7, "text": "省工信厅"}, ensure_ascii=False),
        json.dumps({"id": "no-text"}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", "--jsonl", str(batch)]) != 0
    captured = capsys.readouterr()
    out = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["id"] for x in out] == ["a", 7]
    assert ("黄利飞", "PER") in {(e["text"], e["type"]) for e in out[0]["entities"]}
    assert ":2:" in captured.err and ":4:" in captured.err


def test_binary_file_is_refused_with_a_message(tmp_path, capsys) -> None:
    page = tmp_path / "scan.txt"
    page.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert main(["extract", str(page)]) != 0
    assert "PDF" in capsys.readouterr().err


def test_saved_corrections_apply(tmp_path, capsys, _isolated_home) -> None:
    # Kept by an earlier version in the data folder, where no library exists yet.
    (_isolated_home / "corrections.json").write_text(json.dumps(
        {"removed": ["长沙经开区"], "added": {"曙光": "PER"}}), encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(page), "--json"]) == 0
    names = {(e["text"], e["type"]) for e in json.loads(capsys.readouterr().out)["entities"]}
    assert ("曙光", "PER") in names
    assert all(t != "长沙经开区" for t, _ in names)


def test_table_reads_a_share_as_printed_and_json_keeps_the_fraction(tmp_path, capsys) -> None:
    page = tmp_path / "p.txt"
    page.write_text("同比增长25%以上，占比5%至10%。", encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    out = capsys.readouterr().out
    assert "= 25 %" in out and "= 5–10 %" in out
    assert main(["extract", str(page), "--json"]) == 0
    values = [n["value"] for n in json.loads(capsys.readouterr().out)["numbers"]]
    assert values == [0.25, 0.05]
