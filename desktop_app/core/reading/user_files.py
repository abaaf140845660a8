"""Reading files the user names: regular files only, and never more than a limit.

A path the user gives may be anything. A named pipe blocks whoever opens it for reading
until a writer comes, which may be never; a device such as ``/dev/zero`` never ends; a
link may lead to either. So a file's type is checked with ``stat`` (following links)
before anything opens it, and only regular files are opened: the rest are refused by
name and kind. The open itself is non-blocking where the system has it, and the type is
checked again on the open descriptor, in case the path changed in between.

``stat``'s size is not trusted either (a file may grow while it is read; files under
``/proc`` say 0): a read asks for the limit plus one byte and refuses the file if it got
that many.

Parsing is bounded the same way: :func:`parse_json` refuses, with a one-line reason,
text nested too deeply for Python's recursion, holding more values than memory should
be spent on, or not JSON at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

# Every JSON value the parser makes is preceded by a ``,`` or ``:`` or opens a container
# with ``[`` or ``{``, so counting those four characters bounds the objects a parse can
# create before it starts. A Web Annotation export has about 80 per highlight or note
# (~1.1 KB); four million is some 50,000 of them, and caps the worst file (millions of
# two-letter strings) at about 350 MB of memory where 64 MB of it would take 1.6 GB.
MAX_JSON_VALUES = 4_000_000

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


class UnreadableFileError(Exception):
    """A user's file that is refused unread or unparsed; ``str()`` is one line for the user,
    naming the file; ``reason`` is the same without the name."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(self.path).name}: {reason}")


class BadJsonError(ValueError):
    """Text that is not JSON this program will read; ``str()`` is a one-line reason."""


def kind_of(mode: int) -> str:
    """What a ``stat`` mode says a path is, as words ("a named pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _not_a_file(path: str | Path, mode: int) -> str:
    kind = kind_of(mode)
    if os.path.islink(path):
        return f"is a link to {kind} ({os.path.realpath(path)}), not a file"
    return f"is {kind}, not a file"


def _os_reason(path: str | Path, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return "is a link to something that does not exist"
        return "does not exist (was it moved or deleted?)"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    return f"cannot be read ({exc.strerror or exc})"


def check_regular(path: str | Path) -> os.stat_result:
    """``path``'s ``stat`` (following links) if it is a regular file; refused otherwise.

    Nothing is opened: a named pipe or a device is named and refused by its type alone.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UnreadableFileError(path, _os_reason(path, exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFileError(path, _not_a_file(path, info.st_mode))
    return info


def _too_large(size: int, limit: int, what: str) -> str:
    return (f"is too large for {what} ({size / 2**20:.0f} MB; the limit is "
            f"{_mb(limit)})")


def _mb(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"


@contextlib.contextmanager
def open_regular(path: str | Path, limit: int, what: str = "this program") -> Iterator[BinaryIO]:
    """A binary handle on ``path``, which is a regular file no larger than ``limit``
    according to ``stat``. Readers must still bound their reads (see :func:`read_bounded`).
    """
    info = check_regular(path)
    if info.st_size > limit:
        raise UnreadableFileError(path, _too_large(info.st_size, limit, what))
    try:
        # Non-blocking: if a pipe took the file's place after the check, opening it
        # returns at once instead of waiting for a writer; the check below refuses it.
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise UnreadableFileError(path, _os_reason(path, exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFileError(path, _not_a_file(path, mode))
        _set_blocking(fd)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle


def _set_blocking(fd: int) -> None:
    # Regular files ignore O_NONBLOCK on the usual systems; clear it all the same so
    # buffered reads never see a short "would block" read.
    with contextlib.suppress(AttributeError, OSError):
        os.set_blocking(fd, True)


def read_bounded(path: str | Path, limit: int, what: str = "this program") -> bytes:
    """The bytes of the regular file ``path``, refused if there are more than ``limit``.

    Raises :class:`UnreadableFileError` for anything but a regular file of at most
    ``limit`` bytes, whatever ``stat`` said about its size.
    """
    with open_regular(path, limit, what) as handle:
        data = read_at_most(handle, limit, path, what)
    return data


def read_at_most(handle: BinaryIO, limit: int, path: str | Path,
                 what: str = "this program") -> bytes:
    """Up to ``limit`` bytes of an open stream (a file, standard input); more is refused."""
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableFileError(path, _os_reason(path, exc)) from None
    if len(data) > limit:
        raise UnreadableFileError(path, f"is too large for {what} (more than the limit of "
                                  f"{_mb(limit)} was read)")
    return data


def decode_utf8(data: bytes, path: str | Path) -> str:
    """UTF-8 text (a byte-order mark is dropped); refused with the offset of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(path, f"is not UTF-8 text (invalid byte at offset "
                                  f"{exc.start:,})") from None


def parse_json(text: str, max_values: int = MAX_JSON_VALUES) -> Any:
    """``json.loads`` that fails with :class:`BadJsonError` and a one-line reason, never
    with a ``RecursionError``, a ``MemoryError`` or Python's integer-size ``ValueError``."""
    values = text.count(",") + text.count(":") + text.count("[") + text.count("{")
    if values > max_values:
        raise BadJsonError(f"holds too many JSON values (over {max_values:,}) to be read")
    try:
        return json.loads(text)
    except RecursionError:
        raise BadJsonError("is nested too deeply to be read (JSON more than about 1,000 "
                           "levels deep)") from None
    except json.JSONDecodeError as exc:
        raise BadJsonError(f"is not valid JSON ({exc.msg}; line {exc.lineno:,}, column "
                           f"{exc.colno:,})") from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses integers of more than 4,300 digits
            raise BadJsonError("holds a number too long to read") from None
        raise BadJsonError(f"is not JSON this program can read ({exc})") from None
    except MemoryError:
        raise BadJsonError("is too large to read in memory") from None
