"""Look-alike code points (PDF extraction's Kangxi radicals and friends) become the
characters a reader types; nothing ordinary is ever changed."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.reading.normalise import LOOKALIKES, normalise_text
from desktop_app.core.reading.pages import decode_page

ordinary = st.text(st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from("，。、；：？！“”‘’（）《》【】—…·\u3000\n"),
))
anything = st.text(st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from([chr(cp) for cp in LOOKALIKES]),
))


@given(ordinary)
def test_ordinary_chinese_ascii_and_punctuation_never_change(text: str) -> None:
    assert normalise_text(text) == text


@given(anything)
def test_normalising_twice_changes_nothing_more(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


def test_the_lookalikes_pdf_extraction_gives() -> None:
    assert normalise_text("绿⾊发展，⻓沙⼀⼈⼯⽐例") == "绿色发展，长沙一人工比例"
    assert normalise_text("⽤⼾⻔⼾") == "用户门户"  # as SC fonts draw it, not NFKC's 戶
    assert normalise_text("ﬁnance ＡＩ１２３") == "finance AI123"
    assert normalise_text("｢新闻｣､") == "「新闻」、"


def test_every_kangxi_radical_becomes_its_nfkc_ideograph() -> None:
    for cp in range(0x2F00, 0x2FD6):
        expected = unicodedata.normalize("NFKC", chr(cp)) if cp != 0x2F3E else "户"
        assert normalise_text(chr(cp)) == expected
        assert 0x4E00 <= ord(expected) <= 0x9FFF


def test_the_radicals_supplement_has_a_table_nfkc_lacks() -> None:
    assert unicodedata.normalize("NFKC", "⻓") == "⻓"  # why the table exists
    assert normalise_text("⻓⻔⻢⻋⻅") == "长门马车见"
    mapped = [cp for cp in range(0x2E80, 0x2EF4) if normalise_text(chr(cp)) != chr(cp)]
    assert len(mapped) > 100
    # (U+2E95 → U+2B739, an ideograph newer than Python 3.11's Unicode data.)
    assert all(unicodedata.name(normalise_text(chr(cp)), "CJK UNIFIED IDEOGRAPH-?")
               .startswith("CJK UNIFIED IDEOGRAPH") for cp in mapped)


def test_full_width_punctuation_is_kept() -> None:
    text = "（上接第1版）“湖南”：１２％！"
    assert normalise_text(text) == "（上接第1版）“湖南”：12％！"


def test_a_text_page_is_normalised_when_read() -> None:
    page = decode_page("## 绿⾊发展\n\n⻓沙⼀季度绿⾊产业增⻓。\n".encode())
    assert "绿色发展" in page.text and "长沙一季度绿色产业增长。" in page.text
