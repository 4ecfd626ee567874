"""Who belongs to a group: adding several members at once, and letting them leave.

A member with history in the group (meetings they attended or ran) is not removed but
marked as left (``left_on``): the group's records keep naming them.

A *guest* belongs to sub-groups without being a member of the community: they have a
membership row in a sub-group and none (not even a left one) in the root group
(``guest_clause``, ``is_guest``). A member without any membership row (older files,
imports) counts as a community member.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from copdesk.model import tables, text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError


def guest_clause(member_id: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """SQL: the member with *member_id* is a guest (a sub-group membership row, no root row).

    The one place that says who is a guest; e.g. ``select(...).where(~guest_clause(m.id))``
    lists the community's members only.
    """
    # aliases: the caller's query may join the same tables (no accidental correlation)
    g, gm = tables.cop_group.alias("guest_g"), tables.group_membership.alias("guest_gm")
    in_sub = exists().where(
        gm.c.member_id == member_id, gm.c.group_id == g.c.id, g.c.parent_id.is_not(None)
    )
    g, gm = tables.cop_group.alias("guest_rg"), tables.group_membership.alias("guest_rgm")
    in_root = exists().where(
        gm.c.member_id == member_id, gm.c.group_id == g.c.id, g.c.parent_id.is_(None)
    )
    return and_(in_sub, ~in_root)


def is_guest(session: Session, member_id: int) -> bool:
    """Whether the member belongs to sub-groups only, not to the community."""
    m = tables.member
    return bool(session.scalar(select(guest_clause(m.c.id)).where(m.c.id == member_id)))


@dataclass(frozen=True, slots=True)
class MemberGroup:
    """One group a member belongs or belonged to (the member dialog's Groups tab)."""

    group_id: int
    name: str
    is_community: bool
    joined_on: dt.date | None
    left_on: dt.date | None  # None: a current member of the group


def member_groups(session: Session, member_id: int) -> list[MemberGroup]:
    """The member's groups, current and left, the community first, then by name."""
    g, gm = tables.cop_group, tables.group_membership
    rows = session.execute(
        select(g.c.id, g.c.name, g.c.parent_id, gm.c.joined_on, gm.c.left_on)
        .join(gm, gm.c.group_id == g.c.id)
        .where(gm.c.member_id == member_id)
        .order_by(g.c.parent_id.is_not(None), g.c.name)
    )
    return [MemberGroup(r.id, r.name, r.parent_id is None, r.joined_on, r.left_on) for r in rows]


def current_member_ids(session: Session, group_id: int) -> set[int]:
    """The members of a group who have not left it."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    gm = E.GroupMembership
    stmt = select(gm.member_id).where(gm.group_id == group_id, gm.left_on.is_(None))
    return set(session.scalars(stmt))


def has_history(session: Session, group_id: int, member_id: int) -> bool:
    """Whether the member attended or ran a meeting of the group."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    m = E.Meeting
    attended = (
        select(E.Attendance.meeting_id)
        .join(m, m.id == E.Attendance.meeting_id)
        .where(m.group_id == group_id, E.Attendance.member_id == member_id)
    )
    ran = select(m.id).where(
        m.group_id == group_id,
        or_(
            m.moderator_id == member_id,
            m.co_moderator_id == member_id,
            m.protocol_writer_id == member_id,
        ),
    )
    return session.scalar(attended.limit(1)) is not None or session.scalar(ran.limit(1)) is not None


def set_group_members(
    session: Session,
    group_id: int,
    add: Iterable[int] = (),
    remove: Iterable[int] = (),
    *,
    today: dt.date | None = None,
    guests: bool = False,
) -> None:
    """Add members to a group (again, if they had left) and remove others; a removed
    member with history in the group is kept and marked as left today.

    A member without any membership row (a community member of an older file) who joins
    a sub-group is also recorded in the community, so that they do not turn into a guest;
    with *guests* they join the sub-group only."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    day = today or dt.date.today()
    for member_id in dict.fromkeys(add):
        if session.get(E.Member, member_id) is None:
            raise NotFoundError()
        if group.parent_id is not None and not guests and not _has_rows(session, member_id):
            root_id = session.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
            if root_id is not None:
                session.add(E.GroupMembership(group_id=root_id, member_id=member_id))
        row = session.get(E.GroupMembership, (group_id, member_id))
        if row is None:
            session.add(E.GroupMembership(group_id=group_id, member_id=member_id, joined_on=day))
        elif row.left_on is not None:
            row.left_on = None
            row.joined_on = day
    for member_id in dict.fromkeys(remove):
        row = session.get(E.GroupMembership, (group_id, member_id))
        if row is None or row.left_on is not None:
            continue
        if has_history(session, group_id, member_id):
            row.left_on = day
        else:
            session.delete(row)


@dataclass(frozen=True, slots=True)
class MembershipEffect:
    """What ``set_group_members`` would do (the confirmation before it runs)."""

    joining: tuple[int, ...] = ()  # new in the group, or back after having left
    already: tuple[int, ...] = ()  # current members: nothing to do
    removed: tuple[int, ...] = ()  # without history: their membership row goes
    marked_left: tuple[int, ...] = ()  # with history: kept, marked as left on *day*
    not_member: tuple[int, ...] = ()  # not (or no longer) in the group: nothing to do
    day: dt.date = dt.date.min


def membership_effect(
    session: Session,
    group_id: int,
    add: Iterable[int] = (),
    remove: Iterable[int] = (),
    *,
    today: dt.date | None = None,
) -> MembershipEffect:
    """What adding *add* to and removing *remove* from the group would change."""
    current = current_member_ids(session, group_id)
    joining: list[int] = []
    already: list[int] = []
    removed: list[int] = []
    left: list[int] = []
    not_member: list[int] = []
    for member_id in dict.fromkeys(add):
        (already if member_id in current else joining).append(member_id)
    for member_id in dict.fromkeys(remove):
        if member_id not in current:
            not_member.append(member_id)
        elif has_history(session, group_id, member_id):
            left.append(member_id)
        else:
            removed.append(member_id)
    return MembershipEffect(
        tuple(joining),
        tuple(already),
        tuple(removed),
        tuple(left),
        tuple(not_member),
        today or dt.date.today(),
    )


def _has_rows(session: Session, member_id: int) -> bool:
    gm = tables.group_membership
    stmt = select(gm.c.group_id).where(gm.c.member_id == member_id).limit(1)
    return session.execute(stmt).first() is not None


def member_ids_by_email(session: Session, emails: Iterable[str]) -> list[int]:
    """The members with these e-mail addresses (case-insensitive), in the order given;
    an address no member has is refused by name."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    known: dict[str, int] = {}
    rows = session.execute(
        select(E.Member.id, E.Member.email).where(E.Member.email != "").order_by(E.Member.id)
    )
    for row in rows:
        known.setdefault(text.email_key(row.email), row.id)
    ids: list[int] = []
    for email in emails:
        member_id = known.get(text.email_key(email))
        if member_id is None:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "No member has the e-mail address “{email}”."),
                email=email,
            )
        ids.append(member_id)
    return ids
