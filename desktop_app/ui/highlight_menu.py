"""The menu entries for an existing highlight, shared by the reading pane and the notes panel.

Both places offer the same choices in the same order, so a user who learnt one knows the
other: the five colours (the current one checked, each with a swatch) and Delete.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu

from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS
from desktop_app.ui import theme as themes
from desktop_app.ui.labels import highlight_colour_label

SWATCH_PX = 14


def swatch(colour: str, theme: themes.Theme) -> QIcon:
    pixmap = QPixmap(SWATCH_PX, SWATCH_PX)
    pixmap.fill(QColor(theme.highlights.get(colour, theme.highlights[DEFAULT_HIGHLIGHT_COLOR])))
    return QIcon(pixmap)


def add_highlight_entries(menu: QMenu, highlight, theme: themes.Theme,
                          recolour: Callable[[int, str], None],
                          delete: Callable[[int], None]) -> QMenu:
    """Add "Highlight Colour ▸" and "Delete Highlight" for ``highlight`` to ``menu``."""
    colours = menu.addMenu(QCoreApplication.translate("HighlightMenu", "Highlight Colour"))
    colours.setObjectName("highlight-colour-menu")
    group = QActionGroup(colours)
    for colour in HIGHLIGHT_COLORS:
        action = colours.addAction(swatch(colour, theme), highlight_colour_label(colour))
        action.setObjectName(f"recolour-{colour}")
        action.setCheckable(True)
        action.setChecked(colour == highlight.color)
        group.addAction(action)
        action.triggered.connect(
            lambda _=False, c=colour, h=highlight.id: recolour(h, c) if c != highlight.color
            else None
        )
    remove = menu.addAction(QCoreApplication.translate("HighlightMenu", "Delete Highlight"))
    remove.setObjectName("delete-highlight")
    remove.triggered.connect(lambda _=False, h=highlight.id: delete(h))
    return colours
