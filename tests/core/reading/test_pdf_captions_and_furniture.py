"""Photos on a printed page and what is no article: a photo's title over, on or under its
picture, its caption and its credit, a cartoon; and a slogan, an advertisement, a credit
under no caption, the paper's hotlines, the foot line and a front page's index, which
head nothing and stay in the page's text (found on the blind PDF set,
tests/gold/layouts/pdffiles)."""

from __future__ import annotations

from desktop_app.core.reading.pdf_layout import Char, PageGeometry, lay_out
from desktop_app.core.reading.pdf_records import Box
from desktop_app.core.splitting.signatures import credit_split
from tests.core.reading.pdf_chars import _column, _page, _run


def test_a_photos_title_over_its_caption_titles_it() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    # The picture's frame reaches past the caption's first line.
    chars = (_run("城陵矶港开年外贸忙", 37, 694, 11, True)
             + _run("3月4日，岳阳城陵矶港集装箱码头，龙门吊正在装卸。", 37, 706, 9)
             + _run("湖南日报全媒体记者 尹湖滨 摄", 244, 720, 9)
             + _column(["  另一篇文章的正文从这里开始，", "写满一栏又一栏，一行接着一行，",
                        "直到这一页的正文比图片说明多。"] * 2, 36, 760))
    articles = _page(chars, (Box(37, 400, 489, 701),))
    caption = next(a for a in articles if a.kind == "photo_caption")
    assert caption.title == "城陵矶港开年外贸忙"
    assert caption.paragraphs == ["3月4日，岳阳城陵矶港集装箱码头，龙门吊正在装卸。"]


def test_a_column_of_small_text_beside_a_picture_is_no_caption() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    chars = _run("“湘超”赛场燃动三湘", 36, 140, 32)
    chars += _column(["  周末夜晚，看台上的呐喊声此起", "彼伏，球迷们挥舞着印有家乡名字",
                      "的旗帜，唱着自编的助威歌曲。"] * 3, 36, 150)
    chars = [Char(c.text, c.x0, c.y0, c.x1, c.y1, 9.0 if c.size == 10.0 else c.size, c.bold)
             for c in chars]
    chars += _run("另一篇", 400, 140, 32)
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars += _column(lines * 5, 400, 150)
    story, other = _page(chars, (Box(20, 300, 380, 600),))
    assert story.title == "“湘超”赛场燃动三湘" and len(story.paragraphs) == 3
    assert other.title == "另一篇" and other.kind != "photo_caption"


def test_a_photos_title_set_as_large_as_a_headline_titles_its_caption() -> None:
    from desktop_app.core.reading.pdf_layout import Box

    chars = (_run("暖冬送温暖", 352, 618, 12)
             + _run("12月14日，花垣县十八洞村，志愿者为独居老人送去棉被。", 352, 636, 9)
             + _run("通讯员 龙清泉 摄", 565, 650, 9))
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars += _run("另一篇", 36, 140, 32) + _column(lines * 5, 36, 150)
    articles = _page(chars, (Box(352, 400, 805, 605),))
    caption = next(a for a in articles if a.kind == "photo_caption")
    assert caption.title == "暖冬送温暖"
    assert [a.title for a in articles if a.kind != "photo_caption"] == ["另一篇"]


def test_a_slogan_a_label_or_an_advertisement_with_nothing_under_it_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("光盘行动", 393, 1120, 30, True) + _run("征稿启事", 600, 1120, 15, True)
    # An advertisement's display lines, as large as a headline, with no text under them.
    chars += _run("2026年度《湖南日报》征订火热进行中", 300, 900, 22, True)
    chars += _run("湖南大剧院2026新年音乐会", 300, 980, 18, True)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    for printed in ("光盘行动", "征订火热进行中", "新年音乐会"):
        assert printed in laid.text  # printed on the page, kept in its text


def test_a_photo_credit_under_no_caption_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("湖南日报全媒体记者 郭立亮 摄", 500, 700, 9)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "郭立亮" in laid.text


def test_the_papers_hotlines_at_the_foot_are_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("订阅热线：0731-84326000 各地邮政局（所）均可订阅", 420, 1150, 9)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "订阅热线" in laid.text


def test_the_foot_line_of_editors_and_address_is_no_article_and_stays_in_the_text() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    foot = "本版责编 王峰  版式 李小平  校对 陈静  湖南日报社地址：长沙市芙蓉中路一段442号"
    chars += _run(foot, 36, 1150, 8)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert all("责编" not in a.text for a in laid.split.articles)
    assert "芙蓉中路" in laid.text
    assert laid.split.meta.editor == "王峰"


def test_a_front_pages_index_heads_no_article_and_stays_in_the_text() -> None:
    # 导读 at the left of the lead: entries in bold after a bullet, each pointing to its
    # page under it; the lead's columns start beside them.
    chars = _run("导", 52, 224, 14, True) + _run("读", 84, 224, 14, True)
    entries = ["●一季度全省外贸进出口稳中向好", "●长株潭轨道交通一张网加速成形",
               "●让更多“土特产”走出大山"]
    for n, entry in enumerate(entries):
        chars += _run(entry[:8], 50, 250 + 44 * n, 10, True)
        chars += _run(entry[8:], 50, 263 + 44 * n, 10, True)
        chars += _run(f"{n + 2}版", 160, 276 + 44 * n, 9.5, True)
    chars += _run("全省春季重大项目集中开工", 400, 230, 30, True)
    text = ["  春风拂过三湘，塔吊林立、机器", "轰鸣。今天上午，项目集中开工。"] * 8
    chars += _column(text, 204, 250) + _column(text, 364, 250) + _column(text, 524, 250)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省春季重大项目集中开工"]
    assert "一张网加速成形" in laid.text.replace("\n", "")


