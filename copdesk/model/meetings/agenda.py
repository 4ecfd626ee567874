"""Agenda items of a meeting, their computed start times, and agenda templates.

The agenda is edited as a whole (:func:`set_agenda`: the editor sends the list in its new
order; ids are kept so minutes that refer to an item stay attached) or item by item
(:func:`add_item`, :func:`update_item`, :func:`move_item`, :func:`remove_item`, for other
areas such as the backlog putting a topic on the agenda). Start times are computed, never
stored: meeting start + the minutes of the items before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from copdesk.model.meetings.dto import (
    Agenda,
    AgendaItemData,
    AgendaItemRow,
    TemplateItem,
    TemplateRow,
)
from copdesk.model.tables import AgendaKind

MAX_ITEM_MINUTES = 600
MAX_ITEMS = 100
TITLE_MAX = 200
DETAILS_MAX = 100_000  # a report of many busy sub-groups fits; a pasted book does not


# --- arithmetic ------------------------------------------------------------------------


def start_times(start: dt.datetime, minutes: Sequence[int]) -> list[dt.datetime]:
    """The start of each item: *start* plus the minutes of the items before it.

    Works on instants (aware datetimes), so a meeting across a DST change stays right."""
    out = []
    offset = 0
    for m in minutes:
        out.append(start + dt.timedelta(minutes=offset))
        offset += m
    return out


def overrun(meeting_minutes: int, minutes: Sequence[int]) -> int:
    """How many minutes the items run over the meeting's length (0 when they fit)."""
    return max(0, sum(minutes) - meeting_minutes)


# --- reading ---------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def get_agenda(session: Session, meeting_id: int) -> Agenda:
    """The agenda in order, each item with its computed start."""
    meeting = _meeting(session, meeting_id)
    items = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
    names: dict[int | None, str] = {}
    ids = {i.presenter_id for i in items if i.presenter_id is not None}
    if ids:
        for m in session.scalars(select(E.Member).where(E.Member.id.in_(ids))):
            names[m.id] = m.display_name
    starts = start_times(meeting.start_at, [i.minutes for i in items])
    rows = tuple(
        AgendaItemRow(
            i.id,
            n,
            i.kind,
            i.title,
            i.minutes,
            i.presenter_id,
            names.get(i.presenter_id, ""),
            i.topic_id,
            starts[n],
            i.details,
        )
        for n, i in enumerate(items)
    )
    return Agenda(meeting.id, meeting.start_at, meeting.end_at, meeting.tz, rows)


# --- checking --------------------------------------------------------------------------


def normalise_item(item: AgendaItemData, *, field_prefix: str = "") -> AgendaItemData:
    if item.kind not in {k.value for k in AgendaKind}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a kind from the list."), field=field_prefix + "kind"
        )
    if item.minutes is None or item.minutes < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An agenda item needs at least one minute."),
            field=field_prefix + "minutes",
        )
    if item.minutes > MAX_ITEM_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An agenda item can last at most {max} minutes."),
            field=field_prefix + "minutes",
            max=MAX_ITEM_MINUTES,
        )
    title = text.clean(item.title, max_len=TITLE_MAX, field=field_prefix + "title")
    details = text.clean(
        item.details, max_len=DETAILS_MAX, field=field_prefix + "details", multiline=True
    )
    return replace(item, title=title, minutes=int(item.minutes), details=details)


def _check_refs(session: Session, item: AgendaItemData) -> None:
    if item.presenter_id is not None and session.get(E.Member, item.presenter_id) is None:
        raise NotFoundError()
    if item.topic_id is not None and session.get(E.Topic, item.topic_id) is None:
        raise NotFoundError()


# --- writing ---------------------------------------------------------------------------


def _renumber(items: Sequence[E.AgendaItem]) -> None:
    for n, item in enumerate(items):
        if item.position != n:
            item.position = n


def _ordered(meeting: E.Meeting) -> list[E.AgendaItem]:
    return sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))


def set_agenda(session: Session, meeting_id: int, items: Sequence[AgendaItemData]) -> None:
    """Make the agenda exactly *items*, in this order. Items with an id are updated (and
    keep their id), new ones inserted, missing ones deleted."""
    meeting = _meeting(session, meeting_id)
    if len(items) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An agenda can have at most {max} items."),
            field="items",
            max=MAX_ITEMS,
        )
    cleaned = [normalise_item(i) for i in items]
    for item in cleaned:
        _check_refs(session, item)
    current = {i.id: i for i in meeting.agenda_items}
    wanted = [i.id for i in cleaned if i.id is not None]
    if set(wanted) - current.keys() or len(wanted) != len(set(wanted)):
        raise NotFoundError()
    for item_id, stored in current.items():
        if item_id not in wanted:
            meeting.agenda_items.remove(stored)
    for n, data in enumerate(cleaned):
        if data.id is None:
            meeting.agenda_items.append(
                E.AgendaItem(
                    position=n,
                    kind=data.kind,
                    title=data.title,
                    minutes=data.minutes,
                    presenter_id=data.presenter_id,
                    topic_id=data.topic_id,
                    details=data.details,
                )
            )
            continue
        row = current[data.id]
        for key, value in (
            ("position", n),
            ("kind", data.kind),
            ("title", data.title),
            ("minutes", data.minutes),
            ("presenter_id", data.presenter_id),
            ("topic_id", data.topic_id),
            ("details", data.details),
        ):
            if getattr(row, key) != value:
                setattr(row, key, value)
    session.flush()


