"""What a page's head and foot print, told by their words: page numbers, date lines, the
editors, mastheads and what a front page prints with them, running headers, the graphics
credits and the desk's address; and the date, page, editor and section read from them.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.headline_words import has_verb
from desktop_app.core.splitting.signatures import CJK, SPACED_NAME

_PAGE_NUMBER = re.compile(
    r"^[A-Z]?\d{1,2}[A-Z]?$|^第?[ \u3000]*[一二三四五六七八九十\d]{1,3}[ \u3000]*[版页]$"
    r"|^[A-Z]?\d{1,2}版$|^[-—–·]+[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*[-—–·]+$"
)
_DATE = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日曰]"  # OCR reads 日 as 曰
_DATE_LINE = re.compile(
    rf"^{_DATE}(?:[ \u3000]*星期[一二三四五六日天])?(?:[ \u3000]*(?:农历\S+))?$"
)
# The day without its year, then the weekday, after the digest's name: 【早安桂东】3月12日
# 星期四 农历正月廿四.
_DAY_LINE = re.compile(
    r"^(?:【[^】]{2,8}】)?\d{1,2}月\d{1,2}日[ \u3000]*星期[一二三四五六日天]"
    r"(?:[ \u3000]*农历\S+)?$")
# A paper of a trade or a readership under a place's name: 湖南农民报, 中国电力报, 潇湘晨报.
PAPER = (rf"(?:中国|[{CJK}]{{2,3}})(?:农民|青年|工人|妇女|少年|教育|科技|法治|法制|经济|电力"
         rf"|铁道|交通|水利|税务|法院|检察|商|晨|早|都市|团结|女)报")
# A running page header or footer prints the masthead, the date, the page number and the
# section in any order on one line ("湖南日报 2025年5月8日 星期四 04 经济"), a newsletter
# its column and issue (羊城晚报·体育早班车 … 第1108期). Each word must be one of those, and
# one at least must be more than a section name.
_HEADER_WORD = re.compile(
    rf"^(?:{_DATE}|星期[一二三四五六日天]|农历\S+"
    rf"|(?:[{CJK}]{{2,3}}(?:日报|晚报|时报)|{PAPER})(?:·[{CJK}]{{2,6}})?"
    r"|[A-Z]?\d{1,2}版?|第[一二三四五六七八九十\d]{1,3}版|第\d{1,5}期)$"
)
# A PDF tool prints a page head's letter-spaced words with the spaces between their
# characters ("经    济", "2025 年 12 月 9 日"): read closed up as furniture.
_SPACED_DATE = re.compile(r"(\d{4})[ \u3000]*年[ \u3000]*(\d{1,2})[ \u3000]*月[ \u3000]*(\d{1,2})"
                          r"[ \u3000]*日")
_SPACED_WORD = re.compile(rf"(?<!\S)[{CJK}](?:[ \u3000]+[{CJK}])+(?!\S)")


def closed_up(text: str) -> str:
    """A page head's text with its letter-spaced dates and words closed up."""
    text = _SPACED_DATE.sub(r"\1年\2月\3日", text)
    return _SPACED_WORD.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), text)


_LATIN_MASTHEAD = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,}){1,3}$")  # "HUNAN DAILY"
_SECTION_WORD = re.compile(rf"^(?:[{CJK}·]{{2,4}}|[{CJK}]{{2,4}}·[{CJK}]{{2,4}})$")  # 体育·生活
_EDITOR = re.compile(
    # (in brackets, for the page a handout reprints: （原版责任编辑：李 想  版式：张 敏）)
    rf"^(?:[（(](?:原版|原)?(?=责任编辑|责编))?"
    rf"(?:责任编辑|本版编辑|编辑|本版责编|责编)[ \u3000:：/]*"
    rf"(?P<name>{SPACED_NAME}|[^ \u3000\d）)][^ \u3000）)]*)")  # a name, never a date
# A paper's name: a place and 日报 ("湖南日报", "张家界日报"), alone, with its name in
# English (江西日报 JIANGXI DAILY, 农民日报 FARMERS' DAILY), or as its e-paper site calls
# itself (邵阳日报数字报, 农民日报数字报-农民日报社); a longer line ending in 日报 is a narrow
# column's wrapped text ("勇在接受湖南日报").
_PAPER_NAME = rf"(?:[{CJK}]{{2,3}}(?:日报|日報|晚报|時報|时报|新闻)|{PAPER})"
_MASTHEAD = re.compile(rf"^{_PAPER_NAME}(?:[ \u3000]+[A-Z][A-Z' .]{{2,30}}"
                       rf"|数字报(?:[-—·|｜ ]+[{CJK}]{{2,10}})?)?$")
