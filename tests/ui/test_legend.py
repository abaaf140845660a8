"""The legend under the reading pane wraps instead of holding the pane wide."""

from __future__ import annotations

from desktop_app.ui.legend import Legend


def test_a_narrow_reading_pane_wraps_the_legend_and_shows_every_toggle(qtbot):
    legend = Legend()
    qtbot.addWidget(legend)
    legend.show()
    one_row = legend.sizeHint().width()
    # In a row, the legend's longest line was the reading pane's minimum width.
    assert legend.minimumSizeHint().width() < one_row / 2
    narrow = one_row // 2
    legend.resize(narrow, legend.heightForWidth(narrow))
    qtbot.waitUntil(lambda: legend.buttons["money"].geometry().isValid())
    tops = set()
    for button in legend.buttons.values():
        box = button.geometry()
        assert box.left() >= 0 and box.right() < narrow, button.text()
        assert box.bottom() < legend.height(), button.text()
        tops.add(box.top())
    assert len(tops) > 2  # the two rows wrapped onto more lines
