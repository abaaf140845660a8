"""One door to the library: only the service (and the import pipeline beneath it) touch
storage, and no SQL is written outside ``desktop_app/storage``.

Checked on the source (the AST of every module under ``desktop_app/``), so a new
module that breaks the rule fails here before anyone has to find it in review.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from tests.helpers.app_sources import PACKAGE, parsed
from tests.helpers.paths import REPO

STORAGE = "desktop_app.storage"
# The service modules, the import pipeline that turns files into what storage writes,
# and the run that analyses stored articles again.
ALLOWED = re.compile(r"desktop_app\.(service(_\w+)?|page_import|library_analysis)$")
SQL_CALLS = {"execute", "executemany", "executescript"}
SQL = re.compile(
    r"\b(SELECT\s.+\sFROM\b|INSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|UPDATE\s+\w+\s+SET\b|"
    r"DELETE\s+FROM\b|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW|VIRTUAL\s+TABLE)\b|DROP\s+TABLE\b|"
    r"ALTER\s+TABLE\b|PRAGMA\s+\w+|BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b)", re.S)


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> list[tuple[str, Path]]:
    return sorted((module_name(p), p) for p in PACKAGE.rglob("*.py"))


def outside_storage() -> list[tuple[str, Path]]:
    return [(n, p) for n, p in modules() if not (n == STORAGE or n.startswith(STORAGE + "."))]


def imported(tree: ast.AST, name: str, is_package: bool) -> set[str]:
    """Every module ``tree`` imports (absolute names; relative imports resolved)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[:len(base) - node.level + (1 if is_package else 0)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and _called(node) in {"import_module", "__import__"} \
                and node.args and isinstance(node.args[0], ast.Constant):
            found.add(str(node.args[0].value))
    return found


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _tree(source: str | ast.Module) -> ast.Module:
    return ast.parse(source) if isinstance(source, str) else source


def storage_imports(source: str | ast.Module, name: str, is_package: bool = False
                    ) -> list[str]:
    return sorted(m for m in imported(_tree(source), name, is_package)
                  if m == STORAGE or m.startswith(STORAGE + "."))


def sql_found(source: str | ast.Module) -> list[str]:
    """SQL calls and SQL statements in string literals (docstrings may talk about SQL)."""
    tree = _tree(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node) in SQL_CALLS:
            found.append(f"line {node.lineno}: {_called(node)}(")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and id(node) not in docstrings and SQL.search(node.value):
            found.append(f"line {node.lineno}: {node.value[:60]!r}")
    return found


def test_only_the_service_and_the_import_pipeline_import_storage() -> None:
    offenders = {}
    for name, path in outside_storage():
        if ALLOWED.match(name):
            continue
        found = storage_imports(parsed(path), name, path.name == "__init__.py")
        if found:
            offenders[name] = found
    assert offenders == {}, "go through desktop_app.service instead"


def test_no_sql_outside_storage() -> None:
    offenders = {}
    for name, path in outside_storage():
        found = sql_found(parsed(path))
        if found:
            offenders[name] = found
    assert offenders == {}, "SQL belongs in desktop_app/storage"


def test_core_storage_and_every_module_that_touches_storage_are_typed_strictly() -> None:
    """mypy's strict list (pyproject.toml) names the service modules one by one: a new
    one missing from it would be checked in the default mode only."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    strict = next(o for o in config["tool"]["mypy"]["overrides"]
                  if o.get("disallow_untyped_defs"))["module"]

    def covered(name: str) -> bool:
        return name in strict or any(p.endswith(".*") and name.startswith(p[:-1])
                                     for p in strict)

    wanted = [n for n, _ in modules()
              if ALLOWED.match(n) or n.split(".")[:2] in (["desktop_app", "core"],
                                                          ["desktop_app", "storage"])]
    assert len(wanted) > 50
    assert [n for n in wanted if not covered(n)] == []


@pytest.mark.parametrize("source", [
    "import desktop_app.storage.db",
    "from desktop_app.storage import library",
    "from desktop_app import storage",
    "from ..storage.errors import LibraryError",
    "import importlib\nimportlib.import_module('desktop_app.storage.backups')",
    "def late():\n    from desktop_app.storage.db import Database",
])
def test_the_import_check_sees_every_way_in(source: str) -> None:
    assert storage_imports(source, "desktop_app.cli.some_cmd")


def test_the_import_check_leaves_other_imports_alone() -> None:
    assert storage_imports("from desktop_app.service import LibraryService\n"
                           "from desktop_app.core.spans import Corrections\n"
                           "from . import output", "desktop_app.cli.some_cmd") == []


@pytest.mark.parametrize("source", [
    "conn.execute('PRAGMA data_version')",
    "rows = db.conn.executemany(sql, [])",
    "SQL = 'SELECT count(*) FROM articles'",
    "q = f\"INSERT OR IGNORE INTO tags(name) VALUES ({x})\"",
    "x = ('UPDATE highlights SET color = ?'\n     ' WHERE id = ?')",
])
def test_the_sql_check_sees_sql(source: str) -> None:
    assert sql_found(source)


def test_the_sql_check_leaves_prose_alone() -> None:
    source = ('"""Runs SELECT count(*) FROM notes, in a docstring."""\n'
              'label = "Select the articles from the list"\n'
              'def f():\n    """UPDATE x SET y: prose."""\n    return "更新"\n')
    assert sql_found(source) == []


MAX_MODULE_LINES = 400  # a module that grows past this is doing two jobs: split it


def test_no_module_is_over_four_hundred_lines() -> None:
    long = {str(path.relative_to(REPO)): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}
