"""Text for the full-text index, queries, and snippets (no SQL, no Qt).

The index stores every text as overlapping two-character tokens (bigrams) over *all*
characters, not only CJK runs: a query of n ≥ 2 characters becomes the phrase of its
n - 1 bigrams, which matches exactly where the query is a substring; a one-character
query is answered by a second index holding each text's distinct characters
(:func:`char_text`): a prefix query on the bigrams merged every bigram starting with that
character, 0.5 s at 100k articles. The bigram text still ends with its final character
alone, so that the small user index can answer one character as a prefix query.
docs/search.md has the measurements behind these choices.

Folding is one character to one character, so offsets found in folded text are offsets
into the original text (snippets and highlights rely on this).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

# Full-width ASCII (！ to ～) to half-width, the ideographic space and every other
# whitespace to a plain space, ASCII capitals to lower case.
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD.update({0x3000: 0x20, 0x0A: 0x20, 0x0D: 0x20, 0x09: 0x20, 0x0B: 0x20, 0x0C: 0x20,
              0xA0: 0x20, 0x2028: 0x20, 0x2029: 0x20})
_FOLD.update({ord(c): ord(c.lower()) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})

# FTS5's "ascii" tokenizer splits on ASCII punctuation and space but keeps every
# non-ASCII character inside tokens. Moving ASCII punctuation into the Private Use Area
# keeps "+", "-", '"' and "*" searchable as ordinary characters.
_PUA_BASE = 0xE000
_TO_TOKEN_CHAR = {
    i: _PUA_BASE + i for i in range(128) if not chr(i).isalnum()
}

SNIPPET_BEFORE = 30
SNIPPET_AFTER = 60
ELLIPSIS = "…"


def fold(text: str) -> str:
    """Fold width, case and whitespace, keeping the length (offsets stay valid)."""
    return text.translate(_FOLD)


def index_text(text: str) -> str:
    """The token string the full-text index stores for ``text``."""
    chars = fold(text).translate(_TO_TOKEN_CHAR)
    if not chars:
        return ""
    tokens = [chars[i:i + 2] for i in range(len(chars) - 1)]
    tokens.append(chars[-1])
    return " ".join(tokens)


def char_text(text: str) -> str:
    """The token string of the character index: each distinct character once.

    The character index records which articles hold a character, not where (FTS5
    ``detail=column``), so repeats would only cost time. First-occurrence order keeps
    the string the same in every process: a contentless row is deleted by handing FTS5
    the tokens it was given.
    """
    return " ".join(dict.fromkeys(fold(text).translate(_TO_TOKEN_CHAR)))


def query_terms(query: str) -> list[str]:
    """The terms of a search box entry: whitespace separates terms, all must match.

    Everything else is literal: quotes, ``*``, ``-``, ``AND`` are searched for.
    """
    seen: dict[str, None] = {}
    for term in fold(query).split(" "):
        if term:
            seen.setdefault(term, None)
    return list(seen)


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression for ``terms`` (from :func:`query_terms`).

    Every token is wrapped in double quotes; no double quote can occur inside one
    because '"' itself was moved into the Private Use Area.
    """
    if not terms:
        raise ValueError("no search terms")
    return " AND ".join(_term_expression(term) for term in terms)


def char_expression(chars: Sequence[str]) -> str:
    """The MATCH expression for one-character terms on the character index."""
    if not chars or any(len(c) != 1 for c in chars):
        raise ValueError("one-character terms expected")
    return " AND ".join(f'"{c.translate(_TO_TOKEN_CHAR)}"' for c in chars)


def _term_expression(term: str) -> str:
    chars = term.translate(_TO_TOKEN_CHAR)
    if len(chars) == 1:
        return f'"{chars}"*'
    return '"' + " ".join(chars[i:i + 2] for i in range(len(chars) - 1)) + '"'


# For each folded character, every character that folds to it ("," ← "，").
_PREIMAGES: dict[str, str] = {}
for _source, _target in _FOLD.items():
    _PREIMAGES[chr(_target)] = _PREIMAGES.get(chr(_target), chr(_target)) + chr(_source)


@lru_cache(maxsize=256)
def _pattern(term: str) -> re.Pattern[str]:
    """Matches ``term`` in unfolded text: folding a 2,500-character article per hit
    cost more than the index lookup, a character class per character costs nothing."""
    parts = []
    for ch in term:
        variants = _PREIMAGES.get(ch)
        parts.append("[" + re.escape(variants) + "]" if variants else re.escape(ch))
    return re.compile("".join(parts))


def contains_all(text: str, terms: Iterable[str]) -> bool:
    return all(_pattern(term).search(text) for term in terms)


def find_hits(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Every (start, end) where a term occurs in ``text``, sorted, overlaps merged."""
    spans = sorted(m.span() for term in terms for m in _pattern(term).finditer(text))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, terms: Sequence[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """Plain text around the first hit and the hit offsets inside it; None without a hit."""
    hits = find_hits(text, terms)
    if not hits:
        return None
    first = hits[0][0]
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), max(hits[0][1], first + SNIPPET_AFTER))
    # Never cut a hit in two at the right edge.
    end = max([end, *(e for s, e in hits if s < end < e)])
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    body = text[start:end].replace("\n", " ")
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in hits if s >= start and e <= end]
    return prefix + body + suffix, inside
