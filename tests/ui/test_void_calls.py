"""PySide6 6.12.0 on Python 3.11 drops None's refcount on every void call and crashes."""

import sys

from PySide6.QtWidgets import QWidget


def test_ten_thousand_void_calls_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for index in range(10_000):
        widget.setHidden(index % 2 == 0)
    assert sys.getrefcount(None) >= before - 50  # noise from the interpreter, not 10k
