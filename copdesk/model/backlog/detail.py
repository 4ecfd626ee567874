"""One topic in full: its editable data, and its history for the detail pane."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.backlog.dto import (
    AgendaRef,
    TopicData,
    TopicDetail,
    TopicNote,
    TopicRef,
    TopicRow,
    VoteHistory,
)
from copdesk.model.backlog.queries import last_vote_meeting, load_topic, merged_family, tag_names
from copdesk.model.backlog.rules import is_stale
from copdesk.model.localtime import local_date
from copdesk.model.tables import NoteKind


def get_topic(session: Session, topic_id: int) -> tuple[TopicData, int]:
    topic = load_topic(session, topic_id)
    data = TopicData(
        title=topic.title,
        description=topic.description,
        proposed_by_id=topic.proposed_by_id,
        proposed_on=topic.proposed_on,
        tags=tuple(tag_names(session, topic_id)),
        status=topic.status,
    )
    return data, topic.version


def topic_detail(session: Session, topic_id: int, *, today: dt.date | None = None) -> TopicDetail:
    topic = load_topic(session, topic_id)
    row = next(r for r in _rows_for(session, topic, today) if r.id == topic_id)
    mt, v = E.Meeting, E.TopicVote
    votes = session.execute(
        select(mt.id, mt.title, mt.start_at, func.sum(v.count))
        .join(v, v.meeting_id == mt.id)
        .where(v.topic_id == topic_id)
        .group_by(mt.id, mt.title, mt.start_at)
        .order_by(mt.start_at)
    ).all()
    columns = dict(
        session.execute(
            select(E.BoardEntry.meeting_id, E.BoardEntry.column).where(
                E.BoardEntry.topic_id == topic_id
            )
        ).all()
    )
    history = [
        VoteHistory(mid, title, start, int(n or 0), columns.pop(mid, ""))
        for mid, title, start, n in votes
    ]
    for mid, column in columns.items():  # on a board without votes
        meeting = session.get(E.Meeting, mid)
        if meeting is not None:
            history.append(VoteHistory(mid, meeting.title, meeting.start_at, 0, column))
    history.sort(key=lambda h: h.meeting_start)
    on_board = [h.meeting_id for h in history if h.board_column]
    closed = set(
        session.scalars(select(mt.id).where(mt.id.in_(on_board), mt.board_closed_at.is_not(None)))
    )
    history = [
        replace(h, board_closed=h.meeting_id in closed) if h.board_column else h for h in history
    ]
    merged_from = tuple(
        TopicRef(*r)
        for r in session.execute(
            select(E.Topic.id, E.Topic.title, E.Topic.status)
            .where(E.Topic.merged_into_id == topic_id)
            .order_by(E.Topic.id)
        )
    )
    merged_into = None
    if topic.merged_into_id:
        target = session.get(E.Topic, topic.merged_into_id)
        if target is not None:
            merged_into = TopicRef(target.id, target.title, target.status)
    planned = tuple(
        AgendaRef(*r)
        for r in session.execute(
            select(mt.id, mt.title, mt.start_at)
            .join(E.AgendaItem, E.AgendaItem.meeting_id == mt.id)
            .where(E.AgendaItem.topic_id == topic_id)
            .order_by(mt.start_at)
        )
    )
    family = merged_family(session, topic_id)
    notes: list[tuple[dt.datetime, int, TopicNote]] = []
    n = E.MinutesNote
    for kind, body, title, start, pos in session.execute(
        select(n.kind, n.text, mt.title, mt.start_at, n.position)
        .join(mt, mt.id == n.meeting_id)
        .where(
            n.topic_id.in_(family),
            n.private.is_(False),
            n.kind.in_((NoteKind.NOTE, NoteKind.TAKEAWAY)),
        )
    ):
        notes.append((start, pos, TopicNote(kind, body, title, start)))
    d = E.Decision
    for body, title, start, pos in session.execute(
        select(d.text, mt.title, mt.start_at, d.position)
        .join(mt, mt.id == d.meeting_id)
        .where(d.topic_id.in_(family))
    ):
        notes.append((start, 10_000 + pos, TopicNote("decision", body, title, start)))
    a = E.ActionItem
    for body, title, start, aid in session.execute(
        select(a.description, mt.title, mt.start_at, a.id)
        .join(mt, mt.id == a.meeting_id)
        .where(a.topic_id.in_(family))
    ):
        notes.append((start, 20_000 + aid, TopicNote("action", body, title, start)))
    notes.sort(key=lambda x: (x[0], x[1]))
    return TopicDetail(
        row=row,
        description=topic.description,
        votes=tuple(history),
        merged_from=merged_from,
        merged_into=merged_into,
        planned_in=planned,
        notes=tuple(x[2] for x in notes),
    )


def _rows_for(session: Session, topic: E.Topic, today: dt.date | None) -> list[TopicRow]:
    """The list row of one topic (the same computation as the list, for one id)."""
    today = today or dt.date.today()
    m = session.get(E.Member, topic.proposed_by_id) if topic.proposed_by_id else None
    org = session.get(E.Organisation, m.organisation_id) if m and m.organisation_id else None
    meeting = (
        session.get(E.Meeting, topic.discussed_meeting_id) if topic.discussed_meeting_id else None
    )
    v = E.TopicVote
    total = (
        session.scalar(select(func.coalesce(func.sum(v.count), 0)).where(v.topic_id == topic.id))
        or 0
    )
    last = last_vote_meeting(session, topic.group_id)
    last_votes = 0
    if last is not None:
        last_votes = (
            session.scalar(
                select(func.coalesce(func.sum(v.count), 0)).where(
                    v.topic_id == topic.id, v.meeting_id == last
                )
            )
            or 0
        )
    return [
        TopicRow(
            id=topic.id,
            title=topic.title,
            proposer_id=topic.proposed_by_id,
            proposer=m.display_name if m else "",
            organisation_id=org.id if org else None,
            organisation=org.name if org else "",
            proposed_on=topic.proposed_on,
            tags=tuple(tag_names(session, topic.id)),
            status=topic.status,
            votes_last=int(last_votes),
            votes_total=int(total),
            times_deferred=topic.times_deferred,
            age_days=max(0, (today - topic.proposed_on).days),
            discussed_meeting_id=topic.discussed_meeting_id,
            discussed_in=meeting.title if meeting else "",
            discussed_on=local_date(meeting.start_at, meeting.tz) if meeting else None,
            merged_into_id=topic.merged_into_id,
            stale=is_stale(topic.status, topic.times_deferred, topic.proposed_on, today),
            version=topic.version,
        )
    ]
