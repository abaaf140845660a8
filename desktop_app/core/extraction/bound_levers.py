"""Levers for where a body's name starts and ends (issue 12, fourth round; docs/quality.md),
each a kind of error on news, not a list of the dev sets' words:

1. **A body does not run on into common words**: the model glues the next words onto a
   body it knows (欧盟|成员国, 政协|好|提案, 县纪委|会同). When jieba's
   words tile the name, a leading run of them is a body jieba's dictionary knows (``nt``,
   ``j``) or is shaped like one, and every word after it is a common word (noun, verb,
   adjective, …) that is no kind of body nor an industry, the name is that leading body.
   Not 吉利|汽车 (a brand and its industry: a firm's short name), not
   益阳高新区|数字经济|产业园 (a park is a body).
2. **Two bodies the model reads side by side are one**: it ends a long foreign name early
   and starts again (挪威|中国友好协会, 某国基督教|民主联盟);
   news seldom prints two different bodies with nothing between them.
3. **A dateline is no part of a name**: 本报讯 glued before a body (本报讯|湖南省消费者协会),
   a news agency glued to the place of its dateline (新华社|开罗): the agency is a body,
   the place a place.
4. **The party before its plenary session is a body**: 中共十九届五中全会 is a meeting of
   中共 (jieba holds the whole as one word, the model marks nothing); the meeting is no
   body, the party is.
5. **A name does not start inside a word of counting or of grammar**: the model starts a
   name on the last characters of jieba's numeral, measure word, verb or function word
   (数|十次可口可乐, 一|张王小明的照片): the name starts after that word.
6. **A name's brackets close inside it** (sixth round): the model ends 平顶山煤业（集团）公司
   at 平顶山煤业（集团; a name whose bracket opens and does not close runs on over the
   closing bracket into a firm's suffix printed right after it (…（集团）公司,
   …（集团）有限公司), or, with none, stops before the bracket.
7. **A name holds no count of what it names** (seventh round): 无锡一家科技公司, 长沙一家
   医院 are "a firm in Wuxi", "a hospital in Changsha": a body that is a place the tables
   or jieba know, a count or a demonstrative with a measure word (一家, 两家, 这家, 某个)
   and what is counted is that place. Nor does a body's name end in the count of its
   sessions, with or without the meeting's word: 七届全国人大|三次会议 is the congress
   and its third meeting.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.place_levers import longest_place_end

# jieba's dictionary tags of a body's name and of an abbreviation (东盟, 人大, 中办).
_BODY_TAGS = frozenset({"nt", "j"})
# jieba's tags of common words that a body does not end in: nouns, verbal and adjectival
# nouns, adjectives, distinguishing words, verbs, adverbs, idioms, numerals, measure words,
# directions (not ns/nr/nt/nz/j/eng: those may be part of a name).
COMMON_TAGS = frozenset({"n", "vn", "a", "b", "v", "an", "d", "l", "i", "m", "q", "f", "vd"})
# A word ending like this is a kind of body or a park: it may close a name.
_BODY_WORD = re.compile(r".*(?:[会院局部委所厅司社行团校厂站台馆处办署盟学府区织联央军队报园"
                        r"店党]|中心|公司|集团)$")
# No body's name is longer than this (characters): two bodies are joined, and a body's
# words are searched for the body it starts with, only up to it, so that a line of
# 200,000 characters of bodies side by side stays linear.
LONGEST_BODY = 40
# A dateline before a name: the paper's own (本报讯) or a news agency's.
_OWN_DATELINE = "本报讯"
_AGENCY = re.compile(r"(?:新华社|中新社|法新社|美联社|路透社|共同社|塔斯社|俄新社|韩联社)")
# What follows a dispatch's place: its country in brackets, if any, then the day and 电.
_DISPATCH_TAIL = re.compile(r"\s*(?:[（(][\u4e00-\u9fff·]{1,10}[）)])?\s*(?:"
                            r"(?:\d{1,2}月)?\d{1,2}日电|"
                            r"(?:[一二三四五六七八九十]{1,2}月)?[一二三四五六七八九十]{1,3}日电)")
# An agency's own bureaus and desks: 新华社澳门分社, 新华社音视频部 are one body.
_AGENCY_UNITS = ("社", "部")  # 分社, 总社, 音视频部


def without_common_tails(text: str, chosen: list[Candidate],
                         words: Sequence[tuple[int, int, str]], tags: Mapping[str, str],
                         is_body: Callable[[str], bool], industry: Collection[str],
                         keep: Collection[Candidate]) -> list[Candidate]:
    """``chosen`` with each body cut back to the body it starts with when only common
    words follow it (kind 1 of the module doc). ``words``: jieba's ``(start, end, tag)``
    in order; ``tags``: jieba's dictionary tags; ``is_body(word)``: a known body or shaped
    like one; ``industry``: industry words (a firm's short name runs on into one);
    ``keep``: candidates left as they are (credit lines, company lists)."""
    starts = {w[0]: k for k, w in enumerate(words)}
    out = []
    for cand in chosen:
        if cand.type == "ORG" and cand not in keep:
            end = _body_head_end(text, words, starts, cand.start, cand.end, tags, is_body,
                                 industry)
            if end:
                cand = Candidate(cand.start, end, "ORG", cand.strength)
        out.append(cand)
    return out


def model_without_common_tails(text: str, model: list[tuple[int, int, str]],
                               words: Sequence[tuple[int, int, str]],
                               tags: Mapping[str, str], is_body: Callable[[str], bool],
                               industry: Collection[str]) -> list[tuple[int, int, str]]:
    """:func:`without_common_tails` of the model's names, before they are fused (so that
    省纪委|会同 is not taken for the first half of a longer body)."""
    starts = {w[0]: k for k, w in enumerate(words)}
    return [(start, _body_head_end(text, words, starts, start, end, tags, is_body, industry)
             or end, etype) if etype == "ORG" else (start, end, etype)
            for start, end, etype in model]


def _body_head_end(text: str, words: Sequence[tuple[int, int, str]], starts: Mapping[int, int],
                   start: int, end: int, tags: Mapping[str, str],
                   is_body: Callable[[str], bool], industry: Collection[str]) -> int:
    """Where the body heading the name ``[start, end)`` ends, when only common words
    follow it; 0 when none does, the name is body-shaped, or jieba's words (``starts``:
    the index of the word at an offset) do not tile it."""
    k = starts.get(start, -1)
    if k < 0 or end - start > LONGEST_BODY or is_body(text[start:end]):
        return 0
    inside = []
    while k < len(words) and words[k][1] <= end:
        inside.append(words[k])
        k += 1
    if len(inside) < 2 or inside[-1][1] != end:
        return 0
    for j in range(len(inside) - 1, 0, -1):
        head = text[start:inside[j - 1][1]]
        if len(head) >= 2 and (tags.get(head) in _BODY_TAGS or is_body(head)):
            tail = inside[j:]
            if all(w[2] in COMMON_TAGS and text[w[0]:w[1]] not in industry
                   and not _BODY_WORD.fullmatch(text, w[0], w[1]) for w in tail):
                return inside[j - 1][1]
            return 0
    return 0


def joined_bodies(model: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's sorted names with each run of bodies that touch joined (kind 2); not a
    one-character one (the 讯 of a dateline the model marks)."""
    out: list[tuple[int, int, str]] = []
    for start, end, etype in model:
        if out and etype == "ORG" and out[-1][2] == "ORG" and out[-1][1] == start \
                and end - start >= 2 and start - out[-1][0] >= 2 \
                and end - out[-1][0] <= LONGEST_BODY:
            start = out.pop()[0]
        out.append((start, end, etype))
    return out


