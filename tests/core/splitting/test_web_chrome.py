"""Pages saved from the web: the e-paper site, a news app, an account's post, a clipping
file, a converter's Markdown.

What such a page prints around the articles (navigation, the article's record, share
lines, counts and comments, link markup, ornaments) is no part of any article, and never
its headline; lines made to make its patterns backtrack split at once.
"""

from __future__ import annotations

import time

import pytest

from desktop_app.core.splitting.split import split_page
from desktop_app.core.splitting.web_chrome import unmark
from desktop_app.core.splitting.web_roles import line_role

EPAPER_VIEW = """湖南日报数字报
往期回顾　上一期　下一期　返回首页
第03版：经济　　PDF版下载

本版标题导航
· 湘江新区发布低空经济十条
· 醴陵陶瓷出口首季增长两成

第03版：经济　上一篇　下一篇

湘江新区发布低空经济十条
——三年内建成50个起降点

【字体：大 中 小】
来源：湖南日报　作者：湖南日报全媒体记者 刘明 通讯员 陈曦　发布时间：2026-04-02 07:30:12

湖南日报4月1日讯（全媒体记者 刘明 通讯员 陈曦）4月1日，湘江新区出台低空经济十条措施。

措施明确，对新落户的整机制造企业给予最高2000万元奖励。

责任编辑：张敏
打印本页　关闭窗口

第03版：经济　上一篇　下一篇

醴陵陶瓷出口首季增长两成

【字体：大 中 小】
来源：湖南日报　作者：湖南日报全媒体记者 王芳　发布时间：2026-04-02 07:30:12

一季度，醴陵日用陶瓷出口额同比增长21.3%，产品销往90多个国家和地区。

当地企业负责人说，今年订单已排到了7月。

打印本页　关闭窗口
湖南日报社版权所有　未经书面授权不得复制
"""


def test_an_epaper_page_view_gives_its_articles_and_nothing_of_the_site() -> None:
    articles = split_page(EPAPER_VIEW).articles
    assert [a.title for a in articles] == ["湘江新区发布低空经济十条", "醴陵陶瓷出口首季增长两成"]
    assert articles[0].byline == "湖南日报全媒体记者 刘明 通讯员 陈曦"
    assert articles[1].byline == "湖南日报全媒体记者 王芳"
    everything = " ".join(a.title + a.subtitle + "".join(a.paragraphs) for a in articles)
    for chrome in ("打印本页", "字体", "上一篇", "发布时间", "版权所有", "PDF版"):
        assert chrome not in everything
    assert articles[1].paragraphs[-1] == "当地企业负责人说，今年订单已排到了7月。"
    assert "·" not in everything  # the list of the page's headlines is no part of one


def test_a_headline_after_the_site_closed_the_article_before_opens_a_story() -> None:
    # The second story signed by the paper's commentator on a line of its own.
    head, _, tail = EPAPER_VIEW.rpartition("醴陵陶瓷出口首季增长两成\n")
    page = head + "醴陵陶瓷出口首季增长两成\n湖南日报评论员\n" + tail
    titles = [a.title for a in split_page(page).articles]
    assert titles == ["湘江新区发布低空经济十条", "醴陵陶瓷出口首季增长两成"]


CONVERTED = """::: {#nav .paper}
[湖南日报](../index.htm) \\| 2026年04月02日 星期四 \\| 第06版：文体
:::

::: {.article}
全民健身 活力三湘
-----------------

环洞庭湖自行车赛在岳阳鸣枪
==========================

湖南日报全媒体记者 周洋

![](../images/b6_1.jpg){width="600"}

[]{#content}4月1日，2026环洞庭湖自行车赛在[岳阳](https://example.com/yy)鸣枪开赛，来自全国的600名骑手参赛。

赛事全程168公里，途经君山、华容等地。
:::

* * *

::: {.article}
### 湘剧《橘洲灯火》首演

"湘剧是长沙的乡音。"该剧导演说，主创团队历时两年打磨剧本。
:::
"""


