"""What a change to the name rules changed, read name by name: before against now.

    uv run python bench/name_diff.py --before DIR [--pages 25] [--seed 7] [--show 12]

``DIR`` is another checkout of the repository (``git worktree add DIR REV``). The names
of the five sample pages' articles (as the window shows them) and of paragraphs of
generated pages (bench/pagegen.py) are found by each tree in a process of its own; the
names one tree finds and the other does not are counted and shown in context. The dev
sets say how many names a change moves; this says which, on text nobody annotated.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run in a child with the tree under test first on sys.path; prints one JSON object.
CHILD = r"""
import json, sys
from pathlib import Path
tree, seeds, pages, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, str(tree))
sys.path.insert(1, sys.argv[5])  # bench/ of the newer tree, for pagegen
from desktop_app.core.extraction.entities import find_entities
from desktop_app.page_analysis import analyse_file
from pagegen import pages as generated
texts = {}
for path in sorted(seeds.glob("*.txt")):
    page = analyse_file(path, frozenset())
    for n, article in enumerate(page.split.articles):
        texts[f"{path.stem}/{n}"] = article.text
for n, page in enumerate(generated(pages, seed)):
    for i, para in enumerate(p for p in page.split("\n") if len(p) > 20):
        texts[f"gen{n}/{i}"] = para
out = {key: [text, sorted((e.start, e.end, e.type) for e in find_entities(text))]
       for key, text in texts.items()}
print(json.dumps(out, ensure_ascii=False))
"""


def names_of(tree: Path, pages: int, seed: int) -> dict[str, list]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    with tempfile.TemporaryDirectory() as home:
        env["XIANGYUE_HOME"] = home
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(tree), str(REPO / "seeds"), str(pages), str(seed),
             str(REPO / "bench")],
            env=env, cwd=home, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the other checkout")
    parser.add_argument("--pages", type=int, default=25, help="generated pages (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=12, help="changed texts to print")
    args = parser.parse_args()
    before = names_of(args.before.resolve(), args.pages, args.seed)
    now = names_of(REPO, args.pages, args.seed)
    lost: Counter = Counter()
    gained: Counter = Counter()
    shown = 0
    for key, (text, spans) in now.items():
        if key not in before:
            continue
        old, new = {tuple(s) for s in before[key][1]}, {tuple(s) for s in spans}
        for start, end, etype in old - new:
            lost[(text[start:end], etype)] += 1
        for start, end, etype in new - old:
            gained[(text[start:end], etype)] += 1
        if old != new and shown < args.show:
            shown += 1
            print(f"{key}: -{[(text[s:e], t) for s, e, t in sorted(old - new)]} "
                  f"+{[(text[s:e], t) for s, e, t in sorted(new - old)]}")
    print(f"{len(now)} texts; names lost {sum(lost.values())}, gained {sum(gained.values())}")
    print("lost:  ", ", ".join(f"{n}×{w}/{t}" for (w, t), n in lost.most_common(30)))
    print("gained:", ", ".join(f"{n}×{w}/{t}" for (w, t), n in gained.most_common(30)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
