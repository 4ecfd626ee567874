"""The window tells the user once why a file on a network drive or in a synced folder is
opened differently (the detection is faked: see tests/model/test_storage_kind.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from copdesk.app import Controller
from copdesk.model import db, storage_kind
from copdesk.paths import base_dirs
from tests.model.test_storage_kind import MOUNTINFO, cifs_line
from tests.ui.helpers import check, when_modal


@pytest.fixture
def controller(qtbot, settings, tmp_path):
    ctl = Controller(QApplication.instance(), settings, base_dirs(), tmp_path / "copdesk.log")
    yield ctl
    if ctl.window is not None:
        ctl.window.close()
    ctl.shutdown()


def journal_mode(controller) -> str:
    with controller.community.engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA journal_mode").scalar()


def open_and_read_the_box(controller, qtbot, path) -> list[str]:
    seen: list[str] = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    done = when_modal(qtbot, read)
    assert controller.open_path(path)
    check(done)
    return seen


def test_network_drive_is_explained_once_and_the_file_opened_safely(
    controller, qtbot, tmp_path, monkeypatch
):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(
        storage_kind, "_read_mountinfo", lambda: MOUNTINFO + cifs_line(share) + "\n"
    )
    path = share / "CoP.copdesk"
    db.create_community(path, name="Netz")

    seen = open_and_read_the_box(controller, qtbot, path)
    assert str(path) in seen[0] and "network drive" in seen[0]
    assert "Save a copy as" in seen[0]
    assert journal_mode(controller) == "delete"
    assert "network drive" in controller.window.statusBar().currentMessage()

    # the next time: the status bar only, no box
    controller._close_current()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    assert controller.open_path(path)
    assert shown == []
    assert "network drive" in controller.window.statusBar().currentMessage()


def test_synced_folder_warns_about_two_pcs_in_german(controller, qtbot, tmp_path):
    folder = tmp_path / "Nextcloud" / "CoP"
    folder.mkdir(parents=True)
    path = folder / "CoP.copdesk"
    db.create_community(path, name="Sync")
    controller.switch_language("de")
    try:
        seen = open_and_read_the_box(controller, qtbot, path)
        assert "Nextcloud" in seen[0] and "zwei PCs" in seen[0]
        assert "Nextcloud" in controller.window.statusBar().currentMessage()
        assert journal_mode(controller) == "delete"
    finally:
        controller.switch_language("en")


def test_a_local_file_says_nothing(controller, community_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    assert controller.open_path(community_path)
    assert shown == []
    assert controller.window.statusBar().currentMessage() == ""
    with controller.community.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
