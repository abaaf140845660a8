from __future__ import annotations

import csv
import io

from desktop_app.core.export.csv_export import ENCODING, write_csv
from desktop_app.core.export.files import atomic_text_file, numbers_path
from tests.helpers.export_samples import hostile_article, plain_article


def _write(tmp_path, articles):
    notes_path = tmp_path / "notes.csv"
    with atomic_text_file(notes_path, encoding=ENCODING, newline="") as notes, \
            atomic_text_file(numbers_path(notes_path), encoding=ENCODING, newline="") as nums:
        counts = write_csv(iter(articles), notes, nums)
    return notes_path, numbers_path(notes_path), counts


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_both_files_carry_the_bom_excel_needs(tmp_path):
    notes, numbers, _ = _write(tmp_path, [hostile_article()])
    assert notes.read_bytes().startswith(b"\xef\xbb\xbf")
    assert numbers.read_bytes().startswith(b"\xef\xbb\xbf")
    assert numbers.name == "notes-numbers.csv"


def test_one_row_per_highlight_and_note(tmp_path):
    articles = [hostile_article(), plain_article(1), plain_article(2)]
    notes, _, (note_rows, _) = _write(tmp_path, articles)
    rows = _rows(notes)
    expected = sum(len(a.highlights) + bool(a.note) for a in articles)
    assert len(rows) == note_rows == expected
    highlight_rows = [r for r in rows if r["type"] == "highlight"]
    exported = [(r["article_id"], r["quote"].removeprefix("'"), r["color"])
                for r in highlight_rows]
    assert exported == [(a.id, h.quote, h.color) for a in articles for h in a.highlights]
    # Multi-line notes stay in one cell.
    assert any("\n第二行" in r["note"] for r in highlight_rows)


def test_cells_that_excel_would_run_are_made_text(tmp_path):
    notes, numbers, _ = _write(tmp_path, [hostile_article()])
    formula = [r["note"] for r in _rows(notes) if "HYPERLINK" in r["note"]]
    assert formula == ["'=HYPERLINK(\"http://x\")\n第二行"]
    minus = [r for r in _rows(numbers) if r["kind"] == "percent" and r["value"] == "-0.05"]
    assert minus and minus[0]["text"] == "'-5%"


def test_numbers_table(tmp_path):
    article = hostile_article()
    _, numbers, (_, number_rows) = _write(tmp_path, [article])
    rows = _rows(numbers)
    assert number_rows == len(rows) == len(article.numbers)
    money = rows[0]
    assert (money["article_id"], money["text"], money["kind"], money["value"], money["unit"]) \
        == (article.id, "8520亿元", "money", "852000000000", "元")


def test_without_a_numbers_file_only_notes_are_written():
    out = io.StringIO()
    note_rows, number_rows = write_csv(iter([hostile_article()]), out)
    assert note_rows == 5 and number_rows == 0
