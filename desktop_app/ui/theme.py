"""Colours and fonts: one place decides how each kind of span looks, light and dark.

Each theme has a colour for every number layer, entity type and highlight colour that
core/vocabulary.py declares, keyed by their ids (tests/ui/test_vocabulary_ui.py fails
when one is missing).

Layer colours are chosen so numbers (warm/green hues, tinted background) and names
(cool hues, underlined) stay distinguishable from each other and from user highlights
(solid pastel backgrounds) in both themes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QPalette

# Qt classes are imported where they are used: the first frame needs only LIGHT/DARK and
# resolve(), and each Qt class costs start-up time the first time Python touches it
# (PySide6 builds its enums then); fonts and palettes come with the first article or a
# dark theme. No dataclass either: `dataclasses` is an import the first frame can skip.

# Reading text: Song/Ming serif faces first (what a newspaper uses), sans as fallback.
READING_FAMILIES = [
    "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "serif",
]
HEADING_FAMILIES = [
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "sans-serif",
]


class Theme:
    """A frozen record of one theme's colours (what a frozen dataclass would be)."""

    __slots__ = (
        "background",
        "dark",
        "entities",
        "highlights",
        "muted",
        "name",
        "number_tint",
        "numbers",
        "text",
    )
    name: str
    dark: bool
    text: str
    muted: str
    background: str
    numbers: dict[str, str]  # vocabulary.NUMBER_LAYERS -> text colour
    number_tint: str  # background behind every number
    entities: dict[str, str]  # vocabulary.ENTITY_TYPES -> text colour
    highlights: dict[str, str]  # vocabulary.HIGHLIGHT_COLORS -> background

    def __init__(self, *, name: str, dark: bool, text: str, muted: str, background: str,
                 numbers: dict[str, str], number_tint: str, entities: dict[str, str],
                 highlights: dict[str, str]):
        values = locals()
        for field in self.__slots__:
            object.__setattr__(self, field, values[field])

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"Theme is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Theme is frozen: cannot delete {name!r}")

    def __eq__(self, other) -> bool:
        if other.__class__ is not Theme:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    # As a frozen dataclass with dict fields: unhashable in practice (mypy does not know
    # the idiom that makes a class unhashable).
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Theme(name={self.name!r}, dark={self.dark!r})"


LIGHT = Theme(
    name="light", dark=False, text="#1f2328", muted="#6a737d", background="#fbfaf7",
    numbers={"money": "#b35900", "percent": "#c2185b", "date": "#2e7d32",
             "count": "#6d4c9f", "measure": "#00796b", "other": "#5d6d7e"},
    number_tint="#f3eee2",
    entities={"PER": "#1565c0", "LOC": "#00838f", "ORG": "#8e24aa"},
    highlights={"yellow": "#fff59d", "green": "#c5e1a5", "blue": "#b3e5fc",
                "pink": "#f8bbd0", "purple": "#d1c4e9"},
)

DARK = Theme(
    name="dark", dark=True, text="#e6e6e6", muted="#9aa0a6", background="#1e1f22",
    numbers={"money": "#ffb74d", "percent": "#f48fb1", "date": "#a5d6a7",
             "count": "#ce93d8", "measure": "#80cbc4", "other": "#b0bec5"},
    number_tint="#2c2a25",
    entities={"PER": "#90caf9", "LOC": "#80deea", "ORG": "#e1bee7"},
    highlights={"yellow": "#6b5d00", "green": "#2f5a1e", "blue": "#164a63",
                "pink": "#6a2443", "purple": "#45336e"},
)


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """``choice`` is "system", "light" or "dark"."""
    if choice == "dark" or (choice == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def palette_for(theme: Theme) -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    if not theme.dark:
        return palette
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2d30", roles.WindowText: theme.text, roles.Base: theme.background,
        roles.AlternateBase: "#26282b", roles.Text: theme.text, roles.Button: "#35373b",
        roles.ButtonText: theme.text, roles.Highlight: "#3d6fb4",
        roles.HighlightedText: "#ffffff", roles.ToolTipBase: "#35373b",
        roles.ToolTipText: theme.text, roles.PlaceholderText: theme.muted,
        roles.Link: "#8ab4f8", roles.Mid: "#45474b", roles.Dark: "#202124",
        roles.Light: "#4a4c50", roles.Midlight: "#3c3e42", roles.Shadow: "#000000",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor(theme.muted))
    return palette


def reading_font(point_size: float, family: str = "") -> QFont:
    """``family`` first when chosen (View → Reading Settings), the serif list behind it
    for the characters it lacks."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies([family, *READING_FAMILIES] if family else READING_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def heading_font(point_size: float, weight: QFont.Weight | None = None) -> QFont:
    """``weight`` defaults to bold."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(HEADING_FAMILIES)
    font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.Bold if weight is None else weight)
    return font
