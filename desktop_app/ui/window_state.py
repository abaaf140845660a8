"""Remembering where the window's parts were between runs: geometry and splitter sizes.

The settings file (desktop_app.ui.settings) holds them; what each panel shows (the last
article, its scroll position, the zoom, the layers, the theme) the window restores
through the panels themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

    from desktop_app.ui.settings import Settings

MAIN_SPLITTER = "splitter"
DEFAULT_SHARES = (0.40, 0.41, 0.19)  # list, reader, notes


def restore_layout(window: QMainWindow, settings: Settings,
                   splitters: dict[str, QSplitter]) -> bool:
    """Put the window and its splitters back; False on a first run (nothing saved)."""
    geometry = settings.bytes("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(1280, 800)
    state = settings.bytes("window/state")
    if state is not None:
        window.restoreState(state)
    restore_splitters(settings, splitters, window.width())
    return geometry is not None


def restore_splitters(settings: Settings, splitters: dict[str, QSplitter],
                      width: int = 0) -> None:
    for name, splitter in splitters.items():
        sizes = settings.bytes(f"window/{name}")
        if sizes is not None:
            splitter.restoreState(sizes)
        elif name == MAIN_SPLITTER and width:
            splitter.setSizes([int(width * share) for share in DEFAULT_SHARES])


def save_layout(window: QMainWindow, settings: Settings,
                splitters: dict[str, QSplitter]) -> None:
    settings.set_bytes("window/geometry", window.saveGeometry())
    settings.set_bytes("window/state", window.saveState())
    for name, splitter in splitters.items():
        settings.set_bytes(f"window/{name}", splitter.saveState())
