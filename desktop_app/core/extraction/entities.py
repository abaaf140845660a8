"""Person, place and organisation spans (``PER``/``LOC``/``ORG``) with user corrections.

A statistical tagger (:mod:`ner_model`, Baidu LAC) proposes names; jieba segments and tags
for :mod:`entity_rules` and :mod:`org_rules`, whose candidates extend and retype the model's
names (:mod:`fusion` says how, and why); the user's :class:`Corrections` have the last word
(applied by :func:`corrections.apply_corrections`, the same applier the library uses when
an article is read). Without the model (not installed, failed to load) the rules alone
decide, as before. Wrapped lines are joined first, so a name broken across a line end
(``中科\\n曙光``) comes back whole, its span covering the newline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.extraction import entity_rules as rules
from desktop_app.core.extraction import fusion, ner_model, org_lists, org_rules
from desktop_app.core.extraction.corrections import apply_corrections
from desktop_app.core.extraction.dictionaries import lexicon, tagger
from desktop_app.core.extraction.entity_rules import Candidate, Token
from desktop_app.core.extraction.wraps import join_wraps
from desktop_app.core.spans import Corrections, EntitySpan


def find_entities(text: str, corrections: Corrections | None = None, *,
                  use_model: bool = True) -> list[EntitySpan]:
    """Entities of ``text``, sorted by start; offsets index ``text`` itself."""
    joined = join_wraps(text)
    spans = find_entities_joined(joined.text, corrections, use_model=use_model)
    out = []
    for span in spans:
        start, end = joined.span_back(span.start, span.end)
        out.append(EntitySpan(start, end, text[start:end], span.type))
    return out


def find_entities_joined(text: str, corrections: Corrections | None = None, *,
                         use_model: bool = True) -> list[EntitySpan]:
    """Entities of a text whose wraps are already joined (see :mod:`wraps`).

    ``use_model=False`` runs jieba and the rules alone (the pipeline before the model).
    """
    if not text.strip():
        return []
    lex = lexicon()
    tokens = tokenize(text)
    bylines = rules.byline_persons(text, lex)
    candidates = [
        *bylines,
        *rules.person_candidates(tokens, lex),
        *rules.place_candidates(tokens, lex),
        *org_rules.org_candidates(tokens, lex),
    ]
    listed = org_lists.list_orgs(text, tokens, lex, candidates)
    candidates.extend(listed)
    again = org_lists.short_forms(text, candidates, lex)
    candidates.extend(again)
    candidates.extend(_repeat_persons(text, candidates))
    tagger = ner_model.shared_tagger() if use_model else None
    if tagger is None:
        chosen = _resolve(candidates)
    else:
        read = [(t.start, t.end, t.tag) for t in tagger.tag(text)]
        model = fusion.model_names(text, read, lex.titles)
        words = [(t.start, t.end, t.flag) for t in tokens]
        model = fusion.trimmed_to_words(model, words)
        model = fusion.without_common_words(
            text, model, words,
            lambda word: org_rules.body_shaped(word, lex))
        chosen = fusion.fuse(model, candidates, {*bylines, *listed}, tokens=read)
        chosen = fusion.without_classes(text, chosen, {*bylines, *listed})
        chosen = fusion.without_directions(text, chosen)
        chosen = fusion.without_products(text, chosen, ((t.start, t.word) for t in tokens),
                                         org_rules.PRODUCT_KINDS)
        chosen = fusion.join_place_bodies(chosen, ((t.start, t.word) for t in tokens),
                                          org_rules.BODY_KINDS, lex.titles)
        chosen = fusion.join_dashed_bodies(text, chosen)
        chosen = org_lists.extend_bodies(text, chosen, tokens)
        # A name the text has settled on recurs (惠科股份有限公司 … 惠科): fill the gaps.
        chosen = fusion.fill_gaps(chosen, org_lists.short_forms(text, chosen, lex))
        chosen = fusion.fill_gaps(chosen, fusion.short_country_names(text))
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
