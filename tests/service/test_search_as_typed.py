"""Search as people type it (issue 15): whitespace and width do not matter, quotes make
one term, a leading - excludes; an older library's index is rebuilt that way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core.search.text import Query, parse_query
from desktop_app.service import LibraryService
from desktop_app.storage.migrations import LATEST_VERSION
from tests.helpers.library_content import library_of

ARTICLES = {
    "spaced": "全省地区生产总值在2025 年达到5.53万亿元，湖南 长沙两地领跑。",
    "joined": "2025年，湖南长沙的智能\n算力规模扩大，绿色计算产业提速。",
    "wide": "２０２５年ＡＩ眼镜走下生产线，湘江新区订单饱满。",
    "plain": "益阳加盟长株潭都市圈，株洲产业稳步回升，湘潭亦然。",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return library_of(tmp_path_factory.mktemp("typed"), ARTICLES)


@pytest.fixture
def found(library: Path):
    service = LibraryService.open(library, daily_backup=False)

    def titles(query: str) -> set[str]:
        return {h.title.removeprefix("标题") for h in service.search(query, limit=None)}

    yield titles
    service.close()


def test_whitespace_inside_a_term_does_not_matter(found) -> None:
    assert found("2025年") == {"spaced", "joined", "wide"}
    assert found("2025 年") == found("2025年")  # two terms, both everywhere above
    assert found("智能算力") == {"joined"}  # a word wrapped across lines
    assert found("湖南长沙") == {"spaced", "joined"}


def test_full_width_and_half_width_latin_and_digits_match(found) -> None:
    assert found("ai眼镜") == found("ＡＩ眼镜") == found("AI眼镜") == {"wide"}
    assert found("２０２５年") == found("2025年")
    assert found("5.53万亿") == found("５．５３万亿") == {"spaced"}


def test_quotes_make_one_term_and_a_leading_minus_excludes(found) -> None:
    assert found('"湖南 长沙"') == {"spaced", "joined"}
    assert found("湖南 产业") == {"joined"}
    assert found("产业 -湖南") == {"plain"}
    assert found('产业 -"绿色 计算"') == {"plain"}
    assert found("2025年 -湘") == {"spaced", "joined"}  # one character, its own index
    assert found("2025年 -湘 -领跑") == {"joined"}
    assert found("-湖南") == set()  # an exclusion narrows; alone it finds nothing
    assert found("产业 -") == found("产业 -") == set()  # a lone - is a literal term


def test_an_excluded_word_in_a_note_or_tag_excludes_too(library: Path, tmp_path: Path
                                                        ) -> None:
    copy = tmp_path / "lib.sqlite3"
    copy.write_bytes(library.read_bytes())
    with LibraryService.open(copy, daily_backup=False) as lib:
        plain = next(h.article_id for h in lib.search("益阳"))
        lib.tag(plain, "待读")
        assert lib.search("产业 -待读") == [h for h in lib.search("产业") if h.article_id != plain]
        assert [h.title for h in lib.search("产业 -待读")] == ["标题joined"]
        lib.set_note(plain, "与湖南 长沙对照")
        assert {h.article_id for h in lib.search("产业 湖南长沙")} >= {plain}
        assert plain not in {h.article_id for h in lib.search("产业 -湖南")}


def test_the_snippet_marks_the_spaced_text(found, library: Path) -> None:
    with LibraryService.open(library, daily_backup=False) as lib:
        hit = next(h for h in lib.search("2025年") if h.title == "标题spaced")
    start, end = hit.snippet_hits[0]
    assert hit.snippet[start:end] == "2025 年"


def test_parse_query_reads_the_documented_syntax() -> None:
    assert parse_query('"湖南 长沙" 产业 -益阳 -"绿色 计算"') == Query(
        ("湖南长沙", "产业"), ("益阳", "绿色计算"))
    assert parse_query("＂湖南　长沙＂ －益阳") == Query(("湖南长沙",), ("益阳",))
    assert parse_query('- a-b "unclosed') == Query(("-", "a-b", '"unclosed'))


def test_search_help_documents_the_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    shown = capsys.readouterr().out
    for example in ('"湖南 长沙"', "算力 -湖南", "2025年", "several words"):
        assert example in shown


def test_a_version_3_library_gets_its_index_rebuilt_without_whitespace(
    library: Path, tmp_path: Path
) -> None:
    """Version 3 indexed whitespace as a character; the index is rebuilt on the way to
    the present version (step 4 did it, step 18 does it now)."""
    old = tmp_path / "v3.sqlite3"
    old.write_bytes(library.read_bytes())
    with sqlite3.connect(old) as conn:  # as if indexed the old way: nothing matches
        conn.execute("INSERT INTO search_index(search_index) VALUES ('delete-all')")
        conn.execute("PRAGMA user_version = 3")
    with LibraryService.open(old, daily_backup=False) as lib:
        assert lib._db.user_version == LATEST_VERSION
        assert {h.title for h in lib.search("2025年")} == {
            "标题spaced", "标题joined", "标题wide"}
        assert len(lib.search("湘")) == 2
