"""jieba's prefix dictionary (500,000 words and their counts) loaded in a quarter of the time,
and its part-of-speech tags without parsing the dictionary again.

jieba caches the dictionary it builds from ``dict.txt`` as one ``marshal`` file; loading
it costs about 1.3 s of CPU, most of a process's first analysis (every import, every
``xiangyue extract``, each import worker's fork server). The same words as one UTF-8
text and the counts as one array of integers load in about 0.3 s. The file holds data
only (nothing in it is run), sits beside jieba's own cache in the temp folder, is named
after jieba's dictionary (size, time, jieba version) and is written whole or not at all
(a temporary file renamed). A file that does not add up, or that another user owns, is
not used: the dictionary is then built jieba's way and the file written again.

The same holds for the tags: importing ``jieba.posseg`` parses the 8 MB ``dict.txt`` for
its global tagger's word → tag table (0.15–0.2 s of CPU in every process that analyses).
:func:`import_posseg` imports it with that parse skipped and the table read from a
second file of the same kind (the words' text and the tags' text, in the same order).
"""

from __future__ import annotations

import array
import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType
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


def _owned_bytes(path: Path) -> bytes | None:
    """The file's bytes, unless it is missing or another user's (a shared temp folder)."""
    try:
        with open(path, "rb") as handle:
            if hasattr(os, "getuid") and os.fstat(handle.fileno()).st_uid != os.getuid():
                return None
            return handle.read()
    except OSError:
        return None


def _words_and_rest(path: Path) -> tuple[list[str], bytes] | None:
    """A cache file's words (its first part: length, then UTF-8 text) and the bytes after
    them; None when the file is missing, another user's, cut short or not UTF-8."""
    data = _owned_bytes(path)
    if data is None:
        return None
    length = int.from_bytes(data[:_WORDS_LENGTH], "little")
    try:
        words = data[_WORDS_LENGTH:_WORDS_LENGTH + length].decode("utf-8").split("\n")
    except ValueError:
        return None
    return words, data[_WORDS_LENGTH + length:]


def _read(path: Path) -> tuple[dict[str, int], int] | None:
    found = _words_and_rest(path)
    if found is None:
        return None
    words, rest = found
    counts = array.array("q")
    try:
        counts.frombytes(rest)
    except ValueError:  # a partial integer
        return None
    if len(counts) != len(words) + 1:  # the last number is the total
        return None
    total = counts.pop()
    return dict(zip(words, counts, strict=True)), total


def _write(path: Path, freq: dict[str, int], total: int) -> None:
    words = "\n".join(freq).encode("utf-8")
    counts = array.array("q", freq.values())
    counts.append(total)
    _write_whole(path, [len(words).to_bytes(_WORDS_LENGTH, "little"), words,
                        counts.tobytes()])


def _write_whole(path: Path, parts: list[bytes]) -> None:
    """``parts`` written to ``path`` whole or not at all (a temporary file renamed)."""
    handle, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for part in parts:
                out.write(part)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def import_posseg() -> ModuleType:
    """``jieba.posseg``, its global tagger's word tags (``dt.word_tag_tab``) read from the
    cache file, or parsed jieba's way and the file written, rather than parsed at import.
    Call with the import lock's usual care: from one thread (the tagger's builder)."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    import jieba

    default = jieba.dt
    # The module builds its global tagger at import, parsing default.get_dict_file():
    # hand it an empty file for that one call.
    default.get_dict_file = lambda: io.BytesIO()
    try:
        import jieba.posseg as posseg
    finally:
        del default.get_dict_file  # the class's own method again
    posseg.dt.word_tag_tab = word_tags(default)
    return sys.modules["jieba.posseg"]


def word_tags(tokenizer: Any) -> dict[str, str]:
    """The word → part-of-speech tag table of ``tokenizer``'s default dictionary, as
    ``POSTokenizer.load_word_tag`` reads it, from the cache file when it can be trusted."""
    path = cache_path(tokenizer).with_suffix(".tags")
    tags = _read_tags(path)
    if tags is None:
        tags = _parse_tags(tokenizer)
        with contextlib.suppress(OSError):  # no cache is only slower
            _write_tags(path, tags)
    return tags


def _parse_tags(tokenizer: Any) -> dict[str, str]:
    """``POSTokenizer.load_word_tag``'s reading: ``word count tag`` per line."""
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as dictionary:
        for line in dictionary:
            line = line.strip().decode("utf-8")
            if line:
                word, _, tag = line.split(" ")
                tags[word] = tag
    return tags


def _read_tags(path: Path) -> dict[str, str] | None:
    found = _words_and_rest(path)
    if found is None:
        return None
    words, rest = found
    try:
        tags = rest.decode("utf-8").split("\n")
    except ValueError:  # cut short inside a character
        return None
    if len(words) != len(tags) or len(words) < 2:
        return None
    return dict(zip(words, tags, strict=True))


def _write_tags(path: Path, tags: dict[str, str]) -> None:
    words = "\n".join(tags).encode("utf-8")
    _write_whole(path, [len(words).to_bytes(_WORDS_LENGTH, "little"), words,
                        "\n".join(tags.values()).encode("utf-8")])
