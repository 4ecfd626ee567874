"""Planning a topic into a meeting that has not taken place.

It becomes an agenda item (kind topic, presenter = proposer) after the last topic of that
agenda, and the topic's status becomes *planned*.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.backlog.queries import load_topic
from copdesk.model.backlog.rules import S
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from copdesk.model.tables import AgendaKind, MeetingStatus

DEFAULT_AGENDA_MINUTES = 20


def plan_topic(
    session: Session, topic_id: int, meeting_id: int, *, minutes: int = DEFAULT_AGENDA_MINUTES
) -> int:
    """Put a topic on a meeting's agenda (after its last topic); returns the agenda item."""
    topic = load_topic(session, topic_id)
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    if topic.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was merged into another topic; plan that topic instead."
            ),
            title=topic.title,
        )
    if meeting.group_id != topic.group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a meeting of the topic's own group."),
            field="meeting",
        )
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{meeting}” has already taken place or was cancelled. Choose a "
                "meeting that is still to come.",
            ),
            field="meeting",
            meeting=meeting.title,
        )
    items = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
    if any(i.topic_id == topic_id for i in items):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{title}” is already on the agenda of “{meeting}”."),
            field="meeting",
            title=topic.title,
            meeting=meeting.title,
        )
    A = AgendaKind
    topical = [n for n, i in enumerate(items) if i.kind in (A.TOPIC, A.LEAN_COFFEE)]
    if topical:
        index = topical[-1] + 1
    else:
        closing = [n for n, i in enumerate(items) if i.kind in (A.BREAK, A.CHECK_OUT)]
        index = closing[0] if closing else len(items)
    item = E.AgendaItem(
        meeting_id=meeting_id,
        kind=A.TOPIC,
        title=topic.title[:200],
        minutes=max(1, min(240, minutes)),
        presenter_id=topic.proposed_by_id,
        topic_id=topic_id,
        position=index,
    )
    for n, other in enumerate(items[:index] + [item] + items[index:]):
        if other.position != n:
            other.position = n
    session.add(item)
    if topic.status != S.PLANNED:
        topic.status = S.PLANNED
    session.flush()
    return item.id
