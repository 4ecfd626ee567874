"""The backlog list and the choices around it: topics, filter options, members, meetings.

**Votes last meeting**: the votes a topic got in the group's most recent meeting that had a
vote (the last Lean Coffee), so the column compares like with like.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.backlog.dto import BacklogOptions, MeetingChoice, NamedRef, TopicRow
from copdesk.model.backlog.queries import last_vote_meeting
from copdesk.model.backlog.rules import STALE_DEFERRED, S, member_name, one_year_before
from copdesk.model.localtime import local_date
from copdesk.model.tables import MeetingStatus


def list_topics(session: Session, group_id: int, *, today: dt.date | None = None) -> list[TopicRow]:
    """Every topic of a group with its votes, tags and history, in a few set queries."""
    today = today or dt.date.today()
    t, m, o, mt = E.Topic, E.Member, E.Organisation, E.Meeting
    rows = session.execute(
        select(
            t.id,
            t.title,
            t.proposed_by_id,
            m.first_name,
            m.last_name,
            m.organisation_id,
            o.name,
            t.proposed_on,
            t.status,
            t.times_deferred,
            t.discussed_meeting_id,
            mt.title,
            mt.start_at,
            mt.tz,
            t.merged_into_id,
            t.version,
        )
        .outerjoin(m, m.id == t.proposed_by_id)
        .outerjoin(o, o.id == m.organisation_id)
        .outerjoin(mt, mt.id == t.discussed_meeting_id)
        .where(t.group_id == group_id)
        .order_by(t.id)
    ).all()
    v = E.TopicVote
    in_group = select(t.id).where(t.group_id == group_id)
    totals = dict(
        session.execute(
            select(v.topic_id, func.sum(v.count))
            .where(v.topic_id.in_(in_group))
            .group_by(v.topic_id)
        ).all()
    )
    last = last_vote_meeting(session, group_id)
    last_votes: dict[int, int] = {}
    if last is not None:
        last_votes = dict(
            session.execute(
                select(v.topic_id, func.sum(v.count))
                .where(v.meeting_id == last)
                .group_by(v.topic_id)
            ).all()
        )
    tags: dict[int, list[str]] = defaultdict(list)
    for topic_id, name in session.execute(
        select(E.TopicTag.topic_id, E.Tag.name)
        .join(E.Tag, E.Tag.id == E.TopicTag.tag_id)
        .where(E.TopicTag.topic_id.in_(in_group))
        .order_by(func.lower(E.Tag.name))
    ):
        tags[topic_id].append(name)
    cutoff = one_year_before(today)
    out = []
    for (
        tid,
        title,
        pid,
        first,
        last_name,
        org_id,
        org,
        proposed,
        status,
        deferred,
        dmid,
        dtitle,
        dstart,
        dtz,
        merged_into,
        version,
    ) in rows:
        out.append(
            TopicRow(
                id=tid,
                title=title,
                proposer_id=pid,
                proposer=member_name(first, last_name),
                organisation_id=org_id,
                organisation=org or "",
                proposed_on=proposed,
                tags=tuple(tags.get(tid, ())),
                status=status,
                votes_last=int(last_votes.get(tid, 0) or 0),
                votes_total=int(totals.get(tid, 0) or 0),
                times_deferred=deferred,
                age_days=max(0, (today - proposed).days),
                discussed_meeting_id=dmid,
                discussed_in=dtitle or "",
                discussed_on=local_date(dstart, dtz),
                merged_into_id=merged_into,
                stale=status == S.OPEN and (deferred >= STALE_DEFERRED or proposed < cutoff),
                version=version,
            )
        )
    return out


def options(session: Session, group_id: int) -> BacklogOptions:
    """Tags, proposers and organisations to filter by (only those the group's topics use)."""
    t, m, o = E.Topic, E.Member, E.Organisation
    tags = tuple(session.scalars(select(E.Tag.name).order_by(func.lower(E.Tag.name))))
    proposers = tuple(
        NamedRef(mid, member_name(first, last), org or "")
        for mid, first, last, org in session.execute(
            select(m.id, m.first_name, m.last_name, o.name)
            .outerjoin(o, o.id == m.organisation_id)
            .where(m.id.in_(select(t.proposed_by_id).where(t.group_id == group_id).distinct()))
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )
    orgs = tuple(
        NamedRef(oid, name)
        for oid, name in session.execute(
            select(o.id, o.name)
            .where(
                o.id.in_(
                    select(m.organisation_id)
                    .join(t, t.proposed_by_id == m.id)
                    .where(t.group_id == group_id)
                    .distinct()
                )
            )
            .order_by(func.lower(o.name))
        )
    )
    return BacklogOptions(tags, proposers, orgs)


def member_choices(
    session: Session, group_id: int, include: int | None = None
) -> tuple[NamedRef, ...]:
    """The group's people today (plus *include*, e.g. a proposer who has left)."""
    m, o = E.Member, E.Organisation
    cond = groups.people_clause(group_id, dt.date.today(), m.id)
    if include is not None:
        cond = cond | (m.id == include)
    return tuple(
        NamedRef(mid, member_name(first, last), org or "")
        for mid, first, last, org in session.execute(
            select(m.id, m.first_name, m.last_name, o.name)
            .outerjoin(o, o.id == m.organisation_id)
            .where(cond)
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )


def meeting_choices(
    session: Session, group_id: int, *, now: dt.datetime | None = None, plannable: bool = False
) -> list[MeetingChoice]:
    """The group's meetings (not cancelled), oldest first; *plannable*: not yet held."""
    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting
    stmt = select(mt).where(mt.group_id == group_id, mt.status != MeetingStatus.CANCELLED)
    if plannable:
        stmt = stmt.where(mt.status != MeetingStatus.HELD, mt.end_at >= now)
    meetings = list(session.scalars(stmt.order_by(mt.start_at, mt.id)))
    counts = (
        dict(
            session.execute(
                select(E.BoardEntry.meeting_id, func.count())
                .where(E.BoardEntry.meeting_id.in_([x.id for x in meetings]))
                .group_by(E.BoardEntry.meeting_id)
            ).all()
        )
        if meetings
        else {}
    )
    return [
        MeetingChoice(
            id=x.id,
            title=x.title,
            start_at=x.start_at,
            end_at=x.end_at,
            tz=x.tz,
            status=x.status,
            board_topics=counts.get(x.id, 0),
            board_closed=bool(counts.get(x.id)) and x.board_closed_at is not None,
            upcoming=x.end_at >= now,
        )
        for x in meetings
    ]
