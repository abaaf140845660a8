"""A column of briefs set narrow, each brief opened by a bullet, its headline run in."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

STORY = """让“小切口”托起大民生

本报讯（记者 王晴）
一条无障碍坡道、一处
社区食堂，事情不大，
却关系群众的日常感
受。民生温度才能真
正可感可及。
"""
BRIEFS = """简讯
●省政府召开常务
会议 11月17日，
省政府召开常务会议，
研究部署今冬明春森
林防火和安全生产工
作。
●湖南新增3个国家
级农业产业强镇 近
日，农业农村部公布
产业强镇建设名单，
我省三个镇入选。
"""


def test_each_bulleted_brief_is_a_piece_under_its_run_in_headline() -> None:
    articles = split_page(STORY + BRIEFS).articles
    assert [a.title for a in articles] == [
        "让“小切口”托起大民生", "省政府召开常务会议", "湖南新增3个国家级农业产业强镇"]
    assert articles[1].paragraphs == [
        "11月17日，省政府召开常务会议，研究部署今冬明春森林防火和安全生产工作。"]
    assert articles[2].paragraphs == ["近日，农业农村部公布产业强镇建设名单，我省三个镇入选。"]


def test_bullets_outside_a_briefs_column_stay_in_their_story() -> None:
    page = STORY.replace("受。", "受。\n●加快建设 一批社区\n食堂和养老服务站。\n")
    [article] = split_page(page).articles
    assert article.title == "让“小切口”托起大民生"
    assert any(p.startswith("●加快建设") for p in article.paragraphs)


def test_a_bulleted_brief_without_a_headline_stays_as_printed() -> None:
    page = STORY + "简讯\n●日前，我省第二批标\n杆企业名单公布，共有\n58家企业入选。\n"
    text = "".join("".join(a.paragraphs) for a in split_page(page).articles)
    assert "●日前，我省第二批标杆企业名单公布，共有58家企业入选。" in text


def test_whole_run_in_lines_over_a_newsletters_foot_give_their_headlines_alone() -> None:
    page = ("-" * 40 + "\n\n五、农事简讯\n\n◆汉寿县启动高标准农田建设项目 3月13日，汉寿县高标准"
            "农田建设项目开工，今年计划新建农田6.8万亩。\n\n◆石门柑橘“春季保果”技术培训进村 "
            "近日，石门县农业农村局组织专家开展技术培训12场。\n\n" + "=" * 40
            + "\n本期编辑：常德日报新媒体中心\n如需退订，请回复“TD”\n" + "=" * 40 + "\n")
    first, second = split_page(page).articles[:2]
    assert (first.title, second.title) == ("汉寿县启动高标准农田建设项目",
                                           "石门柑橘“春季保果”技术培训进村")
    assert first.paragraphs == ["3月13日，汉寿县高标准农田建设项目开工，今年计划新建农田6.8万亩。"]


def test_indented_bulleted_headlines_over_their_datelines_open_briefs() -> None:
    page = ("　　■隆回金银花入选全国名特优新农产品名录\n"
            "　　本报讯（通讯员　罗艳华）日前，隆回金银花入选全国名特优新农产品名录。\n"
            "　　■市第一人民医院启用“无陪护病房”\n"
            "　　本报讯（记者　吴静）3月14日，市第一人民医院首批4个“无陪护病房”正式启用。\n"
            "　　据悉，护理费用纳入医保报销范围。\n"
            "　　■城步举行南山牧场春季放牧节\n"
            "　　本报讯（通讯员　杨丽）3月15日，城步南山牧场春季放牧节开幕。\n")
    articles = split_page(page).articles
    assert [a.title for a in articles] == ["隆回金银花入选全国名特优新农产品名录",
                                           "市第一人民医院启用“无陪护病房”",
                                           "城步举行南山牧场春季放牧节"]
    assert articles[1].paragraphs[-1] == "据悉，护理费用纳入医保报销范围。"


def test_an_indented_bulleted_line_inside_a_story_stays_a_paragraph() -> None:
    page = ("让“小切口”托起大民生\n\n　　本报讯（记者 王晴）一条无障碍坡道，事情不大。\n"
            "　　■加快建设一批社区食堂\n　　全市今年将新建社区食堂30个。\n")
    [article] = split_page(page).articles
    assert article.title == "让“小切口”托起大民生"


def test_each_bulleted_headline_under_a_pinned_column_name_opens_a_brief() -> None:
    page = ("老旧小区加装电梯，这回“一楼”也点了头\n\n"
            "12月2日上午，开福区伍家岭街道新河社区13栋单元门口，一台崭新的电梯完成验收。\n\n"
            "📌 城事速览\n\n◆南门口地下通道改造完工\n\n"
            "12月1日，天心区南门口地下人行通道改造完成并恢复通行。\n\n"
            "◆雨花区新增12处“口袋公园”\n\n"
            "记者从雨花区城管局获悉，今年该区新建改造“口袋公园”12处。\n\n"
            "◆长沙图书馆推出“夜读”服务\n\n"
            "即日起，长沙图书馆新馆二楼自习区开放时间延长至每晚22时。\n")
    titles = [a.title for a in split_page(page).articles]
    assert titles[1:] == ["南门口地下通道改造完工", "雨花区新增12处“口袋公园”",
                          "长沙图书馆推出“夜读”服务"]

