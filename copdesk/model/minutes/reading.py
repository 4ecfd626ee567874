"""Everything the minutes editor and the protocol PDF show for one meeting (``load_minutes``).

Names, organisations, topic titles and the next meeting are resolved to plain values here,
so the PDF can be built on a worker thread without a session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.minutes.actions import action_rows
from copdesk.model.minutes.dto import (
    ActionRow,
    AgendaRow,
    AttendeeRow,
    DecisionRow,
    GuestRow,
    Minutes,
    NextMeeting,
    NoteRow,
    TopicRow,
    VersionRow,
)
from copdesk.model.minutes.lookup import (
    community_name,
    following_meeting,
    get_meeting,
    last_version,
    local_day,
    member_name,
)
from copdesk.model.minutes.snapshots import parse, snapshot
from copdesk.model.tables import ActionStatus, TopicStatus

TOP_TOPICS = 5


class _Names:
    """Member names and topic titles, each read once per load."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.members: dict[int, str] = {}
        self.topics: dict[int, str] = {}

    def member(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        if member_id not in self.members:
            self.members[member_id] = member_name(self.session.get(E.Member, member_id))
        return self.members[member_id]

    def topic(self, topic_id: int | None) -> str:
        if topic_id is None:
            return ""
        if topic_id not in self.topics:
            topic = self.session.get(E.Topic, topic_id)
            self.topics[topic_id] = topic.title if topic else ""
        return self.topics[topic_id]


def _attendees(session: Session, m: E.Meeting) -> tuple[AttendeeRow, ...]:
    """The meeting's attendance rows (kept as they were), plus the group's people on the
    meeting's day without one (not those who joined the community later)."""
    org_names = dict(session.execute(select(E.Organisation.id, E.Organisation.name)).all())

    def organisation(member: E.Member) -> str:
        if member.organisation_id is None:
            return ""
        return org_names.get(member.organisation_id, "")

    attendees: dict[int, AttendeeRow] = {}
    for att, mem in session.execute(
        select(E.Attendance, E.Member)
        .join(E.Member, E.Member.id == E.Attendance.member_id)
        .where(E.Attendance.meeting_id == m.id)
    ):
        attendees[mem.id] = AttendeeRow(
            mem.id, mem.display_name, organisation(mem), att.status, att.note, mem.active
        )
    meeting_day = local_day(m.start_at, m.tz)
    for mem in session.scalars(
        select(E.Member).where(groups.people_clause(m.group_id, meeting_day, E.Member.id))
    ):
        if mem.id in attendees:
            continue
        if mem.joined_on and mem.joined_on > meeting_day:
            continue
        attendees[mem.id] = AttendeeRow(
            mem.id, mem.display_name, organisation(mem), "", "", mem.active
        )
    return tuple(
        sorted(
            attendees.values(),
            key=lambda a: (
                a.organisation.casefold(),
                a.name.split(" ")[-1].casefold(),
                a.name.casefold(),
            ),
        )
    )


def _next_meeting(session: Session, m: E.Meeting, names: _Names) -> NextMeeting | None:
    nxt = following_meeting(session, m)
    if nxt is None:
        return None
    host = session.get(E.Organisation, nxt.host_org_id) if nxt.host_org_id else None
    return NextMeeting(
        nxt.title,
        nxt.start_at,
        nxt.end_at,
        nxt.tz,
        names.member(nxt.moderator_id),
        host.name if host else "",
    )


def load_minutes(session: Session, meeting_id: int, *, today: dt.date | None = None) -> Minutes:
    today = today or dt.date.today()
    m = get_meeting(session, meeting_id)
    group = session.get(E.Group, m.group_id)
    host = session.get(E.Organisation, m.host_org_id) if m.host_org_id else None
    names = _Names(session)

    guests = tuple(
        GuestRow(g.id, g.name, g.organisation, g.email, g.attended)
        for g in sorted(m.guests, key=lambda g: g.id)
    )
    agenda = tuple(
        AgendaRow(
            a.id, a.position, a.kind, a.title, a.topic_id, names.member(a.presenter_id), a.details
        )
        for a in m.agenda_items
    )
    notes = tuple(
        NoteRow(
            n.id,
            n.agenda_item_id,
            n.topic_id,
            names.topic(n.topic_id),
            n.member_id,
            names.member(n.member_id),
            n.kind,
            n.text,
            n.private,
            n.position,
        )
        for n in session.scalars(
            select(E.MinutesNote)
            .where(E.MinutesNote.meeting_id == meeting_id)
            .order_by(E.MinutesNote.position, E.MinutesNote.id)
        )
    )
    decisions = tuple(
        DecisionRow(d.id, d.agenda_item_id, d.topic_id, d.text, d.position, names.topic(d.topic_id))
        for d in session.scalars(
            select(E.Decision)
            .where(E.Decision.meeting_id == meeting_id)
            .order_by(E.Decision.position, E.Decision.id)
        )
    )
    a = E.ActionItem
    actions = tuple(action_rows(session, a.meeting_id == meeting_id, today=today, order=(a.id,)))
    versions = tuple(
        VersionRow(v.number, v.finalised_at, v.changes)
        for v in session.scalars(
            select(E.ProtocolVersion)
            .where(E.ProtocolVersion.meeting_id == meeting_id)
            .order_by(E.ProtocolVersion.number)
        )
    )
    minutes = Minutes(
        meeting_id=m.id,
        group_id=m.group_id,
        group_name=group.name if group else "",
        community=community_name(session),
        title=m.title,
        start_at=m.start_at,
        end_at=m.end_at,
        tz=m.tz,
        format=m.format,
        video_tool=m.video_tool,
        whiteboard_url=m.whiteboard_url,
        place=m.place,
        status=m.status,
        host=host.name if host else "",
        moderator=names.member(m.moderator_id),
        co_moderator=names.member(m.co_moderator_id),
        protocol_writer=names.member(m.protocol_writer_id),
        attendees=_attendees(session, m),
        guests=guests,
        agenda=agenda,
        notes=notes,
        decisions=decisions,
        actions=actions,
        earlier_actions=tuple(earlier_actions(session, m, today)),
        versions=versions,
        next_meeting=_next_meeting(session, m, names),
        top_topics=tuple(top_topics(session, m.group_id)),
        version=m.version,
    )
    last = last_version(session, meeting_id)
    changed = True
    if last is not None:
        old = parse(last.snapshot)
        changed = old is not None and old != snapshot(minutes)
    return replace(minutes, changed_since_version=changed)


def earlier_actions(session: Session, m: E.Meeting, today: dt.date) -> list[ActionRow]:
    """Action items of earlier meetings of the group to review in this one: the open ones,
    and those closed between this meeting and the next (reviewed here)."""
    a, mt = E.ActionItem, E.Meeting
    day = local_day(m.start_at, m.tz)
    nxt = following_meeting(session, m)
    closed_window = a.done_on >= day
    if nxt is not None:
        closed_window = closed_window & (a.done_on < local_day(nxt.start_at, m.tz))
    return action_rows(
        session,
        mt.group_id == m.group_id,
        mt.start_at < m.start_at,
        or_(a.status == ActionStatus.OPEN, closed_window),
        today=today,
        order=(mt.start_at, a.id),
    )


def top_topics(session: Session, group_id: int) -> list[TopicRow]:
    """The group's open backlog topics with the most votes (for the protocol's end)."""
    votes = (
        select(E.TopicVote.topic_id, func.sum(E.TopicVote.count).label("v"))
        .group_by(E.TopicVote.topic_id)
        .subquery()
    )
    t = E.Topic
    name = func.trim(E.Member.first_name + " " + E.Member.last_name)
    rows = session.execute(
        select(
            t.title.label("title"),
            func.coalesce(name, "").label("proposer"),
            func.coalesce(votes.c.v, 0).label("votes"),
        )
        .outerjoin(votes, votes.c.topic_id == t.id)
        .outerjoin(E.Member, E.Member.id == t.proposed_by_id)
        .where(t.group_id == group_id, t.status == TopicStatus.OPEN)
        .order_by(func.coalesce(votes.c.v, 0).desc(), t.proposed_on, t.id)
        .limit(TOP_TOPICS)
    ).all()
    return [TopicRow(title=r.title, proposer=r.proposer, votes=r.votes) for r in rows]
