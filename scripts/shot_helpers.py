"""What every screenshot script shares: where shots go, their size, and waiting for the
window without sleeping blind."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "screenshots"
SIZE = (1280, 800)
# SHOT_UI_LANG=en adds "-en" to every shot's name, so an English run never overwrites
# the Chinese shots the README shows.
SUFFIX = "" if os.environ.get("SHOT_UI_LANG", "zh_CN") == "zh_CN" else "-en"


def out_path(name: str) -> Path:
    """Where the shot ``name`` (``main-light.png``) goes, with the language's suffix."""
    stem = name.removesuffix(".png").removesuffix(SUFFIX) if SUFFIX else name[:-4]
    return OUT / f"{stem}{SUFFIX}.png"


def wait(app, condition, timeout_s: float = 60) -> None:
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.01)


def settle(app, seconds: float = 0.4) -> None:
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
