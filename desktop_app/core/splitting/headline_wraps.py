"""A headline wrapped after its subject: 株洲低空经济产业园 / 首批企业入驻.

Text a PDF tool made of a page prints a headline set on two lines as two lines, and
nothing (no size, no indent) says whether the first is a kicker over the headline or the
headline's own first half. A kicker says something of its own: it has a verb
(抢占低空经济新赛道, 聚焦“4×4”现代化产业体系) or names a column (县域经济观察). A line
that is only a subject (a place, a thing, who: 张家界入境游客, 2026年湖南省青少年) and
ends on a noun says nothing yet: the line under it, with the verb, completes it. Words
and their parts of speech come from the analysis's own tagger (jieba with the shipped
place and organisation names), loaded on first use.
"""

from __future__ import annotations

import re

from desktop_app.core.splitting import headline_words as hw
from desktop_app.core.splitting.headline_words import has_verb
from desktop_app.core.splitting.sentence_ends import closes_what_was_open
from desktop_app.core.splitting.widths import display_width


def goes_on(line: str, under: str) -> bool:
    """Is ``under`` the rest of the headline ``line`` began: after its subject, in the
    middle of a word, or as the second half of a paired clause (让项目“落地生根” /
    更要“开花结果”: no headline, kicker or deck opens on 更要, 也要, 还要…)?"""
    return _SECOND_HALF.match(under) is not None or wraps_after_subject(line, under) \
        or broken_mid_word(line, under) or _figure_alone(line, under) \
        or closes_what_was_open(line, under) or _frame_for_its_clause(line, under) \
        or _question_of_its_subject(line, under) or left_unfinished(line, under) \
        or _causes_what(line, under) or _place_for_what_happens(line, under) \
        or _antithesis(line, under) or _quoted_subject(line, under)


def _quoted_subject(line: str, under: str) -> bool:
    """A quotation alone on its line, a few characters (“15分钟”, “小切口”), over the verb it
    waits for (吃上热乎饭): the headline's subject, quoted, and its predicate; after a
    place's label too (宁远：“稻油轮作” / 唤醒冬闲田)."""
    line = _PLACE_LABEL.sub("", line.strip())
    return _QUOTED.fullmatch(line) is not None and bool(rest := hw.tags_of(under)) \
        and hw.opens_on_predicate(rest)


_QUOTED = re.compile(r"“[^“”]{1,8}”")
_PLACE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]")


def _antithesis(line: str, under: str) -> bool:
    """Two phrases set against each other, one a line (台下娃娃 / 台上“角儿”): as long as
    each other, quotation marks aside, and opening on the same character."""
    line, under = _QUOTES.sub("", line.strip()), _QUOTES.sub("", under.strip())
    return 3 <= len(line) <= _ANTITHESIS_CHARS and len(line) == len(under) \
        and line[0] == under[0] and line[1] != under[1] \
        and _PHRASE.fullmatch(line) is not None and _PHRASE.fullmatch(under) is not None


_QUOTES = re.compile(r"[“”‘’\"']")
_PHRASE = re.compile(r"[\u4e00-\u9fff]+")
_ANTITHESIS_CHARS = 6


_SECOND_HALF = re.compile(
    r"^(?:更要|更需|更是|更在|也要|也需|也是|还要|还需|又要|才能|才是|就要|而且|并且)")


# A figure alone, as a headline's last words set on a line of their own: 5.5%, 3000项,
# 1.2万亿元, 38万户.
FIGURE_ALONE = re.compile(r"^[\d.,]+\s*(?:[万亿千百]{0,2}[\u4e00-\u9fff]{0,2}|%|％)$")


# A fronted adverbial of place or time: 在推动中部地区崛起中, 在新征程上.
_FRAME = re.compile(r"^在[^，,。；：:]{2,16}(?:中|上|下|里|内|时|前|后|间|之际)$")


def _frame_for_its_clause(line: str, under: str) -> bool:
    """``在…中`` over the clause it frames, which opens on its verb (在推动中部地区崛起中
    / 彰显湖南担当); over a subject (在希望的田野上 / 湘西州猕猴桃…) it is a kicker."""
    return _FRAME.match(line) is not None and bool(rest := hw.tags_of(under)) \
        and hw.opens_on_predicate(rest)


def _place_for_what_happens(line: str, under: str) -> bool:
    """A place said by its locative and nothing of it (南县稻虾田里, “城市矿山”里) over what
    happens there (“一田双收”, 淘出新动能): one headline. Over a subject of its own (春风里
    / 湘江两岸…) it sets the scene: a kicker."""
    words = hw.tags_of(line)
    rest = hw.tags_of(under)
    return len(words) > 1 and words[-1] in ("s", "f") and not hw.says(words) \
        and bool(rest) and not rest[0].startswith(hw.NAMES) \
        and (under.lstrip().startswith("“") or hw.opens_on_predicate(rest))


