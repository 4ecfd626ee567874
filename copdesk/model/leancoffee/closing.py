"""Closing the board in one undoable step (see the rules in ``rules.py``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model.leancoffee.discussing import finish_entry
from copdesk.model.leancoffee.dto import CloseResult
from copdesk.model.leancoffee.reading import (
    board,
    board_entry,
    discussing_entry,
    now_or_clock,
    open_meeting,
)
from copdesk.model.leancoffee.rules import S


def close_board(
    session: Session,
    meeting_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> CloseResult:
    """Close the board in one step (see the module's rules); undo gives it back."""
    now = now_or_clock(now)
    meeting = open_meeting(session, meeting_id)
    current = discussing_entry(session, meeting_id)
    if current is not None:
        finish_entry(session, meeting_id, current, seconds_used, now)
        session.flush()
    info = board(session, meeting_id)
    discussed: list[int] = []
    deferred: list[int] = []
    for item in info.discussed:
        _entry, topic = board_entry(session, meeting_id, item.topic_id)
        if topic.status != S.DISCUSSED:
            topic.status = S.DISCUSSED
        if topic.discussed_meeting_id != meeting_id:
            topic.discussed_meeting_id = meeting_id
        discussed.append(topic.id)
    position = len(info.discussed)
    for item in info.to_discuss:  # the order they had on the board
        entry, topic = board_entry(session, meeting_id, item.topic_id)
        if topic.status in (S.PLANNED, S.PARKED):
            topic.status = S.OPEN
        if topic.status == S.OPEN:  # back in the backlog, one meeting older
            topic.times_deferred += 1
            deferred.append(topic.id)
        if entry.position != position:
            entry.position = position
        position += 1
    for n, item in enumerate(info.discussed):
        entry, _topic = board_entry(session, meeting_id, item.topic_id)
        if entry.position != n:
            entry.position = n
    meeting.board_closed_at = now
    return CloseResult(tuple(discussed), tuple(deferred))
