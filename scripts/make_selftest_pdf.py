"""Write resources/selftest/page.pdf: the one-page newspaper PDF ``--self-test`` imports.

    uv run python scripts/make_selftest_pdf.py

Made with Qt's QPdfWriter and Noto CJK (tests/helpers/newspaper_pdf.py), so its text
comes out with the Kangxi-radical code points real e-paper PDFs have (⾊ for 色): the
self-test proves the frozen app reads PDFs, lays the page out and normalises its text.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers.newspaper_issue import PageSpec, PhotoSpec, StorySpec  # noqa: E402
from tests.helpers.newspaper_pdf import render  # noqa: E402

OUT = ROOT / "resources" / "selftest" / "page.pdf"
TITLE = "绿色智能计算产业加快发展"

SPEC = PageSpec(
    number=4, columns=2, date=(2025, 3, 30), section="经济", editor="谭云东",
    items=[
        StorySpec(TITLE, [
            "当前，全球人工智能爆发式发展，智能算力增速远超通用算力。全省绿色智能计算产业"
            "规模达8520亿元，同比增长19.2%。",
            "长沙正加快建设算力基础设施，推动算力、算法和数据协同发展，让绿色算力成为产业"
            "转型升级的新引擎。",
        ], span=2, byline="本报记者 黄利飞", head_size=26.0),
        StorySpec("新材料产业是突破口", [
            "“湖南是制造业大省，但还需要向‘强省’跨越。”在新材料产业链专场对接活动上，"
            "与会专家这样说。",
            "新材料产业链专场对接活动发布转移项目105个，总投资超千亿元。",
        ], byline="本报记者 彭雅惠", head_size=20.0),
        PhotoSpec("株洲一家企业的工作人员在加工风电叶片。", "本报记者 辜鹏博 摄"),
    ])


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    gold = render(OUT, [SPEC])[0]
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes, "
          f"{len(gold.articles)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
