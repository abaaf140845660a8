"""A number's value reads as the page printed it, in every export: 25%以上 is 25 %, not 0.25 %."""

from __future__ import annotations

import csv
import io
import json

from desktop_app.core.export.annotation_json import write_annotations_json
from desktop_app.core.export.csv_export import write_csv
from desktop_app.core.export.html_export import write_html
from desktop_app.core.export.markdown_export import write_markdown
from desktop_app.core.export.model import ExportArticle
from desktop_app.core.export.values import normalised
from desktop_app.core.extraction.numbers import find_numbers
from tests.helpers.export_samples import NUMBER_TEXT as TEXT
from tests.helpers.export_samples import highlight

EXPECTED = {
    "约8520亿元": "852000000000 元 (约)",
    "25%以上": "25 % (以上)",
    "5%至10%": "5–10 %",
    "近80家": "80 家 (近)",
    "5亿度": "500000000 度",
    "两年多": "2 年 (多)",
    "1.1个百分点": "1.1 个百分点",
    "近七成": "7 成 (近)",
    "3‰": "3 ‰",
    "三至五成": "3–5 成",
}


def _article() -> ExportArticle:
    return ExportArticle(
        id="values0000000001", title="数字", text=TEXT, date="2025-03-30", page="01",
        highlights=(highlight(TEXT, TEXT[:-1]),), numbers=tuple(find_numbers(TEXT)),
    )


def test_each_kind_reads_as_printed():
    found = {n.text: normalised(n) for n in find_numbers(TEXT)}
    assert found == EXPECTED


def test_a_share_is_still_stored_as_a_fraction():
    share = next(n for n in find_numbers(TEXT) if n.text == "25%以上")
    assert share.value == 0.25


def test_markdown_table_and_byline_read_as_printed():
    out = io.StringIO()
    write_markdown([_article()], out, title="t")
    text = out.getvalue()
    for printed, value in EXPECTED.items():
        assert f"| {printed} |" in text and f"| {value} |" in text
        assert f"{printed} = {value}" in text  # the byline of the highlight
    assert "0.25 %" not in text


def test_html_table_reads_as_printed():
    out = io.StringIO()
    write_html([_article()], out, title="t")
    text = out.getvalue()
    for value in EXPECTED.values():
        assert f"<td>{value}</td>" in text
    assert "0.25 %" not in text


def test_csv_keeps_the_fraction_and_reads_the_value_as_printed():
    notes, numbers = io.StringIO(), io.StringIO()
    write_csv([_article()], notes, numbers)
    rows = {r["text"]: r for r in csv.DictReader(io.StringIO(numbers.getvalue()))}
    for printed, value in EXPECTED.items():
        assert rows[printed]["normalised"] == value
    # The machine-readable columns keep what a spreadsheet computes with.
    assert rows["25%以上"]["value"] == "0.25" and rows["25%以上"]["unit"] == "%"
    assert (rows["5%至10%"]["value"], rows["5%至10%"]["value_max"]) == ("0.05", "0.1")


def test_json_export_carries_the_highlight_not_a_misread_figure():
    # The annotation JSON holds highlights and notes, no number table: the passage with
    # 25%以上 goes out verbatim and nothing in it is a rescaled figure.
    out = io.StringIO()
    write_annotations_json([_article()], out)
    document = json.loads(out.getvalue())
    dumped = json.dumps(document, ensure_ascii=False)
    assert "25%以上" in dumped
    assert "0.25 %" not in dumped
