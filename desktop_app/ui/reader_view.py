"""The reading pane: one article, its highlighted spans, hover cards and a context menu.

A QTextBrowser that never fetches anything: article text is data, so links are never
followed and every resource request is answered with nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.core.vocabulary import ENTITY_TYPES, HIGHLIGHT_COLORS
from desktop_app.ui import theme as themes
from desktop_app.ui.inert import Refused, refused_resource
from desktop_app.ui.legend import LAYERS
from desktop_app.ui.reader_offsets import BodyMap
from desktop_app.ui.reading_look import DEFAULT_LOOK, ReadingLook
from desktop_app.ui.viewport_width import viewport_width

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, QUrl
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMenu

    from desktop_app.service import ArticleDetail

# The empty pane of the first frame needs none of the cursor, URL, menu, tooltip and
# label code below: each is imported where it is first used (after the first paint), as
# each Qt class costs start-up time the first time Python touches it.

MIN_POINT_SIZE, MAX_POINT_SIZE, BASE_POINT_SIZE = 8.0, 32.0, 12.0
ADD, RETYPE, REMOVE = "add", "retype", "remove"  # how entityCorrection corrects a name
MIN_MARGIN_EMS = 0.9


class ReaderView(QTextBrowser):
    entityClicked = Signal(str, str)  # text, type
    entityChartRequested = Signal(str, str)  # text, type: chart it over time
    highlightClicked = Signal(int)
    highlightRequested = Signal(str)  # colour; the selection is read by the receiver
    highlightRecolourRequested = Signal(int, str)  # highlight id, new colour
    highlightDeleteRequested = Signal(int)
    splitFixRequested = Signal(str, int, str)  # action, text offset, kind (ui/split_fixes.py)
    # text, type ("" when removing), and how: ADD (mark as a name), RETYPE (change the type
    # where it was recognised) or REMOVE (not a name)
    entityCorrection = Signal(str, str, str)
    zoomChanged = Signal(float)
    pageRequested = Signal()  # "Show on Page": the article's printed page
    redrawn = Signal()  # a new document is shown: marks drawn over it are drawn again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.detail: ArticleDetail | None = None
        self._own_document: QTextDocument | None = None
        self.body_start = 0
        self.offsets = BodyMap(0)  # text offsets ↔ document positions (subheads between)
        self.subheads: list[tuple[str, int]] = []  # (subhead, document position) drawn
        self.theme: themes.Theme = themes.LIGHT
        self.layers: set[str] = set(LAYERS)
        self.point_size = BASE_POINT_SIZE
        self.look: ReadingLook = DEFAULT_LOOK  # View → Reading Settings
        self.hover_text = ""  # the card last shown on hover (tests read it)
        self.printed = False  # the article came from a PDF: "Show on Page" is offered
        self.entity_count: Callable[[str, str], int] = lambda _text, _type: 0
        self.highlighted.connect(self._on_hover)
        self.anchorClicked.connect(self._on_click)

    # -- resources: never fetch -------------------------------------------------------
    def loadResource(self, type_: int, name: QUrl | str) -> Refused:  # type: ignore[override]
        # Nothing the reader shows is an external resource; refusing everything means a
        # crafted article or note can never make the app read a file or touch the network.
        # Not None: then Qt reads a local file itself (ui/inert.py).
        del name
        return refused_resource(type_)

    # -- showing ----------------------------------------------------------------------
    def show_article(self, detail: ArticleDetail, scroll: int | None = None) -> None:
        self.detail = detail
        self.redraw(scroll)

    def redraw(self, scroll: int | None = None) -> None:
        if self.detail is None:
            self.clear()
            self.subheads = []
            self.redrawn.emit()
            return
        keep = self.verticalScrollBar().value() if scroll is None else scroll
        # Imported with the first article: the empty pane of the first frame needs none
        # of the text-format classes it brings in.
        from desktop_app.ui import reader_document
        from desktop_app.ui.labels import kind_label

        rendered = reader_document.build(
            self.detail, self.theme, self.layers, self.point_size, kind_label, self.look
        )
        old, self._own_document = self._own_document, rendered.document
        rendered.document.setParent(self)
        self.setDocument(rendered.document)
        if old is not None:
            old.deleteLater()
        self.body_start = rendered.body_start
        self.offsets, self.subheads = rendered.offsets, rendered.subheads
        self._apply_measure()
        self.verticalScrollBar().setValue(keep)
        self.redrawn.emit()

    def set_layers(self, layers: Collection[str]) -> None:
        self.layers = set(layers)
        self.redraw()

    def set_theme(self, theme: themes.Theme) -> None:
        self.theme = theme
        self.redraw()

    def set_look(self, look: ReadingLook) -> None:
        look = look.bounded()
        if look != self.look:
            self.look = look
            self.redraw()

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        if size != self.point_size:
            self.point_size = size
            self.redraw()
            self.zoomChanged.emit(size / BASE_POINT_SIZE)

    def zoom_by(self, steps: int) -> None:
        self.set_point_size(self.point_size + steps)

    def reset_zoom(self) -> None:
        self.set_point_size(BASE_POINT_SIZE)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        # Centre a column of about look.measure characters: long CJK lines tire the eye.
        # A narrow pane still keeps a margin of about one character: text touching the
        # pane's edge reads as clipped. The empty pane has no text to place (and its
        # first frame skips the ~7 ms of Qt classes these calls touch first); render()
        # measures again when an article arrives.
        if self.detail is None:
            return
        em = self.point_size * self.logicalDpiX() / 72
        side = max(em * MIN_MARGIN_EMS, (viewport_width(self) - self.look.measure * em) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) > 0.5:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)

    # -- offsets ----------------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        """The selection as offsets into the article text, or None when nothing is selected."""
        if self.detail is None:
            return None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        limit = len(self.detail.text)
        start = max(0, min(limit, self.offsets.to_text(cursor.selectionStart())))
        end = max(0, min(limit, self.offsets.to_text(cursor.selectionEnd())))
        return (start, end) if end > start else None

    def document_position(self, offset: int) -> int:
        """Where text offset ``offset`` of the article is in the document."""
        return self.offsets.to_document(offset)

    def select_range(self, start: int, end: int) -> None:
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_document(start))
        cursor.setPosition(self.offsets.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def scroll_to_offset(self, offset: int) -> None:
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_document(max(0, offset)))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def scroll_to_subhead(self, index: int) -> None:
        """Bring the ``index``-th subhead drawn to the top of the pane (the outline)."""
        from PySide6.QtGui import QTextCursor

        if not 0 <= index < len(self.subheads):
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.subheads[index][1])
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - rect.height())

    def viewport_point_of(self, offset: int) -> QPoint:
        """Where the character at ``offset`` is drawn (tests hover and click there)."""
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_document(offset) + 1)
        return self.cursorRect(cursor).center() - QPoint(3, 0)

    # -- hover and click --------------------------------------------------------------
    def _span_of(self, url: QUrl):
        if self.detail is None or url.scheme() != "xy":
            return None, None
        kind, _, index = url.path().partition("/")
        try:
            number = int(index)
        except ValueError:
            return None, None
        from desktop_app.ui import reader_document

        numbers, entities, highlights = reader_document.visible_spans(self.detail, self.layers)
        if kind == "n" and number < len(numbers):
            return "n", numbers[number]
        if kind == "e" and number < len(entities):
            return "e", entities[number]
        if kind == "h":
            return "h", next((h for h in highlights if h.id == number), None)
        return None, None

    def card_text(self, url: QUrl) -> str:
        kind, span = self._span_of(url)
        if span is None:
            return ""
        from desktop_app.ui.labels import entity_label, format_number

        if kind == "n":
            return format_number(span)
        if kind == "e":
            count = self.entity_count(span.text, span.type)
            return self.tr("%1 · %2\nMentioned in %n article(s) · click to list them", "",
                           count).replace("%1", span.text).replace("%2", entity_label(span.type))
        note = span.note.strip()
        return note or self.tr("Highlight")

    def _on_hover(self, url: QUrl) -> None:
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QToolTip

        self.hover_text = self.card_text(url) if not url.isEmpty() else ""
        if self.hover_text:
            QToolTip.showText(QCursor.pos(), self.hover_text, self)
        else:
            QToolTip.hideText()

    def _on_click(self, url: QUrl) -> None:
        kind, span = self._span_of(url)
        if kind == "e":
            self.entityClicked.emit(span.text, span.type)
        elif kind == "h":
            self.highlightClicked.emit(span.id)

    # -- context menu -----------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, pos: QPoint) -> QMenu:
        from PySide6.QtCore import QUrl

        from desktop_app.ui.highlight_menu import add_highlight_entries
        from desktop_app.ui.labels import entity_label, highlight_colour_label

        menu = self.createStandardContextMenu(pos)
        kind, span = self._span_of(QUrl(self.anchorAt(pos)))
        selection = self.selected_range()
        if selection and self.detail is not None:
            menu.addSeparator()
            colours = menu.addMenu(self.tr("Highlight"))
            for colour in HIGHLIGHT_COLORS:
                action = colours.addAction(highlight_colour_label(colour))
                action.triggered.connect(lambda _=False, c=colour: self.highlightRequested.emit(c))
            mark = menu.addMenu(self.tr("Mark as name"))
            text = self.detail.text[selection[0]:selection[1]].strip()
            for entity_type in ENTITY_TYPES:
                action = mark.addAction(entity_label(entity_type))
                action.triggered.connect(
                    lambda _=False, t=entity_type: self.entityCorrection.emit(text, t, ADD)
                )
        if kind == "e":
            menu.addSeparator()
            chart = menu.addAction(self.tr("Mentions over Time"))
            chart.setObjectName("entity-chart")
            chart.triggered.connect(
                lambda _=False, s=span: self.entityChartRequested.emit(s.text, s.type))
            retype = menu.addMenu(self.tr("Change type of “%1”").replace("%1", span.text))
            for entity_type in ENTITY_TYPES:
                if entity_type != span.type:
                    action = retype.addAction(entity_label(entity_type))
                    action.triggered.connect(
                        lambda _=False, t=entity_type, s=span.text:
                        self.entityCorrection.emit(s, t, RETYPE)
                    )
            remove = menu.addAction(self.tr("Not a name"))
            remove.triggered.connect(
                lambda _=False, s=span.text: self.entityCorrection.emit(s, "", REMOVE)
            )
        if self.printed:
            menu.addSeparator()
            page = menu.addAction(self.tr("Show on Page"))
            page.setObjectName("show-on-page")
            page.triggered.connect(self.pageRequested)
        highlight = self.highlight_at(pos) if kind != "h" else span
        if highlight is not None:
            menu.addSeparator()
            add_highlight_entries(menu, highlight, self.theme,
                                  self.highlightRecolourRequested.emit,
                                  self.highlightDeleteRequested.emit)
        if self.detail is not None:
            from desktop_app.ui.split_fixes import add_split_entries

            menu.addSeparator()
            add_split_entries(menu, self.text_offset_at(pos), len(self.detail.text),
                              self.detail.kind, self.splitFixRequested.emit)
        return menu

    def text_offset_at(self, pos: QPoint) -> int | None:
        """The article text offset under viewport point ``pos`` (None on a subhead)."""
        position = self.cursorForPosition(pos).position()
        if self.detail is None or self.offsets.in_subhead(position):
            return None
        return max(0, min(len(self.detail.text), self.offsets.to_text(position)))

    def highlight_at(self, pos: QPoint):
        """The highlight drawn under viewport point ``pos``, if the layer is shown."""
        if self.detail is None or "highlights" not in self.layers:
            return None
        position = self.cursorForPosition(pos).position()
        if self.offsets.in_subhead(position):
            return None  # a subhead is no part of the text a highlight marks
        offset = self.offsets.to_text(position)
        return next((h for h in self.detail.highlights
                     if not h.orphan and h.start <= offset < h.end), None)

    def keyPressEvent(self, event) -> None:
        modifiers = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if modifiers and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif modifiers and event.key() == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        else:
            super().keyPressEvent(event)

