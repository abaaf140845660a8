"""jieba's prefix dictionary from the faster cache (core/extraction/prefix_cache.py): the
same words and counts as jieba's own loading, and a damaged cache file is never trusted."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import jieba
import pytest

from desktop_app.core.extraction import prefix_cache


def test_the_cache_holds_jiebas_own_dictionary_and_a_damaged_one_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    jiebas_cache = tempfile.gettempdir()  # jieba's own cache stays where it is
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    caplog.set_level(logging.DEBUG, logger="jieba")
    built = jieba.Tokenizer()
    built.tmp_dir = jiebas_cache
    prefix_cache.initialize(built)  # no cache yet: built jieba's way, then written
    path = prefix_cache.cache_path(built)
    assert path.parent == tmp_path and path.stat().st_size > 1_000_000
    assert built.initialized and len(built.FREQ) > 400_000
    assert list(built.lcut("湖南日报全媒体记者在长沙经开区报道")) == [
        "湖南日报", "全", "媒体", "记者", "在", "长沙", "经开区", "报道"]

    caplog.clear()
    cached = jieba.Tokenizer()
    prefix_cache.initialize(cached)
    assert cached.initialized and caplog.records == []  # jieba's own loading did not run
    assert cached.FREQ == built.FREQ and cached.total == built.total

    path.write_bytes(path.read_bytes()[:-3])  # cut short, as by a full disk
    rebuilt = jieba.Tokenizer()
    rebuilt.tmp_dir = jiebas_cache
    prefix_cache.initialize(rebuilt)
    assert rebuilt.FREQ == built.FREQ and rebuilt.total == built.total
    again = jieba.Tokenizer()
    prefix_cache.initialize(again)  # the file was written whole again
    assert again.FREQ == built.FREQ and again.total == built.total
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.thorough  # four fresh interpreters: CI's second run (--tier thorough)
def test_the_part_of_speech_tags_come_from_the_cache_as_jieba_reads_them(
        tmp_path: Path) -> None:
    """In a fresh interpreter (``jieba.posseg`` is imported once per process): the global
    tagger's tags are jieba's own reading of its dictionary, first parsed and written,
    then read from the file, and again after the file was cut short."""
    import subprocess
    import sys

    probe = (
        "import tempfile, sys; tempfile.tempdir = sys.argv[1]\n"
        "from desktop_app.core.extraction import prefix_cache\n"
        "posseg = prefix_cache.import_posseg()\n"
        "import jieba\n"
        "print(posseg.dt.word_tag_tab == prefix_cache._parse_tags(jieba.dt),"
        " len(posseg.dt.word_tag_tab) > 300_000, posseg.dt.word_tag_tab['长沙'])\n")

    def run() -> list[str]:
        done = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], check=True,
                              capture_output=True, text=True, timeout=120)
        return done.stdout.split()

    assert run() == ["True", "True", "ns"]  # parsed, then written
    (cache,) = tmp_path.glob("*.tags")
    whole = cache.read_bytes()
    assert run() == ["True", "True", "ns"] and cache.read_bytes() == whole
    # The file is what the tagger reads: a tag changed in it shows.
    cache.write_bytes(whole.replace(b"\nns\n", b"\nzz\n", 1))
    changed = run()
    assert changed[0] == "False"
    cache.write_bytes(whole[:-5])  # cut short, as by a full disk
    assert run() == ["True", "True", "ns"] and cache.read_bytes() == whole  # whole again
