"""analyse(): wrapped lines joined, offsets into the caller's text, corrections kept."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.extraction.analysis import analyse, analyse_many
from desktop_app.core.extraction.corrections_file import load_corrections_json
from desktop_app.core.extraction.wraps import join_wraps
from desktop_app.core.spans import Corrections

pytestmark = pytest.mark.usefixtures("tagger")  # jieba loaded before the first test


def test_wrap_between_cjk_is_joined_and_paragraphs_are_kept() -> None:
    joined = join_wraps("中科\n曙光。\n\n湖南  \n日报，5\n亿度\nABC\n中")
    assert joined.text == "中科曙光。\n\n湖南日报，5亿度\nABC\n中"


@given(st.text(alphabet=st.sampled_from(list("中国5\n \t a。")), max_size=40))
def test_mapped_back_spans_cover_the_same_characters(text: str) -> None:
    joined = join_wraps(text)
    for start in range(len(joined.text)):
        for end in range(start + 1, min(len(joined.text), start + 4) + 1):
            s, e = joined.span_back(start, end)
            assert text[s:e].replace("\n", "").replace(" ", "").replace("\t", "") == \
                joined.text[start:end].replace("\n", "").replace(" ", "").replace("\t", "")


def test_entity_offsets_index_the_original_text_after_a_wrap() -> None:
    text = "第一段。\n\n中科曙光高级副总裁任\n京暘表示，长沙经\n开区发展很快。"
    result = analyse(text)
    found = {(e.text, e.type) for e in result.entities}
    assert ("任\n京暘", "PER") in found
    assert ("长沙经\n开区", "ORG") in found
    for e in result.entities:
        assert text[e.start:e.end] == e.text


def test_numbers_are_mapped_back_to_the_original_text() -> None:
    text = "全年发电5\n亿度。"
    result = analyse(text)
    assert any(n.start == 4 and "亿度" in n.text for n in result.numbers)
    for n in result.numbers:
        assert text[n.start:n.end] == n.text


def test_corrections_apply_to_every_text() -> None:
    fixes = Corrections(added={"湘约智能": "ORG"}, removed={"长沙"})
    results = list(analyse_many(["湘约智能落地长沙。", "长沙的湘约智能。"], fixes))
    for result in results:
        assert [(e.text, e.type) for e in result.entities] == [("湘约智能", "ORG")]


def test_a_corrections_file_of_an_earlier_version_is_read(tmp_path) -> None:
    fixes = Corrections(added={"湘约智能": "ORG"}, removed={"北斗"}, retyped={"长沙": "ORG"})
    path = tmp_path / "corrections.json"
    path.write_text(json.dumps({"added": fixes.added, "removed": sorted(fixes.removed),
                                "retyped": fixes.retyped}, ensure_ascii=False),
                    encoding="utf-8")
    assert load_corrections_json(path) == fixes
    assert load_corrections_json(tmp_path / "missing.json").is_empty()


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("湖南日报记者黄利飞省工信厅5亿\n 、")), max_size=60))
def test_any_text_analyses_without_crash_and_within_bounds(text: str) -> None:
    result = analyse(text)
    for layer in (result.numbers, result.entities):
        last = 0
        for span in sorted(layer, key=lambda s: s.start):
            assert 0 <= span.start < span.end <= len(text)
            assert span.start >= last
            assert span.text == text[span.start:span.end]
            last = span.end
