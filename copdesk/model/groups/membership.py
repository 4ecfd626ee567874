"""Who belongs to a group: adding several members at once, and letting them leave.

A member with history in the group (meetings they attended or ran) is not removed but
marked as left (``left_on``): the group's records keep naming them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from copdesk.model import text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError


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
) -> None:
    """Add members to a group (again, if they had left) and remove others; a removed
    member with history in the group is kept and marked as left today."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    if session.get(E.Group, group_id) is None:
        raise NotFoundError()
    day = today or dt.date.today()
    for member_id in dict.fromkeys(add):
        if session.get(E.Member, member_id) is None:
            raise NotFoundError()
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
