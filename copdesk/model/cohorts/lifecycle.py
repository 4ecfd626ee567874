"""A cohort's life after planning: members' goals, the end (by plan or earlier), and the
next cohort started in one step."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import meetings
from copdesk.model.cohorts.dto import ENDED
from copdesk.model.cohorts.pack import MAX_NOTES
from copdesk.model.cohorts.planning import _check_version, cohort_plan, plan_cohort
from copdesk.model.cohorts.reading import load_cohort, state_on
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from copdesk.model.tables import MeetingStatus


class CohortStillRunning(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” is still running until {day}. End it first (“End circle”), then start "
        "the next cohort.",
    )


class NoCohortYet(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This group has no learning circle yet. Plan the first cohort instead."
    )


def set_goal(session: Session, cohort_id: int, member_id: int, goal: str) -> None:
    """A member's goal for the cohort; an empty text removes it."""
    load_cohort(session, cohort_id)
    if session.get(E.Member, member_id) is None:
        raise NotFoundError()
    goal = goal.strip()
    if len(goal) > MAX_NOTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A goal has at most {max} characters."),
            field="goal",
            max=MAX_NOTES,
        )
    row = session.get(E.CohortGoal, (cohort_id, member_id))
    if row is None and goal:
        session.add(E.CohortGoal(cohort_id=cohort_id, member_id=member_id, goal=goal))
    elif row is not None and not goal:
        session.delete(row)
    elif row is not None and row.goal != goal:
        row.goal = goal


def end_cohort(
    session: Session, cohort_id: int, version: int | None = None, *, today: dt.date | None = None
) -> None:
    """End the cohort today: the weeks after today are cancelled, ``ended_on`` is today
    (from tomorrow on date suggestions stop until a new cohort starts). Weeks already
    invited are cancelled too: the invitations area then sends the cancellation."""
    today = today or dt.date.today()
    cohort = load_cohort(session, cohort_id)
    _check_version(cohort, version)
    if cohort.ended_on is not None and cohort.ended_on < today:
        return  # over already
    cohort.ended_on = today
    if cohort.series_id is not None:
        for meeting in session.scalars(
            select(E.Meeting).where(
                E.Meeting.series_id == cohort.series_id,
                E.Meeting.status.in_((MeetingStatus.PLANNED, MeetingStatus.INVITED)),
            )
        ):
            if meetings.to_local(meeting.start_at, meeting.tz).date() > today:
                meetings.cancel_meeting(session, meeting.id)


def next_start(weekday_of: dt.date, today: dt.date) -> dt.date:
    """The first day on or after *today* on the weekday of *weekday_of*."""
    return today + dt.timedelta(days=(weekday_of.weekday() - today.weekday()) % 7)


def start_next_cohort(
    session: Session,
    group_id: int,
    title: str,
    *,
    today: dt.date | None = None,
    language: str = "de",
) -> int:
    """The next cohort: number + 1, the same length, pack and weekday, from the first such
    weekday on or after today. Refused while the latest one is still running."""
    today = today or dt.date.today()
    latest = session.scalars(
        select(E.Cohort).where(E.Cohort.group_id == group_id).order_by(E.Cohort.number.desc())
    ).first()
    if latest is None:
        raise NoCohortYet()
    state, _week = state_on(latest, today)
    if state != ENDED:
        end = latest.ended_on or latest.start_on
        raise CohortStillRunning(title=latest.title, day=f"{end:%d.%m.%Y}")
    start = next_start(latest.start_on, today)
    if latest.ended_on is not None and start <= latest.ended_on:
        start += dt.timedelta(weeks=1)
    return plan_cohort(
        session,
        group_id,
        cohort_plan(latest, title=title, start_on=start),
        today=today,
        language=language,
    )
