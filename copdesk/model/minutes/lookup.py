"""What every minutes use case starts from: the meeting, a member's name, the local day.

A meeting's instants are stored in UTC with the zone name; the minutes show them (and
compare due dates with them) in the meeting's own zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.errors import NotFoundError
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.tables import MeetingStatus

Translate = Callable[[str, str], str]
"""``QCoreApplication.translate``-shaped: (context, source text) -> text."""


def identity(_context: str, source: str) -> str:
    """The untranslated text (when no translation function is given)."""
    return source


def member_name(member: E.Member | None) -> str:
    return member.display_name if member is not None else ""


def local(instant: dt.datetime, tz: str) -> dt.datetime:
    return instant.astimezone(ZoneInfo(tz or DEFAULT_TZ))


def local_day(instant: dt.datetime, tz: str) -> dt.date:
    return local(instant, tz).date()


def get_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def community_name(session: Session) -> str:
    """The root group's name ("" in a file without one)."""
    try:
        return groups.community_name(session)
    except NotFoundError:
        return ""


def last_version(session: Session, meeting_id: int) -> E.ProtocolVersion | None:
    """The meeting's latest finalised protocol version."""
    return session.scalar(
        select(E.ProtocolVersion)
        .where(E.ProtocolVersion.meeting_id == meeting_id)
        .order_by(E.ProtocolVersion.number.desc())
        .limit(1)
    )


def following_meeting(session: Session, meeting: E.Meeting) -> E.Meeting | None:
    """The group's next meeting after *meeting* that is not cancelled."""
    mt = E.Meeting
    return session.scalar(
        select(mt)
        .where(
            mt.group_id == meeting.group_id,
            mt.start_at > meeting.start_at,
            mt.status != MeetingStatus.CANCELLED,
        )
        .order_by(mt.start_at)
        .limit(1)
    )
