"""The words the subject rule reads: relations, verbs that take the measured noun as
their object, and the small words stripped around a subject. Lists, not a model: a
reader can see why a subject was cut where it was."""

from __future__ import annotations

import re

# Relations, longest first; the printed form is kept except for the spellings of one
# relation (达到 = 达, 是 = 为, 占到 = 占…比重).
RELATIONS = tuple(sorted((
    "同比增长", "同比下降", "同比提高", "同比减少", "同比上升", "同比回落", "同比提升",
    "环比增长", "环比下降", "环比上升", "环比提高", "环比减少",
    "增长", "下降", "上升", "提高", "提升", "降低", "减少", "增加", "加快", "回落",
    "回升", "扩大", "缩小", "上涨", "下跌",
    "提升至", "提高到", "提高至", "提升到", "上涨到", "上涨至", "增至", "降至", "升至",
    "增长到", "增长至", "下降到", "下降至", "跃升至", "攀升至",
    "达到", "可达", "达", "突破", "超过", "为", "是", "约为", "占到", "占",
    "相当于", "高于", "低于", "偏多", "偏少", "偏高", "偏低", "多收", "少收",
    "年均增长", "年均提高", "控制在", "相距", "稳定在", "保持在", "维持在", "下调至",
    "上调至", "缩小到", "缩小至", "定格在", "收报", "报收", "收于", "收市报", "逼近",
    # a change from one level to another (由2490元调整为2690元)
    "调整为", "调整至", "调整到", "变为", "改为", "降为", "增为", "提高为", "下调为", "上调为",
    # A market's one-character moves: 沪指涨0.53%, 恒指升94点; its close and what it
    # printed, also as Hong Kong and Taiwan pages spell them (收報, 錄得).
    "涨", "跌", "升", "降", "收涨", "收跌", "报", "收報", "收市報", "報", "錄得", "录得",
    # what a player or a side made: 砍下32分, 贡献19分, 夺得3枚金牌
    "砍下", "贡献", "拿下", "斩获", "夺得", "摘得",
    # Taiwan's year-on-year change: 出口金额年增24.8%
    "年增", "年减",
    # how long an event lasts, a share's opening and closing price, a herd's head count
    "为期", "开盘报", "收盘报", "存栏", "出栏",
), key=len, reverse=True))
_SAME = {"达到": "达", "可达": "达", "是": "为", "约为": "为", "占到": "占…比重",
         "占": "占…比重", "共有": "有"}
SHARE = "占…比重"
# Comparative relations that 同比 / 环比 before them turn into one relation.
CHANGES = frozenset(("增长", "下降", "上升", "提高", "提升", "减少", "回落", "降低", "增加",
                     "上涨", "下跌", "回升", "收窄", "扩大", "缩小", "涨", "跌"))

# Verbs whose object is the measured noun: 实现营业收入3.26万亿元 measures 营业收入 and
# relates by 实现; 培育593家…企业 measures what follows the number.
OBJECT_VERBS = tuple(sorted((
    "实现", "完成", "新增", "认定", "培育出", "培育", "创建", "打造", "建成", "建设",
    "签署", "签订", "发布", "征集", "吸引", "推出", "布局", "对接", "促成", "传递",
    "提交", "选拔出", "获得", "接待", "运送", "保障", "发送", "收购", "投资", "手握",
    "拥有", "创造", "带动", "聚集", "集聚", "销售", "派发", "发放", "投入", "引进",
    "引入", "出口", "进口", "设置", "举办", "吸纳", "覆盖", "招引", "储备", "开展",
    "惠及", "培训", "安置", "办理", "受理", "审批", "接入", "建立", "新建",
    "完成了", "涵盖", "交付", "帮扶", "救治", "回收", "处置", "签约", "实施", "提供",
    "支持", "收获", "改造", "改扩建", "拨付", "下达", "实际使用", "使用", "共有",
), key=len, reverse=True))
# Verbs that are also the head of the noun they end (民间投资下降3.4%, 公路水路投资1865亿元):
# right before the relation or the number they name what is measured, not an action.
HEAD_VERBS = frozenset(("投资", "出口", "进口", "销售", "消费"))
# Reporting verbs end what comes before them, and relate nothing.
# Reporting and causing verbs end what comes before them, and relate nothing: 显示,
# 促进其设备单价提升 (what rises is 设备单价).
REPORT_VERBS = ("数据显示", "显示", "表示", "介绍", "指出", "透露", "预测", "估算", "预计",
                "认为", "称", "涵盖", "促进", "推动", "带动", "助力", "使", "让")
