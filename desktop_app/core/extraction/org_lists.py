"""Organisation names beyond a single suffix: a body's session or department printed after
it, lists of companies, and short forms of a name printed earlier.

Split from :mod:`org_rules` (which finds the candidates closed by a suffix or known by
name); these steps run on what it found: ``extend_bodies`` after the fusion with the
model, ``list_orgs`` and ``short_forms`` on the page's candidates.

A firm's short name runs on into the trade printed right after it (sixth round): the
model reads 蓝思 of 蓝思光电 and 微步 of 微步信息 as the firm, and the news names the firm
by both words, as the shipped list's 吉利 → 吉利汽车 already were (``org_rules``); not a
word the shipped lists say is no body (湘约|智能 is a slogan).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from desktop_app.core.extraction.dictionaries import Lexicon, word_count
from desktop_app.core.extraction.entity_rules import Candidate, Token, occurrences
from desktop_app.core.extraction.org_rules import (
    _BODY_ENDINGS,
    _CJK,
    _COMMON_WORD,
    _GENERIC,
    _INDUSTRY,
    _LIST_COUNT,
    _LIST_HEADS,
    _LIST_ITEM,
    _NOT_NAME_ENDINGS,
    _NOT_UNITS,
    _UNIT_ENDINGS,
)

_NUMERALS = "〇一二三四五六七八九十百零两"
_SESSION = re.compile(rf"(?:第[{_NUMERALS}]+[届次])?(?:全国)?(?:人民)?(?:代表大会|委员会)")
_PARTY_CONGRESS = re.compile(rf"[{_NUMERALS}]{{1,3}}大")
_COUNTED = re.compile(r"第[0-9〇一二三四五六七八九十]{1,3}(?=[\u4e00-\u9fff])")
_UNIT_FLAGS = ("n", "j", "vn", "nz", "g", "ng", "zg", "b", "nt", "ns")


def extend_bodies(text: str, chosen: list[Candidate], tokens: list[Token],
                  no_body: Callable[[str], bool] = lambda _name: False) -> list[Candidate]:
    """Bodies of ``chosen`` with the session or the department printed right after them:
    九三学社 + 第七次全国代表大会, 政协 + 第八届全国委员会, 致公党 + 十一大,
    国务院 + 台湾事务办公室. A department may hold a place (台湾) but no other name; what
    the longer span covers of ``chosen`` goes. A firm's short name with nothing printed
    after it of that kind takes the trade that follows (蓝思|光电, see the module doc),
    unless ``no_body`` says the name is none (湘约). ``chosen``: sorted, disjoint;
    ``tokens``: jieba's."""
    by_start = {t.start: k for k, t in enumerate(tokens)}
    out: list[Candidate] = []
    skip_to = -1
    for i, cand in enumerate(chosen):
        if cand.start < skip_to:
            continue
        end = cand.end
        if cand.type == "ORG":
            session = _SESSION.match(text, cand.end)
            if session and session.group().startswith("第"):
                end = session.end()
            congress = _PARTY_CONGRESS.match(text, cand.end)
            if congress and (text[cand.start:cand.end].endswith("党")
                             or text[cand.start:cand.end] == "中共"):
                end = congress.end()
            # A department counted by the body (最高检|第八|检察厅, 市公安局|第一|分局).
            after = counted.end() if (counted := _COUNTED.match(text, end)) else end
            k = by_start.get(after)
            if k is not None and cand.end - cand.start > 1:
                unit_end = _unit_end(tokens, k, after)
                if unit_end > after \
                        and not any(c.type != "LOC" for c in _following(chosen, i, unit_end)):
                    end = unit_end
            k = by_start.get(end)
            if end == cand.end and k is not None and _short_brand(text[cand.start:end]) \
                    and not no_body(text[cand.start:end]) \
                    and tokens[k].word in _INDUSTRY \
                    and not any(True for _c in _following(chosen, i, tokens[k].end)):
                end = tokens[k].end  # 蓝思|光电, 万兴|科技: a firm's short name and trade
        if end != cand.end and not any(c.end > end for c in _following(chosen, i, end)):
            cand = Candidate(cand.start, end, cand.type, cand.strength)
            skip_to = end  # the names it now covers go
        out.append(cand)
    return out


# A short brand ends in neither: 蓝思 may take 光电, 蓝思光电 and 省科技厅 take nothing more.
_NOT_BRAND_ENDINGS = (*_INDUSTRY, *_BODY_ENDINGS)


def _short_brand(name: str) -> bool:
    """Two to four characters that end in no trade and no body's word of their own."""
    return 2 <= len(name) <= 4 and not name.endswith(_NOT_BRAND_ENDINGS)


def _following(chosen: list[Candidate], i: int, end: int) -> Iterator[Candidate]:
    """The names after ``chosen[i]`` that start before ``end`` (by index: a slice would
    copy the rest of the list for every name, quadratic on a long line)."""
    for k in range(i + 1, len(chosen)):
        cand = chosen[k]
        if cand.start >= end:
            return
        yield cand


def _unit_end(tokens: list[Token], k: int, end: int) -> int:
    text = ""
    for tok in tokens[k:k + 3]:
        if tok.flag not in _UNIT_FLAGS or not _CJK.match(tok.word) or tok.word in _GENERIC:
            break
        text += tok.word
        if len(text) > 8:
            break
        if text.endswith(_UNIT_ENDINGS) and tok.word not in _NOT_UNITS \
                and tok.flag in ("n", "j", "nt", "zg", "ng", "g"):
            return tok.end
    return end


