"""Levers on the names fusion chose (:mod:`fusion`), each a kind of error seen on news and
on the sample pages (docs/quality.md, issue 12's second round), applied in this order by
:mod:`entities`:

1. **A class of bodies is no body**: 各级统战部, 当地人民法院, 县级人民政府.
2. **A part of the country named by its direction is no place**: 中西部地区.
3. **A place that names a product is no place**: 天河超算, 天河二号.
4. **A place before a kind of body is part of its name**: 墨西哥参议院, 昆明军区, 合肥市委
   (before the title 书记), 印度—中国友好协会. (A body then takes the session or department
   printed right after it: ``org_lists.extend_bodies``.) So are a sender, 驻 and its
   mission (seventh round): 中国驻法国大使馆 is China's embassy in France, where the model
   reads 中国 and 法国大使馆 (France's); 新华社驻开罗记者站 likewise.
   A bloc of countries is a body of its own (seventh round): 东盟地区 (the model's place)
   is 东盟, 中国东盟 (the model's one body) is 中国 and 东盟, as 中国—东盟 is.
5. **One-character names of countries** where news uses them as names: a pair before a word
   of relations (中加友好), 驻美大使, 中方, 访华, 韩籍; added only where no name is.
6. **A body named for two fields is one body** (thirteenth round): 中国科学院南京地理与湖泊
   研究所, where the model ends one body at 与 and starts another: a body that is no
   complete body but opens with one (中国科学院|南京地理), 与 or 和, and a body right after
   that ends in a kind of body are one (湖南大学与中南大学, 华为与中国移动… stay two);
   so is a university's school or department named for two fields (fourteenth round:
   宁夏大学葡萄酒与园艺学院, 清华大学能源与动力工程系), however the model cut it.
7. **A team sent somewhere is one body with its sender** (fourteenth round): 中国第11批赴
   南苏丹维和步兵营, 湖北省援藏工作队, 中粮集团驻村工作队, 第二十八批援突尼斯医疗队, where
   the model reads a place, a country and nothing; so is a rescue or an expedition team
   with the body that sends it (蓝天救援队, 中国第41次南极考察队: fifteenth round).
8. **A paper named by its place is one body** (fifteenth round): 中国环境报, 湖南农民报,
   before its reporter or its report, where the model reads the place alone.

Each is a shape (a determiner, a dash, a kind of product or body), not a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desktop_app.core.extraction.candidate_sets import in_place_of
from desktop_app.core.extraction.entity_rules import Candidate

_NUMERALS = "〇一二三四五六七八九十百零两"
# Determiners that make the body after them a class of bodies, and a level that opens one.
_CLASS_BEFORE = re.compile(r"(?:各级|各地|当地|各个|每个|基层|本地|各)$")
_CLASS_LEVEL = re.compile(r"(?:(?:[省市县区乡镇村]|国家)级|乡镇|基层)")
_DIRECTION_REGION = re.compile(r"[东西南北中]+部地区")
_PRODUCT_NUMBER = re.compile(rf"[{_NUMERALS}0-9]+号$")
_DASH = re.compile(r"[—－-]{1,2}")
_COUNTRY_CHARS = "美日俄英法德意加澳韩朝越印巴泰菲蒙欧非亚中华港台波"
_SHORT_COUNTRY_CONTEXTS = (
    re.compile(rf"(?<![\u4e00-\u9fff])([{_COUNTRY_CHARS}]{{2}})"
               "(?=关系|友好|合作|两国|双方|联合|之间|建交|贸易|首脑|会谈|边界|友谊|经贸)"),
    re.compile(rf"驻([{_COUNTRY_CHARS}])(?=大使|使馆|领馆|总领|代表|记者)"),
    re.compile(rf"(?<![东西南北地双对各一])([{_COUNTRY_CHARS}])方(?![法面式向案])"),
    re.compile(rf"访([{_COUNTRY_CHARS}])(?![\u4e00-\u9fff])|访([{_COUNTRY_CHARS}])"
               "(?=期间|时|的|之|前|后|并)"),
    # A nationality (thirteenth round): 韩籍主教练, 美籍华人.
    re.compile(rf"([{_COUNTRY_CHARS}])籍(?=[\u4e00-\u9fff])"),
    # Shanghai as the city's papers call it (沪上多家企业, 沪上气温), and a listing in Hong
    # Kong (赴港上市): every set that holds them marks the one character (sixteenth round).
    re.compile(r"(沪)上(?![市海])"),
    re.compile(r"(?<=[赴在])(港)(?=上市|股上市)"),
)


def without_classes(text: str, chosen: list[Candidate], keep: set[Candidate]
                    ) -> list[Candidate]:
    """``chosen`` less the bodies named as a class, not as one body: after a determiner
    of kind or place (各级统战部, 当地人民法院, 各地工商联) or opening on a level
    (县级人民政府, 乡镇卫生院, 基层法院). ``keep``: candidates that stay whatever precedes
    them."""
    out = []
    for cand in chosen:
        if cand.type == "ORG" and cand not in keep and (
                _CLASS_BEFORE.search(text, max(0, cand.start - 2), cand.start)
                or _CLASS_LEVEL.match(text, cand.start)):
            continue
        out.append(cand)
    return out


def join_place_bodies(chosen: list[Candidate], words: Iterable[tuple[int, str]],
                      heads: frozenset[str], titles: frozenset[str]) -> list[Candidate]:
    """A place followed by a word naming a kind of body is one body: 墨西哥 + 参议院,
    昆明 + 军区; so is a place before a title that opens on a body: 合肥 + 市委|书记.
    ``words``: jieba's ``(start, word)``; ``heads``: the kinds of body."""
    after = dict(words)
    starts = {c.start for c in chosen}
    out = []
    for cand in chosen:
        if cand.type == "LOC":
            cand = _with_body_kind(cand, after, starts, heads, titles)
        out.append(cand)
    return out


