"""Text for the full-text index, queries, and snippets (no SQL, no Qt).

The index stores every text as overlapping two-character tokens (bigrams) over *all*
characters, not only CJK runs: a query of n ≥ 2 characters becomes the phrase of its
n - 1 bigrams, which matches exactly where the query is a substring. A one-character
query is answered by two more columns of the same table holding each text's distinct
characters (:func:`char_text`; a prefix query on the bigrams merged every bigram
starting with that character, 0.5 s at 100k articles), so that a query of words and
characters is one FTS5 expression (:func:`char_expression`). The bigram text still ends
with its final character alone, so that the small user index can answer one character
as a prefix query. docs/search.md has the measurements behind these choices.

Folding (:func:`fold`) is one character to one character, so offsets found in folded
text are offsets into the original text (snippets and highlights rely on this). The
index and the query then drop whitespace (:func:`normalise`): ``2025年`` finds
``2025 年`` and a word wrapped across a line, as people expect of text pulled out of
a PDF; snippets find the same places with a pattern that allows whitespace between any
two characters of a term.

Query syntax (:func:`parse_query`; docs/search.md): whitespace separates terms, all of
which must occur; ``"two words"`` is one term (their whitespace does not matter either);
``-word`` or ``-"two words"`` leaves out the articles holding it. Nothing else is syntax.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Every whitespace character Python knows (newline, tab, no-break, ideographic, the
# typographic spaces U+2000-U+200A …): up to U+3000, the last of them.
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
# Full-width ASCII (！ to ～) to half-width, every whitespace to a plain space, ASCII
# capitals to lower case.
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD.update({ord(c): 0x20 for c in _SPACES if c != " "})
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


def normalise(text: str) -> str:
    """What the index compares: folded, without whitespace (not offset-preserving)."""
    return fold(text).replace(" ", "")


def index_text(text: str) -> str:
    """The token string the full-text index stores for ``text``."""
    chars = normalise(text).translate(_TO_TOKEN_CHAR)
    if not chars:
        return ""
    tokens = [chars[i:i + 2] for i in range(len(chars) - 1)]
    tokens.append(chars[-1])
    return " ".join(tokens)


def char_text(text: str) -> str:
    """The token string of a character column: each distinct character once.

    A one-character term asks which articles hold the character, not where, so repeats
    would only cost time and space. First-occurrence order keeps the string the same in
    every process: a contentless row is deleted by handing FTS5 the tokens it was given.
    """
    return " ".join(dict.fromkeys(normalise(text).translate(_TO_TOKEN_CHAR)))


@dataclass(frozen=True)
class Query:
    """A parsed search box entry: normalised terms, each without whitespace."""

    terms: tuple[str, ...]  # every one must occur
    excluded: tuple[str, ...] = ()  # none may occur


# A phrase: a double quote at the start of a word, up to the next double quote.
_PHRASE = re.compile(r'(-?)"([^"]*)"')


def parse_query(query: str) -> Query:
    """The terms of a search box entry (folded first, so ``＂`` and ``－`` count too).

    * whitespace separates terms; an article must hold every one;
    * ``"…"`` (at the start of a word, closed later) is one term, spaces and all; since
      whitespace never matters, ``"湖南 长沙"`` finds 湖南长沙 and 湖南 长沙;
    * ``-term`` / ``-"…"`` excludes: no article holding it is found. A lone ``-`` and a
      ``-`` inside a word are literal; so is an unclosed quote.
    """
    terms: dict[str, None] = {}
    excluded: dict[str, None] = {}
    folded = fold(query)
    position = 0
    while position < len(folded):
        if folded[position] == " ":
            position += 1
            continue
        phrase = _PHRASE.match(folded, position)
        if phrase is not None:
            word, negative, end = phrase.group(2), phrase.group(1), phrase.end()
            word = word.replace(" ", "")
        else:
            end = folded.find(" ", position)
            end = len(folded) if end < 0 else end
            word, negative = folded[position:end], ""
            if word.startswith("-") and len(word) > 1:
                word, negative = word[1:], "-"
        if word:
            (excluded if negative else terms).setdefault(word, None)
        position = end
    return Query(tuple(terms), tuple(t for t in excluded if t not in terms))


def query_terms(query: str) -> list[str]:
    """The terms that must occur (:func:`parse_query`; exclusions left out)."""
    return list(parse_query(query).terms)


def literal_terms(text: str) -> list[str]:
    """``text`` split at whitespace and normalised, with no query syntax at all."""
    return list(dict.fromkeys(t for t in fold(text).split(" ") if t))


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression for ``terms`` (from :func:`query_terms`).

    Every token is wrapped in double quotes; no double quote can occur inside one
    because '"' itself was moved into the Private Use Area.
    """
    if not terms:
        raise ValueError("no search terms")
    return " AND ".join(_term_expression(term) for term in terms)


