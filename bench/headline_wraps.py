"""Headlines a narrow column wrapped, against kickers and decks kept apart.

Every headline of the development blind sets (tests/gold/layouts; the held-out sets are
not read) is broken as a column N characters wide breaks it, for every N from 6 to 14
that leaves it on two lines: the first line full, the rest under it. Each is set between
two stories, as paragraphs apart by blank lines and as a narrow column prints them
(every line 14 characters, no blank line), and the splitter must give it whole. The
same sets' kickers over their headlines and bare decks (no "——") under them are the
other side: the title must be the headline alone. A rule that joins more wraps by
joining kickers too shows here.

    uv run python bench/headline_wraps.py                 # the rates
    uv run python bench/headline_wraps.py --show wrap     # the misses (wrap|kicker|deck)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.core.splitting.split import split_page
from tests.core.splitting.layout_blind import HELD_OUT, ROOT

BEFORE = ("全省春耕备耕有序推进\n\n本报讯（记者 王明）记者从省农业农村厅获悉，全省已落实早稻"
          "种植面积1500万亩。各地加快推进高标准农田建设，确保不误农时。\n\n")
BODY = ("本报讯（记者 李华 通讯员 周强）3月5日，记者从有关部门获悉，今年一季度相关工作取得"
        "明显成效，全年目标任务有望提前完成。\n\n业内人士表示，下一步将继续加大投入力度，推动"
        "高质量发展。\n")
MARK = "今年一季度相关工作"


def _bare(text: str) -> str:
    """Text as compared: no spaces, punctuation of either width alike (the splitter sets a
    page's 南县:稻虾田 as 南县：稻虾田, as bench/split_blind.py folds it too)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def stacks() -> Iterator[tuple[str, list[str], str]]:
    """(kind, the stack's printed lines, the headline) for every development headline."""
    seen: set[str] = set()
    for path in sorted(ROOT.glob("*/page*.json")):
        if path.parent.name in HELD_OUT:
            continue
        for item in json.loads(path.read_text(encoding="utf-8"))["items"]:
            title = _bare(item["title"])
            if not title or title in seen:
                continue
            seen.add(title)
            for width in range(6, 15):
                if width < len(title) <= 2 * width and len(title) - width >= 2:
                    yield "wrap", [title[:width], title[width:]], title
            if item.get("kicker"):
                yield "kicker", [_bare(item["kicker"]), title], title
            if item.get("deck") and not item["deck"].startswith("—"):
                yield "deck", [title, _bare(item["deck"])], title


def _column(text: str, width: int = 14) -> str:
    """``text`` as a narrow column prints it: every paragraph broken every ``width``
    characters, no blank line between paragraphs."""
    return "\n".join(para[i:i + width] for para in text.split("\n\n") if para.strip()
                     for i in range(0, len(para.strip()), width)) + "\n"


def title_given(lines: list[str], blank: bool) -> str | None:
    if blank:
        text = BEFORE + "\n".join(lines) + "\n\n" + BODY
    else:
        text = _column(BEFORE) + "\n".join(lines) + "\n" + _column(BODY)
    for article in split_page(text).articles:
        if MARK in "".join(article.paragraphs):
            return article.title
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("wrap", "kicker", "deck"))
    args = parser.parse_args()
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for kind, lines, title in stacks():
        for blank in (True, False):
            spacing = "paragraphs" if blank else "a narrow column"
            got = title_given(lines, blank)
            total[kind, spacing] += 1
            if got is not None and _bare(got) == title:
                right[kind, spacing] += 1
            elif kind == args.show and blank:
                misses.append(f"{' / '.join(lines)} → {got!r}")
    print("| stack | spacing | right | rate |")
    print("|---|---|---|---|")
    for kind, spacing in sorted(total):
        n, ok = total[kind, spacing], right[kind, spacing]
        print(f"| {kind} | {spacing} | {ok}/{n} | {ok / n:.3f} |")
    if misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
