"""Headline stacks: kicker, headline, deck, label and byline read into a group,
and headline-like lines that are pull quotes set beside a story.

``layout`` finds where a stack begins; here a stack is read line by line into a
:class:`~desktop_app.core.splitting.layout_units.Group`, and stacks that only repeat a
line of a body become quote boxes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from desktop_app.core.splitting.blocks import Block
from desktop_app.core.splitting.cleanup import clean_heading
from desktop_app.core.splitting.headline_words import opens_on_name
from desktop_app.core.splitting.headline_wraps import broken_mid_word, cuts_a_figure, goes_on
from desktop_app.core.splitting.layout_units import Caption, Group, Headline, Quote, Run, Unit
from desktop_app.core.splitting.lines import CJK, Kind, is_terminated
from desktop_app.core.surnames import opens_on_surname


def read_group(blocks: list[Block], pos: int) -> tuple[Group, int]:
    group = Group()
    deck_lines = 0  # the lines the last "——" deck has been printed on
    while pos < len(blocks):
        block = blocks[pos]
        if block.kind is Kind.BYLINE:
            if group.byline:
                break
            group.byline = block.text
            group.byline_span = (block.start, block.end)
            pos += 1
            break
        if block.kind is not Kind.HEADING:
            break
        text = clean_heading(block.text)
        nxt = blocks[pos + 1] if pos + 1 < len(blocks) else None
        if group.lines and signs_under(group.lines[-1].text, text) \
                and nxt is not None and nxt.is_para:
            # A commentary signs under its headline with the bare name (抓项目就是抓发展 /
            # 彭业忠): the byline, not a deck.
            group.byline, group.byline_span = text, (block.start, block.end)
            pos += 1
            break
        if not group.lines and not group.kicker and (kicker := _inline_kicker(text)):
            group.kicker, text = kicker, text[len(kicker) :].strip()
        is_kicker = (
            text.endswith(("——", "：", ":")) and nxt is not None and (nxt.kind is Kind.HEADING)
        )
        # A kicker or a second Markdown headline starts the next headline stack.
        # (A deck under its headline stays, even set as large: "# ——益阳…见闻".)
        if group.lines and (is_kicker or (_next_stack(group, block.level, text)
                                          and not text.startswith("—"))
                            or _kicker_of_the_next(group, block, nxt)):
            break
        if text.startswith("—"):
            if not group.decks:
                group.deck_after = len(group.lines)
            group.decks.append(text.lstrip("—").strip())
            deck_lines = len(block.lines)
        elif is_kicker:
            group.kicker = text
        elif _is_label(block, nxt, text):
            group.label, group.label_over = text, not group.lines
        elif _indented_deck(group, blocks[pos - 1], block, nxt):
            group.deck_after = len(group.lines)
            group.decks.append(text)
        elif _deck_goes_on(group, blocks[pos - 1], block, nxt, deck_lines):
            group.decks[-1] += text
            deck_lines += 1
        else:
            # A hard break, or a line that stops on a comma: the headline goes on.
            chained = bool(group.lines) and (
                blocks[pos - 1].lines[-1].hard_break or group.lines[-1].text.endswith(GOES_ON)
            )
            group.lines.extend(_headline_parts(text, block, chained))
        group.starts.append(block.start)
        pos += 1
    return group, pos


def _indented_deck(group: Group, above: Block, block: Block, nxt: Block | None) -> bool:
    """On a page that indents its text, a line indented as the text is, between a
    headline set flush and the byline (上半年绿电交易量同比增长43.6% / 　市场化机制助力新能源
    消纳 / 　本报记者 何 琳), is the headline's deck."""
    return bool(group.lines) and not group.decks and block.lines[0].indent \
        and not above.lines[0].indent and nxt is not None and nxt.kind is Kind.BYLINE


