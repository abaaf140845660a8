"""Where a name starts and ends: words printed against a name that are no part of it
(docs/quality.md, "Eighth round"), each a kind of error seen on the second blind set:

1. **A region's 地区, a lake's or a river's 畔 or 沿岸, a mountain's 北麓 or 北坡, a
   country's 籍** (沿岸, a railway's 沿线: twelfth round; a slope, 珠穆朗玛峰|北坡, a
   country's capital, 文莱|首都, and a count after a place, 香港|一家投资公司: thirteenth):
   东南亚地区 is 东南亚 (MSRA marks it so), 伊塞克湖畔 is 伊塞克湖, 秦岭北麓 is 秦岭,
   巴拿马籍 is 巴拿马. A prefecture keeps its 地区: 喀什地区 is the division's name.
2. **A body nobody named**: 某电子科技公司, 某县交通运输局 (某, "a certain").
3. **Two bodies acting together**: 重庆市生态环境局联合市公安局 is two bodies.
4. **A group's 控股 before 的**: 中国远洋海运集团控股的港口 (controlled by the group).
5. **A post held with another** (eleventh round): 广东省音像出版社社长兼彩翎音像制作有限
   公司 is two bodies; the post and 兼 ("concurrently") between them belong to neither.
6. **What a firm is, said before its name** (twelfth round): 医疗器械企业深圳迈瑞思科技有限
   公司, 全资子公司华鼎锂膜（宜宾）有限公司, 被告湖南鼎力新能源有限公司: the rules ran the
   body back over everyday words ending in a kind of firm or a party to a case; where the
   model read the name from a later start, the body starts there.
7. **The people of a body are no part of its name** (twelfth round): 湘潭市一中学生组成的
   足球队 (the model read 湘潭市一中学生): a body's name does not end in its students,
   staff or players; cut off when three characters or more are left.
8. **A landmark's name before a division's character names the division** (twelfth
   round): 花明楼镇, 天门山镇, 南岳区 (花明楼 and 天门山 are landmarks of the curated
   places): the place runs on over 镇, 乡, 区, 县, 市 or 村 when jieba reads that character
   alone or as the start of a post (镇党委书记), not into a word (中国|市场).
9. **A city's 总部 is the city** (thirteenth round): 在巴黎总部举行, 纽约总部 (the
   headquarters in that city, whoever's they are): a body that is a known place and 总部
   is that place.

Each is a shape (a word, a character), not a list of names; the prefectures
are the divisions that still carry 地区 in their names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.everyday_words import common_words
from desktop_app.core.extraction.place_levers import DIVISION_CHARS, longest_place_end
from desktop_app.core.extraction.place_pairs import LINKS

# Prefecture-level divisions named 地区 (Xinjiang, Tibet, Heilongjiang): their 地区 is
# part of the name, as 市 or 州 is of others.
# Older pages name the ones that have since become cities so too (那曲地区, 日喀则地区).
_PREFECTURES = frozenset(("阿克苏", "喀什", "和田", "塔城", "阿勒泰", "阿里", "大兴安岭",
                          "那曲", "日喀则", "昌都", "林芝", "山南", "吐鲁番", "哈密"))
# Tails after a place: a region's 地区, the shore or foot of a lake, river or mountain, a
# nationality, a capital, a count, its urban area, a line's section in it (林芝段), a line
# named for it (万隆高速: the words that join two places in place_pairs).
_PLACE_TAIL = re.compile(r"(?:地区|畔|[东西南北]麓|[东西南北]坡|山麓|籍|沿岸|沿线"
                         r"|首都|首府|一家|一所|城区|段|高速公路|" + "|".join(LINKS) + r")$")
_JOINT = re.compile(r"(?<=[局院委厅部办所处署])联合")
_JOINT_LEVELS = frozenset("省市区县州")
_HOLDING = "控股"
# A complete body before 控股 (…集团控股的): the verb; a brand before it is a name
# (碧桂园控股, 联想控股).
_GROUPS = ("集团", "公司")


def without_place_tails(text: str, chosen: list[Candidate],
                        known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each place cut before a tail (kind 1) when at least two characters
    are left; a lake's or a river's 畔 after its name alone (洞庭|湖畔, 汨罗|江畔) gives
    the lake or the river back."""
    out = []
    for cand in chosen:
        if cand.type == "LOC":
            tail = _PLACE_TAIL.search(text, max(cand.start, cand.end - 2), cand.end)
            if tail and tail.start() - cand.start >= 2 and not (
                    tail.group() == "地区" and text[cand.start:tail.start()] in _PREFECTURES):
                cand = Candidate(cand.start, tail.start(), "LOC", cand.strength)
            elif text.startswith(("湖畔", "江畔", "河畔"), cand.end) \
                    and known_place(cand.start, cand.end + 1):
                cand = Candidate(cand.start, cand.end + 1, "LOC", cand.strength)
        out.append(cand)
    return out


