"""Units and measure words that may follow a number, and what kind of figure each makes.

A measure word is only a unit when the next character does not turn it into another
word: ``3家`` is three firms but ``3家庭``-style compounds are not, ``两成`` is a ratio but
``三成为`` is not. Those guards live here, next to the unit they protect.
"""

from __future__ import annotations

import re

MONEY = ("元", "美元", "欧元", "日元", "港元", "港币", "英镑", "韩元", "澳元", "卢布", "澳门元",
         "块钱", "毛钱", "毛")  # 23块钱, 五毛钱: said, in the unit said (块, 毛)
PERCENT = ("%", "％", "‰", "个百分点", "百分点", "个基点", "基点")
RATIO = ("成", "倍", "折")
ORDINAL = ("强", "届")  # 世界500强, 十三届: a rank, not a quantity
MEASURE = (
    "吨", "千克", "公斤", "克", "米", "公里", "千米", "厘米", "毫米", "纳米", "微米",
    "平方厘米", "立方厘米",
    "平方米", "平方公里", "平方千米", "立方米", "亩", "公顷", "升", "毫升",
    "瓦", "千瓦", "兆瓦", "吉瓦", "千瓦时", "兆瓦时", "度", "伏", "千伏", "℃", "摄氏度",
    "PF", "P", "EF", "EFLOPS", "PFLOPS", "TFLOPS", "TOPS", "GB", "TB", "PB", "EB", "MB",
    "Gbps", "Mbps", "MW", "GW", "kW", "KW", "kWh", "MWh", "GWh", "km", "kg", "nm", "mm",
    "cm", "MHz", "GHz", "Hz",
    "小时", "个小时", "分钟", "秒", "天", "周", "周年", "个月", "个多月", "个季度", "年", "月",
    "岁", "周岁", "点", "斤", "光年", "英里", "海里", "磅", "马赫", "勺", "标箱", "标准箱",
    "吨标准煤", "盎司", "分", "级", "mAh", "日", "日历天", "吨公里", "英寸", "百帕", "年期",
    "个多小时",
    # printed by product pages and Hong Kong and Taiwan papers: 100W, 30mg, 450平方呎
    "W", "mg", "ml", "mL", "毫克", "呎", "平方呎", "吋", "公升",
    "天期", "个工作日", "个自然日", "工作日", "月龄", "个钟头", "钟头", "公分", "微克",
    "mmol/L", "尼特",
)
COUNT = (
    "个", "家", "项", "名", "人", "人次", "位", "台", "辆", "张", "种", "类", "大类", "批",
    "座", "所", "支", "条", "场", "件", "款", "次", "只", "架", "艘", "套", "份", "户",
    "间", "栋", "层", "处", "篇", "部", "部门", "部委", "本", "册", "例", "起", "块", "片",
    "棵", "株", "颗", "枚", "粒", "根", "道", "期", "轮", "省", "市", "县", "地",
    "城", "方面", "笔", "宗", "代", "版", "把", "头", "架次", "班次", "车次", "股", "列", "席",
    "球", "字", "副", "连胜", "连败", "连涨", "连跌", "节", "国", "队", "胜", "平", "负", "金",
    "银", "铜", "局", "卷", "车", "乘次", "趟", "档",
    "列次", "对", "床", "箱", "注", "站", "个人", "步", "口", "碗", "杯", "记", "班",
)

UNIT_KIND: dict[str, str] = {
    **dict.fromkeys(MONEY, "money"),
    **dict.fromkeys(PERCENT, "percent"),
    **dict.fromkeys(RATIO, "ratio"),
    **dict.fromkeys(ORDINAL, "ordinal"),
    **dict.fromkeys(MEASURE, "measure"),
    **dict.fromkeys(COUNT, "count"),
}

# The unit as reported: the full-width percent sign and 个小时 read as their plain forms.
CANONICAL = {"％": "%", "个小时": "小时", "个多月": "个月", "个多小时": "小时", "摄氏度": "℃",
             "大类": "类", "个钟头": "小时", "钟头": "小时", "个人": "人", "块钱": "块",
             "毛钱": "毛", "个工作日": "工作日", "个自然日": "自然日"}

# Units that say how a value was read, not what it counts: a card shows 三分之一 as 0.333333.
READING_MARKS = frozenset({"分之", "比"})

# A share is stored as a fraction (19.2% → 0.192, 近七成 → 0.7) and shown per printed unit.
PER_UNIT = {
    "%": 100.0, "％": 100.0, "‰": 1000.0, "个百分点": 100.0, "百分点": 100.0,
    "个基点": 10000.0, "基点": 10000.0, "成": 10.0, "折": 10.0,
}

