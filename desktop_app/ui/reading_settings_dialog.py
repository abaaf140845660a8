"""The Reading Settings dialog (View → Reading Settings): font family and size, line
spacing, paragraph spacing and page width of the reading pane, applied as they change
and remembered.

A small non-modal dialog beside the pane (a popover: the article stays readable while
the reader tries a setting). The font size is the pane's zoom, so Ctrl+plus / minus and
this dialog move the same value. The families offered are those on this computer that
can write Simplified Chinese (QFontDatabase, asked on the GUI thread when the dialog is
first opened), the default being the Song/Ming serif list of ui/theme.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.reader_view import BASE_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from desktop_app.ui.reading_look import (
    DEFAULT_LOOK,
    LINE_HEIGHT_RANGE,
    MEASURE_RANGE,
    PARAGRAPH_SPACING_RANGE,
    ReadingLook,
)

if TYPE_CHECKING:
    from desktop_app.ui.reader_view import ReaderView
    from desktop_app.ui.settings import Settings



def cjk_families() -> list[str]:
    """Font families here that write Simplified Chinese (GUI thread only), without the
    vertical-writing "@" twins Windows lists."""
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return sorted({f for f in families if f and not f.startswith("@")})


class ReadingSettingsDialog(QDialog):
    def __init__(self, view: ReaderView, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reading-settings")
        self.view, self.settings = view, settings
        self.family = QComboBox()
        self.family.setObjectName("reading-family")
        self.family.addItem("", "")  # the default; its text is set by retranslate()
        for family in cjk_families():
            self.family.addItem(family, family)
        self.font_size = QDoubleSpinBox()
        self.font_size.setObjectName("reading-size")
        self.font_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.font_size.setDecimals(0)
        self.font_size.setSuffix(" pt")
        self.line_height = QSpinBox()
        self.line_height.setObjectName("reading-line-height")
        self.line_height.setRange(*LINE_HEIGHT_RANGE)
        self.line_height.setSingleStep(5)
        self.line_height.setSuffix(" %")
        self.paragraph_spacing = QDoubleSpinBox()
        self.paragraph_spacing.setObjectName("reading-paragraph-spacing")
        self.paragraph_spacing.setRange(*PARAGRAPH_SPACING_RANGE)
        self.paragraph_spacing.setSingleStep(0.25)
        self.measure = QSpinBox()
        self.measure.setObjectName("reading-measure")
        self.measure.setRange(*MEASURE_RANGE)
        self.measure.setSingleStep(2)
        self.form = QFormLayout()
        self.labels: list[QLabel] = []
        for widget in (self.family, self.font_size, self.line_height, self.paragraph_spacing,
                       self.measure):
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            self.form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.rejected.connect(self.close)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.show_current()
        self.family.currentIndexChanged.connect(self._look_changed)
        for spin in (self.line_height, self.paragraph_spacing, self.measure):
            spin.valueChanged.connect(self._look_changed)
        self.font_size.valueChanged.connect(self.view.set_point_size)
        self.view.zoomChanged.connect(lambda _factor: self._show_size())
        self.retranslate()

    def show_current(self) -> None:
        """Show the pane's settings (without applying them again)."""
        look = self.view.look
        widgets = (self.family, self.line_height, self.paragraph_spacing, self.measure)
        for widget in widgets:
            widget.blockSignals(True)
        index = self.family.findData(look.family)
        if index < 0 and look.family:  # remembered, though not (or no longer) installed
            self.family.addItem(look.family, look.family)
            index = self.family.count() - 1
        self.family.setCurrentIndex(max(0, index))
        self.line_height.setValue(look.line_height)
        self.paragraph_spacing.setValue(look.paragraph_spacing)
        self.measure.setValue(look.measure)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_size()

    def _show_size(self) -> None:
        self.font_size.blockSignals(True)
        self.font_size.setValue(self.view.point_size)
        self.font_size.blockSignals(False)

    def look(self) -> ReadingLook:
        return ReadingLook(str(self.family.currentData() or ""), self.line_height.value(),
                           self.paragraph_spacing.value(), self.measure.value())

    def _look_changed(self, *_value: object) -> None:
        look = self.look().bounded()
        self.view.set_look(look)
        self.settings.reading_look = look

    def restore_defaults(self) -> None:
        self.view.set_look(DEFAULT_LOOK)
        self.settings.reading_look = DEFAULT_LOOK
        self.view.set_point_size(BASE_POINT_SIZE)
        self.show_current()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reading Settings"))
        self.family.setItemText(0, self.tr("Default (Song serif)"))
        texts = (self.tr("&Font:"), self.tr("&Size:"), self.tr("&Line spacing:"),
                 self.tr("&Paragraph spacing:"), self.tr("Page &width:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.paragraph_spacing.setSuffix(self.tr(" em"))
        self.measure.setSuffix(self.tr(" characters"))
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(
            self.tr("Restore Defaults"))
