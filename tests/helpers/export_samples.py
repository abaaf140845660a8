"""Small in-memory articles for the exporter tests: hostile text included on purpose."""

from __future__ import annotations

from desktop_app.core.export.model import ExportArticle, ExportHighlight
from desktop_app.core.spans import EntitySpan, NumberSpan

CONTEXT = 32


def highlight(text: str, quote: str, color: str = "yellow", note: str = "",
              occurrence: int = 0) -> ExportHighlight:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    end = start + len(quote)
    return ExportHighlight(
        start=start, end=end, quote=quote, prefix=text[max(0, start - CONTEXT):start],
        suffix=text[end:end + CONTEXT], color=color, note=note,
        created="2025-03-30T08:00:00+00:00", updated="2025-03-30T09:00:00+00:00",
        id=str(start),
    )


def number(text: str, printed: str, kind: str, value: float, unit: str = "") -> NumberSpan:
    start = text.index(printed)
    return NumberSpan(start, start + len(printed), printed, kind, value, None, unit)


def entity(text: str, name: str, kind: str) -> EntitySpan:
    start = text.index(name)
    return EntitySpan(start, start + len(name), name, kind)


# One figure of each kind, with ranges and qualifiers, for the tests of how values read.
NUMBER_TEXT = ("营收约8520亿元，增长25%以上，占比5%至10%，近80家企业，年发电5亿度，"
               "用了两年多，提高1.1个百分点，近七成，损耗3‰，三至五成。")

HOSTILE_TEXT = (
    "2024年,全省绿色智能计算产业规模达8520亿元,同比增长19.2%。\n"
    "黄利飞在长沙说:<script>alert('article')</script> 与 <img src=x onerror=alert(1)> 都是文字。\n"
    "# 不是标题 *也不是强调* | 表格 | & 符号 [链接](javascript:alert(2))\n"
    "1. 不是列表 -5% 与 =SUM(A1) 照印。"
)


def hostile_article() -> ExportArticle:
    text = HOSTILE_TEXT
    return ExportArticle(
        id="a1b2c3d4e5f60718",
        title="绿色智能计算 <b>湖南</b> & “下一程”: CON",
        text=text,
        date="2025-03-30",
        page="04",
        section="要闻",
        source_path="000_f5f77dfa578cba18.txt",
        page_hash="f5f77dfa578cba18" * 4,
        note="我的笔记 <script>alert('note')</script>\n\n![追踪](http://tracker.example/p.png)"
             "\n\n[危险](javascript:alert(3)) [安全](https://example.org) &nbsp; **粗体**",
        tags=("算力", "湖南"),
        highlights=(
            highlight(text, "全省绿色智能计算产业规模达8520亿元", "yellow", "规模 <img src=y>"),
            highlight(text, "<script>alert('article')</script>", "green"),
            highlight(text, "# 不是标题 *也不是强调* | 表格 | & 符号", "blue",
                      "=HYPERLINK(\"http://x\")\n第二行"),
            highlight(text, "1. 不是列表 -5%", "pink", "- 列表项\n- 另一项"),
        ),
        numbers=(
            number(text, "8520亿元", "money", 852_000_000_000, "元"),
            number(text, "19.2%", "percent", 0.192, "%"),
            number(text, "-5%", "percent", -0.05, "%"),
        ),
        entities=(
            entity(text, "黄利飞", "PER"),
            entity(text, "长沙", "LOC"),
        ),
    )


def plain_article(index: int, highlights: int = 3) -> ExportArticle:
    text = "".join(f"第{index}篇第{i}句,产值增长{i}%。" for i in range(highlights + 2))
    return ExportArticle(
        id=f"plain{index:011d}",
        title=f"普通文章 {index}",
        text=text,
        date="2025-03-31",
        page="02",
        page_hash=f"{index:064x}",
        note=f"第{index}篇的笔记" if index % 2 else "",
        tags=("样例",) if index % 3 == 0 else (),
        highlights=tuple(highlight(text, f"第{index}篇第{i}句") for i in range(highlights)),
    )
