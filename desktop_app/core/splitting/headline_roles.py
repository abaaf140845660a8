"""Which printed line of a claimed headline stack is the headline, which the kicker above
it and which the deck below it (:func:`headline_roles`); kept apart from the matching
that decides which stack names which body (:mod:`~desktop_app.core.splitting.matching`).
"""

from __future__ import annotations

import re

from desktop_app.core.splitting.affinity import Affinity, grams
from desktop_app.core.splitting.blocks import PLACE_AND_COLON
from desktop_app.core.splitting.headline_words import (
    ends_on_verb,
    has_verb,
    is_place,
    opens_on_verb,
    worded,
)
from desktop_app.core.splitting.headline_wraps import (
    FIGURE_ALONE,
    broken_mid_word,
    goes_on,
    left_unfinished,
)
from desktop_app.core.splitting.layout_units import Group
from desktop_app.core.splitting.lines import CJK, YEAR
from desktop_app.core.splitting.matching import Claim
from desktop_app.core.splitting.sentence_ends import closes_what_was_open
from desktop_app.core.splitting.stacks import (
    HANGING_WORDS,
    LABEL_CHARS,
    LABEL_MARKS,
    is_column_name,
    is_material_label,
    is_short_kicker,
    joined_headline,
)
from desktop_app.core.splitting.widths import display_width

BOLD = 7


def headline_roles(
    claim: Claim, affinity: Affinity, text: str
) -> tuple[str, list[str], list[str]]:
    """The claimed headline lines → (headline, kickers above it, decks below it).

    Papers stack a kicker, the headline and a deck. Which printed line is the headline
    is told by its size where Markdown shows one, by a "——" deck printed right under
    it, by its place in the middle of a three-line stack; of two bare lines by what
    each says (:func:`_title_line`: a kicker's clause over the headline, unless a line
    reads as a wrap, a name, a place's headline or a deck). How much a line shares
    with the story does not decide it: a figurative headline ("一颗种子的“逆袭”")
    shares less with the story than its deck does. Lines joined by a hard break read
    as one headline.
    """
    group = claim.group
    printed: list[list[int]] = []  # claimed heads grouped by printed line
    for index in sorted(claim.headlines):
        if printed and group.lines[index].line_id == group.lines[printed[-1][0]].line_id:
            printed[-1].append(index)
        else:
            printed.append([index])
    texts = [" ".join(group.lines[i].text for i in line) for line in printed]
    title = _title_line(printed, texts, group)
    while title > 0 and (texts[title - 1].endswith(HANGING_WORDS)
                         or closes_what_was_open(texts[title - 1], texts[title])):
        # The headline's first line, broken on a word no line of a stack ends on
        # (一颗油茶果的 / “增值”之路) or inside a quotation the line under it closes
        # (“让一季稻多收一茬， / 是我们这代人的考题”): a kicker or a line of text ending
        # on a comma stays out.
        title -= 1
    end = title + 1
    above_deck_line = title
    if group.deck_after > 0 and not _sized(group, printed):
        while title > 0 and (_short(texts[title - 1]) or _measured(texts[title])
                             or _subject_over_its_news(texts[title - 1], texts[title])) \
                and (_wraps_onto(texts[title - 1], texts[title],
                                 over_deck=title == above_deck_line)
                     or _names_its_subject(texts[title - 1], texts[title])) \
                and (title > 1 or broken_mid_word(texts[0], texts[1])
                     or _names_its_subject(texts[0], texts[1])):
            # A narrow column's headline on three lines or more over its deck (小小菜头撬动
            # 富民大产业 / 华容芥菜 / “腌”出50亿元 / 大产业 / ——…): the lines it wraps
            # from are the headline's too, up to the kicker; a line as long as a deck is a
            # kicker (冰雪热情从赛场延伸到三湘 / 米兰冬奥会落幕). The first line is a kicker
            # too, unless it stops inside a word (耒阳油茶产 / 业综合产值 / 突破50亿元): no
            # kicker does.
            title -= 1
    while end < len(printed) and group.lines[printed[end][0]].chained:
        end += 1
    if (
        title == 0
        and end == 1
        and len(printed) == 2
        and not _sized(group, printed)
        and group.deck_after < 0
        and affinity.score(texts[0], body := grams(text)) < GENERIC
        and affinity.score(texts[1], body) >= NAMING
    ):
        # Two bare lines, the first sharing no word with the story and the second
        # naming it: a kicker over the headline or a figurative headline over its deck
        # ("全民健身 活力三湘" / "一颗种子的“逆袭”"). Nothing on the page tells which,
        # so both stay in the title rather than leaving it to the line that names nothing.
        end = 2
    headline = joined_headline(texts[title:end], _cut_by_the_column)
    if (
        end < len(printed)
        and not _sized(group, printed)
        and not texts[end].startswith("—")
        and (goes_on(texts[end - 1], texts[end])
             or (end == 1 and len(printed) == 2 and _rest_of_the_line(texts[0], texts[1])))
    ):
        # A headline wrapped after its subject (株洲低空经济产业园 / 首批企业入驻): the
        # line under it is its second half, not a deck, and goes on without a space.
        headline += texts[end]
        end += 1
        while end < len(printed) and _short(texts[end]) and not texts[end].startswith("—") \
                and ((title == 0 and (opens_on_verb(texts[end])
                                      or goes_on(texts[end - 1], texts[end])))
                     or FIGURE_ALONE.match(texts[end]) is not None):
            # A subject wrapped over three lines, its verb on the last (湘赣边区域合作示范区
            # / 首批共建项目 / 集中开工), or the verb's object (萍乡：1.2万名 / 民间河长守护
            # / 家门口的河); under a kicker too, what it counts, alone on the last line
            # (武潭镇竹产 / 业年产值突破 / 5亿元): no deck is a figure alone.
            headline += texts[end]
            end += 1
    decks = texts[end:]
    if inline := _DECK_ON_THE_LINE.search(headline) or _DECK_RUN_ON.search(headline):
        # A tool put the deck on the headline's line ("全省…开工 ——总投资…"): it is the
        # deck still.
        decks = [headline[inline.end():].strip(), *decks]
        headline = headline[:inline.start()].strip()
    return headline, texts[:title], decks


