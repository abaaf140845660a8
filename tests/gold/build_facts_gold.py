"""Rebuild ``facts_gold.jsonl`` from ``facts_annotations.txt`` and the seed pages.

    uv run python tests/gold/build_facts_gold.py [--show]
    uv run python tests/gold/build_facts_gold.py --blind gauges  # facts_blind/gauges.txt

For a seed, each annotated sentence is looked up in its article (page prefix and the
first characters of the article id) and the whole paragraph holding it becomes the text,
so a period printed in an earlier sentence of the paragraph can be annotated; sentences
of one paragraph share one record. An own-written text is its ``> `` lines, one paragraph
each, joined by newlines. Offsets are computed here: the number is found in its sentence
(``#2``: the second occurrence), the subject at its occurrence in the paragraph nearest
to the number (before it when equally near). ``--show`` prints every fact bracketed.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.reading.pages import read_page
from desktop_app.core.splitting.split import split_page

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"


@dataclass
class Doc:
    set: str
    split: str
    name: str
    page_date: str | None
    text: str = ""
    facts: list[dict[str, object]] = field(default_factory=list)


def _articles() -> dict[str, str]:
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        prefix = path.stem.split("_")[0]
        for article in split_page(read_page(path).text).articles:
            found[f"{prefix}:{article.id}"] = article.text
    return found


def _nearest(text: str, needle: str, anchor: int) -> int:
    starts = []
    i = text.find(needle)
    while i >= 0:
        starts.append(i)
        i = text.find(needle, i + 1)
    if not starts:
        raise ValueError(f"subject {needle!r} not in {text[:40]!r}")
    return min(starts, key=lambda s: (abs(s - anchor), -s if s <= anchor else s))


def build(source: Path = HERE / "facts_annotations.txt") -> list[dict[str, object]]:
    lines = source.read_text(encoding="utf-8").splitlines()
    articles = _articles() if any(line.startswith("@ seed") for line in lines) else {}
    docs: list[Doc] = []
    current: Doc | None = None
    sentence_at = 0
    sentence = ""
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            set_, split, name, date = line[2:].split()
            page_date = date.removeprefix("date=")
            current = Doc(set_, split, name, None if page_date == "none" else page_date)
            docs.append(current)
            continue
        assert current is not None, line
        if line.startswith("> "):
            sentence = line[2:]
            if current.set == "own":
                current.text += ("\n" if current.text else "") + sentence
                sentence_at = len(current.text) - len(sentence)
                continue
            current, sentence_at = _seed_sentence(docs, current, articles, sentence)
            continue
        number, subject, relation, period, iso = (f.strip() for f in line.split("|"))
        nth = 1
        if "#" in number:
            number, n = number.split("#")
            nth = int(n)
        at = -1
        for _ in range(nth):
            at = sentence.index(number, at + 1)
        start = sentence_at + at
        end = start + len(number)
        fact: dict[str, object] = {
            "start": start, "end": end, "text": number, "subject": subject,
            "subject_start": None, "subject_end": None, "relation": relation,
            "period": period, "period_iso": None if iso == "-" else iso,
        }
        if subject:
            s = _nearest(current.text, subject, start)
            fact["subject_start"], fact["subject_end"] = s, s + len(subject)
        current.facts.append(fact)
    return [{"doc": d.name, "set": d.set, "split": d.split, "page_date": d.page_date,
             "text": d.text, "facts": sorted(d.facts, key=lambda f: f["start"])}  # type: ignore[arg-type,return-value]
            for d in docs if d.facts]


def _seed_sentence(docs: list[Doc], current: Doc, articles: dict[str, str], sentence: str
                   ) -> tuple[Doc, int]:
    """The record of the paragraph holding ``sentence`` (a new one for a new paragraph)."""
    page, prefix = current.name.split("#")[0].split(":")
    keys = [k for k in articles if k.startswith(f"{page}:{prefix}")]
    if len(keys) != 1:
        # The splitter names its articles anew when a page splits differently: the
        # sentence's own article on the page is the one meant.
        keys = [k for k in articles if k.startswith(f"{page}:") and sentence in articles[k]]
    assert len(keys) == 1, (current.name, keys)
    paragraphs = articles[keys[0]].split("\n")
    hits = [p for p in paragraphs if sentence in p]
    assert len(hits) == 1, sentence
    paragraph = hits[0]
    if current.text not in ("", paragraph):
        current = Doc(current.set, current.split, current.name.split("#")[0] + f"#{len(docs)}",
                      current.page_date)
        docs.append(current)
    current.text = paragraph
    return current, paragraph.index(sentence)


def show(records: list[dict[str, object]]) -> None:
    for r in records:
        text = str(r["text"])
        print(f"== {r['doc']} {r['split']} {r['page_date']}\n{text}")
        for f in r["facts"]:  # type: ignore[attr-defined]
            print(f"   [{f['text']}] ← {f['subject']!r} {f['relation']!r} "
                  f"{f['period']!r} {f['period_iso']}")


if __name__ == "__main__":
    source, target = HERE / "facts_annotations.txt", HERE / "facts_gold.jsonl"
    if "--blind" in sys.argv:
        name = sys.argv[sys.argv.index("--blind") + 1]
        source = HERE / "facts_blind" / f"{name}.txt"
        target = source.with_suffix(".jsonl")
    built = build(source)
    with open(target, "w", encoding="utf-8") as out:
        for record in built:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    n = sum(len(r["facts"]) for r in built)  # type: ignore[arg-type,misc]
    print(f"{len(built)} texts, {n} numbers", file=sys.stderr)
    if "--show" in sys.argv:
        show(built)
