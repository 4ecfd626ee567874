"""Reading cohorts: the group's list (newest first), one cohort's weeks and goals, and
its state on a day ("Woche 5 von 12", ended)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import meetings
from copdesk.model.cohorts.dto import (
    CohortDetail,
    CohortGoalRow,
    CohortRow,
    CohortWeek,
)
from copdesk.model.cohorts.pack import pack_from_json
from copdesk.model.dto import CohortSummary
from copdesk.model.errors import NotFoundError


def summary(cohort: E.Cohort) -> CohortSummary:
    return CohortSummary(
        cohort.number,
        cohort.title,
        cohort.start_on,
        cohort.weeks,
        cohort.week_zero,
        cohort.ended_on,
    )


def last_day(cohort: E.Cohort) -> dt.date:
    """The planned day of the last week."""
    return summary(cohort).last_day


def state_on(cohort: E.Cohort, day: dt.date) -> tuple[str, int | None]:
    """PLANNED, RUNNING (with the week number of *day*) or ENDED."""
    return summary(cohort).state_on(day)


def cohort_row(cohort: E.Cohort, today: dt.date) -> CohortRow:
    state, week = state_on(cohort, today)
    return CohortRow(
        id=cohort.id,
        group_id=cohort.group_id,
        number=cohort.number,
        title=cohort.title,
        start_on=cohort.start_on,
        weeks=cohort.weeks,
        week_zero=cohort.week_zero,
        pack_name=cohort.pack_name,
        series_id=cohort.series_id,
        ended_on=cohort.ended_on,
        version=cohort.version,
        state=state,
        current_week=week,
    )


def load_cohort(session: Session, cohort_id: int) -> E.Cohort:
    cohort = session.get(E.Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError()
    return cohort


def list_cohorts(
    session: Session, group_id: int, *, today: dt.date | None = None
) -> list[CohortRow]:
    """The group's cohorts, the latest first."""
    today = today or dt.date.today()
    rows = session.scalars(
        select(E.Cohort).where(E.Cohort.group_id == group_id).order_by(E.Cohort.number.desc())
    )
    return [cohort_row(c, today) for c in rows]


def current_cohort(
    session: Session, group_id: int, *, today: dt.date | None = None
) -> CohortRow | None:
    """The group's latest cohort (running, planned or the last one that ended)."""
    rows = list_cohorts(session, group_id, today=today)
    return rows[0] if rows else None


def get_cohort(
    session: Session, cohort_id: int, *, today: dt.date | None = None, language: str = "de"
) -> CohortDetail:
    today = today or dt.date.today()
    cohort = load_cohort(session, cohort_id)
    sessions = (
        meetings.series_meetings(session, cohort.series_id) if cohort.series_id is not None else []
    )
    first = 0 if cohort.week_zero else 1
    days = [meetings.to_local(s.start_at, s.tz) for s in sessions]
    names: dict[dt.date, str] = {}
    if days:
        states, no_state = meetings.group_states(session, cohort.group_id)
        wanted = states + (("",) if no_state else ())
        if wanted:
            for h in meetings.holidays_between(
                wanted, min(days).date(), max(days).date(), language=language
            ):
                names[h.day] = h.name
    weeks = tuple(
        CohortWeek(
            number=first + (s.series_index or 0),
            day=day.date(),
            title=s.title,
            meeting_id=s.id,
            status=s.status,
            holiday=names.get(day.date(), ""),
        )
        for s, day in zip(sessions, days, strict=True)
    )
    return CohortDetail(
        row=cohort_row(cohort, today),
        weeks=weeks,
        goals=tuple(goal_rows(session, cohort)),
        pack=pack_from_json(cohort.pack),
    )


def goal_rows(session: Session, cohort: E.Cohort) -> list[CohortGoalRow]:
    """Every member of the group who was in it during the cohort, with their goal."""
    gm, m, o = E.GroupMembership, E.Member, E.Organisation
    goals = dict(
        session.execute(
            select(E.CohortGoal.member_id, E.CohortGoal.goal).where(
                E.CohortGoal.cohort_id == cohort.id
            )
        ).all()
    )
    rows = session.execute(
        select(m.id, m.first_name, m.last_name, o.name)
        .join(gm, gm.member_id == m.id)
        .outerjoin(o, o.id == m.organisation_id)
        .where(
            gm.group_id == cohort.group_id,
            (gm.left_on.is_(None)) | (gm.left_on >= cohort.start_on),
            (gm.joined_on.is_(None)) | (gm.joined_on <= last_day(cohort)),
        )
        .order_by(m.last_name, m.first_name, m.id)
    ).all()
    seen = {r[0] for r in rows}
    out = [
        CohortGoalRow(r[0], " ".join(p for p in (r[1], r[2]) if p), r[3] or "", goals.get(r[0], ""))
        for r in rows
    ]
    for member_id, goal in goals.items():  # a goal of someone no longer in the group
        if member_id not in seen:
            member = session.get(E.Member, member_id)
            if member is not None:
                out.append(CohortGoalRow(member_id, member.display_name, "", goal))
    return out