# The days a weather box's label names (今日天气, 今明两天天气预报); web_roles reads the
# same label when a site prints it before its forecast (天气｜…).
WEATHER_DAYS = "今日|明日|今天|明天|今明两天"
# What else a front page's masthead prints: whose paper it is, the lunar date, how many
# pages today, the serial number, the app's code to scan, the weather.
_MASTHEAD_ITEMS = re.compile(
    rf"^(?:中共[{CJK}]{{2,8}}委员?会?机关报|(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年"
    rf"[{CJK}]{{2,6}}|今日\d{{1,2}}版|本期\d{{1,2}}版|国内统一连?续?出版物号.*"
    rf"|CN ?\d{{2}}-\d{{4}}.*|.{{0,12}}扫码(?:阅读|关注|下载|收看|看)[^\s，。？！,?!]{{0,16}}"
    # the paper's app, named alone on a line above its time stamp (新湖南客户端), and what
    # a code to scan leads to (微信公众号, 视频号)
    rf"|[{CJK}]{{2,8}}(?:客户端|APP|App)|(?:微信)?(?:公众号|视频号|服务号|小程序)"
    # the almanac's box: 今日大寒 宜围炉 忌远行
    rf"|[^，。\s]{{0,8}}[ \u3000]*宜[^，。\s]{{1,8}}[ \u3000]+忌[^，。\s]{{1,8}}"
    # a newsletter's name and issue (常德日报·今日读报  第0583期, …党建部  学习材料第27期)
    rf"|[{CJK}·]{{2,16}}[ \u3000]+(?:[{CJK}]{{2,6}})?第\d{{2,6}}期"
    # who compiled a compilation, and when: 县司法局办公室编印　　2026年4月17日
    rf"|[{CJK}]{{2,16}}(?:编印|编发|汇编)(?:[ \u3000]+{_DATE})?"
    # an issue's number alone, in brackets: （2026年第4期·总第37期）
    r"|[（(]?\d{4}年第\d{1,3}期(?:[·・ \u3000]?总第\d{1,5}期)?[）)]?"
    # the weather box: 长沙天气 多云转小雨 8°C~15°C 北风2级 (no clause of a sentence),
    # its label and whose forecast it is (今日天气 … 湖南省气象台发布)
    r"|[^，。,]{0,12}(?:晴|阴|多云|雨|雪)[^，。,]{0,12}?-?\d{1,2} ?(?:°C|℃)[^，。,]{0,16}"
    rf"|(?:{WEATHER_DAYS})天气(?:预报)?|[{CJK}]{{0,8}}气象[台局](?:发布|提供))$")
# The page's other credits, alone on a line where a layout tool set them apart from the
# editor's: 美术编辑 夏晓琴.
_GRAPHICS_CREDIT = re.compile(
    r"^[\d\-、—至版]+(?:制图|设计)$"
    r"|^(?:制图|设计|版式设计|版式编辑|美术编辑|美编|图片编辑)[ \u3000:：]")

# The paper's or a desk's address for readers, alone on a line: 投稿邮箱：xjfk@163.com,
# 新闻热线：0731-84326110, 客服热线：0731-96599 (an address to write to, never a headline).
_CONTACT = re.compile(
    r"^(?:投稿|来稿|读者|本报|[\u4e00-\u9fff]{2,6}社)?(?:电子邮箱|邮箱|信箱|E-?mail|新闻热线|服务热线"
    r"|客服热线|热线电话|热线|联系电话|电话|传真|邮编|邮政编码|地址|社址)[ \u3000]*[：:][ \u3000]*"
    r"(?=[^，。；]*[\d@])[\w.@\-+()（）/、 ]{5,48}$", re.IGNORECASE)


# Where a photo the route left out came from, in brackets alone on a line (（图片来源：长沙晚报
# 警方供图）, （资料图）): no caption, no headline, nothing of the story round it.
_PHOTO_NOTE = re.compile(
    r"^[（(](?:图片来源|图源|图片由|图片来自|资料图|网络图)[^（）()]{0,30}[）)]$")


