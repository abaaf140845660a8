"""The application's modules, each parsed once per process: the layering and build checks
walk every one of them several times (about a second of CPU a walk)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

from tests.helpers.paths import REPO

PACKAGE = REPO / "desktop_app"


@functools.cache
def parsed(path: Path) -> ast.Module:
    """``path``'s syntax tree; shared, so never change it."""
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def app_trees() -> list[tuple[Path, ast.Module]]:
    """Every module of the app and its tree, in path order."""
    return [(path, parsed(path)) for path in sorted(PACKAGE.rglob("*.py"))]
