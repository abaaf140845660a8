"""Reading Web Annotation JSON back, from Xiangyue or from other tools.

Tolerant in what it accepts (a collection, a page, a list or a single annotation;
bodies and selectors as one object or a list), strict in what it keeps: a highlight
needs a quote, an article note needs an article.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, TypeAlias, TypeGuard

from desktop_app.core.reading.user_files import (
    BadJsonError,
    UnreadableFileError,
    decode_utf8,
    parse_json,
    read_bounded,
)
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR

NS = "xiangyue"
ARTICLE_URN = "urn:xiangyue:article:"
# An export holds ~1.1 KB per highlight or note: 64 MB is some 55,000 of them.
MAX_FILE_BYTES = 64 * 2**20


class AnnotationFormatError(ValueError):
    """The file is not Web Annotation JSON this program can use."""


@dataclass(frozen=True)
class ArticleRef:
    """How an annotation names its article; any of the fields may be empty."""

    article_id: str = ""
    page_hash: str = ""
    title: str = ""


@dataclass(frozen=True)
class ImportedHighlight:
    article: ArticleRef
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    color: str = DEFAULT_HIGHLIGHT_COLOR
    note: str = ""
    created: str = ""
    modified: str = ""


@dataclass(frozen=True)
class ImportedArticleNote:
    article: ArticleRef
    note: str = ""
    tags: tuple[str, ...] = ()


Imported = ImportedHighlight | ImportedArticleNote
# A JSON object from the file. Nothing about its values is trusted: each is checked
# with isinstance before use, which typing the values as ``object`` enforces.
JsonObject: TypeAlias = dict[str, object]


def _is_object(value: object) -> TypeGuard[JsonObject]:
    return isinstance(value, dict)  # JSON object keys are always strings


def read_annotation_file(path: str | Path) -> list[Imported]:
    """The annotations in the file ``path``: a regular file of at most
    :data:`MAX_FILE_BYTES` of UTF-8 JSON, or :class:`AnnotationFormatError` saying why not."""
    try:
        text = decode_utf8(read_bounded(path, MAX_FILE_BYTES, "a notes file"), path)
    except UnreadableFileError as exc:
        raise AnnotationFormatError(exc.reason) from None
    return parse_annotations(text)


def read_annotations(source: TextIO) -> list[Imported]:
    try:
        text = source.read()
    except UnicodeDecodeError as exc:
        raise AnnotationFormatError(f"is not UTF-8 text ({exc.reason})") from None
    return parse_annotations(text)


def parse_annotations(text: str) -> list[Imported]:
    try:
        data = parse_json(text)
    except BadJsonError as exc:
        raise AnnotationFormatError(str(exc)) from None
    try:
        items = [parse_annotation(item) for item in _annotation_items(data)]
    except RecursionError:
        # A value nested hundreds deep (json.loads allows ~1,000) can still overflow
        # the stack when it is turned into a string here.
        raise AnnotationFormatError("is nested too deeply to be read") from None
    return [item for item in items if item is not None]


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _annotation_items(data: object) -> list[JsonObject]:
    if isinstance(data, list):
        return [d for d in data if _is_object(d)]
    if not _is_object(data):
        raise AnnotationFormatError("expected a JSON object or list")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    if kind == "AnnotationPage":
        return [d for d in _as_list(data.get("items")) if _is_object(d)]
    if kind == "AnnotationCollection":
        first = data.get("first")
        if _is_object(first):
            return _annotation_items(first)
        return []
    raise AnnotationFormatError("no Web Annotation collection, page or annotation found")


def article_ref(target: object) -> ArticleRef:
    source = target.get("source", target) if _is_object(target) else target
    if isinstance(source, str):
        article_id = source.removeprefix(ARTICLE_URN) if source.startswith(ARTICLE_URN) else ""
        return ArticleRef(article_id=article_id)
    if not _is_object(source):
        return ArticleRef()
    article_id = str(source.get(f"{NS}:articleId") or "")
    if not article_id and str(source.get("id", "")).startswith(ARTICLE_URN):
        article_id = str(source["id"]).removeprefix(ARTICLE_URN)
    return ArticleRef(
        article_id=article_id,
        page_hash=str(source.get(f"{NS}:pageHash") or ""),
        title=str(source.get(f"{NS}:title") or source.get("title") or ""),
    )


def _bodies(annotation: JsonObject, purpose: str) -> list[str]:
    values: list[str] = []
    for body in _as_list(annotation.get("body")):
        if isinstance(body, str):
            # A bare string body is a link to a resource in the model, not text.
            continue
        if (_is_object(body) and body.get("type") == "TextualBody"
                and body.get("purpose", "commenting") == purpose
                and isinstance(value := body.get("value"), str)):
            values.append(value)
    return values


def _selectors(target: JsonObject) -> dict[str, JsonObject]:
    found: dict[str, JsonObject] = {}
    for selector in _as_list(target.get("selector")):
        if _is_object(selector) and isinstance(kind := selector.get("type"), str):
            found.setdefault(kind, selector)
    return found


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def parse_annotation(annotation: JsonObject) -> Imported | None:
    """One annotation, or None when it holds nothing this program can use."""
    if annotation.get("type") != "Annotation":
        return None
    targets = [t for t in _as_list(annotation.get("target")) if isinstance(t, dict | str)]
    if not targets:
        return None
    target = targets[0]
    ref = article_ref(target)
    selectors = _selectors(target) if _is_object(target) else {}
    quote = selectors.get("TextQuoteSelector")
    if quote is None:
        note = "\n\n".join(_bodies(annotation, "commenting"))
        tags = tuple(_bodies(annotation, "tagging"))
        return ImportedArticleNote(ref, note, tags) if (note or tags) else None
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        return None
    position = selectors.get("TextPositionSelector", {})
    color = annotation.get(f"{NS}:color") or (
        target.get("styleClass") if _is_object(target) else None)
    return ImportedHighlight(
        article=ref,
        exact=exact,
        prefix=str(quote.get("prefix") or ""),
        suffix=str(quote.get("suffix") or ""),
        start=_int_or_none(position.get("start")),
        end=_int_or_none(position.get("end")),
        color=color if isinstance(color, str) and color else DEFAULT_HIGHLIGHT_COLOR,
        note="\n\n".join(_bodies(annotation, "commenting")),
        created=str(annotation.get("created") or ""),
        modified=str(annotation.get("modified") or ""),
    )
