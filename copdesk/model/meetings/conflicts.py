"""Conflicts between meetings (same group, or a moderator in two places at once) and the
editor's warnings (:func:`check_meeting`: conflicts, public holidays, absent role holders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.meetings.absences import absences_between
from copdesk.model.meetings.dto import Absent, Conflict, MeetingChecks, MeetingData
from copdesk.model.meetings.holidays import group_states, holidays_between
from copdesk.model.meetings.records import load_meeting, member_name
from copdesk.model.meetings.times import local_time_problem, to_instant
from copdesk.model.meetings.validation import ROLES
from copdesk.model.tables import MeetingStatus


def _overlapping(
    session: Session, start: dt.datetime, end: dt.datetime, exclude_id: int | None = None
) -> list[E.Meeting]:
    mt = E.Meeting
    stmt = select(mt).where(
        mt.start_at < end, mt.end_at > start, mt.status != MeetingStatus.CANCELLED
    )
    if exclude_id is not None:
        stmt = stmt.where(mt.id != exclude_id)
    return list(session.scalars(stmt.order_by(mt.start_at)))


def find_conflicts(
    session: Session,
    *,
    group_id: int,
    start: dt.datetime,
    end: dt.datetime,
    moderators: Iterable[int | None] = (),
    exclude_id: int | None = None,
) -> list[Conflict]:
    """Meetings overlapping [start, end): of the same group, or where one of *moderators*
    (moderator or co-moderator) also moderates."""
    wanted = {m for m in moderators if m is not None}
    groups = {g.id: g.name for g in session.scalars(select(E.Group))}
    out: list[Conflict] = []
    for other in _overlapping(session, start, end, exclude_id):
        base = Conflict(
            "group",
            other_id=other.id,
            other_title=other.title,
            other_group=groups.get(other.group_id, ""),
            other_start=other.start_at,
            other_end=other.end_at,
        )
        if other.group_id == group_id:
            out.append(base)
        for member_id in sorted(wanted & {other.moderator_id, other.co_moderator_id}):
            out.append(replace(base, kind="moderator", member=member_name(session, member_id)))
    return out


def conflicts_of(session: Session, meeting_id: int) -> list[Conflict]:
    """The conflicts of a stored meeting (none for a cancelled one)."""
    meeting = load_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        return []
    return find_conflicts(
        session,
        group_id=meeting.group_id,
        start=meeting.start_at,
        end=meeting.end_at,
        moderators=(meeting.moderator_id, meeting.co_moderator_id),
        exclude_id=meeting.id,
    )


def conflict_index(session: Session) -> dict[int, list[tuple[str, int]]]:
    """For every meeting in conflict: (kind, other id) — one sweep over all meetings."""
    mt = E.Meeting
    rows = session.execute(
        select(mt.id, mt.group_id, mt.start_at, mt.end_at, mt.moderator_id, mt.co_moderator_id)
        .where(mt.status != MeetingStatus.CANCELLED)
        .order_by(mt.start_at)
    ).all()
    found: dict[int, list[tuple[str, int]]] = {}
    active: list[Row[int, int, dt.datetime, dt.datetime, int | None, int | None]] = []
    for row in rows:
        active = [a for a in active if a[3] > row[2]]
        for other in active:
            kinds = []
            if other[1] == row[1]:
                kinds.append("group")
            if ({row[4], row[5]} - {None}) & {other[4], other[5]}:
                kinds.append("moderator")
            for kind in kinds:
                found.setdefault(row[0], []).append((kind, other[0]))
                found.setdefault(other[0], []).append((kind, row[0]))
        active.append(row)
    return found


def check_meeting(
    session: Session, data: MeetingData, *, exclude_id: int | None = None, language: str = "de"
) -> MeetingChecks:
    """Warnings for the editor: conflicts, public holidays in the group's states on that
    day, and role holders who declared an absence. Never raises for incomplete input."""
    if data.start is None or data.minutes <= 0 or local_time_problem(data.start, data.tz):
        return MeetingChecks()
    start = to_instant(data.start, data.tz)
    end = start + dt.timedelta(minutes=data.minutes)
    found = find_conflicts(
        session,
        group_id=data.group_id,
        start=start,
        end=end,
        moderators=(data.moderator_id, data.co_moderator_id),
        exclude_id=exclude_id,
    )

    day = data.start.date()
    states = group_states(session, data.group_id, day)[0]
    if data.host_org_id is not None:
        host = session.get(E.Organisation, data.host_org_id)
        if host is not None and host.state and host.state not in states:
            states = tuple(sorted({*states, host.state}))
    holidays = holidays_between(states, day, day, language=language) if states else []
    absent = []
    role_of: dict[int, str] = {}
    for role in ROLES:
        member_id = getattr(data, f"{role}_id")
        if member_id is not None:
            role_of.setdefault(member_id, role)
    if role_of:
        for row in absences_between(session, day, day, member_ids=role_of):
            absent.append(Absent(row.member_id, row.member, row.note, role_of[row.member_id]))
    return MeetingChecks(tuple(found), tuple(holidays), tuple(absent))
