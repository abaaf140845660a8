"""Export of notes and highlights (Markdown, HTML, CSV, W3C Web Annotation JSON).

No Qt and no SQL here: exporters take :class:`ExportArticle` values one at a time and
write to a text file object, so memory stays flat however large the library is. Each
exporter module declares its :class:`~desktop_app.core.export.model.ExportFormat`;
``formats.py`` lists them.
"""
