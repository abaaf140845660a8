"""Pages saved from the web: the e-paper site, a news app, a converter's Markdown.

What such a page prints around the articles (navigation, the article's record, share
lines, link markup, ornaments) is no part of any article, and never its headline.
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


def test_a_headline_broken_after_a_comma_is_one_headline() -> None:
    page = """从“一粒种子”到“一桌好菜”，
湖南预制菜产业链加速延伸
湖南日报全媒体记者 宁奎
冬日的长沙望城经开区，一家预制菜企业的生产车间里，工序在流水线上依次完成。
去年企业销售额突破8亿元，湘菜预制菜占比超过六成。
"""
    (article,) = split_page(page).articles
    assert article.title == "从“一粒种子”到“一桌好菜”，湖南预制菜产业链加速延伸"


def test_a_marked_column_label_is_not_the_headline() -> None:
    page = """▍三湘时评

别让“打卡式”调研走了样

文 | 湖南日报全媒体评论员 周和平

调研不是走过场。一些地方把调研搞成了打卡，拍照留痕多，解决问题少。

调研要沉下去，把问题带回来，把办法落下去。
"""
    (article,) = split_page(page).articles
    assert article.title == "别让“打卡式”调研走了样"
    assert "三湘时评" in article.subtitle
    assert article.byline == "湖南日报全媒体评论员 周和平"


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


def test_briefs_led_by_a_bold_headline_are_one_article_each() -> None:
    page = """## 湘江新区发布低空经济十条

4月1日，湘江新区出台支持低空经济发展十条措施。

**记者：**这项措施今年有什么新变化？

**负责人：**起降点建设提速，审批全程网上办。

### 文体快讯

**湖南健儿获全国赛艇锦标赛两金** 近日，2025年全国赛艇锦标赛落幕，湖南队获得两枚金牌。（周倜）

**省图书馆“阅读马拉松”开赛**11月1日，第六届湖南“阅读马拉松”挑战赛在省图书馆启动。（李婷婷）
"""
    articles = split_page(page).articles
    titles = [a.title for a in articles]
    assert titles == ["湘江新区发布低空经济十条", "湖南健儿获全国赛艇锦标赛两金",
                      "省图书馆“阅读马拉松”开赛"]
    # A speaker's name in bold heads nothing, and its marks are gone.
    assert articles[0].paragraphs[1] == "记者：这项措施今年有什么新变化？"


def test_the_headline_the_paper_printed_is_the_headline_of_a_repost() -> None:
    page = """组图｜育秧工厂里的“绿色流水线”
湖南日报·新湖南客户端 2026-03-12 07:08:02
原标题：育秧工厂“绿意”浓
湖南日报全媒体记者 郭立亮
3月10日，宁乡市大成桥镇一处集中育秧工厂内，工作人员在查看秧苗长势。
该工厂采用“智能温控+流水线”育秧，可供2万亩稻田插秧。
"""
    (article,) = split_page(page).articles
    assert article.title == "育秧工厂“绿意”浓"
    assert "组图｜育秧工厂里的“绿色流水线”" in article.subtitle


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


def test_a_titled_photo_in_a_story_leaves_the_story_whole() -> None:
    page = """# 衡阳：老工业基地跑出“新”速度

湖南日报全媒体记者 徐德荣

衡阳是老工业基地。近两年，这座城市的传统产业正在“焕新”。

**老企业焕新颜**

初春时节，走进衡阳白沙洲工业园，机器轰鸣声此起彼伏。

![](_page_0_Picture_7.jpeg)

#### 洞庭湖候鸟北归

3月9日，东洞庭湖国家级自然保护区，成群的小天鹅振翅飞翔。

*湖南日报全媒体记者 邹麟 摄*

**新产业挑大梁**

在衡阳高新区，一批新兴产业项目加速成长。
"""
    articles = split_page(page).articles
    story = next(a for a in articles if a.kind != "photo_caption")
    photo = next(a for a in articles if a.kind == "photo_caption")
    assert story.title == "衡阳：老工业基地跑出“新”速度"
    assert story.subheads == ["老企业焕新颜", "新产业挑大梁"]
    assert story.paragraphs[-1] == "在衡阳高新区，一批新兴产业项目加速成长。"
    assert photo.title == "洞庭湖候鸟北归"
    assert photo.byline == "湖南日报全媒体记者 邹麟 摄"  # the credit, out of its italics
    assert len(articles) == 2


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


def test_briefs_whose_headlines_run_into_their_text_are_one_article_each() -> None:
    page = """县域快讯