def test_a_converted_page_reads_without_its_markup() -> None:
    articles = split_page(CONVERTED).articles
    titles = [a.title for a in articles]
    assert "环洞庭湖自行车赛在岳阳鸣枪" in titles[0]
    assert titles[1] == "湘剧《橘洲灯火》首演"
    first = "".join(articles[0].paragraphs)
    assert "在岳阳鸣枪开赛" in first  # the link's words stay, its target goes
    for markup in ("](", "{#", ":::", "![", "images/", "---", "==="):
        assert markup not in first + "".join(a.title + a.subtitle for a in articles)


def test_a_share_line_and_an_app_stamp_are_no_article() -> None:
    page = """春耕一线｜“田保姆”上岗 种田变轻松
湖南日报·新湖南客户端 2026-03-12 07:05:14
湖南日报全媒体记者 龙文
3月10日，澧县码头铺镇的田野里，3台旋耕机来回穿梭。
合作社今年签约托管耕地2.3万亩，比去年增加5000多亩。
阅读原文
【春耕一线｜“田保姆”上岗 种田变轻松】澧县一家合作社今年签约托管耕地2.3万亩……（分享自@新湖南）https://m.example.com/news/31280841.html
"""
    articles = split_page(page).articles
    assert len(articles) == 1
    # The app's series label before the bar is no part of the headline; it is kept.
    assert articles[0].title == "“田保姆”上岗 种田变轻松"
    assert "春耕一线" in articles[0].subtitle
    assert "分享自" not in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("line", [
    "上一篇　下一篇",
    "打印本页关闭窗口",
    "【字体：大 中 小】",
    "湖南日报 > 2026年04月02日 > 第07版：社会",
    "湖南日报 | 2026年04月02日 星期四 | 第08版：文体",
    "2025-10-15 07:03　湖南日报·新湖南",
    "湖南日报 2025-12-18 08:10 发表于湖南",
    "点击上方蓝字 关注我们",
    "Copyright © 湖南日报数字报 All Rights Reserved",
    "分享到：微信 微博 QQ空间",
    "【打印】【关闭】【纠错】",
    "字号 大 中 小",
    "字号：[大] [中] [小]   分享到：微信 微博 QQ空间",  # each size in its own brackets
    "今天的《湖南日报》评论版，和你聊聊县域商业和「村晚」👇",
    "分享到： 微信  朋友圈  QQ  微博  复制链接",
    "[原文链接](https://example.com/node_8.htm) · 由 稍后读 保存",
    "📰株洲日报｜2026年1月15日 星期四｜第2版·要闻",
])
def test_lines_of_the_site_are_chrome(line: str) -> None:
    assert line_role(unmark(line)) in ("chrome", "ends")


@pytest.mark.parametrize("line", ["【责任编辑：刘珊】", "（本文来源：湖南日报）", "浏览次数：1286"])
def test_an_articles_record_in_brackets_is_its_record(line: str) -> None:
    assert line_role(line) == "record"


@pytest.mark.parametrize("line", [
    "2026-2030年湖南综合交通规划出炉",  # a headline with a span of years
    "会议于2026-03-05 10:30在长沙召开，来自全省的200名代表参加。",  # a sentence
    "长沙至上海高铁每天开行列车超过100对",
    "湘江新区：一季度新签约项目58个",
    "分享经济：共享充电宝进社区",  # a headline that opens with a control's word
    "详情可登录www.hunan.gov.cn查询。",  # a sentence with a link
    "时间：4月5日上午9时",  # a notice's details, printed in a story
    "未经许可，不得擅自占用消防通道！",
])
def test_text_that_only_resembles_chrome_stays_text(line: str) -> None:
    assert line_role(line) == ""


def test_markup_without_text_is_removed_and_words_of_links_stay() -> None:
    assert unmark("![图](a.jpg){width=\"600\"}") == ""
    assert unmark("[]{#content}在[岳阳](https://x.cn/y)开赛") == "在岳阳开赛"
    assert unmark("他说[1]此事") == "他说[1]此事"  # brackets that are no link stay
    assert unmark("> > 编者按：今年是“十五五”开局之年。") == "编者按：今年是“十五五”开局之年。"


def test_links_to_other_articles_are_no_part_of_the_page() -> None:
    end = "打印本页　关闭窗口\n湖南日报社"
    page = EPAPER_VIEW.replace(end, "相关新闻\n· 株洲陶瓷产业再提速\n· 浏阳花炮出口创新高\n" + end)
    everything = "".join(a.title + "".join(a.paragraphs) for a in split_page(page).articles)
    assert "浏阳花炮" not in everything and "株洲陶瓷" not in everything


