"""Collecting a plenary's sub-group report: each sub-group's meetings since the last held
plenary, with their decisions and the takeaways that are not private.

The period runs from the start of the community's last held plenary before this meeting
(exclusive) to this meeting's start (exclusive); without an earlier plenary it starts with
the first meeting. Cancelled meetings are left out; planned ones in the period are listed
as such (the report may be filled before a sub-group's last meeting took place).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from copdesk.model.group_report.dto import GroupReport, ReportMeeting, SubGroupReport
from copdesk.model.tables import MeetingStatus, NoteKind


class NotACommunityMeeting(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "News from the sub-groups belongs on the agenda of a community meeting; "
        "“{meeting}” is a meeting of the sub-group “{group}”.",
    )


class NoSubGroups(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The community has no sub-groups yet, so there is no news to report. "
        "Create one in the menu Group.",
    )


def plenary(session: Session, meeting_id: int) -> E.Meeting:
    """The meeting, checked to be one of the community itself (the root group)."""
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    group = session.get(E.Group, meeting.group_id)
    if group is None or group.parent_id is not None:
        raise NotACommunityMeeting(meeting=meeting.title, group=group.name if group else "")
    return meeting


def _last_plenary(session: Session, meeting: E.Meeting) -> E.Meeting | None:
    m = E.Meeting
    return session.scalar(
        select(m)
        .where(
            m.group_id == meeting.group_id,
            m.status == MeetingStatus.HELD,
            m.start_at < meeting.start_at,
            m.id != meeting.id,
        )
        .order_by(m.start_at.desc(), m.id.desc())
        .limit(1)
    )


def _results(
    session: Session, meeting_ids: list[int]
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    decisions: dict[int, list[str]] = {}
    takeaways: dict[int, list[str]] = {}
    if not meeting_ids:
        return decisions, takeaways
    d = E.Decision
    for row in session.scalars(
        select(d).where(d.meeting_id.in_(meeting_ids)).order_by(d.position, d.id)
    ):
        if row.text.strip():
            decisions.setdefault(row.meeting_id, []).append(row.text.strip())
    n = E.MinutesNote
    for note in session.scalars(
        select(n)
        .where(
            n.meeting_id.in_(meeting_ids),
            n.kind == NoteKind.TAKEAWAY,
            n.private.is_(False),
        )
        .order_by(n.position, n.id)
    ):
        if note.text.strip():
            takeaways.setdefault(note.meeting_id, []).append(note.text.strip())
    return decisions, takeaways


def collect_group_report(session: Session, meeting_id: int) -> GroupReport:
    """The report for the plenary *meeting_id* (see the module text)."""
    meeting = plenary(session, meeting_id)
    subgroups = list(
        session.scalars(
            select(E.Group).where(E.Group.parent_id.is_not(None)).order_by(func.lower(E.Group.name))
        )
    )
    if not subgroups:
        raise NoSubGroups()
    last = _last_plenary(session, meeting)
    m = E.Meeting
    stmt = select(m).where(
        m.group_id.in_([g.id for g in subgroups]),
        m.status != MeetingStatus.CANCELLED,
        m.start_at < meeting.start_at,
    )
    if last is not None:
        stmt = stmt.where(m.start_at > last.start_at)
    found = list(session.scalars(stmt.order_by(m.start_at, m.id)))
    decisions, takeaways = _results(session, [x.id for x in found])
    groups = []
    for group in subgroups:
        rows = tuple(
            ReportMeeting(
                x.id,
                x.title,
                x.start_at,
                x.tz,
                x.status == MeetingStatus.HELD,
                tuple(decisions.get(x.id, ())),
                tuple(takeaways.get(x.id, ())),
            )
            for x in found
            if x.group_id == group.id
        )
        if rows or group.active:
            groups.append(SubGroupReport(group.id, group.name, group.active, rows))
    return GroupReport(
        meeting.id,
        last.start_at if last is not None else None,
        last.tz if last is not None else meeting.tz,
        meeting.start_at,
        tuple(groups),
    )
