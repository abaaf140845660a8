"""Newspaper pages as PDF, made with Qt's ``QPdfWriter`` and the system's CJK font, with
the gold (what a reader sees on the page) known by construction.

Draws the pages of :mod:`tests.helpers.newspaper_issue`: the header band above a rule,
and the body placed like a compositor does: each article's headline runs across all its
columns, the byline sits under the headline, and the body flows down the columns,
balanced. Photos are an image object with their small caption under them.

Used by the PDF tests (tests/core/reading, tests/reliability), bench/pdf.py and
``scripts/make_selftest_pdf.py``; nothing here is shipped.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.newspaper_issue import (
    GoldArticle,
    GoldPage,
    PageSpec,
    PhotoSpec,
    StorySpec,
    random_paper,
)

BODY_FONT = "Noto Serif CJK SC"
HEAD_FONT = "Noto Sans CJK SC"
PAGE_W, PAGE_H = 842.0, 1191.0  # A3 in points (the writer works at 72 dpi)
MARGIN = 36.0
GUTTER = 12.0
BAND_H = 64.0


# -- rendering ---------------------------------------------------------------------------

class _Writer:
    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
        from PySide6.QtWidgets import QApplication

        # A QApplication (not a QGuiApplication): the test run shares one application,
        # and the window tests that come later need widgets.
        self.app = QApplication.instance() or QApplication([])
        self.pdf = QPdfWriter(str(path))
        self.pdf.setResolution(72)
        self.pdf.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
        self.pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.pdf.setCreator("xiangyue tests")
        self.painter = QPainter(self.pdf)
        self._fonts: dict[tuple[str, float, bool], object] = {}

    def font(self, family: str, size: float, bold: bool = False):
        from PySide6.QtGui import QFont, QFontMetricsF

        key = (family, size, bold)
        if key not in self._fonts:
            font = QFont(family)
            font.setPixelSize(max(1, round(size)))
            font.setBold(bold)
            self._fonts[key] = (font, QFontMetricsF(font))
        return self._fonts[key]

    def text(self, x: float, baseline: float, text: str, family: str, size: float,
             bold: bool = False) -> None:
        font, _metrics = self.font(family, size, bold)
        self.painter.setFont(font)
        self.painter.drawText(x, baseline, text)  # type: ignore[call-overload]

    def width(self, text: str, family: str, size: float, bold: bool = False) -> float:
        return self.font(family, size, bold)[1].horizontalAdvance(text)

    def wrap(self, text: str, width: float, family: str, size: float, indent: int = 0
             ) -> list[str]:
        """Greedy character wrap (Chinese breaks anywhere), first line indented."""
        metrics = self.font(family, size)[1]
        lines: list[str] = []
        line, used = "", indent * size
        for ch in text:
            w = metrics.horizontalAdvance(ch)
            if line and used + w > width:
                lines.append(line)
                line, used = "", 0.0
            line += ch
            used += w
        if line:
            lines.append(line)
        return lines

    def rule(self, x0: float, y: float, x1: float, width: float = 1.0) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPen

        self.painter.setPen(QPen(_black(), width))
        self.painter.drawLine(QPointF(x0, y), QPointF(x1, y))

    def photo(self, x: float, y: float, w: float, h: float) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QImage

        image = QImage(32, 24, QImage.Format.Format_RGB32)
        image.fill(QColor(150, 160, 170))
        self.painter.drawImage(QRectF(x, y, w, h), image)

    def new_page(self) -> None:
        self.pdf.newPage()

    def close(self) -> None:
        self.painter.end()


def _black():
    from PySide6.QtGui import QColor

    return QColor(0, 0, 0)


def _page_label(spec: PageSpec) -> tuple[str, str]:
    """(as printed in the band, as the gold's page number)."""
    number = f"{spec.number:02d}"
    return ([number, f"第{number}版", f"{number}版"][spec.page_format % 3], number)


def render(path: str | Path, specs: list[PageSpec]) -> list[GoldPage]:
    """Write ``specs`` as a PDF at ``path``; returns each page's gold."""
    writer = _Writer(Path(path))
    golds: list[GoldPage] = []
    try:
        for i, spec in enumerate(specs):
            if i:
                writer.new_page()
            golds.append(_render_page(writer, spec))
    finally:
        writer.close()
    return golds


def _render_page(w: _Writer, spec: PageSpec) -> GoldPage:
    y, m, d = spec.date
    weekday = "一二三四五六日"[_weekday(y, m, d)]
    printed, number = _page_label(spec)
    gold = GoldPage(date=f"{y:04d}-{m:02d}-{d:02d}", page=number, editor=spec.editor,
                    section=spec.section)
    band_y = MARGIN + 20
    w.text(MARGIN, band_y, f"{y}年{m}月{d}日 星期{weekday}", HEAD_FONT, 11)
    sec_w = w.width(spec.section, HEAD_FONT, 20, True)
    w.text((PAGE_W - sec_w) / 2, band_y + 4, spec.section, HEAD_FONT, 20, True)
    num_w = w.width(printed, HEAD_FONT, 14, True)
    w.text(PAGE_W - MARGIN - num_w, band_y, printed, HEAD_FONT, 14, True)
    w.text(MARGIN, band_y + 20, f"责任编辑 {spec.editor}", HEAD_FONT, 9)
    w.rule(MARGIN, MARGIN + BAND_H - 12, PAGE_W - MARGIN, 1.5)

    top = MARGIN + BAND_H
    col_w = (PAGE_W - 2 * MARGIN - (spec.columns - 1) * GUTTER) / spec.columns
    heights = [top] * spec.columns
    bottom = PAGE_H - MARGIN
    for item in spec.items:
        span = min(item.span, spec.columns)
        # The leftmost run of ``span`` columns whose tallest column is lowest.
        start = min(range(spec.columns - span + 1),
                    key=lambda c: (max(heights[c:c + span]), c))
        y0 = max(heights[start:start + span])
        x0 = MARGIN + start * (col_w + GUTTER)
        width = span * col_w + (span - 1) * GUTTER
        if isinstance(item, PhotoSpec):
            article, y1 = _place_photo(w, item, x0, y0, width, spec.body_size, bottom)
        else:
            article, y1 = _place_story(w, item, spec, x0, y0, width, col_w, span, bottom)
            while article is None and len(item.paragraphs) > 1 and not (
                    item.continued_to or item.continued_from):
                # Shorten the story to fill what is left of the page, as a subeditor does.
                item.paragraphs = item.paragraphs[:-1]
                article, y1 = _place_story(w, item, spec, x0, y0, width, col_w, span, bottom)
        if article is None:
            continue
        gold.articles.append(article)
        if isinstance(item, StorySpec) and item.photo is not None:
            gold.articles.append(GoldArticle("photo_caption", "", [item.photo[0]],
                                             byline=item.photo[1]))
        for c in range(start, start + span):
            heights[c] = y1 + 14
        if y1 + 14 < bottom:
            w.rule(x0, y1 + 6, x0 + width, 0.5)
    return gold


def _weekday(y: int, m: int, d: int) -> int:
    import datetime

    return datetime.date(y, m, d).weekday()


def _place_photo(w: _Writer, item: PhotoSpec, x0: float, y0: float, width: float,
                 body: float, bottom: float) -> tuple[GoldArticle | None, float]:
    size = round(body * 0.85, 1)
    lines = w.wrap(f"{item.caption}  {item.credit}", width, HEAD_FONT, size)
    h = width * 0.6
    need = h + 6 + len(lines) * size * 1.45
    if y0 + need > bottom:
        return None, y0
    w.photo(x0, y0, width, h)
    y = y0 + h + 6
    for line in lines:
        y += size * 1.45
        w.text(x0, y, line, HEAD_FONT, size)
    return GoldArticle("photo_caption", "", [item.caption], byline=item.credit), y


def _place_story(w: _Writer, item: StorySpec, spec: PageSpec, x0: float, y0: float,
                 width: float, col_w: float, span: int, bottom: float
                 ) -> tuple[GoldArticle | None, float]:
    body = spec.body_size
    lead = body * 1.6
    head = item.head_size if span > 1 or item.head_size <= 22 else 22.0
    # Everything above the body: kicker, headline (wrapped across the span), deck, byline.
    heads: list[tuple[str, str, float, bool]] = []
    kicker, deck = round(head * 0.55, 1), round(head * 0.6, 1)
    if item.kicker:
        heads.extend((line, HEAD_FONT, kicker, False)
                     for line in w.wrap(item.kicker, width, HEAD_FONT, kicker * 1.02))
    heads.extend((line, HEAD_FONT, head, True)
                 for line in w.wrap(item.title, width, HEAD_FONT, head * 1.02))
    if item.deck:
        heads.extend((line, HEAD_FONT, deck, False)
                     for line in w.wrap(item.deck, width, HEAD_FONT, deck * 1.02))
    marker_from = f"（上接第{item.continued_from}版）" if item.continued_from else ""
    marker_to = f"（下转第{item.continued_to}版）" if item.continued_to else ""
    paragraphs = item.paragraphs[:item.cut] if item.continued_to else item.paragraphs
    body_lines: list[tuple[str, bool]] = []  # (text, right-aligned)
    if marker_from:
        body_lines.append((marker_from, False))
    for paragraph in paragraphs:
        for k, line in enumerate(w.wrap(paragraph, col_w, BODY_FONT, body, indent=2)):
            body_lines.append((("\u3000\u3000" if k == 0 else "") + line, False))
    if marker_to:
        body_lines.append((marker_to, True))
    head_h = sum(size * 1.35 for _t, _f, size, _b in heads) + 8
    byline_h = lead + 4 if item.byline else 0
    photo_h = 0.0
    caption_lines: list[str] = []
    cap_size = round(body * 0.85, 1)
    if item.photo:
        caption_lines = w.wrap(f"{item.photo[0]}  {item.photo[1]}", width, HEAD_FONT, cap_size)
        photo_h = width * 0.45 + 6 + len(caption_lines) * cap_size * 1.45 + 10
    per_col = -(-len(body_lines) // span)
    if y0 + head_h + byline_h + photo_h + per_col * lead > bottom:
        return None, y0
    y = y0
    for text, family, size, bold in heads:
        y += size * 1.35
        w.text(x0, y - size * 0.25, text, family, size, bold)
    y += 8
    if item.byline:
        y += lead
        w.text(x0, y, item.byline, HEAD_FONT, body)
        y += 4
    if item.photo:
        ph = width * 0.45
        w.photo(x0, y + 4, width, ph)
        cy = y + 4 + ph + 6
        for line in caption_lines:
            cy += cap_size * 1.45
            w.text(x0, cy, line, HEAD_FONT, cap_size)
        y = cy + 10
    y_end = y
    for c in range(span):
        cx = x0 + c * (col_w + GUTTER)
        cy = y
        for text, right in body_lines[c * per_col:(c + 1) * per_col]:
            cy += lead
            x = cx + col_w - w.width(text, BODY_FONT, body) if right else cx
            w.text(x, cy, text, BODY_FONT, body)
        y_end = max(y_end, cy)
    kind = "continuation" if item.continued_from else "article"
    article = GoldArticle(kind, item.title, list(paragraphs), kicker=item.kicker,
                          deck=item.deck, byline=item.byline,
                          marker=marker_from or marker_to)
    return article, y_end


def paper(path: str | Path, seed: int, pages: int = 2, columns: list[int] | None = None,
          **options: bool) -> list[GoldPage]:
    """Make a random issue and write it; returns the gold of each page."""
    return render(path, random_paper(seed, pages, columns, **options))
