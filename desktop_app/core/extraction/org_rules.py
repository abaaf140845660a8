"""Organisation candidates: names closed by a suffix, known names, lists of companies.

On Hunan Daily economic pages most organisations are either a full registered name
(``湖南超能机器人技术有限公司``), a known body (``省工信厅``), a short company name in a
list (``艾迪奥、金博氢能、仪纬科技3家企业``) or a short form of a name printed earlier
(``惠科股份有限公司`` … ``惠科``). jieba cuts the unknown parts of such names into single
characters and odd tags (``超/v 能/v``, ``稷/g 量/n``), so the rules here look at where a
name *cannot* continue (punctuation, prepositions, the sentence's verbs, generic nouns
such as 企业) rather than at what the pieces are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.core.extraction.bound_levers import COMMON_TAGS
from desktop_app.core.extraction.dictionaries import Lexicon, word_count
from desktop_app.core.extraction.entity_rules import Candidate, Token


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
# Words that may sit inside an organisation name before its suffix.
_INNER_FLAGS = {"n", "nz", "ns", "nt", "nr", "nrt", "j", "eng", "vn", "an", "b", "l", "ng", "g",
                "m"}
# …but a name does not start with these.
_BAD_FIRST_FLAGS = {"vn", "an", "m", "l", "b"}
_PREFIXES = {"省", "市", "县", "区", "州", "国家", "中央", "中共", "全国", "共青团"}
_MAX_TOKENS = 10
# Verbs that are part of many names (…通用航空发展有限公司, …智能制造产业园,
# …产业创新研究院); any other two-character verb is the sentence's and ends the name.
_NAME_VERBS = _set(
    "制造 创新 通用 投资 建设 开发 研究 设计 管理 运营 检测 交易 供电 创业 生产 发展 服务 控股 "
    "咨询 经营 促进 建造 应用 孵化 转化 营销 传播 发行 保障 认证 培训 教育 养殖 种植 加工")
# Nouns naming a kind of organisation: a name never runs back over them
# (位于…的AI创企湖南汇视威智能科技有限公司 starts after 创企).
_GENERIC = _set(
    "创企 企 公司 单位 机构 厂商 龙头 平台 园区 基地 项目 团队 高校 院校 部门")
# Words for a kind of body: after a place they make one body's name (墨西哥参议院, 昆明军区,
# 合肥市委|书记). Kinds of institution (legislatures, ministries, party committees, forces,
# missions, clubs, museums, banks, courts), not names; a place's government (中国政府) is
# left out: news corpora keep 中国 a place there.
BODY_KINDS = _set(
    "参议院 众议院 议院 上院 下院 上议院 下议院 议会 国会 人民议会 国民议会 联邦议院 国家杜马 "
    "权力机构 民族权力机构 内阁 外交部 国防部 财政部 内政部 司法部 当局 警察局 "
    "海关 省委 市委 县委 区委 州委 党委 镇党委 政协 人大 军区 警备区 舰队 代表团 使馆 大使馆 "
    "领事馆 总领事馆 工会 商会 会馆 俱乐部 教会 球队 乐团 交响乐团 剧团 大学 博物馆 图书馆 "
    "美术馆 银行 交易所 总部 法院 检察院 饭店 宾馆 酒店 大酒店")
# Words for a kind of product: a place right before one names the product (天河超算).
PRODUCT_KINDS = _set("超算 超级计算机 计算机 芯片 卫星 飞船 火箭 系列 型号 品牌 手机 轿车")
# A hub, base or platform followed by one of these words is a goal or a description, not a
# body: 全球研发中心城市 is a kind of city, 创新高地建设 the building of one.
_HUB_KINDS = ("中心", "基地", "平台", "高地", "枢纽")
_GOAL_HEADS = _set("城市 城 都市 地位 目标 功能 定位 建设 体系")
# Single characters a name never starts with after a boundary; also glue jieba sticks
# onto the next word (和国网 → 和 | 国网).
_FUNCTION_CHARS = set("的了在和与及等是为将也都就从对到向于以被把由同跟")
_BODY_ENDINGS = (*"会院局部委所厅司社行团校厂站台馆处办署盟学府区织联央军队报协", "中心", "公司",
                 "集团", "办公室")
_MEETINGS = ("协商会", "座谈会", "研讨会", "恳谈会", "洽谈会", "推介会", "发布会", "博览会",
             "交流会", "年会", "峰会", "大会", "例会", "全会", "协调会", "联席会")
_LEGAL_SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司", "股份公司", "集团有限公司")
_PARK_SUFFIXES = ("产业园", "工业园", "科技园", "园区")
# A department of a named body: 外交部新闻司, 省政协经科委, 涟钢集团热轧板厂; a
# university's department (化学系), a court's tribunal (家事审判庭), a council of a body
# (总理事会), a squad of a bureau (执法总队).
_UNIT_ENDINGS = ("委", "司", "局", "处", "科", "办", "室", "部", "厅", "所", "中心", "院", "厂",
                 "分公司", "分行", "支行", "系", "庭", "理事会", "委员会", "总队", "支队", "大队")
_NOT_UNITS = _set("部 院 总部 内部 外部 全部 局部 干部 东部 西部 南部 北部 中部 俱乐部 本部 "
                  "学院 医院 法院 关系 体系 派系 联系 家庭 法庭 院系 水系 星系 菜系 语系 谱系 "
                  "直系 旁系 世系 母系 父系 太阳系 银河系")
# Industry words that follow a brand in a short company name (吉利汽车, 金博氢能).
_INDUSTRY = _set(
    "科技 技术 信息 电子 机电 模具 车灯 重卡 重工 汽车 家电 电器 电气 电缆 材料 新材 新材料 氢能 "
    "能源 新能源 光电 智能 软件 网络 通信 通讯 医药 药业 生物 化工 钢铁 实业 控股 股份 传媒 物流 "
    "冷链 食品 置业 地产 环保 装备 机械 航空 航天 半导体 微电子 数码 智造 新能 "
    "影业 影视 院线 电影 速运 快运 视频 出行 动漫")
INDUSTRY = _INDUSTRY  # public: the fourth round's body levers read it too
# List items ending like this are kinds of things, not firms (国家级试点7家、省级试点109家).
_NOT_NAME_ENDINGS = ("试点", "企业", "项目", "园区", "基地", "工厂", "产品", "单位", "机构", "行业",
                     "领域", "产业", "集群")
_LIST_HEADS = ("企业", "公司", "集团", "厂商", "车企", "药企", "房企", "上市主体", "品牌")
_LIST_COUNT = re.compile(r"^(?:等)?(?:[0-9]+|[一二两三四五六七八九十几数]+)家")
_LIST_ITEM = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,8}$")


def org_candidates(tokens: list[Token], lex: Lexicon) -> list[Candidate]:
    found: list[Candidate] = []
    for i, tok in enumerate(tokens):
        known = tok.word in lex.organisations or _named_body(tok, lex)
        if known and not lex.never(tok.word, "ORG"):
            found.append(Candidate(tok.start, tok.end, "ORG", 5))
            wider = _widen_known(tokens, i, lex)
            if wider is not None:
                found.append(wider)
        suffix = _org_suffix(tok.word, lex)
        if suffix:
            cand = _org_ending_at(tokens, i, suffix, lex)
            if cand and not _counted_inside(tokens, cand, i):
                found.append(cand)
    found.extend(_with_units(tokens, found))
    return found


# A count inside what the suffix rule ran back over (长沙新建两座算力中心): a clause that
# counts things, not a body's name.
_COUNT_WORD = re.compile(r"[一二两三四五六七八九十几数百千0-9]+[座家所个批栋台条项]")


def _counted_inside(tokens: list[Token], cand: Candidate, last: int) -> bool:
    """A token after ``cand``'s first and before its last (``tokens[last]``) counts."""
    k = last - 1
    while k >= 0 and tokens[k].start > cand.start:
        if _COUNT_WORD.fullmatch(tokens[k].word):
            return True
        k -= 1
    return False


