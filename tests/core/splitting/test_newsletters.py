"""A newsletter a paper mails or posts as plain text: a framed head, an index of the
issue's pieces, the pieces between rules, a framed foot."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

RULE, FRAME = "-" * 40, "=" * 40
NEWSLETTER = f"""{FRAME}
常德日报·今日读报  第0583期
{FRAME}

本期导读
一、桃源红茶开采 首批鲜叶每斤300元
二、短评：种粮要让农民有钱赚

{RULE}

一、桃源红茶开采 首批鲜叶每斤300元

常德日报3月16日讯（记者 刘宏）3月15日，桃源县茶庵铺镇的茶园里，采茶工人采下今年第一批春茶嫩芽。

{RULE}

二、短评：种粮要让农民有钱赚

　谭晓东

种粮积极性从哪里来？归根到底，要让农民种粮有钱赚、得实惠。

{FRAME}
本期编辑：常德日报新媒体中心
如需退订，请回复“TD”
{FRAME}
"""


def test_each_piece_between_the_rules_is_an_article_and_the_index_is_none() -> None:
    articles = split_page(NEWSLETTER).articles
    assert [a.paragraphs[0] for a in articles[:2]] == [
        "3月15日，桃源县茶庵铺镇的茶园里，采茶工人采下今年第一批春茶嫩芽。",
        "种粮积极性从哪里来？归根到底，要让农民种粮有钱赚、得实惠。"]
    assert "桃源红茶开采 首批鲜叶每斤300元" in articles[0].title
    assert "种粮要让农民有钱赚" in articles[1].title
    assert not any("本期导读" in p for a in articles for p in a.paragraphs)


def test_one_line_between_two_rules_is_a_headline_set_off() -> None:
    page = f"{FRAME}\n湘江新区发布算力券政策\n{FRAME}\n\n近日，湘江新区发布算力产业政策。\n"
    [article] = split_page(page).articles
    assert article.title == "湘江新区发布算力券政策"


def test_a_bracketed_index_of_numbered_headlines_is_furniture_not_a_story() -> None:
    rule = "=" * 72
    page = ("今日广州：多云间晴，22～29℃，东南风2级　空气质量：良\n\n【今日导读】\n"
            "1. 宏远主场大胜 大比分扳成1比1\n2. 佛山主场逼平广州 “粤超”德比看台爆满\n\n"
            f"{rule}\n羊城晚报 A14 体育\n{rule}\n\n"
            "CBA季后赛四分之一决赛第二场\n宏远主场大胜 大比分扳成1比1\n——黎宇航砍下26分\n\n"
            "羊城晚报讯 记者梁思远报道：广东宏远队昨晚以108比88大胜浙江队。\n\n"
            "佛山主场逼平广州\n“粤超”德比看台爆满\n\n"
            "羊城晚报讯 记者吴湘报道：佛山队与广州队2比2握手言和。\n")
    articles = split_page(page).articles
    [derby] = [a for a in articles if "佛山队与广州队2比2握手言和。" in a.paragraphs[-1]]
    assert "德比看台爆满" in derby.title + derby.kicker
    assert not any("导读" in p or "2. 佛山" in p for a in articles for p in a.paragraphs)


MAILED = """Subject: [第08版：体育]家门口的赛场 人人都是主角
From: 中国青年报 <zqb@cyol.com>
Date: Tue, 21 Oct 2025 00:00:00 +0800
To:


十五运会群众赛事活动进入收官阶段

家门口的赛场 人人都是主角

本报记者 刘 言

10月19日傍晚，广州市天河区一处社区篮球场灯火通明，场边挤满了前来加油的街坊。




Subject: [第08版：体育]跑道上的“00后”新面孔
From: 中国青年报 <zqb@cyol.com>
Date: Tue, 21 Oct 2025 00:00:00 +0800

跑道上的“00后”新面孔

本报记者 王 姝

冲过终点的那一刻，来自兰州某高校的大二学生马晓东回头看了一眼计时屏。
"""


def test_a_feed_items_mail_header_is_furniture_over_its_story() -> None:
    articles = split_page(MAILED).articles
    assert [a.title for a in articles] == ["家门口的赛场 人人都是主角", "跑道上的“00后”新面孔"]
    text = "".join(p for a in articles for p in [a.title, a.kicker, *a.paragraphs])
    assert "Subject" not in text and "zqb@cyol.com" not in text


def test_one_line_naming_a_date_in_a_story_is_the_storys() -> None:
    page = "开幕式定档\n\n本报讯 组委会昨日公布开幕式安排。\nDate: 10月21日晚\n观众可凭票入场。\n"
    text = "".join("".join(a.paragraphs) for a in split_page(page).articles)
    assert "Date: 10月21日晚" in text