衡南:新增2家国家高新技术企业 近日,衡南县两家企业通过国家高新技术企业认定,全县总数达到87家.

衡山:南岳区至衡山县城快速路通车 9月20日，南岳区至衡山县城快速路建成通车，全长约12.6公里。

衡东:土菜美食文化节开幕 9月19日，第八届衡东土菜美食文化节在县城洣水河畔开幕。
"""
    titles = [a.title for a in split_page(page).articles]
    assert [t.replace(":", "：") for t in titles][-3:] == [
        "衡南：新增2家国家高新技术企业", "衡山：南岳区至衡山县城快速路通车",
        "衡东：土菜美食文化节开幕"]


def test_a_bulleted_column_of_bold_run_in_briefs_in_markdown() -> None:
    page = """## 湘超总决赛门票3分钟售罄

记者从组委会获悉，湘超总决赛门票开售3分钟即告售罄。

##### 文体快讯

- **湖南省博物院“马王堆汉墓”新展开幕** 11月8日，湖南省博物院推出专题展，展期3个月。
- **长沙马拉松报名人数创新高** 记者从组委会获悉，长沙马拉松报名人数突破12万。（记者 陈沛）
"""
    titles = [a.title for a in split_page(page).articles]
    assert titles[-2:] == ["湖南省博物院“马王堆汉墓”新展开幕", "长沙马拉松报名人数创新高"]


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


def test_a_photos_title_after_a_label_titles_it() -> None:
    page = split_page(
        "图：杜鹃花开满山红\n4月12日，浏阳市大围山国家森林公园，游客在盛开的杜鹃花丛中游玩。"
        "（湖南日报全媒体记者 欧阳宇 摄）\n"
    )
    assert [a.title for a in page.articles] == ["杜鹃花开满山红"]


def test_a_headline_loses_the_emoji_bullets_numbers_and_labels_set_before_it() -> None:
    from desktop_app.core.splitting.titles import title_and_label

    assert title_and_label("📍郴州｜东江湖冷水「冷」出数据中心新优势") == (
        "东江湖冷水「冷」出数据中心新优势", "郴州")
    assert title_and_label("💬【株洲观察】年货市场里看消费新活力") == (
        "年货市场里看消费新活力", "株洲观察")
    assert title_and_label("🔥【“中国动力谷”再添新引擎】") == ("“中国动力谷”再添新引擎", "")
    numbered = title_and_label("二、桃源红茶开采 首批鲜叶每斤300元")
    assert numbered[0] == "桃源红茶开采 首批鲜叶每斤300元"
    assert title_and_label("▍常德河街夜游带旺春季文旅")[0] == "常德河街夜游带旺春季文旅"
    # A column's or a kind's name before a colon, and a title a list sets in 《》.
    assert title_and_label("短评：种田要让农民有钱赚") == ("种田要让农民有钱赚", "短评")
    assert title_and_label("湘江时评：县城书店里的文化新信号") == (
        "县城书店里的文化新信号", "湘江时评")
    assert title_and_label("图片：安乡小龙虾抢鲜上市") == ("安乡小龙虾抢鲜上市", "图片")
    assert title_and_label("《以数字经济引领产业升级》") == ("以数字经济引领产业升级", "")
    # What the paper printed stays.
    for printed in ("衡南：新增2家国家高新技术企业", "“十五五”开局之年", "3.5亿元项目落地", "●",
                    "《湘江北去》出版", "岳阳观察员：一线见闻"):
        assert title_and_label(printed) == (printed, "")
    page = split_page("## 🔥【“中国动力谷”再添新引擎】\n\n记者从株洲市获悉，低空经济产业园首批12家"
                      "企业集中入驻，计划总投资约35亿元。\n")
    assert [a.title for a in page.articles] == ["“中国动力谷”再添新引擎"]


def test_the_first_of_indented_run_in_briefs_keeps_its_headline() -> None:
    # Every brief indented: the indent is the paragraph's, not its headline's.
    page = split_page(
        "城事速递\n\n"
        "    ■岳麓区新增3处口袋公园 近日，岳麓区新建的3处口袋公园正式开放，总面积约1.2万"
        "平方米。\n\n"
        "    ■地铁6号线端午后恢复常规运营时间 记者从长沙地铁获悉，6月3日起，地铁6号线恢复常规"
        "运营时间。\n\n"
        "    ■长沙县启动夏季防溺水专项行动 6月2日，长沙县在全县重点水域增设警示牌860块。"
        "（记者 杨蔚然）\n")
    assert [a.title for a in page.articles] == [
        "岳麓区新增3处口袋公园", "地铁6号线端午后恢复常规运营时间", "长沙县启动夏季防溺水专项行动"]


def test_a_columns_name_on_a_plain_page_neither_swallows_its_first_brief_nor_stands_alone(
        ) -> None:
    # A newsletter's last section: a photo, then 五、农事简讯 over run-in briefs.
    page = split_page(
        "四、图片：安乡小龙虾抢“鲜”上市\n\n3月14日，安乡县黄山头镇一处稻虾共作基地，养殖户正在"
        "捕捞小龙虾。今年安乡小龙虾比往年提前半个月上市。（常德日报全媒体记者 陈自强 摄）\n\n"
        "----------------------------------------\n\n五、农事简讯\n\n"
        "◆汉寿县启动高标准农田建设项目 3月13日，汉寿县2026年高标准农田建设项目开工，今年计划"
        "新建和改造提升高标准农田6.8万亩。\n\n"
        "◆石门柑橘“春季保果”技术培训进村 近日，石门县农业农村局组织专家开展春季修剪、施肥"
        "保果技术培训12场。\n\n"
        "========================================\n本期编辑：常德日报新媒体中心\n"
        "如需退订，请回复“TD”；往期内容请访问常德日报数字报\n"
        "========================================\n")
    titles = [a.title for a in page.articles]
    assert not any("农事简讯" in title for title in titles)
    assert any(title.startswith("汉寿县启动高标准农田建设项目") for title in titles)


def test_the_sites_list_of_the_pages_headlines_tells_the_headline_from_its_kicker() -> None:
    page = split_page(
        "第06版：经济\n本版标题导航\n通江达海，“黄金水道”更繁忙\n株洲轨道交通装备产业集群产值突破1800亿元\n"
        "湘潭电机拿下海上风电大单\n\n第06版：经济　上一篇　下一篇\n\n"
        "岳阳城陵矶港去年集装箱吞吐量创新高\n通江达海，“黄金水道”更繁忙\n\n【字体：大 中 小】\n"
        "来源：湖南日报　作者：湖南日报全媒体记者 徐亚平　发布时间：2026-01-20 07:28:45\n\n"
        "记者从岳阳市港务部门获悉，2025年城陵矶港完成集装箱吞吐量超过150万标箱，同比增长约8%，"
        "创历史新高。\n")
    [article] = page.articles
    assert article.title == "通江达海，“黄金水道”更繁忙"
    assert "岳阳城陵矶港去年集装箱吞吐量创新高" in article.subtitle


def test_the_epaper_sites_read_in_full_control_is_no_part_of_the_headline() -> None:
    page = ("第01版：要闻\n返回目录   全文阅读   字号：大 中 小\n\n"
            "咬定目标不放松 奋力冲刺四季度\n全市前三季度工业投资增长12.6%\n"
            "新开工亿元以上项目231个，制造业投资占比提升至六成\n"
            "11月17日，记者从市统计局获悉，今年前三季度，全市工业投资同比增长12.6%。\n")
    [article] = split_page(page).articles
    assert article.title == "全市前三季度工业投资增长12.6%"
    assert "全文阅读" not in article.title + article.subtitle


def test_an_ad_label_closes_the_brief_above_and_heads_no_story_below() -> None:
    # ——广告—— attributes nothing (the paragraph before it is a brief's text, not a
    # quotation closed by its speaker's name), and the ad under it is no headline.
    page = ("城事速递\n浏阳河风光带新增5公里夜跑步道\n"
            "长沙晚报10月21日讯（记者 易禹琳）浏阳河风光带新增的5公里夜跑步道日前投入使用。\n"
            "阅读 9821\n——广告——\n金秋购车季 会展中心 10月25日—27日 凭本报可享优惠\n"
            "十月以来商圈夜间客流同比增长18%\n——“夜长沙”持续升温，文旅融合新场景受青睐\n"
            "晚上9点，坡子街的人流仍未散去，排队买茶饮的年轻人络绎不绝。\n")
    brief, story = split_page(page).articles
    assert brief.title == "浏阳河风光带新增5公里夜跑步道"
    assert brief.kind != "quote_box"
    assert story.title == "十月以来商圈夜间客流同比增长18%"


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
