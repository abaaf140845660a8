"""Generated newspaper pages for benchmarks: varied text, not copies of the samples.

``pages(n, seed)`` yields ``n`` page texts shaped like the sample pages (page number,
date and editor lines, ``##`` headlines, bylines, paragraphs, some hard-wrapped at a
narrow column as a PDF export leaves them). Their sentences come from a character
Markov chain (order 3) trained on the sample articles, with generated names, places and
figures put in: the mix of characters, words, numbers and names is newspaper-like, and
no two pages (or paragraphs) are the same, so neither the import's hash check nor any
cache sees a repeat.

``uv run python bench/pagegen.py OUT_DIR N`` writes N pages as files.
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop_app.core.reading.pages import read_page  # noqa: E402
from desktop_app.core.splitting.split import split_page  # noqa: E402

ORDER = 3
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"  # noqa: E501
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欢阳晨瑞博文轩雨婷雅琪思怡嘉晓东海波鑫"  # noqa: E501
PLACES = ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州",
          "永州", "怀化", "娄底", "湘西", "浏阳", "醴陵", "宁乡", "韶山", "耒阳", "汨罗"]
ORGS = ["经开区", "高新区", "产业园", "集团", "科技公司", "研究院", "人民医院", "职业学院",
        "农业合作社", "供电公司"]
UNITS = ["亿元", "万元", "万吨", "千瓦", "家", "个", "项", "万人次", "公里", "亩"]
WEEKDAYS = "一二三四五六日"


class Chain:
    """Characters given the three before them, as counted in the training text."""

    def __init__(self, texts: list[str]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            for sentence in text.replace("\n", "").split("。"):
                if len(sentence) > ORDER + 4:
                    self.starts.append(sentence[:ORDER])
                    padded = sentence + "。"
                    for i in range(len(padded) - ORDER):
                        self.next[padded[i:i + ORDER]].append(padded[i + ORDER])

    def sentence(self, rng: random.Random, longest: int = 90) -> str:
        out = rng.choice(self.starts)
        while len(out) < longest:
            choices = self.next.get(out[-ORDER:])
            if not choices:
                break
            char = rng.choice(choices)
            out += char
            if char == "。":
                return out
        return out.rstrip("，、；：") + "。"


def training_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        texts.extend(a.text for a in split_page(read_page(path).text).articles)
    return texts


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def figure(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.randint(1, 9999)}{rng.choice(UNITS)}"
    if kind == 1:
        return f"{rng.randint(0, 99)}.{rng.randint(0, 9)}%"
    if kind == 2:
        return f"{rng.randint(2015, 2030)}年{rng.randint(1, 12)}月"
    return f"近{rng.randint(2, 90)}{rng.choice(UNITS)}"


def paragraph(chain: Chain, rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(2, 5)):
        sentence = chain.sentence(rng)
        extra = rng.randrange(4)
        if extra == 0:
            sentence = (f"{rng.choice(PLACES)}{rng.choice(ORGS)}负责人{name(rng)}介绍，"
                        + sentence)
        elif extra == 1:
            sentence = sentence[:-1] + f"，同比增长{figure(rng)}。"
        elif extra == 2:
            sentence = f"截至{figure(rng)}，" + sentence
        parts.append(sentence)
    return "".join(parts)


def wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def page(chain: Chain, rng: random.Random, number: int) -> str:
    day = 1 + number % 28
    lines = [f"{1 + number % 16:02d}", "",
             f"2025年{1 + number // 28 % 12}月{day}日 星期{WEEKDAYS[number % 7]}",
             f"责任编辑 {name(rng)} 版式设计 {name(rng)}", ""]
    for _ in range(rng.randint(4, 7)):
        headline = chain.sentence(rng, 18).strip("。，、；：“”")[:16] or "本报讯"
        lines += [f"## {headline}", "", f"湖南日报全媒体记者 {name(rng)} {name(rng)}", ""]
        wrapped = rng.random() < 0.4
        width = rng.randint(12, 16)
        for _ in range(rng.randint(3, 8)):
            text = paragraph(chain, rng)
            lines += [wrap(text, width) if wrapped else text, ""]
    return "\n".join(lines) + "\n"


def pages(count: int, seed: int = 1) -> Iterator[str]:
    chain = Chain(training_texts())
    rng = random.Random(seed)
    for number in range(count):
        yield page(chain, rng, number)


def write(folder: Path, count: int, seed: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, text in enumerate(pages(count, seed)):
        path = folder / f"page-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    made = write(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(made)} pages, {sum(len(p.read_text(encoding='utf-8')) for p in made):,} "
          "characters")
