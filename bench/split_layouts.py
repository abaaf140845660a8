"""Splitter quality per layout family, on generated pages whose gold is known.

The pages come from tests/core/splitting/layouts.py (the same articles re-laid out as
extraction tools print them); each family gets the same fixed pages on every run.

    uv run python bench/split_layouts.py              # the table
    uv run python bench/split_layouts.py --pages 60   # more pages per family
    uv run python bench/split_layouts.py --show narrow-below   # the failures of a family
    uv run python bench/split_layouts.py --ref REV    # also the splitter of commit REV

boundary: an item's first and last sentence land in one article; title: the article
holding an item's first sentence carries its printed headline (and no other item's);
precision: an article holds the start of exactly one printed item. ``sentences`` is
the share of pages on which every printed sentence is in the split exactly once, whole,
in an article's body (tests/core/splitting/test_no_sentence_lost.py asks less: once, in
order, where an article reads it, headline and subheads included).
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.core.splitting.layouts import (  # noqa: E402
    FAMILIES,
    Page,
    Scores,
    SubheadScores,
    corpus,
    score,
    score_subheads,
    sentence_counts,
)


def evaluate(pages: list[Page], split: Callable[[str], Any]) -> dict[str, tuple[Scores, int]]:
    table: dict[str, tuple[Scores, int]] = {}
    for page in pages:
        scores, whole = table.get(page.family, (Scores(), 0))
        articles = split(page.text).articles
        scores.add(score(page, articles))
        table[page.family] = (scores, whole + (not sentence_counts(page, articles, whole=True)))
    return table


def subhead_table(pages: list[Page], split: Callable[[str], Any]) -> None:
    """Subheads per family: precision (a found subhead is printed, above its paragraph)
    and recall (a printed subhead is found there)."""
    table: dict[str, SubheadScores] = {}
    for page in pages:
        table.setdefault(page.family, SubheadScores()).add(
            score_subheads(page, split(page.text).articles))
    total = SubheadScores()
    print("| family | subheads printed | found | precision | recall |\n|---|---|---|---|---|")
    for family, scores in [*table.items(), ("all", total)]:
        if family != "all":
            total.add(scores)
        print(f"| {family} | {scores.printed} | {scores.found} | {scores.precision:.2f} | "
              f"{scores.recall:.2f} |")


def _splitter_at(rev: str) -> Callable[[str], Any]:
    """``split_page`` as it was at commit ``rev`` (checked out into a temporary folder)."""
    folder = Path(tempfile.mkdtemp(prefix="xiangyue-split-"))
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "desktop_app"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    saved = {k: v for k, v in sys.modules.items() if k.startswith("desktop_app")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        module = importlib.import_module("desktop_app.core.splitting.split")
    finally:
        sys.path.remove(str(folder))
        for name in [k for k in sys.modules if k.startswith("desktop_app")]:
            del sys.modules[name]
        sys.modules.update(saved)
    return module.split_page  # type: ignore[no-any-return]


def _print(rows: list[tuple[str, dict[str, tuple[Scores, int]]]], per_family: int) -> None:
    header = "| family | " + " | ".join(
        f"{label} boundary | {label} title | {label} precision | {label} sentences"
        if label else "boundary | title | precision | sentences"
        for label, _ in rows
    ) + " |"
    print(header)
    print("|---" * (1 + 4 * len(rows)) + "|")
    families = [*FAMILIES, "all"]
    for family in families:
        cells = []
        for _, table in rows:
            if family == "all":
                total, whole = Scores(), 0
                for scores, count in table.values():
                    total.add(scores)
                    whole += count
                pages = per_family * len(table)
            else:
                total, whole = table[family]
                pages = per_family
            cells += [f"{Scores.rate(total.boundary):.2f}", f"{Scores.rate(total.title):.2f}",
                      f"{Scores.rate(total.precision):.2f}", f"{whole / pages:.2f}"]
        print(f"| {family} | " + " | ".join(cells) + " |")


def _show(pages: list[Page], family: str, split: Callable[[str], Any], limit: int) -> None:
    shown = 0
    for page in pages:
        if page.family != family:
            continue
        articles = split(page.text).articles
        result = score(page, articles)
        lost = sentence_counts(page, articles, whole=True)
        if all(result.boundary + result.title + result.precision) and not lost:
            continue
        print("=" * 70, page.describe())
        print("\n".join(line[:40] for line in page.text.split("\n") if line.strip()))
        print("--- gold")
        for item in page.items:
            print(f"  {item.kind:12} {item.title or '-':30} {item.sentences[0][:20]}…")
        print("--- split")
        for article in articles:
            print(f"  {article.kind:12} {article.title[:30]:30} {article.text[:24]!r}")
        for sentence, (printed, got) in lost.items():
            print(f"  sentence printed {printed}× found {got}×: {sentence[:30]}")
        shown += 1
        if shown >= limit:
            break


def seed_scores(split: Callable[[str], Any]) -> tuple[Scores, int]:
    """The same three scores on the five seed pages, against the structure that
    tests/core/splitting/test_seed_pages.py expects (headline, first and last words of
    each article).

    An expected article counts for boundary when one output article starts with its
    first words and ends with its last; for title when that article's title holds the
    printed headline; an output article counts for precision when it starts with the
    first words of exactly one expected article.
    """
    import importlib.util

    from desktop_app.core.reading.pages import read_page

    path = REPO / "tests" / "core" / "splitting" / "test_seed_pages.py"
    spec = importlib.util.spec_from_file_location("split_seeds_expected", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    total, articles_seen = Scores(), 0
    for prefix, expected in module.EXPECTED.items():
        page = next((REPO / "seeds").glob(f"{prefix}_*.txt"))
        articles = split(read_page(page).text).articles
        articles_seen += len(articles)
        for _kind, headline, first, last in expected:
            holder = next((a for a in articles if a.text.startswith(first)), None)
            total.boundary.append(holder is not None and holder.text.endswith(last))
            if headline:
                total.title.append(holder is not None and headline in holder.title)
        starts = [sum(a.text.startswith(e[2]) for e in expected) for a in articles]
        total.precision += [count == 1 for count in starts]
    return total, articles_seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=30, help="pages per family")
    parser.add_argument("--start", type=int, default=0,
                        help="first page number per family (pages 1000+ were never looked at)")
    parser.add_argument("--ref", help="also score the splitter of this git revision")
    parser.add_argument("--show", help="print the failing pages of this family")
    parser.add_argument("--limit", type=int, default=5)
    args = parser.parse_args()
    pages = corpus(args.pages, args.start)
    from desktop_app.core.splitting.split import split_page

    if args.show:
        _show(pages, args.show, split_page, args.limit)
        return
    splits = [(args.ref, _splitter_at(args.ref))] if args.ref else []
    splits.append(("now" if args.ref else "", split_page))
    rows = [(label, evaluate(pages, split)) for label, split in splits]
    print(f"{args.pages} pages per family from page {args.start}, {len(pages)} pages\n")
    _print(rows, args.pages)
    for label, split in splits:
        print(f"\nsubheads, {label or 'now'}:")
        subhead_table(pages, split)
    print("\nseed pages (tests/core/splitting/test_seed_pages.py structure):")
    for label, split in splits:
        seeds, count = seed_scores(split)
        print(f"  {label or 'now'}: boundary {Scores.rate(seeds.boundary):.2f}  "
              f"title {Scores.rate(seeds.title):.2f}  "
              f"precision {Scores.rate(seeds.precision):.2f}  ({count} articles)")


if __name__ == "__main__":
    main()
