"""A photo's headline printed over its caption, between stories."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

STORY = """犬木塘水库工程输水总干渠首段试通水

本报讯 4月6日10时许，随着输水总干渠进口闸门缓缓开启，清澈的资水沿着渠道奔流而下。

据介绍，工程全部建成后，将有效缓解两市部分地区季节性缺水问题。

（肖文胜 钟海燕）

"""
PHOTO = """春灌时节水润田

4月2日，泰和县螺溪镇，农民引水灌溉早稻秧田。连日来，当地提前开展渠道清淤、泵站检修。 邓和平 摄
"""


def test_a_photo_headline_under_a_signed_off_story_heads_its_caption() -> None:
    articles = split_page(STORY + PHOTO).articles
    assert [a.title for a in articles] == ["犬木塘水库工程输水总干渠首段试通水", "春灌时节水润田"]
    assert articles[1].paragraphs[0].startswith("4月2日，泰和县螺溪镇")
    assert articles[1].byline == "邓和平 摄"


def test_under_a_byline_a_photo_still_cuts_the_story_it_opens() -> None:
    page = ("茶乡新事\n\n本报记者 谭敏\n\n安化县的茶园里\n\n"
            "4月10日，茶农在茶园里采摘春茶。 龚芳 摄\n\n里，采茶人身背竹篓穿行在茶垄间。\n")
    titles = [a.title for a in split_page(page).articles]
    assert "安化县的茶园里" not in titles


def test_a_mails_picture_placeholder_is_furniture_and_the_title_under_it_heads_the_photo() -> None:
    rule = "=" * 72
    page = (f"{rule}\n羊城晚报 A14 体育\n{rule}\n\n"
            "佛山主场逼平广州\n\n羊城晚报讯 记者吴湘报道：佛山队与广州队2比2握手言和。\n\n"
            "[图片：龙舟]\n龙舟水上练兵忙\n4月20日，海珠区龙潭村龙舟队队员在河涌上开展训练。"
            "端午临近，各区龙舟队陆续“起龙”。 羊城晚报记者 邓勃 摄\n")
    articles = split_page(page).articles
    assert articles[-1].title == "龙舟水上练兵忙"
    assert articles[-1].paragraphs[0].startswith("4月20日，海珠区龙潭村")
    assert not any("图片" in p for a in articles for p in [a.title, *a.paragraphs])


def test_a_photos_title_labelled_as_such_is_its_title_however_short() -> None:
    page = ("湘江两岸银杏金黄\n\n本报讯（记者 王卓）连日来，长沙湘江东岸风光带的银杏树叶片金黄，"
            "吸引市民拍照打卡。\n\n图片标题：澧水晨雾\n"
            "清晨，澧县澧水河畔薄雾笼罩河面，渔舟静泊，远山如黛。（谭斌 摄）\n")
    titles = [article.title for article in split_page(page).articles]
    assert titles == ["湘江两岸银杏金黄", "澧水晨雾"]


def test_a_title_a_post_marks_with_a_camera_heads_its_photo_however_long() -> None:
    story = ("“一老一小”冬季防护，医生划了重点\n\n长沙晚报全媒体记者 聂 映\n\n"
             "本周长沙气温持续走低，多家医院呼吸科、儿科门诊量明显增加。\n\n"
             "医生提醒，孩子出现发热、咳嗽等症状时，家长不要自行给孩子服用抗生素。\n\n")
    photo = ("📷 湘江边“银杏大道”金黄一片\n\n"
             "▲12月2日，长沙湘江东岸风光带，成排的银杏树叶片金黄，不少市民前来拍照打卡。\n\n"
             "长沙晚报全媒体记者 邹 麟 摄\n\n- END -\n\n"
             "来源：长沙晚报\n编辑：刘 畅\n初审：李 娟\n复审：蒋 伟\n终审：黄 河\n")
    articles = split_page(story + photo).articles
    assert articles[1].title == "湘江边“银杏大道”金黄一片"
    assert articles[1].paragraphs[0].startswith("▲12月2日，长沙湘江东岸风光带")


COLUMN_END = ("抓项目就是抓发展\n一千二百多个项目同日开\n工，四千多亿元投资集中落\n"
              "地，释放出奋力实现良好开\n"
              "局的鲜明信号。\n抓项目，要跑出“加速\n度”。项目建设一天也耽误\n不起，要把服务保障做在前\n"
              "面，让签约项目早落地、落\n地项目早开工。\n抓项目，还要算好“质量\n"
              "账”。要坚持有效投资导\n向，多上技术含量高、带动\n能力强的产业项目，让每一\n"
              "分投资都转化为发展成果。\n\n")
WEATHER = "今日天气\n长沙 多云转小雨 9℃～16℃\n株洲 多云 10℃～17℃\n湖南省气象台发布\n\n"
PHOTO_ACROSS = ("春耕备耕忙\n\n3月10日，衡阳县西渡镇梅花村，农机手驾驶\n"
                "旋耕机翻整稻田，为早稻育秧做准备。连日来，\n我省各地抢抓晴好天气，有序开展春耕备耕生\n"
                "产。\n湖南日报全媒体记者 唐俊 摄\n长赣高铁湖南段实现全线铺轨\n"
                "湖南日报3月11日讯（记者 彭婷）3月11日上\n"
                "午，长沙至赣州高速铁路湖南段\n实现全线铺轨。\n")


def test_a_caption_set_across_its_photo_wider_than_the_column_is_read_whole() -> None:
    # Its last line is a short tail (产。): the lines over it are as wide as the photo.
    articles = split_page(COLUMN_END + PHOTO_ACROSS).articles
    photo = next(a for a in articles if a.title == "春耕备耕忙")
    assert photo.paragraphs[0].startswith("3月10日，衡阳县西渡镇梅花村")
    assert photo.paragraphs[0].endswith("有序开展春耕备耕生产。")


def test_a_weather_boxs_label_and_source_are_furniture() -> None:
    articles = split_page(COLUMN_END + WEATHER + PHOTO_ACROSS).articles
    text = "".join(a.title + "".join(a.paragraphs) for a in articles)
    assert "气象台" not in text and "今日天气" not in text
    assert "春耕备耕忙" in [a.title for a in articles]



NARROW_STORY_THEN_PHOTO = """良渚博物院的研学课程由博
物馆讲解员共同设计，分为“模
拟考古”“玉器制作”“稻作农
耕”等主题，根据学生年龄分设
不同难度。博物院还联合周边学
校开发了10门研学课程。
良渚博物院相关负责人介绍，明
年将增加周末和寒暑假场次，并
推出面向家庭的亲子考古项目。
古桥书声
12月3日，绍兴市柯桥区一座古石桥旁的“
桥头书房”里，孩子们在志愿者带领下诵读古
诗。这间书房由老旧民居改造而成，藏书50
00余册，免费向村民开放。
本报记者 徐彦 摄
文艺观察
慢纪录片为何
打动年轻人
■ 任远
最近，一部讲述古籍修复师日
常的纪录片在网络平台走红，
弹幕里满是“看哭了”“想去
学修书”。
"""


def test_a_short_title_over_a_caption_sharing_no_word_with_it_is_the_photos() -> None:
    # 古桥书声 shares no word with its caption (古石桥, 书房) nor with the story: a phrase
    # that short, over a caption, is the photo's title, not the story's subhead.
    articles = split_page(NARROW_STORY_THEN_PHOTO).articles
    photo = next(a for a in articles if a.paragraphs[0].startswith("12月3日，绍兴市柯桥区"))
    assert photo.title == "古桥书声"


def test_a_cartoon_signed_with_its_drawers_name_and_zuo_is_a_piece_under_its_title() -> None:
    page = ("数字政务要有温度\n本报评论员\n  数字政务的初衷是便民，\n衡量成效的标准是群众用得顺\n"
            "不顺手。平台建得再多、功能\n再全，如果操作复杂、数据不\n通，“一网通办”就可能变成\n"
            "“一网难办”。\n  破解这一问题，需要以用\n户思维优化设计，从群众视角\n"
            "梳理办事流程。让群众办事像网\n购一样便捷，数字政务才真正\n有了温度。\n"
            "“打卡”式调研\n某地开展基层调研，要求干部每到\n一个点位都要拍照“打卡”、上传\n"
            "定位，照片拍了不少，问题却没带\n回几个。\n左川 作\n")
    articles = split_page(page).articles
    assert [a.title for a in articles] == ["数字政务要有温度", "“打卡”式调研"]
    assert articles[1].paragraphs[0].startswith("某地开展基层调研")


def test_on_a_page_that_indents_every_line_a_photos_title_heads_its_caption() -> None:
    page = ("上半年绿电交易量同比增长43.6%\n\t记者从北京电力交易中心获悉，今年上半年绿电交易量"
            "同比增长43.6%。\n\t北京电力交易中心有关负责人表示，下一步将扩大绿电交易规模。\n"
            "图片新闻\n\t“空中作业”保供电\n\t7月5日，国网甘肃省电力公司输电运检人员在750千伏"
            "河西走廊输电线路上开展带电检修作业。\n\t王 涛 摄\n"
            "新型电力系统建设要算好“经济账”\n\t新型电力系统建设，既是一场技术变革，"
            "也是一笔需要精打细算的经济账。\n")
    articles = split_page(page).articles
    photo = next(a for a in articles if a.title == "“空中作业”保供电")
    assert photo.paragraphs[0].startswith("7月5日，国网甘肃省电力公司")


@pytest.mark.parametrize("label", ["【漫画】（图略）", "【漫画】\n（图略）", "漫画\n（图片略）"])
def test_where_a_cartoon_was_left_out_is_no_part_of_its_title(label: str) -> None:
    page = f"{label}\n刷步数\n　　有的单位要求职工每天运动步数打卡，一些人只好买来“摇步器”应付。\n"
    [article] = split_page(page).articles
    assert article.title == "刷步数"
    assert "略" not in article.kicker + "".join(article.paragraphs)


def test_a_photos_title_under_the_editors_line_is_no_list_of_names() -> None:
    page = ("浙江日报\n\n2023年4月11日 星期二\n\n9\n\n图片新闻\n\n"
            "责任编辑：陈 晴 视觉编辑：刘 宁\n\n春到茶山\n\n"
            "4月10日，杭州市西湖区龙坞茶村，茶农在茶园里采摘春茶。\n\n本报记者 王清 摄\n")
    [article] = split_page(page).articles
    assert article.title == "春到茶山"