GENERIC = 0.1
NAMING = 0.3


def _body_acts(line: str) -> bool:
    """Does ``line`` open on a body, then say what it did (市委常委会召开会议)?"""
    words = worded(line)
    return len(words) > 1 and words[0][1] == "nt" and any(
        flag.startswith("v") and flag != "vn" for _word, flag in words[1:])


def _does_what(line: str) -> bool:
    """Does ``line`` open on its verb, one clause with no subject (传达学习…精神)?"""
    words = worded(line)
    return bool(words) and words[0][1] == "v" and " " not in line.strip() \
        and not line.lstrip().startswith("“")


def _names_its_subject(line: str, under: str) -> bool:
    """Over the line above a deck, a line that only names (智能装备产业链, 新编湘剧《洞庭渔火》)
    is that headline's subject, no kicker: a kicker says something (a clause, a bid) or
    names its column. The line under it is short too: a headline's, not a deck's."""
    line = line.strip()
    return len(line) >= _SUBJECT_CHARS and " " not in line and not has_verb(line) \
        and not is_column_name(line) and _short(under) \
        and not line.endswith(_ENDS_A_SENTENCE) and not under.startswith("—")


# A column's name is a word or two (书摘, 书香湖南 读书); a subject names more.
_SUBJECT_CHARS = 4


def _cut_by_the_column(above: str, line: str) -> bool:
    return broken_mid_word(above, line) or left_unfinished(above, line) \
        or FIGURE_ALONE.match(line) is not None


def _sized(group: Group, printed: list[list[int]]) -> bool:
    """Do the stack's lines differ in Markdown size?"""
    return len({group.lines[line[0]].level for line in printed}) > 1


_SERIES = re.compile(rf"[{CJK}]·[{CJK}]")


