"""What the words printed around a name say about where it ends and what it is
(docs/quality.md, "Ninth round", kinds 1–8, and "Tenth round", kinds 9–11 and the zones of
kind 4), each a kind of error seen on the blind dev sets:

1. **A verb of meeting is no part of a body's name**: 在巴西利亚会见国家开发银行 read as
   one body is a place, the verb, and the body; the place is kept when it is one.
2. **A post that repeats a body's last character ends the body there**: 县农业农村局局长,
   司法所所长, 执法总队队长 (the body is 县农业农村局, …司法所, …执法总队).
3. **A bloc's count of members is no part of it**: 东盟10国 is 东盟; nor is the count of a
   meeting's sessions before it: 第六届东盟|首脑会议 is the sixth summit of 东盟.
4. **A name's last character says its kind**: a place read as ending in 队, 局, 厅 …
   is a body (西藏登山队); a person read as ending in 村 or 县 is a place (关川村 of
   关川村村医; not 乡 or 镇: 记者王思乡). So does a zone's last word: a development
   zone, a new area, a bonded or pilot zone, a park is a body, as the conventions say
   (苏州工业园区, 重庆两江新区, 平潭综合实验区; not 海南自由贸易港, not an 经济特区,
   which are places).
5. **时 before a verb of saying is the clause's "when"**: 赵欢时表示 (when meeting Zhao
   Huan, he said) names 赵欢.
6. **A transliterated given name before a hyphen opens the person**: 让-皮埃尔·拉法兰.
7. **A department runs on from its place or its body**: 西安市|文化和旅游局, 秘鲁|外贸和旅游部,
   国家卫生健康委|基层卫生健康司, 中国科学院|脑科学与智能技术卓越创新中心: jieba's words
   after the name, with at most one 和, 及 or 与 and no verb of meeting (jieba reads 会见
   as a noun) among them, up to a word that closes a
   department (局, 厅, 部, 司, 委员会, 办公室; 中心 only after a body), or one word jieba
   knows as a body's (智利|农业部).
8. **A person is named after a post and before what they say**: 副市长仝卫东说 (a rare
   surname, read as no name). A post of the shipped titles only, and a surname and a given
   name or three characters: jieba's dictionary tags everyday words that open on a
   surname as names (齐声, 康复, 陈述, and 田野, which is a name here and there).
9. **A place printed right before a body is part of it** (the conventions: 湖南山河智能,
   浙江吉利汽车): 韩国|三星电子 read as a place and a body is one body.
10. **华 after a verb of going or staying is China** (来华, 访华, 驻华, 在华, 赴华): the
   one-character name, where no word of jieba's opens on it (华为, 华人, 华东 are words
   of their own).
11. **A brand before a kind of product names the product** (长虹彩电, 海尔冰箱, 小米手机:
   no body is meant; the conventions leave products and brands used as products
   unmarked).

Each is a shape (a word, a character, a repeat), not a list of names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from desktop_app.core.extraction.candidate_sets import Taken
from desktop_app.core.extraction.edge_levers import body_cut_before, split_bodies
from desktop_app.core.extraction.entity_rules import CJK_RUN, Candidate, occurrences
from desktop_app.core.extraction.name_levers import BLOCS
from desktop_app.core.extraction.retype_levers import HYPHENS

_MEETING = re.compile(r"会见|会晤|接见|出席|考察|视察|走访")
_MET = re.compile(r"会见|会晤|接见|出席|考察|视察|走访|访问|见到|会谈")
# A post that is a body's last character and 长 (局长, 所长, 队长, 站长) belongs to the
# body named just before it.
_REPEATED_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?([局所厅部院队处科站社校会行组委办团])\1长")
# The last character of a body that no place ends in (not 部 of 北部, 站 of 火车站, 科 of
# 莫斯科).
_BODY_LAST = "局所厅院队处会委办团"
# What breaks a name between a body and a post: a clause (的, 在, a comma), a word of
# "each", "some" or "under" (县公安局各派出所所长, 某支行, 下属, 所属), a second post (兼).
_NOT_IN_BODY = re.compile(r"[的在和与及是为对把被从向将了各某兼副、，。；：！？\s]|下属|所属")
_MEMBER_COUNT = re.compile(r"(?:[0-9０-９]+|[一二三四五六七八九十]+)国$")
_SESSION = re.compile(r"第(?:[0-9０-９]+|[一二三四五六七八九十百]+)届")
# Given names end in 乡 or 镇 often enough (王思乡); in 村 or 县 hardly ever.
_PLACE_LAST = "村县"
_ZONE = re.compile(r"(?:新区|开发区|经开区|高新区|保税区|加工区|园区|工业园|产业园|科技园|实验区"
                   r"|合作区|示范区|贸易区|自贸区|试验区)$")
_WHEN_SAYING = re.compile(r"时(?:表示|说|指出|强调|介绍|称)")


def without_meeting_verbs(text: str, chosen: list[Candidate],
                          known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each body holding a verb of meeting after a known place cut into the
    place and the body after the verb (kind 1)."""
    def meeting(cand: Candidate) -> tuple[str, int, int] | None:
        verb = _MEETING.search(text, cand.start + 2, cand.end - 2)
        if verb and known_place(cand.start, verb.start()):
            return "LOC", verb.start(), verb.end()
        return None
    return split_bodies(chosen, meeting)


