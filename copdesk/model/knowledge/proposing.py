"""A match proposed as a backlog topic: one undoable write through ``backlog.add_topic``."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import backlog, groups
from copdesk.model.knowledge.dto import Match

# the words come from the caller (the program's language): {subject}, {seeker}, {offerer}
# are the subject's and the organisations' names, {seeker_person}, {offerer_person} people's
DEFAULT_TITLE = "Exchange: {subject} ({seeker} ↔ {offerer})"


def _fill(template: str, match: Match) -> str:
    return template.format(
        subject=match.subject,
        seeker=match.seeker.organisation,
        offerer=match.offerer.organisation,
        seeker_person=match.seeker.person,
        offerer_person=match.offerer.person,
    )


def match_title(match: Match, template: str = DEFAULT_TITLE) -> str:
    title = _fill(template, match)
    if len(title) > backlog.TITLE_MAX:
        title = title[: backlog.TITLE_MAX - 1].rstrip() + "…"
    return title


def propose_topic(
    session: Session,
    match: Match,
    *,
    title: str = DEFAULT_TITLE,
    description: str = "",
    today: dt.date | None = None,
) -> int:
    """Add the match to the community's backlog as an open topic tagged with the subject,
    proposed by the seeking person; returns the topic's id."""
    data = backlog.TopicData(
        title=match_title(match, title),
        description=_fill(description, match),
        proposed_by_id=match.seeker.member_id,
        tags=(match.subject,),
    )
    return backlog.add_topic(session, groups.root_group(session).id, data, today=today)
