"""Names nobody listed: generated news sentences with made-up persons, places and firms.

    uv run python bench/name_probe.py [--sentences 2000] [--seed 1] [--errors 20]

The dev sets (bench/name_quality.py) hold names that exist; this probe asks whether the
extraction finds names that exist nowhere: a surname of the Hundred Family Surnames
(common and rare, single and compound) with a given name of one or two characters drawn
from a broad pool, a county, town or village named from random characters, a firm named
by a random brand with an industry and a legal form, a school or an association of a
random place. They stand in sentence frames a paper prints (a speaker and their title,
a quote and its speaker, a list of guests, a signing, a visit, a dateline), with
everyday clauses between, so precision is measured too. Nothing here is read from the
evaluation sets, and the frames were written before the first run.

Prints P/R/F1 per type, exact and overlap, per frame recall, and the commonest misses.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from span_scores import matches, prf  # bench/ is on sys.path: run as a script

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# The Hundred Family Surnames (百家姓), its first part and the compound ones: common and
# rare alike, more than the shipped list holds.
SURNAMES = [*(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章"
    "云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常"
    "乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞"
    "熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍"
    "虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁"
), "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲芬燕彬鹏辉斌宇浩凯健俊帆"
    "旭宁龙林欢阳晨瑞博文轩雨婷雅琪思怡嘉晓东海波鑫昊然子涵梓睿泽宸奕铭皓烨锦煜炜琳璐"
    "蕾颖倩茜蓉薇菁珂瑶琦骏骁驰峻崧岚峥嵘松柏桦楠槐翔翊羽翎潇澜溪沐淼泓湘沅澧资岳衡韶")
TITLES = ["董事长", "总经理", "副总经理", "院士", "教授", "研究员", "主任", "副县长", "县长",
          "副市长", "镇长", "村党支部书记", "总工程师", "秘书长", "会长", "副厅长", "局长"]
PLACE_CHARS = list("青石桥溪坪塘湾岭冲坡田湖山江源安宁丰平兴隆和盛福寿龙凤花桃李杨柳梅松竹")
COUNTIES = ["县", "市"]
TOWNS = ["镇", "乡", "街道"]
PROVINCES = ["湖南省", "湖北省", "江西省", "广东省", "四川省", "贵州省", "浙江省", "河南省"]
CITIES = ["长沙市", "株洲市", "湘潭市", "衡阳市", "岳阳市", "常德市", "益阳市", "郴州市",
          "永州市", "怀化市", "娄底市", "邵阳市"]
BRAND_CHARS = list("华兴宏远博创恒泰鑫源锐智达联睿腾晟昊宸澜曜嘉誉卓航凌峰星辰科迈奥宇")
INDUSTRIES = ["科技", "新材料", "智能装备", "电子", "生物医药", "新能源", "机械", "数据", "光电",
              "环保", "食品"]
LEGAL = ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"]
BODIES = ["大学", "职业技术学院", "人民医院", "研究院", "行业协会", "商会", "产业园"]
# Syllables of transliterated foreign names (马克龙, 阿卜杜拉), and countries to go with them.
SYLLABLES = list("阿巴卡达埃法加哈伊贾克拉马纳奥帕萨塔瓦亚扎贝德菲格霍基莱米尼皮里斯特维尔森顿")
COUNTRIES = ["美国", "法国", "德国", "俄罗斯", "巴西", "南非", "印度尼西亚", "沙特阿拉伯", "新西兰",
             "哈萨克斯坦"]
FOREIGN_TITLES = ["总统", "总理", "外长", "驻华大使", "议长"]
CHAIN_TITLES = ["省委常委、副省长", "市委副书记、市长", "县委书记", "党组书记、局长"]
DEPARTMENTS = ["人民政府", "发展和改革局", "农业农村局", "自然资源局", "人民法院"]
CLAUSES = ["今年一季度产值同比增长较快", "企业研发投入持续加大", "项目建设进展顺利",
           "当地群众的获得感不断增强", "这为产业升级打下了坚实基础", "市场需求持续回暖",
           "相关工作正在有序推进", "新技术新产品不断涌现", "合作空间十分广阔"]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def foreigner(rng: random.Random) -> str:
    def part() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
    return part() + ("·" + part() if rng.random() < 0.4 else "")


def place_name(rng: random.Random) -> str:
    return "".join(rng.choice(PLACE_CHARS) for _ in range(2))


def county(rng: random.Random) -> str:
    return place_name(rng) + rng.choice(COUNTIES)


def town(rng: random.Random) -> str:
    return place_name(rng) + rng.choice(TOWNS)


def firm(rng: random.Random) -> str:
    brand = "".join(rng.choice(BRAND_CHARS) for _ in range(2))
    return brand + rng.choice(INDUSTRIES) + rng.choice(LEGAL)


def body(rng: random.Random) -> str:
    return place_name(rng) + rng.choice(BODIES)


class Sentence:
    """A sentence built piece by piece, with the names' spans."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[tuple[int, int, str]] = []

    def add(self, piece: str, etype: str | None = None) -> Sentence:
        if etype:
            self.spans.append((len(self.text), len(self.text) + len(piece), etype))
        self.text += piece
        return self


