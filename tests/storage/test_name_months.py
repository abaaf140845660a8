"""The names index of whole months is read from counts kept per month by triggers
(``name_month_counts``, schema step 16, with ``name_tag_counts``: test_name_tags.py):
whatever changes the entity rows, the kept rows
are what grouping the month's rows says, the index of a month (or several) is the one
grouping its articles' rows gives, first screen and all; a library of the step before
gets the table on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.storage import backups, name_months, name_tags, names_index
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v16_names_by_month_and_tag
from tests.helpers.older_library import drop_name_month_counts

pytestmark = pytest.mark.usefixtures("tagger")
STEP = MIGRATIONS.index(_v16_names_by_month_and_tag) + 1
KEPT = ("SELECT month, name_key, text, mentions, rows, articles, first_date, last_date"
        " FROM name_month_counts")


def _agree(lib: LibraryService) -> None:
    conn = lib._db.conn
    kept = sorted(tuple(r) for r in conn.execute(KEPT))
    grouped = sorted(tuple(r) for r in conn.execute(name_months.GROUPED))
    assert kept and kept == grouped


def _month_filters(lib: LibraryService) -> list[Filters]:
    """Whole months of the library, written as the filter bar and the command line write
    them, one month and all of them."""
    days = sorted({r.date for r in lib.article_rows(lib.article_ids()) if r.date})
    first, last = days[0][:7], days[-1][:7]
    return [Filters(date_from=f"{first}-01", date_to=first),
            Filters(date_from=f"{last}-01", date_to=f"{last}-31" if last.endswith(
                ("-01", "-03", "-05", "-07", "-08", "-10", "-12")) else f"{last}-30"),
            Filters(date_from=f"{first}-01"), Filters(date_to=last)]


def _same_as_grouped(lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    for filters in _month_filters(lib):
        assert name_months.months_of(filters) is not None, filters
        for entity_type in (None, "LOC"):
            kept = [e.to_dict() for e in lib.names(filters, type=entity_type)]
            first = [e.to_dict() for e in lib.names(filters, type=entity_type, limit=3)]
            with monkeypatch.context() as grouping:  # the rows' way, as for any filter
                grouping.setattr(name_months, "months_of", lambda _filters: None)
                grouped = [e.to_dict() for e in lib.names(filters, type=entity_type)]
            assert kept == grouped and first == grouped[:3]
    assert any(lib.names(filters) for filters in _month_filters(lib))


def test_the_month_counts_follow_every_change_and_list_as_the_rows_do(
        lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    _agree(lib)
    _same_as_grouped(lib, monkeypatch)
    top = lib.names()[:3]
    lib.correct_entity(top[0].variants[0].text, remove=True)
    _agree(lib)
    lib.correct_entity("设厂", type="ORG")
    merged = lib.merge_names(top[2].key, top[1].key)
    _agree(lib)
    assert any(e.key == merged for e in lib.names(_month_filters(lib)[2]))
    lib.unmerge_name(top[2].key)
    _agree(lib)
    conn = lib._db.conn
    with conn:  # a date moved to another month by another program
        conn.execute("UPDATE articles SET date = '1999-01-01' WHERE seq ="
                     " (SELECT min(article_seq) FROM article_entities)")
    _agree(lib)
    assert lib.names(Filters(date_from="1999-01-01", date_to="1999-01"))
    with conn:  # an article's rows removed, as a re-import or removal does first
        conn.execute("DELETE FROM article_entities WHERE article_seq ="
                     " (SELECT min(article_seq) FROM article_entities)")
    _agree(lib)
    assert lib.names(Filters(date_from="1999-01-01", date_to="1999-01")) == []
    _same_as_grouped(lib, monkeypatch)


@pytest.mark.parametrize(("date_from", "date_to", "months"), [
    ("2025-03-01", "2025-03", ("2025-03", "2025-03")),
    ("2025-03-01", "2025-05-31", ("2025-03", "2025-05")),
    ("2024-02-01", "2024-02-29", ("2024-02", "2024-02")),
    (None, "2025-04-30", ("", "2025-04")),
    ("2025-03-01", None, ("2025-03", "")),
    ("2025-03-02", "2025-03", None),  # part of a month: the rows
    ("2025-03-01", "2025-03-30", None),
    ("2023-02-01", "2023-02-29", None),  # no such day
    (None, None, None),
])
def test_only_whole_months_are_read_from_the_kept_counts(
        date_from: str | None, date_to: str | None, months: tuple[str, str] | None) -> None:
    assert name_months.months_of(Filters(date_from=date_from, date_to=date_to)) == months
    # Anything else in the filter (a tag, a kind) needs the articles' own rows.
    assert name_months.months_of(Filters(date_from=date_from, date_to=date_to,
                                         tag="要闻")) is None


def test_a_library_of_the_step_before_gets_the_month_and_tag_counts(lib_path: Path) -> None:
    month = Filters(date_from="2025-03-01", date_to="2025-03")
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as lib:
        for article_id in lib.article_ids()[:4]:
            lib.tag(article_id, "要闻")  # the step keeps the tags' names too
        expected = [e.to_dict() for e in lib.names(month)]
        tagged = [e.to_dict() for e in lib.names(Filters(tag="要闻"))]
    conn = sqlite3.connect(lib_path)
    drop_name_month_counts(conn)
    conn.execute(f"PRAGMA user_version = {STEP - 1}")
    conn.commit()
    conn.close()
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert expected and [e.to_dict() for e in lib.names(month)] == expected
        assert tagged and [e.to_dict() for e in lib.names(Filters(tag="要闻"))] == tagged
        _agree(lib)
        conn = lib._db.conn
        assert sorted(conn.execute("SELECT * FROM name_tag_counts")) == sorted(
            conn.execute(name_tags.GROUPED))
        lib.correct_entity(expected[0]["variants"][0], remove=True)  # type: ignore[index]
        _agree(lib)  # kept by its triggers from now on
        assert names_index.names(lib._db.conn, month)  # read from the kept rows
    before = f"library-pre-v{STEP - 1}-"
    assert [p for p in backups.list_backups(lib_path) if p.name.startswith(before)]
