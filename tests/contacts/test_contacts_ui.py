"""The Members page's contact and data-protection actions, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import members, uow
from copdesk.ui.contacts.actions import NO_CONSENT
from copdesk.ui.contacts.import_dialog import ImportDialog
from copdesk.ui.contacts.privacy_dialog import ForgetDialog
from copdesk.ui.pages.members import MembersPage
from tests.ui.helpers import check, reactivate, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in WindowHost.__dataclass_fields__))
    win = MainWindow(demo, Settings(), host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    from copdesk.ui import runner

    runner.wait_all(5000)


def members_page(window, qtbot) -> MembersPage:
    window.activateWindow()
    page = window.show_page(MembersPage)
    page.refresh_if_stale()
    return page


def names(com) -> set[str]:
    return {m.name for m in uow.read(com, members.list_members)}


def test_import_dialog_with_a_german_outlook_export(window, qtbot, demo, german_outlook_csv):
    page = members_page(window, qtbot)
    before = names(demo)

    def handle(dialog):
        assert isinstance(dialog, ImportDialog)
        assert not dialog.import_button.isEnabled()  # nothing chosen yet
        dialog.load(german_outlook_csv)
        # as on a slow run: the progress dialog shows; afterwards the dialog is active again
        dialog.findChild(QProgressDialog).forceShow()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        reactivate(qtbot, dialog)
        status = {row.name: row.status for row in dialog.rows()}
        # Weiß, Groß and Petrović are in the demo community already
        assert status == {
            "Jürgen Weiß": "duplicate",
            "Sabine Groß": "duplicate",
            "Dragana Petrovic": "duplicate",
            "Ayse Demir": "new",
            "Max Mustermann": "new",
        }
        assert dialog.import_button.text().replace("&", "") == "Import 2 members"
        assert "2 new" in dialog.summary.text() and "Windows-1252" in dialog.summary.text()
        remark = next(r for r in dialog.rows() if r.name == "Max Mustermann")
        assert remark.note is not None
        # "Stadtwerke Gießen" exists in the demo: mapped to it, not created again
        ((company, combo),) = dialog._combos
        assert company == "Stadtwerke Gießen" and combo.currentText() == "Stadtwerke Gießen"
        # the filter shows only the duplicates
        dialog.filter.setCurrentIndex(dialog.filter.findData("duplicate"))
        assert dialog.proxy.rowCount() == 3
        assert dialog.import_button.hasFocus()
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)

    done = when_modal(qtbot, handle)
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL | SHIFT)
    check(done, qtbot, window)
    after = names(demo)
    assert after - before == {"Ayse Demir", "Max Mustermann"}

    def org_of(session, last):
        member = session.scalar(select(E.Member).where(E.Member.last_name == last))
        return member.organisation.name if member.organisation else ""

    assert uow.read(demo, org_of, "Demir") == "Stadtwerke Gießen"
    # one undo step removes the whole import
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert names(demo) == before


def test_import_dialog_reports_a_bad_file_and_changes_nothing(window, qtbot, demo, tmp_path):
    page = members_page(window, qtbot)
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    before = names(demo)
    seen = []

    def handle(dialog):
        def close_warning(box):
            seen.append(box.text())
            box.accept()

        inner = when_modal_of(qtbot, QMessageBox, close_warning)
        dialog.load(bad)
        qtbot.waitUntil(lambda: bool(inner), timeout=10000)
        assert dialog.preview is None and not dialog.import_button.isEnabled()
        assert "not a text file" in dialog.summary.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, handle)
    page.contact_actions.import_action.trigger()
    check(done, qtbot, window)
    assert seen and "not a text file" in seen[0]
    assert names(demo) == before


def when_modal_of(qtbot, kind, handler) -> list:
    """Like ``when_modal`` but waits for a modal widget of *kind* (a dialog on a dialog)."""
    from PySide6.QtCore import QTimer

    result: list = []

    def poll():
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not widget.isVisible():
            QTimer.singleShot(20, poll)
            return
        handler(widget)
        result.append("ran")

    QTimer.singleShot(0, poll)
    return result


def test_forget_a_member_needs_the_checkbox_and_clears_undo(window, qtbot, demo):
    import datetime as dt

    from PySide6.QtWidgets import QTreeWidget

    from copdesk.model import backups
    from copdesk.paths import base_dirs

    # yesterday's backup holds her; the dialog offers to delete it
    old_backup = backups.rolling_backup(
        demo.path, demo.engine, base_dirs().backups, today=dt.date.today() - dt.timedelta(days=1)
    )
    page = members_page(window, qtbot)
    # an undoable edit first, so there is something on the undo stack
    page.search.setText("Groß")
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.current().name == "Sabine Groß"
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL)  # mark inactive: undoable
    assert window.undo_stack.count() == 1
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    page.select(lambda r: r.last_name == "Groß")

    def refuse(dialog):
        from PySide6.QtWidgets import QLabel

        assert isinstance(dialog, ForgetDialog)
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert "Forget Sabine Groß?" in text and "former member (S. G.)" in text
        assert "The data is still in 1 backup of this file:" in text
        assert "deleted automatically after" in text
        assert dialog.delete_backups.isVisibleTo(dialog)
        texts = dialog.findChild(QTreeWidget)
        assert (
            texts is not None
            and texts.topLevelItemCount() == dialog.preview.mentions + len(dialog.preview.kept) > 0
        )
        assert not dialog.forget_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter without the check box: nothing

    done = when_modal(qtbot, refuse)
    page.contact_actions.forget_action.trigger()
    check(done, qtbot, window)
    assert "Sabine Groß" in names(demo)

    def confirm(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        assert dialog.understood.hasFocus()  # the check box comes first, not the button
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)
        assert dialog.forget_button.isEnabled()
        dialog.delete_backups.setFocus()
        qtbot.keyClick(dialog.delete_backups, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Return)

    done = when_modal(qtbot, confirm)
    page.contact_actions.forget_action.trigger()
    check(done, qtbot, window)
    assert "Sabine Groß" not in names(demo)
    assert "former member (S. G.)" in names(demo)
    assert window.undo_stack.count() == 0  # nothing to undo, and no erased data in memory
    data = demo.path.read_bytes()
    assert b"Sabine" not in data and b"sabine.gross@heidelberg.example" not in data
    assert "former member (S. G.)" in page.detail.toPlainText()
    assert not old_backup.exists()


def test_consent_column_and_filter(window, qtbot):
    page = members_page(window, qtbot)
    page.status_filter.setCurrentIndex(page.status_filter.findData(NO_CONSENT))
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert sorted(shown) == ["Björn Meißner", "Hannah Schröder"]
    consent_col = next(
        c
        for c in range(page.model.columnCount())
        if page.model.headerData(c, Qt.Orientation.Horizontal) == "Consent"
    )
    assert page.model.headerData(consent_col, Qt.Orientation.Horizontal) == "Consent"
    assert page.proxy.index(0, consent_col).data() == "⚠ missing"
    page.status_filter.setCurrentIndex(page.status_filter.findData("active"))
    cells = {page.proxy.index(r, consent_col).data() for r in range(page.proxy.rowCount())}
    assert any(c.startswith("✓ ") for c in cells)


def test_export_members_shown(window, qtbot, demo, tmp_path, monkeypatch):
    page = members_page(window, qtbot)
    target = tmp_path / "mitglieder"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "CSV for Excel and Outlook (*.csv)")),
    )
    page.search.setText("Stadt Heidelberg")
    page.contact_actions.export_action.trigger()
    written = target.with_suffix(".csv")
    text = written.read_text(encoding="utf-8-sig")
    assert text.count("\n") == page.proxy.rowCount() + 1
    assert "Heidelberg" in text and "Darmstadt" not in text


def test_data_request_writes_json_and_text(window, qtbot, demo, tmp_path, monkeypatch):
    page = members_page(window, qtbot)
    page.select(lambda r: r.last_name == "Weiß")
    target = tmp_path / "auskunft.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    texts = []

    def ok(box):
        texts.append(box.text())
        box.accept()

    done = when_modal(qtbot, ok)
    page.contact_actions.access_action.trigger()
    check(done, qtbot, window)
    assert target.exists() and target.with_suffix(".txt").exists()
    assert str(target) in texts[0]


def test_pass_on_and_open_a_handover(qtbot, demo, tmp_path, copdesk_home):
    from copdesk.ui.contacts.handover_dialog import open_handover, pass_on
    from copdesk.ui.settings import ORGANISER_NAME, Settings

    settings = Settings()
    settings.set(ORGANISER_NAME, "Lea Schäfer")
    written: list = []
    bundle = tmp_path / "x.copdesk-handover"
    pass_on(None, demo, settings, target=bundle, confirm=lambda d: True, done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    assert written == [bundle] and bundle.exists()

    opened: list = []
    target = tmp_path / "empfangen" / "gemeinschaft.copdesk"
    result = open_handover(
        None,
        bundle=bundle,
        target=target,
        confirm=lambda d: True,
        open_path=opened.append,
        backup_dir=tmp_path / "backups",
    )
    assert result == target and opened == [target]
    assert target.with_name("gemeinschaft-handover.pdf").read_bytes().startswith(b"%PDF")

    # opening it again over a file that was changed since: a warning, and "no" keeps it
    from copdesk.model import db

    with db.open_community(target) as com:
        uow.write(com, lambda s: s.add(E.Organisation(name="Neuer")))
    asked: list = []
    again = open_handover(
        None,
        bundle=bundle,
        target=target,
        confirm=lambda d: True,
        open_path=opened.append,
        ask=lambda text, newer: asked.append((text, newer)) or False,
    )
    assert again is None and asked and asked[0][1] is True
    assert "changed on" in asked[0][0]
    with db.open_community(target) as com:
        assert (
            uow.read(
                com,
                lambda s: s.scalar(select(E.Organisation.id).where(E.Organisation.name == "Neuer")),
            )
            is not None
        )


def test_open_a_handover_refuses_a_foreign_file(qtbot, tmp_path):
    from copdesk.ui.contacts.handover_dialog import open_handover

    bad = tmp_path / "x.copdesk-handover"
    bad.write_bytes(b"%PDF-1.4")
    seen = []

    def close(box):
        seen.append(box.text())
        box.accept()

    done = when_modal(qtbot, close)
    assert open_handover(None, bundle=bad, open_path=lambda p: Path(p)) is None
    assert done and "not a CoP Desk hand-over" in seen[0]


def test_many_new_members_need_a_second_yes(window, qtbot, demo, tmp_path):
    from tests.contacts.conftest import csv_text

    rows = [[f"Vor{i}", f"Nach{i}", f"p{i}@stadt.example"] for i in range(250)]
    big = tmp_path / "adressbuch.csv"
    big.write_text(csv_text(["Vorname", "Nachname", "E-Mail-Adresse"], rows), encoding="utf-8")
    page = members_page(window, qtbot)
    before = len(names(demo))
    answers: list = []

    def handle(dialog):
        dialog.load(big)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        for answer in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes):

            def reply(box, answer=answer):
                answers.append(box.text())
                box.button(answer).click()

            asked = when_modal_of(qtbot, QMessageBox, reply)
            dialog.import_button.click()
            qtbot.waitUntil(lambda asked=asked: bool(asked), timeout=5000)
            if answer == QMessageBox.StandardButton.No:
                assert dialog.isVisible() and len(names(demo)) == before

    done = when_modal(qtbot, handle)
    page.contact_actions.import_action.trigger()
    check(done, qtbot, window)
    assert "250 members" in answers[0]
    assert len(names(demo)) == before + 250


def test_the_import_runs_off_the_gui_thread_with_progress(
    window, qtbot, demo, tmp_path, monkeypatch
):
    """The use case itself (real, only watched) runs in a worker thread; the dialog shows
    its progress and closes when it has committed; one undo step removes it."""
    import threading

    from copdesk.model import contacts_import
    from tests.contacts.conftest import csv_text

    real = contacts_import.confirm_import
    seen: list = []

    def watched(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        report = kwargs.get("report")
        if report is not None:
            kwargs["report"] = lambda done, total: (seen.append((done, total)), report(done, total))
        return real(*args, **kwargs)

    monkeypatch.setattr(contacts_import, "confirm_import", watched)
    rows = [[f"Vor{i}", f"Nach{i}", f"p{i}@stadt.example"] for i in range(150)]
    path = tmp_path / "kontakte.csv"
    path.write_text(csv_text(["Vorname", "Nachname", "E-Mail-Adresse"], rows), encoding="utf-8")
    page = members_page(window, qtbot)
    before = names(demo)

    def handle(dialog):
        dialog.load(path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
        assert dialog.isVisible() and not dialog.import_button.isEnabled()  # still importing

    done = when_modal(qtbot, handle)
    page.contact_actions.import_action.trigger()
    check(done, qtbot, window)
    assert seen[0] is False  # not the GUI thread
    assert seen[-1] == (300, 300)
    assert len(names(demo)) == len(before) + 150
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert names(demo) == before
