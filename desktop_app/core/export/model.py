"""The plain values every exporter consumes, and the record an exporter declares itself by.

Articles are built by ``desktop_app.service_export`` from the library service's records,
so exporters neither know the storage schema nor depend on how the service names things.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from desktop_app.core.spans import EntitySpan, NumberSpan
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR


@dataclass(frozen=True)
class ExportHighlight:
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    color: str = DEFAULT_HIGHLIGHT_COLOR
    note: str = ""
    created: str = ""  # ISO 8601
    updated: str = ""  # ISO 8601
    id: str = ""


@dataclass(frozen=True)
class ExportArticle:
    """One article with everything the user attached to it."""

    id: str
    title: str
    text: str = ""
    date: str | None = None
    page: str | None = None
    section: str | None = None
    kind: str = "article"
    source_path: str = ""
    page_hash: str = ""  # content hash of the page file: identifies the page on any computer
    note: str = ""
    tags: tuple[str, ...] = ()
    highlights: tuple[ExportHighlight, ...] = ()
    numbers: tuple[NumberSpan, ...] = ()
    entities: tuple[EntitySpan, ...] = field(default_factory=tuple)
    # (subhead, paragraph it stands before), those with a known place, in reading order
    subheads: tuple[tuple[str, int], ...] = ()

    def section_of(self, highlight: ExportHighlight) -> int:
        """The subhead section a highlight falls in (0: before the first subhead)."""
        paragraph = self.text.count("\n", 0, highlight.start)
        return sum(1 for _, before in self.subheads if before <= paragraph)

    def mentioned(self, entity_type: str) -> list[str]:
        """Distinct names of one entity type, in order of first mention."""
        seen: dict[str, None] = {}
        for span in self.entities:
            if span.type == entity_type:
                seen.setdefault(span.text, None)
        return list(seen)

    def numbers_within(self, start: int, end: int) -> list[NumberSpan]:
        return [n for n in self.numbers if n.start >= start and n.end <= end]

    @property
    def notes_and_highlights(self) -> int:
        return len(self.highlights) + bool(self.note.strip())


# (articles, the main stream, the export's title, companion streams) -> items written.
# Companions are the extra files of ``ExportFormat.companions``, absent when the export
# goes to one stream (standard output, the dialog's preview).
Writer = Callable[[Iterable[ExportArticle], TextIO, str, Sequence[TextIO]], int]


@dataclass(frozen=True)
class ExportFormat:
    """What an exporter module declares (its ``FORMAT``), listed in ``formats.py``."""

    id: str  # the value of `xiangyue export --format` and the key of the dialog's choice
    name: str  # in English, for `xiangyue export --help`
    extension: str  # of the file written, without the dot
    write: Writer
    encoding: str = "utf-8"  # "utf-8-sig" starts the file (and standard output) with a BOM
    newline: str = "\n"
    # Paths of extra files written beside the main one (CSV: its numbers table).
    companions: tuple[Callable[[Path], Path], ...] = ()
    # One standalone document per article, for an export split into one file each.
    per_article: Callable[[ExportArticle], str] | None = None

    def files(self, path: Path) -> list[Path]:
        return [path, *(companion(path) for companion in self.companions)]


class Counted:
    """Passes articles through, counting their notes and highlights."""

    def __init__(self, articles: Iterable[ExportArticle]) -> None:
        self._articles = articles
        self.items = 0

    def __iter__(self) -> Iterator[ExportArticle]:
        for article in self._articles:
            self.items += article.notes_and_highlights
            yield article
