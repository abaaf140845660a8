"""How the news addresses a person, and what it prints after a name (docs/quality.md,
rounds seven, ten and fifteen): the parts of a name the model read that are no part of it.

**A form of address after a surname is no part of the name** (seventh round): 王总, 刘董,
李工, 张局 name 王, 刘, 李, 张 (the surname a shipped one, 司马总 too); the model reads
the two characters as the name. Nor is a photo credit's 摄 (记者李舸摄) or a unit's 部
(吉鸿昌部, the general's troops) after a name of two characters or more. Since the tenth
round the everyday forms too: 张师傅, 刘阿姨, 亓先生, 戴女士, 晏大爷, and 老 or 小 before a
surname (老王, 小叶): the surname is the name. Since the fifteenth, kin terms and a crew's
captain (刘奶奶, 仉老太, 亓机长), a surname rarer than the shipped list's when the model
read the one character and the form as a person (蒯大爷), a compound surname before the
given name the model read alone (上官|婷婷), and not those who came with the person
(本杰明·陈一行). Since the seventeenth, a form read with the verb of saying after it
(王总坦言: the surname who speaks).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from desktop_app.core.extraction.entity_rules import Candidate
from desktop_app.core.extraction.person_levers import ADDRESS
from desktop_app.core.surnames import COMMON_SURNAMES, COMPOUND_SURNAMES

# After a name: those who came with the person (…一行).
_PARTY = "一行"
# After a full name: a photographer's credit (李舸摄) and a commander's troops (吉鸿昌部).
_AFTER_A_NAME = frozenset("摄部")


def addressed_persons(text: str, chosen: list[Candidate], surnames: frozenset[str]
                      ) -> list[Candidate]:
    """``chosen`` with each person that is a shipped surname and a form of address cut
    to the surname, and each of three characters or more that ends in a photo credit's
    摄 or a unit's 部 cut before it (see the module doc)."""
    out = []
    for c in chosen:
        name = text[c.start:c.end]
        form = _FORMS.search(name) if c.type == "PER" else None
        if c.type == "PER" and len(name) >= 4 and name.endswith(_PARTY):
            # 本杰明·陈一行, 李明一行: the person and those with them.
            c = Candidate(c.start, c.end - len(_PARTY), "PER", c.strength)
            name = name[:-len(_PARTY)]
        if c.type == "PER" and len(name) in (2, 3) \
                and text[max(0, c.start - 2):c.start] in COMPOUND_SURNAMES:
            # 上官|婷婷, 司徒|志明: the model read the given name alone.
            c = Candidate(c.start - 2, c.end, "PER", c.strength)
            name = text[c.start:c.end]
        if c.type == "PER" and ((2 <= len(name) <= 3 and name[-1] in ADDRESS
                                 and name[:-1] in surnames)
                                or (len(name) >= 3 and name[-1] in _AFTER_A_NAME)):
            c = Candidate(c.start, c.end - 1, "PER", c.strength)
        elif form and (name[:form.start()] in surnames or (
                form.start() == 1 and name[0] not in _NOT_SURNAMES
                and "\u4e00" <= name[0] <= "\u9fff")):
            # A rarer surname than the shipped list's (蒯大爷, 仉老太): the one character
            # the model read as a person with the form.
            c = Candidate(c.start, c.start + form.start(), "PER", c.strength)
        elif c.type == "PER" and len(name) == 2 and name[0] in "老小" \
                and name[1] in COMMON_SURNAMES:
            # 老 or 小 before a common surname is a form of address (老王, 小叶); before a
            # rarer one it may open a given name (邓小平's 小平).
            c = Candidate(c.start + 1, c.end, "PER", c.strength)
        out.append(c)
    return out


# Everyday forms of address after a surname (张师傅, 刘阿姨, 亓先生).
# Kin terms are forms too (刘奶奶, 程爷爷, 仉老太), and a crew's captain (亓机长).
_FORMS = re.compile(r"(?:先生|女士|师傅|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|老师|同学"
                    r"|奶奶|爷爷|婆婆|阿婆|老太|老伯|伯伯|大伯|叔叔|婶婶|大婶|大嫂|嫂子|机长|船长)$")
# Not a surname before a form, whatever the model read: 老大爷, 小阿姨, 二婶婶.
_NOT_SURNAMES = frozenset("老小大阿一二三四五六七八九十")

# A surname's form of address before a verb of saying: the boss (王总), a director of
# films (张导).
_ADDRESSED = ADDRESS | frozenset("导")


def addressed_speakers(text: str, chosen: list[Candidate], speech_verbs: Collection[str]
                       ) -> list[Candidate]:
    """``chosen`` with a person read with a verb of saying after a surname's form of
    address (王总坦言) cut to the surname, as the conventions mark an addressed person."""
    out = []
    for cand in chosen:
        name = text[cand.start:cand.end]
        if cand.type == "PER" and len(name) >= 4 and name[1] in _ADDRESSED \
                and name[2:] in speech_verbs:
            cand = Candidate(cand.start, cand.start + 1, "PER", cand.strength)
        out.append(cand)
    return out
