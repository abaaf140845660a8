"""``N大`` + noun: a count whose unit is the noun (三大难点, 7大板块, 六大新兴产业).

The noun is two characters, or four when the last two are a head noun (产业, 领域…) or the
first two a modifier (核心, 重点…); a party congress (十八大以来, 党的十五大) is no count.
"""

from __future__ import annotations

import re

from desktop_app.core.extraction.number_guards import looks_like_slogan
from desktop_app.core.extraction.numerals import CN_NUMERAL_CHARS, chinese_value

_CN = CN_NUMERAL_CHARS
_BIG_NOUN = re.compile(f"(?P<n>\\d+|[{_CN}]+)大(?P<noun>[\\u4e00-\\u9fff]{{2,4}})")
_HEAD_NOUNS = frozenset(
    (
        "产业", "领域", "行业", "板块", "工程", "项目", "平台", "场景", "任务",
        "措施", "企业", "集群", "基地", "中心", "体系", "行动", "战略", "难点",
        "问题", "方向", "赛道", "模块", "功能", "优势", "短板", "片区", "产品",
        "品牌", "市场", "机制", "举措", "目标", "计划", "专项", "园区", "城市",
        "工作", "活动",
    )
)
# 三大核心支撑, 十大重点企业: the first word only qualifies the noun that follows it.
_MODIFIERS = frozenset(("核心", "重点", "新兴", "关键", "主要", "特色", "支柱", "优势", "主导"))
# …and no noun starts with a particle or a conjunction: 十一大的贺词 is a congress's.
_NOT_BIG_NOUN_START = frozenset("类批项型量多部幅小中于约概力学会规楼街道门桥厦众家盘厅胆气"
                                "的地得之和与及或也都将已在是为对把被从向以")
# 十八大以来, 二十大精神: a party congress, not eighteen big things.
_CONGRESS_WORDS = frozenset(
    (
        "以来", "精神", "报告", "代表", "期间", "召开", "胜利", "开幕", "闭幕",
        "以后", "以前", "提出", "强调", "部署", "确立", "要求", "作出", "决策",
        "上的", "和十", "通过", "党章",
    )
)


def big_noun_at(text: str, p: int) -> tuple[int, float, str] | None:
    """``三大难点`` at ``p``: (end, value, the noun counted), or None."""
    m = _BIG_NOUN.match(text, p)
    if m is None or m["n"] == "一":
        return None
    noun = m["noun"]
    if noun[0] in _NOT_BIG_NOUN_START or noun[:2] in _CONGRESS_WORDS:
        return None
    if text.endswith(("党的", "中共"), 0, p):
        return None  # 党的十五大文件, 中共十五大确定: the congress
    if p and (text[p - 1].isdigit() or text[p - 1] in _CN):
        return None  # the tail of a longer numeral (二十大 read from 十)
    value = float(m["n"]) if m["n"].isdigit() else chinese_value(m["n"])
    if value is None or value != int(value) or not 2 <= value < 100:
        return None
    long_noun = noun[2:] in _HEAD_NOUNS or noun[:2] in _MODIFIERS
    noun = noun if len(noun) == 4 and long_noun else noun[:2]
    if len(noun) < 2:
        return None
    end = m.start("noun") + len(noun)
    if not m["n"].isdigit() and looks_like_slogan(text, p, end, m["n"]):
        return None
    return end, value, noun
