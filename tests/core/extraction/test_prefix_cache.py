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