def add_item(
    session: Session, meeting_id: int, data: AgendaItemData, position: int | None = None
) -> int:
    """Insert one item (at the end, or before *position*); returns its id."""
    meeting = _meeting(session, meeting_id)
    data = normalise_item(data)
    _check_refs(session, data)
    items = _ordered(meeting)
    if len(items) >= MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An agenda can have at most {max} items."),
            field="items",
            max=MAX_ITEMS,
        )
    new = E.AgendaItem(
        kind=data.kind,
        title=data.title,
        minutes=data.minutes,
        presenter_id=data.presenter_id,
        topic_id=data.topic_id,
        details=data.details,
    )
    at = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(at, new)
    new.position = at
    meeting.agenda_items.append(new)
    _renumber(items)
    session.flush()
    return new.id


def _item(session: Session, item_id: int) -> E.AgendaItem:
    item = session.get(E.AgendaItem, item_id)
    if item is None:
        raise NotFoundError()
    return item


def update_item(session: Session, item_id: int, data: AgendaItemData) -> None:
    item = _item(session, item_id)
    data = normalise_item(data)
    _check_refs(session, data)
    for key in ("kind", "title", "minutes", "presenter_id", "topic_id", "details"):
        if getattr(item, key) != getattr(data, key):
            setattr(item, key, getattr(data, key))


def move_item(session: Session, item_id: int, position: int) -> None:
    """Move one item to *position* (0 = first); the others close up."""
    item = _item(session, item_id)
    items = [i for i in _ordered(item.meeting) if i.id != item_id]
    items.insert(max(0, min(position, len(items))), item)
    _renumber(items)


def remove_item(session: Session, item_id: int) -> None:
    item = _item(session, item_id)
    meeting = item.meeting
    meeting.agenda_items.remove(item)
    _renumber(_ordered(meeting))


# --- templates -------------------------------------------------------------------------


def list_templates(session: Session) -> list[TemplateRow]:
    """Built-in templates first, then the saved ones by name."""
    t = E.AgendaTemplate
    out = []
    for template in session.scalars(select(t).order_by(t.builtin.desc(), func.lower(t.name))):
        out.append(
            TemplateRow(
                template.id,
                template.name,
                template.builtin,
                tuple(TemplateItem(i.kind, i.title, i.minutes) for i in template.items),
            )
        )
    return out


def apply_template(
    session: Session, meeting_id: int, template_id: int, *, append: bool = False
) -> None:
    """Replace the meeting's agenda by the template's items (or add them at the end)."""
    meeting = _meeting(session, meeting_id)
    template = session.get(E.AgendaTemplate, template_id)
    if template is None:
        raise NotFoundError()
    current = [] if not append else [i.data() for i in get_agenda(session, meeting_id).items]
    items = current + [AgendaItemData(i.kind, i.title, i.minutes) for i in template.items]
    set_agenda(session, meeting.id, items)


def save_as_template(session: Session, meeting_id: int, name: str) -> int:
    """Store the meeting's agenda (kinds, titles, minutes) as a new template."""
    meeting = _meeting(session, meeting_id)
    name = text.clean(name, max_len=200, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter a name for the template.")
    )
    clash = session.scalar(
        select(E.AgendaTemplate.id)
        .where(func.lower(E.AgendaTemplate.name) == name.lower())
        .limit(1)
    )
    if clash is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A template named “{name}” already exists."),
            field="name",
            name=name,
        )
    items = _ordered(meeting)
    if not items:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The agenda is empty: add items before saving it as a template."
            ),
            field="items",
        )
    template = E.AgendaTemplate(name=name, builtin=False)
    template.items = [
        E.AgendaTemplateItem(position=n, kind=i.kind, title=i.title, minutes=i.minutes)
        for n, i in enumerate(items)
    ]
    session.add(template)
    session.flush()
    return template.id


def delete_template(session: Session, template_id: int) -> None:
    """Delete a saved template; the built-in ones stay."""
    template = session.get(E.AgendaTemplate, template_id)
    if template is None:
        raise NotFoundError()
    if template.builtin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The built-in templates cannot be deleted."),
            field="template",
        )
    session.delete(template)
