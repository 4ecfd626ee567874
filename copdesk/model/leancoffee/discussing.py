"""Discussing a topic in timeboxes: start, extend, thumbs vote, finish (recorded events)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from copdesk.model.leancoffee.reading import (
    board_entry,
    discussing_entry,
    now_or_clock,
    open_meeting,
    timebox_events,
)
from copdesk.model.leancoffee.rules import C, NothingDiscussing, thumbs_say_extend


def _seconds_since_start(session: Session, meeting_id: int, topic_id: int, now: dt.datetime) -> int:
    starts = [ev for ev in timebox_events(session, meeting_id, topic_id) if ev.kind == "start"]
    if not starts:
        return 0
    return max(0, int((now - starts[-1].at).total_seconds()))


def finish_entry(
    session: Session,
    meeting_id: int,
    entry: E.BoardEntry,
    seconds_used: int | None,
    now: dt.datetime,
) -> None:
    used = (
        seconds_used
        if seconds_used is not None
        else _seconds_since_start(session, meeting_id, entry.topic_id, now)
    )
    done = session.scalar(
        select(func.max(E.BoardEntry.position)).where(
            E.BoardEntry.meeting_id == meeting_id, E.BoardEntry.column == C.DISCUSSED
        )
    )
    entry.column = C.DISCUSSED
    entry.position = done + 1 if done is not None else 0  # the order of discussion
    entry.seconds_used = entry.seconds_used + max(0, int(used))
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id, topic_id=entry.topic_id, at=now, kind="end", minutes=0
        )
    )


def discuss(
    session: Session,
    meeting_id: int,
    topic_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Move a topic to Discussing and start its timebox.

    A topic still in Discussing moves to Discussed first (with *seconds_used*, or the
    time since its timer started)."""
    now = now_or_clock(now)
    meeting = open_meeting(session, meeting_id)
    entry, topic = board_entry(session, meeting_id, topic_id)
    if entry.column == C.DISCUSSING:
        return
    if entry.column == C.DISCUSSED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{title}” has already been discussed."), title=topic.title
        )
    current = discussing_entry(session, meeting_id)
    if current is not None:
        finish_entry(session, meeting_id, current, seconds_used, now)
        session.flush()
    entry.column = C.DISCUSSING
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=topic_id,
            at=now,
            kind="start",
            minutes=meeting.timebox_minutes,
        )
    )


def start_timebox(session: Session, meeting_id: int, *, now: dt.datetime | None = None) -> int:
    """(Re)start the timer of the topic in Discussing; returns the topic."""
    meeting = open_meeting(session, meeting_id)
    entry = discussing_entry(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=now_or_clock(now),
            kind="start",
            minutes=meeting.timebox_minutes,
        )
    )
    return entry.topic_id


def extend(session: Session, meeting_id: int, *, now: dt.datetime | None = None) -> int:
    """Give the topic in Discussing one more extension; returns its minutes."""
    meeting = open_meeting(session, meeting_id)
    entry = discussing_entry(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    entry.extensions += 1
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=now_or_clock(now),
            kind="extend",
            minutes=meeting.extension_minutes,
        )
    )
    return meeting.extension_minutes


def record_thumbs(
    session: Session,
    meeting_id: int,
    up: int,
    side: int,
    down: int,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Record a thumbs vote on the topic in Discussing; True if it says "extend"."""
    open_meeting(session, meeting_id)
    entry = discussing_entry(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    for value in (up, side, down):
        if not 0 <= value <= 999:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Counts must be between 0 and 999."), field="thumbs"
            )
    if up + side + down == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Count at least one thumb."), field="thumbs"
        )
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=now_or_clock(now),
            kind="thumbs",
            minutes=0,
            thumbs_up=up,
            thumbs_side=side,
            thumbs_down=down,
        )
    )
    return thumbs_say_extend(up, side, down)


def finish(
    session: Session,
    meeting_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Move the topic in Discussing to Discussed; returns it."""
    open_meeting(session, meeting_id)
    entry = discussing_entry(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    finish_entry(session, meeting_id, entry, seconds_used, now_or_clock(now))
    return entry.topic_id


def thumbs_vote(
    session: Session,
    meeting_id: int,
    up: int,
    side: int,
    down: int,
    *,
    go_on: bool,
    seconds_used: int | None,
    now: dt.datetime,
) -> bool:
    """One step for the moderator: record the thumbs, then extend or finish the topic."""
    record_thumbs(session, meeting_id, up, side, down, now=now)
    if go_on:
        extend(session, meeting_id, now=now)
    else:
        finish(session, meeting_id, seconds_used=seconds_used, now=now)
    return go_on
