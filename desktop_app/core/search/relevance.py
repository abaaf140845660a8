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
    """A score for one article; higher is better, 0 when no term occurs at all.

    Counting costs about 14 ms for the 1,000 candidates of a common term (2,500
    characters each); folding the text first, to count with str.count, cost 250 ms.
    """
    score = 0.0
    length = max(MIN_BODY_LENGTH, len(body))
    for term in terms:
        in_title = min(MAX_TITLE_HITS, count(title, term))
        if in_title:
            score += TITLE_WEIGHT * (1 + 0.5 * (in_title - 1))
        score += DENSITY_WEIGHT * 1000 * count(body, term) / length
        if count(user, term):
            score += USER_WEIGHT
    return score
