from __future__ import annotations

import io
import json

import pytest

from desktop_app.core.annotating.anchors import locate
from desktop_app.core.export.annotation_json import annotation_id, write_annotations_json
from desktop_app.core.export.annotation_json_reader import (
    AnnotationFormatError,
    ImportedArticleNote,
    ImportedHighlight,
    read_annotations,
)
from tests.helpers.export_samples import hostile_article, plain_article


def _export(articles) -> dict:
    out = io.StringIO()
    write_annotations_json(iter(articles), out)
    return json.loads(out.getvalue())


def test_collection_follows_the_web_annotation_model():
    articles = [hostile_article(), plain_article(1)]
    data = _export(articles)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["first"]["type"] == "AnnotationPage"
    assert data["total"] == len(items) == sum(
        len(a.highlights) + bool(a.note or a.tags) for a in articles)
    highlight = next(i for i in items if "selector" in i["target"])
    quote, position = highlight["target"]["selector"]
    source = articles[0].highlights[0]
    assert quote == {"type": "TextQuoteSelector", "exact": source.quote,
                     "prefix": source.prefix, "suffix": source.suffix}
    assert position == {"type": "TextPositionSelector", "start": source.start,
                        "end": source.end}
    resource = highlight["target"]["source"]
    assert resource["xiangyue:articleId"] == articles[0].id
    assert resource["xiangyue:pageHash"] == articles[0].page_hash
    assert resource["xiangyue:title"] == articles[0].title


def test_what_is_written_is_read_back():
    article = hostile_article()
    out = io.StringIO()
    write_annotations_json(iter([article]), out)
    out.seek(0)
    items = read_annotations(out)
    notes = [i for i in items if isinstance(i, ImportedArticleNote)]
    highlights = [i for i in items if isinstance(i, ImportedHighlight)]
    assert [(n.note, n.tags) for n in notes] == [(article.note, article.tags)]
    assert [(h.exact, h.prefix, h.suffix, h.start, h.end, h.color, h.note, h.modified)
            for h in highlights] == [
        (h.quote, h.prefix, h.suffix, h.start, h.end, h.color, h.note, h.updated)
        for h in article.highlights]
    assert {h.article.article_id for h in highlights} == {article.id}


def test_annotations_from_other_tools_are_accepted():
    single = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "外部笔记"},
        "target": {"source": "urn:xiangyue:article:abc",
                   "selector": {"type": "TextQuoteSelector", "exact": "湖南"}},
    }
    [item] = read_annotations(io.StringIO(json.dumps([single])))
    assert (item.article.article_id, item.exact, item.note, item.color, item.start) \
        == ("abc", "湖南", "外部笔记", "yellow", None)


@pytest.mark.parametrize("payload", [
    "not json", "42", '{"type": "Thing"}',
    "[" * 100_000 + "]" * 100_000,  # RecursionError inside json
    '{"type": "Annotation", "start": ' + "9" * 5000 + "}",  # Python's int-digits ValueError
], ids=["not-json", "number", "thing", "nested-100000", "long-number"])
def test_files_that_are_not_annotations_are_refused(payload):
    with pytest.raises(AnnotationFormatError) as info:
        read_annotations(io.StringIO(payload))
    assert "\n" not in str(info.value)


def test_identity_ignores_colour_and_note_but_not_position():
    assert annotation_id("a", 1, 3, "湖南") == annotation_id("a", 1, 3, "湖南")
    assert annotation_id("a", 1, 3, "湖南") != annotation_id("a", 5, 7, "湖南")


TEXT = "湖南日报讯 湖南省委召开会议。会议指出,湖南要发展。"


def test_offsets_are_used_when_they_still_fit():
    start = TEXT.index("湖南要")
    assert locate(TEXT, "湖南", "会议指出,", "要发展", start) == (start, start + 2)


def test_prefix_and_suffix_choose_among_repeated_quotes_when_text_moved():
    moved = "新增一段导语。" + TEXT
    target = moved.index("湖南要")
    assert locate(moved, "湖南", "会议指出,", "要发展", start=TEXT.index("湖南要")) \
        == (target, target + 2)


def test_a_quote_that_is_gone_is_not_anchored():
    assert locate(TEXT, "长沙", "", "", 0) is None
