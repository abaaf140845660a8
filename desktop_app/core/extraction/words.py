"""jieba's words of a text, with the model's where jieba has none.

:func:`tokenize` is jieba's part-of-speech cut with its guesser of unknown words (an HMM);
:func:`tokenize_with_model` runs that guesser only where the model's words do not settle a
run of characters jieba has no word for (most of jieba's time went there). The rules and
the levers of :mod:`entities` read these words.
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.dictionaries import tagger
from desktop_app.core.extraction.entity_rules import Token


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """jieba's words and flags of ``text``, with HMM; offsets from ``offset``."""
    tokens: list[Token] = []
    pos = offset
    for word, flag in tagger().cut(text):
        tokens.append(Token(word, flag, pos))
        pos += len(word)
    return tokens


# The model's tags as jieba flags, for the words the model cuts where jieba has none.
_MODEL_FLAGS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "TIME": "t", "nw": "nz", "vd": "v",
                "ad": "d", "xc": "x", "w": "x"}
_ONE_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def tokenize_with_model(text: str, read: list[tuple[int, int, str]]) -> list[Token]:
    """jieba's words, its guesser of unknown words (an HMM, most of jieba's time) run only
    where the model's words do not settle them: a run of characters jieba has no word for
    is cut as the model cut it when the model's words tile the run (its person, place and
    body tags as jieba's nr, ns, nt), and by jieba's guesser otherwise."""
    out: list[Token] = []
    run: list[Token] = []
    model_at = {start: (end, tag) for start, end, tag in read}

    def flush() -> None:
        if len(run) > 1:
            out.extend(_run_words(text, run[0].start, run[-1].end, model_at))
        else:
            out.extend(run)
        run.clear()

    pos = 0
    for word, flag in tagger().cut(text, HMM=False):
        tok = Token(word, flag, pos)
        pos += len(word)
        if len(word) == 1 and _ONE_CJK.match(word):
            run.append(tok)
        else:
            flush()
            out.append(tok)
    flush()
    return out


def _run_words(text: str, start: int, end: int, model_at: dict[int, tuple[int, str]]
               ) -> list[Token]:
    words = []
    pos = start
    while pos < end:
        word_end, tag = model_at.get(pos, (-1, ""))
        if not pos < word_end <= end:
            return tokenize(text[start:end], offset=start)  # the model's words cross it
        words.append(Token(text[pos:word_end], _MODEL_FLAGS.get(tag, tag), pos))
        pos = word_end
    return words
