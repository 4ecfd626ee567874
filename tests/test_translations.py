"""Translations: the committed German catalogues are complete and current, the
translation tool (scripts/i18n.py) works, and copdesk.ui.i18n installs them."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from copdesk.paths import resource_path
from copdesk.ui import i18n

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "scripts" / "i18n.py"


def run_tool(*args: str, root: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(TOOL)]
    if root is not None:
        cmd += ["--root", str(root)]
    return subprocess.run(
        [*cmd, *args], check=False, capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def load_tool_module():
    spec = importlib.util.spec_from_file_location("copdesk_i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def restore_locale():
    saved = QLocale()
    yield
    QLocale.setDefault(saved)


# --------------------------------------------------------------------------
# The real project
# --------------------------------------------------------------------------


def test_i18n_check_passes():
    result = run_tool("check")
    assert result.returncode == 0, (
        "scripts/i18n.py check failed - see docs/translations.md\n" + result.stdout + result.stderr
    )


def test_committed_qm_files_load():
    folder = resource_path("translations")
    qms = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not qms:
        pytest.skip("no .qm files committed yet")
    for qm in qms:
        translator = QTranslator()
        assert translator.load(str(qm)), f"{qm.name} does not load"
        assert not translator.isEmpty(), f"{qm.name} has no translations"
        assert translator.language() == "de", f"{qm.name}: language {translator.language()!r}"


def test_area_rules():
    tool = load_tool_module()
    assert tool.area_of("copdesk/ui/pages/members.py") == "members"
    assert tool.area_of("copdesk/ui/dialogs/member_edit.py") == "members"
    assert tool.area_of("copdesk/ui/widgets/calendar_view.py") == "meetings"
    assert tool.area_of("copdesk/model/rotation/__init__.py") == "rotation"
    assert tool.area_of("copdesk/ui/widgets/board.py") == "backlog"
    assert tool.area_of("copdesk/formats/protocol/__init__.py") == "minutes"
    assert tool.area_of("copdesk/formats/invitations/ics.py") == "invitations"
    assert tool.area_of("copdesk/model/privacy/__init__.py") == "contacts"
    assert tool.area_of("copdesk/model/organisations.py") == "members"
    assert tool.area_of("copdesk/ui/main_window.py") == "app"
    assert tool.area_of("copdesk/ui/pages/members_extra.py") == "members"  # by name prefix
    assert tool.area_of("copdesk/ui/pages/overview.py") == "app"
    assert "app" in tool.all_areas()


def test_available_and_resolve_languages(monkeypatch):
    assert i18n.available_languages() == [("de", "Deutsch"), ("en", "English")]
    assert i18n.resolve_language("de") == "de"
    assert i18n.resolve_language("en") == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert i18n.resolve_language("system") == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French)))
    assert i18n.resolve_language("system") == "en"


# --------------------------------------------------------------------------
# The tool and the runtime on a throwaway project
# --------------------------------------------------------------------------

MEMBERS_PAGE = """\
from PySide6.QtWidgets import QWidget


class MembersPage(QWidget):
    def texts(self, n):
        #: page title
        return (
            self.tr("Members"),
            self.tr("%n member(s) imported", "", n),
            self.tr("Open", "verb"),
            self.tr('Say "hi" & <bye>'),
        )
"""

BACKLOG_MODEL = """\
def QT_TRANSLATE_NOOP(context, text):
    return text


STATES = {"new": QT_TRANSLATE_NOOP("BacklogState", "Open")}
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    pages = tmp_path / "copdesk" / "ui" / "pages"
    pages.mkdir(parents=True)
    (pages / "members.py").write_text(MEMBERS_PAGE, encoding="utf-8")
    (tmp_path / "copdesk" / "model").mkdir()
    (tmp_path / "copdesk" / "model" / "backlog.py").write_text(BACKLOG_MODEL, encoding="utf-8")
    (tmp_path / "copdesk" / "model" / "other.py").write_text("x = str(1)\n", encoding="utf-8")
    return tmp_path


