"""What every part of the invitations feature shares: instants as aware UTC and as the ISO
text the send log keeps, the time zone a meeting is shown in, one-line names, and the
meeting (with its series) that every use case starts from."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError
from copdesk.model.localtime import DEFAULT_TZ

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:  # defensive: instants are stored as UTC
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def iso(value: dt.datetime) -> str:
    return utc(value).strftime(ISO_FORMAT)


def parse_iso(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, ISO_FORMAT).replace(tzinfo=dt.UTC)


def now_utc(now: dt.datetime | None) -> dt.datetime:
    """*now* as UTC; the current second when None."""
    return utc(now) if now is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def has_time(meeting: E.Meeting) -> bool:
    return (
        meeting.start_at is not None
        and meeting.end_at is not None
        and utc(meeting.end_at) > utc(meeting.start_at)
    )


def one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def name_of(member: E.Member | None) -> str:
    return one_line(member.display_name) if member is not None else ""


def get_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def series_of(session: Session, meeting: E.Meeting) -> E.MeetingSeries | None:
    """The series *meeting* is a session of (None for a meeting on its own)."""
    if meeting.series_id is None or meeting.series_index is None:
        return None
    return session.get(E.MeetingSeries, meeting.series_id)
