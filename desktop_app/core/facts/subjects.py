"""The noun a number measures, read from the clause around it.

Backward (``全省绿色智能计算产业规模达8520亿元``): the clause text before the number,
from the clause start or the previous number of the clause, with the relation (达), the
small words around it, a comparison's base (比2020年), a period and anything up to an
object verb or a reporting verb (实现营业收入 → 营业收入) cut away.

Forward (``12个项目在活动现场``, ``70%核心研发人员``, ``3至4元的经济产出``): the noun
phrase right after the number, read with the part-of-speech tagger: nouns, verbal and
distinguishing nouns, abbreviations and quoted names, ending on a noun. A number that
directly modifies a noun measures that noun; after ``的`` only when nothing is left
before the number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.core.facts.words import (
    CHANGES,
    CLAUSE_END,
    COMPARISON_RX,
    HEAD_VERBS,
    LEAD,
    OBJECT_VERBS,
    RELATIONS,
    REPORT_VERBS,
    SCOPE_WORDS,
    SHARE,
    TRAIL,
    is_verb_at,
    normalise,
)

# (word, flag) pairs for a short text: the project's jieba tagger, or a test's stand-in.
Tag = Callable[[str], list[tuple[str, str]]]
_FORWARD_MAX = 24
_TAGGED = 16  # characters of a clause's end the tagger reads for a verb
_NOUN_FLAGS = ("n", "vn", "j", "eng")
_INNER_FLAGS = ("b", "a", "an", "m", "q")  # may stand inside a phrase, never end it
# What a verb's object is made of; x_title: a person's title the project's lists add
# (运动员, 志愿者), a noun like any other here.
_OBJECT_FLAGS = ("n", "vn", "j", "eng", "b", "i", "l", "x_title")
# Determiners inside an object: 审结各类案件, 办理各项业务.
_DETERMINERS = frozenset(("各类", "各项", "各种", "各级", "各地", "所有", "全部"))
# Inside an object that lists its kinds: 起诉非法集资、洗钱等犯罪嫌疑人, 募集善款和物资.
_LISTING = frozenset(("、", "等", "和", "及"))
_PLAIN_OBJECT_VERBS = tuple(v for v in OBJECT_VERBS if v not in HEAD_VERBS)
# Verbs the tagger reads where a subject ends in a noun: 营业收入, 智能计算, 城镇就业.
_NOUN_LIKE_VERBS = frozenset((
    "收入", "计算", "投资", "出口", "进口", "销售", "消费", "就业", "生产", "发展", "建设",
    "服务", "管理", "运输", "贸易", "研发", "制造", "产出", "营收", "交易", "出行",
    "流动", "装机", "发电", "用电", "融资", "贷款", "存款", "经营", "运营", "参保", "招生",
    "报名", "出游", "旅游", "培训", "养老", "医疗", "教育", "开发", "利用", "排放", "种植",
    "养殖", "播种", "收购", "结算", "支出", "储备", "供应", "需求", "就读", "住院", "门诊",
    "产销",
))
_KNOWN_VERBS = frozenset((*OBJECT_VERBS, *REPORT_VERBS))  # the lists decide those
# Not verbs over an object: a relation, a report, a noun's head, or 累计/到位 (adverbs).
# A player's relations take an object, too: 共斩获金牌38枚 (金牌, 斩获).
_TAKING = frozenset(("砍下", "贡献", "拿下", "斩获", "夺得", "摘得"))
_NOT_OBJECT = frozenset((*(r for r in RELATIONS if r not in _TAKING), *REPORT_VERBS,
                         *_NOUN_LIKE_VERBS, "累计", "到位", "转换", "超算", "远销"))
# What is measured of a thing, not a verb's object: 转换效率, 成交均价, 装机容量.
_ATTRIBUTES = frozenset(("效率", "均价", "价格", "容量", "产值", "规模", "总量", "速度", "比例",
                         "比重", "能力", "水平", "指数", "增速", "面积", "算力", "总额"))
# 报 after these ends a paper's or a report's name (日报, 年报) or another verb (举报,
# 申报), not a market's price.
_PAPER_BEFORE = frozenset("日晚时周月年快简通公情汇电学画海预警导画快举申上填呈")
_WHERE_TO = ("为", "至", "到")
_HELD_AT = ("稳定在", "保持在", "控制在", "维持在", "逼近")
_ABOVE_BASE = re.compile("(?P<rel>高于|低于|快于|慢于)[\u4e00-\u9fff]{1,6}$")
_TIMES_BASE = re.compile("(?P<rel>是|为|相当于|保持在|稳定在)[\u4e00-\u9fff]{2,8}的$")
# Before a verb that can head a noun, these make it the verb (累计销售217.7万辆).
_ADVERBS = ("累计", "共", "共计", "合计", "已", "将", "再", "均", "新", "年均", "日均", "直接",
            "实际", "计划", "拟", "预计", "可", "还", "又", "也", "都", "全年", "当年", "共同")


@dataclass(frozen=True)
class Backward:
    start: int  # the subject's span in the text (start == end: none)
    end: int
    relation: str


def backward(text: str, lo: int, hi: int, periods: list[tuple[int, int]],
             tag: Tag | None = None) -> Backward:
    """The subject and relation in ``text[lo:hi]`` (the clause before a number).

    ``tag`` (the part-of-speech tagger) reads a verb the lists do not hold: at the end of
    the clause, as the relation (跌破, 回落至); before the nouns ending it, as a verb over
    what is measured (抓获犯罪嫌疑人). Without it only the lists decide."""
    s, e = lo, hi
    s, e = _strip(text, s, e)
    relation = ""
    for rel in RELATIONS:
        if text.endswith(rel, s, e) and not (
                rel in ("报", "報") and text[e - 2:e - 1] in _PAPER_BEFORE):
            relation, e = rel, e - len(rel)
            break
    else:
        base = _ABOVE_BASE.search(text, s, e) or _TIMES_BASE.search(text, s, e)
        if base:  # 增速高于全省1.2个百分点, 是去年同期的1.4倍: the base names no subject
            relation, e = normalise(base["rel"]), base.start()
    s, e = _strip(text, s, e)
    if not relation and tag is not None:
        verb = _tagged_verb(text, s, e, tag)
        if verb:
            relation, e = verb, e - len(verb)
            s, e = _strip(text, s, e)
    if relation in CHANGES:
        # Hong Kong and Taiwan pages say 按年 and 按季 for 同比 and 环比.
        for prefix in ("同比", "环比", "按年", "按季", "按月"):
            if text.endswith(prefix, s, e):
                relation, e = prefix + relation, e - 2
                s, e = _strip(text, s, e)
    relation = normalise(relation)
    share = text.rfind("占", s, e)
    if share >= 0 and text[share + 1:share + 2] == "比":
        share = -1  # 海外收入占比提升至27%: 占比 is the noun measured
    if share >= 0 and (relation in ("", "达", "为", "超过") or relation == SHARE):
        tail = text[share + 1:e]
        if relation == SHARE or tail.endswith(("比重", "比例", "的")) or not relation:
            relation, e = SHARE, share
    cut = [m.start() for m in COMPARISON_RX.finditer(text, s, e)]
    if cut and relation:
        s, e = _strip(text, s, cut[-1])
    if text.endswith("以", s, e):
        return Backward(s, s, relation)  # 以7.62秒的成绩: the number qualifies what follows
    for p_start, p_end in periods:
        if s <= p_start < e:
            s = max(s, min(p_end, e))
    verb_at = _last_verb(text, s, e, OBJECT_VERBS)
    head_end = text.rfind("（", s, e) if text[e - 1:e] == "）" else e  # …投资（不含农户）
    if (verb_at is not None and verb_at[1] in HEAD_VERBS
            and verb_at[0] + len(verb_at[1]) == head_end
            and not text.endswith(_ADVERBS, s, verb_at[0])):
        # 固定资产投资 ends the subject: the object verb, if any, is the one before it.
        verb_at = _last_verb(text, s, verb_at[0], _PLAIN_OBJECT_VERBS)
    if tag is not None and not relation:
        # 破获电诈案件1260起, 开设避难所126处; and the verb before a listed one that only
        # modifies its object (投放政府储备冻猪肉: 投放, not 储备).
        tagged = _tagged_object(text, s, e, tag)
        if tagged is not None and (verb_at is None or (
                tagged[0] < verb_at[0] and _flag_at(text, s, e, tag, verb_at[0]) != "v")):
            verb_at = tagged
    if verb_at is not None:
        v_start, verb = verb_at
        if not relation:
            relation = normalise(verb.removesuffix("了"))
        after = _lead(text, *_strip(text, v_start + len(verb), e))
        # 算力每投入1元: nothing after the verb, so what comes before it is measured.
        s, e = (after, e) if after < e else (s, v_start)
    report = _last_verb(text, s, e, REPORT_VERBS)
    if report is not None:
        s = report[0] + len(report[1])
    s, e = _strip(text, s, e)
    s = _lead(text, s, e)
    if text[s:e] in SCOPE_WORDS:
        return Backward(s, s, relation)
    return Backward(s, max(s, e), relation)


def _tagged_object(text: str, s: int, e: int, tag: Tag) -> tuple[int, str] | None:
    """The first verb the tagger reads before the nouns ending ``text[s:e]``: what it acts
    on is measured (抓获犯罪嫌疑人2137名, 投放政府储备冻猪肉300吨: 投放, not the 储备 that
    modifies the meat). None when the clause does not end on its object."""
    lo = max(s, e - _TAGGED)
    words = tag(text[lo:e])
    if not words or words[-1][0] in _ATTRIBUTES or len(words[-1][0]) < 2 or not (
            words[-1][1].startswith(_OBJECT_FLAGS) or words[-1][0] in _NOUN_LIKE_VERBS):
        return None  # 成交均价, 增长面: a verb before what is measured of it is a compound
    starts, at = [], lo
    for word, _ in words:
        starts.append(at)
        at += len(word)
    tail_ok = len(words)  # words[tail_ok:] are all of an object (nouns, verbs modifying)
    while tail_ok > 0 and (words[tail_ok - 1][1].startswith((*_OBJECT_FLAGS, "v"))
                           or words[tail_ok - 1][0] in _DETERMINERS
                           or (words[tail_ok - 1][0] in _LISTING and tail_ok < len(words))):
        tail_ok -= 1
    for i in range(tail_ok, len(words) - 1):
        verb, flag = words[i]
        start = starts[i]
        if flag == "v" and len(verb) >= 2 and start >= s and verb not in _NOT_OBJECT \
                and is_verb_at(text, start, verb):
            return start, verb
    return None


def opening_nouns(text: str, lo: int, clause: int, tag: Tag) -> tuple[int, int]:
    """The nouns the clause before ``clause`` opens on, within the sentence starting at
    ``lo`` and with no figure of its own (江苏电网用电负荷第三次刷新历史纪录，达到…): the
    subject of a clause that names none. An empty span when there is none."""
    if clause <= lo:
        return clause, clause
    before = clause - 1
    while before > lo and text[before - 1] not in CLAUSE_END:
        before -= 1
    if any(c.isdigit() for c in text[before:clause]):
        return clause, clause
    pos = end = before
    for word, flag in tag(text[before:clause - 1]):
        if not flag.startswith(_OBJECT_FLAGS):
            break
        pos += len(word)
        if flag.startswith(("n", "j")):
            end = pos
    return (before, end) if end - before >= 2 else (clause, clause)


def _flag_at(text: str, s: int, e: int, tag: Tag, at: int) -> str:
    """The tag of the word starting at ``at`` in the clause's end the tagger read."""
    pos = max(s, e - _TAGGED)
    for word, flag in tag(text[pos:e]):
        if pos == at:
            return flag
        pos += len(word)
    return ""


