"""Pages saved from the web: what heads each piece.

A headline wrapped after a comma, the one the paper printed over a repost's, without the
emoji, bullets, numbers and labels set before it; briefs led by a bold headline or run
into their text, each its own article; a column's label or name, an ad's label and a
photo's label heading nothing of their own.
"""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page


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