def without_unnamed_bodies(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the bodies 某 leaves unnamed (kind 2): right after it, or after 某
    and a level (某县, 某市)."""
    person_ends = {c.end for c in chosen if c.type == "PER"}

    def unnamed(cand: Candidate) -> bool:
        before = text[max(0, cand.start - 2):cand.start]
        if cand.type != "ORG":
            return False
        if text[cand.start] == "某":
            return True
        # Not the 某 of a person left unnamed the same way (被告人王某|中国建设银行账户).
        return (before.endswith("某") and cand.start not in person_ends) or (
            len(before) == 2 and before[0] == "某" and before[1] in "省市县区镇乡村"
            and cand.start - 1 not in person_ends)
    return [c for c in chosen if not unnamed(c)]


# A unit a body leaves unnamed after it: 南部战区海军|某部, 某旅, 某分队 (military news).
_UNNAMED_UNIT = re.compile(r"某(?:部|旅|团|师|营|连|集团军|分队|中队|大队|支队|基地|单位)$")


def without_unnamed_units(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each body that ends in a unit 某 leaves unnamed cut before it
    (南部战区海军某部 → 南部战区海军): after the departments' lever, which reads 部 as a
    department's last word."""
    out = []
    for cand in chosen:
        unit = _UNNAMED_UNIT.search(text, cand.start, cand.end) if cand.type == "ORG" else None
        if unit is not None and unit.start() - cand.start >= 2:
            cand = Candidate(cand.start, unit.start(), "ORG", cand.strength)
        out.append(cand)
    return out


def split_joint_bodies(text: str, chosen: list[Candidate],
                       is_body: Callable[[str], bool] = lambda _name: False
                       ) -> list[Candidate]:
    """``chosen`` with a body, 联合 and a second body cut into the two bodies (kind 3): a
    second body that opens on a level (省, 市 …), or any whole body of five characters or
    more (…人民检察院联合三江源国家公园管理局; fourteenth round): not 联合国, nor a body
    named 联合 and a kind (中央军委联合参谋部)."""
    def joint(cand: Candidate) -> tuple[str, int, int] | None:
        found = _JOINT.search(text, cand.start, cand.end)
        if found and found.start() - cand.start >= 2 and cand.end - found.end() >= 2 and (
                text[found.end()] in _JOINT_LEVELS or (
                    cand.end - found.end() >= 5 and text[found.end()] != "国"
                    and is_body(text[found.end():cand.end]))):
            return "ORG", found.start(), found.end()
        return None
    return split_bodies(chosen, joint)


def split_held_posts(text: str, chosen: list[Candidate], titles: frozenset[str],
                     is_body: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with a body, a post of the shipped titles, 兼 and a second body cut into
    the two bodies (kind 5); both parts must be shaped like bodies (not 湖南省|农民兼|业合作
    社联合会: 兼业 is a word, and 湖南省 no body)."""
    def held(cand: Candidate) -> tuple[str, int, int] | None:
        both = text.find("兼", cand.start + 3, cand.end - 2)
        if both < 0 or not is_body(text[both + 1:cand.end]):
            return None
        for size in range(min(5, both - cand.start - 2), 1, -1):
            if text[both - size:both] in titles and is_body(text[cand.start:both - size]):
                return "ORG", both - size, both + 1
        return None
    return split_bodies(chosen, held)


def split_bodies(chosen: list[Candidate],
                 cut: Callable[[Candidate], tuple[str, int, int] | None]
                 ) -> list[Candidate]:
    """``chosen`` with each body that ``cut`` finds a word inside of cut there in two:
    ``cut`` gives the first part's type and where the word starts and ends; the part
    after it is a body."""
    out = []
    for cand in chosen:
        found = cut(cand) if cand.type == "ORG" else None
        if found is None:
            out.append(cand)
            continue
        kind, start, end = found
        out.append(Candidate(cand.start, start, kind, cand.strength))
        out.append(Candidate(end, cand.end, "ORG", cand.strength))
    return out


def without_holding_verbs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with 控股 cut off a body's name when 的 follows it and a group or a
    company comes before it (kind 4): the verb "holds a controlling stake in", not part
    of a registered name (…集团控股有限公司, 碧桂园控股)."""
    out = []
    for cand in chosen:
        if cand.type == "ORG" and text.endswith(_HOLDING, cand.start, cand.end) \
                and text.startswith("的", cand.end) \
                and text.endswith(_GROUPS, cand.start, cand.end - len(_HOLDING)):
            cand = Candidate(cand.start, cand.end - len(_HOLDING), "ORG", cand.strength)
        out.append(cand)
    return out


# The last word of a description before a firm's name: a kind of firm, a party to a case.
_KIND_OF_FIRM = re.compile(r"(?:企业|公司|厂家|厂商|[供服运开承经]\w{0,2}商|方|被告|原告|上诉人"
                           r"|申请人|第三人)$")


# jieba's tags of the words of a description (深加工, "deep processing", is its nt).
_DESCRIBING = frozenset({"n", "vn", "a", "b", "v", "an", "d", "l", "i", "nt"})


def without_descriptions(text: str, chosen: list[Candidate],
                         model: list[tuple[int, int, str]],
                         word_at: dict[int, tuple[int, str]]) -> list[Candidate]:
    """``chosen`` with each body started where the model's own body with the same end
    starts, when what comes before it is a description (kind 6); ``word_at``: jieba's
    words, ``start → (end, tag)``."""
    model_start = {end: start for start, end, tag in model if tag == "ORG"}
    out = []
    for cand in chosen:
        start = model_start.get(cand.end, cand.start) if cand.type == "ORG" else cand.start
        if cand.start < start and _KIND_OF_FIRM.search(text, cand.start, start) \
                and common_words(word_at, cand.start, start, _DESCRIBING):
            cand = Candidate(start, cand.end, "ORG", cand.strength)
        out.append(cand)
    return out


_PEOPLE_AFTER = re.compile(r"(?:学生|师生|学员|职工|员工|球员|队员|家长|会员)$")


def without_people(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each body cut before the people of it at its end (kind 7)."""
    return [body_cut_before(text, cand, _PEOPLE_AFTER, 3) for cand in chosen]


def body_cut_before(text: str, cand: Candidate, tail: re.Pattern[str], keep: int
                    ) -> Candidate:
    """``cand``, when a body, cut before the match of ``tail`` (anchored at its end) if
    ``keep`` characters or more are left (also frame_levers' counts of members)."""
    found = tail.search(text, cand.start, cand.end) if cand.type == "ORG" else None
    if found and found.start() - cand.start >= keep:
        return Candidate(cand.start, found.start(), "ORG", cand.strength)
    return cand


def divisions_after_landmarks(text: str, chosen: list[Candidate],
                              word_at: dict[int, tuple[int, str]],
                              landmark: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with each landmark's place run on over the division's character after it
    (kind 8); ``word_at``: jieba's words, ``start → (end, tag)``; ``landmark``: a place of
    the curated list."""
    taken = {c.start for c in chosen}
    out = []
    for cand in chosen:
        end, tag = word_at.get(cand.end, (cand.end, ""))
        if cand.type == "LOC" and text[cand.end:cand.end + 1] in DIVISION_CHARS \
                and (end == cand.end + 1 or tag == "x_title") and cand.end not in taken \
                and landmark(text[cand.start:cand.end]):
            cand = Candidate(cand.start, cand.end + 1, "LOC", cand.strength)
        out.append(cand)
    return out


def places_of_headquarters(text: str, chosen: list[Candidate],
                           known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each body that is a known place and 总部 read as that place (kind
    9): a seat, not a body's name (联合国纽约总部 keeps its body)."""
    out = []
    for cand in chosen:
        if cand.type == "ORG" and cand.end - cand.start >= 4 \
                and text.startswith("总部", cand.end - 2) \
                and known_place(cand.start, cand.end - 2):
            cand = Candidate(cand.start, cand.end - 2, "LOC", cand.strength)
        out.append(cand)
    return out


# Where games, shows and fairs are held: not names; the place that opens one is marked
# (济南奥体中心, 湖南国际会展中心, 天津大剧院; the sets and the conventions agree).
_VENUES = ("奥体中心", "体育中心", "体育场", "体育馆", "游泳馆", "跳水馆", "网球中心", "体育公园",
           "会展中心", "博览中心", "展览中心", "大剧院", "音乐厅", "球场", "赛车场",
           # …and facilities: 北京首都国际机场, 布什尔核电站, 宁波舟山港.
           "国际机场", "机场", "核电站", "水电站", "电站", "大会堂", "港", "景区", "步行街")
# A port or a power station is named for its place, known or not (钱凯|港, 白鹤滩|水电站:
# the conventions mark the place, not the facility); an airport often for a town or a
# landmark no one marks (黄花国际机场, 白云国际机场), so one that opens on no known place
# is left out whole.
_AIRPORTS = ("国际机场", "机场")
_FACILITIES = ("核电站", "水电站", "电站", "港")
# A tournament's leg in a place: …世界杯上海站, …大奖赛荷兰站.
_LEG_BEFORE = ("杯", "赛")
# A railway station named by its place: 长沙北站, 郑州东站, 汉口站 (the conventions' "a
# station is no name; the place in it is").
_STATIONS = ("北站", "南站", "东站", "西站", "站")
_POLAR = re.compile(r"南极|北极|极地|考察站")


def places_of_venues(text: str, chosen: list[Candidate],
                     known_place: Callable[[int, int], bool],
                     listed_place: Callable[[int, int], bool] = lambda _s, _e: False,
                     ) -> list[Candidate]:
    """``chosen`` with each name that is a known place and a venue (济南|奥体中心), or a
    known place and 站 right after a cup or a tour (世界杯|上海|站), or a railway station
    named by a known place (长沙|北站, 汉口|站), read as that place; a venue that opens on no
    known place (国家大剧院) stays as it was, and one that is the kind alone (体育公园) is
    dropped. ``listed_place``: a place of the shipped tables (连云港 is a city, 上海港 the
    segmenter's word for a port)."""
    out = []
    # A polar research station is a place of its own (中山站, 黄河站), named for no place.
    stations = _STATIONS if _POLAR.search(text) is None else ()
    for cand in chosen:
        if cand.type in ("ORG", "LOC") and cand.end - cand.start >= 2 \
                and text[cand.start:cand.end] in _VENUES:
            continue  # the kind alone (体育公园, 步行街, 会展中心): no name; 港 is Hong Kong
        if cand.type in ("ORG", "LOC"):
            venue = next((v for v in _VENUES if text.endswith(v, cand.start, cand.end)), "")
            station = next((s for s in stations if text.endswith(s, cand.start, cand.end)), "")
            if venue:
                rest = cand.end - len(venue)
            elif text.endswith("站", cand.start, cand.end) \
                    and text.endswith(_LEG_BEFORE, 0, cand.start):
                rest = cand.end - 1  # a tournament's leg: …世界杯|上海|站
            elif station and known_place(cand.start, cand.end - len(station)):
                rest = cand.end - len(station)
            else:
                rest = cand.start
            if venue == "港" and known_place(cand.start, cand.end) and (
                    listed_place(cand.start, cand.end) or rest - cand.start < 2
                    or not known_place(cand.start, rest)):
                rest = cand.start  # 连云港, 香港: the place itself; 上海|港 the port
            end = longest_place_end(cand.start, rest, known_place)
            if end:
                cand = Candidate(cand.start, end, "LOC", cand.strength)
            elif venue in _AIRPORTS:
                continue  # named for no known place (黄花国际机场, 花湖机场): no name at all
            elif venue in _FACILITIES and rest > cand.start + 1:
                cand = Candidate(cand.start, rest, "LOC", cand.strength)
        out.append(cand)
    return out


# What names an event (a fair, games, a festival): the body-like name the model reads
# before the word or with it (第三届洞庭湖国际港航物流|博览会, 东博会) is the event's, no
# body's; the places in it are marked, as the conventions mark them in any event's name.
_EVENTS = ("博览会", "展览会", "交易会", "博会", "运动会", "艺术节", "文化节", "旅游节",
           "电影节", "音乐节")
# Before the word, a name is the event's when it counts its editions or calls itself
# international (第三届洞庭湖国际港航物流|博览会); a body's own (中国—东盟|博览会) stays.
_EDITION = re.compile(r"第[\d一二三四五六七八九十百]+届")


def places_in_events(text: str, chosen: list[Candidate],
                     known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """``chosen`` with each body that is an event's name read as the known places in it."""
    out = []
    for cand in chosen:
        if cand.type == "ORG" and (text.endswith(_EVENTS, cand.start, cand.end) or (
                text.startswith(_EVENTS, cand.end)
                and (_EDITION.match(text, cand.start, cand.end) is not None
                     or "国际" in text[cand.start:cand.end]))):
            at = cand.start
            while at < cand.end - 1:
                stop = longest_place_end(at, cand.end, known_place)
                if stop:
                    out.append(Candidate(at, stop, "LOC", cand.strength))
                at = stop or at + 1
            continue
        out.append(cand)
    return out
