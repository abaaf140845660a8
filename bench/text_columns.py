"""What reading columns saved side by side, and closing up letter-spaced lines, cost a
page's import, in one run.

    uv run python bench/text_columns.py

Per group of pages: decoding each page file as the import does (``decode_page``: decode,
clean, read columns), against the same without the column step, and the column step
alone, and closing up letter-spaced lines alone (``letter_spacing.close_up``); then the
splitter on the same pages for scale. Pages: the five sample pages (no columns side by
side: the step is one scan), the blind sets' text pages, the worst input under the
column step's limit (columns side by side up to the step's limit), and a page of as many
letter-spaced lines.
CPU time of this process, best of five.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.reading import letter_spacing, pages, text_columns  # noqa: E402
from desktop_app.core.splitting.split import split_page  # noqa: E402


def _best(run: Callable[[], object], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _worst_case() -> bytes:
    row = "    全省1268个重大项目集中开工，总投资      近日，省发展改革委等部门联合印发"
    text = "\n".join([row] * (text_columns.MAX_CHARS // (len(row) + 1)))
    return text[: text_columns.MAX_CHARS].encode("utf-8")


def _letter_spaced() -> bytes:
    row = "旅 游 广 电 体 育 局 获 悉 ， 今 年 1 至 11 月 ， 接 待 游 客"
    return "\n".join([row] * (text_columns.MAX_CHARS // (len(row) + 1))).encode("utf-8")


def main() -> None:
    groups = {
        "sample pages (5)": [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))],
        "blind text pages (read sets)": [
            p.read_bytes() for name in ("web", "pdf", "routes", "days")
            for p in sorted((ROOT / "tests" / "gold" / "layouts" / name).glob("page*.txt"))],
        "worst case (one page)": [_worst_case()],
        "letter-spaced (one page)": [_letter_spaced()],
    }
    print("| pages | decode with columns, ms | without, ms | ratio | columns alone, ms "
          "| closing up alone, ms | split, ms |")
    print("|---|---|---|---|---|---|---|")
    for label, files in groups.items():
        print(_row(label, files))


def _row(label: str, files: list[bytes]) -> str:
    texts = [pages.decode_page(data).text for data in files]
    with_columns = _best(lambda: [pages.decode_page(data) for data in files])
    original = pages.read_columns
    pages.read_columns = lambda text: text  # type: ignore[assignment]
    try:
        without = _best(lambda: [pages.decode_page(data) for data in files])
    finally:
        pages.read_columns = original
    cleaned = [pages.clean_text(data.decode("utf-8", "replace")) for data in files]
    alone = _best(lambda: [text_columns.read_columns(text) for text in cleaned])
    spacing = _best(lambda: [letter_spacing.close_up(text) for text in cleaned])
    split = _best(lambda: [split_page(text) for text in texts], rounds=1)
    return (f"| {label} | {with_columns * 1000:.1f} | {without * 1000:.1f} | "
            f"{with_columns / without:.2f} | {alone * 1000:.1f} | {spacing * 1000:.1f} | "
            f"{split * 1000:.0f} |")

if __name__ == "__main__":
    main()
