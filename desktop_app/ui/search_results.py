"""The live search results list: title, date and a snippet with the hits marked.

Apart from the search field (search_box.py) so that the window's first frame does not
import the model and delegate classes; the results page is built after that frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from desktop_app.ui import theme as themes
from desktop_app.ui.labels import kind_label
from desktop_app.ui.reader_runs import escape
from desktop_app.ui.roles import ARTICLE_ID_ROLE, SEARCH_HIT_ROLE

Index = QModelIndex | QPersistentModelIndex


def snippet_html(hit, theme: themes.Theme) -> str:
    """Snippet with the matched ranges marked; everything else escaped."""
    from desktop_app.ui.hit_marks import HIT_COLOURS

    parts, last = [], 0
    # The hit colour of the reading pane (not a highlight colour), with the theme's text.
    mark = HIT_COLOURS[theme.dark][0]
    for start, end in sorted(hit.snippet_hits):
        if start < last:
            continue
        parts.append(escape(hit.snippet[last:start]))
        parts.append(f'<span style="background:{mark}; color:{theme.text}">'
                     f'{escape(hit.snippet[start:end])}</span>')
        last = end
    parts.append(escape(hit.snippet[last:]))
    return "".join(parts)


class SearchResultModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list = []
        self.query = ""

    def set_hits(self, query: str, hits: Sequence) -> None:
        self.beginResetModel()
        self.query = query
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        if role == ARTICLE_ID_ROLE:
            return hit.article_id
        if role == SEARCH_HIT_ROLE:
            return hit
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Draws a result as a bold title line, a muted date/kind line and the snippet."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.theme = themes.LIGHT

    def _document(self, option, index, meta_colour: str | None = None):
        # Imported on the first result drawn: QTextDocument and QStyle bring large enums
        # that the first frame does not need.
        from PySide6.QtGui import QTextDocument

        hit = index.data(SEARCH_HIT_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(6)
        meta = " · ".join(p for p in (hit.date or "", kind_label(hit.kind)) if p)
        doc.setHtml(
            f"<div style='font-weight:600'>{escape(hit.title)}</div>"
            f"<div style='color:{meta_colour or self.theme.muted}; font-size:small'>"
            f"{escape(meta)}</div>"
            f"<div>{snippet_html(hit, self.theme)}</div>"
        )
        doc.setTextWidth(max(80, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        from PySide6.QtGui import QAbstractTextDocumentLayout
        from PySide6.QtWidgets import QStyle

        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = option.palette.color(role)
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        # On the selection colour the muted grey of the date line would all but vanish.
        doc = self._document(option, index, text_colour.name() if selected else None)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_colour)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 300
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 4)
