"""The export formats, in the order the command line and the File → Export menu offer them.

Each exporter module declares its format (``FORMAT``: id, English name, extension, writer,
and its companion files or per-article documents if any); listing it here is all that
the service, the command line and the export dialog need. Its menu name goes in
``ui/labels.py`` (a test checks that every format has one).
"""

from __future__ import annotations

from desktop_app.core.export import annotation_json, csv_export, html_export, markdown_export
from desktop_app.core.export.model import ExportFormat

FORMATS: dict[str, ExportFormat] = {fmt.id: fmt for fmt in (
    markdown_export.FORMAT,
    html_export.FORMAT,
    csv_export.FORMAT,
    annotation_json.FORMAT,
)}


def export_format(format_id: str) -> ExportFormat:
    try:
        return FORMATS[format_id]
    except KeyError:
        raise ValueError(
            f"unknown format {format_id!r}; use one of {', '.join(FORMATS)}") from None


def splittable() -> list[str]:
    """Formats that can write one file per article."""
    return [fmt.id for fmt in FORMATS.values() if fmt.per_article is not None]
