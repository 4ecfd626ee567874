"""Putting topics on the board, taking them off, who is here, the board's settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.backlog import TopicData, add_topic, local_date
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from copdesk.model.leancoffee.reading import board_entries, board_entry, now_or_clock, open_meeting
from copdesk.model.leancoffee.rules import (
    BOARDABLE,
    MAX_BUDGET,
    MAX_EXTENSION,
    MAX_TIMEBOX,
    MIN_BUDGET,
    C,
    S,
)
from copdesk.model.tables import AttendanceStatus


def add_topics(session: Session, meeting_id: int, topic_ids: Iterable[int]) -> int:
    """Put backlog topics on the board (To discuss); returns how many were added."""
    meeting = open_meeting(session, meeting_id)
    entries = board_entries(session, meeting_id)
    on_board = {e.topic_id for e in entries}
    position = max((e.position for e in entries), default=-1) + 1
    added = 0
    for topic_id in topic_ids:
        if topic_id in on_board:
            continue
        topic = session.get(E.Topic, topic_id)
        if topic is None:
            raise NotFoundError()
        if topic.group_id != meeting.group_id:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "“{title}” belongs to another group's backlog."),
                title=topic.title,
            )
        if topic.status == S.MERGED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{title}” was merged into another topic; put that one on the board."
                ),
                title=topic.title,
            )
        if topic.status not in BOARDABLE:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” has been discussed already. To discuss it again, set "
                    "it back to open in the backlog first.",
                ),
                title=topic.title,
            )
        session.add(
            E.BoardEntry(
                meeting_id=meeting_id, topic_id=topic_id, column=C.TO_DISCUSS, position=position
            )
        )
        on_board.add(topic_id)
        position += 1
        added += 1
    return added


def new_topic(
    session: Session,
    meeting_id: int,
    title: str,
    proposer_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """A topic typed in during the meeting: into the backlog and onto the board."""
    meeting = open_meeting(session, meeting_id)
    topic_id = add_topic(
        session,
        meeting.group_id,
        TopicData(
            title=title,
            proposed_by_id=proposer_id,
            proposed_on=today or local_date(now_or_clock(None), meeting.tz),
        ),
    )
    add_topics(session, meeting_id, [topic_id])
    return topic_id


def remove_from_board(session: Session, meeting_id: int, topic_id: int) -> None:
    """Take a topic off the board again (with its votes of this meeting); not once discussed."""
    open_meeting(session, meeting_id)
    entry, topic = board_entry(session, meeting_id, topic_id)
    if entry.column != C.TO_DISCUSS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” has been discussed already and stays on the board."
            ),
            title=topic.title,
        )
    for vote in session.scalars(
        select(E.TopicVote).where(
            E.TopicVote.meeting_id == meeting_id, E.TopicVote.topic_id == topic_id
        )
    ):
        session.delete(vote)
    session.delete(entry)


def set_board_settings(
    session: Session,
    meeting_id: int,
    budget: int | None,
    timebox_minutes: int,
    extension_minutes: int,
) -> None:
    meeting = open_meeting(session, meeting_id)
    if budget is not None and not MIN_BUDGET <= budget <= MAX_BUDGET:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vote budget must be between 1 and 12 votes per person (or “a "
                "third of the topics”).",
            ),
            field="budget",
        )
    if not 1 <= timebox_minutes <= MAX_TIMEBOX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The timebox must be between 1 and 60 minutes."),
            field="timebox",
        )
    if not 1 <= extension_minutes <= MAX_EXTENSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An extension must be between 1 and 30 minutes."),
            field="extension",
        )
    for key, value in (
        ("vote_budget", budget),
        ("timebox_minutes", timebox_minutes),
        ("extension_minutes", extension_minutes),
    ):
        if getattr(meeting, key) != value:
            setattr(meeting, key, value)


def set_presence(session: Session, meeting_id: int, present: Iterable[int]) -> None:
    """Record who is here: ``attended`` for *present*, ``absent`` for who was marked before."""
    open_meeting(session, meeting_id)
    wanted = set(present)
    rows = {
        a.member_id: a
        for a in session.scalars(select(E.Attendance).where(E.Attendance.meeting_id == meeting_id))
    }
    for member_id in sorted(wanted):
        row = rows.get(member_id)
        if row is None:
            if session.get(E.Member, member_id) is None:
                raise NotFoundError()
            session.add(
                E.Attendance(
                    meeting_id=meeting_id, member_id=member_id, status=AttendanceStatus.ATTENDED
                )
            )
        elif row.status != AttendanceStatus.ATTENDED:
            row.status = AttendanceStatus.ATTENDED
    for member_id, row in rows.items():
        if member_id not in wanted and row.status == AttendanceStatus.ATTENDED:
            row.status = AttendanceStatus.ABSENT
