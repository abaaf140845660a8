"""An article's subheads in the exports: ``##`` headings in Markdown, escaped ``<h3>`` in
HTML, each above the highlights made under it, in reading order."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from desktop_app.core.export.html_export import write_html
from desktop_app.core.export.markdown_export import article_markdown
from desktop_app.core.export.model import ExportArticle, ExportHighlight

TEXT = "长沙新开工项目120个。\n项目涵盖先进制造等领域。\n今年新建服务站30个。"
XHTML = "{http://www.w3.org/1999/xhtml}"


def _article(subheads: tuple[tuple[str, int], ...]) -> ExportArticle:
    def mark(words: str) -> ExportHighlight:
        start = TEXT.index(words)
        return ExportHighlight(start, start + len(words), words)

    return ExportArticle(id="a-1", title="长沙重点项目建设提速", text=TEXT,
                         highlights=(mark("服务站"), mark("新开工"), mark("先进制造")),
                         subheads=subheads)


def test_markdown_writes_each_subhead_as_a_heading_above_its_highlights() -> None:
    md = article_markdown(_article((("一、抓项目 稳增长", 1), ("【服务*跟着*需求走】", 2))))
    lines = md.splitlines()
    order = [i for i, line in enumerate(lines) for key in
             ("## 标注", "> 新开工", "## 一、抓项目 稳增长", "> 先进制造", "## 【服务", "> 服务站")
             if line.startswith(key)]
    assert order == sorted(order) and len(order) == 6
    # A subhead's own text is literal: its asterisks are no emphasis.
    assert r"## 【服务\*跟着\*需求走】" in lines


def test_markdown_without_subheads_is_as_before() -> None:
    md = article_markdown(_article(()))
    assert md.count("## ") == 1 and "## 标注" in md


def test_html_writes_subheads_as_escaped_h3_in_reading_order() -> None:
    out = io.StringIO()
    write_html([_article((("<b>抓项目</b> & 稳增长", 1),))], out, title="导出")
    root = ET.fromstring(out.getvalue().removeprefix("<!DOCTYPE html>\n"))
    section = root.find(f".//{XHTML}section")
    assert section is not None
    heads = [(e.tag.removeprefix(XHTML), "".join(e.itertext())) for e in section
             if e.tag.removeprefix(XHTML) in ("h2", "h3")]
    assert heads == [("h2", "标注"), ("h3", "<b>抓项目</b> & 稳增长")]
    quotes = ["".join(q.itertext()) for q in section.iter(f"{XHTML}blockquote")]
    assert quotes == ["新开工", "服务站", "先进制造"]  # in the order given, within a section
    assert section.find(f".//{XHTML}b") is None
