"""Adding, editing, parking and deleting topics (every write through ORM objects: undo)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from copdesk.model import entities as E
from copdesk.model.backlog.dto import TopicData
from copdesk.model.backlog.queries import load_topic
from copdesk.model.backlog.rules import S, normalise
from copdesk.model.base import Base
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)


class TopicHasHistory(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” cannot be deleted: it has votes, was on a Lean Coffee board, is on an "
        "agenda or is mentioned in the minutes. Park it instead (it stays in the history "
        "but leaves the open backlog).",
    )


def tag_ids(session: Session, names: tuple[str, ...]) -> list[int]:
    ids = []
    existing = {name.casefold(): tid for tid, name in session.execute(select(E.Tag.id, E.Tag.name))}
    for name in names:
        tid = existing.get(name.casefold())
        if tid is None:
            tag = E.Tag(name=name)
            session.add(tag)
            session.flush()
            tid = existing[name.casefold()] = tag.id
        if tid not in ids:
            ids.append(tid)
    return ids


def set_tags(session: Session, topic_id: int, names: tuple[str, ...]) -> None:
    wanted = tag_ids(session, names)
    current = {
        tt.tag_id: tt
        for tt in session.scalars(select(E.TopicTag).where(E.TopicTag.topic_id == topic_id))
    }
    for tag_id, link in current.items():
        if tag_id not in wanted:
            session.delete(link)
    for tag_id in wanted:
        if tag_id not in current:
            session.add(E.TopicTag(topic_id=topic_id, tag_id=tag_id))


def check_member(session: Session, member_id: int | None) -> None:
    if member_id is not None and session.get(E.Member, member_id) is None:
        raise NotFoundError()


def add_topic(
    session: Session, group_id: int, data: TopicData, *, today: dt.date | None = None
) -> int:
    data = normalise(data)
    if session.get(E.Group, group_id) is None:
        raise NotFoundError()
    check_member(session, data.proposed_by_id)
    status = data.status if data.status in (S.OPEN, S.PARKED) else S.OPEN
    topic = E.Topic(
        group_id=group_id,
        title=data.title,
        description=data.description,
        proposed_by_id=data.proposed_by_id,
        proposed_on=data.proposed_on or today or dt.date.today(),
        status=status,
        times_deferred=0,
    )
    session.add(topic)
    session.flush()
    set_tags(session, topic.id, data.tags)
    return topic.id


def update_topic(session: Session, topic_id: int, data: TopicData, version: int) -> None:
    topic = load_topic(session, topic_id)
    if topic.version != version:
        raise ConflictError()
    data = normalise(data)
    check_member(session, data.proposed_by_id)
    if data.status != topic.status and S.MERGED in (topic.status, data.status):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Merged topics change through “Merge into…” only."),
            field="status",
        )
    for key in ("title", "description", "proposed_by_id", "status"):
        if getattr(topic, key) != getattr(data, key):
            setattr(topic, key, getattr(data, key))
    if data.proposed_on and topic.proposed_on != data.proposed_on:
        topic.proposed_on = data.proposed_on
    set_tags(session, topic_id, data.tags)


def set_status(session: Session, topic_id: int, status: str) -> None:
    """Park a topic, or take it back into the open backlog."""
    topic = load_topic(session, topic_id)
    if status not in (S.OPEN, S.PARKED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status “{value}”."), field="status", value=status
        )
    if topic.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was merged into another topic; change that topic instead."
            ),
            title=topic.title,
        )
    if topic.status != status:
        topic.status = status


def history_count(session: Session, topic_id: int) -> int:
    def count(
        model: type[Base], column: InstrumentedAttribute[int] | InstrumentedAttribute[int | None]
    ) -> int:
        return (
            session.scalar(select(func.count()).select_from(model).where(column == topic_id)) or 0
        )

    return sum(
        (
            count(E.TopicVote, E.TopicVote.topic_id),
            count(E.BoardEntry, E.BoardEntry.topic_id),
            count(E.TimeboxEvent, E.TimeboxEvent.topic_id),
            count(E.AgendaItem, E.AgendaItem.topic_id),
            count(E.MinutesNote, E.MinutesNote.topic_id),
            count(E.Decision, E.Decision.topic_id),
            count(E.ActionItem, E.ActionItem.topic_id),
            count(E.Topic, E.Topic.merged_into_id),
        )
    )


def delete_topic(session: Session, topic_id: int) -> None:
    """Delete a topic without history (a typo, a test); otherwise park it."""
    topic = load_topic(session, topic_id)
    if history_count(session, topic_id):
        raise TopicHasHistory(title=topic.title)
    for link in session.scalars(select(E.TopicTag).where(E.TopicTag.topic_id == topic_id)):
        session.delete(link)  # through the ORM, so that undo brings the tags back
    session.flush()  # before the topic: the database would cascade them unrecorded
    session.delete(topic)
