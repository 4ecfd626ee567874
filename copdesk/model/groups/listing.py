"""Listing and finding groups: the CoP (root group) and its sub-groups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import tables
from copdesk.model.dto import GroupRow
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError

if TYPE_CHECKING:
    from copdesk.model import entities as E


def list_groups(session: Session) -> list[GroupRow]:
    """The root first, then sub-groups by name (Core: the window needs it before any ORM)."""
    g, gm = tables.cop_group, tables.group_membership
    counts = (
        select(gm.c.group_id, func.count().label("n"))
        .where(gm.c.left_on.is_(None))
        .group_by(gm.c.group_id)
        .subquery()
    )
    stmt = (
        select(
            g.c.id,
            g.c.name,
            g.c.parent_id,
            func.coalesce(counts.c.n, 0).label("member_count"),
            g.c.active,
        )
        .outerjoin(counts, counts.c.group_id == g.c.id)
        .order_by(g.c.parent_id.is_not(None), func.lower(g.c.name))
    )
    return [GroupRow(**row._mapping) for row in session.execute(stmt)]


def root_group(session: Session) -> E.Group:
    from copdesk.model import entities as E  # not at import: the window's start needs Core only

    group = session.scalar(select(E.Group).where(E.Group.parent_id.is_(None)).order_by(E.Group.id))
    if group is None:
        raise NotFoundError()
    return group


def community_name(session: Session) -> str:
    return root_group(session).name


def find_group(session: Session, name: str | None) -> GroupRow:
    """The group called *name* for the command line: case-insensitive, a unique part of the
    name is enough; no name (None or "") means the community itself."""
    rows = list_groups(session)
    wanted = " ".join((name or "").split()).casefold()
    if not wanted:
        root = next((r for r in rows if r.parent_id is None), None)
        if root is not None:
            return root
    for row in rows:
        if row.name.casefold() == wanted:
            return row
    matches = [r for r in rows if wanted and wanted in r.name.casefold()]
    if len(matches) == 1:
        return matches[0]
    raise UserError(
        QT_TRANSLATE_NOOP("errors", "There is no group named “{name}”. Groups: {groups}."),
        name=name or "",
        groups=", ".join(f"“{r.name}”" for r in rows),
    )
