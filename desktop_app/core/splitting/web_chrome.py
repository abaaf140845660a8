"""What a web page, an app or a Markdown converter prints around a newspaper's articles.

Pages saved from the paper's e-paper site, a news app or a public account carry lines
that are no part of any article: navigation (上一篇 下一篇 返回首页), the article's
metadata (来源：湖南日报　作者：…　发布时间：2026-03-05 07:30:12), font-size and share
controls, follow prompts, links and copyright notes; converters leave link and image
markup and separators between articles. Such a line read as text becomes a headline
or runs two stories together. :func:`web_lines` gives such lines their kind: page
furniture, a byline, or a boundary between two stories.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop_app.core.splitting.furniture import is_index_label
from desktop_app.core.splitting.lines import Kind, Line, classify, is_byline, is_terminated
from desktop_app.core.splitting.page_heads import is_header_word
from desktop_app.core.splitting.stacks import is_briefs_column
from desktop_app.core.splitting.titles import LEAD_NUMBER

# Markup a converter leaves that carries no text: images, the target of a link (its
# words stay), pandoc's attributes and empty anchors.
# Bounded, so that a line of unclosed brackets is not searched to its end from each one.
_IMAGE = re.compile(r"!\[[^\]]{0,200}\]\([^)]{0,500}\)(?:\{[^}]{0,200}\})?")
_LINK = re.compile(
    r"\[([^\]]{0,200})\]\([^)\s]{0,500}(?:\s+\"[^\"]{0,200}\")?\)(?:\{[^}]{0,200}\})?"
)
_ATTRIBUTES = re.compile(r"\{[#.][^}]{0,200}\}|\[\]")
_QUOTE_MARK = re.compile(r"^(?:[>＞]\s?)+")
_ITALIC_LINE = re.compile(r"^[*_](?![*_\s])([^*_]{1,200}?)(?<!\s)[*_]$")
_ESCAPE = re.compile(r"\\([|*_\[\]#.()-])")
# A line of only rule characters: a thematic break, a fenced block's fence, an
# ornament between two stories (————, ★★★, ***, :::).
_RULE_RUN = r"(?:[-—─━=_*★☆◆◇~～:·•※#＊]\s*){3,}"
# A rule, or two with a short label between (==== [4/6] ====, ==== 本版完 ====): a
# clipping file's separator between the articles it copied.
_RULE = re.compile(
    rf"^{_RULE_RUN}(?:[\[【(（]?\s*[\w/\u4e00-\u9fff ]{{1,8}}?\s*[\]】)）]?\s*{_RULE_RUN})?$")
_PLAIN_RULE = re.compile(rf"^{_RULE_RUN}$")
SETEXT = re.compile(r"^(?:=+|-+)$")

# The label of a list of links to other articles.
RELATED = ("相关新闻", "相关阅读", "延伸阅读", "相关链接", "相关报道")
# Words of navigation and of the controls around an article, any number of them on a
# line, apart or run together (打印本页关闭窗口).
_CONTROLS = (
    "上一篇", "下一篇", "上一期", "下一期", "上一版", "下一版", "返回首页", "首页", "返回目录",
    "返回顶部", "往期回顾", "往期推荐", "打印本页", "打印本文", "打印此文", "关闭窗口", "版面导航",
    "本版标题导航",
    "标题导航", "PDF版下载", "PDF下载", "跳到正文", "阅读原文", "阅读全文", "举报", "分享到",
    "分享", "收藏", "点赞", "在看", "转发", "写留言", "留言", "扫一扫", "二维码", "返回", "打印",
    "关闭", "责编", "纠错", "微信", "微博", "QQ空间", "QQ", "朋友圈", "复制链接", "手机版",
    "电脑版", "版面图", "文章列表", "往期", "原文链接", "写评论", "评论", "回复", "阅读", "A-",
    "A+", "👍", "☆", "↗", *RELATED,
    # What a WeChat post shows under it when copied from a browser.
    "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "向上滑动看下一个",
    "轻触阅读原文", "使用小程序", "小程序", "知道了", "取消", "允许", "视频", "赞",
    "轻点两下取消赞", "轻点两下取消在看", "听过",
    # a portal's type controls, a post's fold and link (新浪, 微博, 头条号)
    "缩小字体", "放大字体", "查看更多", "展开全文", "收起全文", "网页链接",
    "CAJ下载", "HTML阅读", "引用",
)
# The type size's control (字号：[ 大 中 小 ]), alone or among other controls. Matched once
# and never split again (an atomic group): tried in every way, a run of 字号 大 字号 大…
# backtracked for minutes.
_TYPE_SIZE = r"(?>[【\[(（]?\s*(?:字体|字号)\s*[：:]?\s*[\[【（(]?[大中小\s]+[\]】）)]?)"
# After a control, how many: 阅读 2.1万, 评论 36, 👍 412, 查看全部21条评论.
_COUNT = r"(?:\s*[\d.]+[万千wk]?)?"
# A page's label in a site's navigation: 第01版：要闻, 第 3 版.
_PAGE_LABEL = r"第\s*[A-Z]?\d{1,3}\s*版(?:\s*[：:·]\s*[\u4e00-\u9fff·]{1,10})?"
_PAGE_IN_TITLE = re.compile(_PAGE_LABEL)
_CONTROL_LINE = re.compile(
    r"^(?:[\s|｜/【】\[\]（）()·•：:>＞<＜.…]*(?:(?:"
    + "|".join(sorted(map(re.escape, _CONTROLS), key=len, reverse=True))
    + ")" + _COUNT + r"|查看(?:全部|更多)\d*条?评论|由\s*\S{1,10}\s*保存"
    + "|" + _TYPE_SIZE + "|" + _PAGE_LABEL
    + r"))+[\s|｜/【】\[\]（）()·•：:>＞<＜.…]*$"
)
_COMMENT = re.compile(r"^[^\s：:，。]{1,12}[：:]\S")
# Readers' comments under an article: the public's words, not the paper's.
COMMENTS = ("热门评论", "精彩评论", "网友评论", "最新评论", "全部评论", "读者评论")
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
_STAMP = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
                    r"|(?<!\d)\d{2}-\d{1,2}-\d{1,2}(?!\d)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_ENDS_ON_URL = re.compile(r"(?:https?://|www\.)[!-~]+$", re.IGNORECASE)
# "湖南日报 > 2025年11月12日 > 第07版：社会", "湖南日报 | 2025年11月03日 星期一 | 第08版":
# a site's path to the page, its parts apart by > or |.
_CRUMB_APART = re.compile(r"\s*[>＞|｜»]\s*")
_BREADCRUMB = re.compile(r"^[^>＞|｜»]+(?:\s*[>＞|｜»]\s*[^>＞|｜»]+)+$")
# A path the site labels as one, whatever its parts: 当前位置：首页 > 要闻动态 > 湖南要闻.
_HERE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|你的位置|所在位置)\s*[：:]")
# What a site's path adds to a running header's words (lines.is_header_word).
_SITE_WORD = re.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[\u4e00-\u9fff]{2,4}(?:日报|晚报|时报)(?:数字报|电子版)?"
    r"|数字报|电子版|首页|" + _PAGE_LABEL + ")$"
)
_NOTICES = re.compile(
    r"版权所有|ICP备|未经[^。]{0,12}授权|点击上方|关注我们|长按(?:识别|二维码)"
    r"|打开[^。]{0,12}(?:APP|客户端)|分享自@|原创\s*[｜|]|阅读原文|Copyright|All Rights Reserved|©",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"^\s*[\[【（(]?(?:图片|视频|图)[\]】）)]?\s*$")
_SENTENCE_END = re.compile(r"[。！？!?]")
_POINTS_DOWN = ("👇", "⬇️", "⬇", "👇🏻")
# A photo's title after a label, as a notes app or a forward sets it: 图：杜鹃花开满山红
# (图：张三 is its credit).
_PHOTO_TITLE = re.compile(r"^(?:图|图片|组图)\s*[：:]\s*(?P<title>[^\s：:摄]{5,30})$")
# A WeChat post's header: 原创 湖南日报 湖南日报 2025年05月20日 07:30 湖南.
_POST_HEADER = re.compile(r"^原创\s.*\d{1,2}:\d{2}")
MAX_CHROME_CHARS = 80


def unmark(text: str) -> str:
    """``text`` without link targets, images and attributes (the words of a link stay),
    out of a whole line's italics (*湖南日报全媒体记者 邹麟 摄*) and a quote's marks."""
    if text.startswith((">", "＞")):
        text = _QUOTE_MARK.sub("", text)  # a Markdown quote's marks: the quote is text
    if italic := _ITALIC_LINE.match(text):
        text = italic[1]
    if "[" not in text and "{" not in text and "\\" not in text:
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _ATTRIBUTES.sub("", text)
    return _ESCAPE.sub(r"\1", text)


def is_rule(text: str) -> bool:
    """A line of only rule characters (————, ★★★, ***, :::), or two rules with a short
    label between. Only a short line is tried for the label: over a long run of marks and
    spaces that pattern backtracks (a hostile line)."""
    if len(text) > MAX_LABELLED_RULE:
        return _PLAIN_RULE.match(text) is not None
    return _RULE.match(text) is not None


MAX_LABELLED_RULE = 160


def line_role(text: str) -> str:
    """"ends" for what closes an article or a page (navigation, controls, share and
    follow lines, notices), "chrome" for what may sit inside one (a picture's place,
    the type size, a stamp, the page's path), "record" for an article's metadata line,
    "" for anything else."""
    linked = "://" in text or "www." in text or "WWW." in text
    if linked and (_ENDS_ON_URL.search(text) or (_URL.search(text) and not is_terminated(text))):
        return "ends"  # a share line: the headline and a teaser, then the link
    if len(text) > MAX_CHROME_CHARS or _SENTENCE_END.search(text):
        return ""  # a sentence is text, whatever it mentions (未经许可授权，…。)
    if _BREADCRUMB.match(text) and (_HERE.match(text)
                                    or all(map(_furniture_word, _CRUMB_APART.split(text)))):
        return "chrome"
    if text.endswith(_POINTS_DOWN):
        return "chrome"  # an account's lead-in to what follows: 今天的评论版，和你聊聊…👇
    if _PLACEHOLDER.match(text) or _FONT_SIZE.match(text):
        return "chrome"  # inside an article: where a picture was, the size of its type
    if _CONTROL_LINE.match(text) or _NOTICES.search(text) or _URL.search(text):
        return "ends"
    fields = list(_FIELD.finditer(text))
    if fields and fields[0].start() <= 1:
        return "record"
    if _STAMP.search(text) and (_few_words(text) or _POST_HEADER.match(text)):
        return "chrome"  # 原创 湖南日报 湖南日报 2025年05月20日 07:30 湖南: a post's header
    return ""


def _furniture_word(part: str) -> bool:
    return all(is_header_word(word) or _SITE_WORD.match(word)
               for word in (w.lstrip(_MARKS) for w in part.split()))


_MARKS = "📰📌📍🔔▍■●◆★☆▶►·•"


def record_author(text: str) -> str:
    """The byline a metadata line gives (作者：湖南日报全媒体记者 王亮), or ""."""
    match = _AUTHOR.search(text)
    return match.group("who").strip() if match else ""


def _closes_frame(out: list[Line], rule: str) -> bool:
    """Is ``rule`` the foot of a box the same rule opened a few lines above (a
    newsletter's head or foot between two rows of ====), not a Setext heading's
    underline? One line between two rules is a heading set off all the same."""
    for back, line in enumerate(reversed(out[-_FRAME_LINES:])):
        if line.text == rule:
            return back >= 2
        if line.after_blank:
            return False
    return False


_FRAME_LINES = 6


STAMP_WORDS = 16  # 湖南日报社官方账号 and the app's name, no headline's words


def _few_words(text: str) -> bool:
    """A stamp line holds the stamp and a source or an app's name, not a headline:
    what is left once the stamp is gone is short."""
    rest = _STAMP.sub("", text)
    # (and what a site or an app says around it: 来自 微博, 信息来源：, 浏览次数：2680)
    rest = re.sub(r"发表于\S*|来自|已编辑|[\u4e00-\u9fff]{2,4}[：:]\d*|[\s|｜·@]", "", rest)
    return len(rest) <= STAMP_WORDS


def web_lines(lines: list[Line]) -> list[Line]:
    """The page's lines with markup taken out, a converter's underlined headings as
    headings, rules as boundaries, and chrome and metadata lines as page furniture (a
    metadata line that names the author as a byline)."""
    out: list[Line] = []
    last_seen: dict[str, int] | None = None  # read only for a page that lists entries
    related = False  # in a list of links to other articles
    comments = False  # in readers' comments
    briefs = briefs_seen = False  # in a column of briefs; a brief of it read
    excerpt = text_seen = False  # under a web clipper's "Excerpt"; any text read yet
    markdown = any(line.kind is Kind.HEADING for line in lines)
    for number, line in enumerate(lines):
        text = unmark(line.text).strip()
        listed = _entry_head(line.text, text)
        if listed and last_seen is None:
            last_seen = _last_seen(lines)
        if listed and (related or max((last_seen or {}).get(listed, -1),
                                      (last_seen or {}).get(text, -1)) > number):
            # A list of the page's headlines ahead of the articles, or of other pages'
            # under 相关新闻; its label (本期导读) with it.
            if out and out[-1].kind is Kind.TEXT and is_index_label(out[-1].text):
                out[-1] = replace(out[-1], kind=Kind.BANNER)
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        related = text in RELATED  # (相关新闻 reads as a masthead: before the kinds)
        if text in COMMENTS or (comments and line.kind is Kind.TEXT and (
                _COMMENT.match(text) or (_CONTROL_LINE.match(text) and "评论" not in text))):
            # Each a reader's name and words (湘江边的老王：…), or its likes and replies,
            # until "查看全部21条评论" or anything else ends them.
            comments = True
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        comments = False
        if line.kind not in (Kind.TEXT, Kind.HEADING):
            out.append(line)
            continue
        if not text:
            continue  # an image or an anchor: nothing to read
        clipped = text.lstrip("# ").casefold() == "excerpt"
        if clipped or (line.kind is Kind.HEADING and not text_seen
                       and _PAGE_IN_TITLE.search(text)):
            # A web clipper's head: the page's own title (湖南日报数字报-第08版：图片新闻),
            # and the site's description under "Excerpt".
            excerpt = clipped
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        if excerpt and line.kind is Kind.TEXT and not line.after_blank:
            out.append(replace(line, text=text, kind=Kind.BANNER))
            continue
        excerpt = False
        text_seen = text_seen or line.kind is Kind.TEXT
        if line.kind is Kind.TEXT and SETEXT.match(text) and len(text) >= 3 and out \
                and out[-1].kind is Kind.TEXT and not line.after_blank \
                and not _closes_frame(out, text):
            out[-1] = replace(out[-1], kind=Kind.HEADING, level=1 if text[0] == "=" else 2)
            continue
        if briefs and line.kind is Kind.TEXT and (brief := _RUN_IN.match(text)) \
                and _A_SENTENCE.search(brief["rest"]):
            # In a column of briefs, a brief's headline runs into its text, set apart
            # by a space: "衡山:南岳区至衡山县城快速路通车 9月20日，…". Each opens an
            # article (after the first, the one before ends: no subhead of it).
            cut = line.start + brief.start("rest")
            # (The line's paragraph indent is the brief's, not its headline's.)
            head = replace(line, text=brief["head"], end=cut, indent=False)
            if briefs_seen or not markdown:
                # (On a plain page the column's name, a line that ends no sentence, would
                # otherwise run on into the first brief's headline.)
                out.append(replace(line, text="", kind=Kind.BOUNDARY, end=line.start))
            briefs_seen = True
            out.append(replace(head, kind=Kind.HEADING, level=7) if markdown else head)
            # (On a plain page the text opens a paragraph of its own, as if indented: it
            # goes on from no headline.)
            out.append(replace(line, text=brief["rest"], start=cut, block_start=False,
                               indent=not markdown, after_blank=False))
            continue
        if line.kind is Kind.HEADING or (line.kind is Kind.TEXT and briefs and text
                                         and _web_kind(text) is Kind.TEXT):
            briefs = False  # the column ends where anything but furniture begins
        if is_briefs_column(text.lstrip("#*-•·●■◆▍ ")):
            briefs, briefs_seen = True, False
            out.append(replace(line, text=text))
            continue
        if line.kind is Kind.TEXT and text.startswith("**") and (lead := _BOLD_LEAD.match(text)):
            # A brief led by its headline in bold: "**湘潭电机拿下大单**近日，…".
            cut = line.start + lead.end("bold")
            out.append(replace(line, text=lead["head"], kind=Kind.HEADING, level=7, end=cut))
            out.append(replace(line, text=lead["rest"], start=cut, block_start=False))
            continue
        if "**" in text:
            text = _INLINE_BOLD.sub(r"\1", text)  # bold inside a paragraph: plain text
        if text != line.text and line.kind is Kind.TEXT:
            # What the markup hid: a photo credit in italics, a byline in a link.
            again = classify(line.index, text, line.start)
            if again is not None and again.kind is not Kind.TEXT:
                out.append(replace(line, text=again.text, kind=again.kind, level=again.level,
                                   signoff=again.signoff))
                continue
        if (titled := _PHOTO_TITLE.match(text)) and not is_byline(titled["title"]):
            text = titled["title"]  # 图：杜鹃花开满山红: a photo's title, not its credit
            kind = Kind.TEXT
        else:
            kind = _web_kind(text) if line.kind is Kind.TEXT else Kind.HEADING
        if kind is Kind.BANNER and is_rule(text) and out and is_terminated(out[-1].text):
            kind = Kind.BOUNDARY  # between two stories; inside a sentence it is noise
        if kind is Kind.BYLINE:
            text = record_author(text)
        if (text.endswith(_POINTS_DOWN) or _POST_HEADER.match(text)) and not line.after_blank \
                and out and out[-1].kind in (Kind.TEXT, Kind.HEADING) \
                and len(out[-1].text) <= MAX_CHROME_CHARS and not is_terminated(out[-1].text):
            # The lead-in's first line (今天的《湖南日报》第6版是图片新闻版 / 一起来看看👇);
            # the post's own title over its account's header (图片新闻｜龙舟下水… / 原创 …).
            out[-1] = replace(out[-1], kind=Kind.BANNER)
        out.append(replace(line, text=text, kind=kind))
    return out


# A headline in bold opening a brief's paragraph; not a speaker's name in an interview
# (**记者：**) nor a lead-in the sentence goes on from (**一是**，…).
_BOLD_LEAD = re.compile(
    r"^(?P<bold>\*\*(?P<head>[^*]{4,30}?[^*：:，。、；！？,.;!?])\*\*)\s*"
    r"(?P<rest>[^\s，。、；：！？,.;:!?*].{8,})$"
)
# A brief's headline running into its text: a list's bullet or bold, the headline of
# 3–30 characters (a place and a colon may open it), a space, then the text.
_RUN_IN = re.compile(
    r"^(?:[-*•·●■◆▶]\s*)?(?:\*\*)?(?P<head>[^\s。！？，,*]{3,30}?)(?:\*\*)?[ \u3000]+"
    r"(?P<rest>[^\s].{8,})$"
)
_A_SENTENCE = re.compile(r"[。！？!?]|\.(?!\d)")  # (OCR may print a full stop as ".")
_INLINE_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
# An entry of a list of headlines: a bullet, then the headline; or a link alone on its
# line, the list's marker taken off ("[橘洲焰火迎客来](https://…)").
_ENTRY = re.compile(r"^[·•●▪◦\-*]\s*(?P<head>[^\s·•].{3,40})$")
_LINK_ENTRY = re.compile(r"^\[(?P<head>[^\[\]\s][^\[\]]{3,40})\]\([^()\s]*\)$")
# Or a numbered entry of a newsletter's index (本期导读 / 一、常德早稻…), printed again
# over its story, with its number (titles.LEAD_NUMBER) or without.
_ENTRY_CHARS = range(4, 42)


def _entry_head(raw: str, text: str) -> str:
    """The headline an entry of a list of headlines names, or "" for any other line."""
    if is_rule(text):
        return ""  # a rule, "-----", is no entry of a list marked "-"
    if entry := _ENTRY.match(text) or _LINK_ENTRY.match(raw):
        return entry["head"]
    if (number := LEAD_NUMBER.match(text)) and len(text) - number.end() in _ENTRY_CHARS:
        return text[number.end():]
    return ""


def _last_seen(lines: list[Line]) -> dict[str, int]:
    """Each line's text (bullet and markup left out) → the last line that prints it."""
    return {_ENTRY.sub(r"\g<head>", unmark(line.text).strip()): number
            for number, line in enumerate(lines)}


def _web_kind(text: str) -> Kind:
    if is_rule(text):
        return Kind.BANNER
    role = line_role(text)
    if role == "ends":
        return Kind.BOUNDARY
    if role == "chrome":
        return Kind.BANNER
    if role == "record":
        # The author in a byline's form, or with their affiliation (汤雅琪（作者单位：…）):
        # a byline, which also parts the headline from the text. A bare name is left to
        # the record: a photo's record names its photographer.
        author = record_author(text)
        return Kind.BYLINE if is_byline(author) or len(author) > 5 else Kind.BANNER
    return Kind.TEXT
