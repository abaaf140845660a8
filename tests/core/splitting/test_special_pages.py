"""A county's special page (专版) as a PDF-to-Markdown converter prints it: the page's
name and slogan over the first story, a series' label over each story, leads set in
bold, the converter's empty anchors."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

PAGE = """<span id="page-0-0"></span>2025年12月12日 星期五 13 责任编辑 胡宇芬

# 醴陵专版

## 聚焦高质量发展 建设现代化新醴陵

#### 高质量发展·醴陵实践①

## 一抔泥土烧出“千亿梦”

湖南日报全媒体记者 邹娜 通讯员 刘涛

**从一抔泥土到一件件精美的日用瓷、电瓷、艺术瓷，醴陵人用了1300多年。如今，这座“中国瓷谷”正以科技创新为引擎，奋力打造千亿陶瓷产业集群。**

走进湖南瓷谷陶瓷有限公司的智能化生产车间，机械臂精准抓取坯体。

<span id="page-0-1"></span>

#### 高质量发展·醴陵实践②

### 营商环境“优无止境”

通讯员 易明 湖南日报全媒体记者 邹娜

“以前办证要跑好几个部门，现在一个窗口就办好了。”醴陵一家陶瓷企业负责人说。
"""


def test_each_story_of_the_series_keeps_its_headline_and_its_bold_lead() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == ["一抔泥土烧出“千亿梦”", "营商环境“优无止境”"]
    assert [a.kicker for a in articles] == ["高质量发展·醴陵实践①", "高质量发展·醴陵实践②"]
    assert articles[0].paragraphs[0].startswith("从一抔泥土到一件件精美的日用瓷")
    assert not any("<span" in a.text or "page-0" in a.text for a in articles)


def test_the_pages_name_and_slogan_are_no_part_of_the_first_story() -> None:
    first = split_page(PAGE).articles[0]
    assert "醴陵专版" not in first.subtitle and "聚焦高质量发展" not in first.subtitle
