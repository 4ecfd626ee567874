"""Notes, takeaways, decisions and action items typed on the board: part of the minutes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.backlog import local_date
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from copdesk.model.leancoffee.reading import board_entry, open_meeting
from copdesk.model.leancoffee.rules import NOTE_KINDS, NOTE_MAX
from copdesk.model.tables import ActionStatus, AgendaKind, NoteKind


def _agenda_item_for(session: Session, meeting_id: int, topic_id: int) -> int | None:
    """The topic's own agenda item in this meeting, else the meeting's Lean Coffee item."""
    items = list(
        session.scalars(
            select(E.AgendaItem)
            .where(E.AgendaItem.meeting_id == meeting_id)
            .order_by(E.AgendaItem.position)
        )
    )
    for item in items:
        if item.topic_id == topic_id:
            return item.id
    for item in items:
        if item.kind == AgendaKind.LEAN_COFFEE:
            return item.id
    return None


def add_note(
    session: Session,
    meeting_id: int,
    topic_id: int,
    kind: str,
    body: str,
    *,
    owner_id: int | None = None,
    due_on: dt.date | None = None,
) -> int:
    """A note, takeaway, decision or action item on a board topic (part of the minutes)."""
    meeting = open_meeting(session, meeting_id)
    board_entry(session, meeting_id, topic_id)
    if kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    body = text.clean(body, max_len=NOTE_MAX, field="text", multiline=True)
    text.required(
        body,
        field="text",
        template=QT_TRANSLATE_NOOP("errors", "Type the text first, then add it."),
    )
    if owner_id is not None and session.get(E.Member, owner_id) is None:
        raise NotFoundError()
    if due_on is not None and due_on < local_date(meeting.start_at, meeting.tz):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date lies before the meeting."), field="due_on"
        )
    item = _agenda_item_for(session, meeting_id, topic_id)
    row: E.MinutesNote | E.Decision | E.ActionItem
    if kind in ("note", "takeaway"):
        pos = session.scalar(
            select(func.max(E.MinutesNote.position)).where(E.MinutesNote.meeting_id == meeting_id)
        )
        row = E.MinutesNote(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            kind=NoteKind.NOTE if kind == "note" else NoteKind.TAKEAWAY,
            text=body,
            position=(pos or 0) + 1,
        )
    elif kind == "decision":
        pos = session.scalar(
            select(func.max(E.Decision.position)).where(E.Decision.meeting_id == meeting_id)
        )
        row = E.Decision(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            text=body,
            position=(pos or 0) + 1,
        )
    else:
        row = E.ActionItem(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            owner_id=owner_id,
            description=body,
            due_on=due_on,
            status=ActionStatus.OPEN,
        )
    session.add(row)
    session.flush()
    return row.id


def _note_row(
    session: Session, kind: str, note_id: int
) -> E.MinutesNote | E.Decision | E.ActionItem | None:
    if kind in ("note", "takeaway"):
        return session.get(E.MinutesNote, note_id)
    if kind == "decision":
        return session.get(E.Decision, note_id)
    if kind == "action":
        return session.get(E.ActionItem, note_id)
    raise KeyError(kind)


def delete_note(session: Session, meeting_id: int, kind: str, note_id: int) -> None:
    open_meeting(session, meeting_id)
    row = _note_row(session, kind, note_id)
    if row is None or row.meeting_id != meeting_id:
        raise NotFoundError()
    session.delete(row)