# A verb inside a noun is no verb: 总投资, 投资额, 销售额, 发电量.
_NOT_VERB_BEFORE = "总进"  # 总投资, 进出口
# A verb that modifies the noun after it: 新建商品住宅 are newly built homes.
_MODIFYING = {"新建": ("商品", "住宅", "商品房")}
_NOT_VERB_AFTER = ("额", "总额", "量", "规模", "收入", "率", "项目", "企业", "总值", "值", "面积",
                   "实绩", "价", "金额", "的")  # 最低收购价, 出口金额; 认定的: a clause

# Stripped where a subject ends (before the relation) and around the relation.
TRAIL = tuple(sorted((
    "了", "分别", "均", "都", "可", "将", "已", "也", "共计", "共", "合计", "约", "近",
    "仅", "再", "还", "一度", "力争", "预计", "计划", "首次", "又", "就", "便", "能",
    "从", "在", "已经", "进一步", "持续", "较快", "大幅", "明显",
    "有", "达到了", "首批", "每", "、", "累计", "连续多年", "按可比口径", "按不变价格计算",
    "仍", "则", "有望", "随之", "更是", "先后", "将先后", "由",
), key=len, reverse=True))
# Stripped where a subject starts.
LEAD = tuple(sorted((
    "其中", "目前", "同时", "此外", "另外", "而", "并", "且", "和", "及", "以及", "与",
    "的", "在", "从", "对", "其", "“", "‘", "「", "（", "即", "还有", "也", "共", "、",
    "已", "将", "据悉", "据了解", "据统计", "据", "全年", "期间", "以来", "还",
), key=len, reverse=True))
# (Plan names hold years that are no period: 2026年行动计划.)
PLAN_WORDS = ("行动计划", "行动方案", "规划纲要", "发展规划")
# Where, not what: a subject of only these is none (北斗产业聚集国内80%以上的…资源).
SCOPE_WORDS = frozenset(("国内", "国外", "全国", "全省", "全市", "全球", "省内", "省外",
                         "市内", "境内", "境外", "海外", "本土", "当地", "其中"))
# Joining a list of figures: 分别超过90%、75%; 上升1.8和1.7点.
LIST_JOINERS = ("、", "和", "及", "与", "或")

# A comparison's base between subject and relation: 比2020年, 较去年年末, 比上季度.
COMPARISON_RX = re.compile("(?:同比|环比)?(?<!占)(?:比|较)(?![重例率较亚])")
CLAUSE_END = "，,；;：:。！？!?\n"
SENTENCE_END = "。！？!?\n"
CLOSING = "”’」』"


def normalise(relation: str) -> str:
    return _SAME.get(relation, relation)


def is_verb_at(text: str, start: int, verb: str) -> bool:
    """``verb`` at ``start`` is a verb, not part of a noun (总投资, 销售额, 新建商品房)."""
    if start > 0 and text[start - 1] in _NOT_VERB_BEFORE:
        return False
    after = text[start + len(verb):start + len(verb) + 2]
    if after.startswith(_MODIFYING.get(verb, ())):
        return False
    # 收购价 is a price; 推动价值 a verb and its object.
    return after == "价值" or not any(after.startswith(word) for word in _NOT_VERB_AFTER)
