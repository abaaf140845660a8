from __future__ import annotations

import os
from pathlib import Path

import pytest

# GUI tests never need a display; set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder; the real profile is never touched."""
    home = tmp_path_factory.mktemp("xiangyue-home")
    monkeypatch.setenv("XIANGYUE_HOME", str(home))
    return home


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))
