"""A page read aloud as a video and saved as its subtitles (an .srt file: 剪映, 必剪, an
AI anchor's 听报 programme).

Each cue is a number, a time span (``00:00:14,410 --> 00:00:16,690``) and a line of at most
twenty characters, its closing mark often dropped. Nothing but the pauses says where a
headline ends and the story begins: the voice stops briefly between a stack's lines and
before the text, longer between two pieces, and runs on inside a paragraph. Read as text,
every cue is a paragraph of its own and the numbers and times are lines of the story.
:func:`subtitle_lines` turns a page of cues (five time spans at least) into what was read:
the numbers and times as furniture, a cue after a short pause opening a block of its own,
after a long one a new piece; any other page is left as it is.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import replace

from desktop_app.core.splitting.lines import Kind, Line

_SPAN = re.compile(r"^(?P<start>\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*"
                   r"(?P<end>\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})(?:\s.*)?$")
_CUE_NUMBER = re.compile(r"^\d{1,5}$")
_MIN_CUES = 5
# A pause is a stop when it is this many times the page's usual pause between cues, and
# no shorter than a breath; a piece ends at a stop this many times the page's shortest.
_STOP_RATIO, _MIN_STOP_S, _PIECE_RATIO = 4.0, 0.2, 1.8


def subtitle_lines(lines: list[Line]) -> list[Line]:
    """The lines of a page of subtitles as they were read: the cue numbers and time spans
    as furniture, a cue after a pause opening a block, after a long one a piece; any other
    page's lines unchanged."""
    spans = [_span(line) for line in lines]
    if sum(span is not None for span in spans) < _MIN_CUES:
        return lines
    pauses = _pauses(spans)
    usual = statistics.median(pauses.values()) if pauses else 0.0
    stops = [p for p in pauses.values() if p >= max(_STOP_RATIO * usual, _MIN_STOP_S)]
    stop = min(stops) if stops else float("inf")  # the shortest pause that parts blocks
    piece = _PIECE_RATIO * stop
    out: list[Line] = []
    said: int | None = None  # where the last cue's words stand in ``out``, when text
    words: list[str] = []  # and the words read on into it, joined once at its end
    pause: float | None = None  # before the cue whose text comes next
    for number, line in enumerate(lines):
        if spans[number] is not None:
            out.append(replace(line, kind=Kind.BANNER))
            pause = pauses.get(number)
            continue
        if _CUE_NUMBER.match(line.text) and number + 1 < len(lines) \
                and spans[number + 1] is not None:
            out.append(replace(line, kind=Kind.BANNER))
            continue
        opens = pause is not None and pause >= stop
        if not opens and pause is not None and said is not None and line.kind is Kind.TEXT:
            # Read on without a stop: the cue goes on the words before it (a cue is cut at
            # twenty characters, anywhere in a sentence), over the numbers and times.
            words.append(line.text)
            out[said] = replace(out[said], end=line.end)
        else:
            _join(out, said, words)
            if pause is not None and pause >= piece:
                out.append(replace(line, text="", kind=Kind.BOUNDARY, end=line.start))
            out.append(replace(line, block_start=opens, after_blank=opens, indent=False))
            said, words = (len(out) - 1, [line.text]) if line.kind is Kind.TEXT else (None, [])
        pause = None
    _join(out, said, words)
    return out


def _join(out: list[Line], said: int | None, words: list[str]) -> None:
    """The words read on into ``out[said]`` set as its text, joined once (a paragraph of
    thousands of cues is not copied again at each)."""
    if said is not None and len(words) > 1:
        out[said] = replace(out[said], text="".join(words))


def _span(line: Line) -> tuple[float, float] | None:
    match = _SPAN.match(line.text) if line.kind is not Kind.HEADING else None
    if match is None:
        return None
    return _seconds(match["start"]), _seconds(match["end"])


def _seconds(stamp: str) -> float:
    hours, minutes, rest = stamp.replace(",", ".").split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def _pauses(spans: list[tuple[float, float] | None]) -> dict[int, float]:
    """Each time span's line → the pause before it, since the cue before ended."""
    pauses: dict[int, float] = {}
    ended: float | None = None
    for number, span in enumerate(spans):
        if span is None:
            continue
        if ended is not None:
            pauses[number] = max(0.0, span[0] - ended)
        ended = span[1]
    return pauses
