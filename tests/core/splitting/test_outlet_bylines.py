"""A reporter of a paper and its app (扬子晚报/紫牛新闻记者 沈昭) signs and credits as any
other reporter does."""

from __future__ import annotations

from desktop_app.core.splitting.signatures import byline_names, credit_split, is_byline
from desktop_app.core.splitting.split import split_page

POST = """【南京地铁11号线一期今起空载试运行】

扬子晚报/紫牛新闻记者 沈昭 通讯员 宁轨宣

记者昨天从南京地铁获悉，地铁11号线一期工程今起进入空载试运行阶段。

【玄武湖荷叶初展】

▲5月11日，市民在玄武湖环洲附近散步赏景。 扬子晚报/紫牛新闻记者 万程鹏 摄

【“你的快递丢了，双倍理赔” 接到这种电话千万别信】

扬子晚报/紫牛新闻记者 刘丹

“您好，我是快递客服，您的包裹在运输途中丢失了。”最近，南京市民李女士就接到了这样一个电话。
"""


def test_a_byline_naming_the_paper_and_its_app_is_a_byline() -> None:
    assert is_byline("扬子晚报/紫牛新闻记者 沈昭 通讯员 宁轨宣")
    assert byline_names("扬子晚报/紫牛新闻记者 沈昭 通讯员 宁轨宣") == ["沈昭", "宁轨宣"]
    assert not is_byline("南京/上海两地记者见闻")


def test_a_credit_naming_the_paper_and_its_app_ends_its_caption() -> None:
    assert credit_split("市民在湖边散步赏景。 扬子晚报/紫牛新闻记者 万程鹏 摄") == (
        "市民在湖边散步赏景。", "扬子晚报/紫牛新闻记者 万程鹏 摄")


def test_each_piece_of_the_post_keeps_its_own_headline_and_authors() -> None:
    articles = split_page(POST).articles
    assert [a.title for a in articles] == [
        "南京地铁11号线一期今起空载试运行", "玄武湖荷叶初展",
        "“你的快递丢了，双倍理赔” 接到这种电话千万别信"]
    assert [a.authors for a in articles] == [["沈昭", "宁轨宣"], ["万程鹏"], ["刘丹"]]


def test_a_credit_naming_a_long_papers_reporter_still_ends_its_caption() -> None:
    assert credit_split("农民在田间查看苗情。 四川农村日报全媒体记者 赵宇 摄") == (
        "农民在田间查看苗情。", "四川农村日报全媒体记者 赵宇 摄")


# A paper and its site (农民日报·中国农网记者): on a page without a blank line between
# pieces, the byline is what parts the next piece's headline from the story above it.
RUN_ON = """湖南益阳：稻虾田里种出“第二季”
农民日报·中国农网记者 孙鹏 通讯员 曹阳
初冬时节，湖南省益阳市赫山区笔架山乡的稻虾田里一派繁忙景象。
在笔架山乡的油菜育种基地，技术员正在记录新品种的出苗数据。
云南普洱：小咖啡豆撬动大产业
农民日报·中国农网记者 李丹
12月上旬，云南省普洱市思茅区的咖啡庄园里，红彤彤的咖啡鲜果挂满枝头。
"""


def test_a_byline_naming_the_paper_and_its_site_parts_two_pieces_run_on() -> None:
    articles = split_page(RUN_ON).articles
    assert [(a.title, a.authors) for a in articles] == [
        ("湖南益阳：稻虾田里种出“第二季”", ["孙鹏", "曹阳"]),
        ("云南普洱：小咖啡豆撬动大产业", ["李丹"])]
