"""What opening a library file will do before it is opened: whether its format must be
brought up to this version first. Some steps rebuild an index (minutes on a library of
100,000 articles), so the window says an upgrade is under way instead of a bare
"Opening the library…" that seems to hang."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.db import pending_steps


def needs_upgrade(path: Path) -> bool:
    """Whether opening ``path`` will first run schema steps (a backup is made before)."""
    return pending_steps(path) > 0
