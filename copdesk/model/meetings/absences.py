"""Members' absences: date ranges with a note ("Urlaub", "Elternzeit", "Fortbildung").

Date suggestions avoid them, the calendar shows them, the attendance sheet mentions them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from copdesk.model.meetings.dto import AbsenceData, AbsenceRow

NOTE_MAX = 200
MAX_DAYS = 3 * 366  # parental leave can be long; anything longer is a typing error


def _row(a: E.Absence, name: str) -> AbsenceRow:
    return AbsenceRow(a.id, a.member_id, name, a.start_on, a.end_on, a.note)


def list_absences(session: Session, member_id: int) -> list[AbsenceRow]:
    """One member's absences, earliest first."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    stmt = (
        select(E.Absence)
        .where(E.Absence.member_id == member_id)
        .order_by(E.Absence.start_on, E.Absence.id)
    )
    return [_row(a, member.display_name) for a in session.scalars(stmt)]


def absences_between(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    group_id: int | None = None,
    day: dt.date | None = None,
    member_ids: Iterable[int] | None = None,
) -> list[AbsenceRow]:
    """Absences overlapping [start, end] (inclusive), of a group's people on *day*
    (default: *start*) or of the given members, sorted by start and name."""
    a, m = E.Absence, E.Member
    stmt = (
        select(a, m.first_name, m.last_name)
        .join(m, m.id == a.member_id)
        .where(a.start_on <= end, a.end_on >= start)
        .order_by(a.start_on, func.lower(m.last_name), func.lower(m.first_name), a.id)
    )
    if group_id is not None:
        stmt = stmt.where(groups.people_clause(group_id, day or start, m.id))
    if member_ids is not None:
        ids = list(member_ids)
        if not ids:
            return []
        stmt = stmt.where(a.member_id.in_(ids))
    return [
        _row(row[0], " ".join(p for p in (row[1], row[2]) if p)) for row in session.execute(stmt)
    ]


def normalise(data: AbsenceData) -> AbsenceData:
    if data.start_on is None or data.end_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the first and the last day."), field="start_on"
        )
    if data.end_on < data.start_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The absence ends before it starts: the last day must "
                "be on or after the first day.",
            ),
            field="end_on",
        )
    if (data.end_on - data.start_on).days > MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An absence can last at most three years."), field="end_on"
        )
    return replace(data, note=text.clean(data.note, max_len=NOTE_MAX, field="note"))


def add_absence(session: Session, member_id: int, data: AbsenceData) -> int:
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    data = normalise(data)
    absence = E.Absence(start_on=data.start_on, end_on=data.end_on, note=data.note)
    member.absences.append(absence)
    session.flush()
    return absence.id


def update_absence(session: Session, absence_id: int, data: AbsenceData) -> None:
    absence = session.get(E.Absence, absence_id)
    if absence is None:
        raise NotFoundError()
    data = normalise(data)
    for key in ("start_on", "end_on", "note"):
        if getattr(absence, key) != getattr(data, key):
            setattr(absence, key, getattr(data, key))


def delete_absence(session: Session, absence_id: int) -> None:
    absence = session.get(E.Absence, absence_id)
    if absence is None:
        raise NotFoundError()
    session.delete(absence)


def replace_absences(session: Session, member_id: int, items: Sequence[AbsenceData]) -> None:
    """Make a member's absences exactly *items* (as the absence dialog sends them): rows
    with an id are updated, new ones added, missing ones deleted — one undo step."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    cleaned = [normalise(item) for item in items]
    current = {a.id: a for a in member.absences}
    keep = {item.id for item in cleaned if item.id is not None}
    if keep - current.keys():
        raise NotFoundError()
    for absence_id, absence in current.items():
        if absence_id not in keep:
            member.absences.remove(absence)
    for item in cleaned:
        if item.id is None:
            member.absences.append(
                E.Absence(start_on=item.start_on, end_on=item.end_on, note=item.note)
            )
        else:
            absence = current[item.id]
            for key in ("start_on", "end_on", "note"):
                if getattr(absence, key) != getattr(item, key):
                    setattr(absence, key, getattr(item, key))
