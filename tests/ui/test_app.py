"""The application object: name and icon every window inherits."""

from __future__ import annotations

from desktop_app.ui.app import create_app


def test_the_app_and_its_window_carry_the_xiangyue_icon(window):
    app = create_app([])
    icon = app.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()
    assert not window.windowIcon().isNull()
