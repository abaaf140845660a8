"""Export, note import and backup as the GUI and the CLI both call them.

:class:`ExportService` wraps a :class:`LibraryService`: it resolves what the user chose
(a scope) into article ids, turns each article into a plain :class:`ExportArticle` in
batches, and hands that stream to a Qt-free exporter writing straight to the file, so
memory does not grow with the library.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop_app.core.articles import placed
from desktop_app.core.export.filenames import UniqueNames, article_file_stem, safe_filename
from desktop_app.core.export.files import atomic_text_file, check_overwrite
from desktop_app.core.export.formats import export_format
from desktop_app.core.export.model import ExportArticle, ExportFormat, ExportHighlight
from desktop_app.core.export.scope import ExportScope
from desktop_app.service_notes_import import NoteImporter, NoteImportReport
from desktop_app.storage.db import now
from desktop_app.storage.records import ArticleDetail, ArticleRow

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

BATCH = 100  # articles fetched per round trip; bounds memory, not correctness
Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportRequest:
    format: str  # an id of core/export/formats.py
    scope: ExportScope = field(default_factory=ExportScope)
    destination: Path | None = None  # a file; a folder for an export split into files
    split: bool = False  # one file per article (formats with ``per_article`` only)
    # Leave out articles the user never touched (no note, highlight or tag); a picked
    # article is always included.
    only_annotated: bool = True

    def __post_init__(self) -> None:
        export_format(self.format)  # ValueError for an unknown one

    @property
    def export_format(self) -> ExportFormat:
        return export_format(self.format)

    @property
    def splits(self) -> bool:
        return self.split and self.export_format.per_article is not None

    @property
    def title(self) -> str:
        return f"湘阅笔记 · {self.scope.label()}"


@dataclass(frozen=True)
class ExportResult:
    files: list[Path]
    articles: int
    items: int  # highlights and notes (annotations for JSON, rows for CSV)


class ExportService:
    """Everything goes through ``library`` (its connection, lock and error messages)."""

    def __init__(self, library: LibraryService, batch_size: int = BATCH) -> None:
        self.library = library
        self.batch_size = batch_size

    def close(self) -> None:
        """Nothing of its own to close (the library is the caller's); kept for callers."""

    # -- which articles -------------------------------------------------------------

    def resolve(self, scope: ExportScope, *, only_annotated: bool = False) -> list[str]:
        ids = self._scope_ids(scope)
        if not only_annotated or _picked(scope):
            return ids
        return [row.id for row in self._rows(ids) if _annotated(row)]

    def _scope_ids(self, scope: ExportScope) -> list[str]:
        if _picked(scope):
            return list(dict.fromkeys(scope.article_ids))
        if scope.kind == "tag":
            return self.library.article_ids(tag=scope.tag)
        if scope.kind == "search":
            return [hit.article_id for hit in self.library.search(scope.query or "", limit=None)]
        return self.library.article_ids()

    def _rows(self, ids: Sequence[str]) -> list[ArticleRow]:
        rows: list[ArticleRow] = []
        for first in range(0, len(ids), 500):
            rows += self.library.article_rows(ids[first:first + 500])
        return rows

    def request_ids(self, request: ExportRequest) -> list[str]:
        return self.resolve(request.scope, only_annotated=request.only_annotated)

    def articles(self, ids: Sequence[str], progress: Progress | None = None
                 ) -> Iterator[ExportArticle]:
        """``ExportArticle`` values for ``ids``, fetched ``batch_size`` at a time."""
        for first in range(0, len(ids), self.batch_size):
            batch = ids[first:first + self.batch_size]
            hashes = self.library.page_hashes(batch)
            for offset, article_id in enumerate(batch):
                if progress is not None and progress(first + offset, len(ids)) is False:
                    raise ExportCancelled
                yield to_export_article(self.library.article(article_id),
                                        hashes.get(article_id, ""))
        if progress is not None:
            progress(len(ids), len(ids))

    # -- writing --------------------------------------------------------------------

    def planned_files(self, request: ExportRequest, ids: Sequence[str] | None = None
                      ) -> list[Path]:
        """Every file the export would create, to ask before overwriting any of them."""
        dest = request.destination
        if dest is None:
            return []
        if request.splits:
            ids = self.request_ids(request) if ids is None else ids
            return [dest / name for name in
                    _file_names(self._rows(ids), request.export_format.extension).values()]
        return request.export_format.files(dest)

    def _split_plan(self, request: ExportRequest) -> tuple[list[str], dict[str, str]]:
        """The ids a one-file-per-article export writes and each one's file name, from
        one fetch of the rows (which also tells the annotated articles apart)."""
        ids = self._scope_ids(request.scope)
        rows = self._rows(ids)
        if request.only_annotated and not _picked(request.scope):
            rows = [row for row in rows if _annotated(row)]
            ids = [row.id for row in rows]
        return ids, _file_names(rows, request.export_format.extension)

    def export(self, request: ExportRequest, *, force: bool = False,
               progress: Progress | None = None) -> ExportResult:
        """Write the export to ``request.destination``; refuses to overwrite unless ``force``.

        Raises :class:`ExportConflict` (files exist) or :class:`ExportCancelled`.
        """
        if request.destination is None:
            raise ValueError("an export to files needs a destination")
        if request.splits:
            ids, names = self._split_plan(request)
            check_overwrite([request.destination / name for name in names.values()],
                            force=force)
            return self._export_split(request, ids, names, progress)
        ids = self.request_ids(request)
        files = self.planned_files(request, ids)
        check_overwrite(files, force=force)
        fmt = request.export_format
        with contextlib.ExitStack() as stack:
            # Each file appears only once the whole export is written.
            out, *companions = [
                stack.enter_context(atomic_text_file(path, encoding=fmt.encoding,
                                                     newline=fmt.newline))
                for path in files]
            items = fmt.write(self.articles(ids, progress), out, request.title, companions)
        return ExportResult(files, len(ids), items)

    def write(self, request: ExportRequest, out: TextIO,
              articles: Iterator[ExportArticle] | None = None) -> int:
        """One stream (a file, stdout, a preview buffer): the main file only (CSV: the notes
        table)."""
        if articles is None:
            articles = self.articles(self.request_ids(request))
        return request.export_format.write(articles, out, request.title, ())

    def _export_split(self, request: ExportRequest, ids: Sequence[str], names: dict[str, str],
                      progress: Progress | None) -> ExportResult:
        fmt = request.export_format
        document = fmt.per_article
        if request.destination is None or document is None:
            raise ValueError("a split export needs a folder and a format that splits")
        files: list[Path] = []
        items = 0
        for article in self.articles(ids, progress):
            path = request.destination / names[article.id]
            with atomic_text_file(path, encoding=fmt.encoding, newline=fmt.newline) as out:
                out.write(document(article))
            files.append(path)
            items += article.notes_and_highlights
        return ExportResult(files, len(ids), items)

    def preview(self, request: ExportRequest, max_articles: int = 3,
                max_chars: int = 20_000) -> str:
        """The start of what the export would write, for the dialog."""
        ids = self.request_ids(request)[:max_articles]
        out = io.StringIO()
        articles = self.articles(ids)
        document = request.export_format.per_article
        if request.splits and document is not None:
            for article in articles:
                out.write(document(article) + "\n")
        else:
            self.write(request, out, articles)
        text = out.getvalue()
        return text if len(text) <= max_chars else text[:max_chars] + "\n…"

    # -- notes in, library out -------------------------------------------------------

    def import_notes(self, path: str | Path) -> NoteImportReport:
        return NoteImporter(self.library).import_file(path)

    def backup(self, dest: str | Path, *, force: bool = False) -> Path:
        dest = Path(dest)
        if dest.is_dir():
            dest = dest / safe_filename(f"{self.library.path.stem}-{now()[:10]}", "sqlite3")
        check_overwrite([dest], force=force)
        return self.library.backup_to(dest)


def _picked(scope: ExportScope) -> bool:
    """Articles the user picked one by one: exported whether annotated or not."""
    return scope.kind in ("current", "selected")


def _annotated(row: ArticleRow) -> bool:
    return bool(row.note_chars or row.highlight_count or row.tags)


def _file_names(rows: Sequence[ArticleRow], extension: str) -> dict[str, str]:
    """Each article's file in a one-file-per-article export (id → name, in order)."""
    names = UniqueNames()
    return {row.id: names.take(article_file_stem(row.date, row.page, row.title), extension)
            for row in rows}


def to_export_article(detail: ArticleDetail, page_hash: str) -> ExportArticle:
    return ExportArticle(
        id=detail.id, title=detail.title, text=detail.text, date=detail.date,
        page=detail.page, section=detail.section, kind=detail.kind,
        source_path=Path(detail.source_path).name if detail.source_path else "",
        page_hash=page_hash, note=detail.note, tags=tuple(detail.tags),
        highlights=tuple(
            ExportHighlight(start=h.start, end=h.end, quote=h.quote, prefix=h.prefix,
                            suffix=h.suffix, color=h.color, note=h.note, created=h.created,
                            updated=h.updated, id=str(h.id))
            for h in detail.highlights),
        numbers=tuple(detail.numbers), entities=tuple(detail.entities),
        subheads=tuple(placed(detail.subhead_places(), len(detail.paragraphs))),
    )