def _title_line(printed: list[list[int]], texts: list[str], group: Group) -> int:
    if len(printed) == 1:
        return 0
    levels = [group.lines[line[0]].level for line in printed]
    sizes = [level for level in levels if 0 < level < BOLD]
    above_deck = [i for i, line in enumerate(printed) if group.deck_after - 1 in line]
    if sizes:
        largest = [i for i, level in enumerate(levels) if level == min(sizes)]
        # Of lines set as large (a converter that makes every line "#"), the one over
        # the deck, else the first but a series' short name above it.
        if len(largest) > 1 and group.deck_after > 0 and above_deck and above_deck[0] in largest:
            return above_deck[0]
        if len(largest) > 1 and is_short_kicker(texts[largest[0]], texts[largest[1]]):
            return largest[1]
        return largest[0]
    if BOLD in levels and 0 in levels:
        return levels.index(BOLD)
    if group.deck_after > 0 and above_deck:
        # The line over the deck, or the first of the lines it goes on from with no
        # subject of its own: one headline wrapped after its subject (螺蛳粉产业链 / 延伸到
        # 竹林里 / ——…见闻), inside a word, or where no line stops (开通首批 / 城市低空物流
        # 航线). A line under a kicker that names its own subject is the headline
        # (“一老一小”幸福工程 / 社区食堂开进老小区 / ——…).
        title = above_deck[0]
        while title > 0 and goes_on(above := texts[title - 1], texts[title]) \
                and (opens_on_verb(texts[title]) or broken_mid_word(above, texts[title])
                     or left_unfinished(above, texts[title])):
            title -= 1
        return title
    if len(printed) >= 3:
        # The first of three lines is a kicker, or the subject of a headline wrapped over
        # them all (湘赣边区域合作示范区 / 首批共建项目 / 集中开工); the last two may be the
        # headline wrapped after its subject, under a kicker's clause (…马拉松本周日开跑 /
        # 1.5万名跑者 / 将环湖竞跑).
        if goes_on(texts[0], texts[1]):
            return 0
        last = len(printed) - 2
        if last >= 2 and goes_on(texts[last], texts[last + 1]) \
                and not goes_on(texts[last - 1], texts[last]) and has_verb(texts[last - 1]):
            return last
        return 1
    if _SERIES.search(texts[0]) and not _SERIES.search(texts[1]):
        return 1
    first, second = texts
    if first.endswith(("，", ",")) or goes_on(first, second) or (
            _rest_of_the_line(first, second) and ends_on_verb(first)):
        return 0  # one headline over two lines, however short the first: joined below
    if is_short_kicker(first, second, LABEL_CHARS):
        return 1
    if _DECK_ON_THE_LINE.search(second) and not _DECK_ON_THE_LINE.search(first):
        return 1  # a headline with its deck on its line ("全省…开工 ——总投资…")
    asks = [text[-1:] in "？！?!" for text in texts]
    if asks[0] != asks[1]:
        return asks.index(True)  # the headline asks or exclaims, a kicker or deck does not
    if re.search(r"[：:].", first) or ("%" in second and "%" not in first):
        return 0  # a place's headline ("衡阳：…"), not a kicker ending on its colon; a deck's rate
    if (place := _PLACES_HEADLINE.match(second)) and is_place(place["place"]):
        return 1  # under a kicker of its own (深化诉源治理 推动… / 衡阳：“枫桥式人民法庭”…)
    if _FIGURE_ONLY.match(first) and has_verb(second) and not _FIGURE_ONLY.match(second):
        return 1  # a figure said alone (总投资1286亿元) over the clause it counts for
    if _reads_as_deck(second) or _paired_phrases(first, second) or not has_verb(first):
        return 0  # a kicker says something: a line that only names is the headline
    if _body_acts(first) and _does_what(second):
        # A body and what it did (市政协召开专题协商会, 市委常委会召开会议) over what it did
        # there, opening on the verb with no subject of its own (聚焦…建言献策, 传达学习…):
        # a meeting's headline over its deck.
        return 0
    if (group.label_over and not is_place(_LABEL_MARKS.sub("", group.label))
            and not is_material_label(group.label)) or group.kicker:
        # Under a column's label or a kicker already: the headline over its deck. A place's
        # label (【岳阳】) names where the stack is from, as a dateline does: no column's.
        return 0
    if _FIGURE.search(first) and _FIGURE.search(second) and "“" not in first + second:
        # Two figures, plainly (前11个月我省外贸进出口增长8.7% / 对共建“一带一路”…): the
        # headline's and its deck's, the deck adding one; a kicker rarely counts.
        return 0
    return 1


# A figure that counts; a year (2025湖南省全民健身大会) counts nothing.
_FIGURE = re.compile(rf"(?<!\d)(?!{YEAR}(?![\d.,%万亿]))\d")
_LABEL_MARKS = re.compile(rf"[【】\[\]{LABEL_MARKS}\s]")  # what a label is set in
# A figure and what it counts, with no subject: 总投资1286亿元, 同比增长12.3%, 超3000万人次.
_FIGURE_ONLY = re.compile(
    rf"^[{CJK}]{{0,4}}\d[\d.,]*[万亿千百]{{0,2}}(?:元|美元|人次|人|户|家|项|吨|亩|标箱|千瓦时|%|％)$")
