"""The hand-over sheet: what the next organiser needs to know, read from the community."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.dto import ActionSummary, TopicSummary
from copdesk.model.overview import overview
from copdesk.model.tables import MeetingStatus

# --- the hand-over sheet -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NextMeeting:
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    format: str
    place: str
    join_url: str
    status: str
    host: str
    moderator: str
    co_moderator: str
    protocol_writer: str
    invited: bool


@dataclass(frozen=True, slots=True)
class OrgLine:
    name: str
    state: str
    members: int


@dataclass(frozen=True)
class HandoverSheet:
    community: str
    description: str
    created_at: dt.datetime
    organiser: str
    next_meeting: NextMeeting | None
    last_meeting: tuple[str, dt.datetime] | None
    open_actions: tuple[ActionSummary, ...]
    open_action_count: int
    overdue_count: int
    top_topics: tuple[TopicSummary, ...]
    organisations: tuple[OrgLine, ...]
    counts: dict[str, int]
    cadence_unit: str
    cadence_interval: int
    default_minutes: int
    weekdays: tuple[int, ...]
    window: tuple[str, str]
    rotating_roles: tuple[str, ...]
    decisions: tuple[tuple[dt.datetime, str], ...]
    templates: tuple[str, ...]
    subgroups: tuple[str, ...] = field(default_factory=tuple)


def _name(session: Session, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = session.get(E.Member, member_id)
    return member.display_name if member else ""


def handover_sheet(
    session: Session,
    *,
    organiser: str = "",
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    actions: int = 15,
    decisions: int = 8,
) -> HandoverSheet:
    """What the next organiser needs to know first, for the community (root group)."""
    now = now or dt.datetime.now(dt.UTC)
    today = today or dt.date.today()
    root = groups.root_group(session)
    ov = overview(session, root.id, now=now, today=today, limit=actions)
    next_meeting = None
    if ov.next_meeting is not None:
        m = session.get_one(E.Meeting, ov.next_meeting.id)
        next_meeting = NextMeeting(
            title=m.title,
            start_at=m.start_at,
            end_at=m.end_at,
            tz=m.tz,
            format=m.format,
            place=m.place,
            join_url=m.join_url,
            status=m.status,
            host=ov.next_meeting.host,
            moderator=ov.next_meeting.moderator,
            co_moderator=_name(session, m.co_moderator_id),
            protocol_writer=ov.next_meeting.protocol_writer,
            invited=ov.next_meeting.invited,
        )
    last = (ov.last_meeting.title, ov.last_meeting.start_at) if ov.last_meeting else None
    member_counts = dict(
        session.execute(
            select(E.Member.organisation_id, func.count())
            .where(groups.people_clause(root.id, today, E.Member.id))
            .group_by(E.Member.organisation_id)
        ).all()
    )
    orgs = tuple(
        OrgLine(o.name, o.state, member_counts.get(o.id, 0))
        for o in session.scalars(select(E.Organisation).order_by(func.lower(E.Organisation.name)))
    )
    mt = E.Meeting
    held = (
        session.scalar(
            select(func.count())
            .select_from(mt)
            .where(mt.group_id == root.id, mt.status == MeetingStatus.HELD)
        )
        or 0
    )
    counts = dict(ov.counts, held=held)
    roles = tuple(
        r.role
        for r in session.scalars(
            select(E.RotationRule)
            .where(E.RotationRule.group_id == root.id, E.RotationRule.enabled.is_(True))
            .order_by(E.RotationRule.role)
        )
    )
    recent = tuple(
        session.execute(
            select(mt.start_at, E.Decision.text)
            .join(mt, mt.id == E.Decision.meeting_id)
            .where(mt.group_id == root.id)
            .order_by(mt.start_at.desc(), E.Decision.position.desc())
            .limit(decisions)
        ).all()
    )
    templates = tuple(
        session.scalars(select(E.AgendaTemplate.name).order_by(E.AgendaTemplate.name))
    )
    subgroups = tuple(
        session.scalars(
            select(E.Group.name)
            .where(E.Group.parent_id.is_not(None), E.Group.active.is_(True))
            .order_by(E.Group.name)
        )
    )
    weekdays = tuple(
        int(d)
        for d in root.preferred_weekdays.split(",")
        if d.strip().isascii() and d.strip().isdigit()
    )
    return HandoverSheet(
        community=root.name,
        description=root.description,
        created_at=now,
        organiser=organiser,
        next_meeting=next_meeting,
        last_meeting=last,
        open_actions=ov.open_actions,
        open_action_count=ov.open_action_count,
        overdue_count=ov.overdue_count,
        top_topics=ov.top_topics,
        organisations=orgs,
        counts=counts,
        cadence_unit=root.cadence_unit,
        cadence_interval=root.cadence_interval,
        default_minutes=root.default_minutes,
        weekdays=weekdays,
        window=(root.window_start, root.window_end),
        rotating_roles=roles,
        decisions=tuple((when, text_) for when, text_ in recent),
        templates=templates,
        subgroups=subgroups,
    )