def _tagged_verb(text: str, s: int, e: int, tag: Tag) -> str:
    """The verb ending ``text[s:e]`` when the tagger reads one there and it is no noun's head."""
    if e - s < 2:
        return ""
    words = tag(text[max(s, e - _TAGGED):e])
    if not words:
        return ""
    # A clause of its verb alone (审结14.6万件, 增加至56种) relates the figure before's
    # subject: the verb is the relation, and no subject is left.
    word, flag = words[-1]
    if word in ("至", "到", "为") and len(words) >= 2 and words[-2][1] == "v":
        verb = words[-2][0] + word  # 回落至, 攀升到: the verb and where it went
        return "" if words[-2][0] in _NOUN_LIKE_VERBS else verb
    if flag != "v" or len(word) < 2 or word in _NOUN_LIKE_VERBS or word in _KNOWN_VERBS:
        return ""
    at, over = max(s, e - _TAGGED), False  # over: a listed verb's object runs on to here
    for w, f in words[:-1]:
        if w in OBJECT_VERBS and is_verb_at(text, at, w):
            over = True
        elif not f.startswith((*_OBJECT_FLAGS, "v")):
            over = False  # 实施清单——聚焦: a dash, a comma: another verb's clause
        at += len(w)
    return "" if over else word  # 受理消费者投诉举报: the object ends on a verbal noun


