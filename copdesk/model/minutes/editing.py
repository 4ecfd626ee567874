"""Editing the minutes: attendance, guests, notes, decisions and action items.

Each function changes one row through an ORM object, so undo/redo records it. Texts are
cleaned and length-capped (``model/text``); references to agenda items, topics and members
must exist (and agenda items belong to the meeting).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from copdesk.model.minutes.dto import ActionData, DecisionData, GuestData, NoteData
from copdesk.model.minutes.lookup import get_meeting, local_day
from copdesk.model.tables import ActionStatus, AttendanceStatus, NoteKind

NOTE_MAX = 20_000
DECISION_MAX = 4_000
ACTION_MAX = 2_000
GUEST_MAX = 200

# --- attendance and guests ----------------------------------------------------------------


def set_attendance(
    session: Session, meeting_id: int, member_id: int, status: str, note: str | None = None
) -> None:
    """Present / excused / absent (or any attendance status) for one member."""
    if status not in {s.value for s in AttendanceStatus}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown attendance status."), field="status"
        )
    get_meeting(session, meeting_id)
    if session.get(E.Member, member_id) is None:
        raise NotFoundError()
    row = session.get(E.Attendance, (meeting_id, member_id))
    if row is None:
        row = E.Attendance(
            meeting_id=meeting_id,
            member_id=member_id,
            status=status,
            note=text.clean(note or "", max_len=200, field="note"),
        )
        session.add(row)
        return
    if row.status != status:
        row.status = status
    if note is not None:
        cleaned = text.clean(note, max_len=200, field="note")
        if row.note != cleaned:
            row.note = cleaned


def _guest_data(data: GuestData) -> GuestData:
    name = text.clean(data.name, max_len=GUEST_MAX, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the guest's name.")
    )
    return GuestData(
        name=name,
        organisation=text.clean(data.organisation, max_len=GUEST_MAX, field="organisation"),
        email=text.check_email(text.clean(data.email, max_len=254, field="email")),
    )


def add_guest(session: Session, meeting_id: int, data: GuestData) -> int:
    get_meeting(session, meeting_id)
    data = _guest_data(data)
    guest = E.Guest(
        meeting_id=meeting_id,
        name=data.name,
        organisation=data.organisation,
        email=data.email,
        attended=True,
    )
    session.add(guest)
    session.flush()
    return guest.id


def update_guest(session: Session, guest_id: int, data: GuestData) -> None:
    guest = session.get(E.Guest, guest_id)
    if guest is None:
        raise NotFoundError()
    data = _guest_data(data)
    for key in ("name", "organisation", "email"):
        if getattr(guest, key) != getattr(data, key):
            setattr(guest, key, getattr(data, key))


def remove_guest(session: Session, guest_id: int) -> None:
    guest = session.get(E.Guest, guest_id)
    if guest is None:
        raise NotFoundError()
    session.delete(guest)


# --- notes --------------------------------------------------------------------------------


def _check_refs(
    session: Session,
    meeting_id: int,
    agenda_item_id: int | None,
    topic_id: int | None,
    member_id: int | None = None,
) -> None:
    if agenda_item_id is not None:
        item = session.get(E.AgendaItem, agenda_item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NotFoundError()
    if topic_id is not None and session.get(E.Topic, topic_id) is None:
        raise NotFoundError()
    if member_id is not None and session.get(E.Member, member_id) is None:
        raise NotFoundError()


def _note_data(data: NoteData) -> NoteData:
    if data.kind not in {k.value for k in NoteKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of note."), field="kind")
    body = text.clean(data.text, max_len=NOTE_MAX, field="text", multiline=True)
    text.required(
        body, field="text", template=QT_TRANSLATE_NOOP("errors", "Write the note's text.")
    )
    return replace(data, text=body)


def _next_position(session: Session, cls: type[E.MinutesNote | E.Decision], meeting_id: int) -> int:
    return (
        session.scalar(select(func.max(cls.position)).where(cls.meeting_id == meeting_id)) or 0
    ) + 1


def add_note(session: Session, meeting_id: int, data: NoteData) -> int:
    get_meeting(session, meeting_id)
    data = _note_data(data)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id, data.member_id)
    note = E.MinutesNote(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        member_id=data.member_id,
        kind=data.kind,
        text=data.text,
        private=data.private,
        position=_next_position(session, E.MinutesNote, meeting_id),
    )
    session.add(note)
    session.flush()
    return note.id


def update_note(session: Session, note_id: int, data: NoteData) -> None:
    note = session.get(E.MinutesNote, note_id)
    if note is None:
        raise NotFoundError()
    data = _note_data(data)
    _check_refs(session, note.meeting_id, data.agenda_item_id, data.topic_id, data.member_id)
    for key in ("agenda_item_id", "topic_id", "member_id", "kind", "text", "private"):
        if getattr(note, key) != getattr(data, key):
            setattr(note, key, getattr(data, key))


def delete_note(session: Session, note_id: int) -> None:
    note = session.get(E.MinutesNote, note_id)
    if note is None:
        raise NotFoundError()
    session.delete(note)


# --- decisions ----------------------------------------------------------------------------


def _decision_text(value: str) -> str:
    body = text.clean(value, max_len=DECISION_MAX, field="text", multiline=True)
    return text.required(
        body, field="text", template=QT_TRANSLATE_NOOP("errors", "Write the decision.")
    )


def add_decision(session: Session, meeting_id: int, data: DecisionData) -> int:
    get_meeting(session, meeting_id)
    body = _decision_text(data.text)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id)
    decision = E.Decision(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        text=body,
        position=_next_position(session, E.Decision, meeting_id),
    )
    session.add(decision)
    session.flush()
    return decision.id


def update_decision(session: Session, decision_id: int, data: DecisionData) -> None:
    decision = session.get(E.Decision, decision_id)
    if decision is None:
        raise NotFoundError()
    body = _decision_text(data.text)
    _check_refs(session, decision.meeting_id, data.agenda_item_id, data.topic_id)
    for key, value in (
        ("text", body),
        ("agenda_item_id", data.agenda_item_id),
        ("topic_id", data.topic_id),
    ):
        if getattr(decision, key) != value:
            setattr(decision, key, value)


def delete_decision(session: Session, decision_id: int) -> None:
    decision = session.get(E.Decision, decision_id)
    if decision is None:
        raise NotFoundError()
    session.delete(decision)


# --- action items -------------------------------------------------------------------------


def _action_data(data: ActionData) -> ActionData:
    body = text.clean(data.description, max_len=ACTION_MAX, field="description", multiline=True)
    text.required(
        body,
        field="description",
        template=QT_TRANSLATE_NOOP("errors", "Describe what is to be done."),
    )
    if data.status not in {s.value for s in ActionStatus}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown status."), field="status")
    done_on = data.done_on if data.status == ActionStatus.DONE else None
    return replace(data, description=body, done_on=done_on)


def action_warnings(session: Session, meeting_id: int, data: ActionData) -> list[ValidationError]:
    """Problems that do not block saving: no owner, a due date before the meeting."""
    meeting = get_meeting(session, meeting_id)
    return action_warnings_for(local_day(meeting.start_at, meeting.tz), data)


def action_warnings_for(meeting_day: dt.date, data: ActionData) -> list[ValidationError]:
    """The warnings (not raised) with the field they concern: ``owner_id`` / ``due_on``."""
    found: list[ValidationError] = []
    if data.owner_id is None:
        found.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Nobody is responsible for this action item yet."),
                field="owner_id",
            )
        )
    if data.due_on is not None and data.due_on < meeting_day:
        found.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The due date is before the meeting ({day})."),
                field="due_on",
                day=meeting_day.strftime("%d.%m.%Y"),
            )
        )
    return found


def add_action(session: Session, meeting_id: int, data: ActionData) -> int:
    get_meeting(session, meeting_id)
    data = _action_data(data)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id, data.owner_id)
    item = E.ActionItem(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        owner_id=data.owner_id,
        description=data.description,
        due_on=data.due_on,
        status=data.status,
        done_on=data.done_on,
    )
    session.add(item)
    session.flush()
    return item.id


def update_action(
    session: Session, action_id: int, data: ActionData, version: int | None = None
) -> None:
    item = session.get(E.ActionItem, action_id)
    if item is None:
        raise NotFoundError()
    if version is not None and item.version != version:
        raise ConflictError()
    data = _action_data(data)
    if data.status == ActionStatus.DONE and data.done_on is None:
        data = replace(data, done_on=item.done_on or dt.date.today())
    _check_refs(session, item.meeting_id, data.agenda_item_id, data.topic_id, data.owner_id)
    for key in (
        "agenda_item_id",
        "topic_id",
        "owner_id",
        "description",
        "due_on",
        "status",
        "done_on",
    ):
        if getattr(item, key) != getattr(data, key):
            setattr(item, key, getattr(data, key))


def delete_action(session: Session, action_id: int) -> None:
    item = session.get(E.ActionItem, action_id)
    if item is None:
        raise NotFoundError()
    for successor in session.scalars(
        select(E.ActionItem).where(E.ActionItem.carried_from_id == action_id)
    ):
        successor.carried_from_id = None
    session.delete(item)
