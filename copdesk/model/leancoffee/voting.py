"""Dot-voting on the board: per participant or as totals, within the vote budget."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from copdesk.model.leancoffee.reading import board_entry, open_meeting, present_ids
from copdesk.model.leancoffee.rules import C, effective_budget


def vote(
    session: Session, meeting_id: int, topic_id: int, member_id: int | None, delta: int = 1
) -> int:
    """Add (``delta`` = 1) or remove (-1) a vote; returns the topic's votes in this meeting.

    With *member_id* the vote is the participant's; without, it is part of the topic's
    total (the moderator counted the dots).
    """
    meeting = open_meeting(session, meeting_id)
    entry, topic = board_entry(session, meeting_id, topic_id)
    if delta not in (1, -1):
        raise ValueError("delta must be 1 or -1")
    v = E.TopicVote
    if delta > 0:
        if entry.column == C.DISCUSSED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” has already been discussed. Votes go to topics still to discuss.",
                ),
                title=topic.title,
            )
        if entry.column == C.DISCUSSING:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” is being discussed right now. Votes go to topics still to discuss.",
                ),
                title=topic.title,
            )
        count = (
            session.scalar(
                select(func.count())
                .select_from(E.BoardEntry)
                .where(E.BoardEntry.meeting_id == meeting_id)
            )
            or 0
        )
        budget = effective_budget(meeting.vote_budget, count)
        present = present_ids(session, meeting_id)
        if member_id is not None:
            member = session.get(E.Member, member_id)
            if member is None:
                raise NotFoundError()
            if member_id not in present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not marked as present. Record who is here first (Ctrl+H).",
                    ),
                    name=member.display_name,
                )
            used = (
                session.scalar(
                    select(func.coalesce(func.sum(v.count), 0)).where(
                        v.meeting_id == meeting_id, v.member_id == member_id
                    )
                )
                or 0
            )
            if used + 1 > budget:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} has used all {budget} votes. Remove one of their votes first (−).",
                    ),
                    name=member.display_name,
                    budget=budget,
                )
        else:
            if not present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Record who is here first (Ctrl+H): the vote budget is per "
                        "participant present.",
                    )
                )
        total = (
            session.scalar(
                select(func.coalesce(func.sum(v.count), 0)).where(v.meeting_id == meeting_id)
            )
            or 0
        )
        capacity = budget * len(present)
        if total + 1 > capacity:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "All {capacity} votes are used ({budget} per person × {present} "
                    "present). Remove a vote first, or record more participants as "
                    "present.",
                ),
                capacity=capacity,
                budget=budget,
                present=len(present),
            )
        row = session.scalar(
            select(v).where(
                v.meeting_id == meeting_id,
                v.topic_id == topic_id,
                v.member_id.is_(None) if member_id is None else v.member_id == member_id,
            )
        )
        if row is None:
            session.add(v(topic_id=topic_id, meeting_id=meeting_id, member_id=member_id, count=1))
        else:
            row.count += 1
    else:
        row = session.scalar(
            select(v).where(
                v.meeting_id == meeting_id,
                v.topic_id == topic_id,
                v.count > 0,
                v.member_id.is_(None) if member_id is None else v.member_id == member_id,
            )
        )
        if row is None:
            if member_id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "“{title}” has no counted votes to remove."),
                    title=topic.title,
                )
            member = session.get(E.Member, member_id)
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{name} has no vote on “{title}” to remove."),
                name=member.display_name if member else "",
                title=topic.title,
            )
        if row.count > 1:
            row.count -= 1
        else:
            session.delete(row)
    session.flush()
    return (
        session.scalar(
            select(func.coalesce(func.sum(v.count), 0)).where(
                v.meeting_id == meeting_id, v.topic_id == topic_id
            )
        )
        or 0
    )
