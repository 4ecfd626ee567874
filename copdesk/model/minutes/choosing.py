"""Which meetings can have minutes, and which one the editor opens first."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.minutes.dto import MeetingChoice
from copdesk.model.tables import MeetingStatus


def list_meetings(
    session: Session, group_id: int, *, now: dt.datetime | None = None
) -> list[MeetingChoice]:
    """Meetings of the group that can have minutes, newest first: those held or started,
    and the next one (its check-in and Lean Coffee notes are written while it runs)."""
    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting
    next_id = session.scalar(
        select(mt.id)
        .where(mt.group_id == group_id, mt.status != MeetingStatus.CANCELLED, mt.start_at > now)
        .order_by(mt.start_at, mt.id)
        .limit(1)
    )
    last_version = (
        select(E.ProtocolVersion.meeting_id, func.max(E.ProtocolVersion.number).label("n"))
        .group_by(E.ProtocolVersion.meeting_id)
        .subquery()
    )
    rows = session.execute(
        select(mt.id, mt.title, mt.start_at, mt.end_at, mt.status, last_version.c.n)
        .outerjoin(last_version, last_version.c.meeting_id == mt.id)
        .where(
            mt.group_id == group_id,
            mt.status != MeetingStatus.CANCELLED,
            or_(mt.status == MeetingStatus.HELD, mt.start_at <= now, mt.id == next_id),
        )
        .order_by(mt.start_at.desc(), mt.id.desc())
    ).all()
    return [
        MeetingChoice(
            id=r.id,
            title=r.title,
            start_at=r.start_at,
            end_at=r.end_at,
            status=r.status,
            version=r.n,
        )
        for r in rows
    ]


def meeting_group(session: Session, meeting_id: int) -> int | None:
    """The group a meeting belongs to (None if it no longer exists)."""
    return session.scalar(select(E.Meeting.group_id).where(E.Meeting.id == meeting_id))


def default_meeting(
    session: Session, group_id: int, *, now: dt.datetime | None = None
) -> int | None:
    """The last held meeting of the group (or the last that started)."""
    now = now or dt.datetime.now(dt.UTC)
    choices = list_meetings(session, group_id, now=now)
    held = [c for c in choices if c.status == MeetingStatus.HELD]
    started = [c for c in choices if c.start_at <= now]
    pick = next(iter(held or started or choices), None)
    return pick.id if pick else None
