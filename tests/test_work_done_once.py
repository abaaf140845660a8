"""Work the library used to do twice (issue 11): counted, so it cannot come back."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.service import LibraryService
from desktop_app.storage import annotation_store, library
from tests.helpers.library_fixtures import *  # noqa: F403 (fixtures)


class Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.calls = 0
        real = getattr(module, name)

        def counted(*args: object, **kwargs: object) -> object:
            self.calls += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)


def test_reading_articles_loads_the_corrections_once_and_looks_each_id_up_once(
        lib: LibraryService, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = lib.article_ids()[:5]
    loads = Counter(monkeypatch, annotation_store, "load_corrections")
    lookups = Counter(monkeypatch, library, "seq_of")
    for article_id in ids * 2:
        lib.article(article_id)
    assert loads.calls <= 1
    assert lookups.calls == 0


def test_a_correction_is_seen_by_the_next_read(lib: LibraryService,
                                                lib_path: Path) -> None:
    article_id = lib.article_ids(entity="长沙")[0]
    lib.article(article_id)  # the corrections are cached now
    lib.correct_entity("长沙", remove=True)
    assert all(e.text != "长沙" for e in lib.article(article_id).entities)
    # A correction made through another connection (the CLI while the window is open).
    with LibraryService.open(lib_path, import_seeds=False, daily_backup=False) as other:
        other.correct_entity("长沙", type="ORG")
    assert ("长沙", "ORG") in {(e.text, e.type) for e in lib.article(article_id).entities}
    assert lib.corrections().added == {"长沙": "ORG"}