def _deck_goes_on(group: Group, deck: Block, block: Block, nxt: Block | None,
                  lines: int) -> bool:
    """A line set right under a deck of one line, no blank between and no longer than it,
    is the deck's wrap (——民营企业进出口占比近八成，对共建“一带一路” / 国家进出口增长
    11.3%): under its deck a stack has no headline left to print. A field's label
    (【来源】…) is no wrap; nor is a line over more headline lines, unless the deck stopped
    on a comma (a tool that prints the next story's stack right under a deck: ——…上升为法规
    制度 / 岁末年初安全生产 / 大排查大整治启动)."""
    text = block.text.strip()
    over_a_stack = nxt is not None and nxt.kind is Kind.HEADING
    return lines == 1 and group.deck_after == len(group.lines) \
        and not block.lines[0].after_blank and not is_terminated(group.decks[-1]) \
        and len(text) <= len(deck.lines[-1].text) and not text.startswith(_FIELD_MARKS) \
        and (not over_a_stack or group.decks[-1].endswith(GOES_ON))


_FIELD_MARKS = ("【", "[", "（", "(")


def signs_under(headline: str, text: str) -> bool:
    """Is ``text``, under a headline's line, a bare name signing it (抓项目就是抓发展 /
    彭业忠)? A narrow column's wrap leaves two or three characters alone too (“夜经济”点亮夏
    / 日消费, 湘西州猕猴桃开园 / 上市): they belong to the headline. A name opens on a
    surname, common or compound (周湘, 欧阳晓), or on a rarer one the tagger reads as a
    name (易炼红, 粟勇)."""
    if BARE_NAMES.match(text) is None or is_column_name(text) \
            or broken_mid_word(headline, text) or cuts_a_figure(headline, text):
        return False
    return opens_on_surname(text) or (opens_on_name(text) and not goes_on(headline, text))


def signs_the_story_above(block: Block, nxt: Block | None) -> bool:
    """A name alone on its line between a finished story and the next headline (… 请查收。
    / 唐荣 / 深化诉源治理…): the story's signature, as a commentary's author signs at its
    end; not a kicker of the headline under it."""
    text = block.text.strip()
    return block.kind is Kind.HEADING and len(block.lines) == 1 and " " not in text \
        and BARE_NAMES.match(text) is not None and opens_on_surname(text) \
        and not is_column_name(text) and nxt is not None and nxt.kind is Kind.HEADING


BOLD = 7  # the level of a whole-line **bold** heading
# One to three personal names of two or three characters and nothing else: 彭业忠, 周湘
# 李明 (not a headline's phrases of four: 湘江潮涌 制造向新).
BARE_NAMES = re.compile(r"^[\u4e00-\u9fff]{2,3}(?: [\u4e00-\u9fff]{2,3}){0,2}$")
# A headline line ending on one of these is cut mid-headline, never finished.
# A headline's line broken on a word no line of a stack ends on goes on into the next
# (一颗油茶果的 / “增值”之路).
HANGING_WORDS = ("的",)
GOES_ON = ("，", "、", ",", *HANGING_WORDS)


def joined_headline(lines: list[str],
                    cut: Callable[[str, str], bool] = lambda _above, _line: False) -> str:
    """The printed lines of one headline: apart by a space, but at once after a comma or
    where ``cut`` says the column cut the line (耒阳油茶产 / 业综合产值 → 耒阳油茶产业综合产值);
    lines that end a phrase keep the space (…产业链专场 湖南“磁吸”…)."""
    out = lines[0] if lines else ""
    for above, text in itertools.pairwise(lines):
        out += text if above.endswith(GOES_ON) or cut(above, text) else " " + text
    return out


def _kicker_of_the_next(group: Group, block: Block, nxt: Block | None) -> bool:
    """A smaller heading over a larger one, under headings as large as that one (a
    special page's name and slogan, # 醴陵专版 / ## 聚焦高质量发展, over #### 醴陵实践① /
    ## 一抔泥土烧出“千亿梦”): the kicker of the next stack, not a deck of this one."""
    marked = [h.level for h in group.lines if 0 < h.level < BOLD]
    return bool(marked) and nxt is not None and nxt.kind is Kind.HEADING \
        and 0 < nxt.level < block.level < BOLD and min(marked) <= nxt.level


