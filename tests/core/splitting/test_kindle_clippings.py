"""A Kindle's clippings file of a page: the frames, the reader's notes and bookmarks and a
highlight made again longer are no part of any article; the highlights read in order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.splitting.kindle_clippings import clipping_lines
from desktop_app.core.splitting.lines import page_lines
from desktop_app.core.splitting.split import split_page

TITLE = "\ufeff湖南日报 2025-12-04 第11版 法治 (湖南日报社)"


def clip(where: str, text: str, kind: str = "标注") -> str:
    return (f"{TITLE}\n- 您在位置 #{where}的{kind} | 添加于 2025年12月5日星期五 上午7:38:12\n\n"
            f"{text}\n==========\n")


PAGE = "".join([
    clip("3-5", "“共享法庭”开到家门口"),
    clip("5-9", "湖南日报12月3日讯（通讯员 罗娜）近日，湘潭县花石镇村民在村部调解了一起纠纷。"
                " 这是全省推行“共享法庭”的一个缩影。"),
    clip("9", "共享法庭=法院+村部 → 考点", "笔记"),
    clip("12", "", "书签"),
    clip("14-15", "“养老投资”诈骗案"),
    clip("14-20", "一起“养老投资”诈骗案背后 湖南日报12月3日讯（通讯员 黄涛）近日，"
                  "长沙市中级人民法院审结一起集资诈骗案。"),
])


def test_each_highlight_is_read_and_the_rest_of_the_file_is_not() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == ["“共享法庭”开到家门口", "一起“养老投资”诈骗案背后"]
    first, second = articles
    assert first.paragraphs == ["近日，湘潭县花石镇村民在村部调解了一起纠纷。",
                                "这是全省推行“共享法庭”的一个缩影。"]
    assert second.text == "近日，长沙市中级人民法院审结一起集资诈骗案。"
    every = "".join(a.title + a.text + a.subtitle for a in articles)
    assert "考点" not in every and "添加于" not in every and "湖南日报社" not in every


def test_an_english_kindles_file_is_read_alike() -> None:
    english = PAGE.replace("- 您在位置 #", "- Your Highlight on Location ").replace(
        "的标注 | 添加于", " | Added on")
    assert [a.title for a in split_page(english).articles] == [
        "“共享法庭”开到家门口", "一起“养老投资”诈骗案背后"]


_TEXT = st.text(st.sampled_from("湘江长沙新区项目投资增长，。"), min_size=1, max_size=30)


@given(st.lists(st.tuples(st.integers(1, 200), st.integers(0, 5), _TEXT), min_size=2,
                max_size=8))
def test_a_highlight_inside_no_later_one_is_kept_whole(rows: list[tuple[int, int, str]]) -> None:
    page = "".join(clip(f"{start}-{start + size}", f"第{n}段{text}")
                   for n, (start, size, text) in enumerate(rows))
    kept = "".join(line.text for line in clipping_lines(page_lines(page)))
    for n, (start, size, _text) in enumerate(rows):
        inside_later = any(s <= start and start + size <= s + z and (s, z) != (start, size)
                           for s, z, _ in rows[n + 1:])
        assert (f"第{n}段" in kept) is not inside_later
    assert "==========" not in kept and "添加于" not in kept
