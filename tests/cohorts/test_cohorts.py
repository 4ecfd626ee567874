"""Cohorts on a real community file: planning from a pack, holidays, refusals, goals,
the end (suggestions stop) and the next cohort — each write undoable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from copdesk.model import cohorts, groups, meetings, uow
from copdesk.model import entities as E
from copdesk.model import overview as overview_model
from copdesk.model.cohorts import CohortPlan
from copdesk.model.errors import ValidationError
from tests.cohorts.conftest import PACK_DE

TODAY = dt.date(2027, 3, 1)  # a Monday
PACK = cohorts.read_pack(PACK_DE)


def _count(community, entity) -> int:
    return uow.read(community, lambda s: s.scalar(select(func.count()).select_from(entity)))


def _plan(community, gid, **kw):
    plan = CohortPlan(title="Lernkreis 1", pack=PACK, **kw)
    return uow.write(community, cohorts.plan_cohort, gid, plan, today=TODAY)


def test_plan_creates_one_series_titled_from_the_pack(community, circle):
    gid, _ids = circle
    cid, changes = _plan(community, gid)
    detail = uow.read(community, cohorts.get_cohort, cid, today=TODAY)
    row = detail.row
    assert row.number == 1 and row.start_on == dt.date(2027, 3, 9)  # next week's Tuesday
    assert row.state == cohorts.PLANNED and row.pack_name == "Lernkreis in 12 Wochen"
    assert row.ended_on == dt.date(2027, 3, 9) + dt.timedelta(weeks=11)
    assert _count(community, E.MeetingSeries) == 1
    assert [w.number for w in detail.weeks] == list(range(1, 13))
    assert detail.weeks[0].title == "Woche 1: Einander kennenlernen"
    assert detail.weeks[11].title == "Woche 12: Rückblick und Feier"
    assert all(w.day.weekday() == 1 for w in detail.weeks)
    first = uow.read(community, meetings.get_detail, detail.weeks[0].meeting_id)
    assert first.data.start == dt.datetime(2027, 3, 9, 8, 30) and first.data.minutes == 60
    agenda = uow.read(
        community,
        lambda s: s.scalars(
            select(E.AgendaItem)
            .where(E.AgendaItem.meeting_id == detail.weeks[0].meeting_id)
            .order_by(E.AgendaItem.position)
        ).all(),
    )
    assert [(a.title, a.minutes) for a in agenda] == [
        (i.title, i.minutes) for i in PACK.weeks[0].items
    ]
    assert agenda[0].details == PACK.weeks[0].notes and agenda[1].details == ""
    uow.replay(community, changes, undo=True)
    assert _count(community, E.Cohort) == 0 and _count(community, E.Meeting) == 0


def test_holiday_weeks_are_marked_and_cancelled(community, circle):
    gid, _ = circle
    # 2029-12-25 and 2030-01-01 are Tuesdays (nationwide holidays)
    start = dt.date(2029, 12, 4)
    cid, _ = _plan(community, gid, start_on=start)
    detail = uow.read(community, cohorts.get_cohort, cid, today=TODAY)
    marked = [w for w in detail.weeks if w.holiday]
    assert [w.day for w in marked] == [dt.date(2029, 12, 25), dt.date(2030, 1, 1)]
    assert all(w.status == "cancelled" for w in marked)
    assert all(w.status == "planned" for w in detail.weeks if not w.holiday)


def test_a_circle_without_members_is_refused_and_nothing_written(community, circle):
    gid, ids = circle
    uow.write(community, groups.set_group_members, gid, remove=ids)
    with pytest.raises(cohorts.CircleWithoutMembers, match="no members"):
        _plan(community, gid)
    assert _count(community, E.Cohort) == 0 and _count(community, E.MeetingSeries) == 0


def test_a_weekend_start_is_refused(community, circle):
    gid, _ = circle
    with pytest.raises(ValidationError, match="weekday"):
        _plan(community, gid, start_on=dt.date(2027, 3, 13))
    assert _count(community, E.Cohort) == 0


def test_the_community_itself_is_not_a_circle(community, circle):
    root = next(r.id for r in uow.read(community, groups.list_groups) if r.parent_id is None)
    with pytest.raises(cohorts.NotASubGroup):
        _plan(community, root)


def test_goals_are_saved_and_undone(community, circle):
    gid, ids = circle
    cid, _ = _plan(community, gid)
    _, changes = uow.write(community, cohorts.set_goal, cid, ids[0], "  Mein Netzwerk in Hessen ")
    goals = uow.read(community, cohorts.get_cohort, cid, today=TODAY).goals
    assert len(goals) == 4
    assert {g.member_id: g.goal for g in goals}[ids[0]] == "Mein Netzwerk in Hessen"
    uow.write(community, cohorts.set_goal, cid, ids[0], "Anders")
    uow.write(community, cohorts.set_goal, cid, ids[0], "")
    assert _count(community, E.CohortGoal) == 0
    uow.write(community, cohorts.set_goal, cid, ids[1], "Ziel")
    _, changes = uow.write(community, cohorts.set_goal, cid, ids[1], "Neues Ziel")
    uow.replay(community, changes, undo=True)
    goals = uow.read(community, cohorts.get_cohort, cid, today=TODAY).goals
    assert {g.member_id: g.goal for g in goals}[ids[1]] == "Ziel"


def test_running_state_and_overview_line(community, circle):
    gid, _ = circle
    cid, _ = _plan(community, gid)
    day = dt.date(2027, 4, 8)  # Thursday of week 5
    row = uow.read(community, cohorts.get_cohort, cid, today=day).row
    assert (row.state, row.current_week, row.weeks) == (cohorts.RUNNING, 5, 12)
    data = uow.read(community, overview_model.overview, gid, today=day)
    assert data.cohort is not None and data.cohort.state_on(day) == (cohorts.RUNNING, 5)


def test_ending_stops_suggestions_then_a_new_cohort_resumes(community, circle):
    gid, _ = circle
    cid, _ = _plan(community, gid)
    day = dt.date(2027, 4, 8)
    version = uow.read(community, cohorts.get_cohort, cid, today=day).row.version
    uow.read(community, meetings.suggest_dates, gid, today=day)  # running: suggestions work
    _, changes = uow.write(community, cohorts.end_cohort, cid, version, today=day)
    detail = uow.read(community, cohorts.get_cohort, cid, today=day)
    assert detail.row.state == cohorts.ENDED and detail.row.ended_on == day
    assert [w.status for w in detail.weeks] == ["planned"] * 5 + ["cancelled"] * 7
    with pytest.raises(meetings.CohortEnded, match="ended on 08.04.2027"):
        uow.read(community, meetings.suggest_dates, gid, today=day)
    data = uow.read(community, overview_model.overview, gid, today=day)
    assert data.cohort is not None and data.cohort.state_on(day)[0] == cohorts.ENDED
    # the next cohort: number 2, same pack and weekday, from the next Tuesday
    new_id, started = uow.write(community, cohorts.start_next_cohort, gid, "Lernkreis 2", today=day)
    new = uow.read(community, cohorts.get_cohort, new_id, today=day)
    assert (new.row.number, new.row.start_on, new.row.pack_name) == (
        2,
        dt.date(2027, 4, 13),
        PACK.name,
    )
    assert new.weeks[2].title == "Woche 3: Wer kann mir helfen?"
    assert [r.number for r in uow.read(community, cohorts.list_cohorts, gid)] == [2, 1]
    uow.read(community, meetings.suggest_dates, gid, today=day)  # suggestions again
    uow.replay(community, started, undo=True)
    uow.replay(community, changes, undo=True)
    detail = uow.read(community, cohorts.get_cohort, cid, today=day)
    assert detail.row.state == cohorts.RUNNING and _count(community, E.Cohort) == 1


def test_next_cohort_refused_while_running(community, circle):
    gid, _ = circle
    _plan(community, gid)
    with pytest.raises(cohorts.CohortStillRunning):
        uow.write(community, cohorts.start_next_cohort, gid, "x", today=dt.date(2027, 4, 8))
    with pytest.raises(cohorts.NoCohortYet):
        uow.write(community, cohorts.start_next_cohort, gid + 100, "x", today=TODAY)


def test_replan_until_something_happened_and_apply_pack(community, circle):
    gid, _ = circle
    cid, _ = _plan(community, gid)
    row = uow.read(community, cohorts.get_cohort, cid, today=TODAY).row
    plan = CohortPlan(title="Sprint", start_on=dt.date(2027, 3, 16), weeks=12, week_zero=True)
    uow.write(community, cohorts.replan_cohort, cid, plan, row.version)
    detail = uow.read(community, cohorts.get_cohort, cid, today=TODAY)
    assert [w.number for w in detail.weeks] == list(range(13))
    assert detail.weeks[0].title == "Sprint – Woche 0" and detail.row.pack_name == ""
    assert _count(community, E.MeetingSeries) == 1
    uow.write(community, cohorts.apply_pack, cid, PACK, detail.row.version)
    detail = uow.read(community, cohorts.get_cohort, cid, today=TODAY)
    assert detail.weeks[1].title == "Woche 1: Einander kennenlernen"
    uow.write(community, meetings.set_status, detail.weeks[0].meeting_id, "held")
    with pytest.raises(cohorts.CohortStarted):
        uow.write(community, cohorts.replan_cohort, cid, plan, detail.row.version)


def test_ending_cancels_invited_weeks_too_and_their_cancellation_is_due(community, circle):
    """Found in the issue's walk-through: after "Invite as series" the weeks are invited,
    not planned, and ending the circle left them standing in everyone's calendar."""
    gid, _ = circle
    cid, _ = _plan(community, gid)
    detail = uow.read(community, cohorts.get_cohort, cid, today=TODAY)

    def invited(session):
        for week in detail.weeks:
            meeting = session.get(E.Meeting, week.meeting_id)
            meeting.status = "invited"
            meeting.ics_sequence = 0

    uow.write(community, invited)
    day = dt.date(2027, 4, 8)
    version = uow.read(community, cohorts.get_cohort, cid, today=day).row.version
    uow.write(community, cohorts.end_cohort, cid, version, today=day)
    detail = uow.read(community, cohorts.get_cohort, cid, today=day)
    assert [w.status for w in detail.weeks] == ["invited"] * 5 + ["cancelled"] * 7
    due = uow.read(
        community,
        lambda s: [s.get(E.Meeting, w.meeting_id).update_due for w in detail.weeks],
    )
    assert due == [False] * 5 + [True] * 7
