"""Attendance (answers and presence of members) and guests of a meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError
from copdesk.model.meetings.absences import absences_between
from copdesk.model.meetings.dto import AttendanceRow, AttendanceSheet, GuestData, GuestRow
from copdesk.model.meetings.records import load_meeting
from copdesk.model.meetings.times import to_local
from copdesk.model.meetings.validation import choice
from copdesk.model.tables import AttendanceStatus


def _sheet_members(meeting: E.Meeting, day: dt.date) -> ColumnElement[bool]:
    """Who is on a meeting's attendance sheet, as a WHERE clause on Member: everyone who
    answered (history stays as it was), and the group's people on the meeting's day."""
    a, m = E.Attendance, E.Member
    answered = select(a.member_id).where(a.meeting_id == meeting.id)
    return m.id.in_(answered) | groups.people_clause(meeting.group_id, day, m.id)


def get_attendance(session: Session, meeting_id: int) -> AttendanceSheet:
    """One row per member of the meeting's group (active, or with an answer recorded),
    plus everyone else who has an answer; sorted by name. Guests separately.

    Reads columns with subqueries, not Member objects and id lists: a group can have
    thousands of members."""
    meeting = load_meeting(session, meeting_id)
    day = to_local(meeting.start_at, meeting.tz).date()
    a, m, o = E.Attendance, E.Member, E.Organisation
    recorded = {
        member_id: (status, note)
        for member_id, status, note in session.execute(
            select(a.member_id, a.status, a.note).where(a.meeting_id == meeting_id)
        )
    }

    away = {row.member_id: row.note or "-" for row in absences_between(session, day, day)}
    rows = []
    for member_id, first, last, active, org in session.execute(
        select(m.id, m.first_name, m.last_name, m.active, func.coalesce(o.name, ""))
        .outerjoin(o, o.id == m.organisation_id)
        .where(_sheet_members(meeting, day))
        .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
    ):
        answer = recorded.get(member_id)
        rows.append(
            AttendanceRow(
                member_id,
                " ".join(p for p in (first, last) if p),
                org,
                active,
                answer[0] if answer else "",
                answer[1] if answer else "",
                away.get(member_id, ""),
            )
        )
    guests = tuple(
        GuestRow(g.id, g.name, g.organisation, g.email, g.attended)
        for g in sorted(meeting.guests, key=lambda g: (g.name.casefold(), g.id))
    )
    return AttendanceSheet(meeting_id, tuple(rows), guests)


def attendance_summary(session: Session, meeting_id: int) -> tuple[dict[str, int], tuple[str, ...]]:
    """What a meeting's overview says about attendance, without building the sheet:
    the number of answers per status, and the names on the sheet with an absence that
    day (the same as ``get_attendance(...).counts()`` and its rows with an absence)."""
    meeting = load_meeting(session, meeting_id)
    day = to_local(meeting.start_at, meeting.tz).date()
    a, m, ab = E.Attendance, E.Member, E.Absence
    counts = dict(
        session.execute(
            select(a.status, func.count()).where(a.meeting_id == meeting_id).group_by(a.status)
        ).all()
    )
    away = tuple(
        " ".join(p for p in (first, last) if p)
        for first, last in session.execute(
            select(m.first_name, m.last_name)
            .where(
                _sheet_members(meeting, day),
                m.id.in_(select(ab.member_id).where(ab.start_on <= day, ab.end_on >= day)),
            )
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )
    return counts, away


def set_attendance(
    session: Session, meeting_id: int, member_id: int, status: str, note: str | None = None
) -> None:
    """Record one member's answer or presence; status "" removes the record."""
    set_attendances(
        session, meeting_id, {member_id: status}, notes=None if note is None else {member_id: note}
    )


def set_attendances(
    session: Session,
    meeting_id: int,
    statuses: dict[int, str],
    *,
    notes: dict[int, str] | None = None,
) -> None:
    """Several answers at once (one undo step), e.g. "all selected: attended"."""
    meeting = load_meeting(session, meeting_id)
    current = {a.member_id: a for a in meeting.attendances}
    for member_id, status in statuses.items():
        if status:
            choice(status, AttendanceStatus, "status")
        if session.get(E.Member, member_id) is None:
            raise NotFoundError()
        note = None
        if notes is not None and member_id in notes:
            note = text.clean(notes[member_id], max_len=200, field="note")
        record = current.get(member_id)
        if not status:
            if record is not None:
                meeting.attendances.remove(record)
            continue
        if record is None:
            meeting.attendances.append(
                E.Attendance(member_id=member_id, status=status, note=note or "")
            )
        else:
            if record.status != status:
                record.status = status
            if note is not None and record.note != note:
                record.note = note


def invite_group(session: Session, meeting_id: int) -> int:
    """Mark every active member of the group "invited" who has no answer yet; returns how
    many were added."""
    sheet = get_attendance(session, meeting_id)
    todo = {
        r.member_id: AttendanceStatus.INVITED.value for r in sheet.rows if r.active and not r.status
    }
    if todo:
        set_attendances(session, meeting_id, todo)
    return len(todo)


def _guest(session: Session, meeting_id: int, guest_id: int) -> E.Guest:
    guest = session.get(E.Guest, guest_id)
    if guest is None or guest.meeting_id != meeting_id:
        raise NotFoundError()
    return guest


def _clean_guest(data: GuestData) -> GuestData:
    name = text.clean(data.name, max_len=200, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the guest's name.")
    )
    return replace(
        data,
        name=name,
        organisation=text.clean(data.organisation, max_len=200, field="organisation"),
        email=text.check_email(text.clean(data.email, max_len=254, field="email")),
    )


def add_guest(session: Session, meeting_id: int, data: GuestData) -> int:
    meeting = load_meeting(session, meeting_id)
    data = _clean_guest(data)
    guest = E.Guest(
        name=data.name, organisation=data.organisation, email=data.email, attended=data.attended
    )
    meeting.guests.append(guest)
    session.flush()
    return guest.id


def update_guest(session: Session, meeting_id: int, guest_id: int, data: GuestData) -> None:
    guest = _guest(session, meeting_id, guest_id)
    data = _clean_guest(data)
    for key in ("name", "organisation", "email", "attended"):
        if getattr(guest, key) != getattr(data, key):
            setattr(guest, key, getattr(data, key))


def remove_guest(session: Session, meeting_id: int, guest_id: int) -> None:
    session.delete(_guest(session, meeting_id, guest_id))
