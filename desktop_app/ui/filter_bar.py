"""Filters above the article list: kind, tag, date range and the name being followed.

The bar keeps its choices current by itself: when the operations runner announces that
tags or the articles changed, it reads the kinds and tags again (keeping what was
chosen). Renaming the chosen tag is its own operation.

A name is followed by its key (湖南省 and 湖南 are ``LOC:湖南``, name_keys.py): clicking
吉利 in the reader or in the names index lists the articles naming 吉利汽车集团 and 吉利汽车
too, and the chip says which variants it matched.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QToolButton,
    QWidget,
)

from desktop_app.core.filters import Filters
from desktop_app.ui.date_field import MESSAGE_STYLE, DateField
from desktop_app.ui.labels import entity_label, kind_label
from desktop_app.ui.operations import Changes

if TYPE_CHECKING:
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

CHIP_VARIANTS = 3  # other variants named on the chip; its tooltip lists them all


class FilterBar(QWidget):
    filtersChanged = Signal(object)  # Filters
    kindsChanged = Signal(list)  # the kinds in the library (the list sizes a column by them)

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filter-bar")
        self.runner, self.library = runner, library
        self._kinds: list[tuple[str, int]] = []
        self._tags: list[tuple[str, int]] = []
        self.entity: tuple[str, str] | None = None  # (text, type) as the chip shows it
        # Set with ``entity``: every variant of the name (its key), not its text alone.
        self.entity_key: str | None = None
        self._variants: list[str] = []  # what the key matched, for the chip
        self._renamed = False  # ask the library what the name is called (after a rename)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind-filter")
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("tag-filter")
        self.rename_tag_button = QToolButton()
        self.rename_tag_button.setEnabled(False)
        self.rename_tag_button.clicked.connect(self.rename_tag)
        self.date_from = self._date_field("date-from", end=False)
        self.date_to = self._date_field("date-to", end=True)
        self.date_message = QLabel()  # why a typed date was refused, in the UI's language
        self.date_message.setObjectName("date-message")
        self.date_message.setWordWrap(True)
        self.date_message.setStyleSheet(MESSAGE_STYLE)
        self.date_message.setVisible(False)
        self.entity_chip = QToolButton()
        self.entity_chip.setObjectName("entity-chip")
        self.entity_chip.setVisible(False)
        self.entity_chip.clicked.connect(self.clear_entity)
        self.date_caption = QLabel()
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(4)
        grid.addWidget(self.kind_box, 0, 0)
        grid.addWidget(self.tag_box, 0, 1)
        grid.addWidget(self.rename_tag_button, 0, 2)
        grid.addWidget(self.date_caption, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.date_to, 1, 2)
        grid.addWidget(self.date_message, 3, 0, 1, 3)
        grid.addWidget(self.entity_chip, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.kind_box.currentIndexChanged.connect(self._emit)
        self.tag_box.currentIndexChanged.connect(self._on_tag)
        self.retranslate()
        runner.libraryChanged.connect(self._on_library_changed)

    def _date_field(self, name: str, *, end: bool) -> DateField:
        field = DateField(name, end=end)
        field.changed.connect(self._show_date_problem)
        field.changed.connect(self._emit)
        field.problemChanged.connect(self._show_date_problem)
        return field

    def _show_date_problem(self) -> None:
        problems = [f.problem for f in (self.date_from, self.date_to) if f.problem]
        first, last = self.date_from.value, self.date_to.value
        if first and last and first > last:
            problems.append(self.tr("The first date is after the last: no article can match."))
        self.date_message.setText("\n".join(problems))
        self.date_message.setVisible(bool(problems))

    def retranslate(self) -> None:
        self.date_caption.setText(self.tr("Dates"))
        self.date_from.retranslate(self.tr("from any"))
        self.date_to.retranslate(self.tr("to any"))
        self.rename_tag_button.setText(self.tr("Rename…"))
        self.rename_tag_button.setToolTip(
            self.tr("Rename the selected tag; a name already in use merges the two")
        )
        self.set_options(self._kinds, self._tags)
        self._show_entity()

    # -- options ----------------------------------------------------------------------
    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        service = self.library.service
        if (changes.entities or changes.library) and self.entity is not None:
            self._follow_corrections()
        if changes.library:
            self.reload_options()
        elif changes.tags and service is not None:  # kinds change only with the articles
            self.set_options(self._kinds, service.all_tags())

    def reload_options(self) -> None:
        service = self.library.service
        if service is not None:
            kinds = service.kinds()
            for field in (self.date_from, self.date_to):  # where the calendars open
                field.set_library_range(service.date_range())
            self.set_options(kinds, service.all_tags())
            self.kindsChanged.emit([name for name, _count in kinds])

    def set_options(self, kinds: list[tuple[str, int]], tags: list[tuple[str, int]]) -> None:
        self._kinds, self._tags = list(kinds), list(tags)
        kind, tag = self.kind_box.currentData(), self.tag_box.currentData()
        for box in (self.kind_box, self.tag_box):
            box.blockSignals(True)
            box.clear()
        self.kind_box.addItem(self.tr("All kinds"), None)
        for name, count in self._kinds:
            self.kind_box.addItem(f"{kind_label(name)} ({count})", name)
        self.tag_box.addItem(self.tr("All tags"), None)
        for name, count in self._tags:
            self.tag_box.addItem(f"{name} ({count})", name)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(tag)))
        for box in (self.kind_box, self.tag_box):
            box.blockSignals(False)
        self.rename_tag_button.setEnabled(self.tag_box.currentData() is not None)
        if tag is not None and self.tag_box.currentData() != tag:
            self._emit()  # the filtered tag was renamed away

    # -- state ------------------------------------------------------------------------
    def filters(self) -> Filters:
        return Filters(
            tag=self.tag_box.currentData(),
            kind=self.kind_box.currentData(),
            date_from=self.date_from.iso(),
            date_to=self.date_to.iso(),
            entity=self.entity[0] if self.entity and not self.entity_key else None,
            entity_key=self.entity_key if self.entity else None,
        )

    def set_tag(self, tag: str | None) -> None:
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(tag)))

    def set_entity(self, text: str, entity_type: str, key: str | None = None) -> None:
        """Follow the name ``text`` (a name clicked in the reader): all its variants,
        through its key (the one given, or the one the library files it under)."""
        service = self.library.service
        if key is None and service is not None:
            key = service.name_key_of(text, entity_type)
        self.entity, self.entity_key, self._renamed = (text, entity_type), key, False
        self._describe_entity()
        self._show_entity()
        self._emit()

    def set_entity_key(self, key: str, name: str = "") -> None:
        """Follow every variant of the name with ``key``, shown as ``name``."""
        self.set_entity(name or key.split(":", 1)[-1], key.split(":", 1)[0], key)

    def set_filters(self, filters: Filters, name: tuple[str, str] | None = None) -> None:
        """Show ``filters`` (all of them at once, one listing); ``name`` (text, type) is
        what the chip shows for its ``entity_key``."""
        for widget in (self.kind_box, self.tag_box):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(filters.kind)))
        self.tag_box.setCurrentIndex(max(0, self.tag_box.findData(filters.tag)))
        for edit, value in ((self.date_from, filters.date_from),
                            (self.date_to, filters.date_to)):
            edit.set_value(date.fromisoformat(value) if value else None, notify=False)
        self._show_date_problem()
        for widget in (self.kind_box, self.tag_box):
            widget.blockSignals(False)
        self.rename_tag_button.setEnabled(self.tag_box.currentData() is not None)
        if filters.entity_key and name is not None:
            self.entity, self.entity_key = name, filters.entity_key
        elif filters.entity and name is not None:
            self.entity, self.entity_key = name, None
        elif not filters.entity and not filters.entity_key:
            self.entity, self.entity_key = None, None
        self._renamed = False
        self._describe_entity()
        self._show_entity()
        self._emit()

    def clear_entity(self) -> None:
        if self.entity is not None:
            self.entity, self.entity_key = None, None
            self._show_entity()
            self._emit()

    def clear(self) -> None:
        for widget in (self.kind_box, self.tag_box):
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(0)
        self.tag_box.setCurrentIndex(0)
        self.date_from.set_value(None, notify=False)
        self.date_to.set_value(None, notify=False)
        self._show_date_problem()
        for widget in (self.kind_box, self.tag_box):
            widget.blockSignals(False)
        self.entity, self.entity_key = None, None
        self._show_entity()
        self._emit()

    # -- renaming the chosen tag ------------------------------------------------------
    def rename_tag(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # not needed at start-up

        old = self.tag_box.currentData()
        if old is None:
            return
        new, ok = QInputDialog.getText(
            self, self.tr("Rename Tag"),
            self.tr("New name for “%1” (an existing tag's name merges them):").replace("%1", old),
            QLineEdit.EchoMode.Normal, old,
        )
        new = new.strip()
        if ok and new and new != old:
            self.rename_tag_to(old, new)

    def rename_tag_to(self, old: str, new: str) -> None:
        service = self.library.service
        if service is None:
            return
        # Once stored, the options are read again (libraryChanged), then the new name chosen.
        self.runner.write(lambda: service.rename_tag(old, new), Changes(tags=True),
                          done=lambda _none: self.set_tag(new), owner=self, initiator=self)

    # -- the name followed -------------------------------------------------------------
    def _describe_entity(self) -> None:
        """Read what the held key matches now (a few rows of an indexed query)."""
        service, key = self.library.service, self.entity_key
        self._variants = []
        if self.entity is None or key is None or service is None:
            return
        if self._renamed:
            self.entity = (service.name_of_key(key), self.entity[1])
        self._variants = [text for text, _type, _n in service.entity_variants(key)]

    def _follow_corrections(self) -> None:
        """A rename or merge of the held name: follow it to its key and name now."""
        service, key = self.library.service, self.entity_key
        if self.entity is None or key is None or service is None:
            return
        self.entity_key, self._renamed = service.current_name_key(key), True
        self._describe_entity()
        self._show_entity()
        if self.entity_key != key:
            self._emit()

    def _show_entity(self) -> None:
        self.entity_chip.setVisible(self.entity is not None)
        if self.entity is None:
            return
        name, entity_type = self.entity
        others = [v for v in self._variants if v != name]
        text = name
        if others:
            shown = "、".join(others[:CHIP_VARIANTS]) + ("…" if len(others) > CHIP_VARIANTS
                                                         else "")
            text = self.tr("%1 (also %2)").replace("%1", name).replace("%2", shown)
        self.entity_chip.setText(
            self.tr("%1: %2  ✕").replace("%1", entity_label(entity_type)).replace("%2", text))
        matched = "、".join(self._variants) if self._variants else name
        self.entity_chip.setToolTip(
            self.tr("Showing the articles that name %1; click to clear").replace("%1", matched))

    def _on_tag(self) -> None:
        self.rename_tag_button.setEnabled(self.tag_box.currentData() is not None)
        self._emit()

    def _emit(self) -> None:
        self.filtersChanged.emit(self.filters())
