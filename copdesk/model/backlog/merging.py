"""Merging a duplicate topic into the one that remains.

Its votes, board entries, timer records, agenda items and tags move to the survivor; the
duplicate keeps its text and gets status *merged* with a link to the survivor; minutes stay
as they were written and are shown with the survivor's history.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.backlog.dto import MergeResult
from copdesk.model.backlog.editing import set_tags
from copdesk.model.backlog.queries import load_topic, tag_names
from copdesk.model.backlog.rules import S
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from copdesk.model.tables import BoardColumn

_COLUMN_RANK: dict[str, int] = {
    BoardColumn.TO_DISCUSS: 0,
    BoardColumn.DISCUSSING: 1,
    BoardColumn.DISCUSSED: 2,
}


def merge_topics(session: Session, source_id: int, target_id: int) -> MergeResult:
    """Merge the duplicate *source* into *target*; votes and history move to *target*."""
    if source_id == target_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A topic cannot be merged into itself. Choose the topic that remains."
            ),
            field="target",
        )
    src, dst = load_topic(session, source_id), load_topic(session, target_id)
    if src.group_id != dst.group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Topics of different groups cannot be merged."),
            field="target",
        )
    if src.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{title}” has already been merged into another topic."),
            title=src.title,
        )
    if dst.status == S.MERGED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was itself merged into another topic; merge into that one."
            ),
            field="target",
            title=dst.title,
        )
    moved = 0
    for vote in session.scalars(select(E.TopicVote).where(E.TopicVote.topic_id == source_id)):
        vote.topic_id = target_id
        moved += vote.count
    for entry in list(
        session.scalars(select(E.BoardEntry).where(E.BoardEntry.topic_id == source_id))
    ):
        other = session.get(E.BoardEntry, (entry.meeting_id, target_id))
        if other is not None:
            other.seconds_used += entry.seconds_used
            other.extensions += entry.extensions
            if _COLUMN_RANK[entry.column] > _COLUMN_RANK[other.column]:
                other.column = entry.column
        else:  # the key holds the topic: a new row for the survivor, not a key update
            session.add(
                E.BoardEntry(
                    meeting_id=entry.meeting_id,
                    topic_id=target_id,
                    column=entry.column,
                    position=entry.position,
                    seconds_used=entry.seconds_used,
                    extensions=entry.extensions,
                )
            )
        session.delete(entry)
        session.flush()
    for event in session.scalars(
        select(E.TimeboxEvent).where(E.TimeboxEvent.topic_id == source_id)
    ):
        event.topic_id = target_id
    for item in session.scalars(select(E.AgendaItem).where(E.AgendaItem.topic_id == source_id)):
        item.topic_id = target_id
    for child in session.scalars(select(E.Topic).where(E.Topic.merged_into_id == source_id)):
        child.merged_into_id = target_id
    names = tuple(tag_names(session, target_id)) + tuple(tag_names(session, source_id))
    set_tags(session, target_id, names)
    dst.times_deferred = max(dst.times_deferred, src.times_deferred)
    if dst.status == S.OPEN and src.status == S.PLANNED:
        dst.status = S.PLANNED
    src.status = S.MERGED
    src.merged_into_id = target_id
    return MergeResult(target_id, moved)