def test_tool_workflow(project: Path, qapp, monkeypatch, restore_locale):
    folder = project / "resources" / "translations"

    result = run_tool("update", root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["backlog_de.ts", "members_de.ts"]

    result = run_tool("todo", root=project)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["area"], r["context"], r["source"]) for r in rows} == {
        ("members", "MembersPage", "Members"),
        ("members", "MembersPage", "%n member(s) imported"),
        ("members", "MembersPage", "Open"),
        ("members", "MembersPage", 'Say "hi" & <bye>'),
        ("backlog", "BacklogState", "Open"),
    }
    assert run_tool("check", root=project).returncode == 1

    german = {
        "Members": "Mitglieder",
        "MembersPage|%n member(s) imported": ["%n Mitglied importiert", "%n Mitglieder importiert"],
        "MembersPage|Open|verb": "Öffnen",
        'Say "hi" & <bye>': "Sag „hallo“ & <tschüss>",
        "Not in the code": "x",
    }
    (project / "members.json").write_text(json.dumps(german, ensure_ascii=False), encoding="utf-8")
    result = run_tool("fill", "members", str(project / "members.json"), root=project)
    assert result.returncode == 1 and "Not in the code" in result.stderr  # reported, rest written
    (project / "backlog.json").write_text('{"Open": "Offen"}', encoding="utf-8")
    assert run_tool("fill", "backlog", str(project / "backlog.json"), root=project).returncode == 0

    # lupdate leaves the filled file exactly as fill wrote it
    before = (folder / "members_de.ts").read_bytes()
    assert run_tool("update", root=project).returncode == 0
    assert (folder / "members_de.ts").read_bytes() == before

    result = run_tool("release", root=project)
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_tool("check", root=project)
    assert result.returncode == 0, result.stdout + result.stderr

    # The runtime picks up the built catalogues (and Qt's own German texts).
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: project / "resources" / Path(*parts))
    translators = i18n.install_translators(qapp, "de")
    try:
        assert len(translators) == 3  # backlog, members, qtbase
        assert QCoreApplication.translate("MembersPage", "Members") == "Mitglieder"
        assert QCoreApplication.translate("MembersPage", "Open", "verb") == "Öffnen"
        assert QCoreApplication.translate("BacklogState", "Open") == "Offen"
        plural = QCoreApplication.translate("MembersPage", "%n member(s) imported", "", 3)
        assert plural == "3 Mitglieder importiert"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
        assert QLocale().language() == QLocale.Language.German
    finally:
        i18n.remove_translators(qapp, translators)
    assert translators == []
    assert QCoreApplication.translate("MembersPage", "Members") == "Members"
    assert i18n.install_translators(qapp, "en") == []
    assert QLocale().language() == QLocale.Language.English
    assert QLocale().firstDayOfWeek().name == "Monday"


def test_check_reports_drift(project: Path):
    folder = project / "resources" / "translations"
    assert run_tool("update", root=project).returncode == 0
    fill = {
        "Members": "Mitglieder",
        "Open": "Offen",
        'Say "hi" & <bye>': "Sag <tschüss>",
        "%n member(s) imported": ["%n Teilnehmer", "%n Teilnehmer"],
    }
    (project / "all.json").write_text(json.dumps(fill), encoding="utf-8")
    for area in ("members", "backlog"):
        run_tool("fill", area, str(project / "all.json"), root=project)
    assert run_tool("release", root=project).returncode == 0
    result = run_tool("check", root=project)
    assert result.returncode == 0, result.stdout
    assert "Teilnehmende" in result.stdout  # wording is a warning only

    page = project / "copdesk" / "ui" / "pages" / "members.py"
    page.write_text(page.read_text().replace('"Members"', '"All members"'), encoding="utf-8")
    (project / "copdesk" / "model" / "backlog.py").unlink()
    (folder / "members_de.qm").write_bytes(b"stale")
    result = run_tool("check", root=project)
    assert result.returncode == 1
    assert "not in the .ts: MembersPage|All members" in result.stdout
    assert "stale, no longer in the code: MembersPage|Members" in result.stdout
    assert "backlog_de.ts is stale" in result.stdout
    assert "members_de.qm is out of date" in result.stdout

    result = run_tool("update", root=project)
    assert "backlog_de.ts is stale" in result.stdout
    assert not (folder / "app_de.ts").exists()
