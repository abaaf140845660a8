"""Markdown export: one file per article (with YAML front matter) or one combined file.

The output is meant for Obsidian and similar tools: front matter holds what a vault
indexes (title, date, tags, names mentioned), the body holds the note, each highlight as
a quote with its colour and note, and the numbers of the article with their values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from desktop_app.core.export.mdtext import (
    blockquote,
    escape_inline,
    escape_text,
    nest_headings,
    neutralise_html,
    table_cell,
    yaml_scalar,
)
from desktop_app.core.export.model import Counted, ExportArticle, ExportFormat, ExportHighlight
from desktop_app.core.export.values import normalised
from desktop_app.core.vocabulary import ENTITY_TYPE_LIST, HIGHLIGHT_COLOUR

NOTE_HEADING = "笔记"
HIGHLIGHTS_HEADING = "标注"
NUMBERS_HEADING = "数字"


def color_name(color: str) -> str:
    known = HIGHLIGHT_COLOUR.get(color)
    return known.chinese if known else color


def front_matter(article: ExportArticle) -> str:
    fields: dict[str, str | list[str] | None] = {
        "title": article.title,
        "article_id": article.id,
        "date": article.date,
        "page": article.page,
        "section": article.section,
        "kind": article.kind,
        "source": article.source_path,
        "page_hash": article.page_hash,
        "tags": list(article.tags),
    }
    for entity in ENTITY_TYPE_LIST:
        fields[entity.export_key] = article.mentioned(entity.id)
    lines = [f"{key}: {yaml_scalar(value)}" for key, value in fields.items()
             if value not in (None, "")]
    return "---\n" + "\n".join(lines) + "\n---\n"


def metadata_items(article: ExportArticle) -> list[str]:
    """Plain-text lines describing the article where front matter cannot be used."""
    where = " · ".join(x for x in (article.date, article.page and f"第{article.page}版",
                                    article.section) if x)
    items = [where, article.source_path and f"来源：{article.source_path}"]
    if article.tags:
        items.append("标签：" + "、".join(article.tags))
    for entity in ENTITY_TYPE_LIST:
        names = article.mentioned(entity.id)
        if names:
            items.append(f"{entity.chinese}：" + "、".join(names))
    return [item for item in items if item]


def _metadata_list(article: ExportArticle) -> str:
    # In a combined file only the first front matter would count, so each article's
    # metadata is a visible list instead.
    return "".join(f"- {escape_text(item)}\n" for item in metadata_items(article))


def highlight_byline(article: ExportArticle, highlight: ExportHighlight) -> str:
    """Plain text: the colour, and each number inside the passage with its value."""
    byline = f"— {color_name(highlight.color)}标注"
    cited = article.numbers_within(highlight.start, highlight.end)
    if cited:
        byline += " · 数字：" + "；".join(f"{n.text} = {normalised(n) or n.kind}"
                                         for n in cited)
    return byline


def highlight_markdown(article: ExportArticle, highlight: ExportHighlight) -> str:
    parts = [blockquote(escape_text(highlight.quote)),
             escape_inline(highlight_byline(article, highlight))]
    if highlight.note.strip():
        parts.append(nest_headings(neutralise_html(highlight.note.strip(), links=True), 2))
    return "\n\n".join(parts) + "\n"


def numbers_table(article: ExportArticle) -> str:
    rows = ["| 原文 | 类别 | 规范值 |", "| --- | --- | --- |"]
    rows += [f"| {table_cell(n.text)} | {n.kind} | {table_cell(normalised(n))} |"
             for n in article.numbers]
    return "\n".join(rows) + "\n"


def header_markdown(article: ExportArticle, *, standalone: bool = True) -> str:
    """Title, metadata and the article note: everything before the highlights."""
    sections = [front_matter(article)] if standalone else []
    sections.append(f"# {escape_text(article.title)}\n")
    if not standalone:
        sections.append(_metadata_list(article))
    if article.note.strip():
        note = nest_headings(neutralise_html(article.note.strip(), links=True), 2)
        sections.append(f"## {NOTE_HEADING}\n\n{note}\n")
    return "\n".join(sections)


def numbers_markdown(article: ExportArticle) -> str:
    return f"## {NUMBERS_HEADING}\n\n{numbers_table(article)}" if article.numbers else ""


def article_markdown(article: ExportArticle, *, standalone: bool = True) -> str:
    """The Markdown of one article; ``standalone`` adds YAML front matter (one file each)."""
    sections = [header_markdown(article, standalone=standalone)]
    if article.highlights:
        sections.append(f"## {HIGHLIGHTS_HEADING}\n")
    # The article's subheads head the highlights made under them, in reading order.
    for section in range(len(article.subheads) + 1):
        if section:
            sections.append(f"## {escape_text(article.subheads[section - 1][0])}\n")
        sections += [highlight_markdown(article, h) for h in article.highlights
                     if article.section_of(h) == section]
    if article.numbers:
        sections.append(numbers_markdown(article))
    return "\n".join(sections)


def write_markdown(articles: Iterable[ExportArticle], out: TextIO, *, title: str) -> int:
    """One combined document, written article by article; returns the number written."""
    out.write(f"---\ntitle: {yaml_scalar(title)}\n---\n\n")
    count = 0
    for article in articles:
        if count:
            out.write("\n---\n\n")
        out.write(article_markdown(article, standalone=False))
        count += 1
    return count


def export_markdown(articles: Iterable[ExportArticle], out: TextIO, title: str,
                    _companions: Sequence[TextIO] = ()) -> int:
    """The registered writer: one combined document; returns its notes and highlights."""
    counted = Counted(articles)
    write_markdown(counted, out, title=title)
    return counted.items


def standalone_markdown(article: ExportArticle) -> str:
    return article_markdown(article, standalone=True)


FORMAT = ExportFormat("md", "Markdown", "md", export_markdown, per_article=standalone_markdown)
