"""Hypothesis strategies for newspaper-like pages, shared by the fuzz tests.

A page is drawn as its parts (masthead furniture, headline stacks, bylines, datelines,
body paragraphs hard-wrapped at a column width, photo captions that land mid-sentence,
continuation markers, repeated lines) and then rendered to text, and optionally to the
bytes a user's tool might have saved (UTF-8 with or without BOM, GB18030, UTF-16, CRLF,
stray NULs and invisible characters).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from hypothesis import strategies as st

SENTENCES = [
    "全省绿色智能计算产业规模达8520亿元，同比增长19.2%。",
    "长沙经开区着力打造智能算力设施高地，探索高效应用运行新模式。",
    "企业负责人表示，项目建成后将助力我国在先进陶瓷粉体产业领域自主可控。",
    "湘江新区的一些企业已经跃跃欲试，将投资眼光落在了益阳。",
    "1至10月，全省规模以上工业增加值同比增长7.3%，近80家企业入选。",
    "博世落户长沙二十年，产值与销售额比成立之初增长近40倍。",
    "到2030年，力争建成全国一流的算力枢纽，带动投资超千亿元。",
    "省委书记沈晓明在株洲调研时强调，要坚持创新驱动发展。",
    "中联重科、三一集团等龙头企业订单饱满，第三季度营收3.2亿美元。",
    "“我们将继续加大投入。”公司董事长说，今年研发经费占比约5.6%。",
]
TITLES = ["算力经济湖南瞄准世界一流", "益阳加盟长株潭都市圈", "轻工企业利润稳步回升",
          "博世扎根湖南二十年", "工程机械再制造走向全球", "贵州发放首批算力券",
          "湘江新区打造产业新高地", "乡村振兴的株洲答卷"]
KICKERS = ["——聚焦高质量发展", "——来自长沙经开区的报道", "奋力谱写中国式现代化湖南篇章"]
NAMES = ["黄利飞", "彭雅惠", "谢卓芳", "孟姣燕", "刘乐", "周阳乐"]
FURNITURE = ["湖南日报 2024年5月6日 星期一", "责任编辑 刘乐", "版式编辑 周阳乐",
             "04 经济", "HUNAN DAILY"]
CONTINUATIONS = ["（下转2版）", "（上接1版）", "◀下转第3版"]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "utf-16-be"]
INVISIBLE = ["\x00", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\x07"]


@dataclass(frozen=True)
class Story:
    title: str
    kicker: str
    byline: str
    paragraphs: tuple[str, ...]


@st.composite
def stories(draw: st.DrawFn) -> Story:
    paragraphs = draw(st.lists(
        st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True).map("".join),
        min_size=1, max_size=5, unique=True))
    byline = draw(st.sampled_from([
        f"湖南日报全媒体记者 {draw(st.sampled_from(NAMES))}",
        f"本报记者 {draw(st.sampled_from(NAMES))} 通讯员 {draw(st.sampled_from(NAMES))}",
        f"湖南日报长沙{draw(st.integers(1, 28))}日讯",
    ]))
    return Story(draw(st.sampled_from(TITLES)), draw(st.sampled_from(["", *KICKERS])), byline,
                 tuple(paragraphs))


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


@st.composite
def page_texts(draw: st.DrawFn) -> str:
    """A page as extraction leaves it: furniture, stories, wraps, captions, markers."""
    style = draw(st.sampled_from(["markdown", "bare", "wrapped", "headline-below"]))
    width = draw(st.integers(12, 30))  # narrower columns are read as headline stacks
    blank = draw(st.booleans())
    lines: list[str] = draw(st.lists(st.sampled_from(FURNITURE), max_size=3))
    for story in draw(st.lists(stories(), min_size=1, max_size=4)):
        head = [f"## {story.title}" if style == "markdown" else story.title]
        if story.kicker:
            head.append(story.kicker)
        body = [story.byline]
        for paragraph in story.paragraphs:
            body.extend(wrap(paragraph, width) if style in ("wrapped", "headline-below")
                        else [paragraph])
            if draw(st.integers(0, 9)) == 0:  # a photo caption lands mid-story
                body.append(f"图为长沙经开区一角。（{draw(st.sampled_from(NAMES))} 摄）")
            if draw(st.integers(0, 14)) == 0:
                body.append(body[-1])  # a line extracted twice
        if draw(st.integers(0, 5)) == 0:
            body.append(draw(st.sampled_from(CONTINUATIONS)))
        lines.extend(body + head if style == "headline-below" else head + body)
    return ("\n\n" if blank else "\n").join(lines) + "\n"


@st.composite
def page_bytes(draw: st.DrawFn) -> tuple[bytes, str]:
    """(bytes as saved by some tool, the text they hold before cleaning)."""
    text = draw(page_texts())
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    encoding = draw(st.sampled_from(ENCODINGS))
    if draw(st.integers(0, 3)) == 0:
        # NUL characters in BOM-less UTF-16 make it indistinguishable from binary data
        # (it is refused with a message); every other pairing must decode.
        noise = draw(st.sampled_from(INVISIBLE[1:] if encoding in ("utf-16-le", "utf-16-be")
                                     else INVISIBLE))
        step = draw(st.integers(24, 97))  # denser control noise reads as binary
        text = "".join(ch + (noise if i % step == 0 else "") for i, ch in enumerate(text))
    data = text.encode(encoding)
    if encoding == "utf-16":  # Python writes a BOM for plain "utf-16"
        assert data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return data, text
