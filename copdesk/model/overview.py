"""What the overview page answers: what do I have to do next?

The overview is the first thing painted at start-up, so it reads the tables of
``tables.py`` directly (SQLAlchemy Core): the ORM classes of ``entities.py`` are not even
imported before the window appears (declaring and configuring them costs ~60 ms).
Everything here only reads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, FromClause, func, or_, select
from sqlalchemy.orm import Session

from copdesk.model import tables
from copdesk.model.dto import (
    ActionSummary,
    CohortSummary,
    MeetingSummary,
    Overview,
    TopicSummary,
)

G = tables.cop_group
M = tables.meeting
MB = tables.member
O = tables.organisation
A = tables.action_item
T = tables.topic
V = tables.topic_vote
GM = tables.group_membership
C = tables.cohort

# what the overview reads: its page reloads when a change touches one of these
TABLES = frozenset(table.name for table in (G, M, MB, O, A, T, V, GM, C))


def _name(member: FromClause) -> ColumnElement[str]:
    return func.trim(member.c.first_name + " " + member.c.last_name)


def _meeting(
    session: Session, where: tuple[ColumnElement[bool], ...], order: ColumnElement[Any]
) -> MeetingSummary | None:
    moderator, writer = MB.alias("moderator"), MB.alias("writer")
    row = session.execute(
        select(
            M.c.id,
            M.c.title,
            M.c.start_at,
            M.c.end_at,
            M.c.status,
            func.coalesce(O.c.name, "").label("host"),
            func.coalesce(_name(moderator), "").label("moderator"),
            func.coalesce(_name(writer), "").label("protocol_writer"),
            M.c.ics_sequence,
        )
        .outerjoin(O, O.c.id == M.c.host_org_id)
        .outerjoin(moderator, moderator.c.id == M.c.moderator_id)
        .outerjoin(writer, writer.c.id == M.c.protocol_writer_id)
        .where(*where)
        .order_by(order)
        .limit(1)
    ).first()
    if row is None:
        return None
    return MeetingSummary(
        id=row.id,
        title=row.title,
        start_at=row.start_at,
        end_at=row.end_at,
        status=row.status,
        host=row.host,
        moderator=row.moderator,
        protocol_writer=row.protocol_writer,
        invited=row.ics_sequence is not None,
    )


def overview(
    session: Session,
    group_id: int,
    *,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
    limit: int = 8,
) -> Overview:
    now = now or dt.datetime.now(dt.UTC)
    today = today or dt.date.today()
    group_row = session.execute(select(G.c.name, G.c.parent_id).where(G.c.id == group_id)).first()
    group = group_row.name if group_row else None
    root = session.execute(
        select(G.c.name).where(G.c.parent_id.is_(None)).order_by(G.c.id).limit(1)
    ).scalar()
    in_group = (M.c.group_id == group_id, M.c.status != tables.MeetingStatus.CANCELLED)
    next_meeting = _meeting(session, (*in_group, M.c.end_at >= now), M.c.start_at)
    last_meeting = _meeting(session, (*in_group, M.c.end_at < now), M.c.start_at.desc())

    owner = MB.alias("owner")
    open_in_group = (A.c.status == tables.ActionStatus.OPEN, M.c.group_id == group_id)
    rows = session.execute(
        select(
            A.c.id,
            A.c.description,
            func.coalesce(_name(owner), "").label("owner"),
            A.c.due_on,
            M.c.title.label("meeting_title"),
        )
        .join(M, M.c.id == A.c.meeting_id)
        .outerjoin(owner, owner.c.id == A.c.owner_id)
        .where(*open_in_group)
        .order_by(A.c.due_on.is_(None), A.c.due_on, A.c.id)
        .limit(limit)
    ).all()
    actions = tuple(
        ActionSummary(**r._mapping, overdue=r.due_on is not None and r.due_on < today) for r in rows
    )

    # aggregate only the votes of this group's open topics (20,000 topics in large files)
    open_topic = (T.c.group_id == group_id, T.c.status == tables.TopicStatus.OPEN)
    total = func.sum(V.c.count)
    voted = session.execute(
        select(T.c.id, total)
        .join(V, V.c.topic_id == T.c.id)
        .where(*open_topic)
        .group_by(T.c.id)
        .order_by(total.desc(), T.c.proposed_on, T.c.id)
        .limit(5)
    ).all()
    ids = [row[0] for row in voted]
    votes_of = dict(voted)
    if len(ids) < 5:  # fill with the oldest open topics nobody voted for yet
        ids += (
            session.execute(
                select(T.c.id)
                .where(*open_topic, T.c.id.not_in(ids))
                .order_by(T.c.proposed_on, T.c.id)
                .limit(5 - len(ids))
            )
            .scalars()
            .all()
        )
    details = {
        row.id: row
        for row in session.execute(
            select(T.c.id, T.c.title, func.coalesce(_name(MB), "").label("proposer"))
            .outerjoin(MB, MB.c.id == T.c.proposed_by_id)
            .where(T.c.id.in_(ids))
        )
    }
    top_topics = tuple(
        TopicSummary(
            id=i,
            title=details[i].title,
            proposer=details[i].proposer,
            votes=votes_of.get(i, 0) or 0,
        )
        for i in ids
    )

    # every count in one statement: each statement costs a compile at start-up
    open_topic_count = select(func.count()).select_from(T).where(*open_topic)
    open_actions = select(func.count()).select_from(A.join(M, M.c.id == A.c.meeting_id))
    # the community counts everyone; a sub-group its current members and their organisations
    people: tuple[ColumnElement[bool], ...] = (MB.c.active.is_(True),)
    organisations = select(func.count()).select_from(O)
    if group_row is not None and group_row.parent_id is not None:
        current = select(GM.c.member_id).where(
            GM.c.group_id == group_id, or_(GM.c.left_on.is_(None), GM.c.left_on > today)
        )
        people = (*people, MB.c.id.in_(current))
        organisations = organisations.where(
            O.c.id.in_(select(MB.c.organisation_id).where(MB.c.id.in_(current)))
        )
    row = session.execute(
        select(
            select(func.count()).select_from(MB).where(*people).scalar_subquery(),
            organisations.scalar_subquery(),
            select(func.count()).select_from(M).where(M.c.group_id == group_id).scalar_subquery(),
            open_topic_count.scalar_subquery(),
            open_actions.where(*open_in_group).scalar_subquery(),
            open_actions.where(*open_in_group, A.c.due_on < today).scalar_subquery(),
        )
    ).one()
    counts = dict(zip(("members", "organisations", "meetings", "topics"), row[:4], strict=True))
    open_count, overdue = row[4], row[5]
    cohort = session.execute(
        select(C.c.number, C.c.title, C.c.start_on, C.c.weeks, C.c.week_zero, C.c.ended_on)
        .where(C.c.group_id == group_id)
        .order_by(C.c.number.desc())
        .limit(1)
    ).first()
    return Overview(
        community=root or "",
        group=group or "",
        next_meeting=next_meeting,
        last_meeting=last_meeting,
        open_actions=actions,
        overdue_count=overdue,
        open_action_count=open_count,
        top_topics=top_topics,
        counts=counts,
        cohort=CohortSummary(*cohort) if cohort is not None else None,
    )