_PAPER_DATELINE = ("报讯", "社讯")
# An agency's undated dispatch before the space that opens the text: 新华社电, 新华社华盛顿电.
_AGENCY_DISPATCH = re.compile(rf"{_AGENCY.pattern}[\u4e00-\u9fff]{{0,7}}?电")


def without_datelines(text: str, chosen: list[Candidate],
                      known_place: Callable[[int, int], bool],
                      is_body: Callable[[str], bool] = lambda _word: False
                      ) -> list[Candidate]:
    """``chosen`` with a dateline taken off its names (kind 3): 本报讯 before a name goes;
    an agency glued to a known place is the agency (a body) and the place; a known place
    glued to the 讯 after it (本报永州讯) is the place; a paper or an agency glued to it
    (四川日报讯, 新华社讯) is the body: no paper's name ends in 讯; and a name run across
    the dateline's space (大众日报讯 山东省…人民检察院) is two. A place no list knows is
    still the dispatch's place when the day and 电 follow it (新华社|达沃斯（瑞士）1月29日电),
    or 电 alone (新华社|莫斯科电, whose 电 is no part of a name);
    there a name that is or ends like a body (``is_body``) is a body (新华社|联合国…电,
    新华社|北京大学…电), and the agency's own bureau or desk stays one body with it
    (新华社澳门分社, 新华社音视频部)."""
    out: list[Candidate] = []
    for cand in _split_at_datelines(text, chosen):
        start, end, etype = cand.start, cand.end, cand.type
        if etype in ("ORG", "LOC") and text.startswith(_OWN_DATELINE, start) \
                and end - start - len(_OWN_DATELINE) >= 2:
            start += len(_OWN_DATELINE)
        agency = _AGENCY.match(text, start, end) if etype in ("ORG", "LOC") else None
        undated = agency is not None and _AGENCY_DISPATCH.fullmatch(text, start, end) \
            is not None and end - agency.end() >= 3
        if undated:
            end -= 1  # 新华社莫斯科|电: the dispatch's 电 is no part of a name
        place = agency is not None and agency.end() < end \
            and not text.endswith(_AGENCY_UNITS, agency.end(), end)
        if agency and place and known_place(agency.end(), end):
            out.append(Candidate(start, agency.end(), "ORG", cand.strength))
            start, etype = agency.end(), "LOC"
        elif agency and place and (undated or _DISPATCH_TAIL.match(text, end)):
            out.append(Candidate(start, agency.end(), "ORG", cand.strength))
            start = agency.end()
            etype = "ORG" if is_body(text[start:end]) else "LOC"
        if etype in ("ORG", "LOC") and text.endswith("讯", start, end) \
                and known_place(start, end - 1):
            end, etype = end - 1, "LOC"  # 本报|永州讯: the dateline's place
        elif etype == "ORG" and text.endswith(_PAPER_DATELINE, start, end) \
                and end - start >= 4:
            end -= 1  # 四川日报|讯: the paper, not its dateline's 讯
        out.append(cand if (start, end, etype) == (cand.start, cand.end, cand.type)
                   else Candidate(start, end, etype, cand.strength))
    return out


