"""A headline a tool ran into its story's dateline on one line opens a story of its own."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BRIEFS = ("长沙地铁6号线东延段开通\n\n本报讯（记者 王晗）今天，长沙地铁6号线东延段开通运营，"
          "全线设车站5座。\n\n"
          "省检察院发布未成年人保护典型案例 本报讯（通讯员 陈曦）12月3日，省人民检察院发布6起"
          "未成年人综合司法保护典型案例。\n\n"
          "岳阳破获一起跨境电诈案 本报讯（通讯员 黄涛）近日，岳阳市公安局破获一起跨境电信网络"
          "诈骗案，抓获犯罪嫌疑人23名。\n")


def test_each_headline_run_into_its_dateline_opens_its_brief() -> None:
    articles = split_page(BRIEFS).articles[1:]
    assert [a.title for a in articles] == [
        "省检察院发布未成年人保护典型案例", "岳阳破获一起跨境电诈案"]
    assert [a.dateline for a in articles] == ["本报讯（通讯员 陈曦）", "本报讯（通讯员 黄涛）"]


@pytest.mark.parametrize("paragraph", [
    "湖南日报 5月7日讯（全媒体记者 王晗）今天，全省春耕生产现场会召开。",  # OCR's space
    "记者 王晗 本报讯（通讯员 陈曦）12月3日，省人民检察院发布典型案例。",  # a byline
    "会议指出，要抓好春耕。本报讯（通讯员 陈曦）12月3日，省人民检察院发布典型案例。",
])
def test_a_paragraph_with_no_headline_before_its_dateline_is_left_whole(paragraph: str) -> None:
    page = "全省春耕生产现场会召开\n\n" + paragraph + "\n"
    assert [a.title for a in split_page(page).articles] == ["全省春耕生产现场会召开"]
