"""Rebuild ``seed_gold.jsonl`` from ``annotations.txt`` and ``rest_gold.jsonl`` from
``rest_annotations.txt``, against the seed pages.

    uv run python tests/gold/build_gold.py [--show]

The rest gold holds names only (no ``numbers`` key): every paragraph of the five pages
that the seed gold does not, annotated blind after the rules were written (README.md).

Paragraph ids are ``PAGE.ARTICLE.PARAGRAPH`` in the splitter's order at the time of
annotation; the JSONL keeps each paragraph's text, so the gold does not move when the
splitter changes (rebuilding checks that every annotated paragraph still exists). The
annotations name surfaces, not offsets, so a human can read and correct them: every
occurrence is marked, longest surface first, and never overlapping a span already taken.
``--show`` prints each paragraph with its spans bracketed, for review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"
TYPES = ("PER", "LOC", "ORG")


def read_annotations(path: Path) -> dict[str, list[tuple[str, str]]]:
    blocks: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("@ "):
            current = blocks.setdefault(line[2:].strip(), [])
            continue
        label, surface = line.split("\t", 1)
        if current is None or label not in (*TYPES, "N"):
            raise ValueError(f"bad annotation line: {line!r}")
        current.append((label, surface))
    return blocks


def paragraphs() -> dict[str, tuple[str, str, str]]:
    """id → (page file stem, article kind, text) for every paragraph of every seed."""
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        prefix = path.stem.split("_")[0]
        for a, article in enumerate(split_page(read_page(path).text).articles):
            for p, text in enumerate(article.paragraphs):
                found[f"{prefix}.{a}.{p}"] = (path.stem, article.kind, text)
    return found


def mark(text: str, surfaces: list[str]) -> list[tuple[int, int, str]]:
    taken = [False] * len(text)
    spans = []
    for surface in sorted(set(surfaces), key=len, reverse=True):
        start = text.find(surface)
        if start < 0:
            raise ValueError(f"{surface!r} not in {text[:30]!r}…")
        while start >= 0:
            end = start + len(surface)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(surface)
                spans.append((start, end, surface))
            start = text.find(surface, start + 1)
    return sorted(spans)


def build(annotations: str = "annotations.txt", numbers: bool = True) -> list[dict]:
    source = paragraphs()
    items = []
    for pid, labels in read_annotations(HERE / annotations).items():
        page, kind, text = source[pid]
        types = {s: t for t, s in labels if t in TYPES}
        entities = [[s, e, types[w]] for s, e, w in mark(text, list(types))]
        item = {"id": pid, "page": page, "kind": kind, "text": text, "entities": entities}
        if numbers:
            item["numbers"] = [[s, e] for s, e, _ in
                               mark(text, [s for t, s in labels if t == "N"])]
        items.append(item)
    return items


def show(item: dict) -> str:
    text = item["text"]
    marks = [(s, "[") for s, _, _ in item["entities"]]
    marks += [(e, f"]{t}") for _, e, t in item["entities"]]
    numbers = item.get("numbers", [])
    marks += [(s, "{") for s, _ in numbers] + [(e, "}") for _, e in numbers]
    out, last = [], 0
    for pos, tag in sorted(marks, key=lambda m: (m[0], m[1][0] in "[{")):
        out.append(text[last:pos] + tag)
        last = pos
    return item["id"] + " " + "".join(out) + text[last:]


def main() -> int:
    for source, target, numbers in (("annotations.txt", "seed_gold.jsonl", True),
                                    ("rest_annotations.txt", "rest_gold.jsonl", False)):
        items = build(source, numbers)
        with (HERE / target).open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        if "--show" in sys.argv:
            for item in items:
                print(show(item), end="\n\n")
        n_ent = sum(len(i["entities"]) for i in items)
        n_num = sum(len(i.get("numbers", [])) for i in items)
        print(f"{target}: {len(items)} paragraphs, {n_ent} entities, {n_num} numbers",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
