"""A page a tool printed one character per line read as the lines the paper printed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page

PRINTED = ["湘江保护条例修订草案提请审议", "本报讯（记者 王 晗）",
           "今天，省十四届人大常委会第十九次会议在长沙开幕。会议",
           "听取了关于《湖南省湘江保护条例（修订草案）》的说明。",
           "修订草案共九章七十二条，对2013年以来的经验作出规定。"]


def _broken(lines: list[str]) -> str:
    """As MuPDF prints a page whose engine placed each character on its own: every
    character a line, a number kept whole, each printed line a block, blank lines apart."""
    blocks = []
    for line in lines:
        glyphs: list[str] = []
        for char in line:
            if char.isdigit() and glyphs and glyphs[-1].isdigit():
                glyphs[-1] += char
            else:
                glyphs.append(char)
        blocks.append("\n".join(glyphs))
    return "\n\n".join(blocks) + "\n"


def test_a_page_printed_one_character_per_line_reads_as_printed() -> None:
    text = decode_page(_broken(PRINTED).encode()).text
    assert text.split("\n") == [*PRINTED, ""]
    [article] = split_page(text).articles
    assert article.title == "湘江保护条例修订草案提请审议"
    assert article.text.startswith("今天，省十四届人大常委会第十九次会议在长沙开幕。")


def test_a_headline_set_vertically_reads_as_one_line_between_its_neighbours() -> None:
    page = ("大峡谷迎来春游客流高峰\n" + "\n".join("洞庭湖区春耕备耕忙")
            + "\n让“开工即开跑”成为常态\n")
    assert decode_page(page.encode()).text.split("\n") == [
        "大峡谷迎来春游客流高峰", "洞庭湖区春耕备耕忙", "让“开工即开跑”成为常态", ""]


def test_short_lines_a_writer_set_one_per_line_stay() -> None:
    for page in ("名单：\n\n甲\n乙\n\n丙\n丁\n\n戊\n己\n", "春\n夏\n秋\n冬\n秋\n",
                 "1\n2\n3\n\n4\n5\n6\n\n7\n8\n9\n"):
        assert decode_page(page.encode()).text == page


_WIDE = st.lists(st.sampled_from("湖南日报讯记者，。“”（）省市县"), min_size=3, max_size=30)
# A line of wide characters, with a number or a Latin word in it now and then.
_LINE = st.tuples(_WIDE, st.sampled_from(["", "12", "2026", "AB"]), st.integers(0, 30)).map(
    lambda parts: "".join(parts[0][:parts[2]]) + parts[1] + "".join(parts[0][parts[2]:]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, min_size=3, max_size=12))
def test_any_page_broken_at_every_character_is_joined_back(lines: list[str]) -> None:
    """However the lines run, breaking each after every character and reading the page
    gives back the printed lines (the page's lines are those long enough to be broken)."""
    text = decode_page(_broken(lines).encode()).text
    assert text.split("\n")[:len(lines)] == lines
