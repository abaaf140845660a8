"""A long job's strip in the status bar (an import, analysing the library again): a rule
setting it apart from the selection's summary, its text and its progress bar; the job's
own buttons follow. Not a dialog: the library stays in reach while the job runs."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

BAR_WIDTH = 140


def job_strip(panel: QWidget, name: str) -> tuple[QHBoxLayout, QLabel, QProgressBar]:
    """Lay out ``panel``'s rule, text (``{name}-text``) and bar (``{name}-bar``)."""
    layout = QHBoxLayout(panel)
    layout.setContentsMargins(8, 0, 0, 0)
    # A rule between the selection's summary and the job: two texts side by side.
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.VLine)
    rule.setFrameShadow(QFrame.Shadow.Sunken)
    label = QLabel()
    label.setObjectName(f"{name}-text")
    bar = QProgressBar()
    bar.setObjectName(f"{name}-bar")
    bar.setFixedWidth(BAR_WIDTH)
    bar.setTextVisible(False)
    for widget in (rule, label, bar):
        layout.addWidget(widget)
    return layout, label, bar
