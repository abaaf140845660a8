"""Which version of the rules analysed the library, and storing a new analysis of an
article's unchanged text (the writes of :mod:`desktop_app.library_analysis`).

``meta.analysis_version`` is the version every article was last analysed with; no row
means version 1 (libraries made before versions were recorded). While a library is
analysed again, ``meta.reanalysis`` holds ``"TARGET SEQ"``: every article up to ``SEQ``
already has the ``TARGET`` version's analysis, so a run cut short (cancelled, killed, the
window closed) goes on from there. Articles imported meanwhile are analysed by the
importing version's rules, so they are never stale.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop_app.core.spans import Analysis, Corrections
from desktop_app.storage import facts_store, library

if TYPE_CHECKING:  # the figure rules are not loaded to open a library
    from desktop_app.core.facts.facts import Fact

VERSION_KEY = "analysis_version"
PROGRESS_KEY = "reanalysis"
SPLIT_KEY = "split_version"  # the splitter's version (core/splitting/version.py)
RESPLIT_KEY = "resplit"  # "TARGET PAGE_ID": pages up to PAGE_ID split again
UNRECORDED = 1  # the version of a library that has no VERSION_KEY (or SPLIT_KEY) row


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def analysed_with(conn: sqlite3.Connection) -> int:
    """The version of the rules the library's articles were analysed with."""
    return _version(conn, VERSION_KEY)


def split_with(conn: sqlite3.Connection) -> int:
    """The version of the splitter the library's pages were split with."""
    return _version(conn, SPLIT_KEY)


def _version(conn: sqlite3.Connection, key: str) -> int:
    value = _meta(conn, key)
    try:
        return UNRECORDED if value is None else int(value)
    except ValueError:  # another tool wrote it: doing the work again is always safe
        return UNRECORDED


def record_split_version(conn: sqlite3.Connection, version: int) -> None:
    """Every page whose text could be read again is split by ``version`` (with
    :func:`record_version`, which forgets both runs' progress)."""
    _set_meta(conn, SPLIT_KEY, str(version))


def resplit_after(conn: sqlite3.Connection, version: int) -> int:
    """The last page id a cut-short run split again with ``version`` (0: none)."""
    target, _, page = (_meta(conn, RESPLIT_KEY) or "").partition(" ")
    return int(page) if target == str(version) and page.isdigit() else 0


def record_resplit_progress(conn: sqlite3.Connection, version: int, page_id: int) -> None:
    _set_meta(conn, RESPLIT_KEY, f"{version} {page_id}")


def pages_after(conn: sqlite3.Connection, page_id: int
                ) -> list[tuple[int, str, str, str, bool]]:
    """(id, source path, content hash, encoding, sample) of the pages after ``page_id``,
    in id order (a PDF's pages too: ``PATH#page=N``)."""
    return [(int(i), str(p), str(h), str(e or ""), bool(sample)) for i, p, h, e, sample
            in conn.execute("SELECT id, source_path, content_hash, encoding, sample"
                            " FROM pages WHERE id > ? ORDER BY id", (page_id,))]


def stale(conn: sqlite3.Connection, analysis_version: int, split_version: int
          ) -> tuple[bool, bool]:
    """(pages to split again, articles to analyse again) for the versions running."""
    return split_with(conn) < split_version, analysed_with(conn) < analysis_version


def articles_to_update(conn: sqlite3.Connection, analysis_version: int,
                       split_version: int) -> int:
    """How many articles a run would bring up to the versions running: every one when
    their pages are split again first, else those a cut-short run has not reached."""
    resplit, reanalyse = stale(conn, analysis_version, split_version)
    if resplit:
        return count_after(conn, 0)
    return count_after(conn, resume_after(conn, analysis_version)) if reanalyse else 0


def record_version(conn: sqlite3.Connection, version: int) -> None:
    """Every article is now analysed with ``version`` (a new library, a finished run)."""
    _set_meta(conn, VERSION_KEY, str(version))
    forget_progress(conn)


def forget_progress(conn: sqlite3.Connection) -> None:
    """The next run starts from the first page and the first article."""
    conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (PROGRESS_KEY, RESPLIT_KEY))


def resume_after(conn: sqlite3.Connection, version: int) -> int:
    """The last article seq a cut-short run towards ``version`` finished (0: none)."""
    target, _, seq = (_meta(conn, PROGRESS_KEY) or "").partition(" ")
    if target != str(version) or not seq.isdigit():
        return 0
    return int(seq)


def record_progress(conn: sqlite3.Connection, version: int, seq: int) -> None:
    _set_meta(conn, PROGRESS_KEY, f"{version} {seq}")


def articles_after(conn: sqlite3.Connection, seq: int,
                   limit: int) -> list[tuple[int, str, str | None, int]]:
    """(seq, text, date, page id) of the next ``limit`` articles after ``seq``, in seq
    order."""
    return [(int(s), str(t), d, int(p)) for s, t, d, p in conn.execute(
        "SELECT seq, text, date, page_id FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
        (seq, limit))]


def articles_of_page(conn: sqlite3.Connection, page_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM articles WHERE page_id = ?",
                            (page_id,)).fetchone()[0])


def count_after(conn: sqlite3.Connection, seq: int) -> int:
    # ``+seq``: not a range of the table's own b-tree, whose pages hold every article's
    # text (hundreds of MB in a large library; the window counts when a library opens),
    # but a walk of the smallest index, which holds each row's seq too.
    return int(conn.execute("SELECT count(*) FROM articles WHERE +seq > ?",
                            (seq,)).fetchone()[0])


def store_analysis(conn: sqlite3.Connection, seq: int, text: str, analysis: Analysis,
                   facts: Iterable[Fact], corrections: Corrections) -> bool:
    """Replace the article's numbers, names and figures with ``analysis`` of ``text``
    (inside the caller's transaction). False, and nothing written, when the article is
    gone or its text is no longer ``text`` (its page was imported again meanwhile, and
    that import analysed it)."""
    row = conn.execute("SELECT text FROM articles WHERE seq = ?", (seq,)).fetchone()
    if row is None or row[0] != text:
        return False
    numbers = json.dumps([n.to_dict() for n in analysis.numbers], ensure_ascii=False)
    entities = json.dumps([e.to_dict() for e in analysis.entities], ensure_ascii=False)
    # updated_at is left alone: it says when the article's content last changed.
    conn.execute("UPDATE articles SET numbers = ?, entities = ? WHERE seq = ?",
                 (numbers, entities, seq))
    library.refresh_article_entities(conn, seq, corrections)
    facts_store.replace_facts(conn, seq, facts)
    return True
