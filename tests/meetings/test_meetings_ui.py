"""The Meetings page on the demo community, driven from the keyboard, in German.

End to end: plan the next CoP meeting from a suggestion, give it the template agenda, set
attendance, see it in the calendar; plus the editor's inline checks, the agenda editor
(keyboard and drag and drop), series, absences from the members page and the other
pages' hand-offs (Lean Coffee board, minutes).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import meetings, uow
from copdesk.model.groups import list_groups
from tests.meetings.conftest import DEMO_TODAY
from tests.ui.helpers import check, type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def window(qtbot, demo, german, copdesk_home):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(demo, Settings(), host)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_meetings(window, qtbot):
    from copdesk.ui.meetings.page import MeetingsPage

    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_4, CTRL)
    page = window.current_page()
    assert isinstance(page, MeetingsPage)
    page.today = lambda: DEMO_TODAY  # a fake clock
    page.now = lambda: NOW
    return page


def when_popup(qtbot, handler) -> list:
    """Run handler(menu) as soon as a popup menu is open."""
    result: list = []

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None or not menu.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            handler(menu)
            result.append("ran")
        except BaseException as exc:  # noqa: BLE001 - pytest.fail() is not an Exception
            result.append(exc)
            menu.close()

    QTimer.singleShot(0, poll)
    return result


def stored(demo, meeting_id):
    with demo.session() as s:
        m = s.get(E.Meeting, meeting_id)
        return m, [
            (i.kind, i.title, i.minutes) for i in sorted(m.agenda_items, key=lambda i: i.position)
        ]


def root_id(demo) -> int:
    return uow.read(demo, list_groups)[0].id


# --- the "Done when" walk-through ----------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_plan_from_suggestion_agenda_attendance_calendar_in_german(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    before = {r.id for r in page.model.rows()}
    assert page.count_label.text() == f"{len(before)} Treffen"
    seen: dict = {}

    def choose(dialog):
        qtbot.waitUntil(lambda: dialog.result_suggestions is not None)
        assert dialog.windowTitle().startswith("Termine vorschlagen")
        assert dialog.focusWidget() is dialog.tree
        top = dialog.tree.topLevelItem(0)
        seen["text"] = top.text(0)
        seen["candidate"] = dialog.current_candidate()
        reasons = [top.child(i).text(1) for i in range(top.childCount())]
        assert "Nadine Jäger: Elternzeit" in reasons
        assert "Baden-Württemberg und Hessen" in dialog.info.text()
        qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # Enter plans the selected date

    done = when_modal(qtbot, choose)
    qtbot.keyClick(page.table, Qt.Key.Key_D, CTRL)
    check(done, qtbot, window)
    candidate = seen["candidate"]
    assert seen["text"].endswith("14:00–16:00 Uhr") and seen["text"][:4] in ("Di, ", "Mi, ", "Do, ")
    new_ids = {r.id for r in uow.read(demo, meetings.list_meetings, root_id(demo))} - before
    assert len(new_ids) == 1
    mid = new_ids.pop()
    meeting, _items = stored(demo, mid)
    assert meeting.start_at == candidate.start_at and meeting.status == "planned"
    quarter = (candidate.day.month - 1) // 3 + 1
    assert meeting.title == f"CoP-Treffen Q{quarter}/{candidate.day.year}"
    assert page.current().id == mid

    # the agenda from the template: Alt+T opens "Tagesordnung", Alt+V the templates
    qtbot.keyClick(page.table, Qt.Key.Key_T, ALT)
    assert page.tabs.currentWidget() is page.agenda
    assert "Noch keine Tagesordnung" in page.agenda.total_label.text()
    picked = when_popup(
        qtbot,
        lambda menu: (
            qtbot.keyClick(menu, Qt.Key.Key_Down),
            qtbot.keyClick(menu, Qt.Key.Key_Return),
        ),
    )
    qtbot.keyClick(page.agenda.template_button, Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: bool(picked))
    check(picked, qtbot, window)
    qtbot.waitUntil(lambda: page.agenda.model.rowCount() == 6)
    _m, items = stored(demo, mid)
    assert sum(m for _k, _t, m in items) == 120 and items[0][0] == "check_in"
    assert page.agenda.total_label.text() == "Summe: 120 von 120 Min."
    # reorder from the keyboard, then undo
    page.agenda.table.setFocus()
    page.agenda.table.setCurrentIndex(page.agenda.model.index(0, 2))
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: stored(demo, mid)[1][1][0] == "check_in")
    assert page.agenda.table.currentIndex().row() == 1
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_Z, CTRL)
    assert stored(demo, mid)[1] == items

    # attendance: Alt+N, everyone invited (Alt+M), one member accepted
    qtbot.keyClick(page.agenda.table, Qt.Key.Key_N, ALT)
    editor = page.attendance
    assert page.tabs.currentWidget() is editor
    qtbot.keyClick(editor.table, Qt.Key.Key_M, ALT)  # a mnemonic "animates" the click
    qtbot.waitUntil(
        lambda: {r.status for r in uow.read(demo, meetings.get_attendance, mid).rows} == {"invited"}
    )
    editor.table.setFocus()
    row = next(n for n, r in enumerate(editor.model.rows) if r.name == "Sabine Groß")
    editor.table.selectRow(row)
    qtbot.keyClick(editor.table, Qt.Key.Key_G, ALT)  # "Aus&gewählte Mitglieder:"
    assert editor.status_box.hasFocus()
    editor.status_box.setCurrentIndex(editor.status_box.findText("zugesagt"))
    qtbot.keyClick(editor.status_box, Qt.Key.Key_Z, ALT)  # "Set&zen"
    qtbot.waitUntil(lambda: "zugesagt: 1" in editor.summary.text())
    got = {r.name: r.status for r in uow.read(demo, meetings.get_attendance, mid).rows}
    assert got["Sabine Groß"] == "accepted" and got["Jürgen Weiß"] == "invited"
    assert "zugesagt: 1" in editor.summary.text()

    # the calendar: Alt+E shows the month with the new meeting selected
    qtbot.keyClick(editor.table, Qt.Key.Key_E, ALT)
    assert page.views.currentIndex() == 1
    assert page.calendar.selected_day() == candidate.day
    entries = page.calendar.entries_on(candidate.day)
    assert [e.ref_id for e in entries if e.kind == "meeting"] == [mid]
    texts = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    assert any(meeting.title in t and "(geplant)" in t for t in texts)
    assert any(t.startswith("✈ Nadine Jäger: Elternzeit") for t in texts)


# --- the editor --------------------------------------------------------------------------


def test_meeting_editor_checks_inline_and_saves_with_enter(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    rows = page.model.rows()
    planned = next(r for r in rows if r.status == "planned")
    page.select(lambda r: r.id == planned.id)
    page.table.setFocus()

    def edit(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # the spring gap: 29 March 2026, 02:30 does not exist
        dialog.date.setDate(dialog.date.date().__class__(2026, 3, 29))
        dialog.time.setTime(dialog.time.time().__class__(2, 30))
        assert "gibt es an diesem Tag nicht" in dialog.field_message("start").text()
        assert not ok.isEnabled()
        dialog.time.setTime(dialog.time.time().__class__(14, 0))
        assert (
            dialog.field_message("start").isHidden() or "⚠" in dialog.field_message("start").text()
        )
        assert ok.isEnabled()
        # the end before the start
        dialog.end.setTime(dialog.end.time().__class__(13, 0))
        assert "muss nach seinem Beginn enden" in dialog.field_message("minutes").text()
        assert not ok.isEnabled()
        dialog.minutes.setValue(90)
        assert ok.isEnabled() and dialog.end.time().hour() == 15
        # a join link that is no link
        dialog.join_url.clear()
        type_text(qtbot, dialog.join_url, "teams.example/meeting")
        assert "kein Weblink" in dialog.field_message("join_url").text()
        dialog.join_url.clear()
        type_text(qtbot, dialog.join_url, "https://teams.example/l/meetup-join/neu")
        assert ok.isEnabled()
        # a public holiday (Fronleichnam) and the moderator's absence are warnings only
        dialog.date.setDate(dialog.date.date().__class__(2026, 6, 4))
        dialog.refresh_checks()
        assert (
            "Feiertag: Fronleichnam in Baden-Württemberg und Hessen"
            in dialog.field_message("start").text()
        )
        assert ok.isEnabled()
        dialog.date.setDate(dialog.date.date().__class__(2026, 6, 3))
        dialog.title.setFocus()
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "CoP-Treffen – verschoben")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    done = when_modal(qtbot, edit)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    check(done, qtbot, window)
    data, _v = uow.read(demo, meetings.get_meeting, planned.id)
    assert data.title == "CoP-Treffen – verschoben"
    assert data.start == dt.datetime(2026, 6, 3, 14, 0) and data.minutes == 90
    assert data.join_url == "https://teams.example/l/meetup-join/neu"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert uow.read(demo, meetings.get_meeting, planned.id)[0].title == planned.title


def test_new_meeting_host_prefills_video_and_flags_conflicts(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    planned = next(r for r in page.model.rows() if r.status == "planned")
    local = meetings.to_local(planned.start_at)
    hosts = {h.name: h for h in uow.read(demo, meetings.list_hosts)}

    def fill(dialog):
        assert dialog.windowTitle() == "Neues Treffen"
        dialog.date.setDate(dialog.date.date().__class__(local.year, local.month, local.day))
        dialog.time.setTime(dialog.time.time().__class__(15, 0))
        dialog.refresh_checks()
        assert f"Überschneidet sich mit „{planned.title}“" in dialog.field_message("start").text()
        dialog.host.setFocus()
        dialog.host.setCurrentIndex(dialog.host.findText("Stadt Darmstadt"))
        darmstadt = hosts["Stadt Darmstadt"]
        assert dialog.video_tool.currentData() == "zoom"
        assert dialog.join_url.text() == darmstadt.video_link
        assert dialog.meeting_code.text() == darmstadt.meeting_code != ""
        assert dialog.passcode.text() == darmstadt.passcode != ""
        # a hand-typed link survives the next host change
        dialog.join_url.setText("https://eigener.example/raum")
        dialog.host.setCurrentIndex(dialog.host.findText("Stadt Heidelberg"))
        assert dialog.join_url.text() == "https://eigener.example/raum"
        assert dialog.video_tool.currentData() == "teams"
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    check(done, qtbot, window)
    new = page.current()
    assert new.id != planned.id and new.conflicts == 1
    assert "Konflikt" in page.proxy.index(page.table.currentIndex().row(), 2).data()
    assert "Überschneidet sich" in page.detail.toPlainText()


def test_past_date_is_a_warning_for_new_meetings(window, qtbot):
    page = open_meetings(window, qtbot)

    def look(dialog):
        dialog.date.setDate(dialog.date.date().__class__(2025, 1, 14))
        dialog.refresh_checks()
        assert "Vergangenheit" in dialog.field_message("start").text()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    done = when_modal(qtbot, look)
    page.new_meeting()
    check(done, qtbot, window)


# --- agenda editor ------------------------------------------------------------------------


def test_agenda_editor_keys_overrun_and_drag(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    mid = next(r for r in page.model.rows() if r.status == "planned").id
    page.select(lambda r: r.id == mid)
    editor = page.agenda
    page.tabs.setCurrentWidget(editor)
    n = editor.model.rowCount()
    titles = lambda: [t for _k, t, _m in stored(demo, mid)[1]]
    original = titles()
    # Insert adds an item after the current one and opens its title for typing
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.model.index(n - 1, 2))
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: editor.model.rowCount() == n + 1)
    assert titles()[-1] == "Neues Thema"
    qtbot.waitUntil(lambda: editor.table.state() == editor.table.State.EditingState)
    focused = QApplication.focusWidget()
    focused.selectAll()
    type_text(qtbot, focused, "Ausblick")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles()[-1] == "Ausblick")
    a = uow.read(demo, meetings.get_agenda, mid)
    assert a.overrun == 10
    assert editor.total_label.text().startswith("⚠")
    assert "10 Min." in editor.total_label.text()
    assert editor.model.index(n, 0).data().startswith("⚠")
    # Delete removes it again (and does not delete the meeting)
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: titles() == original)
    assert uow.read(demo, meetings.get_meeting, mid)
    # drag the first item below the third
    table = editor.table
    table.setCurrentIndex(editor.model.index(0, 2))
    rect = table.visualRect(editor.model.index(2, 2))
    pos = QPointF(rect.center().x(), rect.bottom() - 2)
    mime = editor.model.mimeData([editor.model.index(0, 2)])
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.source = lambda: table  # a drop from this very table
    table.dropEvent(event)
    qtbot.waitUntil(lambda: titles() == [original[1], original[2], original[0]] + original[3:])
    assert event.dropAction() != Qt.DropAction.MoveAction  # nothing removed at the source


def test_agenda_minutes_cannot_be_zero(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    mid = page.current().id
    editor = page.agenda
    page.tabs.setCurrentWidget(editor)
    if not editor.model.rowCount():
        editor.add_item()
        qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    delegate = editor.table.itemDelegateForColumn(3)
    spin = delegate.createEditor(editor.table, None, editor.model.index(0, 3))
    assert spin.minimum() == 1
    spin.deleteLater()
    # a 0 sent anyway is refused by the model with a message, nothing stored
    shown = []
    window.commands._show_error = shown.append
    before = stored(demo, mid)[1]
    assert not page.editors.save_agenda([dataclasses_replace(i, minutes=0) for i in editor.items()])
    assert shown and "mindestens eine Minute" in shown[0].render(QApplication.translate)
    assert stored(demo, mid)[1] == before


def dataclasses_replace(item, **kw):
    import dataclasses

    return dataclasses.replace(item, **kw)


# --- series, cancel, delete, hand-offs ------------------------------------------------------


def test_series_dialog_creates_twelve_sessions(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    before = len(uow.read(demo, meetings.list_meetings))

    def fill(dialog):
        assert dialog.preview.count() == 12
        dialog.group.setCurrentIndex(dialog.group.findText("Working Out Loud / lernOS"))
        type_text(qtbot, dialog.title, "WOL-Circle Frühjahr 2026")
        dialog.update_preview()
        assert dialog.template.currentText().startswith("lernOS circle 60 min")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_R, CTRL)
    check(done, qtbot, window)
    rows = uow.read(demo, meetings.list_meetings)
    assert len(rows) == before + 12
    new = sorted(
        (r for r in rows if r.title.startswith("WOL-Circle Frühjahr 2026 (")),
        key=lambda r: r.series_index,
    )
    assert [r.title for r in new][:2] == [
        "WOL-Circle Frühjahr 2026 (1/12)",
        "WOL-Circle Frühjahr 2026 (2/12)",
    ]
    assert {r.agenda_minutes for r in new} == {60} and {r.minutes for r in new} == {60}


def test_cancel_reinstate_delete_and_hand_offs(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    planned = next(r for r in page.model.rows() if r.status == "planned")
    page.select(lambda r: r.id == planned.id)
    page.table.setFocus()
    with qtbot.waitSignal(window.events.open_request) as sig:
        qtbot.keyClick(page.table, Qt.Key.Key_L, CTRL)
    assert sig.args == ["board", planned.id]
    window.nav.setCurrentRow(3)
    page.select(lambda r: r.id == planned.id)
    with qtbot.waitSignal(window.events.open_request) as sig:
        qtbot.keyClick(page.table, Qt.Key.Key_M, CTRL)
    assert sig.args == ["minutes", planned.id]
    window.nav.setCurrentRow(3)
    page.select(lambda r: r.id == planned.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_K, CTRL)
    assert uow.read(demo, meetings.get_meeting, planned.id)[0].status == "cancelled"
    assert page.cancel_action.text() == "Treffen &wieder planen"
    qtbot.keyClick(page.table, Qt.Key.Key_K, CTRL)
    assert uow.read(demo, meetings.get_meeting, planned.id)[0].status == "planned"
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert planned.id not in {r.id for r in uow.read(demo, meetings.list_meetings)}
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert planned.id in {r.id for r in uow.read(demo, meetings.list_meetings)}
    # a held meeting with minutes cannot be deleted: a message, nothing changes
    held = next(r for r in page.model.rows() if r.status == "held")
    page.select(lambda r: r.id == held.id)
    shown = []
    window.commands._show_error = shown.append
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown and isinstance(shown[0], meetings.MeetingHasRecords)
    assert held.id in {r.id for r in uow.read(demo, meetings.list_meetings)}


# --- absences from the members page --------------------------------------------------------


def test_absences_from_the_members_page_show_in_the_calendar(window, qtbot, demo):
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, CTRL)
    members_page = window.current_page()
    members_page.select(lambda r: r.last_name == "Weiß")
    members_page.table.setFocus()
    member_id = members_page.current().id

    def edit(dialog):
        assert dialog.windowTitle() == "Abwesenheiten – Jürgen Weiß"
        dialog.activateWindow()  # mnemonics need the active window (offscreen: by hand)
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.table, Qt.Key.Key_H, ALT)  # "Abwesenheit &hinzufügen"
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.start)
        dialog.start.setDate(dialog.start.date().__class__(2026, 8, 10))
        dialog.end.setDate(dialog.end.date().__class__(2026, 8, 3))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and "vor dem ersten Tag" in dialog.message.text()
        dialog.end.setDate(dialog.end.date().__class__(2026, 8, 21))
        assert ok.isEnabled()
        qtbot.keyClick(dialog.start, Qt.Key.Key_N, ALT)
        type_text(qtbot, dialog.note, "Urlaub an der Ostsee")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    done = when_modal(qtbot, edit)
    qtbot.keyClick(members_page.table, Qt.Key.Key_A, CTRL | SHIFT)
    check(done, qtbot, window)
    rows = uow.read(demo, meetings.list_absences, member_id)
    assert (rows[-1].start_on, rows[-1].end_on, rows[-1].note) == (
        dt.date(2026, 8, 10),
        dt.date(2026, 8, 21),
        "Urlaub an der Ostsee",
    )
    page = open_meetings(window, qtbot)
    page.views.setCurrentIndex(1)
    page.calendar.show_day(dt.date(2026, 8, 12))
    page.calendar.setCurrentPage(2026, 8)
    qtbot.waitUntil(
        lambda: any(
            e.title == "Jürgen Weiß" for e in page.calendar.entries_on(dt.date(2026, 8, 12))
        )
    )
    texts = [page.day_list.item(i).text() for i in range(page.day_list.count())]
    assert "✈ Jürgen Weiß: Urlaub an der Ostsee" in texts


# --- models -------------------------------------------------------------------------------


def test_table_models_pass_the_model_tester(window, qtbot, qtmodeltester):
    page = open_meetings(window, qtbot)
    page.tabs.setCurrentWidget(page.agenda)
    qtmodeltester.check(page.agenda.model)
    page.tabs.setCurrentWidget(page.attendance)  # each editor is filled when shown
    assert page.attendance.model.rowCount() > 0
    qtmodeltester.check(page.attendance.model)
    qtmodeltester.check(page.attendance.guest_model)


def test_each_editor_shows_the_selected_meeting_when_its_tab_is_shown(window, qtbot):
    """The agenda and attendance editors are filled when their tab is shown, not on every
    selection: after moving on in the list, the tab shows the new meeting, not the old."""
    page = open_meetings(window, qtbot)
    first, second = page.model.rows()[:2]
    page.select(lambda r: r.id == first.id)
    page.tabs.setCurrentWidget(page.attendance)
    assert page.attendance._sheet.meeting_id == first.id
    page.tabs.setCurrentWidget(page.detail)
    page.select(lambda r: r.id == second.id)
    assert page.attendance._sheet.meeting_id == first.id  # hidden: not read yet
    page.tabs.setCurrentWidget(page.attendance)
    assert page.attendance._sheet.meeting_id == second.id
    page.tabs.setCurrentWidget(page.agenda)
    assert page.agenda._meeting_id == second.id


def test_delete_key_in_the_details_never_deletes_the_meeting(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    mid = next(r for r in page.model.rows() if r.status == "planned").id
    page.select(lambda r: r.id == mid)
    assert page.editors.invite_all()  # through the commands: one undo step, the page reloads
    page.tabs.setCurrentWidget(page.attendance)
    rows = page.attendance.model.rows
    assert rows and all(r.status for r in rows)
    table = page.attendance.table
    table.setFocus()
    table.selectRow(0)
    first = page.attendance.model.rows[0].member_id
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # clears that member's answer
    qtbot.waitUntil(
        lambda: (
            {r.member_id: r.status for r in uow.read(demo, meetings.get_attendance, mid).rows}[
                first
            ]
            == ""
        )
    )
    page.views.setCurrentIndex(1)
    page.calendar.setFocus()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Delete)
    page.day_list.setFocus()
    qtbot.keyClick(page.day_list, Qt.Key.Key_Delete)
    assert mid in {r.id for r in uow.read(demo, meetings.list_meetings)}
    # in the list, Delete does delete (undoably)
    page.views.setCurrentIndex(0)
    page.select(lambda r: r.id == mid)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert mid not in {r.id for r in uow.read(demo, meetings.list_meetings)}


@pytest.fixture
def english_window(qtbot, demo, english, copdesk_home):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(demo, Settings(), host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_suggest_dialog_cadence_in_english_saved_and_undone(english_window, qtbot, demo):
    window = english_window
    page = open_meetings(window, qtbot)
    dialog = page.suggest_dialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Suggest dates – CoP Personalentwicklung Süd-West"
    assert "every 3 months, Tue–Thu, 14:00–16:00" in dialog.info.text()
    assert "Baden-Württemberg and Hesse" in dialog.info.text()
    first = dialog.current_candidate()
    dialog.interval.setValue(2)
    dialog.days[5].setChecked(True)
    dialog.refresh()
    assert "every 2 months, Tue–Fri" in dialog.info.text()
    assert dialog.current_candidate().day < first.day
    for iso in (2, 3, 4, 5):
        dialog.days[iso].setChecked(False)
    dialog.refresh()
    assert dialog.info.text() == "⚠ Choose at least one weekday."
    assert not dialog.plan_button.isEnabled()
    dialog.days[3].setChecked(True)
    dialog.refresh()
    assert {c.day.isoweekday() for c in dialog.result_suggestions.candidates} == {3}
    dialog.save_cadence()

    cadence, _v = uow.read(demo, meetings.get_cadence, root_id(demo))
    assert (cadence.interval, cadence.weekdays) == (2, (3,))
    assert dialog.save_button.text() == "Cadence saved"
    window.undo_action.trigger()
    cadence, _v = uow.read(demo, meetings.get_cadence, root_id(demo))
    assert (cadence.interval, cadence.weekdays) == (3, (2, 3, 4))
    dialog.close()


def test_past_role_holders_who_left_keep_their_name(window, qtbot, demo):
    page = open_meetings(window, qtbot)
    with demo.session() as s:
        ursula = s.scalar(select(E.Member).where(E.Member.last_name == "Köhler"))
        past = s.scalar(select(E.Meeting).where(E.Meeting.moderator_id == ursula.id))
        data, _v = meetings.get_meeting(s, past.id)
    assert not ursula.active
    dialog = page._dialog(data, is_new=False, exclude_id=past.id)
    qtbot.addWidget(dialog)
    assert dialog.moderator.currentText() == "Ursula Köhler (Stadt Darmstadt) – inaktiv"
    assert dialog.data().moderator_id == ursula.id
    dialog.close()
