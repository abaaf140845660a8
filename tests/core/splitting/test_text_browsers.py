"""A text browser's dump of an e-paper's article pages (w3m -dump, lynx -dump): each link's
words carry its number ([7]上一版), and every article page prints the site's menu and the
page's list of headlines again. The numbers do not hide what a line is, and a list printed
over each article is the site's, not a story's."""

from __future__ import annotations

from desktop_app.core.splitting.split import split_page

STORIES = [
    ("全省秋粮收获进度过三成", "眼下正值秋收关键时节，全省已收获秋粮三成以上。各地组织农机抢收。"),
    ("侗寨里的“夜经济”", "夜幕降临，黎平县肇兴侗寨的五座鼓楼次第亮灯，游客在鼓楼下听侗族大歌。"),
    ("让“村超”流量沉淀为发展增量", "今年夏天，榕江“村超”再次火出圈，一场球赛带火了一座县城。"),
]


def article_page(title: str, body: str) -> str:
    index = "".join(f"  • [{17 + n}]{head}\n" for n, (head, _) in enumerate(STORIES))
    return ("[1][贵州日报]\n                    2025年09月17日 星期三\n"
            "[2]首页 [3]上一期 [4]下一期 [5]往期回顾 [6]PDF下载\n\n"
            "第01版：要闻                                  [7]上一版 [8]下一版\n\n"
            f"本版新闻\n{index}\n"
            f"                           {title}\n\n"
            "             2025-09-17    来源：贵州日报    [24]【字号 大 中 小】\n\n"
            "[25][IMG]\n\n"
            f"　　{body}\n\n"
            "                 [25]返回目录  [26]放大  [27]缩小  [28]全文复制\n\n"
            "References:\n\n[1] https://szb.gzrbs.com.cn/gzrb/gzrb/rb/20250917/Page01NU.htm\n"
            "[2] https://szb.gzrbs.com.cn/gzrb/gzrb/rb/20250917/Page02NU.htm\n\n")


def test_a_text_browsers_dump_gives_each_article_its_headline_and_no_menu() -> None:
    page = "".join(article_page(title, body) for title, body in STORIES)
    articles = split_page(page).articles
    assert [a.title for a in articles] == [title for title, _ in STORIES]
    assert [a.paragraphs for a in articles] == [[body] for _, body in STORIES]


def test_a_pictures_place_is_no_headline_of_the_photo_under_its_title() -> None:
    page = ("                                    梯田稻熟\n\n"
            "             2025-09-17    来源：贵州日报    [24]【字号 大 中 小】\n\n"
            "[25][IMG]\n\n"
            "　　9月15日，从江县加榜乡党扣村，村民在梯田里收割稻谷。连日来，当地抢抓晴好天气\n"
            "开展秋收，层层梯田与苗寨木楼相映成趣，构成一幅丰收画卷。　本报记者 潘鑫 摄\n")
    (photo,) = split_page(page).articles
    assert photo.title == "梯田稻熟"
