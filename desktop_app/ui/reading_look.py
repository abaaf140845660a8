"""How the reading pane lays out text: the reader's choices of View → Reading Settings.

A NamedTuple, not a dataclass: the reading pane of the first frame holds one, and
`dataclasses` is an import that frame can skip (see ui/theme.py). The font size is no
part of it: it is the pane's zoom (Ctrl+plus / minus), kept as ``view/point_size``.
"""

from __future__ import annotations

from typing import NamedTuple

# Bounds the settings dialog offers and a hand-edited settings file is held to.
LINE_HEIGHT_RANGE = (100, 300)  # percent of the font's line
PARAGRAPH_SPACING_RANGE = (0.0, 3.0)  # ems below each paragraph
MEASURE_RANGE = (16, 80)  # characters per line at most


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


class ReadingLook(NamedTuple):
    family: str = ""  # "" = the Song/Ming serif list of ui/theme.READING_FAMILIES
    line_height: int = 175  # percent
    paragraph_spacing: float = 0.65  # ems
    measure: int = 34  # characters: a comfortable CJK line

    def bounded(self) -> ReadingLook:
        return ReadingLook(
            self.family.strip(),
            int(_clamp(self.line_height, LINE_HEIGHT_RANGE)),
            round(_clamp(self.paragraph_spacing, PARAGRAPH_SPACING_RANGE), 2),
            int(_clamp(self.measure, MEASURE_RANGE)),
        )


DEFAULT_LOOK = ReadingLook()
