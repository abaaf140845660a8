"""Stray lines a route leaves among the stories (a site's name over every article a browser
copied, a chart's ticks and values one to a line, an ad's slogans, a browser's bar, a
copy's notes and rights) head no story and stay out of its text; a deck wrapped by its
column, a figure alone under the line it measures and a table's rows stay their story's;
stories pasted one after another, indented or not, keep their own headlines."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

STORIES = [
    ("常德桃花源机场新开三条航线",
     "本报讯（记者 向阳）常德桃花源机场今天起新开通往西安、厦门和海口的三条航线。",
     "新航线每周往返各四班。"),
    ("澧县千亩油菜花进入盛花期",
     "本报讯（记者 李欣）澧县城头山镇千亩油菜花进入盛花期，吸引不少游客前来踏青。",
     "当地同步推出农家乐和研学线路。"),
    ("汉寿甲鱼养殖户用上智能水质监测",
     "本报讯（记者 周敏）汉寿县两百多户甲鱼养殖户用上了智能水质监测设备。",
     "水温和溶氧数据实时传到手机上。"),
]


def _site_copy(site: str) -> str:
    """Each article as a browser's select-all copies an e-paper site's page."""
    return "\n".join(f"{site}\n首页 | 往期回顾 | 版面导航 | 标题导航 | 常德日报客户端\n"
                     "2025年03月21日 星期五　第05版：市州\n"
                     f"{title}\n　　{lead}\n　　{more}\n上一篇　　下一篇\n"
                     for title, lead, more in STORIES)


def test_a_site_name_printed_over_every_article_heads_none() -> None:
    articles = split_page(_site_copy("常德日报数字报")).articles
    assert [a.title for a in articles] == [title for title, _lead, _more in STORIES]


def test_a_line_printed_twice_is_no_chrome() -> None:
    # A headline printed in the page's index and over its story is still a headline.
    page = "本版导读\n常德桃花源机场新开三条航线\n\n" + "\n".join(
        f"{title}\n　　{lead}{more}\n" for title, lead, more in STORIES)
    assert STORIES[0][0] in [a.title for a in split_page(page).articles]


CHART = ("一季度全市快递业务量\n单位：万件\n3000\n2000\n1000\n0\n1月\n2月\n3月\n"
         "2456\n2318\n2790\n数据来源：市邮政管理局\n")


def test_a_charts_labels_are_no_part_of_the_story_round_it() -> None:
    page = (f"{STORIES[0][0]}\n　　{STORIES[0][1]}{STORIES[0][2]}\n\n{CHART}\n"
            f"　　快递业务量的增长，得益于农产品寄递的快速发展。全市新建村级寄递站点120个。\n\n"
            f"{STORIES[1][0]}\n　　{STORIES[1][1]}{STORIES[1][2]}\n")
    first, second = split_page(page).articles
    assert (first.title, second.title) == (STORIES[0][0], STORIES[1][0])
    assert first.paragraphs[-1].startswith("快递业务量的增长")
    assert not any("2456" in p or "单位" in p for p in first.paragraphs)


def test_a_deck_wrapped_by_its_column_stays_one_deck() -> None:
    page = ("全市一季度实际使用外资4.6亿美元\n——制造业项目占比超过六成，对东盟国家\n"
            "投资增长两成以上\n本报记者 周敏\n\n"
            "　　记者从市商务局获悉，一季度全市实际使用外资4.6亿美元，同比增长12.1%。\n"
            "　　其中，制造业项目实际到资占比达63%，新设外资企业中有一半来自东盟国家和地区。\n")
    (article,) = split_page(page).articles
    assert article.title == "全市一季度实际使用外资4.6亿美元"
    assert article.subtitle == "制造业项目占比超过六成，对东盟国家投资增长两成以上"


def test_a_figure_alone_over_a_deck_ends_the_headline_it_measures() -> None:
    page = ("春耕备耕\n\n一季度全省农机具销售总额\n38.6亿元\n\n——植保无人机销量翻番\n\n"
            "　　记者从省农业农村厅获悉，一季度全省农机具销售总额38.6亿元，同比增长9.4%。\n")
    (article,) = split_page(page).articles
    assert (article.kicker, article.title) == ("春耕备耕", "一季度全省农机具销售总额38.6亿元")


@pytest.mark.parametrize("indent", ["\u3000\u3000", "\u3000", "    ", "\t"])
def test_a_story_of_two_indented_paragraphs_is_one_story(indent: str) -> None:
    # A story pasted alone indents each paragraph it opens, however few they are: two
    # ideographic spaces, one, four spaces, a tab.
    page = ("全市一季度实际使用外资4.6亿美元\n\n"
            f"{indent}记者从市商务局获悉，一季度全市实际使用外资4.6亿美元，同比增长12.1%。\n"
            f"{indent}其中，制造业项目实际到资占比达63%。\n")
    (article,) = split_page(page).articles
    assert len(article.paragraphs) == 2


def test_the_next_storys_stack_printed_under_a_deck_is_no_wrap_of_it() -> None:
    # A PDF tool's reading order prints the next story's two headline lines right under
    # a deck, then both stories' text in turn.
    page = ("省人大常委会第十九次会议在长沙开幕\n湘江保护条例修订草案\n提请审议\n"
            "——拟将流域横向生态补偿、河湖长制等实践经验上升为法规制度\n"
            "岁末年初安全生产\n大排查大整治启动\n"
            "湖南日报11月17日讯（全媒\n体记者 沈军　通讯员 何一鸣）\n今天，省十四届人大常委会\n"
            "第十九次会议在长沙开幕。会议\n听取了关于湘江保护条例修订草\n案的说明，对修订草案进行审议。\n"
            "本报讯（记者 王晗）\n记者从省安委办获悉，我省\n即日起至明年3月开展岁末年初安\n"
            "全生产大排查大整治，聚焦道路\n交通、消防、燃气等重点行业。\n")
    titles = [a.title.replace(" ", "") for a in split_page(page).articles]
    assert "岁末年初安全生产大排查大整治启动" in titles


def test_a_screenshots_browser_bar_is_no_headline_and_cuts_no_story() -> None:
    # Screenshots of an e-paper page read one after another: each opens on the browser's
    # tab and address bar, and the second goes on with the story the first cut.
    bar = "← → C ▲不安全 cdrb.changde.cn/paper/2025-03/21/content_{}.htm\n"
    tab = "常德日报数字报-2025年03月21日-第05版：市州 × +\n"
    page = (tab + bar.format(101) + f"{STORIES[0][0]}\n{STORIES[0][1]}\n"
            + tab + bar.format(101) + f"{STORIES[0][2]}\n\n"
            + tab + bar.format(102) + f"{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
    first, second = split_page(page).articles
    assert (first.title, second.title) == (STORIES[0][0], STORIES[1][0])
    assert first.paragraphs[-1].endswith(STORIES[0][2])


def test_a_photos_title_ending_on_its_le_stays_over_its_caption() -> None:
    # 银杏黄了 is a whole title, not words going on across the photo (…还展示了).
    page = (f"{STORIES[0][0]}\n\n{STORIES[0][1]}{STORIES[0][2]}\n\n02\n\n银杏黄了\n\n"
            "11月8日，常德市柳叶湖畔成排的银杏树叶片转黄，吸引不少市民前来拍照打卡。\n"
            "常德日报全媒体记者 向阳 摄\n\n03\n\n家门口办事更方便\n"
            f"{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles[1] == "银杏黄了"


def test_a_public_service_ads_slogans_and_sponsor_head_no_story() -> None:
    page = (f"{STORIES[0][0]}\n{STORIES[0][1]}{STORIES[0][2]}\n常德日报记者 向阳 摄\n"
            "森林防火 人人有责\n严禁野外用火 森林火警电话：12119\n常德市森林防灭火指挥部 宣\n"
            "柳叶湖迎来候鸟越冬季\n入冬以来，柳叶湖湿地迎来大批越冬候鸟，吸引不少市民前来观鸟。\n"
            "常德日报记者 李欣 摄\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles[-1] == "柳叶湖迎来候鸟越冬季"
    assert not any("森林" in title for title in titles)


def test_a_note_on_how_the_page_was_copied_is_no_story() -> None:
    note = "（说明：文字据常德日报数字报整理，图片略，仅供科室内部学习参考，请勿外传）"
    page = (f"{note}\n\n{STORIES[0][0]}\n\n{STORIES[0][1]}{STORIES[0][2]}\n\n"
            f"{STORIES[1][0]}\n\n{STORIES[1][1]}{STORIES[1][2]}\n")
    articles = split_page(page).articles
    assert [a.title for a in articles] == [STORIES[0][0], STORIES[1][0]]
    # A piece's source under it still ends the piece, and stays with it.
    source = "（摘编自《湘潮》2026年第2期）"
    page = (f"观点摘编\n{STORIES[0][0]}\n{STORIES[0][1]}{STORIES[0][2]}\n{source}\n"
            f"{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n{source}\n")
    assert [a.title for a in split_page(page).articles][-2:] == [STORIES[0][0], STORIES[1][0]]


def test_a_jump_run_into_a_storys_last_line_ends_the_part() -> None:
    # …民宿（下转第4版）: the story's first part ends there; the next line heads the next
    # piece, as under a jump on its own line.
    page = (f"{STORIES[0][0]}\n{STORIES[0][1]}\n周边乡镇已发展农\n家乐和民宿（下转第4版）\n"
            f"{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == [STORIES[0][0], STORIES[1][0]]


def test_an_almanacs_box_and_a_code_to_scan_head_no_story() -> None:
    page = ("今日大寒 宜围炉 忌远行\n常德天气：今天阴有小雨，3℃～7℃，北风2级。\n\n"
            f"{STORIES[0][0]}\n{STORIES[0][1]}{STORIES[0][2]}\n\n"
            "扫码关注“常德农业农村”微信公众号\n\n"
            f"{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles == [STORIES[0][0], STORIES[1][0]]


def test_a_documents_page_counter_imprint_and_rights_are_no_part_of_a_story() -> None:
    foot = ("第 1 页　共 2 页\n常德市融媒体中心出版 地址：常德市武陵区朗州路 电话：0736-7222067\n"
            "© 2025 常德日报社. 版权所有。\n"
            "以上内容转载自常德日报电子版，版权归原作者及常德日报社所有，仅供内部学习参考。\n")
    page = (f"{STORIES[0][0]}\n\n{STORIES[0][1]}{STORIES[0][2]}\n\n{foot}\n"
            f"{STORIES[1][0]}\n\n{STORIES[1][1]}{STORIES[1][2]}\n")
    first, second = split_page(page).articles
    assert first.paragraphs == [STORIES[0][1][len("本报讯（记者 向阳）"):] + STORIES[0][2]]
    assert second.title == STORIES[1][0]
    # A sentence of a story that mentions the rights stays in it.
    said = "作者说，这本书的版权所有人已经同意再版。"
    (article,) = split_page(f"{STORIES[1][0]}\n\n{STORIES[1][1]}{STORIES[1][2]}\n{said}\n").articles
    assert article.paragraphs[-1] == said


def test_a_mastheads_english_name_or_e_paper_sites_name_heads_no_story() -> None:
    for masthead in ("常德日报 CHANGDE DAILY", "常德日报数字报-常德日报社"):
        page = (f"{masthead}\n\n{STORIES[0][0]}\n{STORIES[0][1]}{STORIES[0][2]}\n\n"
                f"{masthead}\n\n{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
        titles = [a.title for a in split_page(page).articles]
        assert titles == [STORIES[0][0], STORIES[1][0]], masthead


PASTED = [
    ("长沙地铁6号线东延段开通试运营",
     "记者从长沙市轨道交通集团获悉，地铁6号线东延段今天上午开通试运营，新增车站4座。",
     "东延段开通后，市民从黄花机场到市中心的通行时间将缩短约15分钟。"),
    ("株洲新增5家国家级专精特新企业",
     "工业和信息化部公布新一批专精特新“小巨人”企业名单，株洲5家企业入选。",
     "截至目前，株洲国家级专精特新“小巨人”企业总数达到62家。"),
    ("湘潭启动秋冬季大气污染防治攻坚", "湘潭市日前召开专题会议，部署秋冬季大气污染防治攻坚行动。",
     "全市将重点抓好工地扬尘、机动车尾气和秸秆焚烧管控。"),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_stories_pasted_one_after_another_keep_their_own_headlines(sep: str) -> None:
    # No byline, no dateline: each headline names its own place and the text under it,
    # and nothing of the story above, so it heads a story, not a section.
    page = "\n".join(f"{title}{sep}{lead}{sep}{more}\n" for title, lead, more in PASTED)
    assert [a.title for a in split_page(page).articles] == [t for t, _lead, _more in PASTED]


def test_a_subhead_that_goes_on_its_storys_topic_stays_a_subhead() -> None:
    title, lead, more = PASTED[2]
    page = (f"{title}\n{lead}\n{more}\n湘潭工地扬尘治理再加码\n"
            "全市在建工地全部安装扬尘在线监测设备，数据实时接入监管平台。\n")
    (article,) = split_page(page).articles
    assert article.subheads == ["湘潭工地扬尘治理再加码"]


def test_a_heading_over_a_deck_heads_a_story_not_a_section() -> None:
    stories = [("让非遗在年轻人中“活”起来", "非遗进校园活动近日在全省中小学陆续开展。",
                "不少学生表示，亲手做一件非遗作品比看视频更有意思。"),
               ("秋冬进补要因人而异", "专家提醒，秋冬季节进补应根据个人体质选择食材。",
                "脾胃虚弱的人不宜大量食用羊肉等温热食物。")]
    page = "\n".join(f"{title}\n——记者走访省中医院\n{lead}\n{more}\n"
                     for title, lead, more in stories)
    assert [a.title for a in split_page(page).articles] == [t for t, _lead, _more in stories]


def test_a_tables_rows_stay_in_its_story() -> None:
    # Cells apart by tabs: short lines that end no sentence, but no headline stack.
    title, lead, more = STORIES[2]
    page = (f"{title}\n{lead}以下为全县近三年主要指标：\n年份\t养殖户（户）\t产值（亿元）\n"
            "2023\t186\t3.2\n2024\t205\t3.9\n"
            f"{more}\n\n{STORIES[1][0]}\n{STORIES[1][1]}{STORIES[1][2]}\n")
    first, second = split_page(page).articles
    assert (first.title, second.title) == (title, STORIES[1][0])
    assert "2024\t205\t3.9" in first.paragraphs and first.paragraphs[-1] == more


def test_a_ring_or_a_bar_ocr_read_alone_on_its_line_is_no_photo_s_title() -> None:
    page = split_page(
        "崀山景区冬季游热度不减\n"
        "冬日的崀山银装素裹，吸引了众多游客前来观赏。\n"
        "O\nO\n"
        "滩头年画“画”出年味\n"
        "1月12日，隆回县滩头镇一家年画作坊，手艺人在刷印传统年画。\n"
    )
    assert [a.title for a in page.articles] == ["崀山景区冬季游热度不减", "滩头年画“画”出年味"]


def test_a_letter_that_finishes_a_latin_word_wrapped_stays_text() -> None:
    page = split_page(
        "人工智能赋能千行百业\n"
        "省里出台措施，推动A\nI\n与制造业深度融合，今年培育示范场景50个。\n"
    )
    assert "I" in page.articles[0].text


def test_a_handout_s_number_for_a_piece_is_no_column_over_its_stack() -> None:
    page = split_page(
        "材料三\n科学教育做加法\n实验室“全天开放”点燃科学梦\n本报通讯员 罗 晶 记者 周 洪\n"
        "午休时间，四川省成都市武侯区一所小学的科学实验室里，几名五年级学生正围着一台"
        "自制的“水火箭”讨论发射角度。\n"
    )
    article = page.articles[0]
    assert article.title == "实验室“全天开放”点燃科学梦"
    assert "科学教育做加法" in article.kicker


def test_a_news_app_s_follow_button_under_a_headline_is_no_part_of_it() -> None:
    page = split_page(
        "头条 @湖南日报 2025-11-21 10:30 · 湖南日报社官方账号\n"
        "马栏山“出海”：一部微短剧在东南亚播放量破5亿\n关注\n"
        "湖南日报11月20日讯（全媒体记者 李琪）记者今天从马栏山视频文创产业园获悉，"
        "园区企业出品的古装微短剧上线东南亚多个视频平台1个月。\n"
    )
    assert page.articles[0].title == "马栏山“出海”：一部微短剧在东南亚播放量破5亿"
