"""Headlines on a printed page and the columns each owns: a headline centred over columns
on both sides, set at the left of its story or down the page (竖排), a lead over the
columns of other stories; the datelines and bylines under them; and briefs under a
column's name, each its own article (found on the blind PDF set,
tests/gold/layouts/pdffiles)."""

from __future__ import annotations

from desktop_app.core.reading.pdf_layout import Char, PageGeometry, lay_out
from tests.core.reading.pdf_chars import _column, _page, _run


def test_a_dateline_set_in_bold_opens_the_paragraph_it_belongs_to() -> None:
    chars = (_run("全省重大项目集中开工", 36, 130, 26, True)
             + _column(["  湖南日报3月5日讯（全媒", "体记者 周楚衡）3月5日，全省",
                        "第一季度重大项目集中开工活", "动在长沙主会场举行。"], 36, 140,
                       bold_first=True))
    (article,) = lay_out(PageGeometry(842, 1191, tuple(chars))).split.articles
    assert article.title == "全省重大项目集中开工"
    assert article.dateline == "湖南日报3月5日讯（全媒体记者 周楚衡）"
    assert article.paragraphs[0].startswith("3月5日，全省")


def test_a_headline_centred_over_the_page_owns_the_columns_on_both_sides() -> None:
    columns = [["  一列满载工程机械的中欧", "班列从长沙北站缓缓驶出。"],
               ["  海关数据显示，2025年湖", "南对非洲贸易继续增长。"],
               ["  与此同时，越来越多的湘", "企开始注重品牌建设。"],
               ["  通道建设为湘品出海提供", "了有力支撑。"]]
    chars = _run("湘品“出海”跑出加速度", 300, 130, 34, True)
    for n, column in enumerate(columns):
        chars += _column(column, 36 + n * 140, 140)
    articles = lay_out(PageGeometry(842, 1191, tuple(chars))).split.articles
    assert [a.title for a in articles] == ["湘品“出海”跑出加速度"]
    assert "".join(articles[0].paragraphs).startswith("一列满载工程机械")


def test_briefs_under_a_columns_name_are_each_their_own_article() -> None:
    # 四号 headlines over 五号 text, not bold, and headlines after a square; the column's
    # name over them heads no article of its own.
    chars = _run("快 讯", 40, 380, 15)
    top = 400.0
    for head in ("全省秋粮收获进度过九成", "■ 长沙新开通3条定制公交线路"):
        chars += _run(head, 36, top + 13, 13 if not head.startswith("■") else 10.5)
        chars += _column(["  记者从省农业农村厅获悉，截至", "10月20日，全省秋粮已收获九成。"],
                         36, top + 16)
        top += 70
    articles = _page(chars)
    assert [a.title for a in articles] == ["全省秋粮收获进度过九成", "长沙新开通3条定制公交线路"]
    assert "快讯" in articles[0].subtitle.replace(" ", "")


def test_a_headline_at_the_left_of_its_story_owns_the_columns_beside_it() -> None:
    chars = (_run("一条老街的", 37, 137, 34) + _run("“微改造”", 37, 178, 34)
             + _run("——长沙潮宗街片区有机更新见闻", 37, 215, 12, True))
    for n in range(3):
        chars += _column(["  冬日的午后，长沙潮宗街上的", "麻石路泛着温润的光，临街的",
                          "老公馆修葺一新。"], 221 + n * 150, 80)
    chars += _run("【邵阳】", 40, 400, 9.5) + _run("邵东打火机“智”造出新意", 40, 425, 19)
    chars += _column(["  在邵东市仙槎桥镇一家打火机", "生产企业，自动化生产线运转。"], 40, 430)
    articles = _page(chars)
    assert [a.title for a in articles] == ["一条老街的“微改造”", "邵东打火机“智”造出新意"]
    assert len(articles[0].paragraphs) == 3
    assert "【邵阳】" in articles[1].subtitle
    assert articles[1].kicker == "【邵阳】"  # shown over the headline, as printed
    assert articles[0].kicker == "" and "长沙潮宗街片区有机更新见闻" in articles[0].subtitle


def test_a_letter_spaced_dateline_in_bold_still_opens_its_paragraph() -> None:
    chars = (_run("津市牛肉粉“出圈”记", 36, 130, 19)
             + _run("湖南日报4月13日讯", 56, 150, bold=True, spacing=4.0)
             + _column(["（全媒体记者 覃思源）一碗热气腾腾", "的牛肉粉，正在成为津市最亮眼的",
                        "城市名片。"], 36, 150))
    (article,) = _page(chars)
    assert article.dateline == "湖南日报4月13日讯（全媒体记者 覃思源）"
    assert article.paragraphs[0].startswith("一碗热气腾腾的牛肉粉")


