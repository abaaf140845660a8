"""How strongly a headline belongs to a stretch of text (lexical overlap, page-weighted).

Column layouts print headlines away from their bodies, sometimes several headlines in
one line; the words a headline shares with a body, weighted by how rare they are on the
page, are what tells which body it names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from desktop_app.core.splitting.lines import CJK

_TOKENS = re.compile(rf"[{CJK}]+|[A-Za-z0-9.%]+")


# An article is a few thousand characters; beyond this a text adds no evidence about
# which headline names it, only time.
MAX_CHARS = 20_000


def grams(text: str) -> set[str]:
    """CJK bigrams (and single characters of one-character runs) plus Latin/digit words."""
    found: set[str] = set()
    for token in _TOKENS.findall(text[:MAX_CHARS]):
        if token[0].isascii():
            found.add(token.lower())
        elif len(token) == 1:
            found.add(token)
        else:
            found.update(token[i : i + 2] for i in range(len(token) - 1))
    return found


class Affinity:
    """Scores headline ↔ text overlap with IDF weights over the page's text units."""

    def __init__(self, units: Iterable[str]) -> None:
        unit_grams = [grams(u) for u in units]
        self._n = max(1, len(unit_grams))
        self._df: Counter[str] = Counter()
        for g in unit_grams:
            self._df.update(g)

    def weight(self, gram: str) -> float:
        return math.log(1 + self._n / (1 + self._df.get(gram, 0)))

    def score(self, headline: str, text_grams: set[str]) -> float:
        """Share of the headline's weighted grams found in the text (0..1)."""
        # Sorted, so the float sums (and any tie they break) are the same in every
        # process whatever the string hash seed: same page, same articles, same ids.
        head = sorted(grams(headline))
        total = sum(self.weight(g) for g in head)
        if not total:
            return 0.0
        return round(sum(self.weight(g) for g in head if g in text_grams) / total, 9)
