"""The plain values every exporter consumes.

They are built by ``desktop_app.service_export`` from the library service's records, so
exporters neither know the storage schema nor depend on how the service names things.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def mentioned(self, entity_type: str) -> list[str]:
        """Distinct names of one entity type, in order of first mention."""
        seen: dict[str, None] = {}
        for span in self.entities:
            if span.type == entity_type:
                seen.setdefault(span.text, None)
        return list(seen)

    def numbers_within(self, start: int, end: int) -> list[NumberSpan]:
        return [n for n in self.numbers if n.start >= start and n.end <= end]
