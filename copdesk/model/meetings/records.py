"""One stored meeting: loading it, its editable data, and writing that data back
(marking an invited meeting ``update_due`` when what the invitation says changes)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError
from copdesk.model.meetings.dto import MeetingData
from copdesk.model.meetings.times import to_local


def load_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def meeting_data(meeting: E.Meeting) -> MeetingData:
    minutes = int((meeting.end_at - meeting.start_at).total_seconds() // 60)
    return MeetingData(
        group_id=meeting.group_id,
        title=meeting.title,
        start=to_local(meeting.start_at, meeting.tz),
        minutes=minutes,
        tz=meeting.tz,
        format=meeting.format,
        host_org_id=meeting.host_org_id,
        video_tool=meeting.video_tool,
        join_url=meeting.join_url,
        meeting_code=meeting.meeting_code,
        passcode=meeting.passcode,
        dialin=meeting.dialin,
        place=meeting.place,
        whiteboard_url=meeting.whiteboard_url,
        moderator_id=meeting.moderator_id,
        co_moderator_id=meeting.co_moderator_id,
        protocol_writer_id=meeting.protocol_writer_id,
        status=meeting.status,
        notes=meeting.notes,
    )


def member_name(session: Session, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = session.get(E.Member, member_id)
    return member.display_name if member else ""


_RESEND_FIELDS = (
    "start_at",
    "end_at",
    "format",
    "join_url",
    "meeting_code",
    "passcode",
    "dialin",
    "place",
    "whiteboard_url",
    "title",
    "status",
)


def apply_data(meeting: E.Meeting, data: MeetingData, start: dt.datetime, end: dt.datetime) -> None:
    values = {
        "group_id": data.group_id,
        "title": data.title,
        "start_at": start,
        "end_at": end,
        "tz": data.tz,
        "format": data.format,
        "host_org_id": data.host_org_id,
        "video_tool": data.video_tool,
        "join_url": data.join_url,
        "meeting_code": data.meeting_code,
        "passcode": data.passcode,
        "dialin": data.dialin,
        "place": data.place,
        "whiteboard_url": data.whiteboard_url,
        "moderator_id": data.moderator_id,
        "co_moderator_id": data.co_moderator_id,
        "protocol_writer_id": data.protocol_writer_id,
        "status": data.status,
        "notes": data.notes,
    }
    changed = False
    for key, value in values.items():
        if getattr(meeting, key) != value:
            setattr(meeting, key, value)
            changed = changed or key in _RESEND_FIELDS
    if changed and meeting.ics_sequence is not None and not meeting.update_due:
        meeting.update_due = True  # the invitations area sends an update
