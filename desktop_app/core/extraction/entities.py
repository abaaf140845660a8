"""Person, place and organisation spans (``PER``/``LOC``/``ORG``) with user corrections.

jieba segments and tags; :mod:`entity_rules` decides what is a name; the user's
:class:`Corrections` have the last word (applied by :func:`corrections.apply_corrections`,
the same applier the library uses when an article is read). Wrapped lines are joined
first, so a name broken across a line end (``中科\\n曙光``) comes back whole, its span
covering the newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.extraction import entity_rules as rules
from desktop_app.core.extraction import org_rules
from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.extraction.dictionaries import lexicon, tagger
from desktop_app.core.extraction.entity_rules import Candidate, Token
from desktop_app.core.extraction.wraps import join_wraps
from desktop_app.core.spans import Corrections, EntitySpan

USER_STRENGTH = 9


def find_entities(text: str, corrections: Corrections | None = None) -> list[EntitySpan]:
    """Entities of ``text``, sorted by start; offsets index ``text`` itself."""
    joined = join_wraps(text)
    spans = find_entities_joined(joined.text, corrections)
    out = []
    for span in spans:
        start, end = joined.span_back(span.start, span.end)
        out.append(EntitySpan(start, end, text[start:end], span.type))
    return out


def find_entities_joined(text: str, corrections: Corrections | None = None) -> list[EntitySpan]:
    """Entities of a text whose wraps are already joined (see :mod:`wraps`)."""
    if not text.strip():
        return []
    lex = lexicon()
    tokens = tokenize(text)
    candidates = [
        *rules.byline_persons(text, lex),
        *rules.person_candidates(tokens, lex),
        *rules.place_candidates(tokens, lex),
        *org_rules.org_candidates(tokens, lex),
    ]
    candidates.extend(org_rules.list_orgs(text, tokens, lex, candidates))
    candidates.extend(org_rules.short_forms(text, candidates, lex))
    candidates.extend(_repeat_persons(text, candidates))
    chosen = _resolve(candidates)
    found = [EntitySpan(c.start, c.end, text[c.start:c.end], c.type) for c in chosen]
    if corrections is not None and not corrections.is_empty():
        found = apply_corrections(text, found, corrections)
    return found


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    for word, flag in tagger().cut(text):
        tokens.append(Token(word, flag, pos))
        pos += len(word)
    return tokens


def _repeat_persons(text: str, candidates: list[Candidate]) -> Iterable[Candidate]:
    """A name once seen with a title stays a name elsewhere in the same text (周济认为…)."""
    names = {text[c.start:c.end] for c in candidates if c.type == "PER"}
    for name in names:
        for match in re.finditer(re.escape(name), text):
            yield Candidate(match.start(), match.end(), "PER", 2)


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping choice: longer spans first, then stronger ones."""
    order = sorted(candidates, key=lambda c: (c.end - c.start, c.strength, -c.start),
                   reverse=True)
    taken = bytearray()
    chosen: list[Candidate] = []
    for cand in order:
        if cand.end > len(taken):
            taken.extend(b"\0" * (cand.end - len(taken)))
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\1" * (cand.end - cand.start)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
