"""Newspaper pages as PDF, made with Qt's ``QPdfWriter`` and the system's CJK font, with
the gold (what a reader sees on the page) known by construction.

A page has a header band (date, section, page number, editor) above a rule, and a body
of 1–6 columns. Articles are placed like a compositor does: each takes 1–3 columns, its
headline (with an optional kicker above and deck below) runs across all of them, the
byline sits under the headline, and the body flows down the columns, balanced. Photos
(an image object) carry a small caption ending in a credit (``… 摄``). A story may stop
with ``（下转第N版）`` and go on, under its headline repeated with ``（上接第M版）``, on a
later page.

Used by the PDF tests (tests/core/reading, tests/reliability), bench/pdf.py and
``scripts/make_selftest_pdf.py``; nothing here is shipped.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

BODY_FONT = "Noto Serif CJK SC"
HEAD_FONT = "Noto Sans CJK SC"
PAGE_W, PAGE_H = 842.0, 1191.0  # A3 in points (the writer works at 72 dpi)
MARGIN = 36.0
GUTTER = 12.0
BAND_H = 64.0

_SURNAMES = ("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢"
             "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯"
             "邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
_GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰飞鹏辉建国海燕晶婷雪琳斌宇浩凯晨博文"
          "俊雅倩欣怡泽楠")
_SECTIONS = ("要闻", "经济", "综合", "时政", "湘江周刊", "文化", "社会", "产经")


@dataclass
class GoldArticle:
    """What a reader sees: the fields the splitter's ``Article`` has."""

    kind: str  # article | photo_caption | continuation
    title: str
    paragraphs: list[str]
    kicker: str = ""
    deck: str = ""
    byline: str = ""
    marker: str = ""  # the continuation marker printed with it

    @property
    def text(self) -> str:
        return "".join(self.paragraphs)


@dataclass
class GoldPage:
    date: str  # ISO
    page: str  # as the number is printed, without 第/版
    editor: str
    section: str
    articles: list[GoldArticle] = field(default_factory=list)


@dataclass
class StorySpec:
    title: str
    paragraphs: list[str]
    span: int = 1  # columns
    kicker: str = ""
    deck: str = ""
    byline: str = ""
    photo: tuple[str, str] | None = None  # (caption, credit) printed above the body
    continued_to: int | None = None  # page number: the story stops after ``cut`` paragraphs
    cut: int = 0
    continued_from: int | None = None
    head_size: float = 24.0


@dataclass
class PhotoSpec:
    caption: str
    credit: str
    span: int = 1


@dataclass
class PageSpec:
    number: int
    columns: int
    date: tuple[int, int, int]
    section: str
    editor: str
    items: list[StorySpec | PhotoSpec]
    body_size: float = 10.0
    page_format: int = 0  # how the header band prints the page number


def _texts() -> list[str]:
    """Body paragraphs of the seed pages (clean ones: prose, not headings or credits)."""
    paragraphs: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").split("\n"):
            line = raw.strip().replace(",", "，").replace("(", "（").replace(")", "）")
            if (len(line) >= 40 and line[-1] in "。”" and not line.startswith(("#", "*", "▶"))
                    and "摄" not in line[-12:]):
                paragraphs.append(line)
    return paragraphs


def _name(rng: random.Random) -> str:
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
    return rng.choice(_SURNAMES) + given


def _headline(rng: random.Random, paragraph: str, lo: int = 6, hi: int = 16) -> str:
    clauses = [c for c in re.split(r"[，。；：！？、“”‘’（）《》\s]", paragraph) if lo <= len(c)]
    clause = rng.choice(clauses) if clauses else paragraph[:hi]
    return clause[:hi]


def random_paper(seed: int, pages: int = 2, columns: list[int] | None = None,
                 photos: bool = True, continued: bool = True, dense: bool = False
                 ) -> list[PageSpec]:
    """A made-up issue: ``pages`` pages of 1–6 columns filled with stories and photos
    (``dense``: as many as fit, like a real page of 8,000–15,000 characters)."""
    rng = random.Random(seed)
    corpus = _texts()
    rng.shuffle(corpus)
    cursor = 0

    def take(n: int) -> list[str]:
        nonlocal cursor
        out = [corpus[(cursor + i) % len(corpus)] for i in range(n)]
        cursor += n
        return out

    date = (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
    specs: list[PageSpec] = []
    carry: StorySpec | None = None
    for number in range(1, pages + 1):
        cols = columns[(number - 1) % len(columns)] if columns else rng.randint(1, 6)
        items: list[StorySpec | PhotoSpec] = []
        if carry is not None:
            items.append(carry)
            carry = None
        n_stories = 40 if dense else max(2, min(7, cols + rng.randint(0, 2)))
        for i in range(n_stories):
            paras = take(rng.randint(2, 5))
            span = rng.randint(1, min(3, cols))
            story = StorySpec(
                title=_headline(rng, paras[0]), paragraphs=paras, span=span,
                kicker=_headline(rng, paras[-1], 5, 14) if rng.random() < 0.2 else "",
                deck=("——" + _headline(rng, paras[1], 6, 18)) if rng.random() < 0.2 else "",
                byline=f"本报记者 {_name(rng)}" if rng.random() < 0.7 else "",
                head_size=rng.choice((18.0, 20.0, 22.0, 26.0, 30.0)) if i else 32.0,
            )
            if photos and rng.random() < 0.2:
                story.photo = (_caption(rng, take(1)[0]), f"{_name(rng)} 摄")
            if continued and number < pages and i == 0 and len(paras) >= 3 and carry is None:
                story.continued_to = number + 1
                story.cut = len(paras) - 1
                carry = StorySpec(title=story.title, paragraphs=[], span=1,
                                  continued_from=number, head_size=18.0)
                carry.paragraphs = paras[story.cut:]
            items.append(story)
            if photos and rng.random() < 0.25:
                items.append(PhotoSpec(_caption(rng, take(1)[0]),
                                       f"本报记者 {_name(rng)} 摄", rng.randint(1, min(2, cols))))
        specs.append(PageSpec(
            number=number, columns=cols, date=date, section=rng.choice(_SECTIONS),
            editor=_name(rng), items=items, body_size=rng.choice((9.0, 10.0, 10.5)),
            page_format=rng.randint(0, 2)))
    return specs


def _caption(rng: random.Random, paragraph: str) -> str:
    sentence = re.split(r"(?<=。)", paragraph)[0]
    return sentence if len(sentence) <= 90 else sentence[:60].rstrip("，、；") + "。"


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