def test_a_columns_name_over_a_brief_is_not_read_as_its_headline() -> None:
    chars = _run("快 讯", 40, 380, 15) + _run("全省秋粮收获进度过九成", 36, 397, 13)
    lines = ["  记者从省农业农村厅获悉，截至", "10月20日，全省秋粮已收获九成。"]
    chars += _column(lines * 3, 36, 400)
    (article,) = _page(chars)
    assert article.title == "全省秋粮收获进度过九成"


def test_a_headline_beside_its_story_under_a_lead_across_the_page_keeps_its_columns() -> None:
    lines = ["  科技创新能够催生新产业、新模", "式、新动能，是发展的核心要素。"]
    chars = _run("以科技创新引领新质生产力发展", 36, 130, 30)
    for n in range(4):
        chars += _column(lines * 2, 36 + n * 190, 140)
    chars += _run("书香湖湘", 164, 440, 11) + _run("在泥土里读懂乡村", 164, 462, 18, True)
    for n in range(2):
        chars += _column(["  《洞庭湖边的村庄》是一部记录湖", "区乡村变迁的非虚构作品，记下了",
                          "湖区的四季风物和村民的日常。"] * 2, 337 + n * 190, 410)
    articles = _page(chars)
    assert [a.title for a in articles] == ["以科技创新引领新质生产力发展", "在泥土里读懂乡村"]
    assert articles[1].paragraphs[0].startswith("《洞庭湖边的村庄》")


def test_a_dateline_wrapped_over_three_lines_is_no_byline_and_no_subhead() -> None:
    chars = _run("“AI换脸”诈骗团伙落网", 46, 390, 19)
    lines = ["  湖南日报12月15日讯（全", "媒体记者 杨振国 通讯员 湘公",
             "宣）近日，株洲市公安局成功", "破获一起利用“AI换脸”技术实施", "电信网络诈骗的案件。"]
    for i, line in enumerate(lines):
        chars += _run(line.strip(), 46 + (20 if i == 0 else 0), 420 + i * 15.5, bold=i in (0, 2))
    (article,) = _page(chars)
    assert article.byline == "" and article.subheads == []
    # As from a text page: the dateline is shown with the byline and names the reporters.
    assert article.dateline == "湖南日报12月15日讯（全媒体记者 杨振国 通讯员 湘公宣）"
    assert article.authors == ["杨振国", "湘公宣"]
    assert article.paragraphs == [
        "近日，株洲市公安局成功破获一起利用“AI换脸”技术实施电信网络诈骗的案件。"]


def test_a_brief_headline_after_a_square_may_close_on_a_quote() -> None:
    chars = _run("社会扫描", 663, 690, 14)
    for n, head in enumerate(["■ 长沙地铁6号线东延段开通", "■ 湘潭发布首批“一刻钟便民生活圈”"]):
        top = 700 + n * 90
        chars += _run(head, 586, top + 11, 11)
        chars += _column(["  湘潭市近日发布首批20个试点社", "区，居民步行15分钟可满足需求。"] * 2,
                         586, top + 14)
    assert [a.title for a in _page(chars)] == [
        "长沙地铁6号线东延段开通", "湘潭发布首批“一刻钟便民生活圈”"]


def test_briefs_set_larger_than_the_lead_keep_their_headlines() -> None:
    # The briefs' text (11.5) outweighs the lead's (10.5): the page's body size is the
    # briefs', and their headlines (13) are a size up only from the text under them.
    def sized(chars: list[Char], size: float) -> list[Char]:
        return [Char(c.text, c.x0, c.y0, c.x1, c.y1, size, c.bold) for c in chars]

    chars = _run("“湘超”赛场燃动三湘", 36, 140, 32)
    chars += sized(_column(["  周末夜晚，看台上的呐喊声此起", "彼伏，球迷们挥舞着家乡的旗帜。"] * 3,
                           36, 150), 10.5)
    titles = ["全省秋粮收获进度过九成", "长沙新开通3条定制公交线路", "湘江流域秋季巡河行动启动"]
    for n, title in enumerate(titles):
        chars += _run(title, 36 + n * 200, 300, 13)
        chars += sized(_column(["  记者从省农业农村厅获悉截至", "10月20日全省秋粮已收获九成。"] * 3,
                               36 + n * 200, 304), 11.5)
    assert [a.title for a in _page(chars)] == ["“湘超”赛场燃动三湘", *titles]


