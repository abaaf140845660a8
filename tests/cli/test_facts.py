"""`xiangyue facts`: every figure with its subject, relation and period, as JSON (offsets
into the text `show --json` prints) or as CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.service import LibraryService

KEYS = ["article_id", "start", "end", "text", "value", "unit", "kind", "subject",
        "subject_start", "subject_end", "relation", "period", "period_iso"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_json_rows_carry_the_fields_and_offsets_of_show(
        lib_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    rows = json.loads(run(capsys, "facts", "--json", "--db", db))
    assert len(rows) > 300
    texts: dict[str, str] = {}
    for row in rows:
        assert list(row)[:len(KEYS)] == KEYS
        if row["article_id"] not in texts:
            shown = json.loads(run(capsys, "show", row["article_id"], "--json", "--db", db))
            texts[row["article_id"]] = shown["text"]
        text = texts[row["article_id"]]
        assert text[row["start"]:row["end"]] == row["text"]
        if row["subject_start"] is not None:
            assert text[row["subject_start"]:row["subject_end"]] == row["subject"]
    found = {(r["text"], r["subject"], r["relation"], r["period"], r["period_iso"])
             for r in rows}
    assert ("8520亿元", "全省绿色智能计算产业规模", "达", "2024年", "2024") in found
    assert ("19.2%", "全省绿色智能计算产业规模", "同比增长", "2024年", "2024") in found


def test_kind_and_subject_narrow_the_rows(lib_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = str(lib_path)
    every = json.loads(run(capsys, "facts", "--json", "--db", db))
    rows = json.loads(run(capsys, "facts", "--kind", "percent", "--subject", "算力",
                          "--json", "--db", db))
    assert rows == [r for r in every if r["kind"] == "percent" and "算力" in r["subject"]]
    assert rows
    by_value = json.loads(run(capsys, "facts", "--kind", "money", "--order", "value",
                              "--desc", "--limit", "3", "--json", "--db", db))
    money = sorted((r["value"] for r in every if r["kind"] == "money"), reverse=True)
    assert [r["value"] for r in by_value] == money[:3]
    assert main(["facts", "--order", "colour", "--db", db]) == 1
    assert "unknown order" in capsys.readouterr().err


def test_csv_opens_in_a_spreadsheet_without_running_formulas(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "2025-03-30_04.txt"
    page.write_text("湖南日报\n2025年3月30日 星期日\n第04版\n\n# 产值\n\n"
                    "　　本报讯 2024年，=全省产值达100亿元，同比增长5%。\n", encoding="utf-8")
    db = str(tmp_path / "library.sqlite3")
    run(capsys, "import", str(page), "--db", db)
    out = run(capsys, "facts", "--csv", "--db", db)
    assert out.startswith("\ufeff") and "\r\n" in out
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    hundred = next(r for r in rows if r["text"] == "100亿元")
    assert hundred["subject"] == "'=全省产值"  # shown as text, never run
    assert (hundred["value"], hundred["unit"], hundred["relation"]) == ("10000000000", "元", "达")
    assert (hundred["period"], hundred["period_iso"]) == ("2024年", "2024")


def test_facts_take_every_filter_the_list_takes(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`facts` narrows by the read state and leaves a kind out, as `list` does (its
    filter options are the list's, each field of core.filters.Filters)."""
    db = str(lib_path)

    def articles(*argv: str) -> set[str]:
        return {r["article_id"] for r in json.loads(run(capsys, "facts", "--json", "--db", db,
                                                        *argv))}

    listed = {r["id"]: r for r in json.loads(run(capsys, "list", "--json", "--db", db))}
    captions = {i for i, r in listed.items() if r["kind"] == "photo_caption"}
    everything = articles()
    assert everything & captions
    assert articles("--exclude-kind", "photo_caption") == everything - captions
    read = sorted(everything)[:2]
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        lib.mark_read(*read)
    assert articles("--state", "read") == set(read)
    assert articles("--state", "unread") == everything - set(read)


def test_the_orders_offered_are_the_librarys() -> None:
    """`facts --order`'s help and `list --order`'s choices name what storage sorts by."""
    from desktop_app.cli.facts_cmd import ORDERS
    from desktop_app.cli.parsing import build_parser
    from desktop_app.storage.facts_store import FACT_ORDERS
    from desktop_app.storage.listing import ORDERS as LIST_ORDERS

    assert ", ".join(FACT_ORDERS) == ORDERS
    listing = build_parser()._subparsers._group_actions[0].choices["list"]
    order = next(a for a in listing._actions if a.dest == "order")
    assert order.choices and set(order.choices) <= set(LIST_ORDERS)