def _next_stack(group: Group, level: int, text: str) -> bool:
    """A Markdown heading as large as the stack's headline starts the next stack.

    Bare lines above a heading are its kicker, a smaller heading below it is its deck,
    and bold lines (all of one size) stay one stack: kicker, headline, deck. A single
    smaller line right above a larger heading is its kicker ("### 全民健身 活力三湘" /
    "# 环洞庭湖自行车赛鸣枪开赛").
    """
    if not level or level == BOLD or group.kicker:
        return False
    marked = [h.level for h in group.lines if 0 < h.level < BOLD]
    if not marked or level > min(marked):
        return False
    printed = len({h.line_id for h in group.lines})
    one_line = printed == 1
    if one_line and level == min(marked) and is_short_kicker(group.lines[0].text, text):
        return False  # a converter set the kicker as large as its headline (# 春耕进行时)
    if printed == 2 and level == min(marked) and group.lines[0].level == level \
            and is_short_kicker(group.lines[0].text, group.lines[-1].text) \
            and _SPEAKS.match(text):
        # …and its deck too, giving the word to someone (# 流感进入高发期 / # 孩子发烧，… /
        # # 专家：多数病毒感染可自愈…).
        return False
    return not (level < min(marked) and one_line)


# A deck that gives the word to someone: 专家：…, 记者手记：…, 一线观察：….
_SPEAKS = re.compile(rf"^[{CJK}]{{2,6}}[：:]\S")


# A line this short above a longer headline of its size names a series, not a story.
KICKER_CHARS = 8


# Of two bare lines (no size tells them apart), a first this short names a column or a
# series (专家支招, 健康湖南行动, 新春走基层) over the headline; a figurative headline over
# its deck is longer (书香飘进田间地头, 湘江潮涌 制造向新).
LABEL_CHARS = 6


def is_short_kicker(line: str, below: str, chars: int = KICKER_CHARS) -> bool:
    return len(line) <= chars and len(below) > len(line) + 2


def _inline_kicker(text: str) -> str:
    """ "某某公司党委书记程刚： 湖南是…" prints kicker and headline on one line, apart.

    Without the space the colon is the headline's own ("浏阳花炮：一年卖出…").
    """
    match = re.match(r"^[^：:]{4,30}[：:][ \u3000]+(?=\S)", text)
    return match.group(0).strip() if match and len(match.group(0)) < len(text) else ""


def _headline_parts(text: str, block: Block, chained: bool) -> list[Headline]:
    """A line may print several headlines side by side ("甲标题 乙标题"): offer each part.

    Parts of one line that end up naming the same body are joined again.
    """
    parts = text.split(" ")
    if len(parts) < 2 or any(len(part) < 4 for part in parts):
        parts = [text]
    heads: list[Headline] = []
    offset = 0
    for index, part in enumerate(parts):
        heads.append(
            Headline(
                part,
                block.start + offset,
                block.start + offset + len(part),
                chained if index == 0 else True,
                block.start,
                block.level,
            )
        )
        offset += len(part) + 1
    return heads


def _is_label(block: Block, nxt: Block | None, text: str) -> bool:
    """A column label ("三湘时评") sits above a headline of a larger Markdown level, or
    is marked as one ("▍湘论", "■ 漫画", "【要闻】") above any headline. ``text``: the
    block's, cleaned as a heading (【漫画】（图略）: the label alone)."""
    if nxt is None or nxt.kind is not Kind.HEADING:
        return False
    return (0 < nxt.level < block.level <= 6 and len(text) <= 6) or bool(
        _MARKED_LABEL.match(text) or is_column_name(text)
    )


def is_column_name(text: str) -> bool:
    """The name of a column (of briefs, of opinion): it heads a column, never a section
    of a story (a marked label may be either: "■ 强化要素保障" heads a section)."""
    return _COLUMN_NAME.match(text) is not None or _MATERIAL.match(text) is not None


# A compilation's label over each piece it copied: 材料一, 阅读材料二.
_MATERIAL = re.compile(r"^(?:阅读)?材料[一二三四五六七八九十\d]{1,3}[：:]?$")


def is_material_label(text: str) -> bool:
    """材料三: a handout's number for the piece it copied, saying nothing of its stack."""
    return _MATERIAL.match(text) is not None


