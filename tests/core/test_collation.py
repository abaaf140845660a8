"""Sorting by title lists Chinese titles as a Chinese index does: pinyin, then tone."""

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.collation import numbered, title_key


def ordered(titles: list[str]) -> list[str]:
    return sorted(titles, key=title_key)


def test_city_names_in_pinyin_order_not_code_point_order():
    titles = ["株洲", "长沙", "湖南", "岳阳", "常德"]
    assert ordered(titles) == ["常德", "长沙", "湖南", "岳阳", "株洲"]
    assert sorted(titles) != ordered(titles)


def test_same_syllable_sorts_by_tone():
    assert ordered(["骂", "马", "妈", "麻"]) == ["妈", "麻", "马", "骂"]


def test_numbers_compare_by_value():
    assert ordered(["第10版", "第2版", "第1版"]) == ["第1版", "第2版", "第10版"]
    assert ordered(["第１０版", "第２版"]) == ["第２版", "第１０版"]  # full-width digits too


def test_punctuation_then_numbers_then_latin_then_han():
    assert ordered(["长沙", "GDP增长", "2030年", "“十五五”开局"]) == [
        "“十五五”开局", "2030年", "GDP增长", "长沙"]


def test_latin_letters_ignore_case_and_width():
    assert ordered(["b站", "Ａ股", "c位"]) == ["Ａ股", "b站", "c位"]


def test_tone_marks_become_numbers():
    assert numbered("zhōng") == "zhong1"
    assert numbered("lǜ") == "lv4"
    assert numbered("de") == "de5"


@given(st.text(), st.text())
def test_a_title_comes_before_any_longer_title_it_begins(head, tail):
    assert title_key(head) <= title_key(head + tail)


@given(st.lists(st.text(max_size=12), max_size=20))
def test_order_does_not_depend_on_the_order_titles_arrive_in(titles):
    keys = [title_key(t) for t in ordered(titles)]
    assert keys == sorted(title_key(t) for t in reversed(titles))
