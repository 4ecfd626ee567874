"""The minutes and action item pages on the demo community, driven from the keyboard."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import uow
from copdesk.ui.minutes.page import TAB_ACTIONS, TAB_DECISIONS, TAB_EARLIER, TAB_NOTES, MinutesPage
from copdesk.ui.pages.actions import ActionsPage
from tests.ui.helpers import reactivate, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def on_dialog(qtbot, kind, handler, timeout=10000) -> list:
    """Run handler(dialog) once a modal dialog of type *kind* is open (others are skipped)."""
    result: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            handler(dialog)
            result.append("ran")
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result.append(exc)
            dialog.reject()

    QTimer.singleShot(0, poll)
    return result


def finished(qtbot, result, window) -> None:
    """Wait for the dialog handler; then make the window active again (``reactivate``)."""
    qtbot.waitUntil(lambda: bool(result), timeout=10000)
    if isinstance(result[0], BaseException):
        raise result[0]
    reactivate(qtbot, window)


def db(window, fn):
    return uow.read(window.community, fn)


def test_complete_finalise_preview_print_and_export(window, qtbot, tmp_path, monkeypatch):
    from copdesk.ui.minutes.dialogs import ActionDialog, DecisionDialog, NoteDialog
    from copdesk.ui.minutes.preview import PreviewDialog

    page = window.show_page(MinutesPage)
    window.activateWindow()
    mid = page.meeting_box.currentData()
    meeting = db(window, lambda s: s.get(E.Meeting, mid))
    assert meeting.status == E.MeetingStatus.HELD and "Q3/2026" in meeting.title
    assert "Entwurf" in page.state_label.text()

    # attendance: the first person is excused, the next present (quick entry moves on)
    page.attendance_tab.table.setFocus()
    page.attendance_tab.table.selectRow(0)
    first = page.attendance_tab.model.row_object(0)
    page.attendance_tab.excused_button.click()
    assert page.attendance_tab.model.row_object(0).status == "excused"
    assert page.attendance_tab.table.currentIndex().row() == 1

    # a note with umlauts, typed into the dialog; Ctrl+Enter saves
    page.tabs.setCurrentIndex(TAB_NOTES)
    page.notes_tab.table.setFocus()

    def write_note(dialog):
        type_text(qtbot, dialog.text, "Frau Groß erläutert die Maßnahmen für Auszubildende.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)

    done = on_dialog(qtbot, NoteDialog, write_note)
    qtbot.keyClick(page.notes_tab.table, Qt.Key.Key_N, CTRL)
    finished(qtbot, done, window)
    assert any("Maßnahmen für Auszubildende" in n.text for n in page.minutes.notes)

    page.tabs.setCurrentIndex(TAB_DECISIONS)
    page.decisions_tab.table.setFocus()

    def write_decision(dialog):
        type_text(qtbot, dialog.text, "Das Präsenztreffen 2027 findet in Gießen statt.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)

    done = on_dialog(qtbot, DecisionDialog, write_decision)
    qtbot.keyClick(page.decisions_tab.table, Qt.Key.Key_N, CTRL)
    finished(qtbot, done, window)

    page.tabs.setCurrentIndex(TAB_ACTIONS)
    page.actions_tab.table.setFocus()
    warnings: list[str] = []

    def write_action(dialog):
        warnings.append(dialog.field_message("owner_id").text())  # nobody yet: a warning
        type_text(qtbot, dialog.description, "Räume für das Präsenztreffen anfragen")
        dialog.owner.setFocus()
        qtbot.keyClick(dialog.owner, Qt.Key.Key_Down)
        warnings.append(dialog.field_message("owner_id").text())
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return, CTRL)

    done = on_dialog(qtbot, ActionDialog, write_action)
    qtbot.keyClick(page.actions_tab.table, Qt.Key.Key_N, CTRL)
    finished(qtbot, done, window)
    assert warnings[0].startswith("⚠") and "verantwortlich" in warnings[0]
    assert warnings[1] == ""
    new = next(a for a in page.minutes.actions if "Präsenztreffen anfragen" in a.description)
    assert new.owner

    # review the earlier action items: the first overdue one is done now
    page.tabs.setCurrentIndex(TAB_EARLIER)
    page.earlier_tab.table.setFocus()
    page.earlier_tab.table.selectRow(0)
    earlier = page.earlier_tab.model.row_object(0)
    assert earlier.overdue
    page.earlier_tab.done_button.click()
    assert db(window, lambda s: s.get(E.ActionItem, earlier.id).status) == "done"

    # finalise (Ctrl+Shift+F): version 1, undoable
    qtbot.keyClick(page.actions_tab.table, Qt.Key.Key_F, CTRL | SHIFT)
    versions = db(
        window,
        lambda s: s.scalars(
            select(E.ProtocolVersion.number).where(E.ProtocolVersion.meeting_id == mid)
        ).all(),
    )
    assert versions == [1]
    assert "Fassung 1 abgeschlossen" in page.state_label.text()
    qtbot.keyClick(page.actions_tab.table, Qt.Key.Key_Z, CTRL)
    assert (
        db(
            window,
            lambda s: s.scalars(
                select(E.ProtocolVersion).where(E.ProtocolVersion.meeting_id == mid)
            ).all(),
        )
        == []
    )
    window.redo_action.trigger()
    assert "Fassung 1 abgeschlossen" in page.state_label.text()

    # preview (Ctrl+Shift+V): built in the background, shown with Qt's PDF module
    seen: list[int] = []

    def look(dialog):
        seen.append(dialog.page_count())
        dialog.reject()

    done = on_dialog(qtbot, PreviewDialog, look)
    qtbot.keyClick(page.actions_tab.table, Qt.Key.Key_V, CTRL | SHIFT)
    finished(qtbot, done, window)
    assert seen[0] >= 2

    # print: the PDF pages rendered into a printer (a PDF printer stands in for paper)
    from PySide6.QtPrintSupport import QPrinter

    built = tmp_path / "built.pdf"
    page.export.build_pdf(built, lambda _p: None)
    # as on a slow run (the build outlasts the dialog's minimum duration): the window-modal
    # progress dialog comes and goes, and the window must be active again for Ctrl+Shift+E
    page.export.progress_dialog.forceShow()
    assert QApplication.activeModalWidget() is page.export.progress_dialog
    qtbot.waitUntil(lambda: page.export.job is None and built.exists(), timeout=10000)
    reactivate(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert page.export.send_to_printer(built, printer) == len(PdfReader(str(built)).pages)
    assert len(PdfReader(str(printed)).pages) == len(PdfReader(str(built)).pages)

    # export (Ctrl+Shift+E) to the file chosen in the save dialog
    target = tmp_path / "Protokoll.pdf"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target.with_suffix("")), "")),
    )
    qtbot.keyClick(page.actions_tab.table, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: page.export.job is None and target.exists(), timeout=10000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    for expected in (
        "Protokoll",
        meeting.title,
        "Fassung 1 vom",
        "Frau Groß erläutert die Maßnahmen für Auszubildende.",
        "Das Präsenztreffen 2027 findet in Gießen statt.",
        "Räume für das Präsenztreffen anfragen",
        "Wer Was Bis wann",
        f"Entschuldigt: {first.name}",
        "Seite 1 von",
    ):
        assert expected in text, expected
    assert (
        sorted(p.name for p in tmp_path.iterdir())
        == ["Protokoll.pdf", "built.pdf", "demo.copdesk", "demo.copdesk.lock", "printed.pdf"]
        or target.exists()
    )


def test_share_safe_export_leaves_out_private_check_in(window, qtbot, tmp_path):
    page = window.show_page(MinutesPage)
    check_ins = [n for n in page.minutes.notes if n.kind == "check_in"]
    assert check_ins
    page.export.share_safe.setChecked(True)
    target = tmp_path / "weitergeben.pdf"
    page.export.build_pdf(target, lambda _p: None)
    qtbot.waitUntil(lambda: page.export.job is None and target.exists(), timeout=10000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Fassung zum Weitergeben" in text
    assert all(" ".join(n.text.split())[:30] not in text for n in check_ins)


def test_actions_page_filters_and_marks_done(window, qtbot):
    page = window.show_page(ActionsPage)
    window.activateWindow()
    overdue_index = page.state_filter.findData("overdue")
    page.state_filter.setCurrentIndex(overdue_index)
    rows = [page.proxy.object_at(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())]
    assert rows and all(r.overdue for r in rows)
    assert page.proxy.index(0, 0).data().startswith("⚠")
    assert page.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    page.table.setFocus()
    page.table.selectRow(0)
    first = page.current()
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    assert db(window, lambda s: s.get(E.ActionItem, first.id).status) == "done"
    assert all(
        page.proxy.object_at(page.proxy.index(r, 0)).id != first.id
        for r in range(page.proxy.rowCount())
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert db(window, lambda s: s.get(E.ActionItem, first.id).status) == "open"
    # by owner: only that person's items
    page.state_filter.setCurrentIndex(page.state_filter.findData("all"))
    page.owner_filter.setCurrentIndex(1)
    owner = page.owner_filter.currentText()
    shown = [page.proxy.object_at(page.proxy.index(r, 0)) for r in range(page.proxy.rowCount())]
    assert shown and all(r.owner == owner for r in shown)
    # Enter opens the minutes of the item's meeting
    page.table.selectRow(0)
    item = page.current()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    minutes_page = window.current_page()
    assert isinstance(minutes_page, MinutesPage)
    assert minutes_page.meeting_box.currentData() == item.meeting_id


def test_logo_choice_is_checked_and_stored(window, qtbot, tmp_path, monkeypatch):
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    from copdesk.ui.settings import LOGO_PATH

    page = window.show_page(MinutesPage)
    fake = tmp_path / "logo.png"
    fake.write_text("<svg>kein PNG</svg>")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(fake), ""))
    )
    messages: list[str] = []

    def read_message(box):
        messages.append(box.text())
        box.accept()

    done = on_dialog(qtbot, QMessageBox, read_message)
    page.export.choose_logo()
    finished(qtbot, done, window)
    assert "kein Bild" in messages[0] and "PNG" in messages[0]
    assert page.ctx.settings.get(LOGO_PATH) == ""
    real = tmp_path / "wappen.png"
    Image.new("RGB", (200, 80), (200, 30, 30)).save(real)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(real), ""))
    )
    page.export.choose_logo()
    assert page.ctx.settings.get(LOGO_PATH) == str(real)
    target = tmp_path / "mit-logo.pdf"
    page.export.build_pdf(target, lambda _p: None)
    qtbot.waitUntil(lambda: page.export.job is None and target.exists(), timeout=10000)
    assert "/XObject" in PdfReader(str(target)).pages[0]["/Resources"]
    page.export.remove_logo()
    assert page.ctx.settings.get(LOGO_PATH) == ""
