"""The agenda editor's "News from the sub-groups" and item text, with real widgets on a
real community file (English and German)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from copdesk.model import meetings, uow
from tests.group_report.helpers import build
from tests.meetings.conftest import english, german  # noqa: F401 - fixtures

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def story(community):
    return build(community)


def _window(qtbot, community):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(community, Settings(), host)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _agenda(win, qtbot, meeting_id: int):
    from copdesk.ui.meetings.page import MeetingsPage

    page = win.show_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    page.select(lambda r: r.id == meeting_id)
    page.tabs.setCurrentWidget(page.agenda)
    qtbot.waitUntil(lambda: page.agenda._meeting_id == meeting_id)
    return page.agenda


def _stored(community, mid):
    return uow.read(community, meetings.get_agenda, mid).items


def test_insert_refresh_edit_and_undo(qtbot, community, story, english):  # noqa: F811
    win = _window(qtbot, community)
    editor = _agenda(win, qtbot, story.plenary)
    assert editor.report_button.isVisible()
    assert editor.report_button.text() == "Insert news from the s&ub-groups"
    editor.report_button.click()
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    (item,) = _stored(community, story.plenary)
    assert item.kind == "group_report" and item.title == "News from the sub-groups"
    assert "Working Out Loud: 2 meetings since the plenary on" in item.details
    assert "Decision: Wir treffen uns dienstags." in item.details
    assert "Takeaway: Beziehungen zuerst, dann Ziele." in item.details
    assert "Privates Detail" not in item.details
    # the text shows below the table for the selected item; the button now refreshes
    assert editor.details.toPlainText() == item.details
    assert editor.report_button.text() == "Refresh news from the s&ub-groups"
    # typing in the field and Ctrl+Return (or leaving it) stores the text as one step
    editor.details.selectAll()
    qtbot.keyClicks(editor.details, "Kurz: alles gut.")
    assert _stored(community, story.plenary)[0].details == item.details  # not per key
    qtbot.keyClick(editor.details, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: _stored(community, story.plenary)[0].details == "Kurz: alles gut.")
    # refresh brings the report back; Ctrl+Z (the window's undo) returns the edit
    editor.report_button.click()
    qtbot.waitUntil(lambda: "Working Out Loud" in _stored(community, story.plenary)[0].details)
    win.activateWindow()
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _stored(community, story.plenary)[0].details == "Kurz: alles gut.")
    qtbot.waitUntil(lambda: editor.details.toPlainText() == "Kurz: alles gut.")
    win.undo_stack.undo()
    win.undo_stack.undo()
    qtbot.waitUntil(lambda: _stored(community, story.plenary) == ())
    assert editor.report_button.text() == "Insert news from the s&ub-groups"
    # the templates menu offers it too (where an agenda is chosen)
    editor._fill_template_menu()
    assert editor.report_action.text() == "Insert news from the s&ub-groups"
    editor.report_action.trigger()
    qtbot.waitUntil(lambda: len(_stored(community, story.plenary)) == 1)


def test_not_offered_for_a_sub_group_meeting(qtbot, community, story, german):  # noqa: F811
    win = _window(qtbot, community)
    win._select_group(story.wol)
    editor = _agenda(win, qtbot, story.wol_1)
    assert not editor.report_button.isVisible()
    editor._fill_template_menu()
    texts = [a.text() for a in editor.template_menu.actions()]
    assert not any("Teilgruppen" in t for t in texts)
    win._select_group(story.root)
    editor = _agenda(win, qtbot, story.plenary)
    assert editor.report_button.isVisible()
    editor.report_button.click()
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    (item,) = _stored(community, story.plenary)
    assert item.title == "Neues aus den Teilgruppen"
    assert "Beschluss: Wir treffen uns dienstags." in item.details
    assert "Erkenntnis: Beziehungen zuerst, dann Ziele." in item.details
    assert "(geplant)" in item.details
