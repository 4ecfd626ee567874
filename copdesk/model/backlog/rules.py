"""The backlog's rules that need no database: titles, tags, statuses, staleness.

* A title is required (at most 200 characters); tags are free words (at most 60
  characters each), matched to existing tags ignoring case.
* **Stale** (for review): an *open* topic deferred three times or more, or proposed more
  than a year ago. Planned, discussed, parked and merged topics are settled.
"""

from __future__ import annotations

import datetime as dt

from copdesk.model import text
from copdesk.model.backlog.dto import TopicData
from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError
from copdesk.model.tables import TopicStatus

TITLE_MAX = 200
DESCRIPTION_MAX = 4000
TAG_MAX = 60
STALE_DEFERRED = 3

S = TopicStatus


# Status names for the UI (translated with context "TopicStatus").
STATUS_LABELS: dict[str, str] = {
    S.OPEN: QT_TRANSLATE_NOOP("TopicStatus", "open"),
    S.PLANNED: QT_TRANSLATE_NOOP("TopicStatus", "planned"),
    S.DISCUSSED: QT_TRANSLATE_NOOP("TopicStatus", "discussed"),
    S.PARKED: QT_TRANSLATE_NOOP("TopicStatus", "parked"),
    S.MERGED: QT_TRANSLATE_NOOP("TopicStatus", "merged"),
}
# Statuses a user may pick in the editor (merged only comes from "Merge").
EDITABLE_STATUSES = (S.OPEN, S.PLANNED, S.DISCUSSED, S.PARKED)


def one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def is_stale(status: str, times_deferred: int, proposed_on: dt.date, today: dt.date) -> bool:
    """Open and deferred three times or more, or proposed more than a year ago."""
    if status != S.OPEN:
        return False
    return times_deferred >= STALE_DEFERRED or proposed_on < one_year_before(today)


def member_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first or "", last or "") if p)


def split_tags(value: str) -> tuple[str, ...]:
    """ "Führung, KI;  Lernen" -> ("Führung", "KI", "Lernen")."""
    parts = [p for chunk in value.replace(";", ",").split(",") if (p := " ".join(chunk.split()))]
    return tuple(parts)


def normalise(data: TopicData) -> TopicData:
    title = text.clean(data.title, max_len=TITLE_MAX, field="title")
    text.required(
        title, field="title", template=QT_TRANSLATE_NOOP("errors", "Enter a title for the topic.")
    )
    description = text.clean(
        data.description, max_len=DESCRIPTION_MAX, field="description", multiline=True
    )
    seen: dict[str, str] = {}
    for tag in data.tags:
        name = text.clean(tag, max_len=TAG_MAX, field="tags")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    if data.status not in STATUS_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status “{value}”."),
            field="status",
            value=data.status,
        )
    return TopicData(
        title=title,
        description=description,
        proposed_by_id=data.proposed_by_id,
        proposed_on=data.proposed_on,
        tags=tuple(seen.values()),
        status=data.status,
    )