def test_bold_headlines_under_a_columns_name_are_briefs_not_subheads() -> None:
    chars = _run("要闻简报", 842, 980, 13, True)
    titles = ["长沙地铁6号线东延段开通", "湘赣边区域合作示范区推进会召开"]
    for n, title in enumerate(titles):
        top = 990 + n * 100
        chars += _run(title, 780, top + 11, 11, True)
        chars += _column(["  12月8日，长沙地铁6号线东延段", "开通试运营，东延段全长10公里，",
                          "设站5座，连接黄花机场。"] * 2, 780, top + 14)
    assert [a.title for a in _page(chars)] == titles


def test_a_centred_lead_takes_a_left_column_made_of_several_blocks() -> None:
    chars = _run("湖南工程机械集群“链”动全球", 216, 277, 40, True)
    # A subhead cuts the column in blocks, the lower one wider and starting near the top.
    chars += _run("获悉，今年前三季度，集群增长。", 31, 298)
    chars += _run("出海新路径", 51, 311, 10, True)
    chars += _column(["  企业自主品牌产品占比正在提高，", "海外收入占比首次突破四成。"], 31, 308.5)
    for n in range(3):
        chars += _column(["  在株洲，一家做了二十多年回转", "支承的企业，今年拿下了订单。"] * 3,
                         220 + n * 190, 300)
    articles = _page(chars)
    assert [a.title for a in articles] == ["湖南工程机械集群“链”动全球"]
    assert articles[0].paragraphs[0].startswith("获悉，今年前三季度")
    assert "海外收入占比首次突破四成。" in articles[0].paragraphs[1]


def test_a_headline_closing_on_a_quote_is_still_a_headline() -> None:
    # A size up, not bold (a face with no weight named), over two lines.
    chars = _run("我省新增6家国家级专精特新“小巨", 780, 1190, 11.5)
    chars += _run("人”", 780, 1204, 11.5)
    lines = ["  记者从省工信厅获悉，我省又有", "6家企业入选国家级专精特新“小", "巨人”企业名单。"]
    chars += _column(lines * 2, 780, 1206)
    (article,) = _page(chars)
    assert article.title == "我省新增6家国家级专精特新“小巨人”"


def test_a_brief_that_runs_off_a_column_goes_on_under_the_columns_name() -> None:
    # 社会简讯 spans two columns of briefs; the second brief of the left column runs off
    # its foot and goes on at the top of the right column, under the column's name.
    chars = _run("社会简讯", 40, 380, 14, True)
    chars += _run("全省无偿献血人次同比增长9%", 36, 410, 12, True)
    chars += _column(["  记者从省卫生健康委获悉，今年", "全省无偿献血人次同比增长9%。"], 36, 412)
    chars += _run("株洲警方打掉一个电诈团伙", 36, 470, 12, True)
    chars += _column(["  近日，株洲警方成功打掉一个利", "用虚假投资理财平台实"], 36, 472)
    chars += _column(["施诈骗的犯罪团伙，抓获犯罪嫌", "疑人23名，涉案金额1800余万元。"], 210, 392)
    chars += _run("岳阳楼景区推出冬季夜游", 210, 450, 12, True)
    chars += _column(["  即日起至明年2月，岳阳楼景区", "推出夜游活动，每晚开放至21时。"], 210, 452)
    articles = {a.title: a for a in _page(chars)}
    assert set(articles) == {
        "全省无偿献血人次同比增长9%", "株洲警方打掉一个电诈团伙", "岳阳楼景区推出冬季夜游"}
    assert articles["株洲警方打掉一个电诈团伙"].text.endswith("涉案金额1800余万元。")


def test_a_vertical_headline_at_the_right_of_its_story_owns_the_columns_at_its_left() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("洞庭湖区春耕备耕忙"):  # 竖排: a character a line
        chars += _run(ch, 560, 420 + n * 26, 24, True)
    text = ["  春分过后，洞庭湖区气温回升，田", "野里一派繁忙景象，农机下田。"] * 5
    chars += _column(text, 200, 400) + _column(text, 380, 400)
    # A column of another story at the far left, starting higher up the page.
    chars += _run("我省新增3个示范工厂", 36, 330, 14, True)
    chars += _column(["  工业和信息化部近日公布名单，", "我省3家企业入选。"] * 6, 36, 340)
    titles = [a.title for a in _page(chars)]
    assert "洞庭湖区春耕备耕忙" in titles and "我省新增3个示范工厂" in titles
    farm = next(a for a in _page(chars) if a.title == "洞庭湖区春耕备耕忙")
    assert farm.text.startswith("春分过后") and "工业和信息化部" not in farm.text


