"""The one facade the GUI and the command line share: the user's library.

Every write is its own transaction and returns after it has been committed. Methods
may be called from any thread (one lock serialises use of the connection); an import
(:meth:`LibraryService.import_paths`) writes through a connection of its own.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop_app import paths
from desktop_app.core.filters import NO_FILTERS, Filters
from desktop_app.core.reading.user_files import UnreadableFileError
from desktop_app.core.search.text import parse_query
from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import DEFAULT_HIGHLIGHT_COLOR
from desktop_app.page_files import find_pages  # page_import.expand, without page_import
from desktop_app.service_corrections import migrate_corrections_file
from desktop_app.service_features import ServiceFeatures
from desktop_app.service_guard import ServiceGuard
from desktop_app.service_restore import check_library, library_backups, restore_backup
from desktop_app.service_split_edits import EditError
from desktop_app.storage import (
    annotation_store,
    backups,
    library,
    listing,
    notes_import,
    page_lookup,
    samples,
    search,
    search_index,
)
from desktop_app.storage.db import Database, as_library_failure, now
from desktop_app.storage.errors import (
    CorruptLibraryError,
    DiskFullError,
    LibraryError,
    LibraryIOError,
    LockedLibraryError,
    NewerLibraryError,
    NotFoundError,
    ReadOnlyLibraryError,
    RestoreImpact,
)
from desktop_app.storage.notes_import import ArticleAnnotations, ArticleChanges
from desktop_app.storage.records import (
    ArticleDetail,
    ArticleRow,
    Highlight,
    ImportReport,
    SampleContents,
    SampleRemoval,
    SearchHit,
)

__all__ = [
    "ArticleDetail", "ArticleRow", "CorruptLibraryError", "DiskFullError", "EditError", "Highlight",
    "ImportReport", "LibraryError", "LibraryIOError", "LibraryService", "LockedLibraryError",
    "NewerLibraryError", "NotFoundError", "ReadOnlyLibraryError", "RestoreImpact",
    "SampleContents", "SampleRemoval", "SearchHit", "UnreadableFileError", "check_library",
    "library_backups", "restore_backup",
]

Progress = Callable[[int, int, str], bool]
if TYPE_CHECKING:  # imported by the import methods: its analysis code is not needed to read
    from desktop_app import page_import
ImportStatusCallback = Callable[["page_import.ImportStatus"], bool]
Result = TypeVar("Result")


class LibraryService(ServiceFeatures):  # each feature's methods: service_features.py
    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = ServiceGuard(database.path)
        self.path = database.path
        self.created = database.created  # this open made the file (a first launch)
        # Corrections as last read, and data_version then: reloaded when it changes.
        self._corrections: Corrections | None = None
        self._corrections_version = 0
        self._listings = listing.Listings()  # kept between sorts: storage/listing.py

    @classmethod
    def open(cls, db_path: str | Path | None = None, *, import_seeds: bool = False,
             daily_backup: bool = True) -> LibraryService:
        """Open (creating on first use) the library; with ``import_seeds`` (the window's
        first launch) a new one is given the bundled sample pages, marked as samples.

        Raises a :class:`LibraryError` subclass with a one-line message for a damaged,
        newer-format or locked file; the file itself is never overwritten.
        """
        try:
            path = Path(db_path).expanduser() if db_path else paths.default_library_path()
        except OSError as exc:  # the data folder cannot be created (read-only, no such drive)
            raise LibraryError(paths.HOME_ENV, f"cannot create the data folder "
                               f"{exc.filename} ({exc.strerror or exc})") from None
        database = Database(path)
        service = cls(database)
        try:
            if database.created and import_seeds:
                service.import_samples()
            if daily_backup:
                backups.daily_backup(database.conn, path)
        except sqlite3.DatabaseError as exc:
            database.close()
            raise as_library_failure(path, exc) or LibraryError(path, str(exc)) from None
        migrate_corrections_file(service)
        return service

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> LibraryService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- import ---------------------------------------------------------------------

    def import_paths(self, paths_: Iterable[str | Path], progress: Progress | None = None,
                     *, jobs: int | None = None, status: ImportStatusCallback | None = None,
                     ) -> ImportReport:
        """Import page files and folders; a bad file is reported, the rest goes in.

        Through a connection of its own, without this service's lock, so a thread can
        import while the window reads and writes. ``jobs``: worker processes (None:
        every core for enough files). ``progress`` and ``status``: see
        :func:`desktop_app.page_import.import_files` (False cancels; committed pages stay).
        """
        from desktop_app import page_import  # with its analysis code: not to open or read
        return page_import.import_files(self.path, paths_, progress, jobs=jobs,
                                        status=status)

    def import_samples(self, progress: Progress | None = None) -> ImportReport:
        """The bundled sample pages, marked as samples (a new library in the window;
        nothing when ``XIANGYUE_NO_SEEDS`` is set). ``progress`` as for import_paths;
        through a connection of its own, like import_paths."""
        seeds = paths.new_library_seeds()
        if seeds is None:
            return ImportReport()
        from desktop_app import page_import
        return page_import.import_files(self.path, [seeds], progress, sample=True)

    def samples_cut_short(self) -> bool:
        """Some sample pages are in, not all (a first launch cut short; adds the rest)."""
        seeds = paths.new_library_seeds()
        return seeds is not None and 0 < self.count_samples() < len(find_pages([seeds])[0])

    def count_samples(self) -> int:
        """How many of the bundled sample pages the library holds."""
        return self.read(samples.count_samples)

    def sample_contents(self) -> SampleContents:
        """The sample pages and articles, and the notes, highlights and tags on them."""
        with self._lock:
            return samples.sample_contents(self._db.conn)

    def remove_samples(self, *, keep_annotated: bool = True) -> SampleRemoval:
        """Delete the sample pages in one transaction; an article holding the user's notes,
        highlights or tags is kept (and listed) unless ``keep_annotated`` is False."""
        return self._write(lambda c: samples.remove_samples(c, keep_annotated))

    # -- reading --------------------------------------------------------------------

    def article_ids(self, filters: Filters = NO_FILTERS, *, order: str = "page",
                    **fields: str | None) -> list[str]:
        """Ids in ``order``, narrowed by ``filters`` or its fields as keywords (``tag=…``)."""
        filters = replace(filters, **fields)
        with self._lock:
            return library.article_ids(self._db.conn, order, filters, self._listings)

    def article_rows(self, ids: Sequence[str]) -> list[ArticleRow]:
        with self._lock:
            return library.article_rows(self._db.conn, ids)

    def article(self, article_id: str) -> ArticleDetail:
        with self._lock:
            conn = self._db.conn
            seq, detail = library.article_detail(conn, article_id, self._current_corrections())
            detail.note = annotation_store.get_note(conn, seq)
            detail.tags = annotation_store.article_tags(conn, seq)
            detail.highlights = annotation_store.highlights(conn, seq)
            return detail

    def count_articles(self) -> int:
        return self.read(self._listings.count_articles)

    def kinds(self) -> list[tuple[str, int]]:
        return self.read(library.kinds)

    def read(self, query: Callable[[sqlite3.Connection], Result]) -> Result:
        with self._lock:  # for service_*.py modules (service_charts): one storage query
            return query(self._db.conn)

    def date_range(self) -> tuple[str, str] | None:  # the first and last date, ISO
        return self.read(library.date_range)

    def search(self, query: str, filters: Filters = NO_FILTERS, *, limit: int | None = 50,
               **fields: str | None) -> list[SearchHit]:
        """Articles holding every term of ``query`` and none of its ``-excluded`` ones, best
        first, narrowed by ``filters`` or its fields as keywords. Whitespace separates
        terms, ``"…"`` makes one term; width, case and whitespace inside a term do not
        matter (docs/search.md).

        ``limit=None`` returns every match (ranking all of them; slow for common terms).
        """
        parsed = parse_query(query)
        filters = replace(filters, **fields)
        if not parsed.terms:
            return []
        with self._lock:
            if search_index.needs_flush(self._db.conn):
                # Something outside the app (Datasette, sqlite-utils) changed notes.
                self._write(search_index.flush_user)
            return search.search(self._db.conn, parsed.terms, limit, filters,
                                 parsed.excluded)

    def entity_article_count(self, text: str = "", *, key: str | None = None) -> int:
        with self._lock:  # key: any variant of the name (LOC:湖南 counts 湖南省 too)
            if key is not None:
                return library.entity_key_article_count(self._db.conn, key)
            return library.entity_article_count(self._db.conn, text)

    def entity_variants(self, key: str) -> list[tuple[str, str, int]]:
        """What ``key`` matches: ``(text, type, articles)`` of each variant (湖南省, 湖南)."""
        with self._lock:
            return library.entity_variants(self._db.conn, key)

    def data_version(self) -> int:
        """A number that changes whenever another connection (the command line, an
        import) commits to the library; the window compares it to know when to re-read."""
        with self._lock:
            return self._db.data_version()

    def corrections(self) -> Corrections:
        """The user's corrections to names (a copy: changing it changes nothing)."""
        with self._lock:
            c = self._current_corrections()
            return Corrections(dict(c.added), set(c.removed), dict(c.retyped))

    def _current_corrections(self) -> Corrections:
        # Called with the lock held. A read costs one PRAGMA, not the whole table.
        version = self._db.data_version()
        if self._corrections is None or version != self._corrections_version:
            self._corrections = annotation_store.load_corrections(self._db.conn)
            self._corrections_version = version
        return self._corrections

    # -- writing --------------------------------------------------------------------

    def _write(self, action: Callable[[sqlite3.Connection], Result]) -> Result:
        with self._lock, self._db.transaction() as conn:
            result = action(conn)
            search_index.flush_user(conn)
            return result

    def _seq(self, article_id: str) -> int:
        with self._lock:
            return library.seq_of(self._db.conn, article_id)

    def add_highlight(self, article_id: str, start: int, end: int,
                      color: str = DEFAULT_HIGHLIGHT_COLOR, note: str = "") -> Highlight:
        seq = self._seq(article_id)
        new_id = self._write(lambda c: annotation_store.add_highlight(c, seq, start, end, color,
                                                                 note, now()))
        return self.highlight(new_id)

    def highlight(self, highlight_id: int) -> Highlight:
        with self._lock:
            return annotation_store.get_highlight(self._db.conn, highlight_id)

    def update_highlight(self, highlight_id: int, *, color: str | None = None,
                         note: str | None = None) -> Highlight:
        self._write(lambda c: annotation_store.update_highlight(c, highlight_id, color, note,
                                                                now()))
        return self.highlight(highlight_id)

    def delete_highlight(self, highlight_id: int) -> Highlight:
        """Delete a highlight; returns it so that :meth:`restore_highlight` can undo."""
        gone = self.highlight(highlight_id)
        self._write(lambda c: annotation_store.delete_highlight(c, highlight_id))
        return gone

    def restore_highlight(self, highlight: Highlight) -> Highlight:
        seq = self._seq(highlight.article_id)
        new_id = self._write(lambda c: annotation_store.restore_highlight(c, seq, highlight))
        return self.highlight(new_id)

    def highlights(self, article_id: str) -> list[Highlight]:
        seq = self._seq(article_id)
        with self._lock:
            return annotation_store.highlights(self._db.conn, seq)

    def orphaned_highlights(self) -> list[Highlight]:
        return self.read(annotation_store.orphans)

    def set_note(self, article_id: str, markdown: str) -> None:
        seq = self._seq(article_id)
        self._write(lambda c: annotation_store.set_note(c, seq, markdown, now()))

    def note(self, article_id: str) -> str:
        seq = self._seq(article_id)
        with self._lock:
            return annotation_store.get_note(self._db.conn, seq)

    def tag(self, article_id: str, *tags: str) -> None:
        seq = self._seq(article_id)
        names = [annotation_store.clean_tag(t) for t in tags]
        self._write(lambda c: annotation_store.tag(c, seq, names))

    def untag(self, article_id: str, *tags: str) -> None:
        seq = self._seq(article_id)
        names = [annotation_store.clean_tag(t) for t in tags]
        self._write(lambda c: annotation_store.untag(c, seq, names))

    def all_tags(self) -> list[tuple[str, int]]:
        with self._lock:
            return annotation_store.all_tags(self._db.conn)

    def rename_tag(self, old: str, new: str) -> None:
        """Rename a tag everywhere; when ``new`` already exists the two merge."""
        new = annotation_store.clean_tag(new)
        self._write(lambda c: annotation_store.rename_tag(c, old, new))

    def correct_entity(self, text: str, *, type: str | None = None, remove: bool = False,
                       retype: bool = False) -> None:
        """Make ``text`` an entity of ``type`` everywhere (with ``retype``: only where it
        was recognised), or never one (``remove``), or neither (clear the correction).
        Stored, and applied whenever an article is read; the entity filter and counts
        follow at once."""
        try:
            self._write(lambda c: annotation_store.correct_entity(c, text, type, remove, now(),
                                                                  retype=retype))
        finally:
            self._corrections = None

    def adopt_corrections(self, corrections: Corrections) -> list[str] | None:
        """Store corrections an earlier version kept in a file, once per library: for
        words the library has no correction of yet. Returns the words stored; None when
        this library adopted such corrections before (then nothing is stored)."""
        try:
            return self._write(
                lambda c: annotation_store.adopt_corrections(c, corrections, now()))
        finally:
            self._corrections = None

    # -- for export and note import ---------------------------------------------------

    def page_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The content hash of the page each article came from (the same page has the
        same hash in every library, whatever its file was called)."""
        with self._lock:
            return page_lookup.page_hashes(self._db.conn, article_ids)

    def articles_on_page(self, page_hash: str, title: str) -> list[str]:
        """Ids of the articles with this title on the page with this hash, current first."""
        with self._lock:
            return page_lookup.articles_on_page(self._db.conn, page_hash, title)

    def has_article(self, article_id: str) -> bool:
        with self._lock:
            return page_lookup.article_seq(self._db.conn, article_id) is not None

    def annotations(self, article_id: str) -> ArticleAnnotations:
        """An article's text, highlights, note and tags, read together (note import)."""
        with self._lock:
            conn = self._db.conn
            return notes_import.article_annotations(conn, library.seq_of(conn, article_id))

    def add_annotations(self, article_id: str, changes: ArticleChanges) -> None:
        """Write what a note import planned for one article, in one transaction."""
        seq = self._seq(article_id)
        self._write(lambda c: notes_import.apply_changes(c, seq, changes, now()))

    # -- the file -------------------------------------------------------------------
    def backup_to(self, path: str | Path) -> Path:
        """A consistent copy of the library at ``path`` (SQLite online backup API)."""
        with self._lock:
            try:
                return backups.make_backup(self._db.conn, Path(path))
            except sqlite3.OperationalError as exc:
                # The copy could not be written (a full or read-only destination): a
                # problem of that file, not of the library, so not a LibraryError.
                code = errno.ENOSPC if "full" in str(exc) else errno.EIO
                raise OSError(code, str(exc), str(path)) from None

    def backups(self) -> list[Path]:
        return backups.list_backups(self.path)

    def integrity_check(self) -> str:
        with self._lock:
            return self._db.integrity_check()