def body_shaped(word: str, lex: Lexicon) -> bool:
    """``word`` is a known body or ends like one (…会, …院, …中心, …集团, …酒店)."""
    return word in lex.organisations or word.endswith(_BODY_ENDINGS) \
        or word.endswith("店")


# A firm's registered name with its place in brackets: 澎峰（长沙）科技有限公司. The form is
# a registry's, so the name is a firm's even where the model reads its brand as a person.
_REGISTERED = re.compile(r"[^（）()，。、]{2,8}[（(]([\u4e00-\u9fff]{2,6})[）)]"
                         r"[^（）()，。、]{0,16}(?:有限公司|有限责任公司|股份公司)")


def registered_with_place(name: str, lex: Lexicon) -> bool:
    """``name`` is a registered firm's name with a place of the tables in brackets."""
    match = _REGISTERED.fullmatch(name)
    return match is not None and lex.listed_place(match.group(1))


# A head of everyday words names a kind, not a body (jieba's tags of common words); nor
# does a word of "every" or "all" (jieba tags 各省市 as a place).
_EVERY = ("各", "全", "诸", "多", "每")


def closed_body(text: str, cand: Candidate, at: dict[int, Token], lex: Lexicon) -> bool:
    """``cand`` ends in a suffix of four characters or more after a head that says which
    body: a name, a place, a word jieba does not know, or the paper's own 省/市/县/区
    (``at``: jieba's words by where they start; the head is walked word by word, so this
    is linear)."""
    name = text[cand.start:cand.end]
    suffix = lex.org_suffix(name)
    if suffix is None or len(suffix) < 4 or len(name) < len(suffix) + 2:
        return False
    head: list[Token] = []
    pos, head_end = cand.start, cand.end - len(suffix)
    while pos in at and at[pos].end <= head_end:  # a word may run into the suffix
        head.append(at[pos])
        pos = at[pos].end
    if not head:
        return False
    return head[0].word in ("省", "市", "县", "区") or any(
        t.flag not in COMMON_TAGS and not t.word.startswith(_EVERY) for t in head)


