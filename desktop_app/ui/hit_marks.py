"""Search hits marked in the reading pane, one of them current, and moving between them.

Opening a search result and finding in the article (the find bar) both mark every
place the terms occur and step through them with F3 / Shift+F3. The marks are the
pane's extra selections, drawn over the document rather than written into it, so they
never mix with the article's own formats (numbers, names, the reader's highlights) and
vanish when cleared. Their colours are their own: an orange box with a strong current
one, unlike any highlight colour of core/vocabulary.py (which are pastel fills), in
both themes.

Places are found by the search's own matcher (core/search/text.find_hits): the same
folding of width, case and whitespace as the search that found the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat

    from desktop_app.ui.reader_view import ReaderView

# (every hit's fill, the current hit's fill, the current hit's text), light and dark.
HIT_COLOURS = {
    False: ("#ffd08a", "#f76707", "#ffffff"),
    True: ("#7a4a12", "#ff922b", "#1f2328"),
}


class HitMarks(QObject):
    """The hits of ``terms`` in the article the pane shows; ``current`` is -1 for none."""

    changed = Signal(int, int)  # current (0-based, -1: none), total

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.terms: list[str] = []
        self.hits: list[tuple[int, int]] = []  # offsets into the article text
        self.current = -1
        self._article = ""
        view.redrawn.connect(self._apply)

    # -- what is marked ---------------------------------------------------------------
    def set_query(self, query: str, *, literal: bool = False) -> int:
        """Mark the terms of ``query`` (search syntax, or each word as typed with
        ``literal``); returns how many places in the body hold one."""
        # Imported on first use: the search text module brings `dataclasses`, which the
        # window's first frame does without (tests/ui/test_app.py).
        from desktop_app.core.search.text import literal_terms, query_terms

        return self.set_terms(literal_terms(query) if literal else query_terms(query))

    def set_terms(self, terms: Sequence[str]) -> int:
        from desktop_app.core.search.text import find_hits

        detail = self.view.detail
        self.terms = list(terms)
        self._article = detail.id if detail is not None else ""
        self.hits = find_hits(detail.text, self.terms) if detail and self.terms else []
        self.current = 0 if self.hits else -1
        self._apply()
        return len(self.hits)

    def clear(self) -> None:
        self.set_terms([])

    def follow(self, article_id: str) -> None:
        """Another article is shown: marks made for the previous one go."""
        if self._article and article_id != self._article:
            self.clear()

    # -- moving ------------------------------------------------------------------------
    def go(self, index: int) -> None:
        if not self.hits:
            return
        self.current = index % len(self.hits)
        self._apply()
        self._show(self.hits[self.current][0])

    def _show(self, offset: int) -> None:
        """Scroll only when the hit is out of sight: a hit on the first screen leaves the
        article's title in view, and stepping through hits on one screen keeps it still."""
        from PySide6.QtGui import QTextCursor  # see _formats

        view = self.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.document_position(offset))
        rect = view.cursorRect(cursor)
        if rect.top() < 0 or rect.bottom() > view.viewport().height():
            view.scroll_to_offset(offset)

    def next(self) -> None:
        self.go(self.current + 1)

    def previous(self) -> None:
        self.go(self.current - 1)

    def first_at_or_after(self, offset: int) -> None:
        """Make the first hit at or after ``offset`` current (wrapping), and show it."""
        after = [i for i, (start, _end) in enumerate(self.hits) if start >= offset]
        self.go(after[0] if after else 0)

    # -- drawing -----------------------------------------------------------------------
    def _selection(self, position: int, length: int, fmt: QTextCharFormat
                   ) -> QTextEdit.ExtraSelection:
        from PySide6.QtGui import QTextCursor  # see _formats

        cursor = QTextCursor(self.view.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = fmt  # type: ignore[misc]
        return selection

    def _apply(self) -> None:
        """Draw the marks (again: a redraw builds a new document, a theme new colours)."""
        detail = self.view.detail
        if detail is None or detail.id != self._article or not self.terms:
            self.view.setExtraSelections([])
            self.changed.emit(-1, 0)
            return
        every, current = _formats(self.view.theme.dark)
        selections = [self._selection(p, length, every) for p, length in self._header_hits()]
        for index, (start, end) in enumerate(self.hits):
            fmt = current if index == self.current else every
            selections.append(self._selection(self.view.document_position(start),
                                              end - start, fmt))
        self.view.setExtraSelections(selections)
        self.changed.emit(self.current, len(self.hits))

    def _header_hits(self) -> list[tuple[int, int]]:
        """(document position, length) of hits in the header lines above the body (title,
        subtitle, byline): marked too, but not stepped through."""
        from desktop_app.core.search.text import find_hits

        found = []
        block = self.view.document().firstBlock()
        body = self.view.document_position(0)
        while block.isValid() and block.position() < body:
            for start, end in find_hits(block.text(), self.terms):
                found.append((block.position() + start, end - start))
            block = block.next()
        return found

    def format_at(self, offset: int) -> QTextCharFormat | None:
        """The mark's format drawn over text offset ``offset`` (tests read it), or None."""
        position = self.view.document_position(offset)
        for selection in self.view.extraSelections():
            cursor = selection.cursor
            if cursor.selectionStart() <= position < cursor.selectionEnd():
                from PySide6.QtGui import QTextCharFormat  # see _formats

                return QTextCharFormat(selection.format)  # a copy outlives the selection
        return None


def _formats(dark: bool) -> tuple[QTextCharFormat, QTextCharFormat]:
    """Every hit's format and the current one's. The text types are imported here, when a
    search is first marked: made by PySide at the module's import, QTextCharFormat and
    QTextCursor cost the window's first frame ~6 ms (docs/benchmarks.md, start-up)."""
    from PySide6.QtGui import QColor, QTextCharFormat

    fill, current_fill, current_text = HIT_COLOURS[dark]
    every = QTextCharFormat()
    every.setBackground(QColor(fill))
    current = QTextCharFormat()
    current.setBackground(QColor(current_fill))
    current.setForeground(QColor(current_text))
    return every, current
