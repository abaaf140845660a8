"""Subjects, relations and periods of figures (core/facts), as a reader checks them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.extraction.numbers import find_numbers
from desktop_app.core.facts.facts import Fact, find_facts
from desktop_app.core.facts.periods import find_periods

pytestmark = pytest.mark.usefixtures("tagger")  # jieba loaded before the first test


def facts_of(text: str, page_date: str | None = None) -> dict[str, Fact]:
    return {f.text: f for f in find_facts(text, find_numbers(text), page_date)}


def test_the_issue_example_gives_one_subject_two_relations_one_period() -> None:
    text = "2024年，全省绿色智能计算产业规模达8520亿元，同比增长19.2%。"
    facts = facts_of(text, "2025-03-30")
    total, growth = facts["8520亿元"], facts["19.2%"]
    assert (total.subject, total.relation, total.period, total.period_iso) == (
        "全省绿色智能计算产业规模", "达", "2024年", "2024")
    assert (growth.subject, growth.relation, growth.period) == (
        "全省绿色智能计算产业规模", "同比增长", "2024年")
    # The carried subject points at the words in the text, not at a copy.
    assert text[growth.subject_start:growth.subject_end] == growth.subject  # type: ignore[misc]


def test_object_verbs_shares_and_comparisons() -> None:
    text = ("今年前2个月，我国规模以上轻工企业实现营业收入3.26万亿元，同比增长4.1%；"
            "营业收入利润率为 6.1%。到2030年，智能算力将比2020年增长500倍，占总算力比例超90%。")
    facts = facts_of(text, "2024-03-20")
    assert (facts["3.26万亿元"].subject, facts["3.26万亿元"].relation) == ("营业收入", "实现")
    assert facts["3.26万亿元"].period_iso == "2024-01/2024-02"
    assert (facts["6.1%"].subject, facts["6.1%"].relation) == ("营业收入利润率", "为")
    assert (facts["500倍"].subject, facts["500倍"].relation) == ("智能算力", "增长")
    assert facts["500倍"].period == "到2030年"  # 2020年 is the comparison's base
    assert (facts["超90%"].subject, facts["超90%"].relation) == ("智能算力", "占…比重")


def test_a_count_measures_the_noun_it_modifies() -> None:
    facts = facts_of("新材料产业链专场对接活动现场，12个项目集中签署合作协议，总投资额超217亿元。")
    assert facts["12个"].subject == "项目"
    assert facts["超217亿元"].subject == "总投资额"


def test_subjects_listed_before_fenbie_pair_with_the_numbers() -> None:
    facts = facts_of("研发设计工具普及率、关键工序数控化率分别超过90%、75%。")
    assert facts["超过90%"].subject == "研发设计工具普及率"
    assert facts["75%"].subject == "关键工序数控化率"


def test_periods_carry_through_a_paragraph_but_not_past_it() -> None:
    text = "2023年，全省营业收入100亿元。其中，利润20亿元。\n全省企业达50家。"
    facts = facts_of(text, "2024-05-01")
    assert facts["20亿元"].period == "2023年"
    assert (facts["50家"].period, facts["50家"].period_iso) == ("", "2024-05-01")


def test_period_iso_forms() -> None:
    cases = {
        "一季度末": "2024-Q1", "1-9月": "2024-01/2024-09", "去年全年": "2023",
        "截至2023年末": "2023-12", "前三季度": "2024-Q1/2024-Q3", "上半年": "2024-01/2024-06",
        "明年": "2025", "3月29日": "2024-03-29", "2025年3月": "2025-03", "近5年来": None,
    }
    for printed, iso in cases.items():
        found = find_periods(printed, "2024-10-20")
        assert [(p.text, p.iso) for p in found] == [(printed, iso)], printed
    assert find_periods("今年一季度", None)[0].iso is None  # no page date, no year
    assert find_periods("比去年四季度上升", "2024-10-20") == []  # a base, not a period


def test_dates_are_periods_not_figures() -> None:
    fact = facts_of("3月29日，活动在长沙举行。", "2025-03-30")["3月29日"]
    assert (fact.subject, fact.relation, fact.period_iso) == ("", "", "2025-03-29")


_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
_PIECES = st.sampled_from(
    ["，", "。", "、", "；", "\n", "同比增长", "达", "占", "比重", "分别", "其中", "的",
     "2024年", "一季度", "去年", "到", "比", "较", "实现", "“", "”", "12", "个", "%",
     "亿元", "万", "家", " ", "前2个月", "1-9月", "以", "和"])
_TEXTS = st.lists(st.one_of(_PIECES, st.text(_CJK, max_size=4), st.text(max_size=3)),
                  max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, st.sampled_from([None, "2024-10-20"]))
def test_any_text_gives_one_sound_fact_per_number(text: str, page_date: str | None) -> None:
    numbers = find_numbers(text)
    facts = find_facts(text, numbers, page_date)
    assert [(f.start, f.end) for f in facts] == [(n.start, n.end) for n in numbers]
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text
        if fact.subject_start is None:
            assert fact.subject == "" and fact.subject_end is None
            continue
        assert fact.subject_end is not None
        assert 0 <= fact.subject_start < fact.subject_end <= len(text)
        assert text[fact.subject_start:fact.subject_end] == fact.subject
        # Never the number itself, and inside the number's sentence.
        assert fact.subject_end <= fact.start or fact.subject_start >= fact.end
        between = text[min(fact.subject_end, fact.start):max(fact.subject_start, fact.end)]
        assert not any(ch in "。！？\n" for ch in between)


def test_the_sentence_of_a_figure_is_whole_and_holds_it() -> None:
    from desktop_app.core.facts.facts import sentence_of

    text = "开篇一句。2024年，全省产业规模达8520亿元，同比增长19.2%。\n下一段！"
    start = text.index("8520亿元")
    assert sentence_of(text, start, start + 6) == "2024年，全省产业规模达8520亿元，同比增长19.2%。"
    assert sentence_of(text, 0, 2) == "开篇一句。"
    assert sentence_of(text, len(text) - 2, len(text) - 1) == "下一段！"


@given(st.text(alphabet="数字。！\n，", max_size=30), st.data())
def test_a_sentence_is_a_piece_of_the_text_around_the_span(text: str, data) -> None:
    from desktop_app.core.facts.facts import sentence_of

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    sentence = sentence_of(text, start, end)
    assert sentence in text
    assert text[start:end].strip() in sentence or "\n" in text[start:end] \
        or any(c in text[start:end] for c in "。！")


@pytest.mark.thorough  # a scale check: CI's second run (--tier thorough)
@pytest.mark.parametrize("end_of_paragraph", ["\n", ""])
def test_the_time_to_read_figures_grows_with_the_text_not_faster(end_of_paragraph: str) -> None:
    # Each number looks back to the periods and the clause near it: one that walked every
    # period of the text made a page printed as one paragraph quadratic.
    import time

    def read(copies: int) -> float:
        text = ("今年以来，全省破获电诈案件1260起，同比增长3.5%，民间投资下降3.4%。"
                + end_of_paragraph) * copies
        numbers = find_numbers(text)
        best = float("inf")
        for _ in range(3):
            started = time.thread_time()
            find_facts(text, numbers, "2024-11-20")
            best = min(best, time.thread_time() - started)
        return best

    few, many = read(150), read(1_200)
    assert many < 24 * max(few, 0.005)