def with_repeated_heads(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each body that stops short of a post repeating its last character
    run on to that character (kind 2), when only the words of a name are in between."""
    out = []
    for k, cand in enumerate(chosen):
        if cand.type == "ORG":
            head = _REPEATED_HEAD.match(text, cand.end)
            following = chosen[k + 1].start if k + 1 < len(chosen) else len(text)
            if head and head.end(1) <= following \
                    and not _NOT_IN_BODY.search(text, cand.end, head.end(1)):
                cand = Candidate(cand.start, head.end(1), "ORG", cand.strength)
        out.append(cand)
    return out


def without_member_counts(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a body's trailing count of member countries cut, and a bloc's
    leading count of sessions (kind 3)."""
    out = []
    for cand in chosen:
        session = _SESSION.match(text, cand.start, cand.end) if cand.type == "ORG" else None
        if session and text[session.end():cand.end] in BLOCS:
            cand = Candidate(session.end(), cand.end, "ORG", cand.strength)
        out.append(body_cut_before(text, cand, _MEMBER_COUNT, 2))
    return out


def typed_by_last_character(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with places of three characters or more ending in a body's last
    character or a zone's word as bodies, and persons ending in a village's or a county's
    as places (kind 4)."""
    out = []
    for cand in chosen:
        last = text[cand.end - 1]
        if cand.end - cand.start >= 3:
            # A bare zone word too (合作区): a place joined before it makes the body.
            if cand.type == "LOC" and (last in _BODY_LAST
                                       or _ZONE.search(text, cand.start, cand.end)):
                cand = Candidate(cand.start, cand.end, "ORG", cand.strength)
            elif cand.type == "PER" and last in _PLACE_LAST:
                cand = Candidate(cand.start, cand.end, "LOC", cand.strength)
        out.append(cand)
    return out


def without_when(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a person of three characters cut before its last, 时, when a verb
    of saying follows and a verb of meeting opens the clause (kind 5: 在会见…赵欢时表示;
    not 王守时表示, a name)."""
    def when(c: Candidate) -> bool:
        if c.type != "PER" or c.end - c.start != 3 or not _WHEN_SAYING.match(text, c.end - 1):
            return False
        clause = max(text.rfind(mark, 0, c.start) for mark in "，。；！？\n")
        return _MET.search(text, clause + 1, c.start) is not None
    return [Candidate(c.start, c.end - 1, "PER", c.strength) if when(c) else c
            for c in chosen]


def with_given_names(text: str, chosen: list[Candidate],
                     words: list[tuple[int, int, str]]) -> list[Candidate]:
    """``chosen`` with a transliterated person (a middle dot in it) grown back over the
    word of jieba's and the hyphen printed right before it (kind 6), where no name is
    there."""
    word_at_end = {end: start for start, end, _flag in words}
    out = []
    previous_end = 0
    for cand in sorted(chosen, key=lambda c: c.start):
        hyphen = cand.start - 1
        if cand.type == "PER" and hyphen > previous_end and text[hyphen] in HYPHENS \
                and "·" in text[cand.start:cand.end]:
            start = word_at_end.get(hyphen, hyphen)
            if previous_end <= start < hyphen and hyphen - start <= 3 \
                    and CJK_RUN.fullmatch(text, start, hyphen):
                cand = Candidate(start, cand.end, "PER", cand.strength)
        out.append(cand)
        previous_end = cand.end
    return out


# A department's closing word: the character alone (厅, 司), or a word ending in it
# (旅游局, 委员会办公室); 中心 only runs on from a body (a place's …服务中心 is a kind).
_DEPARTMENT_END = re.compile(r"(?:局|厅|部|司|委|委员会|办公室)$")
_CENTRE_END = re.compile(r"中心$")
# Everyday words that end like a department (格局 "pattern", 干部 "cadre", 北部 "north").
_NOT_DEPARTMENTS = (
    "格局", "布局", "大局", "当局", "结局", "开局", "骗局", "邮局", "变局",
    "时局", "政局", "战局", "全局", "干部", "全部", "局部", "内部", "外部",
    "北部", "南部", "东部", "西部", "中部", "总部", "俱乐部", "本部", "支部",
    "一部", "这部", "上司", "公司", "官司", "僵局", "困局", "乱局", "危局", "棋局",
    "残局", "赌局", "饭局", "平局", "胜局", "败局", "终局", "新局", "书局", "剧局",
)
# Rooms and halls (餐厅, 大厅, 音乐厅) end in 厅 as departments do (教育厅).
_HALL = re.compile(r"[餐大客展舞歌饭门前乐茶车播议宴影礼厨堂]厅$")
# Tags of jieba's that no department's name holds: verbs, pronouns, numbers, measure
# words, particles, places in space and time, adverbs, prepositions, titles, idioms,
# places (会同 of 省纪委会同市纪委 is a county's name), punctuation
# (a verb's noun, 旅游 of 文化和旅游厅, is a department's word).
_NOT_NAME_TAGS = ("v", "r", "m", "q", "u", "f", "t", "d", "p", "x", "c", "y", "e", "o", "i",
                  "z", "ns")
_JOINS = frozenset("和及与")
# A level opens a second body (省纪委会同市纪委), not a department of the first; 市场 of
# 市场监管局 is a word of its own.
_LEVELS = frozenset("省市县区州镇乡村")
_RUN_WORDS = 7
_RUN_CHARACTERS = 14


def departments(text: str, chosen: list[Candidate], words: list[tuple[int, int, str]]
                ) -> list[Candidate]:
    """``chosen`` (sorted by start) with each place or body grown over the department named
    right after it (kind 7), and the bodies of the department's words it swallows."""
    word_at = {start: (end, flag) for start, end, flag in words}
    out: list[Candidate] = []
    k = 0
    while k < len(chosen):
        cand = chosen[k]
        end = _department_end(text, cand, word_at) if cand.type in ("LOC", "ORG") else None
        inside = k + 1
        while end is not None and inside < len(chosen) and chosen[inside].start < end:
            if chosen[inside].type != "ORG" or chosen[inside].end > end:
                end = None  # a person, a place or a longer body in the way
            inside += 1
        if end is None:
            out.append(cand)
            k += 1
        else:
            out.append(Candidate(cand.start, end, "ORG", cand.strength))
            k = inside
    return out


def _department_end(text: str, cand: Candidate,
                    word_at: dict[int, tuple[int, str]]) -> int | None:
    pos, joins = cand.end, 0
    for count in range(_RUN_WORDS):
        if pos not in word_at:
            return None
        end, flag = word_at[pos]
        word = text[pos:end]
        if end - cand.end > _RUN_CHARACTERS:
            return None
        if word in _JOINS:
            joins += 1
            if count == 0 or joins > 1:
                return None
        elif (_DEPARTMENT_END.search(word) or (cand.type == "ORG"
                                                and _CENTRE_END.search(word))) \
                and not word.endswith(_NOT_DEPARTMENTS) and not _HALL.search(word) \
                and (count > 0 or (len(word) >= 3 and flag == "nt")):
            return end
        elif (flag.startswith(_NOT_NAME_TAGS) and flag != "vn") or not CJK_RUN.fullmatch(word) \
                or _MEETING.fullmatch(word) \
                or word in _LEVELS or (count == 0 and word[0] in _LEVELS
                                       and not word.startswith("市场")):
            return None
        pos = end
    return None


# What follows a person's name: a verb of saying, a comma, the year.
_SAYING = re.compile(r"说|表示|介绍|告诉|认为|坦言|回忆|笑着")
_AFTER_NAME = re.compile(_SAYING.pattern + r"|，|今年|去年")


class _Speakers:
    """Which words of ``text`` come twice or more and are followed by a verb of saying
    once at least (研究员田野，…田野说): named after a post and speaking, such a word is a
    person, whatever else it means (a field, a peak); once only, it may be a post of its
    own (总经理顾问表示: the general manager's adviser). Built in one pass over the verbs
    of saying, the counts of the words before them in one more: linear on a long line
    of names."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.named: dict[str, bool] = {}

    @functools.cached_property
    def said(self) -> list[int]:
        """Where the verbs of saying start (read when first asked: most texts never are)."""
        return [m.start() for m in _SAYING.finditer(self.text)]

    @functools.cached_property
    def before(self) -> set[str]:
        return {self.text[max(0, p - n):p] for p in self.said for n in (2, 3, 4)}

    @functools.cached_property
    def counts(self) -> Counter[str]:
        """How often each word before a verb of saying comes in the text."""
        text, before = self.text, self.before
        return Counter(text[k:k + n] for n in (2, 3, 4) for k in range(len(text) - n + 1)
                       if text[k:k + n] in before)

    def again(self, word: str) -> bool:
        return word in self.before and self.counts[word] >= 2

    def said_at(self, words: set[str]) -> Iterator[tuple[int, int]]:
        """Where one of ``words`` is followed by a verb of saying: (start, end)."""
        for p in self.said:
            for n in (2, 3, 4):
                if self.text[max(0, p - n):p] in words:
                    yield p - n, p


def named_and_speaking(text: str, word: str, titles: frozenset[str],
                       speakers: _Speakers | None = None) -> bool:
    """``word`` is named right after a post of ``titles`` somewhere in ``text`` and speaks
    again (种粮大户高峰…高峰说): a name then, even where the shipped list says the word is
    none (高峰, "a peak", in 学术高峰)."""
    talk = speakers or _Speakers(text)
    if word not in talk.named:
        longest = max(map(len, titles), default=0)
        talk.named[word] = talk.again(word) and any(
            text[max(0, at - n):at] in titles
            for at in occurrences(text, word) for n in range(2, longest + 1))
    return talk.named[word]


def speakers(text: str) -> _Speakers:
    """The text's speakers, for :func:`named_and_speaking` over many words."""
    return _Speakers(text)


def persons_after_roles(text: str, chosen: list[Candidate],
                        words: list[tuple[int, int, str]], surnames: frozenset[str],
                        titles: frozenset[str],
                        in_dictionary: Callable[[str], bool] = lambda _word: True
                        ) -> list[Candidate]:
    """Persons of two or three characters named after a post of the shipped titles, opening
    with a surname, read by jieba as a person's words and followed by what follows a name (kind
    8), where no name is: to fill gaps."""
    taken = Taken(chosen)
    found = []
    talk = _Speakers(text)
    for k, (start, end, _flag) in enumerate(words):
        role = text[start:end]
        if end >= len(text) or text[end] not in surnames or role not in titles:
            continue
        # jieba's person words right after the role (仝|卫东, 田野): two or three
        # characters of them, then what follows a name.
        for pieces, (_start, name_end, name_flag) in enumerate(words[k + 1:k + 4], 1):
            guessed = pieces == 1 and not in_dictionary(text[end:name_end]) \
                and not name_flag.startswith("v") and _SAYING.match(text, name_end) is not None
            if not (name_flag.startswith("nr") or guessed) or name_end - end > 3:
                break
            # One word of two characters is too often an everyday word jieba's dictionary
            # tags as a name (顾问, 康复, 陈述): a surname and a given name (仝|卫东),
            # three characters, or two that jieba's dictionary does not hold (武军, cut
            # by the model or jieba's guesser) before a verb of saying, unless the model
            # read a verb (县委书记|任上).
            if (pieces > 1 or name_end - end == 3 or guessed
                    or (pieces == 1 and name_flag.startswith("nr")
                        and talk.again(text[end:name_end]))) \
                    and _AFTER_NAME.match(text, name_end) \
                    and CJK_RUN.fullmatch(text, end, name_end) \
                    and taken.free(end, name_end):
                found.append(Candidate(end, name_end, "PER", 2))
                break
    # …and where the person named after the post speaks again (田野说).
    starts = {c.start for c in found}
    for start, end in talk.said_at({text[c.start:c.end] for c in found}) if found else ():
        if taken.free(start, end) and start not in starts:
            starts.add(start)
            found.append(Candidate(start, end, "PER", 2))
    return found


_NATIONAL = ("第", "全国", "国家", "中国", "中华")


def places_before_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` (sorted by start) with each place that ends where a body starts joined
    to it as one body (kind 9); not a bloc (中国|东盟: two parties) nor a national body
    or a session (香港特别行政区|第九届全国人民代表大会: the place's deputies)."""
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if last is not None and last.type == "LOC" and cand.type == "ORG" \
                and last.end == cand.start and text[cand.start:cand.end] not in BLOCS \
                and not text.startswith(_NATIONAL, cand.start):
            out[-1] = Candidate(last.start, cand.end, "ORG", max(last.strength, cand.strength))
        else:
            out.append(cand)
    return out


_TO_CHINA = re.compile(r"(?<=[来访赴驻在旅抵离])华|(?<=[访赴驻抵])[美日韩俄英法德朝越泰]")


def china_after_travel(text: str, words: list[tuple[int, int, str]]) -> list[Candidate]:
    """华 after a verb of going or staying (kind 10), and a country's one character after
    a verb of visiting (赴韩, 访美, 驻日; twelfth round), where no longer word of jieba's
    opens on it (赴美国, 访日本 are the country's full name): to fill gaps."""
    found = list(_TO_CHINA.finditer(text))
    if not found:  # most texts: no need to read jieba's words
        return []
    longer = {start for start, end, _flag in words if end - start > 1}
    return [Candidate(m.start(), m.end(), "LOC", 1) for m in found if m.start() not in longer]


_PRODUCT = ("彩电", "冰箱", "洗衣机", "空调", "电视机", "手机", "笔记本电脑", "平板电脑")


def without_branded_products(text: str, chosen: list[Candidate],
                             body_shaped: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` less the bare brands (three characters or fewer, no body's ending:
    not 中国移动, 海尔集团, 工信部) a word for a kind of product follows (kind 11);
    ``body_shaped``: whether a name ends like a body."""
    return [c for c in chosen if not (
        c.type == "ORG" and c.end - c.start <= 3 and text.startswith(_PRODUCT, c.end)
        and not body_shaped(text[c.start:c.end]))]
