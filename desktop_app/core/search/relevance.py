"""How well an article answers a query, as a reader would judge it (no SQL, no Qt).

FTS5's bm25 could not rank the results alone: the character index that answers a
one-character term keeps no frequencies (docs/search.md), and for a term found in nearly
every article bm25's inverse document frequency is all but zero, so 算 or 湖南 came back
in import order, the article titled 绿色智能计算 last. The search therefore scores each
candidate again from its stored text:

* a term in the title (or subtitle) says most about what the article is about;
* then how densely the body holds the terms: hits per thousand characters, with a floor
  on the length so that a two-line photo caption naming the term once does not outrank
  a long article about it;
* a term in the reader's own notes, highlights or tags counts as well.

Each term adds its own part, so an article holding every term in its title comes first.
tests/core/search/test_relevance.py holds the queries with the results a reader expects.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.search.text import count

TITLE_WEIGHT = 10.0  # per term in the title; a second mention there adds half
DENSITY_WEIGHT = 1.0  # per hit per thousand characters of body
MIN_BODY_LENGTH = 600  # characters: shorter bodies count as this long
USER_WEIGHT = 2.0  # per term in the reader's own text
MAX_TITLE_HITS = 2


def relevance(terms: Sequence[str], title: str, body: str, user: str = "") -> float:
    """A score for one article; higher is better, 0 when no term occurs at all."""
    return score(
        [count(title, term) for term in terms], [count(body, term) for term in terms],
        len(body), sum(1 for term in terms if count(user, term)))


def score(title_counts: Sequence[int], body_counts: Sequence[int], body_length: int,
          user_terms: int = 0) -> float:
    """The score from counts: how often each term occurs in the title (and subtitle) and
    in the body, the body's length, and how many terms the reader's own text holds.

    The search counts with ``str.count`` where it can (storage/search.py): counting with
    the folding pattern, as :func:`relevance` does, is five times slower.
    """
    total = 0.0
    length = max(MIN_BODY_LENGTH, body_length)
    for in_title, in_body in zip(title_counts, body_counts, strict=True):
        in_title = min(MAX_TITLE_HITS, in_title)
        if in_title:
            total += TITLE_WEIGHT * (1 + 0.5 * (in_title - 1))
        total += DENSITY_WEIGHT * 1000 * in_body / length
    return total + USER_WEIGHT * user_terms