def list_orgs(text: str, tokens: list[Token], lex: Lexicon,
              found: list[Candidate]) -> list[Candidate]:
    """Short company names in a list closed by a count of firms or a word for them:
    ``艾迪奥、金博氢能、仪纬科技3家企业``, ``星宇车灯、华威模具等制造业单项冠军企业``."""
    out: list[Candidate] = []
    for match in re.finditer(r"[^，。；：？！,;:?!\n（）()“”]+", text):
        clause, base = match.group(), match.start()
        if "、" not in clause:
            continue
        parts = clause.split("、")
        tail = parts[-1]
        items = _list_tail_item(tail)
        if items is None:
            continue
        last_item, _rest = items
        offsets = []
        pos = base
        for part in parts[:-1]:
            offsets.append((pos, pos + len(part)))
            pos += len(part) + 1
        offsets.append((pos, pos + len(last_item)))
        first_start = _list_first_start(tokens, found, offsets[0], lex)
        offsets[0] = (first_start, offsets[0][1])
        people = [(c.start, c.end) for c in found if c.type == "PER"]
        for start, end in offsets:
            if not any(s < end and start < e for s, e in people):  # 乔生祥、黄华平等公司领导
                out.extend(_list_item(text, start, end, tokens, lex))
    return out


def _list_tail_item(tail: str) -> tuple[str, str] | None:
    """Split ``仪纬科技3家企业`` into the last item and what follows it."""
    for k in range(2, min(len(tail), 9) + 1):
        rest = tail[k:]
        count = _LIST_COUNT.match(rest)
        if count or rest.startswith("等"):
            after = rest[count.end():] if count else rest[1:]
            if any(head in after[:16] for head in _LIST_HEADS):
                return tail[:k], rest
    return None


def _list_first_start(tokens: list[Token], found: list[Candidate], span: tuple[int, int],
                      lex: Lexicon) -> int:
    """Where the first item starts: after the clause's verb, conjunction or a name."""
    start, end = span
    ends = {c.end for c in found if c.type == "ORG" and c.start >= start and c.end < end}
    begin = start
    for tok in tokens:
        if tok.start < start or tok.end > end:
            continue
        verb_like = tok.flag in ("v", "p", "c", "d", "r", "u", "uj") and tok.end < end
        if tok.end in ends or (verb_like and tok.word not in lex.organisations):
            begin = tok.end
    return begin


def _list_item(text: str, start: int, end: int, tokens: list[Token], lex: Lexicon
               ) -> list[Candidate]:
    word = text[start:end]
    if not _LIST_ITEM.match(word) or word in lex.places or lex.never(word, "ORG") \
            or word.endswith(_NOT_NAME_ENDINGS):
        return []
    inside = [t for t in tokens if t.start >= start and t.end <= end]
    if len(inside) == 1 and inside[0].flag.startswith("nr") and len(word) == 3:
        return []  # a person's name (乔生祥、黄华平等公司领导)
    if len(inside) == 1 and inside[0].flag in ("n", "v", "vn", "a", "d", "ns") \
            and inside[0].word not in lex.organisations and len(word) > 1 \
            and inside[0].flag != "ns":
        return []  # an ordinary word (手机、电脑等产品), not a firm's name
    return [Candidate(start, end, "ORG", 3)]


def short_forms(text: str, candidates: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Names found once count wherever they recur in the text, and so do the short forms
    of a registered name (惠科股份有限公司 → 惠科, 博世集团 → 博世)."""
    names: set[str] = set()
    for cand in candidates:
        if cand.type != "ORG" or cand.strength < 3:
            continue
        name = text[cand.start:cand.end]
        names.add(name)
        names.update(_short_names(name, lex))
    out: list[Candidate] = []
    for name in names:
        if len(name) < 2 or name in lex.places or lex.never(name, "ORG"):
            continue
        out.extend(Candidate(at, at + len(name), "ORG", 2) for at in occurrences(text, name))
    return out


def _short_names(name: str, lex: Lexicon) -> list[str]:
    out = []
    core = name
    for length in (3, 2):  # a place before the name: 湖南汇视威… → 汇视威…
        # …but not a brand that is also a place's name (吉利汽车…: 汽车 is no firm).
        if core[:length] in lex.places and len(core) > length + 3 \
                and core[:length] not in lex.organisations \
                and not any(core.startswith(w, length) for w in _INDUSTRY):
            core = core[length:]
            out.append(core)
            break
    registered = core
    for suffix in ("有限公司", "有限责任公司", "股份", "集团", "公司"):
        if core.endswith(suffix):
            core = core[:-len(suffix)]
    if core == registered:
        return out  # not a firm: 郴州东江湖大数据产业园 → 东江湖大数据产业园 only
    out.append(core)
    while True:  # 海信家电 → 海信, 吉利汽车 → 吉利: only industry words come off
        word = next((w for w in _INDUSTRY if core.endswith(w) and len(core) - len(w) >= 2), "")
        if not word:
            break
        core = core[:-len(word)]
        # …and not down to an everyday word (山河智能 → 山河 would mark every 山河).
        if core in lex.organisations or word_count(core) < _COMMON_WORD:
            out.append(core)
    return [w for w in out if len(w) >= 2 and _CJK.match(w) and w not in lex.places
            and (w in lex.organisations or word_count(w) < _COMMON_WORD)]
