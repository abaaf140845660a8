"""Each entity row of the library carries its name's key (schema version 5): a library of
version 4 gets the keys filled on opening without losing anything, new rows get theirs,
and the entity filter and counts can take in every variant of a name."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.extraction.name_keys import name_key
from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.storage import backups
from desktop_app.storage.migrations import LATEST_VERSION
from tests.helpers.older_library import drop_name_counts

PAGE = """湖南日报
2025年3月30日 星期日
第04版

# 湖南省工业稳步增长

　　本报讯 湖南省工业和信息化厅今天发布数据，湖南省一季度工业增长6%。

# 长沙市新开三条地铁

　　本报讯 长沙市今天开通三条地铁线路，总书记习近平曾考察长沙。

# 习近平在湖南考察

　　本报讯 习近平来到湖南长沙考察，吉利汽车集团在湖南设厂，吉利汽车销量增长。
"""


def _make_v4(path: Path) -> dict[str, object]:
    """Turn a current library into the file version 4 wrote (no name_key column); returns
    what the user had in it."""
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        article_id = lib.article_ids()[0]
        lib.set_note(article_id, "第四版的笔记")
        lib.tag(article_id, "第四版")
        before = {"id": article_id, "articles": lib.count_articles(),
                  "rows": _rows(path)}
    conn = sqlite3.connect(path)
    drop_name_counts(conn)  # version 12's
    conn.execute("DROP TRIGGER articles_date_entities")  # version 9's
    conn.execute("DROP INDEX idx_article_entities_names")  # version 9's (names index)
    conn.execute("ALTER TABLE article_entities DROP COLUMN mentions")
    conn.execute("ALTER TABLE article_entities DROP COLUMN date")
    conn.execute("ALTER TABLE article_entities DROP COLUMN key_first")
    conn.execute("DROP TABLE name_corrections")
    conn.execute("DROP INDEX idx_article_entities_name_key")
    conn.execute("ALTER TABLE article_entities DROP COLUMN name_key")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    return before


def _rows(path: Path) -> list[tuple[int, str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT article_seq, text, type FROM article_entities"))


def test_a_version_4_library_gets_every_rows_key_and_keeps_its_data(lib_path: Path) -> None:
    before = _make_v4(lib_path)
    with LibraryService.open(lib_path, import_seeds=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert lib.count_articles() == before["articles"]
        assert lib.note(str(before["id"])) == "第四版的笔记"
        assert lib.article(str(before["id"])).tags == ["第四版"]
    assert _rows(lib_path) == before["rows"]
    with sqlite3.connect(lib_path) as conn:
        rows = conn.execute("SELECT text, type, name_key FROM article_entities").fetchall()
        indexes = {r[1] for r in conn.execute("PRAGMA index_list(article_entities)")}
    assert rows and all(key == name_key(text, type_) for text, type_, key in rows)
    assert "idx_article_entities_name_key" in indexes
    pre = [p for p in backups.list_backups(lib_path) if p.name.startswith("library-pre-v4-")]
    assert len(pre) == 1


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[LibraryService]:
    """An empty library with the made-up page imported."""
    page = tmp_path / "pages" / "2025-03-30_04.txt"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    with LibraryService.open(tmp_path / "library.sqlite3", import_seeds=False,
                             daily_backup=False) as lib:
        lib.import_paths([page])
        yield lib


def test_new_rows_get_their_keys(fresh: LibraryService) -> None:
    with sqlite3.connect(fresh.path) as conn:
        rows = conn.execute("SELECT text, type, name_key FROM article_entities").fetchall()
    assert rows and all(key == name_key(text, type_) for text, type_, key in rows)


@pytest.mark.parametrize("etype, variants", [
    ("LOC", ["湖南省", "湖南"]),
    ("LOC", ["长沙市", "长沙"]),
    ("PER", ["习近平", "总书记习近平", "习近平总书记"]),
    ("ORG", ["吉利汽车集团", "吉利汽车", "吉利"]),
])
def test_variants_share_a_key(etype: str, variants: list[str]) -> None:
    assert len({name_key(v, etype) for v in variants}) == 1


def test_the_filter_and_counts_take_in_every_variant(fresh: LibraryService) -> None:
    def naming(key: str) -> set[str]:  # the articles whose names (as read) have this key
        return {i for i in fresh.article_ids()
                if any(name_key(e.text, e.type) == key for e in fresh.article(i).entities)}

    for text, key in (("湖南省", "LOC:湖南"), ("长沙市", "LOC:长沙"), ("习近平", "PER:习近平"),
                      ("吉利汽车", "ORG:吉利")):
        assert any(name_key(text, t) == key for t in ("PER", "LOC", "ORG")), text
        by_key = set(fresh.article_ids(filters=Filters(entity_key=key)))
        by_text = set(fresh.article_ids(filters=Filters(entity=text)))
        assert by_text <= by_key == naming(key), key
        assert fresh.entity_article_count(key=key) == len(by_key)
        variants = fresh.entity_variants(key)
        assert text in {v[0] for v in variants}
        assert all(name_key(v, t) == key for v, t, _n in variants)
    # 湖南省 is printed in the first article only, 湖南 in the third: the key finds both.
    assert len(fresh.article_ids(filters=Filters(entity_key="LOC:湖南"))) > len(
        fresh.article_ids(filters=Filters(entity="湖南省")))
    hits = {h.article_id for h in fresh.search("考察", filters=Filters(entity_key="PER:习近平"))}
    assert hits and hits <= naming("PER:习近平")


def test_the_command_line_filters_by_key(fresh: LibraryService,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from desktop_app.cli import main

    db = str(fresh.path)
    expected = fresh.article_ids(filters=Filters(entity_key="LOC:湖南"))
    fresh.close()  # the command line opens the file itself
    assert main(["list", "--entity-key", "LOC:湖南", "--db", db, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == expected