def frame(kind: str, rng: random.Random) -> Sentence:
    s = Sentence()
    clause = rng.choice(CLAUSES)
    if kind == "title-then-name":
        s.add(firm(rng), "ORG").add(rng.choice(TITLES)).add(person(rng), "PER")
        s.add("表示，" + clause + "。")
    elif kind == "quote-then-speaker":
        s.add("“" + clause + "。”").add(person(rng), "PER").add("说。")
    elif kind == "guests":
        s.add("活动当天，")
        for n in range(3):
            s.add("、" if n else "").add(person(rng), "PER")
        s.add("等嘉宾出席。")
    elif kind == "place-chain":
        s.add("在").add(rng.choice(CITIES), "LOC").add(county(rng), "LOC").add(town(rng), "LOC")
        s.add("，" + clause + "。")
    elif kind == "province-visit":
        s.add(person(rng), "PER").add("一行赴").add(rng.choice(PROVINCES), "LOC")
        s.add(county(rng), "LOC").add("考察，" + clause + "。")
    elif kind == "signing":
        s.add(firm(rng), "ORG").add("与").add(body(rng), "ORG")
        s.add("签署战略合作协议，" + clause + "。")
    elif kind == "according-to":
        s.add("据").add(body(rng), "ORG").add(rng.choice(TITLES)).add(person(rng), "PER")
        s.add("介绍，" + clause + "。")
    elif kind == "name-in-brackets":
        s.add(person(rng), "PER").add("（" + rng.choice(TITLES) + "）认为，" + clause + "。")
    elif kind == "dateline":
        s.add("本报").add(rng.choice(CITIES)[:-1], "LOC").add("讯（记者 ")
        s.add(person(rng), "PER").add(" 通讯员 ").add(person(rng), "PER").add("）" + clause + "。")
    elif kind == "posts-then-name":
        s.add(rng.choice(CHAIN_TITLES)).add(person(rng), "PER").add("在")
        s.add(county(rng), "LOC").add("调研时指出，" + clause + "。")
    elif kind == "foreign-leader":
        s.add(rng.choice(COUNTRIES), "LOC")
        title = rng.choice(FOREIGN_TITLES)
        if title == "驻华大使":  # 华 of 驻华 is China, as both news corpora mark it
            s.add("驻").add("华", "LOC").add("大使")
        else:
            s.add(title)
        s.add(foreigner(rng), "PER").add("会见了代表团，双方表示" + clause + "。")
    elif kind == "local-department":
        # A local body is named with its county and town (河北|故城县纪委: MSRA cuts off
        # the province only).
        s.add(county(rng) + town(rng) + rng.choice(DEPARTMENTS), "ORG")
        s.add("近日出台措施，" + clause + "。")
    elif kind == "plain":
        s.add(clause + "，" + rng.choice(CLAUSES) + "。")
    return s


FRAMES = ("title-then-name", "quote-then-speaker", "guests", "place-chain", "province-visit",
          "signing", "according-to", "name-in-brackets", "dateline", "posts-then-name",
          "foreign-leader", "local-department", "plain")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--errors", type=int, default=20)
    args = parser.parse_args()
    from desktop_app.core.extraction.entities import find_entities

    rng = random.Random(args.seed)
    counts: dict[tuple[str, str], list[int]] = {}
    per_frame: dict[str, list[int]] = {}
    misses: Counter = Counter()
    for n in range(args.sentences):
        kind = FRAMES[n % len(FRAMES)]
        s = frame(kind, rng)
        pred = [(e.start, e.end, e.type) for e in find_entities(s.text)]
        for etype in ("PER", "LOC", "ORG", "ALL"):
            g = [(a, b) for a, b, t in s.spans if etype in (t, "ALL")]
            p = [(a, b) for a, b, t in pred if etype in (t, "ALL")]
            for mode in ("exact", "overlap"):
                row = counts.setdefault((mode, etype), [0, 0, 0])
                row[0] += matches(p, g, mode == "exact")
                row[1] += len(p)
                row[2] += len(g)
        got = set(pred)
        fr = per_frame.setdefault(kind, [0, 0])
        fr[0] += sum(1 for span in s.spans if span in got)
        fr[1] += len(s.spans)
        for _a, _b, t in set(s.spans) - got:
            misses[f"missed {t} ({kind})"] += 1
        for a, b, t in got - set(s.spans):
            misses[f"extra  {t} {s.text[a:b]}"] += 1
    print(f"{args.sentences} sentences, seed {args.seed}")
    print("| type | P exact | R exact | F1 exact | F1 overlap |")
    print("|---|---|---|---|---|")
    for etype in ("PER", "LOC", "ORG", "ALL"):
        p, r, f = prf(*counts[("exact", etype)])
        overlap = prf(*counts[("overlap", etype)])[2]
        print(f"| {etype} | {p:.3f} | {r:.3f} | {f:.3f} | {overlap:.3f} |")
    print("recall per frame (exact):")
    for kind, (hit, total) in per_frame.items():
        if total:
            print(f"  {kind}: {hit / total:.3f} ({hit}/{total})")
    for key, n in misses.most_common(args.errors):
        print(f"  {n:4d} {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