def test_a_headline_of_two_phrases_an_em_apart_is_one_and_headlines_a_gutter_apart_two(
        ) -> None:
    text = ["  三月中旬的岳阳城陵矶港，龙门吊来回穿梭，", "一个个集装箱被吊装上船。"] * 4
    one = _run("外贸“开门稳”", 100, 140, 40, True)
    one += _run("湘货走四方", 100 + 7 * 40 + 40, 140, 40, True)  # an em of the headline apart
    titles = [a.title for a in _page(one + _column(text, 100, 160))]
    assert titles == ["外贸“开门稳” 湘货走四方"]
    # Two stories' headlines side by side, a column's gutter apart: two articles.
    two = _run("前11个月外贸增长8.7%", 36, 140, 22, True)
    two += _run("冬春农田水利建设铺开", 36 + 13 * 22 + 12, 140, 22, True)
    two += _column(text, 36, 160) + _column(text, 36 + 13 * 22 + 12, 160)
    assert len(_page(two)) == 2


def test_a_byline_at_the_head_of_the_first_column_left_of_the_headline_is_its() -> None:
    text = ["  三月中旬的岳阳城陵矶港，龙门吊", "来回穿梭，集装箱被吊装上船。"] * 6
    chars = _run("外贸开门稳湘货走四方", 290, 150, 40, True)  # centred, well right of it
    chars += _run("湖南日报全媒体记者 何清 通讯员 罗丹", 42, 185)
    for n in range(4):
        chars += _column(text, 42 + n * 175, 195)
    [article] = _page(chars)
    assert article.title == "外贸开门稳湘货走四方"
    assert article.authors == ["何清", "罗丹"]
    assert article.text.startswith("三月中旬的岳阳城陵矶港")


def test_a_headline_at_the_left_with_its_byline_under_it_owns_the_columns_beside() -> None:
    # 左题: the headline in four lines at the left, its byline (wrapped in two) well under
    # it, the text in columns to its right.
    chars: list[Char] = []
    for n, part in enumerate(["株洲中小企业", "“智改数转”", "按下快进键"]):
        chars += _run(part, 42, 560 + n * 28, 22, True)
    chars += _run("湖南日报全媒体记者 谢 军", 42, 697) + _run("通讯员邓亮", 42, 713)
    text = ["  走进株洲市荷塘区一家硬质合", "金刀具企业的车间，数控机床整"] * 7
    for n in range(3):
        chars += _column(text, 194 + n * 160, 530)
    [article] = _page(chars)
    assert article.title == "株洲中小企业“智改数转”按下快进键"
    assert article.authors == ["谢军", "邓亮"]
    assert article.text.startswith("走进株洲市荷塘区")


def test_a_brief_headline_wrapped_in_a_narrow_column_is_one_headline() -> None:
    chars = _run("要闻简报", 46, 530, 15, True)
    chars += _run("■湖南出台措施", 42, 575, 11.5, True)
    chars += _run("支持外贸企业稳订单", 42, 590, 11.5, True)
    text = ["  省商务厅等部门近日联合出台支", "持外贸企业稳订单拓市场的措施。"]
    chars += _column(text * 3, 42, 595)
    [brief] = _page(chars)
    assert brief.title == "湖南出台措施支持外贸企业稳订单"


def test_a_brief_headline_narrower_than_its_text_owns_it_to_the_last_hair() -> None:
    # The text's left edge a ten-thousandth of a point left of the headline's.
    chars = _run("●长沙地铁暑期", 553.8594, 750, 11, True)
    chars += _run("延长运营时间", 553.8594, 764, 11, True)
    text = ["  自7月1日起，长沙地铁各线路周五、周六末班车延长运营",
            "30分钟，方便市民夜间出行，各站同步调整。"]
    chars += _column(text, 553.859375, 770)
    [brief] = _page(chars)
    assert brief.title == "长沙地铁暑期延长运营时间"


