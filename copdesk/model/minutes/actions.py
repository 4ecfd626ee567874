"""Action items across meetings: open, overdue, done; by owner and organisation.

The minutes editor creates action items (``minutes.add_action``); this module lists them
over all meetings and changes their state (done / reopened, a new due date, carried over
to a later meeting). Every write goes through ORM objects so undo/redo records it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, UserError
from copdesk.model.localtime import DEFAULT_TZ as BERLIN
from copdesk.model.minutes.dto import ActionFilter, ActionRow

OPEN, OVERDUE, DONE, ALL = "open", "overdue", "done", "all"


def _local_date(instant: dt.datetime, tz: str) -> dt.date:
    from zoneinfo import ZoneInfo

    return instant.astimezone(ZoneInfo(tz or BERLIN)).date()


def action_rows(
    session: Session, *where, today: dt.date | None = None, order=None
) -> list[ActionRow]:
    """Action items matching *where* (conditions on ``E.ActionItem`` / ``E.Meeting``)."""
    today = today or dt.date.today()
    a, mt = E.ActionItem, E.Meeting
    owner = aliased(E.Member)
    org = aliased(E.Organisation)
    stmt = (
        select(a, mt.title, mt.start_at, mt.tz, owner.first_name, owner.last_name, org.name)
        .join(mt, mt.id == a.meeting_id)
        .outerjoin(owner, owner.id == a.owner_id)
        .outerjoin(org, org.id == owner.organisation_id)
        .where(*where)
    )
    stmt = stmt.order_by(*(order or (a.due_on.is_(None), a.due_on, mt.start_at, a.id)))
    rows = session.execute(stmt).all()
    ids = [r[0].id for r in rows]
    carried: dict[int, str] = {}
    if ids:
        succ = aliased(E.ActionItem)
        for from_id, title in session.execute(
            select(succ.carried_from_id, mt.title)
            .join(mt, mt.id == succ.meeting_id)
            .where(succ.carried_from_id.in_(ids))
        ):
            carried[from_id] = title
    out = []
    for item, title, start, tz, first, last, org_name in rows:
        owner_name = " ".join(p for p in (first, last) if p)
        out.append(
            ActionRow(
                id=item.id,
                meeting_id=item.meeting_id,
                meeting_title=title,
                meeting_on=_local_date(start, tz),
                agenda_item_id=item.agenda_item_id,
                topic_id=item.topic_id,
                owner_id=item.owner_id,
                owner=owner_name,
                organisation=org_name or "",
                description=item.description,
                due_on=item.due_on,
                status=item.status,
                done_on=item.done_on,
                carried_from_id=item.carried_from_id,
                carried_to_meeting=carried.get(item.id, ""),
                version=item.version,
                overdue=item.status == E.ActionStatus.OPEN
                and item.due_on is not None
                and item.due_on < today,
            )
        )
    return out


def list_actions(
    session: Session, group_id: int | None = None, *, today: dt.date | None = None
) -> list[ActionRow]:
    """Every action item (of one group, or all), soonest due first."""
    where = [] if group_id is None else [E.Meeting.group_id == group_id]
    return action_rows(session, *where, today=today)


def matches(row: ActionRow, flt: ActionFilter) -> bool:
    if flt.state == OPEN and row.status != E.ActionStatus.OPEN:
        return False
    if flt.state == OVERDUE and not row.overdue:
        return False
    if flt.state == DONE and row.status == E.ActionStatus.OPEN:
        return False
    if flt.owner_id is not None and row.owner_id != flt.owner_id:
        return False
    return flt.organisation is None or row.organisation == flt.organisation


def filter_actions(rows: Iterable[ActionRow], flt: ActionFilter) -> list[ActionRow]:
    return [r for r in rows if matches(r, flt)]


def owners(rows: Sequence[ActionRow]) -> list[tuple[int, str]]:
    """(member id, name) of everyone who owns an action item, by name."""
    seen = {r.owner_id: r.owner for r in rows if r.owner_id is not None}
    return sorted(seen.items(), key=lambda p: (p[1].casefold(), p[0]))


def organisations(rows: Sequence[ActionRow]) -> list[str]:
    return sorted({r.organisation for r in rows if r.organisation}, key=str.casefold)


def counts(rows: Sequence[ActionRow]) -> dict[str, int]:
    return {
        OPEN: sum(1 for r in rows if r.status == E.ActionStatus.OPEN),
        OVERDUE: sum(1 for r in rows if r.overdue),
        DONE: sum(1 for r in rows if r.status != E.ActionStatus.OPEN),
        ALL: len(rows),
    }


# --- changing one action item -----------------------------------------------------------


def _get(session: Session, action_id: int, version: int | None = None) -> E.ActionItem:
    item = session.get(E.ActionItem, action_id)
    if item is None:
        raise NotFoundError()
    if version is not None and item.version != version:
        raise ConflictError()
    return item


def set_done(
    session: Session,
    action_id: int,
    done: bool,
    *,
    today: dt.date | None = None,
    version: int | None = None,
) -> None:
    """Mark done (today) or open again."""
    item = _get(session, action_id, version)
    if done:
        if item.status != E.ActionStatus.DONE:
            item.status = E.ActionStatus.DONE.value
            item.done_on = today or dt.date.today()
    elif item.status != E.ActionStatus.OPEN:
        item.status = E.ActionStatus.OPEN.value
        item.done_on = None


def move_due(
    session: Session, action_id: int, due_on: dt.date | None, *, version: int | None = None
) -> None:
    item = _get(session, action_id, version)
    if item.status != E.ActionStatus.OPEN:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "Only open action items get a new due date. Reopen it first."
            )
        )
    if item.due_on != due_on:
        item.due_on = due_on


def carry_over(
    session: Session,
    action_id: int,
    meeting_id: int,
    *,
    due_on: dt.date | None = None,
    version: int | None = None,
) -> int:
    """Take an open action item into a later meeting's minutes.

    The later meeting gets a new action item that refers to the old one
    (``carried_from_id``); the old one is closed (status "cancelled") so it is not listed
    twice. Returns the new item's id.
    """
    item = _get(session, action_id, version)
    if item.status != E.ActionStatus.OPEN:
        raise UserError(QT_TRANSLATE_NOOP("errors", "Only open action items can be carried over."))
    if item.meeting_id == meeting_id:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "This action item already belongs to this meeting.")
        )
    target = session.get(E.Meeting, meeting_id)
    source = session.get(E.Meeting, item.meeting_id)
    if target is None or source is None:
        raise NotFoundError()
    if target.start_at <= source.start_at:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "Action items can only be carried over to a later meeting.")
        )
    new = E.ActionItem(
        meeting_id=meeting_id,
        owner_id=item.owner_id,
        description=item.description,
        due_on=due_on if due_on is not None else item.due_on,
        status=E.ActionStatus.OPEN.value,
        carried_from_id=item.id,
        topic_id=item.topic_id,
    )
    session.add(new)
    item.status = E.ActionStatus.CANCELLED.value
    item.done_on = _local_date(target.start_at, target.tz)
    session.flush()
    return new.id