def _named_body(tok: Token, lex: Lexicon) -> bool:
    """jieba's own organisation tag, when the word also looks like one: its dictionary
    tags 商务车 nt, and its guesser tags unknown words like 文旅体康 nt."""
    return tok.flag == "nt" and len(tok.word) > 1 and not tok.word.endswith(_MEETINGS) and (
        tok.word.endswith(_BODY_ENDINGS) or word_count(tok.word) >= _KNOWN_NT)


def _org_suffix(word: str, lex: Lexicon) -> str | None:
    if word.endswith(_MEETINGS):
        return None  # 专题协商会 ends in 商会 but is a meeting
    return lex.org_suffix(word)


def _is_place(tok: Token, lex: Lexicon) -> bool:
    return tok.word in lex.places and not lex.never(tok.word, "LOC")


def _widen_known(tokens: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """A known name with its industry word and the place printed before it, as one span:
    吉利 → 吉利汽车, 浙江吉利汽车; 山河智能 → 湖南山河智能; 发改委 → 益阳市发改委."""
    start_i, end_i = i, i
    if i + 1 < len(tokens) and tokens[i + 1].word in _INDUSTRY:
        end_i = i + 1
    if i > 0 and (_is_place(tokens[i - 1], lex) or tokens[i - 1].word in ("中共", "共青团")):
        start_i = i - 1
    if (start_i, end_i) == (i, i):
        return None
    return Candidate(tokens[start_i].start, tokens[end_i].end, "ORG", 4)


def _stops_name(tok: Token, lex: Lexicon, strong: bool) -> bool:
    """``tok`` cannot be part of an organisation name that continues after it."""
    word, flag = tok.word, tok.flag
    if flag == "x_title" or word in lex.speech_verbs or word in _GENERIC:
        return True
    if word.endswith(_LEGAL_SUFFIXES):
        return True  # the end of the name before (…集团有限公司和国网湖北…有限公司)
    if not (_CJK.match(word) or flag in ("eng", "m")):
        return True
    if len(word) == 1 and word in _FUNCTION_CHARS:
        return True
    if word in _PREFIXES or word in lex.organisations or word in lex.places:
        return False
    if flag in _INNER_FLAGS or word in _NAME_VERBS:
        return False
    if len(word) == 1 and flag == "a":
        return False  # 大/a 数据, 新/a 材料
    # Unknown characters of a registered name come out as one-character verbs and
    # particles (超/v 能/v); beside a legal suffix they are still the name.
    return not (strong and len(word) == 1 and flag in ("v", "q", "d", "zg"))


def _org_ending_at(tokens: list[Token], i: int, suffix: str, lex: Lexicon) -> Candidate | None:
    strong = tokens[i].word.endswith(_LEGAL_SUFFIXES)
    if tokens[i].word.endswith(_HUB_KINDS) and i + 1 < len(tokens) \
            and tokens[i + 1].word in _GOAL_HEADS:
        return None  # 建设长沙全球研发中心城市: a goal for a city, not a body
    j, glued_start = _walk_left(tokens, i, lex, strong)
    while j < i and (tokens[j].flag in _BAD_FIRST_FLAGS or lex.never(tokens[j].word, "ORG")
                     or (len(tokens[j].word) == 1 and tokens[j].flag in ("v", "d", "q"))
                     or tokens[j].word in _NAME_VERBS or tokens[j].word in "（）()"):
        j += 1
        glued_start = None
    if j == i and tokens[i].word == suffix and glued_start is None:
        return None
    run = tokens[j:i + 1]
    head = run[0].word
    unknown_word = len(run) > 2 and len(run[0].word) == len(run[1].word) == 1
    if len(head) == 1 and head not in _PREFIXES and glued_start is None and not unknown_word \
            and run[0].flag != "ns":  # 东/ns 江湖/ns 大数据产业园 is whole
        # A fragment of a word jieba cut wrongly (力得/尔…有限公司): take the word back.
        if j > 0 and _CJK.match(tokens[j - 1].word) and len(tokens[j - 1].word) <= 3 \
                and tokens[j - 1].flag not in ("p", "c", "u", "uj", "ul", "r", "x", "x_title") \
                and tokens[j - 1].word[0] not in _FUNCTION_CHARS:
            j -= 1
            run = tokens[j:i + 1]
            head = run[0].word
        else:
            return None
    if len(suffix) == 1 and head not in _PREFIXES and head not in lex.places:
        return None  # 厅/局/委 close only 省…厅, 市…局, a place + 局
    if not (_proper(run, tokens, i, suffix, lex, strong) or unknown_word
            or glued_start is not None or head in _PREFIXES):
        return None
    start = glued_start if glued_start is not None else run[0].start
    if any(lex.never(t.word, "ORG") for t in run[-1:]) and start == tokens[i].start:
        return None  # 上市公司, 子公司: the suffix word alone is a common noun
    if all(t.word in _INDUSTRY or t.word in _GENERIC or t.word == suffix
           or _org_suffix(t.word, lex) for t in run):
        return None  # 科技有限公司 with its name left in brackets or cut off
    return Candidate(start, tokens[i].end, "ORG", 4)


def _walk_left(tokens: list[Token], i: int, lex: Lexicon, strong: bool) -> tuple[int, int | None]:
    """Index of the first token of the name ending at token ``i``, and where a name glued
    to a conjunction starts (和国网/nz → 国网), if it does."""
    j = i
    while j > 0 and i - j < _MAX_TOKENS:
        prev = tokens[j - 1]
        # 澎峰（长沙）科技有限公司: a place in brackets belongs to a registered name.
        if prev.word in "）)" and j >= 3 and tokens[j - 3].word in "（(" \
                and _is_place(tokens[j - 2], lex):
            j -= 3
            continue
        if _stops_name(prev, lex, strong):
            # 武汉纵横天地…有限公司: a verb-like word right after a place is the name's.
            # (石门县承接宁波江丰…: not when a place or a known name already starts it.)
            if strong and len(prev.word) == 2 and prev.flag == "v" and j >= 2 \
                    and _is_place(tokens[j - 2], lex) and not _is_place(tokens[j], lex) \
                    and tokens[j].word not in lex.organisations:
                j -= 1
                continue
            if len(prev.word) > 1 and prev.word[0] in _FUNCTION_CHARS \
                    and prev.flag in ("nz", "nt", "ns", "nr", "n", "j"):
                return j, prev.start + 1
            break
        j -= 1
    return j, None


def _proper(run: list[Token], tokens: list[Token], i: int, suffix: str, lex: Lexicon,
            strong: bool) -> bool:
    """The run holds a name and not just common nouns (研发中心, 家电产业园)."""
    if strong:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.flag == "x_title" and len(run) > 1:
        return True  # 紫金矿业集团负责人: a title follows only a body or a person
    if len(tokens[i].word) > len(suffix) and tokens[i].flag in ("nt", "ns", "nz"):
        return True
    # Abbreviations (j) are too often common words (研发, 家电) to prove a name alone.
    return any(t.flag in ("ns", "nt", "nr", "nrt", "nz", "eng") or t.word in lex.places
               or t.word in lex.organisations for t in run[:-1])


def _with_units(tokens: list[Token], found: list[Candidate]) -> Iterable[Candidate]:
    """A named body followed by one of its departments is one name (省政协经科委)."""
    by_end = {t.end: k for k, t in enumerate(tokens)}
    for cand in list(found):
        k = by_end.get(cand.end)
        if k is None:
            continue
        text = ""
        for step in range(1, 4):
            if k + step >= len(tokens):
                break
            tok = tokens[k + step]
            if tok.flag not in ("n", "j", "vn", "nz", "g", "ng", "zg", "b", "nt") \
                    or not _CJK.match(tok.word) or tok.word in _GENERIC:
                break
            text += tok.word
            if len(text) > 8:
                break
            # 主办/b and 举办/v end in 办 without being an office: the last word is a noun.
            if text.endswith(_UNIT_ENDINGS) and tok.word not in _NOT_UNITS \
                    and tok.flag in ("n", "j", "nt", "zg", "ng", "g"):
                yield Candidate(cand.start, tok.end, "ORG", cand.strength)
                break


_COMMON_WORD = 50
_KNOWN_NT = 10  # jieba's dictionary count above which its nt tag is trusted
