"""The layer rules (ARCHITECTURE.md "Layers") and the start-up import budget, as checks."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGE = REPO_ROOT / "copdesk"

FORBIDDEN = {
    "model": ("PySide6", "shiboken6", "copdesk.ui", "copdesk.formats", "copdesk.app"),
    "formats": ("PySide6.QtWidgets", "PySide6.QtGui", "copdesk.ui", "copdesk.app"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_names(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """Every module an import statement (or import_module("...") call) in *path* names.

    ``from a import b`` yields both ``a`` and ``a.b`` (b may be a submodule, as in
    ``from PySide6 import QtWidgets``); relative imports are resolved.
    """
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if (
                name in {"import_module", "__import__"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((node.lineno, node.args[0].value))
    return found


def violates(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == f or name.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found under copdesk/{layer}"
    problems = [
        f"{path.relative_to(REPO_ROOT)}:{line} imports {name}"
        for path in files
        for line, name in imported_names(path)
        if violates(name, FORBIDDEN[layer])
    ]
    assert problems == [], "layer rule broken:\n" + "\n".join(problems)


def test_checker_sees_relative_and_from_imports():
    """The walker itself: it must catch the spellings people actually use."""
    fake = REPO_ROOT / "copdesk" / "model" / "x.py"
    source = (
        "from PySide6 import QtWidgets\n"
        "from ..ui import pages\n"
        "from .. import formats\n"
        "import importlib\n"
        "importlib.import_module('copdesk.ui.main_window')\n"
    )
    names = {n for _, n in imported_names(fake, source)}
    assert "PySide6.QtWidgets" in names
    assert "copdesk.ui" in names
    assert "copdesk.formats" in names
    assert "copdesk.ui.main_window" in names


STARTUP_MODULES = ["copdesk.model.db", "copdesk.model.uow", "copdesk.model.members"]
HEAVY = ["alembic", "holidays", "icalendar", "reportlab", "PySide6"]


def test_core_imports_stay_light():
    code = (
        "import json, sys\n"
        + "".join(f"import {m}\n" for m in STARTUP_MODULES)
        + f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported at start-up: {loaded}"
