"""The user's corrections to names, applied to what the analyser found: the one applier.

The library stores the analyser's own spans and applies the corrections whenever an
article is read (so a correction made today shows in every article without analysing
the library again); ``xiangyue extract`` applies the same corrections to a text. Both
call :func:`apply_corrections`, so what the command line prints and what the window
shows cannot disagree.
"""

from __future__ import annotations

from desktop_app.core.spans import Corrections, EntitySpan
from desktop_app.core.vocabulary import ENTITY_TYPES


def apply_corrections(text: str, entities: list[EntitySpan], corrections: Corrections
                      ) -> list[EntitySpan]:
    """``entities`` (the analyser's spans of ``text``) as the user corrected them.

    Precedence, strongest first:

    1. **removed**: a word in ``corrections.removed`` is never a name. Its recognised
       spans go, and it is not marked even if it is also listed as added.
    2. **added**: a word in ``corrections.added`` is marked with its type wherever it
       occurs in ``text``, recognised or not. Where two added words overlap the longer
       wins (长沙市 over 长沙 when both are added); an added word displaces every
       recognised span it overlaps (an added 曙光 inside a recognised 中科曙光, an
       added 长沙 inside a recognised 长沙市: the recognised span goes).
    3. **retyped**: a recognised span whose text is in ``corrections.retyped`` keeps its
       place and takes the new type. A retype marks nothing the analyser did not find.
    4. Every other recognised span stays as found.

    Returns the spans sorted by position; they never overlap when ``entities`` do not.
    """
    if corrections.is_empty():
        return sorted(entities, key=lambda s: (s.start, s.end))
    kept: list[EntitySpan] = []
    for span in entities:
        if span.text in corrections.removed:
            continue
        new_type = corrections.added.get(span.text) or corrections.retyped.get(span.text)
        kept.append(EntitySpan(span.start, span.end, span.text, new_type or span.type))
    added: list[EntitySpan] = []
    words = sorted((word, type_) for word, type_ in corrections.added.items()
                   if word and type_ in ENTITY_TYPES and word not in corrections.removed)
    for word, type_ in sorted(words, key=lambda item: -len(item[0])):
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            if all(end <= a.start or start >= a.end for a in added):
                added.append(EntitySpan(start, end, word, type_))
            start = text.find(word, end)
    kept = [s for s in kept if all(s.end <= a.start or s.start >= a.end for a in added)]
    return sorted(kept + added, key=lambda s: (s.start, s.end))
