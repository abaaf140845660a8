"""Join hard-wrapped lines before analysis, and map offsets back to the original text.

Pages pulled out of PDFs break lines inside words (``中科\\n曙光``, ``5\\n亿度``); a tagger
sees two words there. A single newline between two CJK characters or digits is such a
wrap and is removed (with any spaces around it, which PDF extraction leaves behind); a
blank line is a paragraph break and is never crossed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WRAP_CHAR = "0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WRAP = re.compile(rf"(?<=[{_WRAP_CHAR}])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[{_WRAP_CHAR}])")


@dataclass(frozen=True)
class JoinedText:
    """``text`` with wraps removed; ``origin[i]`` is the index in the original of ``text[i]``."""

    text: str
    origin: tuple[int, ...] | None  # None: nothing was joined, offsets are the same
    original_length: int

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the joined span ``[start, end)``; it may cover a wrap."""
        if self.origin is None or start >= end:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def join_wraps(text: str) -> JoinedText:
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for match in _WRAP.finditer(text):
        pieces.append(text[last:match.start()])
        origin.extend(range(last, match.start()))
        last = match.end()
    if not pieces:
        return JoinedText(text, None, len(text))
    pieces.append(text[last:])
    origin.extend(range(last, len(text)))
    return JoinedText("".join(pieces), tuple(origin), len(text))
