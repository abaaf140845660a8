"""HTML export: one self-contained file (embedded CSS, no external resources).

It says what the Markdown export says. Article text (titles, quotes, numbers) is
literal, so it is escaped straight into HTML; the user's notes are Markdown and are
rendered by :mod:`safe_markdown`. Neither path lets active markup through.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TextIO

import markdown

from desktop_app.core.export.markdown_export import (
    HIGHLIGHTS_HEADING,
    NOTE_HEADING,
    NUMBERS_HEADING,
    highlight_byline,
    metadata_items,
)
from desktop_app.core.export.mdtext import nest_headings, neutralise_html
from desktop_app.core.export.model import Counted, ExportArticle, ExportFormat, ExportHighlight
from desktop_app.core.export.safe_markdown import new_renderer, render
from desktop_app.core.export.values import normalised
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLOUR_LIST


def _quote_colours() -> str:
    """One rule per highlight colour; the default one also styles a colour not known here."""
    return "".join(
        f"{'blockquote, ' if c.id == DEFAULT_HIGHLIGHT_COLOR else ''}.color-{c.id} blockquote"
        f" {{ border-color: {c.print_border}; background: {c.print_background}; }}\n"
        for c in HIGHLIGHT_COLOUR_LIST)


# Named fonts first so Chinese renders in a proper Song/Hei face on every platform
# rather than whatever the browser falls back to.
CSS = """
body { max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.75; color: #222;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", serif; }
h1, h2 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC",
  "Microsoft YaHei", "Heiti SC", sans-serif; }
.meta, .byline { color: #666; font-size: 0.9em; }
article { border-top: 1px solid #ccc; padding-top: 1em; margin-top: 2em; }
blockquote { margin: 0.5em 0; padding: 0.2em 1em; border-left: 0.3em solid; }
""" + _quote_colours() + """table { border-collapse: collapse; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.6em; text-align: left; }
@media print { article { break-inside: avoid-page; } }
"""

_CLASS_SAFE = re.compile(r"[^a-z0-9-]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A note without any of these renders in Markdown as its paragraphs and nothing else
# (raw HTML is text in this renderer), so it needs no parser: most notes are plain
# Chinese prose, and the parser costs half a millisecond per note.
_MARKDOWN_SYNTAX = re.compile(r"[\\`*_\[\]#!|~=+\-&:@]|^[ \t>]|^\d+[.)]|  $", re.MULTILINE)


def text(value: str) -> str:
    """Literal text as HTML (article text, titles, quotes: never parsed as Markdown)."""
    return html.escape(_XML_ILLEGAL.sub("", value), quote=False)


def note_html(note: str, renderer: markdown.Markdown, below: int) -> str:
    """A user's Markdown note as safe HTML, its headings ranked under level ``below``."""
    note = note.strip()
    if not _MARKDOWN_SYNTAX.search(note):
        return "\n".join(f"<p>{text(p.strip())}</p>" for p in re.split(r"\n[ \t]*\n", note)
                         if p.strip())
    return render(nest_headings(neutralise_html(note), below), renderer)


def _color_class(color: str) -> str:
    return "color-" + (_CLASS_SAFE.sub("", color.lower()) or "none")


def _numbers_table(article: ExportArticle) -> str:
    rows = "".join(f"<tr><td>{text(n.text)}</td><td>{text(n.kind)}</td>"
                   f"<td>{text(normalised(n))}</td></tr>\n" for n in article.numbers)
    return (f"<h2>{NUMBERS_HEADING}</h2>\n<table>\n<thead><tr><th>原文</th><th>类别</th>"
            f"<th>规范值</th></tr></thead>\n<tbody>\n{rows}</tbody>\n</table>")


def article_html(article: ExportArticle, renderer: markdown.Markdown | None = None) -> str:
    renderer = renderer or new_renderer()
    parts = [f'<article id="a-{html.escape(article.id, quote=True)}">',
             f"<h1>{text(article.title)}</h1>"]
    items = metadata_items(article)
    if items:
        parts.append('<ul class="meta">' + "".join(f"<li>{text(i)}</li>" for i in items)
                     + "</ul>")
    if article.note.strip():
        parts += [f"<h2>{NOTE_HEADING}</h2>", note_html(article.note, renderer, 2)]
    if article.highlights or article.subheads:
        parts.append("<section>")
        if article.highlights:
            parts.append(f"<h2>{HIGHLIGHTS_HEADING}</h2>")
        # The article's subheads head the highlights made under them, in reading order.
        for section in range(len(article.subheads) + 1):
            if section:
                parts.append(f'<h3 class="subhead">{text(article.subheads[section - 1][0])}</h3>')
            for h in article.highlights:
                if article.section_of(h) == section:
                    parts.append(_highlight_html(article, h, renderer))
        parts.append("</section>")
    if article.numbers:
        parts.append(_numbers_table(article))
    parts.append("</article>\n")
    return "\n".join(parts)


def _highlight_html(article: ExportArticle, h: ExportHighlight,
                    renderer: markdown.Markdown) -> str:
    parts = [f'<div class="highlight {_color_class(h.color)}">'
             f"<blockquote><p>{text(h.quote)}</p></blockquote>\n"
             f'<p class="byline">{text(highlight_byline(article, h))}</p>']
    if h.note.strip():
        parts.append(note_html(h.note, renderer, 2))
    parts.append("</div>")
    return "\n".join(parts)


def write_html(articles: Iterable[ExportArticle], out: TextIO, *, title: str) -> int:
    """The whole document, written article by article; returns the number written."""
    out.write(
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">\n<head>\n'
        '<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{text(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<h1 class="export-title">{text(title)}</h1>\n'
    )
    renderer = new_renderer()
    count = 0
    for article in articles:
        out.write(article_html(article, renderer))
        count += 1
    out.write("</body>\n</html>\n")
    return count


def export_html(articles: Iterable[ExportArticle], out: TextIO, title: str,
                _companions: Sequence[TextIO] = ()) -> int:
    """The registered writer: returns the notes and highlights written."""
    counted = Counted(articles)
    write_html(counted, out, title=title)
    return counted.items


FORMAT = ExportFormat("html", "HTML", "html", export_html)
