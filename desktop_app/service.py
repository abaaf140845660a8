"""The one facade the GUI and the command line share: the user's library.

Every write is its own transaction and returns after it has been committed. Methods
may be called from any thread (one lock serialises use of the connection);
:meth:`LibraryService.import_paths` opens a connection of its own, so a worker thread
can import while the window keeps reading and writing through this service.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from desktop_app import paths
from desktop_app.core.reading.pages import PageError
from desktop_app.core.reading.user_files import UnreadableFileError
from desktop_app.core.search.text import query_terms
from desktop_app.core.spans import Corrections
from desktop_app.storage import annotation_store, backups, importer, library, search, search_index
from desktop_app.storage.db import Database, as_damage, damage_reported, now
from desktop_app.storage.errors import (
    CorruptLibraryError,
    LibraryError,
    LockedLibraryError,
    NewerLibraryError,
    NotFoundError,
)
from desktop_app.storage.records import (
    ArticleDetail,
    ArticleRow,
    Highlight,
    ImportReport,
    SearchHit,
)

__all__ = [
    "ArticleDetail", "ArticleRow", "CorruptLibraryError", "Highlight", "ImportReport",
    "LibraryError", "LibraryService", "LockedLibraryError", "NewerLibraryError",
    "NotFoundError", "SearchHit", "UnreadableFileError", "restore_backup",
]

Progress = Callable[[int, int, str], bool]


def restore_backup(library_path: str | Path, backup: str | Path) -> Path:
    """Put an automatic backup in place of a damaged library (see CorruptLibraryError).

    The damaged file is moved aside, never deleted; returns where it went. A backup that
    cannot be copied (:class:`UnreadableFileError` for a named pipe, a device or a link
    to one; ``OSError``) leaves everything where it was.
    """
    return backups.restore_backup(Path(library_path), Path(backup))


class _Guard:
    """The lock every service method holds while it uses the connection.

    On its way out it also turns SQLite's report of a damaged file into
    :class:`CorruptLibraryError` (with the backups to restore), so damage met by any
    query mid-session reaches the window as the same message as on open.
    """

    def __init__(self, path: Path) -> None:
        self._lock = threading.RLock()
        self._path = path

    def __enter__(self) -> None:
        self._lock.acquire()

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._lock.release()
        damage = as_damage(self._path, exc) if exc is not None else None
        if damage is not None:
            raise damage from exc


class LibraryService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._lock = _Guard(database.path)
        self.path = database.path

    @classmethod
    def open(cls, db_path: str | Path | None = None, *, import_seeds: bool = True,
             daily_backup: bool = True) -> LibraryService:
        """Open (creating on first use) the library; a new one gets the bundled seeds.

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
            if database.created and import_seeds and paths.seeds_dir().is_dir():
                service.import_paths([paths.seeds_dir()])
            if daily_backup:
                backups.daily_backup(database.conn, path)
        except sqlite3.DatabaseError as exc:
            database.close()
            raise CorruptLibraryError(path, str(exc), backups.list_backups(path)) from None
        return service

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> LibraryService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- import ---------------------------------------------------------------------

    def import_paths(self, paths_: Iterable[str | Path], progress: Progress | None = None
                     ) -> ImportReport:
        """Import page files and folders; a bad file is reported, the rest goes in."""
        files = importer.expand(paths_)
        report = ImportReport()
        worker = Database(self.path)
        try:
            for done, path in enumerate(files):
                if progress is not None and progress(done, len(files), path.name) is False:
                    report.cancelled = True
                    break
                try:
                    # No service lock here (the window keeps reading while a worker
                    # imports), so damage met by the import is reported on its own.
                    with damage_reported(self.path):
                        report.merge(importer.import_page(worker, path))
                except PageError as exc:
                    report.errors.append(str(exc))
                except (ValueError, KeyError, IndexError, sqlite3.IntegrityError) as exc:
                    report.errors.append(f"{path.name}: could not be imported ({exc})")
            else:
                if progress is not None:
                    progress(len(files), len(files), "")
        finally:
            worker.close()
        return report

    # -- reading --------------------------------------------------------------------

    def article_ids(self, *, tag: str | None = None, kind: str | None = None,
                    date_from: str | None = None, date_to: str | None = None,
                    entity: str | None = None, order: str = "page") -> list[str]:
        with self._lock:
            return library.article_ids(self._db.conn, order, tag=tag, kind=kind,
                                       date_from=date_from, date_to=date_to, entity=entity)

    def article_rows(self, ids: Sequence[str]) -> list[ArticleRow]:
        with self._lock:
            return library.article_rows(self._db.conn, ids)

    def article(self, article_id: str) -> ArticleDetail:
        with self._lock:
            conn = self._db.conn
            detail = library.article_detail(conn, article_id, self.corrections())
            seq = library.seq_of(conn, article_id)
            detail.note = annotation_store.get_note(conn, seq)
            detail.tags = annotation_store.article_tags(conn, seq)
            detail.highlights = annotation_store.highlights(conn, seq)
            return detail

    def count_articles(self) -> int:
        with self._lock:
            return library.count_articles(self._db.conn)

    def kinds(self) -> list[tuple[str, int]]:
        with self._lock:
            return library.kinds(self._db.conn)

    def search(self, query: str, *, tag: str | None = None, kind: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               entity: str | None = None, limit: int | None = 50) -> list[SearchHit]:
        """Articles holding every whitespace-separated term of ``query``, best first.

        ``limit=None`` returns every match (ranking all of them; slow for common terms).
        """
        terms = query_terms(query)
        if not terms:
            return []
        with self._lock:
            if search_index.needs_flush(self._db.conn):
                # Something outside the app (Datasette, sqlite-utils) changed notes.
                self._write(search_index.flush_user)
            return search.search(self._db.conn, terms, limit, tag=tag, kind=kind,
                                 date_from=date_from, date_to=date_to, entity=entity)

    def entity_article_count(self, text: str) -> int:
        with self._lock:
            return self._db.conn.execute(
                "SELECT count(DISTINCT article_seq) FROM article_entities WHERE text = ?",
                (text,)).fetchone()[0]

    def corrections(self) -> Corrections:
        with self._lock:
            return annotation_store.load_corrections(self._db.conn)

    # -- writing --------------------------------------------------------------------

    def _write(self, action: Callable[[sqlite3.Connection], object]) -> object:
        with self._lock, self._db.transaction() as conn:
            result = action(conn)
            search_index.flush_user(conn)
            return result

    def _seq(self, article_id: str) -> int:
        with self._lock:
            return library.seq_of(self._db.conn, article_id)

    def add_highlight(self, article_id: str, start: int, end: int, color: str = "yellow",
                      note: str = "") -> Highlight:
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
        with self._lock:
            return annotation_store.orphans(self._db.conn)

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

    def correct_entity(self, text: str, *, type: str | None = None, remove: bool = False
                       ) -> None:
        """Make ``text`` an entity of ``type`` everywhere, or never one (``remove``), or
        neither (clear the correction). Stored, and applied whenever an article is read;
        the entity filter and counts follow at once."""
        self._write(lambda c: annotation_store.correct_entity(c, text, type, remove, now()))

    # -- the file -------------------------------------------------------------------

    def backup_to(self, path: str | Path) -> Path:
        """A consistent copy of the library at ``path`` (SQLite online backup API)."""
        with self._lock:
            return backups.make_backup(self._db.conn, Path(path))

    def backups(self) -> list[Path]:
        return backups.list_backups(self.path)

    def integrity_check(self) -> str:
        with self._lock:
            return self._db.integrity_check()