# Whoever copied the page saying how, in brackets alone on a line (（文字据郴州日报数字报整理，
# 图片可点击放大）, （说明：电子版复制+PDF核对，…请勿外传）, （以上选自《团结报》…）): about the
# copy, not in it. (A reporter's 整理 under an interview signs it: left to the bylines; so
# is a piece's source under it, （摘编自《湘潮》2026年第2期）, which ends the piece.)
_COPY_NOTE = re.compile(r"^[（(][^（）()]{0,16}(?:整理|说明[：:]|以上|本文根据|文字据|仅供"
                        r"|请勿外传)[^（）()]{0,80}[）)]$")


# A document's page counter: 第 1 页　共 2 页, 共2页 第1页, Page 1 of 2.
_GAP = "[ \u3000]*"
_PAGE_OF = re.compile(rf"^(?:第{_GAP}\d{{1,3}}{_GAP}页{_GAP}[,，/]?{_GAP}共{_GAP}\d{{1,3}}{_GAP}页"
                      rf"|共{_GAP}\d{{1,3}}{_GAP}页{_GAP}第{_GAP}\d{{1,3}}{_GAP}页"
                      r"|Page \d{1,3} of \d{1,3})$", re.IGNORECASE)
# The imprint at a page's foot, its fields run on one line (慈利县融媒体中心出版 地址：… 电话：…;
# 印刷：…印务中心 本报新闻热线：…): two of them make the line the imprint.
_IMPRINT_FIELDS = re.compile(r"(?:出版|承印|印刷|地址|社址|邮编|邮政编码|电话|热线|传真|定价|发行)"
                             r"(?=[ \u3000]*[：:]|[ \u3000]+\S|$)")
# A copy's rights: © 2025 湖南日报社. 版权所有。, 以上内容转载自…，版权归…所有，仅供….
_RIGHTS = re.compile(r"^(?:©|\([cC]\)|Copyright)|版权所有[。.]?$|^(?=.*(?:转载|仅供))"
                     r".*版权归\S{1,20}所有")
MAX_RIGHTS_LINE = 80  # an imprint's or a rights line: short; longer is text (not scanned)


def _imprint_or_rights(text: str) -> bool:
    # (Each pattern tried only where its words can be: most lines hold neither.)
    return (("：" in text or ":" in text or "出版" in text)
            and len(_IMPRINT_FIELDS.findall(text)) >= 2) \
        or (("版权" in text or text[:1] in "©(C") and _RIGHTS.search(text) is not None)


# The page's credits a running header carries after its date or section, each a role and a
# name (责编 彭晓 美编 何颖 校对 李娟; 责任编辑：张三; 版式/李四).
_ROLE = (r"(?:责任编辑|本版责编|本版编辑|首席编辑|见习编辑|责编|编辑|美术编辑|美编"
         r"|版式编辑|版式设计|版式|校对|审读|审校|组版|照排|制图)")
_CREDIT = rf"{_ROLE}[ \u3000]*[:：/]?[ \u3000]*(?:{SPACED_NAME}|[{CJK}·]{{2,5}})"
_CREDITS = re.compile(rf"[ \u3000]+(?={_ROLE})(?:{_CREDIT}[ \u3000]*)+$")
MAX_HEADER_LINE = 120  # a padded header line; longer is text (and is not scanned)


def header_and_credits(text: str) -> tuple[str, str] | None:
    """A running header (or a date line) and the page's credits printed after it on one
    line, as the two parts; None for any other line."""
    if len(text) > MAX_HEADER_LINE:
        return None
    match = _CREDITS.search(text)
    if match is None:
        return None
    head = text[:match.start()].strip()
    if not head or not (_DATE_LINE.match(closed_up(head)) or is_running_header(head)):
        return None
    return head, text[match.start():].strip()


def is_banner(text: str) -> bool:
    """Page furniture a line says it is by what it prints: a page number, a date line,
    the editors, a masthead and its items, the graphics credits, the desk's address, a
    running header."""
    text = closed_up(text)
    return bool(
        _PAGE_NUMBER.match(text)
        or _DATE_LINE.match(text)
        or _DAY_LINE.match(text)
        or _EDITOR.match(text)
        or _MASTHEAD.match(text)
        or _MASTHEAD_ITEMS.match(text)
        or _GRAPHICS_CREDIT.match(text)
        or _CONTACT.match(text)
        or _PHOTO_NOTE.match(text)
        or (_COPY_NOTE.match(text) is not None and "记者" not in text)
        or _PAGE_OF.match(text)
        or (len(text) <= MAX_RIGHTS_LINE and _imprint_or_rights(text))
        or is_running_header(text)
        or header_and_credits(text) is not None
    )


