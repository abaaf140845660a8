"""Lines a tool letter-spaced, closed up: "旅 游 广 电 体 育 局 获 悉 ， 今 年 1 至 11".

A justified line of a narrow column stretches the gaps between its characters; a PDF
text tool (pdftotext without ``-layout``, PDFium, pdfminer, a viewer's copy) turns each
stretched gap into a space. Read as it is, such a line is no sentence's middle: it is
not joined to its neighbours, a dateline in it is not seen, and its words are split.
Chinese prose never sets its characters one space apart, so a long run of single
characters one space apart is closed up, digits too ("4 1 8 3"); a space between two
Latin words or numbers stays ("CN 43"). A short run is left alone: padded names
("记者 王 卓"), a headline's two halves ("写春联 送祝福"). A line that still holds
columns side by side (three spaces apart) keeps its positions for the splitter's cells.
"""

from __future__ import annotations

import itertools
import re

# A character of the run: one wide character, or a number or Latin word (a tool keeps
# "11" or "5032.6" whole).
_TOKEN = r"(?:[^\x00-\x7f\s]|[0-9A-Za-z.%]{1,8})"
# Runs of at least MIN_RUN tokens one space apart.
MIN_RUN = 8
_RUN = re.compile(rf"(?<!\S){_TOKEN}(?: {_TOKEN}){{{MIN_RUN - 1},}}(?!\S)")
# Of a run's tokens, this many at least are wide characters (a list of numbers or a
# line of Latin words is no letter-spaced Chinese).
MIN_WIDE = 4


def close_up(text: str) -> str:
    """``text`` with each letter-spaced run of a line closed up."""
    if _RUN.search(text) is None:
        return text  # most pages: one scan
    spaced = _spaced_page(text)
    return "\n".join(line if "   " in line else _closed_line(line, spaced)
                     for line in text.split("\n"))


def _closed_line(line: str, spaced: bool) -> str:
    line = _RUN.sub(_closed, line)
    return _OCR_SPACE.sub("", line) if spaced else line


# A page an OCR engine spaced throughout ("志 愿 服 务 暖 归 途", "2 月 2日 ，怀化 南 站",
# "全媒 体记 者 向新"): when this share of its neighbouring wide characters, at least,
# stand one space apart, the spaces are the engine's, and each one next to a wide
# character goes (the page's own, "记者 王卓", are lost among them anyway); one between
# Latin words or numbers stays.
SPACED_SHARE = 0.3
SPACED_SAMPLE = 4000
_WIDE = r"[\u3400-\u9fff，。、；：？！“”（）《》]"
_APART = re.compile(rf"{_WIDE} (?={_WIDE})")
_TOGETHER = re.compile(rf"{_WIDE}(?={_WIDE})")
_OCR_SPACE = re.compile(rf"(?<={_WIDE}) (?=[\w，。、；：？！“”（）《》])|(?<=\w) (?={_WIDE})")


def _spaced_page(text: str) -> bool:
    sample = text[:SPACED_SAMPLE]  # (the page's opening tells: an engine spaces it all)
    apart = len(_APART.findall(sample))
    return apart >= SPACED_SHARE * (apart + len(_TOGETHER.findall(sample)))


def _closed(match: re.Match[str]) -> str:
    tokens = match.group().split(" ")
    if sum(not token.isascii() for token in tokens) < MIN_WIDE:
        return match.group()
    out = tokens[0]
    for before, token in itertools.pairwise(tokens):
        latin = before.isascii() and token.isascii() and max(len(before), len(token)) > 1
        out += (" " if latin else "") + token
    return out
