"""jieba's prefix dictionary (500,000 words and their counts) loaded in a quarter of the time.

jieba caches the dictionary it builds from ``dict.txt`` as one ``marshal`` file; loading
it costs about 1.3 s of CPU, most of a process's first analysis (every import, every
``xiangyue extract``, each import worker's fork server). The same words as one UTF-8
text and the counts as one array of integers load in about 0.3 s. The file holds data
only (nothing in it is run), sits beside jieba's own cache in the temp folder, is named
after jieba's dictionary (size, time, jieba version) and is written whole or not at all
(a temporary file renamed). A file that does not add up, or that another user owns, is
not used: the dictionary is then built jieba's way and the file written again.
"""

from __future__ import annotations

import array
import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when the layout below changes
_WORDS_LENGTH = 8  # bytes: little-endian length of the words' UTF-8 text


def initialize(tokenizer: Any) -> None:
    """``tokenizer.initialize()`` for jieba's default dictionary, from this cache when it
    can be trusted. ``tokenizer`` is a fresh ``jieba.Tokenizer``."""
    path = cache_path(tokenizer)
    loaded = _read(path)
    if loaded is None:
        tokenizer.initialize()
        with contextlib.suppress(OSError):  # no cache is only slower
            _write(path, tokenizer.FREQ, tokenizer.total)
        return
    tokenizer.FREQ, tokenizer.total = loaded
    tokenizer.initialized = True


def cache_path(tokenizer: Any) -> Path:
    import jieba

    with tokenizer.get_dict_file() as dictionary:
        source = os.fstat(dictionary.fileno())
    name = (f"xiangyue-jieba-{FORMAT}-{jieba.__version__}-{source.st_size}-"
            f"{source.st_mtime_ns}.bin")
    return Path(tempfile.gettempdir()) / name


def _read(path: Path) -> tuple[dict[str, int], int] | None:
    try:
        with open(path, "rb") as handle:
            if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                return None  # another user's file in a shared temp folder
            data = handle.read()
    except OSError:
        return None
    try:
        length = int.from_bytes(data[:_WORDS_LENGTH], "little")
        words = data[_WORDS_LENGTH:_WORDS_LENGTH + length].decode("utf-8").split("\n")
        counts = array.array("q")
        counts.frombytes(data[_WORDS_LENGTH + length:])
    except ValueError:  # cut short, not UTF-8, a partial integer
        return None
    if len(counts) != len(words) + 1:  # the last number is the total
        return None
    total = counts.pop()
    return dict(zip(words, counts, strict=True)), total


def _write(path: Path, freq: dict[str, int], total: int) -> None:
    words = "\n".join(freq).encode("utf-8")
    counts = array.array("q", freq.values())
    counts.append(total)
    handle, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(len(words).to_bytes(_WORDS_LENGTH, "little"))
            out.write(words)
            out.write(counts.tobytes())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