def is_header_word(word: str) -> bool:
    """A word a running header prints: a date, a weekday, a masthead, a page number."""
    return _HEADER_WORD.match(word) is not None


# Words OCR or a copy ran together: the page number and the section ("07社会"), the date
# and the weekday ("16日星期二"), the paper and the date ("湖南日报2026年2月25日").
_UNGLUED = re.compile(r"(?<=^\d\d)(?=[\u4e00-\u9fff])|(?<=日)(?=星期)|(?<=日报)(?=\d{4}年)")


def is_running_header(text: str) -> bool:
    """"湖南日报 2025年5月8日 星期四", "04 经济", "HUNAN DAILY": page furniture words only."""
    if _LATIN_MASTHEAD.match(text):
        return True
    words = _header_words(text)
    # Counted without the spaces a layout tool pads it with (the date at the left edge,
    # the page number at the right).
    if not 2 <= len(words) <= 6 or len(" ".join(words)) > 40:
        return False
    strong = [i for i, w in enumerate(words) if _HEADER_WORD.match(w)]
    sections = [w for w in words if not _HEADER_WORD.match(w)]
    if not strong or len(sections) > 1 or not all(_SECTION_WORD.match(w) for w in sections):
        return False
    # A page number stands at an end of the header ("04 经济"); between words it is a
    # figure in a sentence printed with spaces ("局统计的 91 种主").
    numbers_only = all(is_page_number(words[i]) for i in strong)
    if numbers_only and len(words) == 2 and " " not in closed_up(text) \
            and (has_verb(sections[0]) or _is_a_figure(closed_up(text))):
        # A wrapped score or figure, not "07社会": 湖南U17男篮68比 / 75惜败广东,
        # 春节假期全省接待游客41 / 83万人次.
        return False
    return not numbers_only or 0 in strong or len(words) - 1 in strong


_GLUED_HEAD = re.compile(rf"^(?P<page>\d{{1,2}})(?P<section>[{CJK}]{{2,4}})$")


def glued_page_head(text: str) -> tuple[str, str] | None:
    """The page number and the section OCR ran together on the line under a page's date
    (3农事), as the two; None for any other line. Only asked of that line: elsewhere a
    digit before words is a count (3个海外仓) or a wrapped score (3比 / 2险胜河北)."""
    from desktop_app.core.extraction.numbers import find_numbers

    match = _GLUED_HEAD.match(closed_up(text))
    if match is None or has_verb(match["section"]):
        return None
    counted = find_numbers(match.group())
    if not counted or counted[0].unit or counted[0].end != len(match["page"]):
        return None
    return match["page"], match["section"]


def _is_a_figure(text: str) -> bool:
    """Is ``text`` one figure with its unit (83万人次, 15万吨), not a page's number (12版)?"""
    from desktop_app.core.extraction.numbers import find_numbers

    spans = find_numbers(text)
    return len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(text) \
        and spans[0].unit not in ("", "版")


def date_line(text: str) -> str | None:
    """The ISO date of a date line or of a running header that prints one."""
    text = closed_up(text)
    match = _DATE_LINE.match(text)
    if not match and is_running_header(text):
        match = re.search(_DATE, text)
    if not match:
        return None
    return f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"


def editor_name(text: str) -> str | None:
    match = _EDITOR.match(text)
    return re.sub(r"[ \u3000]", "", match.group("name")) if match else None


def is_page_number(text: str) -> bool:
    return _PAGE_NUMBER.match(text) is not None


def header_section(text: str) -> str | None:
    """The section a running header prints beside the date or the page number ("要闻"
    in "2026年1月10日 星期六   要闻   01")."""
    if not is_running_header(text):
        return None
    return next((w for w in _header_words(text) if not _HEADER_WORD.match(w)), None)


def _header_words(text: str) -> list[str]:
    """The header's words, apart by spaces or by the bars a newsletter's head sets between
    them (羊城晚报·体育早班车 | 2026年4月22日 星期三 | 第1108期)."""
    return [word for word in _UNGLUED.sub(" ", closed_up(text)).split() if word not in ("|", "｜")]


def page_number(text: str) -> str | None:
    """The page number a page-number line or a running header prints."""
    if is_page_number(text):
        return text
    if is_running_header(text):
        for word in _header_words(text):
            if is_page_number(word):
                return word
    return None


def is_graphics_credit(text: str) -> bool:
    return _GRAPHICS_CREDIT.match(text) is not None


def is_masthead(text: str) -> bool:
    return _MASTHEAD.match(text) is not None