# Characters after a measure word that make it part of another word (成为, 家庭, 项目…).
_GUARDS = {
    "注": "：:册意重入明释视射定资",  # 0.6 注：…, 注册: a note, not bets
    "口": "径岸号罩子味感碑头气吻语令音述",  # 三口之家, 5口井; not 口径, 口罩, 两口子
    "记": "者录忆得住载账",  # 5记盖帽; not 记者, 记录
    "步": "伐行调骤入道",
    "班": "子长级主组底车机会",  # 58班 (flights), 3班; not 班子, 班长, 班级, 班车
    "杯": "赛",  # 世界杯 has no numeral, 3杯赛 is a cup's name
    "成": "为员立功本果就长效熟交都型品",
    "家": "庭乡园具族属",
    "人": "民口才员工类气性",
    "名": "称单字义片牌列",
    "位": "于置居列数",  # 两位数: a figure's digits
    "对": "0123456789一二两三四五六七八九十于外话接口比手照标应付",  # 1对1, 对接, 对比
    "台": "湾风阶州上",
    "种": "植子业",
    "批": "准复评",
    "支": "持撑付出柱",
    "条": "件例款",
    "次": "要序生产",
    "项": "目",
    "部": "署分长队",
    "本": "地土身次届报科质着来",
    "片": "区面",
    "根": "本据源",
    "道": "路德理",
    "轮": "胎",
    "层": "面次级",
    "处": "理于长置",
    "间": "接隙",
    "起": "来步点草源到诉",
    "只": "是有要能",
    "份": "额",
    "省": "级委内外份",
    "市": "场民委级值区州",
    "县": "域级委城",
    "地": "区方产市位图铁址块标带震",
    "城": "市区乡镇",
    "期": "间待望限货",
    "场": "景地馆所面",
    "所": "有以在属得谓",
    "代": "表码理替言价",
    "天": "然津",
    "年": "级轻期",
    "年期": "间",
    "点": "击评赞",
    "米": "饭",
    "度": "假",
    "把": "握关脉手",
    "月": "份底初末中",
    "折": "扣合算旧叠射服腾磨返线痕",
    "分": "之别析为公局会行配享布成开散工期批类区钟项数队组管段摊担裂红辨歧量子级值店社"
         "册厂部院馆所站处科片属居秒球",
    "级": "别数",
    "列": "车入为举出席表队",
    "席": "位卷",
    "球": "队员场迷衣鞋门拍赛星",
    "字": "路架数号",
    "副": "市省县区部局长总主书职院教",
    "股": "份东市权票民",
    "头": "脑部条等号",
    "日": "报本常益渐趋均产元",
    "节": "日约能点目奏假庆气课",
    "国": "家际内外务企有产货旗营资庆道演志时",
    "队": "员伍长列",
    "平": "方台均安稳衡价",
    "金": "额融牌奖属价库",
    "银": "行河牌奖",
    "铜": "牌奖",
    "局": "长势面部",
    "卷": "烟入",
    "车": "间站辆型道位厢队主票次",
    "档": "案次位期",
}

# Read only after Arabic digits: 十分重要, 三级医院, 十字路口, 两头 are words.
ARABIC_ONLY = frozenset({"分", "级", "字", "头", "胜", "平", "负", "金", "银", "铜", "车", "毛"})

# With a bare Chinese digit (三元, 四周, 五台山) these read as words, not quantities.
CHINESE_DIGIT_BLOCKED = frozenset({"元", "周", "台", "度", "米", "本", "版", "起", "处"})


def _unit_pattern(unit: str) -> str:
    pattern = re.escape(unit)
    if unit.isascii() and unit[-1].isalpha():
        return pattern + "(?![A-Za-z])"
    guard = _GUARDS.get(unit)
    return pattern + (f"(?![{guard}])" if guard else "")


UNIT_PATTERN = "(?:" + "|".join(
    _unit_pattern(u) for u in sorted(UNIT_KIND, key=len, reverse=True)
) + ")"


def unit_kind(unit: str) -> str:
    return UNIT_KIND[unit]


def canonical_unit(unit: str) -> str:
    return CANONICAL.get(unit, unit)


def printed_unit(unit: str, printed: str, folded: str) -> str:
    """``unit`` in the page's own characters: read in ``folded`` (the span with Hong Kong's
    and Taiwan's forms folded one for one), reported as ``printed`` has it (個, 歲, 澳門元)."""
    at = folded.rfind(unit) if unit and printed != folded else -1
    return printed[at:at + len(unit)] if at >= 0 else unit


def in_printed_unit(value: float, unit: str) -> float:
    """A stored value as its unit prints it: 0.25 with unit % → 25, 0.7 with 成 → 7."""
    scale = PER_UNIT.get(unit)
    # Rounding drops the float noise of the product (0.192 * 100 = 19.200000000000003).
    return value if scale is None else round(value * scale, 9)
