"""A library's full-text view of a paper (超星, 读秀), copied article by article: the
site's menu, account bar and path, the record's bracketed fields under a headline printed
bare, the links to the articles before and after, similar documents and the copyright
line are no part of any article; each article keeps its headline and opens on its text."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

CHROME = ("首页 | 图书 | 期刊 | 报纸 | 学位论文 | 会议论文 | 专利 | 标准 | 更多>>\n"
          "超星发现 · 黑龙江省图书馆 | 退出\n\n"
          "报纸 > 黑龙江日报 > 2025-12-05 > 第11版 > 正文\n\n")


def record(title: str, deck: str, author: str, body: str, after: str) -> str:
    subtitle = f"【副标题】 {deck}\n" if deck else ""
    return (f"{CHROME}{title}\n{subtitle}【作者】 {author}\n【报纸名称】 黑龙江日报\n"
            "【日期】 2025-12-05\n【版次】 11\n【版名】 天鹅\n【字数】 1012\n"
            "收藏 | 分享 | 引用 | 文献传递 | 纠错\n\n【全文】\n"
            f"　　{body}\n\n相似文献\n  · 看江（黑龙江日报 2023-12-08）\n\n"
            f"上一篇：无    下一篇：{after}\n\n"
            "©2025 超星集团 版权所有 京ICP备11016843号   "
            "本文献仅供检索用户在线阅读，不得用于商业用途\n\n\n")


PAGE = (record("江上冰封时", "", "孙红霞",
               "小雪一过，松花江就开始“跑冰排”了。清晨站在江堤上望过去，江面上漂着冰块。",
               "在林海雪原间寻找时间的回声")
        + record("在林海雪原间寻找时间的回声", "读散文集《兴安岭手记》", "张文博",
                 "初读《兴安岭手记》，是在一个落雪的午后。书页间有松脂的气味。", "北极村的清晨"))


def test_a_librarys_view_gives_each_article_its_headline_and_nothing_of_the_site() -> None:
    articles = split_page(PAGE).articles
    assert [a.title for a in articles] == ["江上冰封时", "在林海雪原间寻找时间的回声"]
    assert [a.paragraphs[0][:5] for a in articles] == ["小雪一过，", "初读《兴安"]
    assert [a.kicker for a in articles] == ["", ""]
    assert [a.subtitle for a in articles] == ["", "读散文集《兴安岭手记》"]
    assert [a.authors for a in articles] == [["孙红霞"], ["张文博"]]
    text = "".join(p for a in articles for p in a.paragraphs)
    for chrome in ("首页", "退出", "报纸 >", "下一篇", "相似文献", "不得用于商业用途"):
        assert chrome not in text
