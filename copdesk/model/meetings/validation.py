"""Checking what the meeting editor sends: links, choices from a list, the whole
``MeetingData`` cleaned and turned into start and end instants (:func:`normalise`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import StrEnum

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError
from copdesk.model.links import check_url, check_whiteboard
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.meetings.dto import MeetingData
from copdesk.model.meetings.times import to_instant
from copdesk.model.tables import MeetingFormat, MeetingStatus, VideoTool

MAX_MINUTES = 24 * 60
TITLE_MAX = 200
ROLES = ("moderator", "co_moderator", "protocol_writer")


def choice(value: str, enum_type: type[StrEnum], field: str) -> str:
    if value not in {e.value for e in enum_type}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a value from the list."), field=field
        )
    return value


def normalise(session: Session, data: MeetingData) -> tuple[MeetingData, dt.datetime, dt.datetime]:
    """Cleaned data and the start and end instants, or a ``ValidationError`` for a field."""
    if session.get(E.Group, data.group_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a group."), field="group_id")
    title = text.clean(data.title, max_len=TITLE_MAX, field="title")
    text.required(
        title, field="title", template=QT_TRANSLATE_NOOP("errors", "Enter a title for the meeting.")
    )
    if data.start is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date and time."), field="start"
        )
    if data.minutes <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The meeting must end after it starts: give it a length of at least one minute.",
            ),
            field="minutes",
        )
    if data.minutes > MAX_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A meeting can last at most 24 hours."), field="minutes"
        )
    start = to_instant(data.start, data.tz)
    end = start + dt.timedelta(minutes=data.minutes)
    choice(data.format, MeetingFormat, "format")
    choice(data.status, MeetingStatus, "status")
    choice(data.video_tool, VideoTool, "video_tool")
    if data.host_org_id is not None and session.get(E.Organisation, data.host_org_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a host organisation."), field="host_org_id"
        )
    for role in ROLES:
        member_id = getattr(data, f"{role}_id")
        if member_id is not None and session.get(E.Member, member_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a member from the list."), field=f"{role}_id"
            )
    if data.moderator_id is not None and data.co_moderator_id == data.moderator_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Co-moderation needs someone other than the moderator."),
            field="co_moderator_id",
        )
    url = check_url(text.clean(data.join_url, max_len=500, field="join_url"))
    cleaned = replace(
        data,
        title=title,
        start=data.start.replace(tzinfo=None, second=0, microsecond=0),
        tz=data.tz or DEFAULT_TZ,
        join_url=url,
        whiteboard_url=check_whiteboard(data.whiteboard_url),
        meeting_code=text.clean(data.meeting_code, max_len=100, field="meeting_code"),
        passcode=text.clean(data.passcode, max_len=100, field="passcode"),
        dialin=text.clean(data.dialin, max_len=2000, field="dialin", multiline=True),
        place=text.clean(data.place, max_len=2000, field="place", multiline=True),
        notes=text.clean(data.notes, max_len=20000, field="notes", multiline=True),
    )
    return cleaned, start, end
