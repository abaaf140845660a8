"""Builds the QTextDocument of one article: header, then one block per paragraph.

Body paragraphs are inserted as plain runs through a QTextCursor (no HTML parsing), so
document position ``body_start + offset`` is exactly ``offset`` in ArticleDetail.text,
moved on only by the subhead blocks drawn above it (``Rendered.offsets``, a
:class:`~desktop_app.ui.reader_offsets.BodyMap`), and every span, highlight and
selection maps back without searching. Building the document this way is also faster
than setHtml with the same spans (bench/startup.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from desktop_app.core.articles import kicker_and_deck, placed
from desktop_app.core.vocabulary import number_layer
from desktop_app.ui import theme as themes
from desktop_app.ui.reader_offsets import BodyMap
from desktop_app.ui.reader_runs import Run, runs
from desktop_app.ui.reading_look import DEFAULT_LOOK, ReadingLook

HIGHLIGHT_ID_PROPERTY = int(QTextFormat.Property.UserProperty) + 1


SUBHEAD_PROPERTY = int(QTextFormat.Property.UserProperty) + 2  # on a subhead's block


@dataclass
class Rendered:
    document: QTextDocument
    body_start: int
    offsets: BodyMap = field(default_factory=lambda: BodyMap(0))
    # document position where each subhead drawn starts, in reading order (the outline)
    subheads: list[tuple[str, int]] = field(default_factory=list)


def visible_spans(detail, layers: Collection[str]):
    numbers = [n for n in detail.numbers if number_layer(n.kind) in layers]
    entities = [e for e in detail.entities if e.type in layers]
    highlights = [h for h in detail.highlights if "highlights" in layers and not h.orphan]
    return numbers, entities, highlights


class _Formats:
    """Char formats per look, built once per render and copied when an anchor is needed."""

    def __init__(self, theme: themes.Theme):
        self.theme = theme
        self.cache: dict[tuple, QTextCharFormat] = {}

    def get(self, number_kind: str | None, entity_type: str | None, color: str | None):
        key = (number_kind, entity_type, color)
        fmt = self.cache.get(key)
        if fmt is None:
            fmt = self.cache[key] = self._build(*key)
        return fmt

    def _build(self, number_kind, entity_type, color) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self.theme.text))
        if number_kind:
            fmt.setForeground(QColor(self.theme.numbers[number_layer(number_kind)]))
            fmt.setBackground(QColor(self.theme.number_tint))
            fmt.setFontWeight(QFont.Weight.DemiBold)
        elif entity_type:
            fmt.setForeground(QColor(self.theme.entities[entity_type]))
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(self.theme.entities[entity_type]))
        if color:
            fmt.setBackground(QColor(self.theme.highlights.get(color, "#fff59d")))
        return fmt


def _run_format(run: Run, numbers, entities, highlights, formats: _Formats) -> QTextCharFormat:
    number = numbers[run.number] if run.number is not None else None
    entity = entities[run.entity] if run.entity is not None else None
    highlight = highlights[run.highlight] if run.highlight is not None else None
    base = formats.get(
        number.kind if number else None,
        entity.type if entity and not number else None,
        highlight.color if highlight else None,
    )
    if number is not None:
        href = f"xy:n/{run.number}"
    elif entity is not None:
        href = f"xy:e/{run.entity}"
    elif highlight is not None:
        href = f"xy:h/{highlight.id}"
    else:
        return base  # plain text: no link
    fmt = QTextCharFormat(base)
    fmt.setAnchor(True)
    fmt.setAnchorHref(href)
    if highlight is not None:
        fmt.setProperty(HIGHLIGHT_ID_PROPERTY, highlight.id)
    return fmt


# A page's number as a header printed it (第06版, 06版): the line says 第…版 itself.
_PRINTED_PAGE = re.compile(r"^第\s*|\s*版$")


def _meta_line(detail, kind_label: Callable[[str], str]) -> str:
    parts = [detail.date or ""]
    if detail.page:
        page = QCoreApplication.translate("ReaderDocument", "Page %1")
        parts.append(page.replace("%1", _PRINTED_PAGE.sub("", str(detail.page)) or detail.page))
    if detail.section:
        parts.append(detail.section)
    parts.append(kind_label(detail.kind))
    return "  ·  ".join(p for p in parts if p)


def build(
    detail,
    theme: themes.Theme,
    layers: Collection[str],
    point_size: float,
    kind_label: Callable[[str], str] = str,
    look: ReadingLook = DEFAULT_LOOK,
) -> Rendered:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDefaultFont(themes.reading_font(point_size, look.family))
    doc.setDocumentMargin(24)
    cursor = QTextCursor(doc)
    muted = QTextCharFormat()
    muted.setForeground(QColor(theme.muted))

    def block(top: float, bottom: float, indent: float = 0.0, height: int = 140):
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setTextIndent(indent)
        fmt.setLineHeight(height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return fmt

    def header_line(text: str, font: QFont, colour: str, bottom: float, first=False):
        fmt = QTextCharFormat()
        fmt.setFont(font)
        fmt.setForeground(QColor(colour))
        if first:
            cursor.setBlockFormat(block(0, bottom))
            cursor.setBlockCharFormat(fmt)
        else:
            cursor.insertBlock(block(0, bottom), fmt)
        cursor.insertText(text, fmt)

    px = point_size * 4 / 3  # points to pixels at 96 dpi; used only for margins
    kicker, deck = kicker_and_deck(detail.subtitle, detail.kicker)
    subtitle_font = themes.heading_font(point_size * 1.05, QFont.Weight.Normal)
    if kicker:  # as the paper prints it: over the headline
        header_line(kicker, subtitle_font, theme.muted, px * 0.25, True)
    header_line(detail.title, themes.heading_font(point_size * 1.65), theme.text, px * 0.5,
                not kicker)
    if deck:
        header_line(deck, subtitle_font, theme.muted, px * 0.4)
    byline = "  ".join(p for p in (detail.byline, detail.dateline) if p)
    if byline:
        header_line(byline, themes.reading_font(point_size * 0.92, look.family), theme.muted,
                    px * 0.2)
    header_line(_meta_line(detail, kind_label),
                themes.reading_font(point_size * 0.85, look.family),
                theme.muted, px * 1.2)

    numbers, entities, highlights = visible_spans(detail, layers)
    formats = _Formats(theme)
    heads = placed(detail.subhead_places(), len(detail.paragraphs))
    body_fmt = block(0, px * look.paragraph_spacing, px * 2, look.line_height)
    subhead_fmt = block(px * 0.9, px * 0.45, 0, 125)
    subhead_char = QTextCharFormat()
    subhead_char.setFont(themes.heading_font(point_size * 1.12))
    subhead_char.setForeground(QColor(theme.text))
    drawn: list[tuple[str, int]] = []

    def subhead(text: str) -> None:
        # Its own block, outside the article text: BodyMap accounts for its characters.
        fmt = QTextBlockFormat(subhead_fmt)
        fmt.setProperty(SUBHEAD_PROPERTY, len(drawn))
        cursor.insertBlock(fmt, subhead_char)
        drawn.append((text, cursor.position()))
        cursor.insertText(text, subhead_char)

    body_start = -1
    for index, paragraph_runs in enumerate(
        runs(detail.text, detail.paragraphs, numbers, entities, highlights)
    ):
        for text in (text for text, before in heads if before == index):
            subhead(text)
        cursor.insertBlock(body_fmt, formats.get(None, None, None))
        if body_start < 0:
            body_start = cursor.position()
        for run in paragraph_runs:
            fmt = _run_format(run, numbers, entities, highlights, formats)
            cursor.insertText(detail.text[run.start:run.end], fmt)
    for text in (text for text, before in heads if before >= len(detail.paragraphs)):
        subhead(text)
    if body_start < 0:
        body_start = doc.characterCount() - 1
    return Rendered(doc, body_start, BodyMap.of(body_start, detail.paragraphs, heads), drawn)