_PLACES_HEADLINE = re.compile(rf"^{PLACE_AND_COLON}(?=\S)")

# A deck adds the facts, in clauses or from a count ("征集…337个，投资额达3086亿元",
# "268家中小企业…"; a year opens a headline's name of an event: 2025湖南省全民健身大会落幕);
# a name, a credit or a picture's place holder is no headline at all.
_DECK_LIKE = re.compile(rf"[，,；;、]|^(?!{YEAR}(?:年|\s|[^\d.,%万亿]))\d|^[□■［\[]"
                        r"|^[^a-zA-Z\d]{1,4}[；;][^a-zA-Z\d]{1,4}$")

# A deck a tool printed on its headline's line, after a space: "全省…开工 ——总投资…".
_DECK_ON_THE_LINE = re.compile(r"(?<=\S{4})[ \u3000]+——(?=\S)")
# Or run on without one, when what follows the dash lists the facts as a deck does
# ("…高质量发展——涵盖市场准入、要素保障…"); a headline's own dash ("湘江——一条河的新
# 生") lists nothing.
_DECK_RUN_ON = re.compile(r"(?<=[^\s—]{8})——(?=[^—]*[，,；;、][^—]*$)")


# A deck tells the story's facts in a clause of its own: ten characters or more. A shorter
# bare line under a wider headline line is the rest of it, wrapped (长赣高铁湖南段 /
# 首座特大桥合龙, 我省启动春季学校食品安全 / 专项检查), unless the line over it ends a
# sentence (家门口的“口袋公园”多了 / 雨中坚守: a picture's title under a headline). A count
# under a verb waiting for it is its object, not a deck's figure (…新开 / 3条国际航线).
_SHORTEST_DECK = 10
_ENDS_A_SENTENCE = tuple("了啦吗呢！？!?。")


def _short(line: str) -> bool:
    return len(re.sub(r"\s", "", line)) < _SHORTEST_DECK


def _rest_of_the_line(line: str, under: str, over_deck: bool = False) -> bool:
    # As wide as the line over it, a line may be a deck as well (湘江两岸夜经济 / 灯火里的
    # 烟火气), unless that line ends on the verb waiting for it (东洞庭湖迎来 / 越冬候鸟高峰),
    # or the deck is printed under it (湘籍小将包揽女子 / 10米台前两名 / ——…): a count
    # opening the line is then the headline's.
    wider = display_width(under) - display_width(line)
    return _short(under) \
        and (wider < 0 or (wider == 0 and ends_on_verb(line))) \
        and (over_deck or not _reads_as_deck(under)
             or (under[:1].isdigit() and ends_on_verb(line))) \
        and not line.rstrip().endswith(_ENDS_A_SENTENCE)


def _measured(line: str) -> bool:
    """A figure alone (5932亿元) is what the line above it measures, however long that
    line (2025年全省进出口总值): the headline's first line, not a kicker."""
    return FIGURE_ALONE.match(line) is not None


def _subject_over_its_news(line: str, under: str) -> bool:
    """A subject of words alone, no verb and no figure, however long (新编湘剧《洞庭渔火》),
    over the line that says what it did (长沙首演): the headline's first line. (An event's
    name over a line with its own subject, 2025湖南省足球联赛第9轮 / 郴州队…逆转永州队, is a
    kicker; so is a date.)"""
    return not has_verb(line) and not any(char.isdigit() for char in line) \
        and _names_its_subject(line, under)


def _wraps_onto(line: str, under: str, over_deck: bool = False) -> bool:
    return goes_on(line, under) or _rest_of_the_line(line, under, over_deck)


def _reads_as_deck(line: str) -> bool:
    return bool(_DECK_LIKE.search(line))


def _paired_phrases(first: str, second: str) -> bool:
    """Two phrases set apart by a space ("湘江潮涌 制造向新") over one longer plain line:
    the paired phrases are the headline, the plain line its deck."""
    parts = first.split()
    return len(parts) == 2 and " " not in second and len(second) > len(first) \
        and not all(map(opens_on_verb, parts))  # two bids (开拓… 抢抓…) make a kicker
