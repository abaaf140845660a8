"""A made-up newspaper issue: what each page prints (:class:`PageSpec`) and what a reader
sees on it (:class:`GoldPage`), with the stories' text taken from the seed pages.

A page has a header band (date, section, page number, editor) and a body of 1–6 columns.
Each story takes 1–3 columns and has a headline (with an optional kicker above and deck
below), often a byline, and sometimes a photo with a caption ending in a credit
(``… 摄``). A story may stop with ``（下转第N版）`` and go on, under its headline repeated
with ``（上接第M版）``, on a later page.

Plain data, no Qt: drawing the specs as a PDF is :mod:`tests.helpers.newspaper_pdf`.
Nothing here is shipped.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

_SURNAMES = ("王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢"
             "蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯"
             "邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
_GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰飞鹏辉建国海燕晶婷雪琳斌宇浩凯晨博文"
          "俊雅倩欣怡泽楠")
_SECTIONS = ("要闻", "经济", "综合", "时政", "湘江周刊", "文化", "社会", "产经")


@dataclass
class GoldArticle:
    """What a reader sees: the fields the splitter's ``Article`` has."""

    kind: str  # article | photo_caption | continuation
    title: str
    paragraphs: list[str]
    kicker: str = ""
    deck: str = ""
    byline: str = ""
    marker: str = ""  # the continuation marker printed with it

    @property
    def text(self) -> str:
        return "".join(self.paragraphs)


@dataclass
class GoldPage:
    date: str  # ISO
    page: str  # as the number is printed, without 第/版
    editor: str
    section: str
    articles: list[GoldArticle] = field(default_factory=list)


@dataclass
class StorySpec:
    title: str
    paragraphs: list[str]
    span: int = 1  # columns
    kicker: str = ""
    deck: str = ""
    byline: str = ""
    photo: tuple[str, str] | None = None  # (caption, credit) printed above the body
    continued_to: int | None = None  # page number: the story stops after ``cut`` paragraphs
    cut: int = 0
    continued_from: int | None = None
    head_size: float = 24.0


@dataclass
class PhotoSpec:
    caption: str
    credit: str
    span: int = 1


@dataclass
class PageSpec:
    number: int
    columns: int
    date: tuple[int, int, int]
    section: str
    editor: str
    items: list[StorySpec | PhotoSpec]
    body_size: float = 10.0
    page_format: int = 0  # how the header band prints the page number


def _texts() -> list[str]:
    """Body paragraphs of the seed pages (clean ones: prose, not headings or credits)."""
    paragraphs: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").split("\n"):
            line = raw.strip().replace(",", "，").replace("(", "（").replace(")", "）")
            if (len(line) >= 40 and line[-1] in "。”" and not line.startswith(("#", "*", "▶"))
                    and "摄" not in line[-12:]):
                paragraphs.append(line)
    return paragraphs


def _name(rng: random.Random) -> str:
    given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))
    return rng.choice(_SURNAMES) + given


def _headline(rng: random.Random, paragraph: str, lo: int = 6, hi: int = 16) -> str:
    clauses = [c for c in re.split(r"[，。；：！？、“”‘’（）《》\s]", paragraph) if lo <= len(c)]
    clause = rng.choice(clauses) if clauses else paragraph[:hi]
    return clause[:hi]


def random_paper(seed: int, pages: int = 2, columns: list[int] | None = None,
                 photos: bool = True, continued: bool = True, dense: bool = False
                 ) -> list[PageSpec]:
    """A made-up issue: ``pages`` pages of 1–6 columns filled with stories and photos
    (``dense``: as many as fit, like a real page of 8,000–15,000 characters)."""
    rng = random.Random(seed)
    corpus = _texts()
    rng.shuffle(corpus)
    cursor = 0

    def take(n: int) -> list[str]:
        nonlocal cursor
        out = [corpus[(cursor + i) % len(corpus)] for i in range(n)]
        cursor += n
        return out

    date = (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28))
    specs: list[PageSpec] = []
    carry: StorySpec | None = None
    for number in range(1, pages + 1):
        cols = columns[(number - 1) % len(columns)] if columns else rng.randint(1, 6)
        items: list[StorySpec | PhotoSpec] = []
        if carry is not None:
            items.append(carry)
            carry = None
        n_stories = 40 if dense else max(2, min(7, cols + rng.randint(0, 2)))
        for i in range(n_stories):
            paras = take(rng.randint(2, 5))
            span = rng.randint(1, min(3, cols))
            story = StorySpec(
                title=_headline(rng, paras[0]), paragraphs=paras, span=span,
                kicker=_headline(rng, paras[-1], 5, 14) if rng.random() < 0.2 else "",
                deck=("——" + _headline(rng, paras[1], 6, 18)) if rng.random() < 0.2 else "",
                byline=f"本报记者 {_name(rng)}" if rng.random() < 0.7 else "",
                head_size=rng.choice((18.0, 20.0, 22.0, 26.0, 30.0)) if i else 32.0,
            )
            if photos and rng.random() < 0.2:
                story.photo = (_caption(rng, take(1)[0]), f"{_name(rng)} 摄")
            if continued and number < pages and i == 0 and len(paras) >= 3 and carry is None:
                story.continued_to = number + 1
                story.cut = len(paras) - 1
                carry = StorySpec(title=story.title, paragraphs=[], span=1,
                                  continued_from=number, head_size=18.0)
                carry.paragraphs = paras[story.cut:]
            items.append(story)
            if photos and rng.random() < 0.25:
                items.append(PhotoSpec(_caption(rng, take(1)[0]),
                                       f"本报记者 {_name(rng)} 摄", rng.randint(1, min(2, cols))))
        specs.append(PageSpec(
            number=number, columns=cols, date=date, section=rng.choice(_SECTIONS),
            editor=_name(rng), items=items, body_size=rng.choice((9.0, 10.0, 10.5)),
            page_format=rng.randint(0, 2)))
    return specs


def _caption(rng: random.Random, paragraph: str) -> str:
    sentence = re.split(r"(?<=。)", paragraph)[0]
    return sentence if len(sentence) <= 90 else sentence[:60].rstrip("，、；") + "。"
