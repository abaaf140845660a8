"""Stories as other outlets and apps re-post them: a portal's, a government site's, a
county's morning digest, a post with its #topics#."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

TEXT = ("长沙海关今天发布数据，今年前10个月，湖南对沙特进出口总值达到86.5亿元，"
        "同比增长41.3%。其中出口工程机械和新能源汽车增长最快。")


@pytest.mark.parametrize("stamp", [
    "2025年11月18日 07:30 湖南日报",
    "信息来源：湖南日报 发布时间：2026-01-31 09:40 浏览次数：2680",
    "25-11-21 08:05 来自 微博视频号 已编辑",
    "头条 @湖南日报 2025-11-21 10:30 · 湖南日报社官方账号",
    "【早安桂东】3月12日 星期四 农历正月廿四",
    "湖南日报2026年2月25日 第5版 评论",
    "（2026年第4期·总第37期）",
])
def test_when_and_where_a_story_was_posted_is_no_headline(stamp: str) -> None:
    page = f"{stamp}\n\n前10月湖南对沙特出口增长41.3%\n\n{TEXT}\n"
    [article] = split_page(page).articles
    assert article.title == "前10月湖南对沙特出口增长41.3%"
    assert stamp not in article.subtitle


def test_a_sentence_with_a_date_and_a_time_stays_text() -> None:
    page = ("长沙地铁调整运营时间\n\n2025年5月1日 10:00起，长沙地铁各线路延长运营时间，"
            "末班车推迟半小时。\n")
    [article] = split_page(page).articles
    assert article.title == "长沙地铁调整运营时间"
    assert article.paragraphs[0].startswith("2025年5月1日 10:00起")


DIGEST = """【早安桂东】3月12日 星期四 农历正月廿四

今日聚焦

【郴州“林长+检察长”守护东江湖水源林】湖南日报3月11日讯（全媒体记者 李秉钧）郴州市今天发布，\
全市推行“林长+检察长”协作机制。

#湘超# #湖南省足球联赛# 【湘超决赛门票今日10时开售 票价最低30元】记者从省体育局获悉，\
决赛门票今日开售。

1. 常德桃花源机场新开通至西安、厦门航线：3月10日起，常德桃花源机场新开两条往返航线，每周各执飞4班。

