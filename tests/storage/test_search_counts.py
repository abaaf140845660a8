"""Relevance counted on the stored bytes (storage/search.py ``_counted``): the same
scores as counting the text itself, density per character (not per byte), and the same
results for a library whose rows lack the stored length."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.search.relevance import score
from desktop_app.core.search.text import parse_query
from desktop_app.service import LibraryService
from tests.helpers.library_content import library_of

FILLER = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同"
LATIN = "".join(f"w{i} " for i in range(400))  # Latin words, none repeated


def _body(filler: str, length: int, term: str, times: int) -> str:
    text = (filler * (length // len(filler) + 1))[:length]
    step = length // times
    return "".join(text[i * step:(i + 1) * step] + term for i in range(times))


ARTICLES = {
    # 6 hits in ~1,200 characters of Chinese (~3,600 bytes of UTF-8) ...
    "dense": _body(FILLER, 1200, "湘江", 6),
    # ... against 6 in ~1,500 characters of Latin (~1,500 bytes): denser per byte only.
    "latin": _body(LATIN, 1500, "湘江", 6),
    "mixed": _body(FILLER + LATIN, 900, "5G基站湘江", 3) + "，ＡＩ眼镜、AI算力与ai",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("counts"), ARTICLES)


QUERIES = ["湘江", "5g", "基站", "江 5", "ai", "湘 站", "国", "湘江 -ai"]


def _results(service: LibraryService) -> dict[str, list[tuple[str, str, float]]]:
    return {q: [(h.title, h.snippet, h.score) for h in service.search(q)] for q in QUERIES}


def test_density_is_per_character_not_per_byte(library: Path) -> None:
    service = LibraryService.open(library, daily_backup=False)
    try:
        assert [h.title for h in service.search("湘江")] == ["标题dense", "标题latin",
                                                            "标题mixed"]
    finally:
        service.close()


def test_scores_are_those_of_counting_the_text_itself(library: Path) -> None:
    """What the scores were when the candidates' texts were read as ``str``."""
    service = LibraryService.open(library, daily_backup=False)
    try:
        for query in QUERIES:
            terms = list(parse_query(query).terms)
            for hit in service.search(query):
                title, subtitle, text, byline, dateline, subheads = service._db.conn.execute(
                    "SELECT title, coalesce(subtitle, ''), text, coalesce(byline, ''),"
                    " coalesce(dateline, ''), coalesce(subheads, '') FROM articles"
                    " WHERE id = ?", (hit.article_id,)).fetchone()
                in_title = [title.count(t) + subtitle.count(t) for t in terms]
                in_body = [text.count(t) + byline.count(t) + dateline.count(t)
                           + subheads.count(t) for t in terms]
                if all(t or b for t, b in zip(in_title, in_body, strict=True)):
                    expected = score(in_title, in_body, len(text + byline + dateline))
                    assert hit.score == round(expected, 4), query
    finally:
        service.close()


def test_a_library_without_stored_lengths_finds_the_same(library: Path,
                                                         tmp_path: Path) -> None:
    """Rows written by another tool may lack ``chars``: their length is then counted."""
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(library.read_bytes())
    service = LibraryService.open(library, daily_backup=False)
    try:
        expected = _results(service)
    finally:
        service.close()
    service = LibraryService.open(copy, daily_backup=False)
    try:
        service._db.conn.execute("UPDATE articles SET chars = NULL")
        assert _results(service) == expected
        assert all(expected.values())
    finally:
        service.close()
