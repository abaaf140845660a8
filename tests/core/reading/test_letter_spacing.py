"""Lines a PDF text tool letter-spaced read as the page printed them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.reading.letter_spacing import close_up
from desktop_app.core.reading.pages import decode_page
from desktop_app.core.splitting.split import split_page


def test_a_justified_line_spaced_out_by_the_tool_is_closed_up() -> None:
    cases = {"旅 游 广 电 体 育 局 获 悉 ， 今 年 1 至 11": "旅游广电体育局获悉，今年1至11",
             "春 节 假 期 全 省 接 待 游 客 4 1 8 3 万 人 次": "春节假期全省接待游客4183万人次"}
    for line, closed in cases.items():
        assert close_up(line) == closed


def test_spaces_that_the_page_printed_stay() -> None:
    for line in ("记者 王 卓 李 明", "写春联 送祝福", "经 济 简 讯", "CN 43-0001 今日 12 版",
                 "日 一 二 三 四 五 六", "湖南板块 涨 76 家 跌 52 家",
                 # columns still side by side keep their places
                 "旅 游 广 电 体 育 局 获 悉       第二栏的文字"):
        assert close_up(line) == line


def test_a_letter_spaced_dateline_reads_as_printed() -> None:
    page = ("长沙新开三条公交线路\n湖 南 日 报 12 月 8 日 讯 （ 记 者\n"
            "王 卓 ） 记 者 从 长 沙 市 交 通 运 输\n局获悉，长沙新开三条公交线路。\n")
    [article] = split_page(decode_page(page.encode()).text).articles
    assert article.dateline == "湖南日报12月8日讯（记者王卓）"
    assert article.text == "记者从长沙市交通运输局获悉，长沙新开三条公交线路。"


_CHARS = st.sampled_from([*"湖南日报讯记者，。“”（）12 ab\n", "  ", "   "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join))
def test_closing_up_only_removes_spaces_and_is_idempotent(text: str) -> None:
    closed = close_up(text)
    assert closed.replace(" ", "") == text.replace(" ", "")
    assert closed.count("\n") == text.count("\n")
    assert close_up(closed) == closed


def test_a_page_ocr_spaced_throughout_is_closed_up_but_for_latin_words() -> None:
    page = ("县 域 医 共 体 建 设 实 现 全 覆 盖\n\n湖 南 日 报 2 月 2 日 讯 （ 全 媒 体 记\n"
            "者 曾 思琪 通 讯 员 卢 海 燕 ） 记 者 今天从 省 卫生健 康 委 获悉 ，\n"
            "我 省122 个 县市 区 已 全 部 建成 ， 就诊率达 到91.2%， 用 上 了 AI 助手 CN 43 。\n")
    assert decode_page(page.encode()).text.split("\n") == [
        "县域医共体建设实现全覆盖", "", "湖南日报2月2日讯（全媒体记",
        "者曾思琪通讯员卢海燕）记者今天从省卫生健康委获悉，",
        "我省122个县市区已全部建成，就诊率达到91.2%，用上了AI助手CN 43。", ""]
