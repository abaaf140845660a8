"""Highlights, notes, tags and name corrections: the window's side of annotating.

Every change goes through the service at once (nothing waits for a Save button), by way
of ``self.write`` (desktop_app.ui.saving), which turns a failed write into a visible
message; the list row, the reading pane and the notes panel are then refreshed from
what was stored.
"""

from __future__ import annotations

from desktop_app.ui.saving import FAILED

# The undo commands (desktop_app.ui.undo) are imported where they are pushed: QUndoCommand
# is a Qt class the first frame does not need, and each costs start-up time on first touch.


class AnnotatingMixin:
    def connect_annotating(self) -> None:
        self.reader.highlightRequested.connect(self.highlight_selection)
        self.reader.highlightClicked.connect(self._on_highlight_clicked)
        self.reader.highlightRecolourRequested.connect(self.recolour_highlight)
        self.reader.highlightDeleteRequested.connect(self.delete_highlight)
        self.reader.entityClicked.connect(self.filter_by_entity)
        self.reader.entityCorrection.connect(self.correct_entity)
        for colour, action in self.menus.highlight_actions.items():
            action.triggered.connect(lambda _=False, c=colour: self.highlight_selection(c))
        self.menus.edit_note.triggered.connect(self._focus_note)
        self.menus.add_tag.triggered.connect(self._focus_tag)

    def connect_notes(self) -> None:
        """The notes panel's signals; it is built after the first frame (later_parts)."""
        self.notes.highlightRecolourRequested.connect(self.recolour_highlight)
        self.notes.noteEdited.connect(self.save_note)
        self.notes.tagsEdited.connect(self.edit_tags)
        self.notes.tagClicked.connect(self._filter_by_tag)
        self.notes.highlightActivated.connect(self._scroll_to_highlight)
        self.notes.highlightDeleteRequested.connect(self.delete_highlight)
        self.notes.highlightNoteEdited.connect(self.save_highlight_note)

    def _changed(self, article_id: str) -> None:
        """Something about ``article_id`` was stored: refresh whatever shows it."""
        self.model.refresh([article_id])
        if self.detail is not None and self.detail.id == article_id:
            self.reload_article()

    # -- highlights -------------------------------------------------------------------
    def highlight_selection(self, colour: str = "yellow") -> None:
        selection = self.reader.selected_range()
        if self.detail is None or self.service is None or selection is None:
            self.statusBar().showMessage(self.tr("Select some text to highlight first"), 4000)
            return
        article_id = self.detail.id
        highlight = self.write(
            lambda: self.service.add_highlight(article_id, *selection, color=colour))
        if highlight is FAILED:
            return
        self._changed(self.detail.id)
        self.notes.select_highlight(highlight.id)

    def delete_highlight(self, highlight_id: int) -> None:
        if self.detail is None:
            return
        highlight = next((h for h in self.detail.highlights if h.id == highlight_id), None)
        if highlight is not None:
            from desktop_app.ui.undo import DeleteHighlight

            self.undo_stack.push(DeleteHighlight(self.service, highlight, self._changed,
                                                   self.write))
            self.statusBar().showMessage(self.tr("Highlight deleted — Ctrl+Z brings it back"),
                                         5000)

    def recolour_highlight(self, highlight_id: int, colour: str) -> None:
        if self.detail is None or self.service is None:
            return
        highlight = next((h for h in self.detail.highlights if h.id == highlight_id), None)
        if highlight is not None and highlight.color != colour:
            from desktop_app.ui.undo import RecolourHighlight

            self.undo_stack.push(RecolourHighlight(self.service, highlight, colour,
                                                   self._changed, self.write))
            self.notes.select_highlight(highlight_id)

    def save_highlight_note(self, highlight_id: int, note: str) -> None:
        # On failure the text stays in the line edit; the next keystroke writes it all.
        updated = self.write(lambda: self.service.update_highlight(highlight_id, note=note))
        if updated is FAILED:
            return
        # Patch in place: reloading the article on each keystroke would move the caret.
        self.detail.highlights = [updated if h.id == highlight_id else h
                                  for h in self.detail.highlights]
        self.reader.detail = self.detail
        self.notes.highlight_model.replace(updated)
        self.model.refresh([updated.article_id])

    def _on_highlight_clicked(self, highlight_id: int) -> None:
        self.notes.select_highlight(highlight_id)
        self.notes.highlight_note.setFocus()

    def _scroll_to_highlight(self, highlight_id: int) -> None:
        highlight = next((h for h in self.detail.highlights if h.id == highlight_id), None)
        if highlight is not None:
            self.reader.scroll_to_offset(highlight.start)

    # -- notes and tags ---------------------------------------------------------------
    def save_note(self, article_id: str, text: str) -> None:
        if self.service is None:
            return
        if self.write(lambda: self.service.set_note(article_id, text)) is FAILED:
            self.notes.keep_unsaved(article_id, text)  # shown again, retried on next edit
            return
        self.notes.note_saved(article_id)
        self.model.refresh([article_id])
        if self.detail is not None and self.detail.id == article_id:
            from dataclasses import replace  # not needed by the first frame

            self.detail = replace(self.detail, note=text)
            self.reader.detail = self.detail

    def edit_tags(self, article_id: str, added: list, removed: list) -> None:
        if added:
            self.write(lambda: self.service.tag(article_id, *added))
            self._changed(article_id)  # either way: the panel shows what was stored
        from desktop_app.ui.undo import RemoveTag

        for tag in removed:
            self.undo_stack.push(RemoveTag(self.service, article_id, tag, self._changed,
                                           self.write))
        self.refresh_options()

    def rename_tag(self, old: str) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # not needed at start-up

        new, ok = QInputDialog.getText(
            self, self.tr("Rename Tag"),
            self.tr("New name for “%1” (an existing tag's name merges them):").replace("%1", old),
            QLineEdit.EchoMode.Normal, old,
        )
        new = new.strip()
        if ok and new and new != old:
            self.rename_tag_to(old, new)

    def rename_tag_to(self, old: str, new: str) -> None:
        if self.write(lambda: self.service.rename_tag(old, new)) is FAILED:
            return
        self.refresh_options()
        self.filter_bar.set_tag(new)
        self.model.refresh_all()
        if self.detail is not None:
            self.reload_article()

    def _filter_by_tag(self, tag: str) -> None:
        self.search_box.clear()
        self.filter_bar.set_tag(tag)

    def _focus_note(self) -> None:
        if self.notes is None:  # a shortcut pressed before the panel was built
            return
        self.notes.note_tabs.setCurrentIndex(0)
        self.notes.note_edit.setFocus()

    def _focus_tag(self) -> None:
        if self.notes is None:
            return
        self.notes.tag_input.setFocus()

    # -- names ------------------------------------------------------------------------
    def correct_entity(self, text: str, entity_type: str, remove: bool) -> None:
        if not text or self.service is None:
            return
        if remove:
            done = self.write(lambda: self.service.correct_entity(text, remove=True))
        else:
            done = self.write(lambda: self.service.correct_entity(text, type=entity_type))
        if done is FAILED:
            return
        self._entity_counts.clear()
        self.reload_article()
        self.statusBar().showMessage(
            self.tr("Correction saved; it applies to every article"), 5000
        )
