"""The import contracts in .importlinter: complete, and the home-made contract type works.

`lint-imports` itself runs in .ci/run and pre-commit (one place per check); these tests
check what that run cannot see: a feature package without its "internals" contract, and
that the "QtCore only" contract (tests/import_contracts.py) really fails on a widget import.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CONFIG = REPO_ROOT / ".importlinter"

# Folders of shared modules, not features: their modules are imported one by one.
NOT_FEATURES = {"copdesk.ui.pages", "copdesk.ui.dialogs", "copdesk.ui.widgets", "copdesk.ui.models"}


def contracts() -> list[configparser.SectionProxy]:
    parser = configparser.ConfigParser()
    parser.read(CONFIG, encoding="utf-8")
    return [parser[s] for s in parser.sections() if s.startswith("importlinter:contract:")]


def feature_packages() -> list[str]:
    found = ["copdesk.demo"]
    for layer in ("model", "formats", "ui"):
        for init in sorted((REPO_ROOT / "copdesk" / layer).glob("*/__init__.py")):
            name = f"copdesk.{layer}.{init.parent.name}"
            if name not in NOT_FEATURES:
                found.append(name)
    return found


def test_every_feature_package_has_its_internals_protected():
    protected = {
        c["protected_modules"].strip(): c["allowed_importers"].strip()
        for c in contracts()
        if c["type"] == "protected"
    }
    missing = [p for p in feature_packages() if protected.get(f"{p}.*") != p]
    assert missing == [], f"add a 'protected' contract to .importlinter for: {missing}"


def test_no_contract_protects_a_package_that_is_gone():
    stale = [
        c["protected_modules"]
        for c in contracts()
        if c["type"] == "protected"
        and not (REPO_ROOT / c["allowed_importers"].strip().replace(".", "/")).is_dir()
    ]
    assert stale == []


def test_qt_submodules_are_found_in_every_spelling():
    pytest.importorskip("importlinter")
    from tests.import_contracts import offences

    source = textwrap.dedent(
        """\
        import PySide6.QtCore
        from PySide6.QtCore import QLocale
        from PySide6 import QtCore, QtGui
        from PySide6.QtWidgets import (
            QWidget,
        )
        import PySide6
        from . import sibling
        from PySide6.QtGui import QColor, QFont
        """
    )
    found = offences("pkg.formats.x", source, False, "PySide6", {"QtCore"})
    assert [(o.line, o.imported) for o in found] == [
        (3, "PySide6.QtGui"),
        (4, "PySide6.QtWidgets"),
        (7, "PySide6"),
        (9, "PySide6.QtGui"),
    ]


def test_lint_imports_fails_on_a_widget_import_in_formats(tmp_path):
    """The whole chain: config, our contract type, the exit code, the message."""
    pytest.importorskip("importlinter")
    package = tmp_path / "fakedesk"
    (package / "formats").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "formats" / "__init__.py").write_text("from PySide6.QtCore import QLocale\n")
    (package / "formats" / "pdf.py").write_text("x = 1\nfrom PySide6 import QtGui\n")
    config = tmp_path / "contracts.ini"
    config.write_text(
        textwrap.dedent(
            """\
            [importlinter]
            root_package = fakedesk
            include_external_packages = True
            contract_types =
                external_submodules: tests.import_contracts.ExternalSubmodulesContract

            [importlinter:contract:qt]
            name = Of Qt, formats imports QtCore only
            type = external_submodules
            source_modules = fakedesk.formats
            external_package = PySide6
            allowed_submodules = QtCore
            """
        )
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(REPO_ROOT)])
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo", str(config)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "fakedesk.formats.pdf -> PySide6.QtGui (l.2)" in result.stdout
    assert "fakedesk.formats ->" not in result.stdout
