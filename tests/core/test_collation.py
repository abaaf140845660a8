"""Sorting by title lists Chinese titles as a Chinese index does: pinyin, then tone."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.collation import numbered, title_key, title_sort_string


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


TRICKY = st.sampled_from(["长", "沙", "中", "钟", "a", "A", "Ａ", "b", "1", "２", "0", "10",
                          "“", " ", "-", "é", "ß", "\x00", "\U0001d7ce", "٣", "〇", "ｚ"])


@settings(deadline=None)  # the first call reads the readings table
@given(st.lists(st.one_of(st.text(max_size=12), st.lists(TRICKY, max_size=8).map("".join)),
                max_size=20))
def test_the_sort_string_orders_titles_as_the_key_does(titles):
    by_key = sorted(titles, key=title_key)
    assert [title_key(t) for t in sorted(titles, key=title_sort_string)] == [
        title_key(t) for t in by_key]


def test_the_sort_string_keeps_the_index_order():
    titles = ["株洲", "长沙", "第10版", "第2版", "GDP增长", "“十五五”开局", "Ａ股", "b站"]
    assert sorted(titles, key=title_sort_string) == ordered(titles)