def test_briefs_headed_a_half_size_up_under_a_columns_name_are_each_an_article() -> None:
    # 经济简讯 over briefs whose headlines are set half a point up, in no bold a browser's
    # fonts would show; a dateline in bold is no headline.
    chars = _run("经济简讯", 700, 520, 13)
    top = 530.0
    for head in ("湘江新区发布算力券政策", "岳阳港集装箱吞吐量创新高"):
        chars += _run(head, 668, top + 12, 10.5)
        chars += _run("本报讯（记者 胡婷）", 668, top + 28, 10, True)
        text = ["  近日，湖南湘江新区发布支持算力", "产业发展的若干政策，设立算力券。"]
        chars += _column(text * 2, 668, top + 28)
        top += 110
    titles = [a.title for a in _page(chars)]
    assert titles == ["湘江新区发布算力券政策", "岳阳港集装箱吞吐量创新高"]


def test_a_deck_wrapped_under_a_headline_at_the_left_stays_the_deck() -> None:
    chars: list[Char] = []
    for n, part in enumerate(["中小学人工智能", "教育全面铺开"]):
        chars += _run(part, 37, 410 + n * 26, 21, True)
    chars += _run("——今年秋季学期起", 37, 460, 10.5)
    chars += _run("全省中小学开设人工智能课程", 37, 475, 10.5)
    text = ["  在长沙市雨花区一所小学的人工智能", "实验室里，五年级学生正在编程。"] * 8
    chars += _column(text, 192, 392) + _column(text, 358, 392)
    [article] = _page(chars)
    assert article.title == "中小学人工智能教育全面铺开"
    assert "全省中小学开设人工智能课程" in article.subtitle and article.kicker == ""
    assert article.text.startswith("在长沙市雨花区")


def test_a_vertical_headline_at_the_left_takes_the_byline_over_its_columns() -> None:
    chars: list[Char] = []
    for n, ch in enumerate("守护万家灯火的人"):
        chars += _run(ch, 46, 905 + n * 25, 22)
    # The byline's second half set a gap apart on its row, in a smaller face.
    chars += _run("湖南日报全媒体记者 周 楠", 95, 897, 9.5) + _run("通讯员马力", 225, 897, 9.0)
    text = ["  春节期间，当大多数人与家人团聚时，", "国网湖南电力的一线员工仍坚守岗位。"] * 4
    chars += _column(text, 95, 905) + _column(text, 311, 905)
    [article] = _page(chars)
    assert article.title == "守护万家灯火的人"
    assert article.authors == ["周楠", "马力"]
    assert article.text.startswith("春节期间")


def test_a_headline_a_size_up_over_a_dateline_line_heads_its_brief() -> None:
    # Briefs headed a size up, no bold; the dateline spread on a line of its own between.
    chars: list[Char] = []
    for n, head in enumerate(["全省大学生创新创业大赛举行", "益阳茶叶出口同比增长两成"]):
        x = 37 + n * 267
        chars += _run(head, x, 868, 13)
        chars += _run("本报讯（记者", x + 23, 888, 11.5) + _run("周益茗）", x + 110, 888, 11.5)
        text = ["近日，第十届湖南省大学生创新创业大赛决赛",
                "在湘潭大学举行，来自八十余所高校参赛。"]
        chars += _run(text[0], x, 907, 11.5) + _run(text[1], x, 923, 11.5)
        chars += _run(text[0], x, 939, 11.5)
    titles = [a.title for a in _page(chars)]
    assert titles == ["全省大学生创新创业大赛举行", "益阳茶叶出口同比增长两成"]


def test_a_lead_set_smaller_than_the_pages_briefs_keeps_its_third_column() -> None:
    # The lead in 10.5 pt, the page's briefs in 11.5 (the page's body size): the lead's
    # columns are no captions, and the one past its headline's end is still its own.
    def column(lines: list[str], x: float, top: float, size: float) -> list[Char]:
        return [ch for i, line in enumerate(lines) for ch in _run(
            line.strip(), x + (2 * size if line.startswith("  ") else 0),
            top + (i + 1) * 1.5 * size, size)]

    chars = _run("“湘超”赛场燃动三湘", 37, 140, 32)
    text = ["  周末夜晚，看台上的呐喊声此", "起彼伏，球迷们挥舞着旗子。"] * 5
    for n in range(3):
        chars += column(text, 37 + n * 180, 160, 10.5)
    chars += _run("全省秋粮收获进度过九成", 37, 690, 16, True)
    chars += column(["  记者从省农业农村厅获悉，截至10月20日，全省", "秋粮已收获九成以上。"] * 30,
                    37, 700, 11.5)
    articles = _page(chars)
    lead = next(a for a in articles if a.title == "“湘超”赛场燃动三湘")
    assert lead.text.count("周末夜晚") == 15
