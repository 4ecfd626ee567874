"""Who "the group's people" are on a given day — the one definition that rotation, date
suggestions, invitations, Lean Coffee's "who is here" and attendance all use.

A member belongs to a group's people on *day* when

* they have a membership row in that group that has not ended by then (``left_on``
  empty or after the day; the joining date is not asked: a member added today can be
  put on the attendance of a meeting held before);
* they are active, not erased (``forgotten_on``) and have not left the community by then
  (the member's own ``left_on`` empty or after the day).

For the community this is its root membership. A guest of a sub-group (a membership in
the sub-group only) is among the sub-group's people and not among the community's. The
rule is given twice, as SQL (:func:`people_clause`) and in Python (:func:`member_on`, for
the rotation that works on a snapshot); ``tests/groups/test_people.py`` holds them equal.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, or_, select
from sqlalchemy.orm import Session

from copdesk.model import tables


def people_select(group_id: int | ColumnElement[int], day: dt.date) -> Select[tuple[int]]:
    """SELECT of the member ids that are the group's people on *day*."""
    gm, mb = tables.group_membership, tables.member
    return (
        select(gm.c.member_id)
        .join(mb, mb.c.id == gm.c.member_id)
        .where(
            gm.c.group_id == group_id,
            or_(gm.c.left_on.is_(None), gm.c.left_on > day),
            mb.c.active.is_(True),
            mb.c.forgotten_on.is_(None),
            or_(mb.c.left_on.is_(None), mb.c.left_on > day),
        )
    )


def people_clause(
    group_id: int | ColumnElement[int],
    day: dt.date,
    member_id: SQLColumnExpression[int] | None = None,
) -> ColumnElement[bool]:
    """WHERE clause: *member_id* (default: ``member.id``) is one of the group's people
    on *day*."""
    column = tables.member.c.id if member_id is None else member_id
    return column.in_(people_select(group_id, day))


def people_of(session: Session, group_id: int, day: dt.date) -> set[int]:
    """The ids of the group's people on *day*."""
    return set(session.scalars(people_select(group_id, day)))


def member_on(day: dt.date, *, left: dt.date | None, active: bool) -> bool:
    """The same rule in Python, for someone with a membership in the group: *left* is the
    earlier of the group's and the community's leaving date, *active* is false for an
    inactive or erased member."""
    return active and (left is None or left > day)


def left_by(session: Session, group_id: int, day: dt.date) -> set[int]:
    """The ids of those whose membership in the group had ended by *day* (former members:
    an old answer of theirs does not make them one of the people of a later meeting)."""
    gm = tables.group_membership
    return set(
        session.scalars(
            select(gm.c.member_id).where(gm.c.group_id == group_id, gm.c.left_on <= day)
        )
    )
