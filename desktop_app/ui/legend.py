"""The legend under the reading pane: one toggle per layer, drawn in the layer's colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, ENTITY_TYPES, NUMBER_LAYERS
from desktop_app.ui import theme as themes
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.labels import entity_label, number_label

LAYERS = (*NUMBER_LAYERS, *ENTITY_TYPES, "highlights")


class Legend(QWidget):
    layersChanged = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        # Two rows (numbers; names and highlights), each wrapping when the reading pane is
        # narrower than it: a row that could not wrap set the pane's minimum width.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 2, 8, 2)
        rows.setSpacing(0)
        numbers_row, names_row = FlowLayout(), FlowLayout()
        rows.addLayout(numbers_row)
        rows.addLayout(names_row)
        self.numbers_caption = QLabel()
        self.names_caption = QLabel()
        self.buttons: dict[str, QToolButton] = {}
        numbers_row.addWidget(self.numbers_caption)
        layout = numbers_row
        for layer in LAYERS:
            if layer == ENTITY_TYPES[0]:
                layout = names_row
                layout.addWidget(self.names_caption)
            if layer == "highlights":
                gap = QWidget(self)
                gap.setFixedSize(10, 1)
                layout.addWidget(gap)
            button = QToolButton(self)
            button.setObjectName(f"legend-{layer}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.toggled.connect(self._emit)
            self.buttons[layer] = button
            layout.addWidget(button)
        self.theme = themes.LIGHT
        self.retranslate()

    def retranslate(self) -> None:
        self.numbers_caption.setText(self.tr("Numbers:"))
        self.names_caption.setText(self.tr("Names:"))
        for layer, button in self.buttons.items():
            if layer in ENTITY_TYPES:
                button.setText(entity_label(layer))
            elif layer == "highlights":
                button.setText(self.tr("Highlights"))
            else:
                button.setText(number_label(layer))
            button.setToolTip(self.tr("Show or hide this layer"))

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        for layer, button in self.buttons.items():
            if layer in ENTITY_TYPES:
                colour, extra = theme.entities[layer], "text-decoration: underline;"
            elif layer == "highlights":
                swatch = theme.highlights[DEFAULT_HIGHLIGHT_COLOR]
                colour, extra = theme.text, f"background: {swatch};"
            else:
                colour, extra = theme.numbers[layer], f"background: {theme.number_tint};"
            # Unchecked layers look struck out and faded, so the state reads at a glance.
            button.setStyleSheet(
                f"QToolButton:checked {{ color: {colour}; {extra} border-radius: 3px;"
                f" padding: 1px 5px; font-weight: 600; border: none; }}"
                f"QToolButton:unchecked {{ padding: 1px 5px; border: none;"
                f" color: {theme.muted}; background: transparent;"
                f" text-decoration: line-through; font-weight: 400; }}"
            )

    def layers(self) -> frozenset[str]:
        return frozenset(layer for layer, b in self.buttons.items() if b.isChecked())

    def set_layers(self, layers) -> None:
        for layer, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(layer in layers)
            button.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.layersChanged.emit(self.layers())