def _causes_what(line: str, under: str) -> bool:
    """让 and whom, and no more (让体育场馆 / 夜里也亮灯, 使老旧小区 / 焕发新生): the line
    waits for what they are made to do; a kicker of its own says it (让文化遗产活起来).
    The word 让, 使 or 令 alone (not 使用, 令人)."""
    line, under = line.strip(), under.strip()
    words = hw.worded(line)
    return len(words) > 1 and words[0][0] in ("让", "使", "令") \
        and not hw.says([f for _w, f in words[1:]]) \
        and 0 < len(under) < 10 and not under.startswith("—") \
        and not re.search(r"[，,；;。]", under)


def _question_of_its_subject(line: str, under: str) -> bool:
    """A line that only names (一度电的“余量”) over the question asked of it, opening on
    its verb (能卖多少钱？): one headline. A kicker says something of its own."""
    return under.rstrip().endswith(("？", "?")) and not has_verb(line) \
        and bool(rest := hw.tags_of(under)) and hw.opens_on_predicate(rest)


# Words no kicker or headline line ends on: a preposition or conjunction waiting for what
# it joins (从“重金属污染区” / 到“生态新城”), 的, a question word waiting for its verb
# (湾区企业为何 / 扎堆白沙洲), or a word that only sorts the noun it waits for (…推动民营 /
# 经济高质量发展: jieba's 区别词).
_OPEN_ENDS = ("p", "c", "uj", "b")
# A figure a wrap cut (…旅客1. / 6亿人次, 3比 / 1逆转…, 全省法院2025 / 年受理…): it goes on
# into its digits, its unit or its date; a score is whole (湖南女排3比2 / 险胜河北), and a
# count waits for what it counts (新开3条 / 国际航线).
_CUT_FIGURE = re.compile(r"(?:\d[.．]?|\d比)$")
_FIGURE_GOES_ON = tuple("0123456789.．%％万亿千百年月日元个家")
_SCORE = re.compile(r"\d比\d+$")
# The measure words a count takes before what it counts (3个, 首批, 两处).
_MEASURES = "个家条处项座台名位只批种所户辆架艘款列"
_COUNT = re.compile(rf"\d[万亿千百]?[{_MEASURES}]$")
_GOES_ON_MARKS = tuple("，,；;、")
# A count in words (首批, 两处, 多家): a number's word, then the measure of what it counts.
_COUNTED_IN_WORDS = re.compile(rf"[首一二两三四五六七八九十百千万多数几]+[{_MEASURES}]")
# And none opens on a particle or on marks that close or go on (的城市守护者, ，钱还能…).
_CLOSED_OPENINGS = tuple("的地得了着过们之，,、。：:；;？?！!”’）)》")


def left_unfinished(line: str, under: str) -> bool:
    """Does ``line`` stop where no line of a stack stops, or ``under`` open where none
    opens? Then it is one headline a narrow column wrapped."""
    line, under = line.rstrip(), under.lstrip()
    if not line or not under:
        return False
    if under.endswith(_GOES_ON_MARKS):
        return False  # a line of text, going on: no headline's last line
    if (under.startswith(_CLOSED_OPENINGS) and _opens_on_particle(under)) \
            or cuts_a_figure(line, under):
        return True
    if _SCORE.search(line):  # 湖南女排3比2 / 险胜河北: no headline stops on its score
        return _OPENS_ON_WORD.match(under) is not None and _LISTS.search(under) is None
    if _COUNT.search(line):  # 新开3条 / 国际航线, but 加装电梯800台 / 已开工612台
        rest = hw.tags_of(under)
        return under.startswith("“") or (bool(rest) and rest[0].startswith(hw.NOUN))
    words = hw.worded(line)
    if not words:
        return False
    if words[-1][1] == "m" and _COUNTED_IN_WORDS.fullmatch(words[-1][0]) \
            and line.endswith(words[-1][0]) and len(words) > 1:
        # A count in words waiting for what it counts (湘江新区开通首批 / 城市低空物流航线).
        rest = hw.tags_of(under)
        return bool(rest) and rest[0].startswith(hw.NOUN)
    if line.endswith(words[-1][0]) and (
            words[-1][1] in _OPEN_ENDS or _ASKS.fullmatch(words[-1][0])) \
            and (words[-1][1] != "b" or _sorts_a_noun(under)):
        return True
    return _object_of_its_verb(line, words[-1], under)


