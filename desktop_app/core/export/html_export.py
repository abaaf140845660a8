"""HTML export: one self-contained file (embedded CSS, no external resources).

Each piece is written in Markdown by the Markdown exporter and rendered with
:mod:`safe_markdown`, so the HTML says exactly what the Markdown says and carries no
active markup from article text or notes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import TextIO

import markdown

from desktop_app.core.export.markdown_export import (
    HIGHLIGHTS_HEADING,
    header_markdown,
    highlight_markdown,
    numbers_markdown,
)
from desktop_app.core.export.model import ExportArticle
from desktop_app.core.export.safe_markdown import new_renderer, render, xml_clean

# Named fonts first so Chinese renders in a proper Song/Hei face on every platform
# rather than whatever the browser falls back to.
CSS = """
body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.75; color: #222;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", serif; }
h1, h2 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "Heiti SC", sans-serif; }
article { border-top: 1px solid #ccc; padding-top: 1em; margin-top: 2em; }
blockquote { margin: 0.5em 0; padding: 0.2em 1em; border-left: 0.3em solid #e6c200;
  background: #fffbe6; }
.color-green blockquote { border-color: #3a9d5d; background: #eef8f1; }
.color-blue blockquote { border-color: #3b7dd8; background: #eef4fc; }
.color-red blockquote, .color-pink blockquote { border-color: #d8465b; background: #fdeef0; }
.color-purple blockquote { border-color: #8a5cc7; background: #f4effb; }
.color-orange blockquote { border-color: #e07b22; background: #fdf3ea; }
table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }
@media print { article { break-inside: avoid-page; } }
"""

_CLASS_SAFE = re.compile(r"[^a-z0-9-]")


def _color_class(color: str) -> str:
    return "color-" + (_CLASS_SAFE.sub("", color.lower()) or "none")


def article_html(article: ExportArticle, renderer: markdown.Markdown | None = None) -> str:
    renderer = renderer or new_renderer()
    parts = [f'<article id="a-{html.escape(article.id, quote=True)}">',
             render(header_markdown(article, standalone=False), renderer)]
    if article.highlights:
        parts.append(f"<section><h2>{HIGHLIGHTS_HEADING}</h2>")
        for highlight in article.highlights:
            parts.append(f'<div class="highlight {_color_class(highlight.color)}">')
            parts.append(render(highlight_markdown(article, highlight), renderer))
            parts.append("</div>")
        parts.append("</section>")
    if article.numbers:
        parts.append(render(numbers_markdown(article), renderer))
    parts.append("</article>\n")
    return "\n".join(parts)


def write_html(articles: Iterable[ExportArticle], out: TextIO, *, title: str) -> int:
    """The whole document, written article by article; returns the number written."""
    out.write(
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">\n<head>\n'
        '<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{xml_clean(html.escape(title))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{xml_clean(html.escape(title))}</h1>\n"
    )
    renderer = new_renderer()
    count = 0
    for article in articles:
        out.write(article_html(article, renderer))
        count += 1
    out.write("</body>\n</html>\n")
    return count
