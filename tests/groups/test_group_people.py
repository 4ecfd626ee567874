"""A group's people on a day, the one rule behind rotation, date suggestions, invitations,
Lean Coffee's "who is here" and attendance — on a real community file (no Qt).

The setting: a sub-group "Circle" of Anna, Bernd, Clara and the guest Dana (a membership in
the circle only); Emil is in the community only. Bernd attended the circle's meeting two
weeks ago and left the circle today, so he is kept as left (``left_on``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from copdesk.model import entities as E
from copdesk.model import groups, invitations, leancoffee, meetings, minutes, rotation, uow
from copdesk.model.groups import GroupData
from copdesk.model.meetings.dto import MeetingData
from copdesk.model.tables import AttendanceStatus, MeetingStatus

TODAY = dt.date.today()


@dataclass
class Circle:
    root: int
    circle: int
    ids: dict[str, int]  # first name -> member id
    past: int  # the circle's held meeting (Bernd attended)
    next: int  # the circle's next meeting
    plenary: int  # the community's next meeting

    def names(self, member_ids) -> set[str]:
        by_id = {v: k for k, v in self.ids.items()}
        return {by_id[i] for i in member_ids if i in by_id}


def _build(session) -> dict[str, int]:
    heid = E.Organisation(name="Stadt Heidelberg", state="BW")
    darm = E.Organisation(name="Stadt Darmstadt", state="HE")
    session.add_all([heid, darm])
    session.flush()
    ids = {}
    for first, org in (
        ("Anna", heid),
        ("Bernd", heid),
        ("Clara", darm),
        ("Dana", darm),
        ("Emil", heid),
    ):
        m = E.Member(
            first_name=first,
            last_name="Test",
            organisation_id=org.id,
            email=f"{first.lower()}@example.org",
        )
        session.add(m)
        session.flush()
        ids[first] = m.id
    root = groups.root_group(session).id
    for first in ("Anna", "Bernd", "Clara", "Emil"):  # Dana is a guest of the circle only
        session.add(E.GroupMembership(group_id=root, member_id=ids[first]))
    return ids


def _meeting(group_id: int, title: str, day: dt.date, status: str = "planned") -> MeetingData:
    start = dt.datetime.combine(day, dt.time(9, 0))
    return MeetingData(group_id=group_id, title=title, start=start, minutes=60, status=status)


@pytest.fixture
def circle(community) -> Circle:
    ids, _ = uow.write(community, _build)
    root = uow.read(community, lambda s: groups.root_group(s).id)
    gid, _ = uow.write(
        community,
        groups.add_group,
        GroupData(name="Circle", cadence_unit="week", weekdays=(1, 2, 3, 4, 5)),
    )
    uow.write(
        community,
        groups.set_group_members,
        gid,
        add=[ids[n] for n in ("Anna", "Bernd", "Clara")],
        today=TODAY - dt.timedelta(days=60),
    )
    uow.write(  # Dana joins as a guest: without it she would be recorded in the community
        community,
        groups.set_group_members,
        gid,
        add=[ids["Dana"]],
        today=TODAY - dt.timedelta(days=60),
        guests=True,
    )
    past, _ = uow.write(
        community,
        meetings.add_meeting,
        _meeting(gid, "Week 1", TODAY - dt.timedelta(days=14), MeetingStatus.HELD),
    )
    uow.write(
        community,
        meetings.set_attendances,
        past,
        {ids[n]: AttendanceStatus.ATTENDED.value for n in ("Anna", "Bernd", "Clara")},
    )
    # Bernd has history in the circle: he is marked as left today, not removed
    uow.write(community, groups.set_group_members, gid, remove=[ids["Bernd"]], today=TODAY)
    nxt, _ = uow.write(
        community, meetings.add_meeting, _meeting(gid, "Week 3", TODAY + dt.timedelta(days=7))
    )
    plenary, _ = uow.write(
        community, meetings.add_meeting, _meeting(root, "Plenary", TODAY + dt.timedelta(days=9))
    )
    return Circle(root, gid, ids, past, nxt, plenary)


def test_the_groups_people_on_a_day(community, circle):
    people = uow.read(community, groups.people_of, circle.circle, TODAY + dt.timedelta(days=1))
    assert circle.names(people) == {"Anna", "Clara", "Dana"}
    # before he left, Bernd was one of them
    before = uow.read(community, groups.people_of, circle.circle, TODAY - dt.timedelta(days=1))
    assert circle.names(before) == {"Anna", "Bernd", "Clara", "Dana"}
    # the community: its root members, not the circle's guest
    everyone = uow.read(community, groups.people_of, circle.root, TODAY)
    assert circle.names(everyone) == {"Anna", "Bernd", "Clara", "Emil"}


def test_sql_and_python_rule_agree_on_the_leaving_day(community, circle):
    on_the_day = uow.read(community, groups.people_of, circle.circle, TODAY)
    assert circle.ids["Bernd"] not in on_the_day  # he left today
    left = TODAY
    assert not groups.member_on(TODAY, left=left, active=True)
    assert groups.member_on(TODAY - dt.timedelta(days=1), left=left, active=True)
    assert not groups.member_on(TODAY - dt.timedelta(days=1), left=None, active=False)


def test_who_left_is_not_suggested_for_moderation(community, circle):
    ids = {c.id for c in uow.read(community, rotation.candidates, circle.next, rotation.MODERATOR)}
    assert circle.names(ids) == {"Anna", "Clara", "Dana"}
    fc = uow.read(community, rotation.forecast, circle.circle, 6)
    holders = {r.holder_id for slot in fc.slots for r in slot.roles if r.role != rotation.HOST}
    assert circle.ids["Bernd"] not in holders and circle.ids["Emil"] not in holders
    assert holders & {circle.ids["Anna"], circle.ids["Clara"], circle.ids["Dana"]}


def _recipients(community, meeting_id: int) -> set[str]:
    rows = uow.read(community, invitations.list_recipients, meeting_id)
    return {r.name.split()[0] for r in rows if not r.is_guest}


def test_invitations_go_to_the_groups_people_of_the_meeting_day(community, circle):
    assert _recipients(community, circle.next) == {"Anna", "Clara", "Dana"}
    # the guest of the circle is not invited to the community's meeting
    assert _recipients(community, circle.plenary) == {"Anna", "Bernd", "Clara", "Emil"}


def test_who_is_here_for_a_planned_meeting_leaves_out_who_left(community, circle):
    # an answer Bernd gave before he left does not bring him back
    uow.write(
        community,
        meetings.set_attendance,
        circle.next,
        circle.ids["Bernd"],
        AttendanceStatus.ACCEPTED.value,
    )
    board = uow.read(community, leancoffee.board, circle.next)
    assert circle.names(p.member_id for p in board.participants) == {"Anna", "Clara", "Dana"}


def test_attendance_of_a_past_meeting_keeps_who_was_there(community, circle):
    sheet = uow.read(community, meetings.get_attendance, circle.past)
    attended = {r.member_id for r in sheet.rows if r.status == AttendanceStatus.ATTENDED}
    assert circle.names(attended) == {"Anna", "Bernd", "Clara"}
    assert "Emil" not in circle.names(r.member_id for r in sheet.rows)
    held = uow.read(community, minutes.load_minutes, circle.past)
    by_name = {circle.names([a.member_id]).pop(): a.status for a in held.attendees}
    assert by_name["Bernd"] == AttendanceStatus.ATTENDED
    assert "Emil" not in by_name
    # the next meeting's sheet: the circle's people of that day, without Bernd
    coming = uow.read(community, meetings.get_attendance, circle.next)
    assert circle.names(r.member_id for r in coming.rows) == {"Anna", "Clara", "Dana"}


def _absence(community, member_id: int, start: dt.date, end: dt.date) -> None:
    uow.write(
        community,
        meetings.add_absence,
        member_id,
        meetings.AbsenceData(start_on=start, end_on=end, note="Urlaub"),
    )


def test_only_the_groups_people_absences_count_against_a_date(community, circle):
    first = TODAY + dt.timedelta(days=1)
    last = TODAY + dt.timedelta(days=60)
    plain = uow.read(community, meetings.suggest_dates, circle.circle, count=5, today=TODAY)
    # someone outside the circle (Emil) and someone who left it (Bernd): no difference
    _absence(community, circle.ids["Emil"], first, last)
    _absence(community, circle.ids["Bernd"], first, last)
    after = uow.read(community, meetings.suggest_dates, circle.circle, count=5, today=TODAY)
    assert [c.day for c in after.candidates] == [c.day for c in plain.candidates]
    assert all(not c.absent for c in after.candidates)
    # the guest Dana away on the first suggested day: it names her and that day drops back
    day = plain.candidates[0].day
    _absence(community, circle.ids["Dana"], day, day)
    dana = uow.read(community, meetings.suggest_dates, circle.circle, count=5, today=TODAY)
    named = {a.name for c in dana.candidates for a in c.absent}
    assert named <= {"Dana Test"}
    assert dana.candidates[0].day != day
    # the circle's moderator away: the day is not suggested at all
    anna = uow.read(
        community,
        meetings.suggest_dates,
        circle.circle,
        count=5,
        today=TODAY,
        moderator_id=circle.ids["Anna"],
    )
    _absence(community, circle.ids["Anna"], anna.candidates[0].day, anna.candidates[0].day)
    blocked = uow.read(
        community,
        meetings.suggest_dates,
        circle.circle,
        count=5,
        today=TODAY,
        moderator_id=circle.ids["Anna"],
    )
    assert anna.candidates[0].day not in {c.day for c in blocked.candidates}