def _with_body_kind(cand: Candidate, after: dict[int, str], starts: set[int],
                    heads: frozenset[str], titles: frozenset[str]) -> Candidate:
    """The place ``cand`` with the kind of body that follows it, if one does: in the next
    word (参议院, 市委|书记), in the next two (人民|议会), or in the rest of a word of
    jieba's that starts with the place, three characters or more (俄罗斯国家杜马,
    巴勒斯坦民族权力机构; the news sets keep 台湾 and 无锡 places in 台湾当局, 无锡市委)."""
    whole = after.get(cand.start, "")
    if len(whole) >= cand.end - cand.start + 3 and whole[cand.end - cand.start:] in heads:
        return Candidate(cand.start, cand.start + len(whole), "ORG", cand.strength)
    word = after.get(cand.end, "")
    if not word or cand.end in starts:
        return cand
    head = next((word[:k] for k in range(len(word), 1, -1)
                 if word[:k] in heads and (k == len(word) or word[k:] in titles)), "")
    if not head and word + after.get(cand.end + len(word), "") in heads:
        head = word + after[cand.end + len(word)]
    if head:
        return Candidate(cand.start, cand.end + len(head), "ORG", cand.strength)
    return cand


def join_dashed_bodies(text: str, chosen: list[Candidate],
                       listed: Callable[[str], bool]) -> list[Candidate]:
    """A place, a dash and a body are one body: 印度—中国友好协会. Not when the body is
    one of the shipped list's on its own (``listed``): 中国—东盟 names two parties, of an
    expo, a free-trade area or talks, not one body."""
    out: list[Candidate] = []
    for cand in chosen:
        if out and cand.type == "ORG" and out[-1].type == "LOC" \
                and _DASH.fullmatch(text, out[-1].end, cand.start) \
                and not listed(text[cand.start:cand.end]):
            cand = Candidate(out.pop().start, cand.end, "ORG", cand.strength)
        out.append(cand)
    return out


# What a country, an agency or a body keeps in another place (after 驻 and the place).
_MISSIONS = ("总领事馆", "领事馆", "大使馆", "使馆", "代表处", "办事处", "代表团", "记者站",
             "联络处", "特派团", "临时部队", "维和部队", "保障基地")
# The United Nations' missions named for their place with no 驻: 联合国南苏丹特派团,
# 联合国刚果（金）稳定特派团 (fourteenth round).
_UN_MISSION = re.compile(r"[\u4e00-\u9fff（）]{2,10}?(?:特派团|观察团)")


