"""The reader's fixes to a split (core/splitting/edits.py): no sentence lost or doubled,
each fix undone exactly, highlights' text followed by the moves."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.articles import Article
from desktop_app.core.spans import EntitySpan
from desktop_app.core.splitting.edits import (
    Analysed,
    Edit,
    EditError,
    apply_edit,
    apply_edits,
    inverse,
    split_id,
)
from tests.helpers.strategies import SENTENCES, TITLES


def _article(index: int, paragraphs: list[str], heads: list[int], title: str) -> Analysed:
    text = "\n".join(paragraphs)
    article = Article(id=f"a{index}", title=title, paragraphs=paragraphs,
                      subtitle=f"引题{index} 副题", kicker=f"引题{index}",
                      subheads=[f"小标题{p}" for p in heads], subhead_positions=heads,
                      paragraph_spans=[(index * 1000 + k, index * 1000 + k + 1)
                                       for k in range(len(paragraphs))],
                      source_start=index * 1000 - 5, source_end=index * 1000 + 99)
    found = text.find("湖南")
    entities = (EntitySpan(found, found + 2, "湖南", "LOC"),) if found >= 0 else ()
    return Analysed(article, (), entities)


@st.composite
def pages(draw: st.DrawFn) -> list[Analysed]:
    count = draw(st.integers(2, 4))
    articles = []
    for index in range(count):
        paragraphs = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4))
        heads = sorted(draw(st.lists(st.integers(0, len(paragraphs) - 1), max_size=2,
                                     unique=True)))
        articles.append(_article(index, paragraphs, heads, draw(st.sampled_from(TITLES))))
    return articles


@st.composite
def edits(draw: st.DrawFn, page: list[Analysed]) -> Edit:
    op = draw(st.sampled_from(["merge", "split", "retitle", "kind"]))
    index = draw(st.integers(0, len(page) - 1))
    article = page[index].article
    if op == "merge" and index + 1 < len(page):
        return Edit("merge", {"first": article.id, "second": page[index + 1].article.id})
    if op == "split" and len(article.text) > 1:
        offset = draw(st.integers(1, len(article.text) - 1))
        return Edit("split", {"id": article.id, "offset": offset,
                              "new_id": split_id(article.id, offset)})
    if op == "retitle" and len(article.paragraphs) > 1:
        return Edit("retitle", {"id": article.id,
                                "line": draw(st.integers(0, len(article.paragraphs) - 1))})
    return Edit("kind", {"id": article.id, "kind": draw(st.sampled_from(["brief", "article"]))})


def _body(page: list[Analysed]) -> str:
    """The page's text in reading order, line breaks aside."""
    return "".join(item.article.text.replace("\n", "") for item in page)


def _lines(page: list[Analysed]) -> list[str]:
    return sorted(p for item in page for p in item.article.paragraphs)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_merges_and_splits_keep_every_sentence_once_in_order(data: st.DataObject) -> None:
    page = data.draw(pages())
    before = _body(page)
    for _ in range(data.draw(st.integers(1, 5))):
        edit = data.draw(edits(page))
        if edit.op == "retitle":
            continue
        page = apply_edit(page, edit).articles
    assert _body(page) == before
    for item in page:  # every name found still sits on its words
        for entity in item.entities:
            assert item.article.text[entity.start:entity.end] == entity.text


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_each_edit_is_undone_exactly_by_its_inverse(data: st.DataObject) -> None:
    page = data.draw(pages())
    edit = data.draw(edits(page))
    original = copy.deepcopy(page)
    after = apply_edit(page, edit).articles
    undone = apply_edit(after, inverse(page, edit)).articles
    assert undone == original


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_moves_follow_every_character_to_its_new_place(data: st.DataObject) -> None:
    page = data.draw(pages())
    edit = data.draw(edits(page))
    result = apply_edit(page, edit)
    after = {item.article.id: item.article.text for item in result.articles}
    for item in page:
        text = item.article.text
        taken = range(0)  # the line a retitle took out of the text, for its headline
        if edit.op == "retitle" and edit.args["id"] == item.article.id:
            line = edit.args["line"]
            start = sum(len(p) + 1 for p in item.article.paragraphs[:line])
            taken = range(start, start + len(item.article.paragraphs[line]) + 1)
        for offset, char in enumerate(text):
            move = next((m for m in result.moves if m.source == item.article.id
                         and m.start <= offset < m.end), None)
            target, at = (item.article.id, offset) if move is None else (
                move.target, offset + move.delta)
            if char != "\n" and offset not in taken:
                assert after[target][at] == char


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_retitle_takes_the_line_as_headline_and_keeps_the_old_one(data: st.DataObject) -> None:
    page = [item for item in data.draw(pages())]
    article = page[0].article
    if len(article.paragraphs) < 2:
        return
    line = data.draw(st.integers(0, len(article.paragraphs) - 1))
    new = apply_edit(page, Edit("retitle", {"id": article.id, "line": line})).articles[0].article
    assert new.title == article.paragraphs[line]
    assert sorted([*new.paragraphs, new.title]) == sorted(article.paragraphs)
    assert article.title in new.subtitle
    # The old headline now opens the subtitle: the kicker is shown under the new one too.
    assert new.kicker == ("" if new.subtitle.startswith(article.title) else article.kicker)


def test_split_then_merge_gives_the_original_back() -> None:
    page = [_article(0, SENTENCES[:3], [1, 2], "标题"), _article(1, SENTENCES[3:4], [], "二")]
    original = copy.deepcopy(page)
    at = len(SENTENCES[0]) + 1
    split = apply_edit(page, Edit("split", {"id": "a0", "offset": at}))
    new_id = split_id("a0", at)
    assert [i.article.id for i in split.articles] == ["a0", new_id, "a1"]
    assert split.articles[0].article.subheads == []
    assert split.articles[1].article.subhead_positions == [0, 1]
    merged = apply_edit(split.articles, Edit("merge", {"first": "a0", "second": new_id}))
    assert merged.articles == original


def test_edits_that_no_longer_fit_are_left_out_and_the_rest_applied() -> None:
    page = [_article(0, SENTENCES[:2], [], "一"), _article(1, SENTENCES[2:3], [], "二")]
    kept, skipped = apply_edits(page, [Edit("merge", {"first": "gone", "second": "a1"}),
                                       Edit("kind", {"id": "a1", "kind": "brief"})])
    assert skipped == [0]
    assert kept[1].article.kind == "brief"
    with pytest.raises(EditError):
        apply_edit(page, Edit("merge", {"first": "a1", "second": "a0"}))
    with pytest.raises(EditError):
        apply_edit(page, Edit("split", {"id": "a1", "offset": 0}))


def test_an_article_whose_text_changed_is_found_again_by_its_headline() -> None:
    page = [_article(0, SENTENCES[:2], [], "一"), _article(1, SENTENCES[2:3], [], "二")]
    merge = Edit("merge", {"first": "a0", "second": "old", "titles": {"a0": "一", "old": "二"}})
    [merged], skipped = apply_edits(page, [merge])
    assert skipped == [] and merged.article.id == "a0"
    assert merged.article.text == "\n".join(SENTENCES[:3])
    elsewhere = Edit("merge", {"first": "a0", "second": "old", "titles": {"old": "三"}})
    assert apply_edits(page, [elsewhere])[1] == [0]
