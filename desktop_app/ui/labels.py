"""Translated names of kinds, types, colours and export formats; a number's hover card.

The one UI place mapping the ids of core/vocabulary.py and core/export/formats.py to
what a reader sees. Each label is a literal QCoreApplication.translate call so
pyside6-lupdate finds it; every declared id needs one (tests/ui/test_vocabulary_ui.py),
and an id without one shows as itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop_app.core.spans import NumberSpan


def kind_labels() -> dict[str, str]:
    """Keyed by vocabulary.ARTICLE_KINDS."""
    return {
        "article": QCoreApplication.translate("Labels", "Article"),
        "brief": QCoreApplication.translate("Labels", "Brief"),
        "commentary": QCoreApplication.translate("Labels", "Commentary"),
        "photo_caption": QCoreApplication.translate("Labels", "Photo caption"),
        "continuation": QCoreApplication.translate("Labels", "Continuation"),
        "quote_box": QCoreApplication.translate("Labels", "Quote box"),
    }


def entity_labels() -> dict[str, str]:
    """Keyed by vocabulary.ENTITY_TYPES."""
    return {
        "PER": QCoreApplication.translate("Labels", "Person"),
        "LOC": QCoreApplication.translate("Labels", "Place"),
        "ORG": QCoreApplication.translate("Labels", "Organisation"),
    }


def number_labels() -> dict[str, str]:
    """Keyed by vocabulary.NUMBER_KINDS (hover cards) and NUMBER_LAYERS (the legend)."""
    return {
        "money": QCoreApplication.translate("Labels", "Money"),
        "percent": QCoreApplication.translate("Labels", "Percent"),
        "date": QCoreApplication.translate("Labels", "Date"),
        "count": QCoreApplication.translate("Labels", "Count"),
        "measure": QCoreApplication.translate("Labels", "Measure"),
        "ratio": QCoreApplication.translate("Labels", "Ratio"),
        "ordinal": QCoreApplication.translate("Labels", "Ordinal"),
        "other": QCoreApplication.translate("Labels", "Other numbers"),
    }


def highlight_colour_labels() -> dict[str, str]:
    """Keyed by vocabulary.HIGHLIGHT_COLORS."""
    return {
        "yellow": QCoreApplication.translate("Labels", "Yellow"),
        "green": QCoreApplication.translate("Labels", "Green"),
        "blue": QCoreApplication.translate("Labels", "Blue"),
        "pink": QCoreApplication.translate("Labels", "Pink"),
        "purple": QCoreApplication.translate("Labels", "Purple"),
    }


def export_format_labels() -> dict[str, str]:
    """Keyed by the ids of core/export/formats.py, in the order of the export menu."""
    return {
        "md": QCoreApplication.translate("ExportDialog", "Markdown (Obsidian, Typora…)"),
        "html": QCoreApplication.translate("ExportDialog", "HTML page"),
        "csv": QCoreApplication.translate("ExportDialog", "CSV table (Excel)"),
        "json": QCoreApplication.translate("ExportDialog", "Web Annotation JSON (re-importable)"),
    }


def kind_label(kind: str) -> str:
    return kind_labels().get(kind, kind)


def entity_label(entity_type: str) -> str:
    return entity_labels().get(entity_type, entity_type)


def number_label(layer: str) -> str:
    return number_labels().get(layer, layer)


def highlight_colour_label(colour: str) -> str:
    return highlight_colour_labels().get(colour, colour)


def grouped_number(value: float) -> str:
    """852000000000.0 -> '852,000,000,000'; 19.2 -> '19.2' (no float noise): for reading.
    Exports write digits only (core/export/values.plain_number)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def format_number(span: NumberSpan) -> str:
    """The hover card of a number: what it is and its normalised value with unit."""
    # Imported here: the first frame draws labels but no hover card (core.spans is slow).
    from desktop_app.core.export.values import shown_values
    from desktop_app.core.extraction.number_units import READING_MARKS

    head = f"{span.text} · {number_label(span.kind)}"
    if span.iso:
        return f"{head}\n{span.iso}"
    shown, upper = shown_values(span)
    if shown is None:
        return head
    value = grouped_number(shown)
    if upper is not None and upper != shown:
        value = f"{value} – {grouped_number(upper)}"
    unit = f" {span.unit}" if span.unit and span.unit not in READING_MARKS else ""
    approx = f"  ({span.approx})" if span.approx else ""
    return f"{head}\n= {value}{unit}{approx}"