def test_a_title_over_the_picture_titles_the_caption_under_it() -> None:
    # 雨中坚守 over the photo, the caption under the photo: one photo, titled.
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("雨中坚守", 500, 300, 16, True)
    chars += _run("6月17日，长沙市开福区，交警冒雨在路口疏导交通。", 500, 520, 8.5)
    picture = Box(500, 310, 760, 505)
    titles = {a.title: a for a in _page(chars, (picture,))}
    assert set(titles) == {"全省秋粮收获进度过九成", "雨中坚守"}
    assert titles["雨中坚守"].text.startswith("6月17日")


def test_an_advertisements_display_line_over_its_phone_number_is_no_article() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("湘江银行", 400, 900, 30, True)
    chars += _run("线上申请 最快当天放款 服务热线96599", 400, 930, 10)
    laid = lay_out(PageGeometry(842, 1191, tuple(chars)))
    assert [a.title for a in laid.split.articles] == ["全省秋粮收获进度过九成"]
    assert "服务热线96599" in laid.text


def test_a_credit_set_flush_right_under_a_short_caption_is_the_captions() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("雪后紫鹊界", 42, 1150, 16, True)
    chars += _run("1月11日，新化县紫鹊界梯田银装素裹。", 60, 1325, 9)
    chars += _run("湖南日报全媒体记者 刘平 摄", 700, 1342, 9)
    picture = Box(43, 1162, 800, 1311)
    articles = lay_out(PageGeometry(842, 1400, tuple(chars), (picture,))).split.articles
    photo = next(a for a in articles if a.kind == "photo_caption")
    assert photo.title == "雪后紫鹊界" and photo.authors == ["刘平"]
    assert len(articles) == 2


def test_a_title_laid_on_the_picture_titles_the_caption_under_it() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("元宵灯会点亮古城", 54, 730, 19)  # printed on the photo, near its foot
    chars += _run("2月24日，凤凰古城沱江两岸灯火璀璨。", 43, 757, 8.5)
    picture = Box(43, 550, 335, 742)
    titles = {a.title: a for a in _page(chars, (picture,))}
    assert set(titles) == {"全省秋粮收获进度过九成", "元宵灯会点亮古城"}
    assert titles["元宵灯会点亮古城"].kind == "photo_caption"
    assert titles["元宵灯会点亮古城"].text.startswith("2月24日")


def test_a_caption_laid_on_a_pictures_foot_is_its_caption_but_not_on_a_background() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    story = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    photo = _run("开工首日产线忙", 54, 1290, 19)  # title and caption printed on the photo
    photo += _run("2月22日，株洲一家轨道交通装备企业的生产车间内，工人们在组装。", 62, 1320, 8.5)
    picture = Box(43, 1038, 800, 1378)
    titles = {a.title: a.kind for a in lay_out(
        PageGeometry(842, 1400, tuple(story + photo), (picture,))).split.articles}
    assert titles == {"全省秋粮收获进度过九成": "brief", "开工首日产线忙": "photo_caption"}
    # The same small text on a paper texture printed under the whole page is no caption.
    background = Box(0, 0, 842, 1400)
    kinds = [a.kind for a in lay_out(
        PageGeometry(842, 1400, tuple(story + photo), (background,))).split.articles]
    assert "photo_caption" not in kinds


def test_a_photo_titled_under_its_picture_with_its_credit_on_the_captions_last_line() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("【娄底】", 519, 646, 9.5)  # a place tag over the picture
    chars += _run("屋场会上话发展", 519, 909, 12)  # the title between picture and caption
    chars += _run("4月10日，涟源市桥头河镇一处屋场，村干部和村民围坐", 519, 926, 9)
    chars += _run("在一起，商量村里的发展。", 519, 939, 9) + _run("通讯员 梁小龙 摄", 677, 939, 9)
    picture = Box(503, 653, 820, 891)
    articles = _page(chars, (picture,))
    assert [(a.title, a.kind) for a in articles] == [
        ("全省秋粮收获进度过九成", "brief"), ("屋场会上话发展", "photo_caption")]
    assert articles[1].authors == ["梁小龙"]


def test_a_cartoon_with_its_title_caption_and_artist_is_one_photo() -> None:
    lines = ["  另一篇文章的正文从这里开始，写", "满一栏又一栏，一行接着一行。"]
    chars = _run("全省秋粮收获进度过九成", 36, 140, 26) + _column(lines * 4, 36, 150)
    chars += _run("“打卡式”调研", 480, 782, 15, True)
    chars += _run("有的调研，车子一停、合影一拍就算完成任务。", 480, 907, 9)
    chars += _run("漫画 李想", 600, 918, 8.5)  # who drew it, flush right under the caption
    picture = Box(480, 787, 644, 895)
    articles = _page(chars, (picture,))
    assert [(a.title, a.kind) for a in articles] == [
        ("全省秋粮收获进度过九成", "brief"), ("“打卡式”调研", "photo_caption")]
    assert articles[1].authors == ["李想"]
    # A sentence about cartoons is no credit.
    assert credit_split("漫画是一门讲究分寸的艺术") is None