2. 娄底涟源：“家门口就业”让2100名妇女端上“饭碗”：近日，涟源市在29个乡镇建成“就业帮扶车间”94家。
"""


def test_each_headline_a_digest_marks_opens_its_item() -> None:
    titles = [a.title for a in split_page(DIGEST).articles]
    assert titles[-4:] == ["郴州“林长+检察长”守护东江湖水源林",
                           "湘超决赛门票今日10时开售 票价最低30元",
                           "常德桃花源机场新开通至西安、厦门航线",
                           "娄底涟源：“家门口就业”让2100名妇女端上“饭碗”"]
    assert split_page(DIGEST).articles[-1].paragraphs[0].startswith("近日，涟源市")


@pytest.mark.parametrize("line", [
    "【图说】湘江两岸灯火璀璨。",  # a label, not a headline
    "1. 加强组织领导：各地要把春耕生产摆上重要位置，压实责任。",  # a point of a notice
])
def test_a_label_or_a_numbered_point_is_no_headline(line: str) -> None:
    page = f"全省春耕生产现场会召开\n\n本报讯（记者 王晗）全省春耕生产现场会今天召开。\n\n{line}\n"
    assert [a.title for a in split_page(page).articles] == ["全省春耕生产现场会召开"]


@pytest.mark.parametrize("chrome", ["当前位置：首页 > 要闻动态 > 湖南要闻",
                                    "缩小字体 放大字体 收藏 微博 微信 分享"])
def test_a_portals_path_and_controls_are_furniture(chrome: str) -> None:
    page = f"{chrome}\n\n前10月湖南对沙特出口增长41.3%\n\n{TEXT}\n"
    [article] = split_page(page).articles
    assert article.title == "前10月湖南对沙特出口增长41.3%"


def test_a_portals_repost_keeps_the_papers_headline_over_its_own() -> None:
    page = ("湖南省人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流 | 走进湖南\n\n"
            "城陵矶港集装箱吞吐量首破百万标箱 比去年提前49天\n2025年11月18日 07:05 湖南日报\n"
            "新浪财经APP\n缩小字体 放大字体 收藏 微博 微信 分享\n"
            "原标题：百万标箱，城陵矶港跨上新台阶\n\n" + TEXT + "\n")
    [article] = split_page(page).articles
    assert article.title == "百万标箱，城陵矶港跨上新台阶"
    assert "城陵矶港集装箱吞吐量首破百万标箱" in article.subtitle
    assert "走进湖南" not in article.subtitle + article.title


def test_a_clerks_compilation_keeps_its_head_and_contents_out_of_the_stories() -> None:
    page = ("法治宣传剪报汇编\n（2026年第4期·总第37期）\n"
            "县司法局办公室编印　　　　　　　　　　2026年4月17日\n\n目　　录\n\n"
            "1．“一站式”调解让纠纷止于诉前……………………………………………2\n"
            "2．省检察院发布未成年人司法保护典型案例………………………………4\n\n"
            "“一站式”调解让纠纷止于诉前\n\n"
            "　　在株洲市荷塘区社会治理综合服务中心，前来反映问题的群众在一个窗口就能办完。\n\n"
            "省检察院发布未成年人司法保护典型案例\n\n"
            "　　4月15日，省人民检察院发布2025年度未成年人司法保护典型案例。\n")
    assert [a.title for a in split_page(page).articles] == [
        "“一站式”调解让纠纷止于诉前", "省检察院发布未成年人司法保护典型案例"]


@pytest.mark.parametrize(("items", "titles"), [
    # the headline's colon before what the reporter learnt
    ("1. 常德桃花源机场新开通至西安、厦门航线：3月10日起，常德桃花源机场新开两条往返航线。\n\n"
     "2. 永州“百万亩油茶”完成低改38万亩：记者从永州市林业局获悉，该市已完成低改38.2万亩。",
     ["常德桃花源机场新开通至西安、厦门航线", "永州“百万亩油茶”完成低改38万亩"]),
    # a place's headline, whatever its text opens on
    ("3. 岳阳：长江岸线“复绿”再添1600亩：近日，岳阳市云溪区长江岸线植树复绿行动收尾。\n\n"
     "4. 娄底涟源：“家门口就业”让2100名妇女端上“饭碗”：涟源市在29个乡镇建成“就业帮扶车间”94家。",
     ["岳阳：长江岸线“复绿”再添1600亩", "娄底涟源：“家门口就业”让2100名妇女端上“饭碗”"]),
])
def test_each_numbered_item_of_a_digest_is_one_brief(items: str, titles: list[str]) -> None:
    page = f"今日聚焦\n\n{items}\n"
    assert [a.title for a in split_page(page).articles][-2:] == titles


@pytest.mark.parametrize(("by", "authors"), [
    ("By 谭德胜", ["谭德胜"]),
    ("By 通讯员 蒋文辉 湖南日报全媒体记者 唐亚新", ["蒋文辉", "唐亚新"]),
])
def test_a_feed_readers_item_keeps_its_title_over_its_link_date_author_and_summary(
        by: str, authors: list[str]) -> None:
    page = ("==============================\n乡村振兴，要让“土专家”唱主角\n"
            "https://hnrb.voc.com.cn/hnrb_epaper/html/2025-06/11/content_1750286.htm\n"
            f"Wed, 11 Jun 2025 00:00:00 +0800\n{by}\n\n"
            "Summary: 本土能人熟悉本地的土壤气候，示范起来农民信得过。\n\n"
            "一位种了30年柑橘的老农，说起嫁接、疏果、防溃疡病头头是道。\n\n"
            "乡村振兴，人才是关键。把本土能人用好，同样重要。\n")
    [article] = split_page(page).articles
    assert article.title == "乡村振兴，要让“土专家”唱主角"
    assert article.authors == authors
    assert article.paragraphs[0].startswith("一位种了30年柑橘的老农")


def test_a_contributed_opinion_under_its_columns_name_is_a_piece_of_its_own() -> None:
    page = ("三湘时评\n“AI拜年”别丢了人情味\n作者：李思齐\n来源：湖南日报\n\n"
            "今年春节，“AI拜年”火了。输入几个关键词，就能生成一段祝福语。\n\n"
            "来论\n给“夜经济”留一盏安全灯\n作者：张 弛\n来源：湖南日报\n\n"
            "春节期间，长沙坡子街等地夜间客流屡创新高，“夜经济”成为消费市场的一大亮点。\n")
    assert [a.title for a in split_page(page).articles] == [
        "“AI拜年”别丢了人情味", "给“夜经济”留一盏安全灯"]


def test_a_reposts_bulleted_index_and_weather_box_stay_out_of_the_headlines() -> None:
    page = ("【今日头版导读】\n◆全省秋粮收获进度过六成\n◆大漠秋色引客来\n"
            "今日天气｜兰州 晴转多云 11℃～24℃ 东南风3级\n"
            "抢抓晴好天气 确保颗粒归仓\n全省秋粮收获进度过六成\n本报记者 马晓琴\n"
            "9月17日，在张掖市甘州区党寨镇的玉米制种基地里，几台大型收获机来回穿梭。\n"
            "大漠秋色引客来\n9月17日，游客在敦煌鸣沙山月牙泉景区骑骆驼游览。 本报记者 王斌 摄\n")
    articles = split_page(page).articles
    heads = " ".join(f"{a.kicker} {a.title} {a.subtitle}" for a in articles)
    assert "◆" not in heads and "今日天气" not in heads
    assert (articles[0].kicker, articles[0].title) == ("抢抓晴好天气 确保颗粒归仓",
                                                       "全省秋粮收获进度过六成")
    assert "大漠秋色引客来" in [a.title for a in articles]


@pytest.mark.parametrize("prompt", ["向上滑动阅览", "左右滑动查看更多"])
def test_a_posts_prompt_to_scroll_a_poem_is_no_headline(prompt: str) -> None:
    page = (f"吉首的雾（外二首）\n□ 石远航\n\n{prompt}\n\n雾是从峒河里升起来的\n"
            "先漫过吊脚楼的木栏\n再漫过早起的背篓\n")
    [article] = split_page(page).articles
    assert article.title == "吉首的雾（外二首）"
    assert prompt not in "".join(article.paragraphs)


def test_a_reposts_title_header_and_source_accounts_card_are_no_story() -> None:
    # A WeChat account reposting another's post: the post's title, its header (no 原创),
    # the card naming the account it is from (its name, its line about itself).
    page = ("今日读报｜常德日报第3版：前10月湖南对沙特出口增长41.3%\n"
            "柳叶湖生活圈 柳叶湖生活圈 2025年11月19日 07:45 湖南\n"
            "以下文章来源于常德日报 ，作者常德日报\n常德日报 .\n"
            "常德日报官方账号，发布常德权威资讯。\n\n"
            f"前10月湖南对沙特出口增长41.3%\n\n{TEXT}\n")
    [article] = split_page(page).articles
    assert article.title == "前10月湖南对沙特出口增长41.3%"
    assert article.paragraphs == [TEXT]


def test_a_posts_readers_comments_under_their_names_and_provinces_are_no_story() -> None:
    page = (f"前10月湖南对沙特出口增长41.3%\n\n{TEXT}\n\n阅读原文\n阅读 1.2万\n写留言\n留言\n"
            "桃源老李 湖南\n出口增长这么快，家门口的工厂订单也多了👍\n18\n"
            "雪落壶瓶山 湖南\n周末带娃去看看！\n7\n")
    [article] = split_page(page).articles
    assert article.paragraphs == [TEXT]


def test_a_posts_list_of_its_accounts_other_posts_is_no_story() -> None:
    page = (f"前10月湖南对沙特出口增长41.3%\n\n{TEXT}\n\n来源｜常德日报\n编辑｜曹颖 二审｜陈立新\n"
            "往期推荐\n常德这条城际快速通道，最新进展来了！\n"
            "@常德人 年货市集开到家门口，这份逛吃攻略请收好\n权威发布！常德2026年十件民生实事出炉\n"
            "常德日报\n阅读原文\n")
    [article] = split_page(page).articles
    assert article.paragraphs == [TEXT]
