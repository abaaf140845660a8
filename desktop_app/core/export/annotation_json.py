"""W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/): write and read.

Every highlight becomes an ``Annotation`` whose target carries a ``TextQuoteSelector``
(exact text with prefix and suffix, which survives small changes) and a
``TextPositionSelector`` (offsets, exact when nothing changed). An article's note and
tags become one annotation targeting the article itself. The article is identified by
its id, the content hash of its page and its title, so another library holding the same
page can find it even if its ids differ.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import TextIO, TypeAlias

from desktop_app import APP_DISPLAY_NAME, __version__
from desktop_app.core.export.annotation_json_reader import (
    ARTICLE_URN,
    NS,
    ArticleRef,
    ImportedArticleNote,
    ImportedHighlight,
    read_annotations,
)
from desktop_app.core.export.model import ExportArticle, ExportFormat, ExportHighlight

__all__ = [
    "ArticleRef", "ImportedArticleNote", "ImportedHighlight", "annotation_id",
    "read_annotations", "write_annotations_json",
]

# What ``json.dumps`` writes; keys such as ``xiangyue:articleId`` are built from ``NS``,
# so the annotation objects are typed as JSON objects rather than as TypedDicts.
JsonValue: TypeAlias = (
    "str | int | float | bool | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)
JsonObject: TypeAlias = dict[str, JsonValue]

CONTEXT: list[JsonValue] = ["http://www.w3.org/ns/anno.jsonld", {NS: "urn:xiangyue:ns:"}]
_ID_NAMESPACE = uuid.UUID("9b6c2f4e-3d0a-5e1b-8c7d-6a5f4e3d2c1b")


def annotation_id(article_id: str, start: int, end: int, quote: str) -> str:
    """The same highlight gets the same id in every library and every export.

    Identity is what was marked, not how it looks: colour and note may change later
    without making it a different annotation.
    """
    key = f"{article_id}\x1f{start}\x1f{end}\x1f{quote}"
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, key)}"


def article_resource(article: ExportArticle) -> JsonObject:
    resource: JsonObject = {
        "id": ARTICLE_URN + article.id,
        "type": "Text",
        "format": "text/plain",
        "language": "zh",
        f"{NS}:articleId": article.id,
        f"{NS}:pageHash": article.page_hash,
        f"{NS}:title": article.title,
    }
    for key, value in (("date", article.date), ("page", article.page),
                       ("sourceFile", article.source_path)):
        if value:
            resource[f"{NS}:{key}"] = value
    return resource


def _note_body(note: str, purpose: str = "commenting") -> JsonObject:
    return {"type": "TextualBody", "purpose": purpose, "format": "text/markdown",
            "language": "zh", "value": note}


def highlight_annotation(
    article: ExportArticle, highlight: ExportHighlight, resource: JsonObject
) -> JsonObject:
    annotation: JsonObject = {
        "id": annotation_id(article.id, highlight.start, highlight.end, highlight.quote),
        "type": "Annotation",
        "motivation": "commenting" if highlight.note else "highlighting",
    }
    if highlight.created:
        annotation["created"] = highlight.created
    if highlight.updated:
        annotation["modified"] = highlight.updated
    if highlight.note:
        annotation["body"] = [_note_body(highlight.note)]
    annotation[f"{NS}:color"] = highlight.color
    annotation["target"] = {
        "type": "SpecificResource",
        "source": resource,
        "styleClass": highlight.color,
        "selector": [
            {"type": "TextQuoteSelector", "exact": highlight.quote,
             "prefix": highlight.prefix, "suffix": highlight.suffix},
            {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end},
        ],
    }
    return annotation


def article_annotation(article: ExportArticle, resource: JsonObject) -> JsonObject:
    bodies = [_note_body(article.note)] if article.note else []
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": tag}
               for tag in article.tags]
    return {
        "id": f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, 'article' + chr(0x1f) + article.id)}",
        "type": "Annotation",
        "motivation": "commenting" if article.note else "tagging",
        "body": bodies,
        "target": resource,
    }


def annotations_of(article: ExportArticle) -> Iterator[JsonObject]:
    resource = article_resource(article)
    if article.note or article.tags:
        yield article_annotation(article, resource)
    for highlight in article.highlights:
        yield highlight_annotation(article, highlight, resource)


def write_annotations_json(articles: Iterable[ExportArticle], out: TextIO) -> int:
    """An ``AnnotationCollection`` written item by item; returns the number of annotations.

    ``total`` comes last because it is only known at the end; JSON objects are unordered.
    """
    head: JsonObject = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": f"{APP_DISPLAY_NAME} export",
        "generator": {"id": "urn:xiangyue:app", "type": "Software",
                      "name": f"{APP_DISPLAY_NAME} {__version__}"},
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
    out.write(',\n "first": {"type": "AnnotationPage", "startIndex": 0, "items": [')
    total = 0
    for article in articles:
        for annotation in annotations_of(article):
            out.write(",\n  " if total else "\n  ")
            out.write(json.dumps(annotation, ensure_ascii=False))
            total += 1
    out.write(f"\n ]}},\n \"total\": {total}\n}}\n")
    return total


def export_annotations_json(articles: Iterable[ExportArticle], out: TextIO, _title: str,
                            _companions: Sequence[TextIO] = ()) -> int:
    """The registered writer: returns the number of annotations."""
    return write_annotations_json(articles, out)


FORMAT = ExportFormat("json", "W3C Web Annotation JSON", "json", export_annotations_json)