def forward(text: str, at: int, limit: int, tag: Tag) -> tuple[int, int]:
    """The noun phrase starting at ``at`` (spaces skipped), or an empty span."""
    while at < limit and text[at] in " \u3000\xa0":
        at += 1
    stop = min(limit, at + _FORWARD_MAX)
    for i in range(at, stop):
        if text[i] in CLAUSE_END:
            stop = i
            break
    if at >= stop:
        return at, at
    if text[at] == "“":
        close = text.find("”", at, stop)
        return (at, close + 1) if close > at else (at, at)
    pos, end = at, at
    words = tag(text[at:stop])
    previous = ""
    for i, (word, flag) in enumerate(words):
        following = [f for _, f in words[i + 1:i + 3]]
        if i:
            previous = words[i - 1][1]
        if word in ("“", "”"):
            pos += len(word)
        elif flag.startswith("v") and words[i + 1:i + 2] and words[i + 1][0] in _WHERE_TO:
            break  # 由2490元调整为2690元: 调整 goes on to where it went, no noun it names
        elif _is_noun(flag):
            pos += len(word)
            end = pos
        elif flag in _INNER_FLAGS or _joins(word, flag, previous, following):
            pos += len(word)
        else:
            break
    return at, end


def _is_noun(flag: str) -> bool:
    return flag.startswith(_NOUN_FLAGS)


