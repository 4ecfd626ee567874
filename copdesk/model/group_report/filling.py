"""The use case: put "News from the sub-groups" on a plenary's agenda, or refresh it.

The model collects the data; the words come from *render* (the formats layer, in the
language the program runs in), so this module stays free of Qt and of prose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from copdesk.model import meetings
from copdesk.model.group_report.collecting import collect_group_report
from copdesk.model.group_report.dto import GroupReport
from copdesk.model.meetings import AgendaItemData
from copdesk.model.tables import AgendaKind

# (title of a new item, its details)
Render = Callable[[GroupReport], tuple[str, str]]
REPORT_MINUTES = 15


def report_item_id(session: Session, meeting_id: int) -> int | None:
    """The meeting's first "News from the sub-groups" item, if it has one."""
    for item in meetings.get_agenda(session, meeting_id).items:
        if item.kind == AgendaKind.GROUP_REPORT:
            return item.id
    return None


def _default_position(session: Session, meeting_id: int) -> int:
    """After the opening items (check-in), where news usually comes."""
    items = meetings.get_agenda(session, meeting_id).items
    at = 0
    while at < len(items) and items[at].kind == AgendaKind.CHECK_IN:
        at += 1
    return at


def fill_group_report(
    session: Session, meeting_id: int, render: Render, *, position: int | None = None
) -> int:
    """Add the report item to the plenary *meeting_id* (before *position*; default: after
    the check-in), or, when it has one, replace that item's text with a fresh report
    (title, length and place stay as the user set them). Returns the item's id.

    Refused (nothing changed) for a sub-group's meeting or a community without sub-groups.
    """
    report = collect_group_report(session, meeting_id)
    title, details = render(report)
    existing = report_item_id(session, meeting_id)
    if existing is not None:
        current = next(
            i for i in meetings.get_agenda(session, meeting_id).items if i.id == existing
        )
        meetings.update_item(session, existing, replace(current.data(), details=details))
        return existing
    at = _default_position(session, meeting_id) if position is None else position
    data = AgendaItemData(
        kind=AgendaKind.GROUP_REPORT, title=title, minutes=REPORT_MINUTES, details=details
    )
    return meetings.add_item(session, meeting_id, data, at)
