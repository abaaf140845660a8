"""The names index (人物 / 地点 / 机构): variants grouped under one key, counted, dated,
filtered, renamed and merged, corrections applied; a library of version 7 gets the
mention counts on opening (step 9)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.filters import Filters
from desktop_app.service import LibraryService
from desktop_app.service_names import NAME_ORDERS
from desktop_app.storage.migrations import LATEST_VERSION, MIGRATIONS, _v9_names_index
from tests.helpers.older_library import drop_name_counts
from tests.storage.test_name_keys_stored import PAGE

pytestmark = pytest.mark.usefixtures("tagger")

LATER = (PAGE.replace("2025年3月30日 星期日", "2025年4月2日 星期三").replace("第04版", "第01版")
         .replace("湖南省工业稳步增长", "湖南省农业稳步增长")
         .replace("长沙市新开三条地铁", "株洲市新开三条地铁")
         .replace("习近平在湖南考察", "吉利汽车在湘投资"))


@pytest.fixture
def two_days(tmp_path: Path) -> Iterator[LibraryService]:
    """Two pages, 30 March and 2 April, naming 湖南省/湖南, 长沙市/长沙, 吉利汽车集团/吉利汽车."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "2025-03-30_04.txt").write_text(PAGE, encoding="utf-8")
    (pages / "2025-04-02_01.txt").write_text(LATER, encoding="utf-8")
    with LibraryService.open(tmp_path / "library.sqlite3", import_seeds=False,
                             daily_backup=False) as lib:
        lib.import_paths([pages], jobs=1)
        yield lib


def by_key(lib: LibraryService, **kwargs: object) -> dict[str, dict[str, object]]:
    return {e.key: e.to_dict() for e in lib.names(**kwargs)}  # type: ignore[arg-type]


def test_variants_are_one_name_with_its_counts_and_dates(two_days: LibraryService) -> None:
    names = by_key(two_days)
    hunan = names["LOC:湖南"]
    assert set(hunan["variants"]) == {"湖南省", "湖南"}  # type: ignore[arg-type]
    # 湖南省 once in two articles, 湖南 twice in each of two more: six mentions, four articles.
    assert (hunan["mentions"], hunan["articles"]) == (6, 4)
    assert (hunan["first_date"], hunan["last_date"]) == ("2025-03-30", "2025-04-02")
    assert hunan["type"] == "LOC" and hunan["name"] in ("湖南", "湖南省")
    geely = names["ORG:吉利"]
    assert set(geely["variants"]) == {"吉利汽车集团", "吉利汽车"}  # type: ignore[arg-type]
    # Both variants in the same two articles: two articles, not four.
    assert geely["articles"] == 2 and geely["mentions"] == 4
    assert geely["articles"] == two_days.entity_article_count(key="ORG:吉利")


def test_type_and_filters_narrow_the_index(two_days: LibraryService) -> None:
    people = two_days.names(type="PER")
    assert [e.key for e in people] == ["PER:习近平"]
    march = by_key(two_days, filters=Filters(date_to="2025-03-31"))
    assert march["LOC:湖南"]["last_date"] == "2025-03-30"
    assert march["LOC:湖南"]["articles"] == 2
    followed = by_key(two_days, filters=Filters(entity_key="ORG:吉利"))
    assert set(followed) >= {"ORG:吉利", "PER:习近平"}
    assert "ORG:湖南省工业和信息化厅" not in followed
    with pytest.raises(ValueError):
        two_days.names(type="MISC")


@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_a_filtered_first_screen_is_the_start_of_the_filtered_index(two_days: LibraryService,
                                                                     limit: int) -> None:
    # The dock shows the most mentioned names of the list's filter first: the same
    # entries, variants, counts and dates as the whole index of that filter begins with.
    ids = two_days.article_ids()
    two_days.tag(ids[0], "要闻")
    two_days.tag(ids[-1], "要闻")
    for filters in (Filters(date_to="2025-03-31"), Filters(date_from="2025-04-01"),
                    Filters(tag="要闻"), Filters(tag="要闻", date_to="2025-03-31")):
        for entity_type in (None, "LOC", "ORG"):
            whole = two_days.names(filters, type=entity_type)
            first = two_days.names(filters, type=entity_type, limit=limit)
            assert [e.to_dict() for e in first] == [e.to_dict() for e in whole[:limit]]
    assert len(two_days.names(Filters(tag="要闻"))) > 3  # more names than some limits