def join_posted_missions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place or body, 驻, and its mission in a place are one body (see the module doc):
    the mission read as a body (法国大使馆), or its place read alone (开罗) with the
    mission's word right after it."""
    out: list[Candidate] = []
    k = 0
    while k < len(chosen):
        cand, nxt = chosen[k], chosen[k + 1] if k + 1 < len(chosen) else None
        short = _short_mission_end(text, cand) if cand.type in ("LOC", "ORG") else 0
        if short and (nxt is None or nxt.start >= short or nxt.end <= cand.end + 2):
            # 世界卫生组织驻华代表处: the place is a country's one character (thirteenth round)
            out.append(Candidate(cand.start, short, "ORG", cand.strength))
            k += 2 if nxt is not None and nxt.end <= cand.end + 2 else 1
            continue
        mission = _UN_MISSION.match(text, cand.end) \
            if cand.type == "ORG" and text.endswith("联合国", cand.start, cand.end) else None
        if mission is not None and (nxt is None or nxt.start >= cand.end):
            out.append(Candidate(cand.start, mission.end(), "ORG", cand.strength))
            k += 1
            while k < len(chosen) and chosen[k].start < mission.end():
                k += 1  # names inside the mission's name
            continue
        if nxt is not None and cand.type in ("LOC", "ORG") and nxt.start == cand.end + 1 \
                and text[cand.end] == "驻":
            # The mission read whole, as a body or (eighth round) as a place: 塞尔维亚大使馆.
            end = nxt.end if text.endswith(_MISSIONS, nxt.start, nxt.end) \
                else next((nxt.end + len(w) for w in _MISSIONS if nxt.type == "LOC"
                           and text.startswith(w, nxt.end)), 0)
            if end:
                out.append(Candidate(cand.start, end, "ORG", max(cand.strength, nxt.strength)))
                k += 2
                continue
        out.append(cand)
        k += 1
    return out


def _short_mission_end(text: str, cand: Candidate) -> int:
    """Where a mission after ``cand``, 驻 and a country's one character ends (驻华代表处,
    驻美大使馆), or 0."""
    at = cand.end
    if not (text.startswith("驻", at) and text[at + 1:at + 2] and text[at + 1] in _COUNTRY_CHARS):
        return 0
    word = next((w for w in _MISSIONS if text.startswith(w, at + 2)), "")
    return at + 2 + len(word) if word else 0


# Blocs of countries, a closed class news names constantly: each a body of its own.
BLOCS = ("东盟", "欧盟", "北约", "非盟", "联合国", "上合组织", "世贸组织", "二十国集团",
          "金砖国家", "亚太经合组织", "石油输出国组织", "阿拉伯国家联盟", "海湾合作委员会")


def blocs_alone(text: str, chosen: list[Candidate], countries: frozenset[str]
                ) -> list[Candidate]:
    """``chosen`` with a bloc read into a region (东盟|地区) as the bloc, and a country
    glued to a bloc (中国|东盟, one body of the model's) as the country and the bloc (see
    the module doc)."""
    out: list[Candidate] = []
    for cand in chosen:
        name = text[cand.start:cand.end]
        if cand.type == "LOC" and name.endswith("地区") and name[:-2] in BLOCS:
            cand = Candidate(cand.start, cand.end - 2, "ORG", cand.strength)
        elif cand.type == "ORG":
            bloc = next((b for b in BLOCS if name.endswith(b) and name[:-len(b)] in countries),
                        None)
            if bloc is not None:
                cut = cand.end - len(bloc)
                out.append(Candidate(cand.start, cut, "LOC", cand.strength))
                cand = Candidate(cut, cand.end, "ORG", cand.strength)
        out.append(cand)
    return out


def without_products(text: str, chosen: list[Candidate], heads: Iterable[str]
                     ) -> list[Candidate]:
    """``chosen`` less the places that name a product: followed by a word for a kind of
    product (天河|超算) or numbered like one (天河二号). ``heads``: the kinds of product."""
    kinds = tuple(heads)
    out = []
    for cand in chosen:
        if cand.type == "LOC" and (text.startswith(kinds, cand.end)
                                   or _PRODUCT_NUMBER.search(text, cand.start, cand.end)):
            continue
        out.append(cand)
    return out