# The index's columns of distinct characters (storage/search_index.py).
CHAR_COLUMNS = ("title_chars", "body_chars")


def char_expression(chars: Sequence[str], operator: str = "AND",
                    columns: Sequence[str] = CHAR_COLUMNS) -> str:
    """The MATCH expression for one-character terms on the character columns (all of
    them, or with ``operator="OR"`` any); ``columns`` narrows it (the title's alone)."""
    if not chars or any(len(c) != 1 for c in chars):
        raise ValueError("one-character terms expected")
    inner = f" {operator} ".join(f'"{c.translate(_TO_TOKEN_CHAR)}"' for c in chars)
    return f"{{{' '.join(columns)}}} : ({inner})"


def any_expression(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression for articles holding any of ``terms``."""
    if not terms:
        raise ValueError("no search terms")
    return " OR ".join(_term_expression(term) for term in terms)


def _term_expression(term: str) -> str:
    chars = term.translate(_TO_TOKEN_CHAR)
    if len(chars) == 1:
        return f'"{chars}"*'
    return '"' + " ".join(chars[i:i + 2] for i in range(len(chars) - 1)) + '"'


# For each folded character, every character that folds to it ("," ← "，").
_PREIMAGES: dict[str, str] = {}
for _source, _target in _FOLD.items():
    _PREIMAGES[chr(_target)] = _PREIMAGES.get(chr(_target), chr(_target)) + chr(_source)


_GAP = "[" + re.escape(_SPACES) + "]*"


@lru_cache(maxsize=256)
def _pattern(term: str) -> re.Pattern[str]:
    """Matches ``term`` in unfolded text, with any whitespace between its characters:
    folding a 2,500-character article per hit cost more than the index lookup, a
    character class per character costs nothing."""
    parts = []
    for ch in normalise(term):
        variants = _PREIMAGES.get(ch)
        parts.append("[" + re.escape(variants) + "]" if variants else re.escape(ch))
    return re.compile(_GAP.join(parts))


def count(text: str, term: str) -> int:
    """How often ``term`` occurs in ``text``, found as :func:`find_hits` finds it."""
    return len(_pattern(term).findall(text)) if text else 0


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


def _leading_hits(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """The first of :func:`find_hits`'s hits: those starting before the end a snippet
    is cut at before hits extend it (``SNIPPET_AFTER`` past the first hit, or the first
    hit's own end); a snippet needs no others. A search cuts 50 snippets from texts of
    thousands of characters; finding every hit in each was most of the snippets'
    time."""
    spans = heapq.merge(*((m.span() for m in _pattern(term).finditer(text))
                          for term in terms))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            continue
        if merged and start >= max(merged[0][1], merged[0][0] + SNIPPET_AFTER):
            break  # every earlier hit is closed: none of the rest is in the snippet
        merged.append((start, end))
    return merged


def make_snippet(text: str, terms: Sequence[str]) -> tuple[str, list[tuple[int, int]]] | None:
    """Plain text around the first hit and the hit offsets inside it; None without a hit."""
    return cut_snippet(text, _leading_hits(text, terms))


def cut_snippet(text: str, hits: Sequence[tuple[int, int]]
                ) -> tuple[str, list[tuple[int, int]]] | None:
    """The snippet around the first of ``hits`` (sorted, merged, as :func:`find_hits`
    gives them); those after the snippet's end make no difference."""
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