@pytest.mark.parametrize("order", list(NAME_ORDERS))
def test_every_order_sorts_and_reverses(two_days: LibraryService, order: str) -> None:
    forward = [e.key for e in two_days.names(order=order)]
    backward = [e.key for e in two_days.names(order=order, descending=True)]
    assert sorted(forward) == sorted(backward) and len(forward) == 5
    if order == "mentions":
        assert forward[-1] == "ORG:湖南省工业和信息化厅"  # two mentions, the fewest
    if order == "name":
        # In pinyin order: cháng (长沙), hú (湖南), jí (吉利), xí (习近平).
        order_seen = [k for k in forward if k in ("LOC:长沙", "LOC:湖南", "ORG:吉利", "PER:习近平")]
        assert order_seen == ["LOC:长沙", "LOC:湖南", "ORG:吉利", "PER:习近平"]


def test_a_renamed_name_shows_under_the_new_name(two_days: LibraryService) -> None:
    two_days.rename_name("ORG:吉利", "浙江吉利控股集团")
    assert by_key(two_days)["ORG:吉利"]["name"] == "浙江吉利控股集团"
    assert two_days.name_of_key("ORG:吉利") == "浙江吉利控股集团"
    two_days.rename_name("ORG:吉利", "")  # back to the commonest variant
    assert by_key(two_days)["ORG:吉利"]["name"] in ("吉利汽车", "吉利汽车集团")


def test_a_merged_name_counts_filters_and_stays_merged(two_days: LibraryService,
                                                       tmp_path: Path) -> None:
    department = "ORG:湖南省工业和信息化厅"
    assert two_days.merge_names(department, "ORG:吉利") == "ORG:吉利"
    names = by_key(two_days)
    assert department not in names
    assert "湖南省工业和信息化厅" in names["ORG:吉利"]["variants"]  # type: ignore[operator]
    assert names["ORG:吉利"]["articles"] == 4
    assert len(two_days.article_ids(Filters(entity_key="ORG:吉利"))) == 4
    assert two_days.name_key_of("湖南省工业和信息化厅", "ORG") == "ORG:吉利"
    # Rows written again (a correction elsewhere, a re-import) keep the merge.
    two_days.correct_entity("长沙", remove=True)
    assert by_key(two_days)["ORG:吉利"]["articles"] == 4
    two_days.unmerge_name(department)
    names = by_key(two_days)
    assert names[department]["articles"] == 2 and names["ORG:吉利"]["articles"] == 2


def test_merging_into_a_merged_name_follows_it(two_days: LibraryService) -> None:
    two_days.merge_names("ORG:吉利", "PER:习近平")  # odd, but the user's call
    two_days.merge_names("LOC:长沙", "ORG:吉利")  # 吉利 is under 习近平 now
    names = by_key(two_days)
    assert set(names) == {"PER:习近平", "LOC:湖南", "ORG:湖南省工业和信息化厅"}
    assert {"长沙", "吉利汽车", "习近平"} <= set(names["PER:习近平"]["variants"])  # type: ignore[arg-type]


def test_corrections_apply_to_the_index(two_days: LibraryService) -> None:
    two_days.correct_entity("湖南", remove=True)
    assert by_key(two_days)["LOC:湖南"]["variants"] == ["湖南省"]
    two_days.correct_entity("设厂", type="ORG")
    assert by_key(two_days)["ORG:设厂"]["articles"] == 2


def test_a_date_changed_by_another_program_shows_in_the_index(two_days: LibraryService
                                                               ) -> None:
    with sqlite3.connect(two_days.path) as conn:  # as sqlite-utils or Datasette would
        conn.execute("UPDATE articles SET date = '2024-12-31' WHERE title = '株洲市新开三条地铁'")
    assert by_key(two_days)["LOC:长沙"]["first_date"] == "2024-12-31"


def test_an_older_library_gets_its_mention_counts(two_days: LibraryService) -> None:
    path = two_days.path
    before = by_key(two_days)
    two_days.close()
    conn = sqlite3.connect(path)
    drop_name_counts(conn)  # version 12's
    conn.execute("DROP TRIGGER articles_date_entities")  # the names index step's
    conn.execute("DROP INDEX idx_article_entities_names")
    conn.execute("ALTER TABLE article_entities DROP COLUMN mentions")
    conn.execute("ALTER TABLE article_entities DROP COLUMN date")
    conn.execute("ALTER TABLE article_entities DROP COLUMN key_first")
    conn.execute("DROP TABLE name_corrections")
    conn.execute(f"PRAGMA user_version = {MIGRATIONS.index(_v9_names_index)}")
    conn.commit()
    conn.close()
    with LibraryService.open(path, import_seeds=False, daily_backup=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert by_key(lib) == before
