"""Killed-process helper for tests/reliability/test_durability.py (run as a script, not a test).

``write_notes.py DB FIRST`` writes notes number FIRST, FIRST+2, … (see :func:`target`)
and prints each number only after ``set_note`` has returned, i.e. after commit.
"""

from __future__ import annotations

import sys

from desktop_app.service import LibraryService


def target(ids: list[str], n: int) -> str:
    """The article note ``n`` goes to: an even count keeps the parity of ``n``, so two
    writers started on an even and an odd number never write the same article."""
    return ids[n % (len(ids) - len(ids) % 2)]


def note_text(n: int) -> str:
    return f"第{n}条笔记\n" + "内容" * (n % 50)


def write_notes(db_path: str, first: int) -> None:
    lib = LibraryService.open(db_path, import_seeds=False)
    ids = lib.article_ids()
    n = first
    while True:
        lib.set_note(target(ids, n), note_text(n))
        print(n, flush=True)
        n += 2  # keeps the parity (see target)


if __name__ == "__main__":
    write_notes(sys.argv[1], int(sys.argv[2]))
