"""The minutes page asks the current tab's controller what Add, Edit, Delete and Enter do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from copdesk.model import entities as E
from copdesk.model import uow
from copdesk.ui.minutes.dialogs import GuestDialog
from copdesk.ui.minutes.page import TAB_ATTENDANCE, TAB_DECISIONS, TAB_EARLIER, MinutesPage

from .test_minutes_page import finished, on_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def decisions(window, mid: int) -> int:
    return uow.read(
        window.community,
        lambda s: s.scalar(
            select(func.count()).select_from(E.Decision).where(E.Decision.meeting_id == mid)
        ),
    )


def test_each_tab_has_its_controller_and_the_actions_follow_it(window, qtbot):
    page = window.show_page(MinutesPage)
    assert page.tabs.count() == len(page.tab_controllers) == 5
    for index, controller in enumerate(page.tab_controllers):
        page.tabs.setCurrentIndex(index)
        assert page.current_tab() is controller
        assert page.tabs.currentWidget() is controller.widget
        assert page.add_action.isEnabled() == (index != TAB_EARLIER)
        has_row = controller.selected() is not None
        assert page.edit_action.isEnabled() == has_row
        assert page.delete_action.isEnabled() == has_row
    # the earlier action items are reviewed with their own buttons: nothing to edit
    page.tabs.setCurrentIndex(TAB_EARLIER)
    assert page.earlier_tab.current() is not None and page.earlier_tab.selected() is None
    # attendance: guests are edited and deleted where they are listed, not from the people
    page.tabs.setCurrentIndex(TAB_ATTENDANCE)
    page.attendance_tab.table.setFocus()
    assert page.attendance_tab.selected() is None and not page.delete_action.isEnabled()


def test_delete_asks_the_decisions_tab_and_undo_brings_it_back(window, qtbot):
    page = window.show_page(MinutesPage)
    window.activateWindow()
    mid = page.minutes.meeting_id
    before = decisions(window, mid)
    assert before > 0
    page.tabs.setCurrentIndex(TAB_DECISIONS)
    table = page.decisions_tab.table
    table.setFocus()
    table.selectRow(0)
    gone = page.decisions_tab.selected()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert decisions(window, mid) == before - 1
    assert all(d.id != gone.id for d in page.minutes.decisions)
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert decisions(window, mid) == before


def test_enter_on_the_guest_list_edits_the_guest(window, qtbot):
    page = window.show_page(MinutesPage)
    window.activateWindow()
    tab = page.attendance_tab
    page.tabs.setCurrentIndex(TAB_ATTENDANCE)

    def add(dialog):
        dialog.name.setText("Erika Gast")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    done = on_dialog(qtbot, GuestDialog, add)
    tab.add_guest_button.click()
    finished(qtbot, done, window)
    row = tab.guest_model.row_of(lambda g: g.name == "Erika Gast")
    assert row >= 0
    tab.guest_table.setFocus()
    tab.guest_table.selectRow(row)
    seen: list[str] = []

    def look(dialog):
        seen.append(dialog.name.text())
        dialog.reject()

    done = on_dialog(qtbot, GuestDialog, look)
    qtbot.keyClick(tab.guest_table, Qt.Key.Key_Return)
    finished(qtbot, done, window)
    assert seen == ["Erika Gast"]