def _opens_on_particle(under: str) -> bool:
    """Is ``under``'s first character a particle or a mark, or its first word one no line
    opens on (之前, 过半), not a word that may open one (地铁, 得到, 过去, 之江)?"""
    if not under[0].isalnum():
        return True
    words = hw.words(under)
    return bool(words) and (words[0][0] == under[0] or words[0][0] in _NO_OPENING_WORDS)


_NO_OPENING_WORDS = frozenset(("之前", "之后", "之中", "之间", "之下", "之上", "之外", "之际",
                               "过半", "过万", "过亿"))


def _sorts_a_noun(under: str) -> bool:
    """Does ``under`` open on a common noun a 区别词 may sort (民营 / 经济…)? Not on a place
    (jieba tags some places' names 区别词 too: 郴州资兴 / 东江湖畔…)."""
    rest = hw.tags_of(under)
    return bool(rest) and rest[0] in ("n", "vn", "nz")


def cuts_a_figure(line: str, under: str) -> bool:
    """Does ``line`` stop inside a figure that ``under`` goes on with (…突破400 / 万亩,
    …游客41 / 83万人次)? Then ``under`` is no name, whatever surname it opens on (万)."""
    return _CUT_FIGURE.search(line.rstrip()) is not None \
        and under.lstrip().startswith(_FIGURE_GOES_ON)


def _object_of_its_verb(line: str, last: tuple[str, str], under: str) -> bool:
    """A line ending on its verb over a shorter line naming only what it acts on (湘江长沙
    段开展 / 春季禁渔巡查, 湖南博物院推出 / 马年生肖特展), counted too (小辣条“辣”出 /
    百亿大产业), or a wider one too short for a headline of its own (崀山迎来 / 春季旅游
    旺季): the object, wrapped. A wider line under a verb, saying something of its own, is
    a headline under its kicker (十五运会落幕 / 湖南健儿载誉归来)."""
    rest = hw.tags_of(under)
    # Names under a headline sign it (周月;刘颖: a list, no object); a place opens a
    # headline's subject under its kicker (开年入境游持续升温 / 张家界入境游客…); a mark
    # in brackets holds a picture.
    return (display_width(under) <= display_width(line) or len(under.strip()) <= _OBJECT_CHARS) \
        and last[1].startswith(hw.VERB) \
        and last[1] != hw.VERBAL_NOUN and bool(rest) and rest[0] not in ("nr", "ns") \
        and (rest[0].startswith(hw.NOUN) or rest[0] in ("t", "s")
             or (rest[0] == "m" and any(t.startswith(hw.NOUN) for t in rest[1:]))) \
        and _OPENS_ON_WORD.match(under) is not None and _LISTS.search(under) is None \
        and not hw.says(rest)


_OPENS_ON_WORD = re.compile(r"[\u4e00-\u9fff“]")
_OBJECT_CHARS = 8
_LISTS = re.compile(r"[;；/、 \u3000]")


def _figure_alone(line: str, under: str) -> bool:
    """A figure alone under a line (全省地区生产总值增长 / 5.5%, 全省再生稻种植面积突破 /
    400万亩, 春节假期全省接待游客 / 4183万人次): what the line measures; no kicker, headline
    or deck is a figure alone."""
    return FIGURE_ALONE.match(under) is not None and bool(hw.tags_of(line)) \
        and not line.rstrip().endswith(("。", "：", ":", "！", "？"))


_ASKS = re.compile(r"^(?:为何|为什么|如何|怎样|怎么|缘何|何以|凭什么|靠什么|何时|何处|能否|是否)")


