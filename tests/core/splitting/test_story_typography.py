"""The typographic and content rules the layout families taught the splitter about a
story, one small page each (bench/split_layouts.py measures them on the generated
pages): headline stacks (kicker, headline and deck; wrapped; beside or under the story;
numbered), bylines, photos' captions and their credits, and paragraphs wrapped in
narrow columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_a_briefs_headline_wrapped_in_its_narrow_column_heads_the_brief() -> None:
    # Under a column's name, a brief's headline wrapped over two lines of a narrow
    # column, then its indented text: the headline ends where the indented line opens.
    page = split_page("三湘快讯\n郴州：东江湖旅游接待人次创\n新高\n\n"
                      "    今年前11个月，东江湖景区共\n接待游客620万人次，同比增长\n"
                      "18%，旅游综合收入超过50亿\n元。（周洋）\n\n"
                      "邵阳：新增3条城际公交线路\n\n"
                      "    邵阳市日前开通至新邵、邵东\n和隆回的3条城际公交线路，\n"
                      "沿线群众出行更加便捷。（李敏）\n\n"
                      "益阳：安化黑茶产值突破300亿元\n\n"
                      "    安化县黑茶产业综合产值今年\n突破300亿元，带动近三分之一\n"
                      "的人口增收。（龚扬）\n")
    assert [a.title for a in page.articles] == ["郴州：东江湖旅游接待人次创新高",
                                                "邵阳：新增3条城际公交线路",
                                                "益阳：安化黑茶产值突破300亿元"]


def test_a_headline_broken_after_de_is_one_headline_over_its_deck() -> None:
    # No line of a stack ends on 的: the headline's first line goes on into the second,
    # even where the line over the deck would otherwise be taken for the headline.
    page = split_page("一颗油茶果的\n“增值”之路\n——常宁市油茶产业链提质增效见闻\n"
                      "湖南日报全媒体记者 唐婷\n"
                      "    金秋时节，常宁市塔山瑶族乡的油茶林里果实累累，村民们正忙着采摘。\n"
                      "    近年来，当地建起油茶精深加工厂，一颗油茶果身价倍增。\n")
    assert [a.title for a in page.articles] == ["一颗油茶果的“增值”之路"]


def test_a_headline_beside_its_story_is_read_before_it() -> None:
    page = split_page(
        "岳阳港集装箱吞吐量创同期新高     记者今天从岳阳港务部门了解到，一季度岳阳港完成\n"
        "                                 集装箱吞吐量21.8万标箱，同比增长16.5%。\n"
        "                                 港区加快智慧码头建设，单箱作业时间缩短约两成。\n"
    )
    [article] = page.articles
    assert article.title == "岳阳港集装箱吞吐量创同期新高"
    assert article.paragraphs[0].endswith("同比增长16.5%。")


def test_a_bracketed_byline_signs_the_story_above_and_ends_it() -> None:
    page = split_page(
        "## 一季度全省外贸进出口增长8.7%\n\n"
        "湖南日报长沙4月18日讯 今年一季度，我省进出口增长8.7%。\n\n"
        "（湖南日报全媒体记者 罗知远）\n\n"
        "## 茶园里的“数字农夫”\n\n清明前后，安化县的茶山上一片新绿。\n\n（记者 彭晓岚）\n"
    )
    assert [(a.title, a.authors) for a in page.articles] == [
        ("一季度全省外贸进出口增长8.7%", ["罗知远"]),
        ("茶园里的“数字农夫”", ["彭晓岚"]),
    ]


@pytest.mark.parametrize(
    ("stack", "title", "subtitle"),
    [
        # The line right above a "——" deck is the headline; the line above it a kicker.
        ("扩内需 促消费\n以旧换新激活家电“大市场”\n——全省累计发放补贴资金超过12亿元",
         "以旧换新激活家电“大市场”", "扩内需 促消费 全省累计发放补贴资金超过12亿元"),
        # Three bare lines: kicker, headline, deck.
        ("县域经济观察\n县城里的“小巨人”\n一家轴承企业的突围之路",
         "县城里的“小巨人”", "县域经济观察 一家轴承企业的突围之路"),
        # A series label is a kicker.
        ("乡村振兴·一线见闻\n一条产业路 富了一方人", "一条产业路 富了一方人", "乡村振兴·一线见闻"),
        # A bare line over a Markdown headline is its kicker, not a headline of its own.
        ("乡村振兴一线见闻\n## 一条产业路 富了一方人", "一条产业路 富了一方人", "乡村振兴一线见闻"),
        # A colon without a space is the headline's own.
        ("浏阳花炮：一年卖出“半个世界的烟花”", "浏阳花炮：一年卖出“半个世界的烟花”", ""),
        # A headline wrapped after its subject (no verb, ending on a noun) goes on into
        # the line under it; the kicker over it has a verb of its own.
        ("抢占低空经济新赛道\n株洲低空经济产业园\n首批企业入驻",
         "株洲低空经济产业园首批企业入驻", "抢占低空经济新赛道"),
        ("张家界入境游客\n同比增长三成", "张家界入境游客同比增长三成", ""),
        # A subject over a line without a verb is no wrap: a headline over its deck.
        ("湘江两岸夜经济\n灯火里的烟火气", "湘江两岸夜经济", "灯火里的烟火气"),
    ],
)
def test_headline_stacks_read_as_kicker_headline_and_deck(
    stack: str, title: str, subtitle: str
) -> None:
    [article] = split_page(
        f"{stack}\n湖南日报全媒体记者 汪清泉\n"
        "在临澧县经济开发区，一家生产精密轴承的企业厂房里，数控机床整齐排列。\n"
    ).articles
    assert (article.title, article.subtitle) == (title, subtitle)


def test_headlines_printed_under_their_stories_go_to_the_story_above() -> None:
    body = [
        ("湖南日报全媒体记者 彭晓岚", "清明前后，安化县的茶山上一片新绿，茶园里的数字农夫",
         "用手机管理茶园，采茶工人们穿梭在茶垄之间。", "茶园里的“数字农夫”"),
        ("湖南日报全媒体记者 尹星河", "锣鼓声中，两支村BA球队走上了新化县体育馆的",
         "赛场，看台上坐满了从各个乡镇赶来的观众。", "“村BA”打进县城体育馆"),
        ("湖南日报全媒体记者 孔一舟", "今天，长沙超算中心的气象大模型服务正式上",
         "线，可为全省提供未来十天逐小时的预报。", "长沙超算中心上线气象大模型服务"),
    ]
    text = "".join(f"{by}\n{a}\n{b}\n{head}\n" for by, a, b, head in body)
    page = split_page(text)
    assert [(a.title, a.byline) for a in page.articles] == [
        (head, by) for by, _, _, head in body
    ]


def test_a_caption_in_a_narrow_column_takes_only_its_own_lines() -> None:
    rows = [
        "研发团队历时六年，攻",
        "克了超高强度钢热处理、",
        "4月22日，技术人员在",
        "邵阳一家光伏电站巡检",
        "设备。",
        "通讯员 付千里 摄",
        "精密加工等多项技术难",
        "题，完成各类试验两千",
        "余项。",
    ]
    head = "湘产起落架通过适航审定\n湖南日报全媒体记者 梁启明\n"
    filler = "".join(f"起落架是飞机起飞、着\n陆和滑行的关键部件{i}。\n" for i in range(4))
    page = split_page(head + filler + "\n".join(rows) + "\n")
    story, caption = page.articles
    assert "攻克了超高强度钢热处理、精密加工等多项技术难题" in story.text
    assert caption.text == "4月22日，技术人员在邵阳一家光伏电站巡检设备。"


def test_two_captions_in_a_row_are_two_photos_each_with_its_credit() -> None:
    text = (
        "湘江沿线春耕忙\n湖南日报全媒体记者 李明\n各地抢抓农时，组织农机下田作业。\n"
        "4月25日，农技人员在田间指导育秧。（王芳 摄）\n"
        "5月6日，农机手驾驶插秧机进行机械化插秧作业。（赵强 摄）\n"
    )
    captions = [a for a in split_page(text).articles if a.kind == "photo_caption"]
    assert [(a.text, a.authors) for a in captions] == [
        ("4月25日，农技人员在田间指导育秧。", ["王芳"]),
        ("5月6日，农机手驾驶插秧机进行机械化插秧作业。", ["赵强"]),
    ]


def test_photo_captions_do_not_make_the_wrapped_text_look_set_across_columns() -> None:
    # Eight one-line captions (17 cells wide) outnumber the story's lines (22-23): the
    # story's full line must not be read as a headline set across narrower columns.
    captions = "".join(
        f"图为{place}一景。（李明 摄）\n"
        for place in ("东洞庭湖保护区", "采桑湖湿地公园", "君山区芦苇荡", "南湖风景区码头")
    )
    text = (
        "洞庭湖生态修复见成效\n湖南日报全媒体记者 李明\n"
        "岳阳市今年清退湖区矮围网围一千二百余亩，全年\n完成治理任务。\n" + captions
        + "湖区候鸟数量连续三年增长，保护区巡护队员每天徒\n步巡查二十公里。\n" + captions
    )
    story = split_page(text).articles[0]
    assert story.subheads == []
    assert story.paragraphs == [
        "岳阳市今年清退湖区矮围网围一千二百余亩，全年完成治理任务。",
        "湖区候鸟数量连续三年增长，保护区巡护队员每天徒步巡查二十公里。",
    ]


def test_a_page_that_indents_its_paragraphs_keeps_one_story_together() -> None:
    paragraphs = [
        "近日，外交部发言人通过海外社交媒体展示了我国自主研发的挖掘机。",
        "从洞庭湖畔到世界屏前，这台装备承载的是技术突破。",
        "打造国家先进制造业高地，我省正不断夯实这种根基。",
    ]
    text = "外交部发言人展示的挖掘机\n\n" + "\n".join("\u3000\u3000" + p for p in paragraphs)
    [article] = split_page(text).articles
    assert article.paragraphs == paragraphs


def test_a_dash_wrapped_to_the_start_of_a_line_goes_on_with_its_sentence() -> None:
    text = (
        "## 从【雁阵迁徙】到【区域竞合】\n\n湖南日报全媒体记者 谢卓芳\n\n"
        "传统的产业转移曾长期\n困于“低端平移”的窠臼\n——东部沿海将劳动密集\n型环节向中西部简单迁\n移。\n"
    )
    [article] = split_page(text).articles
    assert article.text == (
        "传统的产业转移曾长期困于“低端平移”的窠臼——东部沿海将劳动密集型环节向中西部简单迁移。"
    )


@pytest.mark.parametrize(
    "marker", ["（下转第2版）", "下转第2版", "◀下转2版", "（转第4版）"]
)
def test_continuation_markers_with_and_without_brackets(marker: str) -> None:
    page = split_page(
        f"标题一二三四五\n湖南日报全媒体记者 张三\n第一段正文写完了。第二段正文还没有写\n{marker}\n"
    )
    [article] = page.articles
    assert article.text.endswith("第二段正文还没有写")


def test_seed_paragraph_opened_by_a_dateline_stays_whole() -> None:
    text = read_page(next(SEEDS.glob("001_*.txt"))).text
    article = next(a for a in split_page(text).articles if "轻工" in a.title)
    opening = "中国轻工业联合会近日发布的数据显示，今年前2个月，我国规模"
    assert article.paragraphs[0].startswith(opening)


def test_a_two_character_name_set_with_a_space_is_one_name() -> None:
    # Papers pad a two-character name to the width of three: 唐 婷, 辜 鹏.
    page = split_page(
        "常宁油茶产业链提质增效\n湖南日报全媒体记者 唐 婷 通讯员 阳帆\n"
        "霜降将至，常宁市西岭镇的油茶林里，果实挂满枝头。村民们提着竹篮穿梭在林间。\n"
        "10月20日，常宁市西岭镇，村民在采摘油茶果。 湖南日报全媒体记者 辜 鹏 摄\n")
    story, photo = page.articles
    assert story.authors == ["唐婷", "阳帆"]
    assert photo.kind == "photo_caption" and photo.authors == ["辜鹏"]
    assert photo.text == "10月20日，常宁市西岭镇，村民在采摘油茶果。"


def test_the_headline_wrapped_under_a_columns_label_heads_the_piece() -> None:
    # A PDF tool's text of a narrow column: the column's label, a headline of two clauses
    # wrapped on two lines, the commentary under it, no blank lines.
    page = split_page(
        "短评\n让冬闲变冬忙，把水利\n这件事办扎实\n"
        "一到冬春，田间地头便是兴修\n水利的“主战场”。从修缮山塘\n到清淤渠道，每一锹土都关系\n着来年的丰收。\n"
        "兴修水利，贵在一个“早”字。\n秋收之后到来年春耕之间，正\n是抓进度、抓质量的黄金期。\n"
    )
    [article] = page.articles
    assert (article.title, article.subtitle) == ("让冬闲变冬忙，把水利这件事办扎实", "短评")
    assert article.text.startswith("一到冬春")


def test_a_column_labelled_headline_after_a_titled_photo_opens_its_own_piece() -> None:
    # An account's post prints each piece's column before its headline; after a photo
    # set in the story above, the line is not that story's subhead.
    page = split_page(
        "快递进村 土货出山\n\n"
        "湖南日报7月14日讯（全媒体记者 张佳伟）今年以来，通道县整合邮政、快递、供销等资源，"
        "建成县级寄递物流中心。\n\n"
        "快递进村，也让土货走出了大山。当地依托村级服务点开设电商直播间，带动特色产品线上销售。\n\n"
        "【图片新闻】荷香引客来\n\n"
        "▲7月13日，汉寿县岩汪湖镇荷花种植基地，游客在荷塘边赏花拍照。\n\n"
        "【乡村观察】让返乡青年留得住\n\n"
        "近年来，越来越多的年轻人回到农村，种田、养殖、搞电商，成为乡村振兴的新力量。\n\n"
        "留住他们，要在政策上给支持，在服务上下功夫，让他们看得到希望。\n")
    titles = [a.title for a in page.articles]
    assert titles == ["快递进村 土货出山", "荷香引客来", "让返乡青年留得住"]
    assert page.articles[-1].paragraphs[-1].startswith("留住他们")


def test_a_notes_files_numbered_headlines_each_open_a_piece() -> None:
    # The first numbered headline has a byline under it; the next ones only their text.
    page = split_page(
        "1.《县域经济要向特而强》\n作者：王立新\n\n"
        "发展县域经济，关键在于找准特色。\n"
        "一、立足资源禀赋\n"
        "各地要把资源优势转化为产业优势，走差异化发展路子。\n\n"
        "2.《让“数据多跑路”成为常态》\n\n"
        "政务服务改革持续深化，越来越多事项实现网上办、掌上办。\n\n"
        "3.《春耕备耕有序推进》\n\n"
        "眼下，全省各地抢抓农时，春耕备耕工作有序推进。\n")
    # Each its headline, without the 《》 a list of titles sets it in.
    assert [a.title for a in page.articles] == [
        "县域经济要向特而强", "让“数据多跑路”成为常态", "春耕备耕有序推进"]
    assert page.articles[0].subheads == ["一、立足资源禀赋"]


def test_a_storys_numbered_subheads_stay_in_the_story() -> None:
    page = split_page(
        "全省推进县域商业体系建设\n\n湖南日报全媒体记者 王晗\n\n"
        "近日，省商务厅印发方案，部署县域商业体系建设。\n\n"
        "1.完善县乡村物流网络\n\n各地要整合邮政、快递、供销资源，建设县级物流中心。\n\n"
        "2.提升乡镇商贸中心\n\n支持乡镇商贸中心改造升级，丰富商品和服务供给。\n")
    (article,) = page.articles
    assert article.subheads == ["1.完善县乡村物流网络", "2.提升乡镇商贸中心"]


def test_a_photo_set_pointed_at_with_a_triangle_is_one_titled_caption() -> None:
    # ▲ points at the photo above: a caption though its credit comes only after the
    # set's numbered captions; the set's title heads it, not the story above.
    page = split_page(
        "早稻田里管护忙\n\n湖南日报全媒体记者 王晗\n\n"
        "5月19日，衡阳县西渡镇，种粮大户操作植保无人机为早稻喷施叶面肥。\n\n"
        "全县早稻长势良好，预计单产比去年提高5%。\n\n"
        "菜市场的凌晨\n"
        "▲凌晨4点，长沙马王堆蔬菜批发市场灯火通明。来自各地的蔬菜在这里集散。\n"
        "①货车排队等候进场卸货。\n②商户在整理刚到的青菜。\n"
        "湖南日报全媒体记者 李健 摄\n\n"
        "张家界迎来旅游旺季\n\n湖南日报全媒体记者 周阳\n\n"
        "5月19日是“中国旅游日”，张家界各景区游客络绎不绝。\n")
    story, photo, other = page.articles
    assert story.paragraphs[-1] == "全县早稻长势良好，预计单产比去年提高5%。"
    assert (photo.kind, photo.title) == ("photo_caption", "菜市场的凌晨")
    assert photo.paragraphs[0].startswith("▲凌晨4点") and "②商户" in photo.paragraphs[-1]
    assert other.title == "张家界迎来旅游旺季"


def test_a_note_pointed_at_with_a_label_is_no_caption() -> None:
    page = split_page(
        "一、【全省重大项目集中开工】\n"
        "今年全省安排省重点建设项目三百个，年度计划投资超六千亿元。\n"
        "▲点评：目标偏积极，重点关注制造业项目的落地节奏。\n")
    assert all(a.kind != "photo_caption" for a in page.articles)


def test_of_two_bare_lines_the_one_with_its_deck_on_its_line_is_the_headline() -> None:
    (article,) = split_page(
        "开局起步“十五五” 项目建设挑大梁\n"
        "全省1126个重大项目集中开工 ——总投资2876亿元\n"
        "湖南日报3月5日讯（全媒体记者 周楚衡）3月5日，全省重大项目集中开工活动在长沙举行。\n"
        "此次集中开工项目共1126个，总投资2876亿元。\n").articles
    # (Its deck, on its line, is the deck.)
    assert article.title == "全省1126个重大项目集中开工"
    assert article.subtitle == "开局起步“十五五” 项目建设挑大梁 总投资2876亿元"
