"""A document saved as plain text: one paragraph per line, no blank line anywhere, and a
rule of dashes between the pieces. The rule parts two pieces; it underlines no heading
(a note in brackets or a paragraph's last sentence over it heads nothing)."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

RULE = "-" * 50
PAGE = "\n".join([
    "湖南日报 2026年3月12日 第07版 理论",
    "（王芳整理，供学习参考）",
    RULE,
    "以新质生产力推动高质量发展",
    "刘明远",
    "党的二十届四中全会对“十五五”时期经济社会发展作出战略部署，因地制宜发展新质生产力是其中的"
    "重要内容，湖南要抓住机遇。",
    "发展新质生产力，必须进一步全面深化改革，要深化科技体制改革，赋予科研人员更大的人财物自主"
    "支配权，让创新活力充分涌流。",
    "（作者系湖南省社会科学院研究员）",
    RULE,
    "（王芳注：建议各支部结合本单位工作研讨）",
    RULE,
    "让红色资源“活”起来",
    "邓湘君",
    "湖南是一片红色热土，红色资源丰富、红色基因厚重。用好红色资源，讲好红色故事，是加强党性"
    "教育的重要途径，意义重大。",
    "（作者单位：湘潭大学马克思主义学院）",
]) + "\n"


def test_rules_part_the_pieces_of_a_document_saved_as_text() -> None:
    articles = split_page(PAGE).articles
    by_title = {a.title: a for a in articles}
    first = by_title["以新质生产力推动高质量发展"]
    assert first.paragraphs[0].startswith("党的二十届四中全会")
    assert "（王芳注" not in "".join(first.paragraphs)
    assert by_title["让红色资源“活”起来"].paragraphs[0].startswith("湖南是一片红色热土")
    assert not any(a.title.startswith("（") and "让红色资源" in "".join(a.paragraphs)
                   for a in articles)


BODY = [
    "党的二十届四中全会对“十五五”时期经济社会发展作出战略部署，因地制宜发展新质生产力是其中的"
    "重要内容，湖南要抓住机遇。",
    "发展新质生产力，必须进一步全面深化改革，要深化科技体制改革，赋予科研人员更大的人财物自主"
    "支配权，让创新活力充分涌流。",
    "对湖南而言，发展新质生产力不是另起炉灶，而是在既有优势上向新而行，工程机械、轨道交通装备"
    "等产业基础较好。",
    "要坚持以科技创新引领产业创新，加快建设国家重要区域科技创新中心，推动重大科研成果在湘落地"
    "转化，形成更多新的增长点。",
    "要深化要素市场化配置改革，畅通教育、科技、人才的良性循环，让各类先进优质生产要素向发展"
    "新质生产力顺畅流动。",
    "同时，要营造鼓励创新、宽容失败的良好氛围，完善首台（套）、首批次应用激励政策，让企业敢"
    "投入、能创新、愿转化。",
    "各地要立足资源禀赋和产业基础，因地制宜选准主攻方向，防止一哄而上、泡沫化，也不要一种"
    "模式搞发展。",
    "唯有改革与创新同向发力，新质生产力才能在三湘大地加快成长，为高质量发展注入澎湃动能，"
    "书写新的篇章。",
]

# Whole paragraphs, as long as a document's paragraphs run.
PARAGRAPHS = [a + b for a, b in zip(BODY, BODY[1:] + BODY[:1], strict=True)]


def test_on_a_page_where_nothing_wraps_a_long_kicker_stays_over_its_headline() -> None:
    # Each line a whole paragraph: the kicker (17 characters, wider than a short heading)
    # does not run on into the headline under it, nor the headline into its author.
    page = "\n".join(["深入学习贯彻党的二十届四中全会精神", "以新质生产力厚植高质量发展新优势",
                      "刘明远", *PARAGRAPHS])
    [article] = split_page(page + "\n").articles
    assert (article.kicker, article.title, article.byline) == (
        "深入学习贯彻党的二十届四中全会精神", "以新质生产力厚植高质量发展新优势", "刘明远")
    assert article.paragraphs[0].startswith("党的二十届")


def test_a_rule_ends_a_run_of_short_lines_that_verse_would_make() -> None:
    # A note, a rule, then kicker, headline, deck and author: four heads, no poem.
    page = "\n".join(["（王芳整理，供学习参考）", RULE, "深入学习贯彻党的二十届四中全会精神",
                      "以新质生产力厚植高质量发展新优势", "——把握“十五五”时期的着力点", "刘明远",
                      *PARAGRAPHS])
    article = next(a for a in split_page(page + "\n").articles if a.byline)
    assert (article.kicker, article.title) == ("深入学习贯彻党的二十届四中全会精神",
                                              "以新质生产力厚植高质量发展新优势")


def test_on_such_a_page_a_poems_lines_stay_together() -> None:
    poem = ["冬日湘江（组诗）", "风从北边来", "翻过岳麓山", "把江面吹成", "一页旧信纸",
            "我站在洲头", "读不出哪一行", "是你写的"]
    page = "\n".join([*PARAGRAPHS, *poem, "（作者系长沙市作协会员）"])
    articles = split_page(page + "\n").articles
    verse = next(a for a in articles if "翻过岳麓山" in "".join(a.paragraphs))
    assert "是你写的" in "".join(verse.paragraphs)


def test_a_note_of_where_an_excerpt_was_taken_from_ends_it() -> None:
    # 观点摘编: excerpts one after another, each closed by its source in brackets; the
    # next excerpt's headline heads a piece of its own, not a subhead of the one above.
    page = "\n".join(["观点摘编", "数字赋能基层治理要防止“指尖负担”", PARAGRAPHS[0],
                      "（摘编自《新湘评论》2026年第4期）", "以县城为重要载体推进新型城镇化",
                      *PARAGRAPHS[1:4], "（摘自《湖南社会科学》2026年第1期）",
                      "激活“文化+”新业态", *PARAGRAPHS[4:]])
    titles = [a.title for a in split_page(page + "\n").articles]
    assert titles == ["数字赋能基层治理要防止“指尖负担”", "以县城为重要载体推进新型城镇化",
                      "激活“文化+”新业态"]
