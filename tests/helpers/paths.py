"""Where the tests find the repository, the bundled sample pages and their own files."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
HELPERS = REPO / "tests" / "helpers"
GOLD = REPO / "tests" / "gold"
