"""Search finds every article that contains the query, whatever its length or script.

The reference is a plain substring scan over the same folded text; Hypothesis draws
queries from the real seed articles.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.text import fold, normalise, parse_query, query_terms
from desktop_app.service import LibraryService

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _searchable(lib: LibraryService, article_id: str) -> str:
    a = lib.article(article_id)
    parts = [a.title, a.subtitle, a.byline, a.dateline, *a.subheads, a.text, a.note, *a.tags]
    for h in a.highlights:
        parts += [h.quote, h.note]
    return "\n".join(p for p in parts if p)


@functools.cache
def _folded(lib: LibraryService) -> dict[str, str]:
    """Each article's searchable text, folded; read once (the module's library is read-only)."""
    return {i: fold(_searchable(lib, i)) for i in lib.article_ids()}


@functools.cache
def _normalised(lib: LibraryService) -> dict[str, str]:
    """Each article's searchable text, normalised; read once, like :func:`_folded`."""
    return {i: normalise(_searchable(lib, i)) for i in lib.article_ids()}


def scan(lib: LibraryService, query: str) -> set[str]:
    """Articles whose normalised text holds every term and no excluded one."""
    parsed = parse_query(query)
    if not parsed.terms:
        return set()
    texts = _normalised(lib)
    return {i for i, text in texts.items() if all(t in text for t in parsed.terms)
            and not any(t in text for t in parsed.excluded)}


def found(lib: LibraryService, query: str, **filters: str) -> set[str]:
    return {h.article_id for h in lib.search(query, limit=None, **filters)}


@st.composite
def substrings(draw: st.DrawFn, lib: LibraryService, sizes: tuple[int, int]) -> str:
    ids = lib.article_ids()
    article = lib.article(draw(st.sampled_from(ids)))
    source = draw(st.sampled_from([article.text, article.title]))
    size = draw(st.integers(*sizes))
    if len(source) < size:
        size = len(source)
    start = draw(st.integers(0, len(source) - size))
    return source[start:start + size]


@given(data=st.data())
@FAST
def test_chinese_queries_of_one_to_six_characters_find_every_containing_article(
    shared_lib: LibraryService, data: st.DataObject
) -> None:
    query = data.draw(substrings(shared_lib, (1, 6)))
    if not query_terms(query):
        return
    expected = scan(shared_lib, query)
    assert expected, f"{query!r} was drawn from an article and must occur somewhere"
    assert found(shared_lib, query) == expected


def test_single_characters_are_complete_including_each_text_s_last(
    shared_lib: LibraryService,
) -> None:
    """One-character terms use their own index (docs/search.md): every article holding
    the character, wherever it stands, and no other."""
    holders: dict[str, set[str]] = {}
    edges: set[str] = set()
    for i in shared_lib.article_ids():
        text = fold(_searchable(shared_lib, i))
        for char in set(text) - {" "}:
            holders.setdefault(char, set()).add(i)
        a = shared_lib.article(i)
        edges.update(fold(s)[k] for s in (a.title, a.text) if s for k in (0, -1))
    chars = sorted(edges - {" "}) + sorted(holders)[::7]
    assert len(chars) > 100
    for char in chars:
        assert found(shared_lib, char) == holders.get(char, set()), char


@given(data=st.data())
@FAST
def test_a_single_character_next_to_longer_terms_narrows_like_a_scan(
    shared_lib: LibraryService, data: st.DataObject
) -> None:
    longer = data.draw(substrings(shared_lib, (2, 4)))
    char = data.draw(substrings(shared_lib, (1, 1)))
    query = f"{longer} {char}"
    if len(query_terms(query)) < 2:
        return
    assert found(shared_lib, query) == scan(shared_lib, query)


@given(data=st.data())
@FAST
def test_excluded_terms_of_any_length_leave_out_what_a_scan_leaves_out(
    shared_lib: LibraryService, data: st.DataObject
) -> None:
    """An excluded term the query's own index holds is left out by FTS5's ``NOT`` inside
    the query; one from the other index (a character beside longer terms, a word beside
    characters) by a set (storage/search_index.py ``_without``)."""
    wanted = data.draw(substrings(shared_lib, (1, 3)))
    banned = [data.draw(substrings(shared_lib, (1, 3))) for _ in range(data.draw(
        st.integers(1, 2)))]
    query = " ".join([wanted, *(f'-"{b}"' for b in banned if b.strip())])
    if not parse_query(query).terms or '"' in "".join(banned):
        return
    assert found(shared_lib, query) == scan(shared_lib, query)


def _mixed_queries(lib: LibraryService) -> list[str]:
    """Substrings around every Latin letter or digit run in the seeds."""
    queries = set()
    for i in lib.article_ids():
        text = lib.article(i).text
        for m in re.finditer(r"[A-Za-z0-9+%.]+", text):
            s, e = m.span()
            queries.update({text[s:e], text[max(0, s - 1):e + 1], text[s:e + 2],
                            text[max(0, s - 2):e]})
    return sorted(q for q in queries if q.strip())


def test_mixed_latin_digit_and_chinese_queries_are_complete(shared_lib: LibraryService
                                                            ) -> None:
    queries = _mixed_queries(shared_lib)
    assert len(queries) > 50
    for query in queries[::3]:
        assert found(shared_lib, query) == scan(shared_lib, query), query


@pytest.mark.parametrize("query", ['"', "*", "AND", "-", "NEAR(", "(", ")", "'", ":", "^",
                                   '"算力', "算力*", "OR 算力", "NOT", "+", "湖南 -"])
def test_query_syntax_characters_are_searched_for_not_errors(
    shared_lib: LibraryService, query: str
) -> None:
    assert found(shared_lib, query) == scan(shared_lib, query)


def test_full_width_and_half_width_queries_find_the_same(shared_lib: LibraryService
                                                         ) -> None:
    half = next(q for q in _mixed_queries(shared_lib) if re.fullmatch(r"[0-9A-Za-z]{2,}", q))
    full = half.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert full != half
    assert found(shared_lib, full) == found(shared_lib, half) == scan(shared_lib, half)
    assert found(shared_lib, half.upper()) == found(shared_lib, half.lower())


def test_space_separated_terms_must_all_occur(shared_lib: LibraryService) -> None:
    both = found(shared_lib, "湖南 算力")
    assert both == found(shared_lib, "湖南") & found(shared_lib, "算力")
    assert both and both != found(shared_lib, "算力") | found(shared_lib, "湖南")


def test_snippet_shows_the_hit_at_the_reported_offsets(shared_lib: LibraryService
                                                       ) -> None:
    hits = shared_lib.search("产业", limit=20)
    assert hits
    for hit in hits:
        assert hit.snippet_hits
        for start, end in hit.snippet_hits:
            assert hit.snippet[start:end] == "产业"
        assert len(hit.snippet) <= 100
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