_SPACE = re.compile(r"\s+")


def _split_at_datelines(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a name that runs over a paper's or an agency's dateline and the
    space after it cut there: the paper (its 讯 taken off below) or the agency and its
    place (without 电), and the name after the space."""
    out = []
    for cand in chosen:
        space = _SPACE.search(text, cand.start, cand.end)
        if space is None:
            out.append(cand)
            continue
        if text.endswith(_PAPER_DATELINE, cand.start, space.start()):
            head_end = space.start()
        elif _AGENCY_DISPATCH.fullmatch(text, cand.start, space.start()):
            # 新华社华盛顿电 美国政府…: the agency and its place (cut apart below); 电 goes.
            head_end = space.start() - 1
        else:
            out.append(cand)
            continue
        if head_end - cand.start >= 3:
            out.append(Candidate(cand.start, head_end, "ORG", cand.strength))
        if cand.end - space.end() >= 2:
            out.append(Candidate(space.end(), cand.end, cand.type, cand.strength))
    return out


_NUMERALS = "〇一二三四五六七八九十"
_PARTY_BEFORE_PLENUM = re.compile(rf"中共(?=第?[{_NUMERALS}]+届[{_NUMERALS}]+中全会)")


_OWN_DATELINE_PLACE = re.compile(r"本报([\u4e00-\u9fff]{2,5})讯")
# An agency's or a paper's dated dispatch: 新华社河内9月2日电, 本报华盛顿6月1日电 (the place
# it was sent from; thirteenth round).
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_DISPATCH_PLACE = re.compile(rf"(?<=[社报])([\u4e00-\u9fff]{{2,7}}?)(?={_DAY}月{_DAY}日电)")


# The count of a body's sessions at the end of its name, before the meeting's word.
_SESSION = re.compile(r"第?[一二三四五六七八九十]+次(?P<meeting>(?:全体)?会议|全会)?$")
_MEETINGS = ("会议", "全体会议", "全会")
# A count or a demonstrative and a measure word for bodies: 一家, 两家, 这家, 某个. Not 所
# or 院: research institutes are named by number (十四所, 五院).
_COUNTED = re.compile(r"(?:[一两二三四五六七八九十几数多]|这|那|某|每)[家个座间]")
# 所 counts schools and hospitals named later in the clause (北京4所优质中小学; thirteenth
# round), a name otherwise (十四所).
_COUNTED_SCHOOLS = re.compile(r"(?:[0-9一两二三四五六七八九十几数多]+|这|那|每)所"
                              r"(?=[^，。；！？、\n]{0,8}?[学校院园])")


def without_counted_bodies(text: str, chosen: list[Candidate],
                           known_place: Callable[[int, int], bool],
                           words: Iterable[tuple[int, int, str]]) -> list[Candidate]:
    """``chosen`` with each body that is a known place, a count and what is counted
    (kind 7) cut to the place, and each that ends in the count of its sessions cut
    before it. The count of things is a numeral word of jieba's (``m``: 一家), not a
    piece of a longer word: 五家渠市, 三间房乡 are places, 一家人 may be a brand."""
    counts = {(s, e) for s, e, tag in words if tag == "m"}
    out: list[Candidate] = []
    for cand in chosen:
        count = _COUNTED.search(text, cand.start, cand.end) if cand.type == "ORG" else None
        if count is not None and count.span() in counts and count.start() > cand.start \
                and known_place(cand.start, count.start()):
            cand = Candidate(cand.start, count.start(), "LOC", cand.strength)
        place_end = longest_place_end(cand.start, cand.end - 1, known_place) or cand.start
        schools = _COUNTED_SCHOOLS.match(text, place_end) \
            if cand.type == "ORG" and text.endswith("所", cand.start, cand.end) else None
        if schools is not None and schools.end() == cand.end:
            cand = Candidate(cand.start, schools.start(), "LOC", cand.strength)
        session = _SESSION.search(text, max(cand.start, cand.end - 8), cand.end) \
            if cand.type == "ORG" else None
        if session is not None and session.start() - cand.start >= 2 \
                and (session.group("meeting") or text.startswith(_MEETINGS, cand.end)):
            cand = Candidate(cand.start, session.start(), "ORG", cand.strength)
        out.append(cand)
    return out


def dateline_places(text: str, known_place: Callable[[int, int], bool]) -> list[Candidate]:
    """The known place of the paper's own dateline (本报永州讯), and the place of a dated
    dispatch (新华社河内9月2日电: a place whatever it is): to fill where no name is."""
    own = [Candidate(m.start(1), m.end(1), "LOC", 1) for m in _OWN_DATELINE_PLACE.finditer(text)
           if known_place(m.start(1), m.end(1))]
    return own + [Candidate(m.start(1), m.end(1), "LOC", 1)
                  for m in _DISPATCH_PLACE.finditer(text)]


def dispatch_places_not_persons(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each person inside a dated dispatch's place (新华社罗安达5月3日电,
    新华社波哥|大…电: no one sends a dispatch from a person) the whole place instead."""
    places = [m.span(1) for m in _DISPATCH_PLACE.finditer(text)]
    if not places:
        return chosen
    out = []
    for cand in chosen:
        place = next(((s, e) for s, e in places if s <= cand.start and cand.end <= e), None)
        if cand.type == "PER" and place is not None:
            cand = Candidate(place[0], place[1], "LOC", cand.strength)
        out.append(cand)
    return out


def parties_before_plenums(text: str) -> list[Candidate]:
    """中共 before a numbered plenary session (kind 4): to fill where no name is."""
    return [Candidate(m.start(), m.end(), "ORG", 1) for m in _PARTY_BEFORE_PLENUM.finditer(text)]


# jieba's tags of words a name does not start inside: numerals, measure words, verbs,
# prepositions, conjunctions, particles, adverbs, pronouns.
_NOT_NAME_TAGS = frozenset({"m", "q", "mq", "v", "p", "c", "u", "uj", "d", "r"})


def without_glued_starts(text: str, chosen: list[Candidate],
                         words: Sequence[tuple[int, int, str]], tags: Mapping[str, str]
                         ) -> list[Candidate]:
    """``chosen`` with each name that starts inside such a word of jieba's dictionary
    (``words``: ``(start, end, tag)`` in order; ``tags``: the dictionary's tags, so that a
    word cut from the model's reading does not count) starting after it, when two
    characters or more are left (kind 5)."""
    starts = [w[0] for w in words]
    out = []
    for cand in chosen:
        k = bisect.bisect_right(starts, cand.start) - 1
        if k >= 0:
            w_start, w_end, _tag = words[k]
            if w_start < cand.start < w_end \
                    and tags.get(text[w_start:w_end]) in _NOT_NAME_TAGS \
                    and cand.end - w_end >= 2:
                cand = Candidate(w_end, cand.end, cand.type, cand.strength)
        out.append(cand)
    return out


_OPEN, _CLOSE = "（(", "）)"
_AFTER_GROUP = ("股份有限公司", "有限责任公司", "有限公司", "公司")


def with_closed_brackets(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with every name's unclosed bracket closed over the firm's suffix after it,
    or the name cut before the bracket (see the module doc); names that would overlap
    the next one, or be left under two characters, stay as they were."""
    out: list[Candidate] = []
    for k, cand in enumerate(chosen):
        name = text[cand.start:cand.end]
        opened = max(name.rfind(ch) for ch in _OPEN)
        if opened < 0 or any(ch in name[opened:] for ch in _CLOSE):
            out.append(cand)
            continue
        end = cand.end
        if text[end:end + 1] in tuple(_CLOSE):
            suffix = next((s for s in _AFTER_GROUP if text.startswith(s, end + 1)), "")
            end = end + 1 + len(suffix) if suffix else end
        following = chosen[k + 1].start if k + 1 < len(chosen) else len(text)
        if end > cand.end and end <= following:
            out.append(Candidate(cand.start, end, "ORG", cand.strength))
        elif opened >= 2:
            out.append(Candidate(cand.start, cand.start + opened, cand.type, cand.strength))
        else:
            out.append(cand)
    return out
