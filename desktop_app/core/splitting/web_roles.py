"""What one line of a web page or an app's page is, told by its words alone
(:func:`line_role`): what ends an article (navigation, share and follow lines, notices,
links), chrome that may sit inside one (a picture's place, the type size, a stamp of when
it was posted, the site's path or menu), the article's record (来源：… 作者：…), or text.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.lines import is_terminated
from desktop_app.core.splitting.page_heads import WEATHER_DAYS, is_header_word

# The label of a list of links to other articles.
RELATED = ("相关新闻", "相关阅读", "延伸阅读", "相关链接", "相关报道", "相似文献", "相关文献")
# A post's list of the account's other posts, each title a bare line: no story's.
RECOMMENDED = ("往期推荐", "往期回顾", "推荐阅读", "热门推荐", "猜你喜欢", "更多精彩", "精彩推荐",
               "往期精彩")
MAX_RECOMMENDED = 40  # a post's title; a longer line is the next text
# Words of navigation and of the controls around an article, any number of them on a
# line, apart or run together (打印本页关闭窗口).
_CONTROLS = (
    "上一篇", "下一篇", "上一期", "下一期", "上一版", "下一版", "返回首页", "首页", "返回目录",
    "返回顶部", "返回版面目录", "版面目录", "往期回顾", "往期推荐", "打印本页", "打印本文",
    "打印此文", "关闭窗口", "版面导航", "本版标题导航",
    "标题导航", "PDF版下载", "PDF下载", "跳到正文", "阅读原文", "阅读全文", "全文阅读", "举报",
    "分享到",
    "分享", "收藏", "点赞", "在看", "转发", "写留言", "留言", "扫一扫", "二维码", "返回", "打印",
    "关闭", "责编", "纠错", "微信", "微博", "QQ空间", "QQ", "朋友圈", "复制链接", "手机版",
    "电脑版", "版面图", "文章列表", "往期", "原文链接", "写评论", "评论", "回复", "阅读", "A-",
    "A+", "👍", "☆", "↗", *RELATED,
    # What a WeChat post shows under it when copied from a browser.
    "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "向上滑动看下一个",
    "轻触阅读原文", "使用小程序", "小程序", "知道了", "取消", "允许", "视频", "赞",
    "轻点两下取消赞", "轻点两下取消在看", "听过",
    # …and over a poem or a table in a box of its own that scrolls (向上滑动阅览)
    "向上滑动阅览", "向上滑动查看", "上下滑动查看", "左右滑动查看更多", "滑动查看更多",
    "CAJ下载", "HTML阅读", "引用",
    # a portal's type controls, a post's fold and link (新浪, 微博, 头条号)
    "缩小字体", "放大字体", "查看更多", "展开全文", "收起全文", "网页链接",
    # a news app's site bar and a post's follow and comments (今日头条 on a desktop browser)
    "下载头条", "下载客户端", "下载APP", "登录", "注册", "发布", "关注", "发表评论", "热门",
    # a news app's type control, its sizes folded away (新湖南: 字号)
    "字号", "字体", "我要纠错",  # (字号: the type's size, inside an article: chrome)
    # calibre's news download, between its articles (| Previous | Next | Section Menu |)
    "Previous", "Next", "Section Menu", "Main Menu", "Table of Contents",
)
# The type size's control (字号：[ 大 中 小 ], 字号：[大] [中] [小]), alone or among other
# controls. Matched once and never split again (an atomic group): tried in every way, a
# run of 字号 大 字号 大… backtracked for minutes.
_TYPE_SIZE = r"(?>[【\[(（]?\s*(?:字体|字号)\s*[：:]?(?:\s*[\[【（(]?[大中小\s]+[\]】）)]?)+)"
# After a control, how many: 阅读 2.1万, 评论 36, 👍 412, 查看全部21条评论.
_COUNT = r"(?:\s*[\d.]+[万千wk]?)?"
# A page's label in a site's navigation: 第01版：要闻, 第 3 版.
_PAGE_LABEL = r"第\s*[A-Z]?\d{1,3}\s*版(?:\s*[：:·]\s*[\u4e00-\u9fff·]{1,10})?"
PAGE_IN_TITLE = re.compile(_PAGE_LABEL)
CONTROL_LINE = re.compile(
    r"^(?:[\s|｜/【】\[\]（）()·•：:>＞<＜.…]*(?:(?:"
    + "|".join(sorted(map(re.escape, _CONTROLS), key=len, reverse=True))
    + ")" + _COUNT + r"|查看(?:全部|更多)\d*条?评论|由\s*\S{1,10}\s*保存"
    + "|" + _TYPE_SIZE + "|" + _PAGE_LABEL
    + r"))+[\s|｜/【】\[\]（）()·•：:>＞<＜.…]*$"
)
_ZOOM = re.compile(r"缩小字体|放大字体|^(?:字号|字体)$")
# An app's or a site's label over an advertisement (——广告——, 【广告】): what follows it is
# no part of the article above. Framed on both sides: a bare 广告 may be a wrapped word.
_AD_LABEL = re.compile(r"^\s*[—–\-－【\[（(]+\s*广告\s*[—–\-－】\]）)]+\s*$")
COMMENT = re.compile(r"^[^\s：:，。]{1,12}[：:]\S")
# Readers' comments under an article: the public's words, not the paper's. A WeChat post's
# (留言, 精选留言) each under a line of the reader's name and the province their address is
# in (北湖老周 湖南), then its likes.
COMMENTS = ("热门评论", "精彩评论", "网友评论", "最新评论", "全部评论", "读者评论", "留言",
            "精选留言")
_PROVINCE_NAMES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南"
    "|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
COMMENTER = re.compile(rf"^[^\s，。]{{1,16}}[ \u3000]+(?:{_PROVINCE_NAMES})$")
_FONT_SIZE = re.compile(rf"^{_TYPE_SIZE}$")
# "来源：湖南日报　作者：…　发布时间：…", "编辑 | 张三", "一审：刘小荣": the article's record.
# Only keys no notice in a story uses on a line of its own (时间：, 地点： are a notice's).
_FIELD_KEYS = (
    "来源", "作者", "发布时间", "发布日期", "责任编辑", "责编", "编辑", "审核", "校对", "监制",
    "统筹", "出品", "一审", "二审", "三审", "版次", "版名", "原文链接", "图", "文", "摄影", "撰文",
    "制图", "本文来源", "文章来源", "稿源", "浏览次数", "阅读量", "点击数", "点击量",
    # A newspaper database's record of the article (CNKI's 中国重要报纸全文数据库).
    "专辑", "专题", "分类号", "在线发表时间", "报纸名称", "报纸日期", "版号", "关键词",
)
_FIELD = re.compile(
    r"(?:^[【\[（(]?|[\s　])(?P<key>" + "|".join(sorted(_FIELD_KEYS, key=len, reverse=True))
    + r")\s*[：:|｜]\s*"
)
_AUTHOR = re.compile(r"(?:作者|撰文|文)\s*[：:|｜]\s*(?P<who>.+?)(?=\s+(?:"
                     + "|".join(_FIELD_KEYS) + r")\s*[：:|｜]|$)")
# A stamp of when the page or the share went out: 2026-03-05 07:30:12, 08:10 发表于湖南.
# A time run into the words before it is the headline's own (游船夜航延长至22:30), unless
# it follows its day (12日07:30).
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
                    r"|(?<!\d)\d{2}-\d{1,2}-\d{1,2}(?!\d)"
                    r"|(?<!\d)(?:(?<=日)|(?<![\u4e00-\u9fff]))\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# A feed reader's date of an item: Wed, 11 Jun 2025 00:00:00 +0800.
_FEED_DATE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4}"
                        r" \d{2}:\d{2}(?::\d{2})?(?: [+-]\d{4}| GMT| UTC)?$")
# A mail's or a feed item's header lines, saved with it as text (Subject: [第08版：体育]…,
# From: 中国青年报 <zqb@cyol.com>, Date: Tue, 21 Oct 2025…): the message's, not the page's.
# (主题： only among others of the block, web_chrome._mail_headers: a record names its
# headline by it; never 日期：, which a script names its day by.)
MAIL_HEADER = re.compile(r"^(?:Subject|From|Date|To|Cc|Reply-To|Sender|Sent|Attachments"
                         r"|发件人|收件人|抄送|发送时间|附件|主题)"
                          r"\s*[:：]", re.IGNORECASE)
# A site's or an app's sentence on its rights under an article (版权作品，未经新湖南客户端书面
# 授权，严禁转载，违者将被追究法律责任。): it opens so, and forbids.
_RIGHTS_RESERVED = re.compile(r"^(?:版权作品|版权声明|本文系|本文为)[^。]{0,40}?(?:严禁|不得|禁止)")
# A chat export's message header: when, then who with their number or address (QQ:
# 2026-03-18 8:05:02 【管理员】陈建国(38127764)), and the export's own head (消息记录（…）,
# 消息分组:我的群聊, 消息对象:湘企出海交流群).
_CHAT_HEADER = re.compile(
    r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\S.{0,40}"
    r"(?:[(（]\d{5,12}[)）]|<[^<>\s]+@[^<>\s]+>)$"
    r"|^消息(?:记录|分组|对象)\s*[:：（(]")
# A page's or a repost's weather box: 今日天气｜兰州 晴转多云 11℃～24℃…, and a place's
# forecast, in sentences at times (郴州天气：今天阴天有小雨，3℃～7℃，北风2级；明天…).
_WEATHER = re.compile(rf"^(?:{WEATHER_DAYS}|[\u4e00-\u9fff]{{2,6}})?天气(?:预报)?\s*[｜|：:]")
# A feed's summary of an item, or a site's abstract, over the item's own text.
_SUMMARY = re.compile(r"^(?:Summary|摘要|内容摘要|内容提要)\s*[：:]")
# A link alone on its line.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_ENDS_ON_URL = re.compile(r"(?:https?://|www\.)[!-~]+$", re.IGNORECASE)
# "湖南日报 > 2025年11月12日 > 第07版：社会", "湖南日报 | 2025年11月03日 星期一 | 第08版":
# a site's path to the page, its parts apart by > or |.
_CRUMB_APART = re.compile(r"\s*[>＞|｜»]\s*")
_BREADCRUMB = re.compile(r"^[^>＞|｜»]+(?:\s*[>＞|｜»]\s*[^>＞|｜»]+)+$")
_PATH_STEPS, _PATH_STEP_CHARS = 3, 12  # a path's steps (_site_path)
_BARS = re.compile(r"[|｜]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# The link to more at a menu's end (更多>>), no step of a path.
_MORE = re.compile(r"\s*[>＞»]{2,}\s*$")
# A site's account bar: the site and the reader's library, then 退出 or 登录 | 注册.
_ACCOUNT = re.compile(r"^.{0,30}[|｜]\s*(?:退出登录|退出|登录|注册)(?:\s*[|｜]\s*(?:登录|注册))?$")
# Links to the articles before and after, by their titles (上一篇：无  下一篇：北方的雪).
_NEIGHBOURS = re.compile(r"^(?:上一篇|下一篇|上一条|下一条)\s*[：:]")
# A path the site labels as one, whatever its parts: 当前位置：首页 > 要闻动态 > 湖南要闻.
_HERE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[：:]")
# What a site's path adds to a running header's words (lines.is_header_word).
_SITE_WORD = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[\u4e00-\u9fff]{2,4}(?:日报|晚报|时报)(?:数字报|电子版)?"
    r"|数字报|电子版|首页|" + _PAGE_LABEL + ")$"
)
_NOTICES = re.compile(
    r"版权所有|ICP备|未经[^。]{0,12}授权|点击上方|关注我们|长按(?:识别|二维码)"
    r"|打开[^。]{0,12}(?:APP|客户端)|分享自@|原创\s*[｜|]|阅读原文|不得用于商业用途"
    r"|Copyright|All Rights Reserved|©",
    re.IGNORECASE,
)
# Where a picture was, and what it showed, in a mail's or a feed's plain text: [图片],
# [图片：龙舟], [图片：宏远队员庆祝得分 / 羊城晚报记者 邓勃 摄].
# (or where it was left out of a copy: （图略）, （照片略）)
_PLACEHOLDER = re.compile(r"^\s*(?:[\[【（(]?(?:图片|视频|图|照片)略?[\]】）)]?"
                          r"|\[(?:IMG|img|image|Image)\]"
                          # (a chat's sticker or voice message: [表情], [动画表情], [语音])
                          r"|\[(?:表情|动画表情|语音|文件)\]"
                          r"|[\[【（(](?:图片|视频|照片|图)[：:][^\[\]【】（）()]{1,60}[\]】）)])\s*$")
_SENTENCE_END = re.compile(r"[。！？!?]")
POINTS_DOWN = ("👇", "⬇️", "⬇", "👇🏻")
# A photo's title after a label, as a notes app or a forward sets it: 图：杜鹃花开满山红
# (图：张三 is its credit).
PHOTO_TITLE = re.compile(r"^(?:(?:图|图片|组图)\s*[：:]\s*(?P<title>[^\s：:摄]{5,30})"
                         # (labelled as such, a title of any length: 图片标题：澧水晨雾)
                         r"|(?:图片标题|图题)\s*[：:]\s*(?P<named>[^\s：:]{2,30}))$")
# A WeChat post's header: 原创 湖南日报 湖南日报 2025年05月20日 07:30 湖南, and a repost's,
# with no 原创 (星城邻里汇 星城邻里汇 2024年11月09日 09:16 湖南): the account, the date and
# the time posted, the province it was posted from.
POST_HEADER = re.compile(r"^原创\s.*\d{1,2}:\d{2}"
                         r"|^\S{1,20}(?:\s\S{1,20})?\s+\d{4}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}"
                         r"(?:\s+\S{2,8})?$")
# A repost's card for the account the post is from: 以下文章来源于长沙晚报 ，作者长沙晚报, then
# the account's name and its line about itself.
SOURCE_CARD = re.compile(r"^以下文章来源于\S")
CARD_LINES, MAX_CARD_LINE = 2, 40
MAX_CHROME_CHARS = 80


# A text browser's number before each link's words (w3m, lynx: [7]上一版 [8]下一版).
LINK_NUMBER = re.compile(r"(?:^|(?<=\s))\[\d{1,3}\](?=[^\s\d\]])")


# A browser's address bar as a screenshot's OCR reads it: an address with no scheme, ending
# the line (jxrb.jxnews.com.cn/paper/2025-11/06/content_2241377.htm); its tab, a title then
# the tab's close and new-tab buttons (…第09版：健康 × +).
_ADDRESS_BAR = re.compile(r"(?:^|\s)(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu)(?::\d+)?/[!-~]*$",
                          re.IGNORECASE)
_BROWSER_TAB = re.compile(r"\S[ \u3000]*[×xX✕][ \u3000]*\+$")


def line_role(text: str) -> str:
    """"ends" for what closes an article or a page (navigation, controls, share and
    follow lines, notices), "chrome" for what may sit inside one (a picture's place,
    the type size, a stamp, the page's path), "record" for an article's metadata line,
    "" for anything else."""
    text = LINK_NUMBER.sub("", text)
    if ("/" in text and _ADDRESS_BAR.search(text)) \
            or (text.endswith("+") and _BROWSER_TAB.search(text)):
        # A screenshot's browser: its tab, its address bar (← → C 不安全 …htm). Screenshots
        # of one page in turn repeat it inside a story: it ends nothing.
        return "chrome"
    linked = "://" in text or "www." in text or "WWW." in text
    if linked and (_ENDS_ON_URL.search(text) or (_URL.search(text) and not is_terminated(text))):
        return "ends"  # a share line: the headline and a teaser, then the link
    if _SUMMARY.match(text):
        return "chrome"  # sentences, but the site's, not the article's
    if len(text) <= MAX_CHROME_CHARS and _RIGHTS_RESERVED.match(text):
        return "ends"  # the site's sentence on its rights, under every article
    if _WEATHER.match(text):
        return "chrome"  # a weather box, in sentences too: 郴州天气：今天阴天有小雨，…。
    if len(text) > MAX_CHROME_CHARS or _SENTENCE_END.search(text):
        return ""  # a sentence is text, whatever it mentions (未经许可授权，…。)
    if _NEIGHBOURS.match(text) or _SOURCE_FOOT.match(text):
        return "ends"
    if _site_path(text) or _ACCOUNT.match(text):
        return "chrome"
    if text.endswith(POINTS_DOWN):
        return "chrome"  # an account's lead-in to what follows: 今天的评论版，和你聊聊…👇
    if _PLACEHOLDER.match(text) or _FONT_SIZE.match(text):
        return "chrome"  # inside an article: where a picture was, the size of its type
    if CONTROL_LINE.match(text) and _ZOOM.search(text):
        return "chrome"  # a portal's bar between the headline and the text (缩小字体 …)
    if CONTROL_LINE.match(text) or _NOTICES.search(text) or _URL.search(text) \
            or _AD_LABEL.match(text):
        return "ends"
    fields = list(_FIELD.finditer(text))
    if fields and fields[0].start() <= 1:
        return "record"
    if _FEED_DATE.match(text) or _CHAT_HEADER.match(text):
        return "chrome"
    if _STAMP.search(text) and (_few_words(text) or POST_HEADER.match(text)):
        return "chrome"  # 原创 湖南日报 湖南日报 2025年05月20日 07:30 湖南: a post's header
    return ""


# The e-paper site's note of where the article was printed, under each article:
# 《 人民日报 》（ 2025年11月12日 第 05 版）.
_SOURCE_FOOT = re.compile(
    r"^《\s*[\u4e00-\u9fff]{2,10}\s*》\s*[（(]\s*\d{4}\s*年[^（()）]{0,16}版\s*[）)]$")


def _site_path(text: str) -> bool:
    """A site's path or menu, apart by > or | (its link to more, 更多>>, left out): one it
    labels, a menu of short items, the page's header words, or three steps or more apart by
    > alone (报纸 > 黑龙江日报 > 2025年 > 12月 > 05日 > 第11版：天鹅), which no sentence sets so
    whatever the steps say."""
    menu = _MORE.sub("", text)
    if _BREADCRUMB.match(menu) is None:
        return False
    parts = _CRUMB_APART.split(menu)
    steps = len(parts) >= _PATH_STEPS and not _BARS.search(menu) and _CJK.search(menu) \
        and all(len(part) <= _PATH_STEP_CHARS for part in parts)
    return bool(_HERE.match(menu) or _menu(parts) or all(map(_furniture_word, parts)) or steps)


def _furniture_word(part: str) -> bool:
    return all(is_header_word(word) or _SITE_WORD.match(word)
               for word in (w.lstrip(_MARKS) for w in part.split()))


_MARKS = "📰📌📍🔔▍■●◆★☆▶►·•"


def record_author(text: str) -> str:
    """The byline a metadata line gives (作者：湖南日报全媒体记者 王亮), or ""."""
    match = _AUTHOR.search(text)
    return match.group("who").strip() if match else ""


STAMP_WORDS = 16  # 湖南日报社官方账号 and the app's name, no headline's words


def _menu(parts: list[str]) -> bool:
    """A site's menu: four items or more, each a word or two (首页 | 政务公开 | 走进湖南)."""
    return len(parts) >= MENU_ITEMS and all(len(part) <= MENU_ITEM_CHARS for part in parts)


MENU_ITEMS, MENU_ITEM_CHARS = 4, 6


def _few_words(text: str) -> bool:
    """A stamp line holds the stamp and a source or an app's name, not a headline:
    what is left once the stamp is gone is short."""
    rest = _STAMP.sub("", text)
    # (and what a site or an app says around it: 来自 微博, 信息来源：, 浏览次数：2680)
    rest = re.sub(r"发表于\S*|来自|已编辑|[\u4e00-\u9fff]{2,4}[：:]\d*|[\s|｜·@]", "", rest)
    return len(rest) <= STAMP_WORDS