def without_directions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` less the parts of a country named by their direction (中西部地区, 中部地区):
    a kind of region, not a name. (亚太地区 stays whole: PFR keeps 地区, MSRA does not.)"""
    return [c for c in chosen if not (c.type == "LOC" and _DIRECTION_REGION.fullmatch(
        text, c.start, c.end))]


def short_country_names(text: str) -> list[Candidate]:
    """One-character names of countries where news uses them as names: a pair before a
    word of relations (中加友好, 中波关系 → 中 加, 中 波), after 驻 before a mission
    (驻美大使), 访 at a clause's end (访华), and …方 (中方, 美方); and Shanghai's and Hong
    Kong's where papers use them so (沪上, 赴港上市)."""
    out: list[Candidate] = []
    for pattern in _SHORT_COUNTRY_CONTEXTS:
        for match in pattern.finditer(text):
            start, end = match.span(match.lastindex or 1)
            out.extend(Candidate(k, k + 1, "LOC", 1) for k in range(start, end))
    return out


_FIELDS_JOINED = frozenset("与和")


def join_bodies_over_and(text: str, chosen: list[Candidate],
                         complete: Callable[[str], bool]) -> list[Candidate]:
    """``chosen`` with a body cut at 与 or 和 joined to the body after it (kind 6).
    ``complete``: the name is a body's whole name (a listed body, or one ending in a kind
    of body: 研究所, 大学, 厅)."""
    out: list[Candidate] = []
    for cand in chosen:
        if out and cand.type == "ORG" and out[-1].type == "ORG" \
                and cand.start == out[-1].end + 1 and text[out[-1].end] in _FIELDS_JOINED \
                and _opens_with_body(text[out[-1].start:out[-1].end], complete) \
                and complete(text[cand.start:cand.end]):
            cand = Candidate(out.pop().start, cand.end, "ORG", cand.strength)
        out.append(cand)
    return out


def _opens_with_body(name: str, complete: Callable[[str], bool]) -> bool:
    """``name`` is no complete body but opens with one (中国科学院|南京地理): the fields
    of a body's unit, not a firm's short name (华为与…)."""
    return not complete(name) and any(complete(name[:k]) for k in range(3, len(name)))


# A university's school, department or laboratory named for two fields: 大学, the fields
# joined by 与 or 和, the unit (fourteenth round). No second 大学 inside (清华大学与北京
# 大学), and no unit or student before 与 (苏州大学法学院学生王松林和社会学系).
_SCHOOL_OF_FIELDS = re.compile(
    r"(?:(?!大学|学院)[^系所院生\W\d_A-Za-z]){1,8}[与和](?:(?!大学)[\u4e00-\u9fff]){1,8}?"
    r"(?:学院|学系|系|研究所|研究院|重点实验室|实验室|学部)")


def join_schools_of_fields(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with a university that a school named for two fields follows (宁夏大学
    |葡萄酒与园艺学院, 华中科技大学光学|与电子信息学院) read as one body, the names it
    covers dropped."""
    joined: list[Candidate] = []
    for cand in chosen:
        at = text.find("大学", cand.start, cand.end) if cand.type == "ORG" else -1
        school = _SCHOOL_OF_FIELDS.match(text, at + 2) if at >= 0 else None
        if school is not None and school.end() > cand.end:
            joined.append(Candidate(cand.start, school.end(), "ORG", cand.strength))
    return in_place_of(chosen, joined)


# A team sent somewhere: its batch, where it goes (赴, 援, 驻 and the place), the kind of
# team. A sender right before it, or a batch and a place it goes to (援藏工作队 and 第一批
# 驻村工作队 alone are kinds of team), or a navy's numbered escort.
_SENT_TEAM = re.compile(
    r"(?=第|[赴援驻])(?P<batch>第[0-9〇一二三四五六七八九十百]+[批次])?"
    r"(?P<to>[赴援驻][\u4e00-\u9fff（）]{1,8})?"
    r"(?:维和)?[\u4e00-\u9fff]{0,4}?(?:医疗队|工作队|前方指挥部|步兵营|工兵分队|维和部队|护航编队"
    r"|救援队|考察队|科考队)")
# …and a rescue or expedition team right after the body that sends it (蓝天救援队, 中国安能
# …第三工程局救援队).
_TEAM_OF = re.compile(r"(?:救援队|考察队|科考队)(?![员伍])")


def sent_teams(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each team sent somewhere one body from its sender or its batch on
    (7 of the module doc), the names inside it dropped."""
    ends = {c.end: c for c in chosen if c.type in ("LOC", "ORG")}
    teams = []
    for m in _SENT_TEAM.finditer(text):
        sender = ends.get(m.start())
        if text.startswith(("员", "伍"), m.end()):
            continue  # 工作队员: its members; 救援队伍: teams of a kind
        if sender is None and not (m.group("batch") and (
                len(m.group("to") or "") >= 3 or m.group().endswith("护航编队"))):
            continue  # 援藏工作队, 第一批驻村工作队: a kind of team
        teams.append(Candidate(sender.start if sender else m.start(), m.end(), "ORG", 3))
    for m in _TEAM_OF.finditer(text):
        sender = ends.get(m.start())
        if sender is not None and not any(t.start < m.end() <= t.end for t in teams):
            teams.append(Candidate(sender.start, m.end(), "ORG", 3))  # (not one found above)
    return in_place_of(chosen, teams)


# A paper's name after its place: 1-4 characters and 报, before what a paper has or does.
_PAPER = re.compile(r"[\u4e00-\u9fff]{1,4}?报(?=记者|报道|社|评论员|总编辑)")


def papers_of_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """``chosen`` with each place followed by a paper's name (中国|环境报记者, 湖南|农民报
    报道) read as that paper, one body."""
    papers = [Candidate(c.start, m.end(), "ORG", 3) for c in chosen if c.type == "LOC"
              and (m := _PAPER.match(text, c.end)) is not None]
    return in_place_of(chosen, papers)
