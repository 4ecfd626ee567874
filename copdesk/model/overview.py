"""What the overview page answers: what do I have to do next?"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from copdesk.model import entities as E
from copdesk.model.dto import ActionSummary, MeetingSummary, Overview, TopicSummary

_NAME = func.trim(E.Member.first_name + " " + E.Member.last_name)


def _meeting_summary(session: Session, meeting: E.Meeting | None) -> MeetingSummary | None:
    if meeting is None:
        return None

    def name(member_id):
        if member_id is None:
            return ""
        m = session.get(E.Member, member_id)
        return m.display_name if m else ""

    host = session.get(E.Organisation, meeting.host_org_id) if meeting.host_org_id else None
    return MeetingSummary(
        id=meeting.id, title=meeting.title, start_at=meeting.start_at, end_at=meeting.end_at,
        status=meeting.status, host=host.name if host else "",
        moderator=name(meeting.moderator_id), protocol_writer=name(meeting.protocol_writer_id),
        invited=meeting.ics_sequence is not None,
    )


def overview(session: Session, group_id: int, *, now: dt.datetime | None = None,
             today: dt.date | None = None, limit: int = 8) -> Overview:
    now = now or dt.datetime.now(dt.UTC)
    today = today or dt.date.today()
    group = session.get(E.Group, group_id)
    root = session.scalar(select(E.Group).where(E.Group.parent_id.is_(None)).order_by(E.Group.id))
    mt = E.Meeting
    in_group = (mt.group_id == group_id) & (mt.status != E.MeetingStatus.CANCELLED)
    next_meeting = session.scalar(
        select(mt).where(in_group, mt.end_at >= now).order_by(mt.start_at).limit(1)
    )
    last_meeting = session.scalar(
        select(mt).where(in_group, mt.end_at < now).order_by(mt.start_at.desc()).limit(1)
    )

    a = E.ActionItem
    owner = aliased(E.Member)
    open_filter = (a.status == E.ActionStatus.OPEN) & (mt.group_id == group_id)
    rows = session.execute(
        select(a.id, a.description, func.trim(owner.first_name + " " + owner.last_name),
               a.due_on, mt.title)
        .join(mt, mt.id == a.meeting_id)
        .outerjoin(owner, owner.id == a.owner_id)
        .where(open_filter)
        .order_by(a.due_on.is_(None), a.due_on, a.id)
        .limit(limit)
    ).all()
    actions = tuple(
        ActionSummary(r[0], r[1], r[2] or "", r[3], r[4], bool(r[3] and r[3] < today))
        for r in rows
    )
    open_count = session.scalar(
        select(func.count()).select_from(a).join(mt, mt.id == a.meeting_id).where(open_filter)
    ) or 0
    overdue = session.scalar(
        select(func.count()).select_from(a).join(mt, mt.id == a.meeting_id)
        .where(open_filter, a.due_on < today)
    ) or 0

    t = E.Topic
    open_topic = (t.group_id == group_id) & (t.status == E.TopicStatus.OPEN)
    total = func.sum(E.TopicVote.count)
    # aggregate only the votes of this group's open topics (20,000 topics in large files)
    voted = session.execute(
        select(t.id, total).join(E.TopicVote, E.TopicVote.topic_id == t.id)
        .where(open_topic).group_by(t.id)
        .order_by(total.desc(), t.proposed_on, t.id).limit(5)
    ).all()
    ids = [row[0] for row in voted]
    votes_of = dict(voted)
    if len(ids) < 5:  # fill with the oldest open topics nobody voted for yet
        ids += session.scalars(
            select(t.id).where(open_topic, t.id.not_in(ids)).order_by(t.proposed_on, t.id)
            .limit(5 - len(ids))
        ).all()
    details = {
        row[0]: row for row in session.execute(
            select(t.id, t.title, func.coalesce(_NAME, ""))
            .outerjoin(E.Member, E.Member.id == t.proposed_by_id).where(t.id.in_(ids))
        )
    }
    topic_rows = [(i, details[i][1], details[i][2], votes_of.get(i, 0) or 0) for i in ids]

    def count(stmt) -> int:
        return session.scalar(stmt) or 0

    counts = {
        "members": count(select(func.count()).select_from(E.Member)
                         .where(E.Member.active.is_(True))),
        "organisations": count(select(func.count()).select_from(E.Organisation)),
        "meetings": count(select(func.count()).select_from(mt).where(mt.group_id == group_id)),
        "topics": count(select(func.count()).select_from(t)
                        .where(t.group_id == group_id, t.status == E.TopicStatus.OPEN)),
    }
    return Overview(
        community=root.name if root else "",
        group=group.name if group else "",
        next_meeting=_meeting_summary(session, next_meeting),
        last_meeting=_meeting_summary(session, last_meeting),
        open_actions=actions,
        overdue_count=overdue,
        open_action_count=open_count,
        top_topics=tuple(TopicSummary(*r) for r in topic_rows),
        counts=counts,
    )
