"""Writing meetings: plan, edit, move, set status or roles, cancel, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from enum import Enum
from typing import Final, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from copdesk.model.meetings.dto import MeetingData
from copdesk.model.meetings.records import apply_data, load_meeting, meeting_data
from copdesk.model.meetings.validation import choice, normalise
from copdesk.model.tables import MeetingFormat, MeetingStatus


def with_group_defaults(session: Session, data: MeetingData) -> MeetingData:
    """A new meeting of a group starts with the group's video tool, join link and
    whiteboard where the group sets them (they win over the host organisation's video
    defaults; a meeting in person takes no video link)."""
    group = session.get(E.Group, data.group_id)
    if group is None:
        return data
    whiteboard, link, tool = data.whiteboard_url, data.join_url, data.video_tool
    code, passcode, dialin = data.meeting_code, data.passcode, data.dialin
    if group.whiteboard_url and not whiteboard:
        whiteboard = group.whiteboard_url
    if data.format != MeetingFormat.IN_PERSON:
        if group.join_url and link != group.join_url:
            if link:  # the host's room, not the group's: its details go with it
                code = passcode = dialin = ""
            link = group.join_url
        tool = group.video_tool or tool
    return replace(
        data,
        whiteboard_url=whiteboard,
        join_url=link,
        video_tool=tool,
        meeting_code=code,
        passcode=passcode,
        dialin=dialin,
    )


def add_meeting(session: Session, data: MeetingData) -> int:
    """Plan a meeting; returns its id. (A date in the past is allowed: the UI warns.)"""
    data, start, end = normalise(session, data)
    meeting = E.Meeting()
    apply_data(meeting, data, start, end)
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(session: Session, meeting_id: int, data: MeetingData, version: int) -> None:
    meeting = load_meeting(session, meeting_id)
    if meeting.version != version:
        raise ConflictError()
    data, start, end = normalise(session, data)
    apply_data(meeting, data, start, end)


def set_status(session: Session, meeting_id: int, status: str) -> None:
    meeting = load_meeting(session, meeting_id)
    choice(status, MeetingStatus, "status")
    if meeting.status != status:
        meeting.status = status
        if meeting.ics_sequence is not None and status == MeetingStatus.CANCELLED:
            meeting.update_due = True


def cancel_meeting(session: Session, meeting_id: int) -> None:
    """Cancel one meeting (also one session of a series; the others stay as they are)."""
    set_status(session, meeting_id, MeetingStatus.CANCELLED)


def move_meeting(
    session: Session, meeting_id: int, start: dt.datetime, minutes: int | None = None
) -> None:
    """Move one meeting (or one session of a series) to a new local start; the length
    stays unless *minutes* is given. The series' other sessions are not touched."""
    meeting = load_meeting(session, meeting_id)
    data = meeting_data(meeting)
    data = replace(data, start=start, minutes=minutes if minutes is not None else data.minutes)
    data, new_start, new_end = normalise(session, data)
    apply_data(meeting, data, new_start, new_end)


class Unset(Enum):
    """The default of :func:`set_roles`' arguments: "leave this role as it is"."""

    UNSET = "unset"


UNSET: Final = Unset.UNSET
RoleArg = int | None | Literal[Unset.UNSET]


def set_roles(
    session: Session,
    meeting_id: int,
    *,
    host_org_id: RoleArg = UNSET,
    moderator_id: RoleArg = UNSET,
    co_moderator_id: RoleArg = UNSET,
    protocol_writer_id: RoleArg = UNSET,
) -> None:
    """Set some of the roles of a meeting (for the rotation); arguments left out stay."""
    meeting = load_meeting(session, meeting_id)
    data = meeting_data(meeting)
    if not isinstance(host_org_id, Unset):
        data = replace(data, host_org_id=host_org_id)
    if not isinstance(moderator_id, Unset):
        data = replace(data, moderator_id=moderator_id)
    if not isinstance(co_moderator_id, Unset):
        data = replace(data, co_moderator_id=co_moderator_id)
    if not isinstance(protocol_writer_id, Unset):
        data = replace(data, protocol_writer_id=protocol_writer_id)
    data, start, end = normalise(session, data)
    apply_data(meeting, data, start, end)


class MeetingHasRecords(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” cannot be deleted: minutes, votes, rotation turns or sent invitations "
        "refer to it. Cancel the meeting instead; it then stays in the history.",
    )


_RECORD_TABLES = (
    E.MinutesNote,
    E.Decision,
    E.ActionItem,
    E.ProtocolVersion,
    E.TopicVote,
    E.BoardEntry,
    E.TimeboxEvent,
    E.InvitationSend,
)


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a meeting with its agenda, attendance and guests — only while nothing else
    (minutes, votes, rotation, invitations) refers to it; otherwise ``MeetingHasRecords``."""
    meeting = load_meeting(session, meeting_id)
    for table in _RECORD_TABLES:
        if session.scalar(
            select(func.count()).select_from(table).where(table.meeting_id == meeting_id)
        ):
            raise MeetingHasRecords(title=meeting.title)
    if session.scalar(
        select(func.count())
        .select_from(E.RotationRecord)
        .where(E.RotationRecord.meeting_id == meeting_id)
    ):
        raise MeetingHasRecords(title=meeting.title)
    if meeting.ics_sequence is not None:
        raise MeetingHasRecords(title=meeting.title)
    for topic in session.scalars(select(E.Topic).where(E.Topic.discussed_meeting_id == meeting_id)):
        topic.discussed_meeting_id = None
    session.delete(meeting)
