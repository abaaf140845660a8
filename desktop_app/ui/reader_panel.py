"""The window's centre: the reading pane and its legend, and what the reader asks of them.

The panel opens the article the list picks, reads it again by itself when the
operations runner announces a change to what it shows (a highlight, a correction of
names, an import), and turns what the user does in the pane (highlight a selection,
correct a name, recolour or delete a highlight) into operations. It says which article
it shows by signals: the notes panel, the list and the window follow them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import APP_DISPLAY_NAME
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR
from desktop_app.ui.legend import Legend
from desktop_app.ui.operations import Changes
from desktop_app.ui.outline import ArticleOutline
from desktop_app.ui.page_opening import PageOpening
from desktop_app.ui.reader_view import REMOVE, RETYPE, ReaderView

if TYPE_CHECKING:
    from desktop_app.service import ArticleDetail, Highlight
    from desktop_app.ui import theme as themes
    from desktop_app.ui.highlight_edits import HighlightEdits
    from desktop_app.ui.operations import LibraryHandle, OperationRunner

# The reading pane's narrowest: about 16 characters of its text a line.
READING_MIN_WIDTH = 340

def detail_subheads(detail: ArticleDetail) -> list[str]:
    """The subheads the pane draws, in reading order (those with a known place)."""
    from desktop_app.core.articles import placed

    return [text for text, _ in placed(detail.subhead_places(), len(detail.paragraphs))]


class ReaderPanel(QWidget):
    articleOpened = Signal(object)  # ArticleDetail: another article is shown
    # ArticleDetail: the same article, read again; None: it was removed (the samples)
    articleUpdated = Signal(object)
    highlightAdded = Signal(int)
    highlightClicked = Signal(int)
    entityClicked = Signal(str, str)  # text, type
    entityChartRequested = Signal(str, str)  # text, type: "Mentions over time"
    statusMessage = Signal(str, int)  # text, milliseconds (0: until replaced)

    def __init__(self, runner: OperationRunner, library: LibraryHandle,
                 edits: HighlightEdits, pending: tuple[str, int] = ("", 0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-panel")
        self.runner, self.library, self.edits = runner, library, edits
        self.detail: ArticleDetail | None = None
        self._pending_article, self._pending_scroll = pending  # reopened where it was left
        self._entity_counts: dict[tuple[str, str], int] = {}
        self.view = ReaderView()
        # A column of text a reader can follow, whatever a dock beside it asks for (the
        # legend under it wraps, so it no longer holds the pane this wide by accident).
        self.view.setMinimumWidth(READING_MIN_WIDTH)
        self.view.entity_count = self._entity_count
        self.legend = Legend()
        self.outline = ArticleOutline()  # the subheads beside the pane, when there are any
        self.outline.subheadChosen.connect(self.view.scroll_to_subhead)
        self.page = PageOpening(runner, library, self.view, self)  # "Show on Page"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page.bar)
        row = QHBoxLayout()
        row.setSpacing(0)
        row.addWidget(self.view, 1)
        row.addWidget(self.outline)
        layout.addLayout(row, 1)
        layout.addWidget(self.legend)
        self.banner_host = layout  # the write-failure banner goes on top
        self._rows = layout
        self.selection_label = QLabel()  # the window shows it in its status bar
        self.selection_label.setObjectName("selection-label")
        self.legend.layersChanged.connect(self.view.set_layers)
        view = self.view
        view.highlightRequested.connect(self.highlight_selection)
        view.highlightClicked.connect(self.highlightClicked)
        view.highlightRecolourRequested.connect(self._recolour)
        view.highlightDeleteRequested.connect(self._delete)
        view.entityClicked.connect(self.entityClicked)
        view.entityChartRequested.connect(self.entityChartRequested)
        view.entityCorrection.connect(self.correct_entity)
        view.splitFixRequested.connect(self.fix_split)
        runner.libraryChanged.connect(self._on_library_changed)

    # -- reading --------------------------------------------------------------------------
    def open_article(self, article_id: str | None, scroll: int | None = 0) -> None:
        service = self.library.service
        if not article_id or service is None:
            return
        if self.detail is not None and self.detail.id == article_id:
            return
        if self._pending_article == article_id:
            scroll, self._pending_scroll = self._pending_scroll, 0
        self._pending_article = ""
        self._show(service.article(article_id), scroll)

    def _show(self, detail: ArticleDetail, scroll: int | None) -> None:
        switched = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        # The outline first: showing or hiding it changes the pane's width, and so the
        # height of the text a scroll position (restored on start) refers to.
        self.outline.set_subheads(detail_subheads(detail))
        self.page.article_shown(detail)
        self._rows.activate()
        self.view.show_article(detail, scroll)
        self._update_selection_label()
        (self.articleOpened if switched else self.articleUpdated).emit(detail)

    def reload(self) -> None:
        """Read the open article again (its annotations or names changed)."""
        from desktop_app.service import LibraryError, NotFoundError

        service = self.library.service
        if self.detail is None or service is None:
            return
        try:
            detail = service.article(self.detail.id)
        except NotFoundError:
            # Gone while this was reading it: keep showing what was read, unless the
            # library no longer has it at all (the sample pages were removed).
            if not service.has_article(self.detail.id):
                self.close_article()
            return
        except LibraryError:
            return  # unreadable: keep showing what was read
        self._show(detail, None)

    def close_article(self) -> None:
        """Show no article (the one shown was removed from the library)."""
        self.detail = self.view.detail = None
        self.outline.set_subheads([])
        self.page.article_shown(None)
        self.view.redraw()
        self._update_selection_label()
        self.articleUpdated.emit(None)

    def _on_library_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.entities or changes.library:
            self._entity_counts.clear()
        # The pane shows the text, its names and the highlights; not the note or the tags.
        shown = changes.highlights or changes.entities or changes.library
        if shown and self.detail is not None and changes.touches(self.detail.id):
            self.reload()

    def scroll_to_highlight(self, highlight_id: int) -> None:
        highlight = self._highlight(highlight_id)
        if highlight is not None:
            self.view.scroll_to_offset(highlight.start)

    def _highlight(self, highlight_id: int) -> Highlight | None:
        highlights = self.detail.highlights if self.detail is not None else []
        return next((h for h in highlights if h.id == highlight_id), None)

    def _entity_count(self, text: str, entity_type: str) -> int:
        # By key, as a click lists them: 吉利 counts the articles naming 吉利汽车 too.
        service = self.library.service
        if (text, entity_type) not in self._entity_counts and service is not None:
            key = service.name_key_of(text, entity_type)
            self._entity_counts[text, entity_type] = service.entity_article_count(key=key)
        return self._entity_counts.get((text, entity_type), 0)

    # -- annotating -----------------------------------------------------------------------
    def highlight_selection(self, colour: str = DEFAULT_HIGHLIGHT_COLOR) -> None:
        selection = self.view.selected_range()
        service = self.library.service
        if self.detail is None or service is None or selection is None:
            self.statusMessage.emit(self.tr("Select some text to highlight first"), 4000)
            return
        article_id, (start, end) = self.detail.id, selection
        self.runner.write(
            lambda: service.add_highlight(article_id, start, end, color=colour),
            Changes.of_article(article_id, highlights=True), initiator=self, owner=self,
            done=lambda highlight: self.highlightAdded.emit(highlight.id))

    def _recolour(self, highlight_id: int, colour: str) -> None:
        highlight = self._highlight(highlight_id)
        if highlight is not None:
            self.edits.recolour(highlight, colour)

    def _delete(self, highlight_id: int) -> None:
        highlight = self._highlight(highlight_id)
        if highlight is not None:
            self.edits.delete(highlight)

    def correct_entity(self, text: str, entity_type: str, how: str) -> None:
        """Mark ``text`` as a name of ``entity_type`` everywhere (ADD), change the type it
        was recognised with (RETYPE), or say it is no name (REMOVE)."""
        service = self.library.service
        if not text or service is None:
            return
        if how == REMOVE:
            def work() -> None:
                service.correct_entity(text, remove=True)
        else:
            def work() -> None:
                service.correct_entity(text, type=entity_type, retype=how == RETYPE)
        self.runner.write(work, Changes(entities=True), owner=self, done=lambda _none:
                          self.statusMessage.emit(
                              self.tr("Correction saved; it applies to every article"), 5000))

    def fix_split(self, action: str, offset: int = 0, kind: str = "") -> None:
        """Merge, split, retitle or change the kind of the open article, undoably
        (ui/split_fixes.py); the article the fix leaves is shown."""
        if self.detail is None or self.library.service is None:
            return
        from desktop_app.ui.split_fixes import FixSplit
        from desktop_app.ui.undo import perform

        command = FixSplit(self.runner, self.library, self.edits.stack, self.detail.id,
                           action, offset, kind)
        perform(command, done=lambda shown: self.open_article(shown))

    # -- what the status bar and the title say --------------------------------------------
    def _update_selection_label(self) -> None:
        d = self.detail
        if d is None:
            self.selection_label.clear()
            return
        self.selection_label.setText(
            self.tr("%1 · %2 numbers · %3 names · %4 highlights")
            .replace("%1", d.title if len(d.title) <= 24 else d.title[:23] + "…")
            .replace("%2", str(len(d.numbers))).replace("%3", str(len(d.entities)))
            .replace("%4", str(len(d.highlights)))
        )

    def title(self) -> str:
        return f"{APP_DISPLAY_NAME} — {self.detail.title}" if self.detail else APP_DISPLAY_NAME

    # -- look and language ----------------------------------------------------------------
    def set_theme(self, theme: themes.Theme) -> None:
        self.view.set_theme(theme)
        self.legend.set_theme(theme)
        self.outline.set_theme(theme)
        self.page.set_theme(theme)

    def retranslate(self) -> None:
        self.legend.retranslate()
        self.outline.retranslate()
        self.page.retranslate()
        if self.detail is not None:
            self.view.redraw()
            self._update_selection_label()
