"""Small reads the backlog's use cases share: one topic, its tags, the family of a merge."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError


def load_topic(session: Session, topic_id: int) -> E.Topic:
    topic = session.get(E.Topic, topic_id)
    if topic is None:
        raise NotFoundError()
    return topic


def tag_names(session: Session, topic_id: int) -> list[str]:
    return list(
        session.scalars(
            select(E.Tag.name)
            .join(E.TopicTag, E.TopicTag.tag_id == E.Tag.id)
            .where(E.TopicTag.topic_id == topic_id)
            .order_by(func.lower(E.Tag.name))
        )
    )


def last_vote_meeting(session: Session, group_id: int) -> int | None:
    """The group's most recent meeting (by start) in which any vote was recorded."""
    mt = E.Meeting
    return session.scalar(
        select(mt.id)
        .where(mt.group_id == group_id, mt.id.in_(select(E.TopicVote.meeting_id).distinct()))
        .order_by(mt.start_at.desc(), mt.id.desc())
        .limit(1)
    )


def merged_family(session: Session, topic_id: int) -> list[int]:
    """The topic and every topic merged into it (directly or through others)."""
    family, frontier = [topic_id], [topic_id]
    while frontier:
        children = list(
            session.scalars(select(E.Topic.id).where(E.Topic.merged_into_id.in_(frontier)))
        )
        children = [c for c in children if c not in family]
        family += children
        frontier = children
    return family
