"""Check a blind text set before it is handed in (conventions.md)::

    .venv/bin/python tests/gold/layouts/check_text.py FOLDER

For each pageNN.txt with its pageNN.json: the gold has its fields, every item a known
kind, and every title, kicker, deck, first and last of it is on the page once all
whitespace is removed (and both compared in NFKC: a tool may print either width of a
mark); ``first`` and ``last`` are 10-20 characters (6-24 tolerated) and ``first``
occurs once. Exits 1 when anything is wrong. ``check_pdf.py`` checks PDF sets alike.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

KINDS = ("story", "brief", "commentary", "photo", "continuation")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def item_problems(name: str, gold: dict[str, Any], text: str, where: str) -> list[str]:
    """What is wrong with a page's gold, its text ``text`` squashed (``where``: how the
    page's text is named in a message)."""
    problems = [f"{name}: gold lacks {key!r}" for key in ("tool", "notes", "items")
                if key not in gold]
    for n, item in enumerate(gold.get("items", [])):
        at = f"{name} item {n}"
        if item.get("kind") not in KINDS:
            problems.append(f"{at}: kind {item.get('kind')!r}")
        for key in ("title", "kicker", "deck", "first", "last"):
            value = squash(item.get(key, ""))
            if key in ("first", "last") and not 6 <= len(value) <= 24:
                problems.append(f"{at}: {key} should be 10-20 characters: {value!r}")
            if value and value not in text:
                problems.append(f"{at}: {key} not in {where}: {value!r}")
        first = squash(item.get("first", ""))
        if first and text.count(first) > 1:
            problems.append(f"{at}: first occurs {text.count(first)} times")
    return problems


def page_text(path: Path) -> str:
    """A page file's text as a tool saved it: UTF-8 or UTF-16 with a byte-order mark,
    UTF-8, else GB18030."""
    data = path.read_bytes()
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def folder_problems(folder: Path) -> tuple[int, list[str]]:
    """The number of items of a text set and what is wrong with it."""
    total, problems = 0, []
    pages = sorted(folder.glob("page*.txt"))
    if not pages:
        problems.append("no pageNN.txt files")
    for page in pages:
        gold_path = page.with_suffix(".json")
        if not gold_path.exists():
            problems.append(f"{page.name}: no {gold_path.name}")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        folded = {**gold, "items": [{key: unicodedata.normalize("NFKC", value)
                                     if isinstance(value, str) else value
                                     for key, value in item.items()}
                                    for item in gold.get("items", [])]}
        text = unicodedata.normalize("NFKC", squash(page_text(page)))
        total += len(gold.get("items", []))
        problems += item_problems(page.name, folded, text, "the page")
    return total, problems


def main(folder: str) -> int:
    total, problems = folder_problems(Path(folder))
    print("\n".join([*problems, f"{total} items; {len(problems)} problems"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
