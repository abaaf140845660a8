"""Two bare lines over a story: one headline set on two lines, or a kicker over it."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.headline_wraps import goes_on
from desktop_app.core.splitting.split import split_page

BODY = "\n本报讯（记者 王晴）一季度，全省新开工重大项目326个，完成投资1260亿元。\n"


@pytest.mark.parametrize(("first", "second"), [
    ("让项目“落地生根”", "更要“开花结果”"),  # a second clause: no headline opens on 更要
    ("湘西州猕猴桃", "首次直航出口东南亚"),  # a short subject over the predicate it waits for
    ("一季度全省GDP", "增长5.6%"),  # an abbreviation is a subject too
    ("全省地区生产总值增长", "5.5%"),  # the figure the verb waits for
    ("在推动中部地区崛起中", "彰显湖南担当"),  # a frame over the clause it frames
    ("让公共体育场", "晚上也开门"),  # 让 and whom, waiting for what they are made to do
    ("我省出台措施扶持民营", "企业做大做强"),  # a 区别词 sorts the noun it waits for
])
def test_a_headline_set_on_two_lines_is_one_headline(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert article.title == first + second


@pytest.mark.parametrize(("kicker", "headline"), [
    ("十年禁渔见成效", "洞庭湖畔江豚“微笑”回来了"),
    ("衡阳常宁", "油茶林里的“致富经”"),  # a short place over a headline that names
    ("开拓新兴市场 抢抓海外订单", "湖南工程机械前4月出口增长两成"),  # two bids, paired
    ("在希望的田野上", "湘西州猕猴桃首次直航出口东南亚"),  # a frame over a subject
    ("让非遗活起来", "湘绣走进年轻人生活"),  # 让 with its own verb: a kicker's clause
    ("郴州资兴", "东江湖畔“数”聚千亿"),  # a place jieba tags 区别词, over a place
    ("安全生产不松劲", "湘西州道路隐患排查全覆盖"),  # a quality denied: a kicker's clause
    ("“轨道上的株洲”再提速", "地铁2号线首周客流破十万"),  # 地铁 opens on 地, no particle
])
def test_a_kicker_over_its_headline_stays_apart(kicker: str, headline: str) -> None:
    [article] = split_page(f"{kicker}\n{headline}{BODY}").articles
    assert article.title == headline


@pytest.mark.parametrize(("first", "second"), [
    ("科技特派员", "把实验室搬进果园"),  # 把 puts the object first: a predicate still
    ("小区充电设施", "何时不再“一位难求”"),  # a question word opens no subject of its own
    ("老旧小区充电桩", "为何总是“一桩难求”"),  # 充电|桩: a measure word closing a noun
    ("浏阳打火机", "出口再创新高"),  # a thing jieba tags as a set phrase (打火机: l)
    ("“10分钟”", "办完开业手续"),  # a quotation alone, the subject, over its verb
    # a thing of a place whose name holds verbs (抽水, 蓄能, 造): a name, not a clause
    ("浏阳抽水蓄能电站", "首台机组正式投产"),
    ("湘潭造电力机车", "再获海外订单"),
])
def test_a_subject_over_its_predicate_put_otherwise_is_one_headline(
        first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert (article.title, article.kicker) == (first + second, "")


def test_a_quotation_wrapped_under_a_kicker_and_over_its_deck_is_the_headline() -> None:
    page = ("对话·三湘追梦人\n“让一季稻多收一茬，\n是我们这代人的考题”\n"
            "——访湖南省农业科学院研究员谭卫东" + BODY)
    [article] = split_page(page).articles
    assert article.title == "“让一季稻多收一茬，是我们这代人的考题”"
    assert article.kicker == "对话·三湘追梦人"


def test_a_question_wrapped_after_its_subject_over_a_byline_is_one_headline() -> None:
    page = ("小微企业首贷\n为何越来越“快”？\n湖南日报全媒体记者 胡信安\n"
            "“以前跑银行要准备一大摞材料，现在手机上申请，三天就放款了。”陈女士说。\n")
    [article] = split_page(page).articles
    assert article.title == "小微企业首贷为何越来越“快”？"
    assert article.authors == ["胡信安"]


def test_a_question_asked_of_a_headline_that_only_names_completes_it_under_a_kicker() -> None:
    page = ("长沙虚拟电厂运行一年调查\n一度电的“余量”\n能卖多少钱？\n"
            "湖南日报全媒体记者 黄利飞\n傍晚6点，长沙城区用电进入晚高峰。\n")
    [article] = split_page(page).articles
    assert article.title == "一度电的“余量”能卖多少钱？"
    assert article.kicker == "长沙虚拟电厂运行一年调查"


# A narrow column breaks a headline wherever its width runs out; no line of a stack a
# paper sets stops or starts there.
@pytest.mark.parametrize(("first", "second"), [
    ("今年春运全省预计发送旅客1.", "6亿人次"),  # inside a figure
    ("湖南女排3比2", "险胜河北"),  # inside a score (2 险胜: the score is the verb's)
    ("长沙跨境电商综试区新增3", "个海外仓"),
    ("湘江新区新增3处", "口袋公园"),  # a count waiting for what it counts
    ("“湘超”为何", "能一直火下去"),  # a question word waiting for its verb
    ("“春风行动”为", "务工人员送岗位"),  # a preposition waiting for its object
    ("县城咖啡馆里", "的消费新信号"),  # no line opens on 的
    ("湖南博物院推出", "马年生肖特展"),  # a verb over its object alone, narrower
    ("全省再生稻种植面积突破", "400万亩"),  # a figure alone is never a line of its own
    ("张家界迎来", "冬季冰雪旅游旺季"),  # a verb over what it acts on, wider: no verb of its own
    ("株洲开通首批", "低空观光航线"),  # a count in words waiting for what it counts
    ("台前花旦", "台后“匠人”"),  # two phrases set against each other, a line each
])
def test_a_headline_a_narrow_column_wrapped_is_one_headline(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert article.title == first + second


@pytest.mark.parametrize(("kicker", "headline"), [
    ("十五运会落幕", "湖南健儿载誉归来"),  # a verb over a wider line: its kicker
    ("郴州资兴", "东江湖畔“数”聚千亿"),
    ("开年入境游持续升温", "张家界入境游客同比增长三成"),  # a place opens the headline
])
def test_a_kicker_ending_on_a_verb_or_a_name_stays_apart(kicker: str, headline: str) -> None:
    [article] = split_page(f"{kicker}\n{headline}{BODY}").articles
    assert article.title == headline


# A wrap cuts a word, and the characters left under the line read alone as a word of
# nobody's dictionary (业稳, 标赛, 吐量, 务新, 家级): the cut word is the headline's.
@pytest.mark.parametrize(("first", "second"), [
    ("株洲推动外贸企", "业稳订单拓市场"),
    ("湖南选手获全国游泳锦", "标赛三金"),
    ("邵阳港集装箱吞", "吐量增长两成"),
    ("益阳上线12项集成服", "务新场景"),
    ("全省新增8家国", "家级绿色工厂"),
])
def test_a_word_a_wrap_cut_in_two_joins_the_lines(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert article.title == first + second


def test_a_common_word_cut_after_its_first_character_joins_under_a_kicker() -> None:
    # 进 / 出口: what the cut leaves under is a word too, but 进出口 is a common one.
    [article] = split_page(f"稳住外贸基本盘\n一季度长沙外贸进\n出口增长12%{BODY}").articles
    assert (article.kicker, article.title) == ("稳住外贸基本盘", "一季度长沙外贸进出口增长12%")


@pytest.mark.parametrize(("kicker", "headline"), [
    ("岳阳港去年吞吐量创新高", "通江达海更繁忙"),  # 高通 read across them is a firm's name
    ("制造向新", "湖南持续领跑"),  # 新湖南 across them, but 湖南 is a word of its own
])
def test_a_kicker_whose_last_character_reads_into_the_headline_stays_apart(
        kicker: str, headline: str) -> None:
    [article] = split_page(f"{kicker}\n{headline}{BODY}").articles
    assert (article.title, article.kicker) == (headline, kicker)


# A figure cut by the wrap goes on under the line: its unit is no surname (万) and the
# figure no page number glued to a section (83万人次 is not "07社会").
@pytest.mark.parametrize(("first", "second"), [
    ("全省油菜种植面积突破1900", "万亩"),
    ("国庆假期张家界接待游客52", "36万人次"),
])
def test_a_figure_a_wrap_cut_goes_on_under_the_line(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert (article.title, article.byline) == (first + second, "")


# A deck tells facts in a clause of its own; a bare line under a wider one, shorter than
# any deck, is the headline's rest, where the break left whole words on both lines.
@pytest.mark.parametrize(("first", "second"), [
    ("渝湘高铁湘西段", "首座隧道贯通"),
    ("我省启动秋季校园消防安全", "专项检查"),
])
def test_a_short_line_under_a_wider_headline_line_is_its_rest(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert (article.title, article.subtitle) == (first + second, "")


# A line ending on its only verb waits for what the verb acts on, even where that has a
# verb of its own (巡查); a kicker that acted before its last verb (实现全覆盖) is whole.
@pytest.mark.parametrize(("first", "second"), [
    ("湘江株洲段开展", "秋季禁渔巡查"),
    ("社区食堂走进", "老旧小区"),
    ("常德桃花源机场新开", "5条航线"),  # a count is the verb's object, not a deck's figure
])
def test_a_verb_over_the_short_rest_it_acts_on_is_one_headline(first: str, second: str) -> None:
    [article] = split_page(f"{first}\n{second}{BODY}").articles
    assert (article.title, article.kicker) == (first + second, "")


@pytest.mark.parametrize(("kicker", "headline"), [
    ("乡镇卫生院改造实现全覆盖", "村民看病更方便了"),  # it acted before its last verb
    ("从农业大县向强县跨越", "特色产业是突破口"),  # its verb's phrases are said
])
def test_a_kicker_that_has_acted_stays_over_a_short_headline(kicker: str, headline: str) -> None:
    [article] = split_page(f"{kicker}\n{headline}{BODY}").articles
    assert (article.title, article.kicker) == (headline, kicker)


def test_a_short_line_under_a_headline_that_ends_a_sentence_is_not_joined_to_it() -> None:
    [article] = split_page(f"社区里的“口袋公园”多了\n雨中坚守{BODY}").articles
    assert article.title == "社区里的“口袋公园”多了"


def test_a_deck_under_a_headline_ending_on_a_whole_count_stays_apart() -> None:
    page = "长沙今年计划完成既有住宅加装电梯800台\n已开工612台，审批时间压缩一半" + BODY
    [article] = split_page(page).articles
    assert article.title == "长沙今年计划完成既有住宅加装电梯800台"


def test_a_wrapped_headlines_last_characters_are_no_signature() -> None:
    [article] = split_page(f"“夜经济”点亮夏\n日消费{BODY}").articles
    assert (article.title, article.byline) == ("“夜经济”点亮夏日消费", "")


@pytest.mark.parametrize("name", ["彭业忠", "易炼红", "粟勇"])  # surnames common and rarer
def test_a_bare_name_under_a_commentarys_headline_signs_it(name: str) -> None:
    [article] = split_page(f"抓项目就是抓发展\n{name}\n项目是经济发展的“压舱石”。\n").articles
    assert (article.title, article.byline) == ("抓项目就是抓发展", name)


@pytest.mark.parametrize(("label", "name"), [("人民时评", "王 清"), ("", "刘\u3000阳"),
                                           ("暖闻热评", "肖 雅")])
def test_a_name_set_to_three_characters_width_signs_the_commentary_over_it(
        label: str, name: str) -> None:
    page = f"{label}\n让“冷资源”变成“热经济”\n{name}\n　　入冬以来，各地冰雪旅游预订量明显回升。\n"
    [article] = split_page(page).articles
    assert article.title == "让“冷资源”变成“热经济”"
    assert article.authors == [name.replace(" ", "").replace("\u3000", "")]


def test_lines_of_text_cut_on_a_figure_or_a_preposition_are_not_joined_as_a_headline() -> None:
    # A story's last line cut on a figure over the page's credits; a line of text stopping
    # on 从 over the rest of its sentence, going on.
    assert not goes_on("实验室已集聚科研人员1000", "版式 许诺 校对 黎明")
    assert not goes_on("形成了从", "原材料到终端产品的完整链条；")


def test_a_score_wrapped_onto_the_next_line_is_no_page_header() -> None:
    [article] = split_page(f"湖南U17男篮68比\n75惜败广东{BODY}").articles
    assert article.title == "湖南U17男篮68比75惜败广东"


@pytest.mark.parametrize(("stack", "title"), [
    ("托育服务如何更普惠？", "托育服务如何更普惠？"),
    ("托育服务如何\n更普惠？", "托育服务如何更普惠？"),
    ("以案释法\n预付卡商家“跑路”，钱还能要回来吗？", "预付卡商家“跑路”，钱还能要回来吗？"),
])
def test_a_headline_that_asks_over_a_dateline_opens_the_next_story(stack: str, title: str) -> None:
    page = ("全省春耕备耕有序推进\n本报讯（记者 王明）全省已落实早稻种植面积1500万亩，确保不误"
            "农时。\n" + stack + BODY)
    first, second = split_page(page).articles
    assert first.paragraphs == ["全省已落实早稻种植面积1500万亩，确保不误农时。"]
    assert second.title == title


def test_a_headline_that_asks_under_a_columns_label_heads_its_piece() -> None:
    page = ("漫画\n\n“陪跑”变“代跑”？\n\n"
            "一些所谓的“陪跑”机构打出“包过”的旗号，实则暗藏违规代考风险。\n")
    [article] = split_page(page).articles
    assert (article.kicker, article.title) == ("漫画", "“陪跑”变“代跑”？")
    assert article.paragraphs[0].startswith("一些所谓的")


# A narrow column sets a headline over three lines or more, under a kicker and over a
# deck or alone; its lines wrap into one another.
def test_a_subject_wrapped_over_three_lines_is_one_headline() -> None:
    [article] = split_page(f"长株潭都市圈\n首批共建项目\n集中开工{BODY}").articles
    assert (article.title, article.kicker) == ("长株潭都市圈首批共建项目集中开工", "")


def test_the_lines_a_headline_over_its_deck_wraps_from_are_the_headlines() -> None:
    page = ("小小茶叶撬动富民大产业\n安化黑茶\n“泡”出百亿元\n大产业\n"
            "——安化县做强黑茶全产业链见闻" + BODY)
    [article] = split_page(page).articles
    assert article.title.replace(" ", "").endswith("“泡”出百亿元大产业")
    assert article.kicker.startswith("小小茶叶撬动富民大产业")


def test_a_kicker_whose_last_character_a_guess_reads_into_the_headline_stays() -> None:
    # 足前 is no word of the dictionary: only the segmenter's guess runs across the lines.
    page = "开局起步稳 向新动能足\n前两月全省农机销量增长12%\n——农机企业订单排到年中" + BODY
    [article] = split_page(page).articles
    assert (article.title, article.kicker) == ("前两月全省农机销量增长12%", "开局起步稳 向新动能足")


def test_a_headline_wrapped_after_its_subject_under_a_kickers_clause_is_one_headline() -> None:
    page = ("文体\n2025南湖国际马拉松本周日开跑\n1.2万名跑者\n将环湖竞跑" + BODY)
    [article] = split_page(page).articles
    assert article.title == "1.2万名跑者将环湖竞跑"
    assert "2025南湖国际马拉松本周日开跑" in article.subtitle


def test_a_line_opening_on_a_word_that_holds_使_is_no_causative() -> None:
    # 使用 ("to use") is a verb of its own, not 使 and whom.
    assert not goes_on("使用无人机", "巡检电网")


@pytest.mark.parametrize(("top", "under"), [
    ("芦淞服饰市场", "春装订单同比增两成"),
    ("株洲综保区", "前两月进出口增长27%"),
    ("城头山遗址", "考古又有新发现"),
])
def test_a_thing_of_a_place_over_a_clause_of_its_own_is_one_headline(top, under) -> None:
    page = f"{top}\n{under}\n\n本报讯（记者 谭琳）3月16日，记者从有关部门获悉相关情况。\n"
    [article] = split_page(page).articles
    assert (article.title, article.kicker) == (top + under, "")


@pytest.mark.parametrize(("top", "under", "title"), [
    ("湖南省教育厅", "首台套重大技术装备保险补偿：我省今年首批支持23家企业",
     "首台套重大技术装备保险补偿：我省今年首批支持23家企业"),
    ("新宁秋色", "怀化国际陆港中老班列开行突破千列", "怀化国际陆港中老班列开行突破千列"),
    ("东江湖畔“护水人”", "资兴市推进流域综合治理见闻", "东江湖畔“护水人”"),
])
def test_a_line_with_a_topic_or_report_of_its_own_is_not_its_topics_rest(top, under,
                                                                        title) -> None:
    page = f"{top}\n{under}\n\n本报讯（记者 谭琳）3月16日，记者从有关部门获悉相关情况。\n"
    assert split_page(page).articles[0].title == title


@pytest.mark.parametrize(("line", "under"), [
    ("小辣条“辣”出", "百亿大产业"),
    ("长沙今年新开", "两条地铁线路"),
])
def test_a_verb_over_its_counted_object_is_one_headline_wrapped(line, under) -> None:
    assert goes_on(line, under)


def test_a_verb_over_a_count_alone_is_left_to_the_figures_rule() -> None:
    assert not goes_on("十五运会落幕", "湖南健儿载誉归来")


def test_a_headline_wrapped_after_its_subject_over_its_deck_is_one_headline() -> None:
    # Two lines over a deck: the line under the subject opens on its verb, so the two
    # are one headline, not a kicker over it.
    page = f"桂林米粉产业链\n延伸到稻田里\n——全州县优质稻产业见闻{BODY}"
    [article] = split_page(page).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "", "桂林米粉产业链延伸到稻田里", "全州县优质稻产业见闻")


def test_a_kicker_over_a_headline_with_its_own_subject_and_a_deck_stays_apart() -> None:
    page = f"“一老一小”幸福工程\n社区食堂开进老小区\n——全市新增社区食堂42家{BODY}"
    [article] = split_page(page).articles
    assert (article.kicker, article.title) == ("“一老一小”幸福工程", "社区食堂开进老小区")


def test_a_counted_topic_over_the_clause_that_says_what_of_it_is_one_headline() -> None:
    # 第十届 counts the event the line names; the clause under it says what became of it.
    page = f"16个竞赛项目 3000余名运动员参赛\n第十届湖南省少数民族\n传统体育运动会在吉首开幕{BODY}"
    [article] = split_page(page).articles
    assert (article.kicker, article.title) == (
        "16个竞赛项目 3000余名运动员参赛", "第十届湖南省少数民族传统体育运动会在吉首开幕")


@pytest.mark.parametrize("figure", ["总投资860亿元", "同比增长12.5%"])
def test_a_figure_said_alone_over_the_clause_it_counts_for_is_its_kicker(figure: str) -> None:
    [article] = split_page(f"{figure}\n我市126个重点项目集中开工{BODY}").articles
    assert (article.kicker, article.title) == (figure, "我市126个重点项目集中开工")


def test_a_headline_over_its_deck_wrapped_where_no_line_stops_is_one_headline() -> None:
    page = f"岳阳开通首批\n城市低空物流航线\n——无人机送药最快15分钟跨江{BODY}"
    [article] = split_page(page).articles
    assert (article.kicker, article.title) == ("", "岳阳开通首批城市低空物流航线")


COMMENTARY = ("开局之年贵在开局之为\n湖南日报评论员\n"
              "春节假期刚过，三湘大地处处涌动着干事创业的热潮，重大项目工地机器轰鸣，企业车间赶制订单。\n"
              "春光不负赶路人。只要开好局、起好步，就一定能为发展打下坚实基础。\n")


@pytest.mark.parametrize(("stack", "title"), [
    ("别让“AI代写”偷走独立思考\n王嘉", "别让“AI代写”偷走独立思考"),
    ("“村晚”火出圈\n靠的是什么\n刘雨晴", "“村晚”火出圈靠的是什么"),
])
def test_a_headline_signed_by_a_bare_name_after_a_commentary_opens_a_piece_of_its_own(
        stack: str, title: str) -> None:
    page = (COMMENTARY + stack + "\n新学期开学在即，有家长发现，孩子寒假作业里的作文“文笔老练得"
            "不像自己写的”，一问才知道是用AI生成的。\n技术是工具，思考才是根本。\n")
    first, second = split_page(page).articles
    assert first.paragraphs[-1].startswith("春光不负赶路人")
    assert (second.title, second.byline) == (title, stack.rsplit("\n", 1)[1])