def wraps_after_subject(line: str, under: str) -> bool:
    """Is ``line`` a headline's subject, wrapped, and ``under`` the rest of it?

    A place before a colon (衡阳：“铜”心协力延链强链) makes a whole headline; so does a line
    narrower than the one under it (a wrapped line is the fuller one), unless the line
    under opens on the verb the subject waits for."""
    if "：" in line or ":" in line:
        return False
    words, rest = hw.tags_of(line), hw.tags_of(under)
    if not words or not rest:
        return False
    # A Latin word closing the line is a name or an abbreviation (GDP, AI, CPI): a noun.
    # So is a measure word no count goes with: what jieba cuts off a compound (充电|桩).
    ends_on_noun = words[-1].startswith(hw.NOUN) or words[-1] in (hw.VERBAL_NOUN, hw.LATIN) \
        or (words[-1] == "q" and words[-2:-1] != ["m"]) \
        or (words[-1] == "l" and _THING.search(line.rstrip()) is not None)
    if not ends_on_noun:
        return False
    if _ASKS.match(under):
        # The subject's question (小微企业首贷 / 为何越来越“快”？, 小区充电桩 / 何时不再…):
        # a line opening on its question word has no subject of its own.
        return True
    if hw.says(words) and not (_THING.search(line.rstrip()) and _topic(words)):
        # 平江抽水蓄能电站, 株洲造电力机车: a thing of a place, its verbs part of its name
        return False
    if display_width(line) < display_width(under) - 1:
        # A narrower line names a kicker's subject too (衡阳常宁 / 油茶林里的“致富经”);
        # only a predicate opening the line under it (湘西州猕猴桃 / 首次直航出口东南亚)
        # says the subject waited for it.
        return hw.opens_on_predicate(rest) or hw.opens_on_disposal(under) \
            or (_topic(words) and _clause(under, rest))
    return any(tag.startswith(hw.VERB) for tag in rest)


# jieba tags some things' names as set phrases (打火机, 无人机: "l"); what a thing's name
# ends on tells them from the phrases that say something (与此同时, 不折不扣).
_THING = re.compile(r"[机器车船站厂馆园仪表箱柜灯]$")


def _topic(tags: list[str]) -> bool:
    """A thing of a place (芦淞服饰市场, 株洲综保区, 城头山遗址): a topic, and a clause with
    its own verb under it says what of it (春装订单同比增两成), counted or dated too (第十届
    四川省少数民族 / 传统体育运动会在西昌开幕). A name alone (湖南省教育厅, a site's) or names
    only (衡阳常宁) is no topic: it may sign or set the scene."""
    while len(tags) > 2 and tags[0] in ("m", "t"):
        tags = tags[1:]
    return len(tags) > 1 and tags[0].startswith(hw.NAMES) and not tags[-1].startswith(hw.NAMES)


def _clause(line: str, tags: list[str]) -> bool:
    """A clause with a verb, wanting a topic: not one with its own before a colon
    (首台套重大技术装备保险补偿：我省今年首批支持23家企业, a whole headline), nor a deck
    naming the report it heads (资兴市推进流域综合治理见闻), nor a sentence of the text or a
    caption under a photo's title (9月14日，新宁县丹霞地貌景区，群峰…), nor one opening on
    a place or a name of its own (新宁秋色 / 怀化国际陆港中老班列开行突破千列: a photo's
    title over another piece's headline)."""
    return len(line) <= _CLAUSE_CHARS and not re.search(r"[：:，,。]", line) \
        and not tags[0].startswith(hw.NAMES) and _GENRE.search(line) is None \
        and any(t.startswith(hw.VERB) for t in tags)


_CLAUSE_CHARS = 20  # a headline's line; the text's lines run longer


# What a deck calls the report under it: …见闻, …纪实, …侧记.
_GENRE = re.compile(r"(?:见闻|纪实|侧记|综述|调查|速写|巡礼|记事|素描|扫描|观察)$")


def broken_mid_word(line: str, under: str) -> bool:
    """Does a word run on from ``line`` into ``under`` (安化黑茶综合产 / 值突破300亿元,
    湘赣边冬季消 / 费季启动)? A kicker and a deck end and start on whole words; only a wrap
    cuts one. What the word takes of ``under`` must be no word of its own: read together,
    "制造向新 / 湖南持续…" runs into 新湖南 (an app's name), but 湖南 stands alone. And the
    word must be one of the dictionary's (…向新动能足 / 前两月… runs into 足前, only the
    segmenter's guess), and no name (岳阳…创新高 / 通江达海 runs into 高通, a firm) unless
    ``under`` read alone opens on an orphaned character too."""
    from desktop_app.core.extraction.dictionaries import word_count

    if not line or not under or not line[-1].isalnum() or not under[0].isalnum():
        return False
    start = 0
    for word, tag in hw.words(line + under):
        end = start + len(word)
        if end >= len(line):
            if end == len(line):
                return False
            taken = under[:end - len(line)]
            if len(taken) > 1 and word_count(taken) and (
                    word_count(word) < _COMMON or len(hw.words(line)[-1][0]) > 1):
                return False
            return word_count(word) > 0 and (
                len(hw.words(under)[0][0]) == 1 or not tag.startswith(hw.NAMES))
        start = end
    return False


# A word this common in jieba's dictionary (进出口) is what a line ending on its first
# character (…外贸进 / 出口…) was cut from, though what it leaves under is a word too.
_COMMON = 500
