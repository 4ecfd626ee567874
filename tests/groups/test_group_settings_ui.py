"""A group's settings and membership with real widgets on a real file (German UI): the
group dialog's new fields, a new meeting with the group's defaults, several members
added to and removed from a group in one undoable step, guests."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt

from copdesk.model import groups, meetings, members, uow
from copdesk.ui.meetings.page import MeetingsPage
from copdesk.ui.pages.members import ALL, MembersPage
from tests.groups.helpers import attended
from tests.minutes.conftest import german  # noqa: F401 - fixture
from tests.ui.conftest import seeded, settings, window  # noqa: F401 - fixtures
from tests.ui.helpers import check, type_text, when_modal

JOIN = "https://zoom.example/j/42"
BOARD = "https://miro.example/app/board/abc="


def _circle(win, **fields) -> int:
    data = groups.GroupData(name="Kreis", cadence_unit="week", **fields)
    gid, _ = uow.write(win.community, groups.add_group, data)
    win._select_group(gid)
    return gid


def test_group_dialog_round_trip_of_defaults_rotation_and_plural(qtbot, german, window):  # noqa: F811
    gid = _circle(window)
    seen: dict[str, str] = {}

    def fill(dialog):
        dialog.interval.setValue(1)
        dialog.unit.setCurrentIndex(dialog.unit.findData("month"))
        seen["one"] = dialog.unit.currentText() + " / " + dialog.cadence_text.text()
        dialog.interval.setValue(2)
        seen["two"] = dialog.unit.currentText() + " / " + dialog.cadence_text.text()
        dialog.video_tool.setCurrentIndex(dialog.video_tool.findData("zoom"))
        type_text(qtbot, dialog.whiteboard_url, "miro board")
        seen["error"] = dialog.field_message("whiteboard_url").text()
        dialog.buttons.accepted.emit()
        seen["refused"] = str(dialog.isVisible())
        dialog.whiteboard_url.setText(BOARD)
        dialog.join_url.setText(JOIN)
        dialog.rotates.setChecked(False)
        dialog.buttons.accepted.emit()

    result = when_modal(qtbot, fill)
    window.group_menu.edit_action.trigger()
    check(result)
    assert seen["one"] == "Monat / trifft sich jeden Monat"
    assert seen["two"] == "Monate / trifft sich alle 2 Monate"
    assert "https://" in seen["error"] and seen["refused"] == "True"
    data, _v = uow.read(window.community, groups.get_group, gid)
    assert (data.video_tool, data.join_url, data.whiteboard_url) == ("zoom", JOIN, BOARD)
    assert (data.cadence_unit, data.cadence_interval, data.rotates_moderation) == (
        "month",
        2,
        False,
    )

    reopened: dict[str, object] = {}

    def read_back(dialog):
        reopened.update(
            tool=dialog.video_tool.currentData(),
            link=dialog.join_url.text(),
            board=dialog.whiteboard_url.text(),
            rotates=dialog.rotates.isChecked(),
        )
        dialog.reject()

    result = when_modal(qtbot, read_back)
    window.group_menu.edit_action.trigger()
    check(result)
    assert reopened == {"tool": "zoom", "link": JOIN, "board": BOARD, "rotates": False}
    window.undo_stack.undo()
    assert uow.read(window.community, groups.get_group, gid)[0].rotates_moderation is True


def test_a_new_meeting_of_the_sub_group_starts_with_its_defaults(qtbot, german, window):  # noqa: F811
    gid = _circle(window, video_tool="zoom", join_url=JOIN, whiteboard_url=BOARD)
    page = window.show_page(MeetingsPage)
    shown: dict[str, str] = {}

    def fill(dialog):
        shown.update(
            group=str(dialog.group.currentData()),
            tool=dialog.video_tool.currentData(),
            link=dialog.join_url.text(),
            board=dialog.whiteboard_url.text(),
        )
        # a host organisation does not replace the group's own room
        dialog.host.setCurrentIndex(dialog.host.findText("Stadt Heidelberg"))
        shown["after_host"] = dialog.join_url.text()
        dialog.buttons.accepted.emit()

    result = when_modal(qtbot, fill)
    page.new_meeting(day=dt.date(2027, 2, 3))
    check(result)
    assert shown == {
        "group": str(gid),
        "tool": "zoom",
        "link": JOIN,
        "board": BOARD,
        "after_host": JOIN,
    }
    rows = uow.read(window.community, meetings.list_meetings, gid)
    data, _v = uow.read(window.community, meetings.get_meeting, rows[0].id)
    assert (data.join_url, data.whiteboard_url) == (JOIN, BOARD)


def _members_page(win) -> MembersPage:
    page = win.show_page(MembersPage)
    assert isinstance(page, MembersPage)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    return page


def _select(page: MembersPage, names: set[str]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() in names:
            selection.select(
                page.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _in_circle(win, gid: int) -> set[str]:
    return {m.name for m in uow.read(win.community, members.list_members, group_id=gid)}


def test_several_members_join_and_leave_a_group_with_undo(qtbot, german, window):  # noqa: F811
    root = uow.read(window.community, groups.root_group).id
    gid, _ = uow.write(window.community, groups.add_group, groups.GroupData(name="Kreis"))
    page = _members_page(window)
    two = {"Sabine Groß", "Ayşe Demir"}
    _select(page, two)
    assert {r.name for r in page.selected_rows()} == two

    def choose(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData(gid))
        assert "2 Mitglieder kommen in die Gruppe" in dialog.summary.text()
        dialog.accept()

    result = when_modal(qtbot, choose)
    page.add_to_group_action.trigger()
    check(result, qtbot, window)
    assert _in_circle(window, gid) == two
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _in_circle(window, gid) == set()
    window.redo_action.trigger()
    assert _in_circle(window, gid) == two

    # Sabine took part in a meeting of the group: she is kept, marked as left today
    sabine = next(
        m.id for m in uow.read(window.community, members.list_members) if "Groß" in m.name
    )

    attended(window.community, gid, sabine)
    page.refresh_if_stale()
    _select(page, two)
    today = dt.date.today().strftime("%d.%m.%Y")
    summary: list[str] = []

    def remove(dialog):
        dialog.group.setCurrentIndex(dialog.group.findData(gid))
        summary.append(dialog.summary.text())
        dialog.accept()

    result = when_modal(qtbot, remove)
    page.context_actions = page.table.actions()
    assert page.remove_from_group_action in page.context_actions  # also in the context menu
    page.remove_from_group_action.trigger()
    check(result, qtbot, window)
    assert f"als ausgetreten am {today}" in summary[0] and "Sabine Groß" in summary[0]
    assert _in_circle(window, gid) == set()
    left = uow.read(window.community, groups.member_groups, sabine)
    assert [(g.group_id, g.left_on) for g in left] == [(root, None), (gid, dt.date.today())]

    # the member dialog's Groups tab says since when
    page.select(lambda r: r.id == sabine)
    tab: list[str] = []

    def read_groups(dialog):
        tab.extend(dialog.groups.item(i).text() for i in range(dialog.groups.count()))
        dialog.reject()

    result = when_modal(qtbot, read_groups)
    page.activate_current()
    check(result, qtbot, window)
    assert f"Kreis – ausgetreten am {today}" in tab
    assert f"ausgetreten am {today}" in page.detail.toPlainText()


def test_a_guest_of_the_sub_group_is_marked_and_not_in_the_community(qtbot, german, window):  # noqa: F811
    root = uow.read(window.community, groups.root_group).id
    _circle(window)
    page = _members_page(window)

    def fill(dialog):
        assert dialog.guest is not None and not dialog.guest.isChecked()
        type_text(qtbot, dialog.first_name, "Gerda")
        type_text(qtbot, dialog.last_name, "Gast")
        dialog.guest.setChecked(True)
        dialog.buttons.accepted.emit()

    result = when_modal(qtbot, fill)
    page.new_action.trigger()
    check(result, qtbot, window)
    shown = {
        page.proxy.index(r, 0).data(): page.proxy.index(r, 5).data()
        for r in range(page.proxy.rowCount())
    }
    assert shown == {"Gerda Gast": "Gast"}
    window._select_group(root)
    community = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert "Gerda Gast" not in community and len(community) == 3
