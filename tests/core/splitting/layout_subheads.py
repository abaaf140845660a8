"""Subheads in the layout generator: how papers print them, and stories cut into sections.

The ``subheads`` family gives every story of three or more paragraphs one to three
subheads (written below, in the register of a provincial daily) and prints them in one
of :data:`SUBHEAD_STYLES`; ``layout_families._subhead_line`` prints one. Kept apart so
that the families module stays one module. Re-exported by ``layouts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tests.core.splitting.layout_families import FAMILIES as PLAIN_FAMILIES
from tests.core.splitting.layout_families import Rng, Style
from tests.core.splitting.layout_gold import Story

# marked: as the page marks headings (bold, ###, or nothing); numbered: "一、…";
# paren: "（一）…"; bracket: "【…】"; plain: a bare line whatever the page's marks.
SUBHEAD_STYLES = ("marked", "numbered", "paren", "bracket", "plain")
# Subheads written for stories printed without any, in the register of a provincial daily.
EXTRA_SUBHEADS = (
    "抓项目 稳增长", "政策红利持续释放", "让群众少跑腿", "补齐短板强弱项", "人才引得进留得住",
    "守住绿水青山", "从“单打独斗”到“抱团发展”", "线上线下齐发力", "数字赋能见实效",
    "好日子越过越红火", "服务跟着需求走", "老手艺焕发新活力", "科技助力春耕", "擦亮金字招牌",
    "下好先手棋", "打通最后一公里",
)


def with_subheads(story: Story, rng: Rng) -> Story:
    """The story with one to three subheads between its paragraphs, if it has none."""
    paragraphs = story.paragraphs
    if any(sub for _, sub in story.body) or len(paragraphs) < 3:
        return story
    spots = rng.sample(range(1, len(paragraphs)), min(rng.randint(1, 3), len(paragraphs) - 1))
    texts = iter(rng.sample(EXTRA_SUBHEADS, len(spots)))
    body: list[tuple[str, bool]] = []
    for index, paragraph in enumerate(paragraphs):
        if index in spots:
            body.append((next(texts), True))
        body.append((paragraph, False))
    return replace(story, body=tuple(body))


def _sectioned(rng: Rng) -> Style:
    """Long stories cut into sections, their subheads printed as papers print them."""
    width = rng.choice([None, None, rng.randint(10, 40)])
    return Style(
        width=width,
        marks=rng.choice(["markdown", "bold", "levels", "plain", "plain"]),
        head=rng.choice(["above", "above", "below"]) if width else "above",
        subheads=rng.choice(SUBHEAD_STYLES),
        more_subheads=True,
        byline_after=rng.random() < 0.3,
        dateline_line=rng.random() < 0.3,
        blank_paras=rng.random() < 0.6,
        indent=rng.random() < 0.3,
        captions=rng.choice([0, 0, 1]),
        headers=rng.random() < 0.2,
    )


FAMILIES: dict[str, Callable[[Rng], Style]] = {**PLAIN_FAMILIES, "subheads": _sectioned}
