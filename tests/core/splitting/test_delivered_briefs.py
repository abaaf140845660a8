"""A post's column of briefs under a marked label (▍城事快递), after a commentary; a brief's
headline that ends on a time of day (…延长至22:30)."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

POST = """【扬子快评】别让“占座神器”占了公共空间

文/张晶

最近，有市民反映，城区一些公园的草坪上出现了大量“占座神器”。

公共空间的文明，既要靠自觉，也要靠规则。

▍城事快递

◆秦淮河游船夜航延长至22:30
记者从秦淮河风光带获悉，即日起至10月底，秦淮河游船夜航末班时间延长至22:30。（孔小平）

◆南京图书馆“深夜书房”周末延时开放
从5月16日起，南京图书馆一楼“深夜书房”每周五、周六开放时间延长至晚上11点。（沈昭）
"""


def test_briefs_under_a_marked_delivery_label_are_pieces_of_their_own() -> None:
    articles = split_page(POST).articles
    assert [a.title for a in articles] == [
        "别让“占座神器”占了公共空间", "秦淮河游船夜航延长至22:30",
        "南京图书馆“深夜书房”周末延时开放"]
    assert articles[0].subheads == []
    assert articles[1].paragraphs[0].startswith("记者从秦淮河风光带获悉")


def test_a_headline_ending_on_delivery_still_wraps_onto_its_next_line() -> None:
    page = "邵阳县乡村快递\n实现“村村通”\n\n本报讯（记者 李曼）近日，邵阳县实现快递服务村村通。\n"
    [article] = split_page(page).articles
    assert article.title == "邵阳县乡村快递实现“村村通”"


def test_a_posts_stamp_is_still_chrome_when_its_time_stands_apart() -> None:
    page = ("南京吃货小分队\n05-12 07:31 来自 江苏\n\n【11号线终于来了】\n\n"
            "记者昨天从南京地铁获悉，地铁11号线一期工程今起进入空载试运行阶段。\n")
    text = "\n".join(p for a in split_page(page).articles for p in [a.title, *a.paragraphs])
    assert "07:31" not in text
