"""Articles of equal relevance come in one order whatever the limit: the first ``limit``
results are those of ranking every match. A query of characters takes no bm25 from the
character columns (0 for every row there), only the notes' bm25 and age break its ties."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.search.text import char_expression, fold
from desktop_app.page_import import import_files
from desktop_app.service import LibraryService
from desktop_app.storage import search, search_matches
from tests.helpers import fake_analysers

# Distinct characters, none of them in the queries below.
FILLER = ("一二三四五六七八九十百千万亿东南西北中甲乙丙丁戊己庚辛壬癸"
          "子丑寅卯辰巳午未申酉戌亥春夏秋冬山石田土木火金天地人日月星云风雨雪")
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _chars(lib) -> list[str]:
    text = "".join(t for (t,) in lib._db.conn.execute("SELECT title FROM articles"))
    return sorted(set(text) - {" "})


@pytest.fixture(scope="module")
def captions(tmp_path_factory: pytest.TempPathFactory):
    """Short articles naming 湘 once each: under 600 characters every body counts as
    600 long, so their relevance ties. Two hold 湘 twice, one in its title; thirty do
    not hold it. The character columns' bm25 is 0 for every row: what breaks ties there
    is the notes' bm25, then age."""
    folder = tmp_path_factory.mktemp("captions")
    for n in range(14):
        body = "湘江水长流，" + FILLER[:3 + 4 * n] + ("湘潭" if n in (4, 9) else "")
        title = "湘江" if n == 7 else f"图片说明{n}"
        (folder / f"a{n:02d}.txt").write_text(f"## {title}\n\n{body}\n", encoding="utf-8")
    for n in range(30):  # without 湘: else bm25's inverse document frequency is ~0
        (folder / f"b{n:02d}.txt").write_text(f"## 其他{n}\n\n{FILLER[n:]}\n",
                                              encoding="utf-8")
    db = folder / "lib.sqlite3"
    assert import_files(db, [folder], analyser=fake_analysers.quick).errors == []
    service = LibraryService.open(db, daily_backup=False)
    ids = {hit.title: hit.article_id for hit in service.search("说明", limit=None)}
    service.set_note(ids["图片说明10"], "湘")  # both now 2 more, still tied; the user
    service.set_note(ids["图片说明12"], "湘" + FILLER)  # index's bm25 prefers the shorter
    yield service
    service.close()


@pytest.mark.parametrize("query", ["湘", "湘 流", "湘 -潭"])
def test_tied_articles_come_in_the_order_bm25_gives_every_match(captions, query):
    everything = captions.search(query, limit=None)
    ties = Counter(hit.score for hit in everything)
    assert max(ties.values()) > 3  # the property below is worth testing here
    seq = dict(captions._db.conn.execute("SELECT id, seq FROM articles").fetchall())
    newest_first = sorted(everything, key=lambda h: (-h.score, -seq[h.article_id]))
    assert everything != newest_first  # the notes' bm25, not age, orders two of them
    for limit in range(1, len(everything) + 1):
        assert captions.search(query, limit=limit) == everything[:limit]


@given(data=st.data())
@SETTINGS
def test_the_first_results_are_those_of_ranking_every_match(shared_lib, data):
    """Under RESCORED matches nothing is cut, so the first ``limit`` of ``limit=None``
    (bm25 for every match) are what a limited search must return."""
    chars = data.draw(st.lists(st.sampled_from(_chars(shared_lib)), min_size=1,
                               max_size=2, unique=True))
    limit = data.draw(st.integers(1, 60))
    query = " ".join(chars)
    everything = shared_lib.search(query, limit=None)
    if len(everything) > search.RESCORED:
        return
    assert shared_lib.search(query, limit=limit) == everything[:limit]


def test_the_character_columns_have_no_bm25_to_leave_out(shared_lib, captions):
    """A query of characters reads no bm25 (storage/search_matches.py ``matching``):
    the character columns weigh 0 and a character phrase is held to them. Should it
    score, this fails and the ranking of one-character queries must take it again."""
    for lib in (shared_lib, captions):
        conn = lib._db.conn
        for char in _chars(lib):
            scores = {score for (score,) in conn.execute(
                f"SELECT {search_matches._bm25('search_index')} FROM search_index"
                " WHERE search_index MATCH ?", (char_expression([fold(char)]),))}
            assert scores == {0.0}, char
