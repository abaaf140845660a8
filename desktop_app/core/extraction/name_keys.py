"""One key for the variants of one name, so that a names index can group its mentions.

``湖南省`` and ``湖南``, ``长沙市`` and ``长沙``, ``习近平总书记`` and ``习近平``,
``惠科股份有限公司`` and ``惠科公司`` share a key; the type is part of it
(``LOC:湖南`` is not ``ORG:湖南``).
A pure function of its arguments: no model, no jieba.

What comes off, by type (never below two characters, so 沙市 stays 沙市):
- all: NFKC (full-width letters and digits), spaces and line breaks, the variants of ``·``;
- ``LOC``: one administrative ending (省, 市, 自治区, 特别行政区, 县, 区, 自治州, 地区, 盟 …);
  an ethnic autonomous region keeps its short name (广西壮族自治区 → 广西);
- ``PER``: titles and honorifics before or after the name (院士, 总书记, 先生, 同志 …);
- ``ORG``: the legal form and the group (股份有限公司, 有限公司, 公司, 集团, （集团）), then
  an industry word when what is left is a known body's name (吉利汽车集团 → 吉利汽车 →
  吉利: 吉利 is in ``organisations.txt``; 上海汽车 keeps its key, 上海 is no known body).

The key is stored with each entity row of the library (``article_entities.name_key``,
docs/schema.md); a change to this function or to the lists it reads needs a migration
step that fills the column again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable

from desktop_app.core.extraction.org_rules import _INDUSTRY as _INDUSTRY_WORDS

_DOTS = re.compile(r"[•・‧∙⋅･]")
_SPACE = re.compile(r"\s+")
_ETHNIC_REGIONS = {"广西壮族自治区": "广西", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
                   "西藏自治区": "西藏", "内蒙古自治区": "内蒙古"}
# Longest first: 特别行政区 before 区, 自治州 before 州.
_PLACE_ENDINGS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区",
                  "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")
_LEGAL_FORMS = ("集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
                "股份公司", "公司", "(集团)", "集团")
# Industry words after a brand (吉利汽车): as org_rules' list of them, longest first.
_INDUSTRY = tuple(sorted(_INDUSTRY_WORDS, key=len, reverse=True))
_HONORIFICS = ("先生", "女士", "同志", "小姐", "夫人", "阁下", "老师", "师傅")


def name_key(text: str, etype: str, titles: Iterable[str] | None = None,
             bodies: Collection[str] | None = None) -> str:
    """``TYPE:core`` for the name ``text`` of type ``etype`` (PER/LOC/ORG).

    ``titles``: the words that may stand before or after a person's name; by default the
    shipped list (``resources/dicts/titles.txt``) and a few honorifics. ``bodies``: the
    known bodies' names an industry word may come off down to; by default the shipped
    ``organisations.txt``.
    """
    core = _SPACE.sub("", _DOTS.sub("·", unicodedata.normalize("NFKC", text)))
    if etype == "LOC":
        core = _place_core(core)
    elif etype == "PER":
        core = _person_core(core, _title_list(titles))
    elif etype == "ORG":
        core = _body_core(core, _known_bodies(bodies))
    return f"{etype}:{core}"


def _body_core(name: str, bodies: Collection[str]) -> str:
    while True:
        shorter = _strip_end(name, _LEGAL_FORMS)
        if shorter == name:
            break
        name = shorter
    for word in _INDUSTRY:
        if name.endswith(word) and name[:-len(word)] in bodies:
            return name[:-len(word)]
    return name


def _place_core(name: str) -> str:
    if name in _ETHNIC_REGIONS:
        return _ETHNIC_REGIONS[name]
    return _strip_end(name, _PLACE_ENDINGS)


def _person_core(name: str, titles: list[str]) -> str:
    changed = True
    while changed:
        changed = False
        for title in titles:
            if name.endswith(title) and len(name) - len(title) >= 1:
                name, changed = name[:-len(title)], True
                break
            if name.startswith(title) and len(name) - len(title) >= 2:
                name, changed = name[len(title):], True
                break
    return name


def _strip_end(name: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[:-len(ending)]
    return name


def _known_bodies(bodies: Collection[str] | None) -> Collection[str]:
    if bodies is None:
        from desktop_app.core.extraction.dictionaries import lexicon

        return lexicon().organisations
    return bodies


def _title_list(titles: Iterable[str] | None) -> list[str]:
    if titles is None:
        from desktop_app.core.extraction.dictionaries import lexicon

        titles = lexicon().titles
    return sorted({*titles, *_HONORIFICS}, key=len, reverse=True)
