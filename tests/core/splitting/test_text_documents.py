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