HOSTILE = {
    "a run of spaces": "甲" + " " * 100_000 + "乙\n",
    "unclosed links": "[甲](" * 10_000 + "\n",
    "a record of many fields": "【标题】甲" + "【版次】乙" * 20_000 + "\n正文。\n",
    "a bold lead that never closes": "**" + "标" * 50_000 + "正文" * 50_000 + "\n",
    "a header and a sea of spaces": "2026年3月12日" + " " * 50_000 + "责任编辑 张三\n",
    "a rule of dashes and spaces": "- " * 50_000 + "x\n",
    "a type-size control over and over": "字号 大" * 16 + "x\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_lines_made_to_make_the_patterns_backtrack_split_at_once(name: str) -> None:
    # Each took minutes (a run of spaces: 77 s at 400 characters) before the patterns
    # were bounded; now well under a second. The budget only tells a hang from a split.
    started = time.monotonic()
    split_page(HOSTILE[name])
    assert time.monotonic() - started < 10


def test_an_author_with_their_affiliation_in_the_record_is_the_byline() -> None:
    page = """▍理论·观点

以「人工智能+」赋能先进制造业高地建设

文 | 汤雅琪（作者单位：湖南省社会科学院产业经济研究所）

人工智能是引领新一轮科技革命和产业变革的战略性技术。

推动人工智能与制造业深度融合，是打造先进制造业高地的必然要求。
"""
    (article,) = split_page(page).articles
    assert article.title == "以「人工智能+」赋能先进制造业高地建设"
    assert article.byline.startswith("汤雅琪")
    assert article.paragraphs[0] == "人工智能是引领新一轮科技革命和产业变革的战略性技术。"


def test_a_news_apps_counts_buttons_and_readers_comments_are_no_part_of_the_story() -> None:
    page = """返回
版面图  文章列表  往期
A-  A+
省人民医院开通“云陪诊”服务
湖南日报 · 第07版  2025-12-09 07:30
听新闻 ▶ 02:05
湖南日报12月8日讯（全媒体记者 李志峰）12月8日，湖南省人民医院“云陪诊”服务正式上线。
服务对象以65岁以上老人、行动不便患者为主，低保、特困老人可免费享受。
阅读 1.5万
分享  |  评论 21  |  👍 268
热门评论
湘江边的老王：这个服务好，希望县里的医院也能推广。
  👍 35  回复
小雨点：点赞！价格能不能再透明一点？
查看全部21条评论 >
写评论...   ☆收藏   ↗分享
"""
    (article,) = split_page(page).articles
    assert article.title == "省人民医院开通“云陪诊”服务"
    assert len(article.paragraphs) == 2
    assert article.paragraphs[-1].endswith("低保、特困老人可免费享受。")


def test_a_font_size_control_beside_the_share_button_is_no_headline() -> None:
    page = split_page(
        "字号：[ 大 中 小 ]  　分享到：\n我省启动春季学校食品安全专项检查\n"
        "　　湖南日报3月11日讯（全媒体记者 李芳）记者从省市场监管局获悉，我省启动春季学校"
        "食品安全专项检查。\n【打印本页】【关闭窗口】 【返回顶部】\n\n"
        "字号：[ 大 中 小 ]  　分享到：\n湘江长沙段开展春季禁渔巡查\n"
        "　　湖南日报3月11日讯（全媒体记者 王晴）3月1日起，湘江长沙段进入春季禁渔期。\n"
    )
    assert [a.title for a in page.articles] == ["我省启动春季学校食品安全专项检查",
                                               "湘江长沙段开展春季禁渔巡查"]


def test_a_clipping_files_numbered_separators_part_the_articles_and_head_nothing() -> None:
    page = split_page(
        "==================== [1/2] ====================\n"
        "全省法院2025年受理案件超百万件\n"
        "　　本报讯（记者 周勇）记者从省高级人民法院获悉，2025年全省法院受理案件超过100万件。\n"
        "==================== [2/2] ====================\n"
        "2026年“春风行动”启动\n"
        "　　本报讯（记者 李芳）2026年“春风行动”近日启动，全省将举办招聘活动1200场。\n"
        "==================== 本版完 ====================\n"
    )
    assert [a.title for a in page.articles] == ["全省法院2025年受理案件超百万件",
                                               "2026年“春风行动”启动"]


def test_a_wechat_posts_header_and_footer_are_no_articles() -> None:
    page = split_page(
        "图片新闻｜龙舟下水，备战端午\n原创 湖南日报 湖南日报 2025年05月20日 07:30 湖南\n\n"
        "早稻田里管护忙\n▲5月19日，衡阳县西渡镇，种粮大户操作植保无人机为早稻喷施叶面肥。\n"
        "（通讯员 刘灿 摄）\n\n"
        "预览时标签不可点\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n轻触阅读原文\n\n"
        "知道了\n\n微信扫一扫\n使用小程序\n\n取消 允许\n"
    )
    texts = " ".join(a.title + "".join(a.paragraphs) for a in page.articles)
    assert [a.title for a in page.articles] == ["早稻田里管护忙"]  # not the post's own title
    assert "种粮大户操作植保无人机" in texts
    assert not any(word in texts for word in ("原创", "预览时标签不可点", "关注该公众号", "知道了"))


def test_an_accounts_lead_in_pointing_down_heads_nothing() -> None:
    page = split_page(
        "今天的《湖南日报》第6版是图片新闻版\n一起来看看👇\n\n"
        "龙舟下水 备战端午\n▲5月18日，汨罗市屈子祠镇，龙舟队员在汨罗江上训练。\n"
        "（湖南日报全媒体记者 李健 摄）\n"
    )
    assert [a.title for a in page.articles] == ["龙舟下水 备战端午"]


def test_a_newspaper_databases_record_lines_are_no_part_of_the_story() -> None:
    page = split_page(
        "托育服务如何更普惠？\n——省人大常委会开展托育服务专题调研\n龙文泱\n"
        "湖南日报  2026-01-14  第002版  时政\n下载  |  CAJ下载  |  PDF下载  |  HTML阅读  |  引用\n"
        "湖南日报1月13日讯（全媒体记者 龙文泱）1月上旬，省人大常委会调研组赴岳阳、常德开展"
        "托育服务专题调研。\n调研组建议，要加大财政投入，支持幼儿园开设托班。\n\n"
        "专辑：社会科学Ⅰ辑  分类号：D624\n在线发表时间：2026-01-14\n\n"
        "全省法院2025年受理案件超百万件\n张颂\n"
        "本报讯（全媒体记者 张颂）记者从省高级人民法院获悉，2025年全省法院受理案件超百万件。\n"
    )
    assert [a.title for a in page.articles] == [
        "托育服务如何更普惠？", "全省法院2025年受理案件超百万件"]
    assert not any("分类号" in p for a in page.articles for p in a.paragraphs)


def test_the_epaper_sites_read_in_full_control_is_no_part_of_the_headline() -> None:
    page = ("第01版：要闻\n返回目录   全文阅读   字号：大 中 小\n\n"
            "咬定目标不放松 奋力冲刺四季度\n全市前三季度工业投资增长12.6%\n"
            "新开工亿元以上项目231个，制造业投资占比提升至六成\n"
            "11月17日，记者从市统计局获悉，今年前三季度，全市工业投资同比增长12.6%。\n")
    [article] = split_page(page).articles
    assert article.title == "全市前三季度工业投资增长12.6%"
    assert "全文阅读" not in article.title + article.subtitle


def test_the_note_of_where_an_article_was_printed_ends_it() -> None:
    # The e-paper site prints it under each article: what follows is the next piece,
    # even a commentary under its column's name, signed only at its end.
    foot = "《 人民日报 》（ 2025年11月12日 第 05 版）"
    assert line_role(foot) == "ends"
    page = ("以科技创新引领产业焕新\n"
            "　　创新没有终点，保持战略定力，就一定能让科技创新转化为增量。\n"
            f"{foot}\n\n今日谈\n从“一站式”到“一次成”\n"
            "　　在一些地方的政务服务中心，企业开办等事项已实现“一窗受理、一次办成”。\n"
            "　　期待更多地方打破信息壁垒，让更多事项真正实现“一次办好”。\n　　何 鼎\n"
            f"{foot}\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == ["以科技创新引领产业焕新", "从“一站式”到“一次成”"]