def _joins(word: str, flag: str, previous: str, following: list[str]) -> bool:
    """A word inside a noun phrase: 合作协议和合作项目, 签约项目, 相关企业, 专精特新“…”."""
    if not following:
        return False
    if word in ("和", "与", "及"):
        return bool(previous) and _is_noun(following[0])
    if flag == "v" and len(word) <= 2 and _is_noun(following[0]):
        # After a noun, a verb is the clause's own (企业获评国家领航…) unless one noun
        # follows it and ends the phrase (高端装备签约项目纳入); before any noun it
        # modifies (相关企业, 有效授权发明专利).
        return not _is_noun(previous) or len(following) < 2 or not _is_noun(following[1])
    return flag == "d" and following[0] == "x" and bool(previous)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    changed = True
    while changed and s < e:
        changed = False
        while s < e and text[e - 1] in " \u3000\xa0":
            e -= 1
        if text.endswith(_HELD_AT, s, e):
            break  # 稳定在, 逼近: the relation ends here, its 在 or 近 with it
        if e - s >= 2 and text[e - 2] == "每" and "\u4e00" <= text[e - 1] <= "\u9fff":
            e -= 2  # 达到每亩638.5斤: the unit it is counted per
            changed = True
            continue
        for word in TRAIL:
            if text.endswith(word, s, e) and e - len(word) >= s:
                e -= len(word)
                changed = True
                break
    return s, e


def _lead(text: str, s: int, e: int) -> int:
    changed = True
    while changed and s < e:
        changed = False
        while s < e and text[s] in " \u3000\xa0":
            s += 1
        for word in LEAD:
            if word == "“" and "”" in text[s:e]:
                continue  # “一带一路”航线: the quote is the subject's own
            if text.startswith(word, s, e):
                s += len(word)
                changed = True
                break
    return s


def _last_verb(text: str, s: int, e: int, verbs: tuple[str, ...]) -> tuple[int, str] | None:
    found: list[tuple[int, str]] = []
    for verb in verbs:
        i = text.rfind(verb, s, e)
        while i >= 0 and not is_verb_at(text, i, verb):
            i = text.rfind(verb, s, i)
        if i >= 0:
            found.append((i, verb))
    if not found:
        return None
    best = max(found, key=lambda f: f[0] + len(f[1]))
    # 集聚集成电路: 聚集 read across two words loses to the verb that starts first.
    earlier = [f for f in found if f[0] < best[0] < f[0] + len(f[1])]
    return min(earlier) if earlier else best
