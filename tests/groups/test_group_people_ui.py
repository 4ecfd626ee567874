"""On the demo with "Working Out Loud / lernOS" selected, every page and dialog that
chooses people shows the circle's: the rotation, the date suggestions, the invitation's
recipients, the Lean Coffee board's "who is here" and the minutes' attendance. A member
who leaves the circle drops out of what is planned and stays where they took part."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from copdesk.model import db, groups, meetings
from copdesk.model import entities as E
from copdesk.model.tables import AttendanceStatus, MeetingStatus
from copdesk.ui.invitations import open_invite_dialog
from copdesk.ui.meetings.page import MeetingsPage
from copdesk.ui.minutes.page import MinutesPage
from copdesk.ui.page_base import PageContext
from copdesk.ui.rotation.page import RotationPage
from tests.ui.helpers import check, when_modal

CIRCLE = "Working Out Loud / lernOS"


@pytest.fixture
def circle_window(qtbot, copdesk_home, tmp_path):
    """The demo's main window with the circle selected, and one of the circle's members
    (who attended its last held meeting) leaving it today."""
    from copdesk.demo import write_demo
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    settings = Settings()
    write_demo(tmp_path / "demo.copdesk")
    community = db.open_community(tmp_path / "demo.copdesk")
    window = MainWindow(community, settings, WindowHost(*(lambda *a: None for _ in range(6))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    read = window.commands.read
    gid = next(r.id for r in read(groups.list_groups) if r.name == CIRCLE)
    window.group_box.setCurrentIndex(window.group_box.findData(gid))
    assert window.current_group() == gid
    held = read(_meeting_of, gid, MeetingStatus.HELD, last=True)
    leaver = read(
        lambda s: s.scalar(
            select(E.Attendance.member_id)
            .where(E.Attendance.meeting_id == held, E.Attendance.status == "attended")
            .order_by(E.Attendance.member_id)
        )
    )
    window.commands.run("leave", groups.set_group_members, gid, remove=[leaver])
    yield window, gid, leaver, held
    window.close()
    community.close()


def _meeting_of(session, gid: int, status: str, *, last: bool = False) -> int:
    mt = E.Meeting
    order = mt.start_at.desc() if last else mt.start_at
    found = session.scalar(
        select(mt.id).where(mt.group_id == gid, mt.status == status).order_by(order).limit(1)
    )
    assert found is not None
    return found


def _people(window, gid: int) -> set[int]:
    return window.commands.read(groups.people_of, gid, dt.date.today())


def test_the_rotation_page_follows_the_group(circle_window):
    window, gid, leaver, _held = circle_window
    page = window.show_page(RotationPage)
    assert isinstance(page, RotationPage)
    assert CIRCLE in page.heading.text()
    assert page._view is not None
    shown = {m.id for m in page._view.balance.members}
    assert shown == _people(window, gid) and leaver not in shown
    # another group in the selector: the page shows the community's people
    root = next(r for r in window.commands.read(groups.list_groups) if r.parent_id is None)
    window.group_box.setCurrentIndex(window.group_box.findData(root.id))
    assert CIRCLE not in page.heading.text()
    assert {m.id for m in page._view.balance.members} == _people(window, root.id)


def test_the_date_suggestions_count_the_circles_absences(circle_window):
    window, gid, leaver, _held = circle_window
    page = window.show_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    dialog = page.suggest_dialog()
    dialog.refresh()
    first = dialog.result_suggestions
    assert first is not None and first.group_id == gid
    day = first.candidates[0].day
    outsider = min(
        _people(window, window.commands.read(lambda s: groups.root_group(s).id))
        - _people(window, gid)
        - {leaver}
    )
    member = min(_people(window, gid))
    for who in (outsider, leaver):
        window.commands.run(
            "away", meetings.add_absence, who, meetings.AbsenceData(start_on=day, end_on=day)
        )
    dialog.refresh()
    assert dialog.result_suggestions is not None
    assert dialog.result_suggestions.candidates[0].day == day
    assert dialog.tree.topLevelItem(0).childCount() == 0  # nobody of the circle away
    window.commands.run(
        "away", meetings.add_absence, member, meetings.AbsenceData(start_on=day, end_on=day)
    )
    dialog.refresh()
    assert dialog.result_suggestions is not None
    absent = {a.member_id for c in dialog.result_suggestions.candidates for a in c.absent}
    assert absent == {member}
    dialog.close()


def test_the_invitation_lists_the_circles_people(qtbot, circle_window):
    window, gid, leaver, _held = circle_window
    meeting_id = window.commands.read(_meeting_of, gid, MeetingStatus.PLANNED)
    names: list[str] = []

    def look(dialog):
        tree = dialog.recipients
        names.extend(tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount()))
        dialog.reject()

    result = when_modal(qtbot, look)
    ctx = PageContext(window.commands, window.events, window.settings, lambda: gid)
    open_invite_dialog(window, ctx, meeting_id)
    check(result, qtbot, window)
    expected = window.commands.read(
        lambda s: {
            m.display_name
            for m in s.scalars(select(E.Member).where(E.Member.id.in_(_people(window, gid))))
        }
    )
    gone = window.commands.read(lambda s: s.get_one(E.Member, leaver).display_name)
    assert set(names) == expected and gone not in names


def test_who_is_here_on_the_board_leaves_out_who_left(qtbot, circle_window):
    window, gid, leaver, _held = circle_window
    from copdesk.ui.backlog.page import BacklogPage

    meeting_id = window.commands.read(_meeting_of, gid, MeetingStatus.PLANNED)
    page = window.show_page(BacklogPage)
    assert isinstance(page, BacklogPage)
    board = page.open_board(meeting_id)
    assert board is not None
    listed: list[int] = []

    def look(dialog):
        listed.extend(dialog.list.item(i).data(0x0100) for i in range(dialog.list.count()))
        dialog.reject()

    result = when_modal(qtbot, look)
    board.presence()
    check(result, qtbot, window)
    assert leaver not in listed
    assert set(listed) >= _people(window, gid)
    board.close()


def test_the_minutes_attendance_keeps_who_was_there(circle_window):
    window, gid, leaver, held = circle_window
    page = window.show_page(MinutesPage)
    assert isinstance(page, MinutesPage)
    page.open_item("minutes", held)
    model = page.attendance_tab.model
    rows = [model.row_object(i) for i in range(model.rowCount())]
    status = {r.member_id: r.status for r in rows}
    assert status.get(leaver) == AttendanceStatus.ATTENDED
    assert {r.member_id for r in rows} <= _people(window, gid) | set(status)


def test_the_meetings_attendance_editor_shows_the_people_of_the_day(circle_window):
    window, gid, leaver, held = circle_window
    page = window.show_page(MeetingsPage)
    assert isinstance(page, MeetingsPage)
    page.tabs.setCurrentWidget(page.attendance)
    coming = window.commands.read(_meeting_of, gid, MeetingStatus.PLANNED)
    page.open_item("meeting", coming)
    listed = {r.member_id for r in page.attendance.model.rows}
    assert listed >= _people(window, gid) and leaver not in listed
    page.open_item("meeting", held)
    status = {r.member_id: r.status for r in page.attendance.model.rows}
    assert status[leaver] == AttendanceStatus.ATTENDED