# A column is named for what it holds: briefs (文体快讯, 社会速览, 社会扫描, 市州传真),
# opinion (三湘时评, 湘江评论, 编辑手记, 读者来信, 观点集萃), a cartoon (漫画).
BRIEFS_COLUMNS = "快讯|简讯|短讯|速览|资讯|速递|快报|简报|集锦|传真"
_HOW_MANY = r"(?:[（(][^）)]{1,6}[）)])?"  # and how many it holds: 市州快讯（两条）
# The bullets a page sets before a brief's headline or a label (■隆回金银花…, ◆城事快递),
# and the bars before a label alone (▍湘论).
BULLETS = "■□◆◇●○▶►★☆◎"
LABEL_MARKS = "▍▌▎" + BULLETS
# News "delivered" (▍城事快递) names a column of briefs only when marked as a label: a
# headline's first line may end on the word (邵阳县乡村快递 / 实现“村村通”).
_DELIVERED = rf"|^(?:[{LABEL_MARKS}]\s*|【)[^\s，。！？】]{{1,6}}快递】?$"
_COLUMN_NAME = re.compile(
    rf"^[^\s，。！？]{{0,6}}(?:{BRIEFS_COLUMNS}|时评|评论|短评|热评|锐评"
    rf"|言论|来论|论坛|观察|视点|观点|随笔|杂谈|来信|手记|札记|漫画|扫描|动态|集萃){_HOW_MANY}$"
    # news of books, films, shows, games: 书讯, 影讯, 展讯
    r"|^[书影展剧赛乐]讯$" + _DELIVERED
)
_BRIEFS_COLUMN = re.compile(rf"^[^\s，。！？]{{0,6}}(?:{BRIEFS_COLUMNS}){_HOW_MANY}${_DELIVERED}")


def is_briefs_column(text: str) -> bool:
    """The name of a column of briefs (县域快讯, 城事速递, 简讯, 市州快讯（两条）), after
    whatever mark, pin or emoji a page sets before it (◆城事快递, 📌 城事速览, ## 简讯)."""
    # (Tried as printed too: 快递 names a column only marked, ◆城事快递.)
    return _BRIEFS_COLUMN.match(text) is not None \
        or _BRIEFS_COLUMN.match(_BEFORE_A_NAME.sub("", text)) is not None


_BEFORE_A_NAME = re.compile(r"^[^\w【]+")
# A column's name after a mark, or in square brackets: short, never a sentence.
_MARKED_LABEL = re.compile(
    rf"^(?:[{LABEL_MARKS}]\s*[^\s，。！？]{{2,8}}\s*[▍▌▎■□◆◇●○◀◄★☆◎]?|【[^】，。！？]{{2,8}}】)$"
)


PULL_QUOTE_MIN = 12


def _run_near(units: list[Unit], pos: int, step: int) -> Run | None:
    """The story printed next to the unit at ``pos`` (captions between skipped)."""
    pos += step
    while 0 <= pos < len(units):
        unit = units[pos]
        if isinstance(unit, Run):
            return unit
        if not isinstance(unit, Caption):
            return None
        pos += step
    return None


def pull_quotes(units: list[Unit]) -> list[Unit]:
    """A headline-like line printed word for word inside a body is a pull quote.

    Papers set a striking sentence of a story large beside it ("初步估算，设备更新市场
    需求规模将在5万亿元以上"); it names no article and must not become a headline.
    A stack with a byline or a deck is a real headline even when a story repeats it (a
    quotation made the headline: “开局之年，湖南要跑出加速度” / ——代表们热议…).
    """
    runs = [u for u in units if isinstance(u, Run)]
    out: list[Unit] = []
    for pos, unit in enumerate(units):
        if not isinstance(unit, Group) or unit.byline or unit.decks:
            out.append(unit)
            continue
        # A deck repeats a line of the story printed next to its stack; a pull quote is
        # set apart from the story it quotes.
        beside = {id(u) for u in (_run_near(units, pos, -1), _run_near(units, pos, 1)) if u}
        bodies = [
            p.text for u in runs if id(u) not in beside for p in u.paras if not p.subhead
        ]
        # Only a whole printed line: one half of "甲标题 乙标题" may well recur in a body.
        whole = [h for h in unit.lines if sum(x.line_id == h.line_id for x in unit.lines) == 1]
        quoted = [
            h for h in whole
            if len(h.text) >= PULL_QUOTE_MIN and any(h.text in body for body in bodies)
        ]
        unit.lines = [h for h in unit.lines if h not in quoted]
        if unit.lines or unit.kicker or unit.decks:
            out.append(unit)
        for head in quoted:
            out.append(Quote(head.text, "", head.start, head.end, position=unit.position))
    return out
