"""Members: list, validate, add, edit, deactivate, delete (only without history)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.dto import MemberData, MemberHistory, MemberRow
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)

NAME_MAX = 100


class MemberHasHistory(UserError):
    """Deleting would break attendance, minutes or rotation records: deactivate instead."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} cannot be deleted: the minutes and the rotation history refer to them "
        "(invited to or attended {attendances} meetings, {roles} roles, {actions} action "
        "items, {topics} topics). Mark them inactive instead: they stay in the minutes and "
        "lists but are no longer invited or suggested.",
    )

    def __init__(self, name: str, history: MemberHistory) -> None:
        self.history = history
        super().__init__(
            name=name,
            attendances=history.attendances,
            roles=history.roles + history.rotation_turns,
            actions=history.action_items,
            topics=history.topics,
        )


def list_members(
    session: Session, *, group_id: int | None = None, today: dt.date | None = None
) -> list[MemberRow]:
    """Members, sorted by last and first name, in one query; ``guest`` marks a guest.

    With *group_id* of a sub-group: its current members and guests (their membership has
    no leaving date, or one after *today*). The community itself (the root group, or no
    *group_id*) lists its members: everyone except the guests of sub-groups
    (``groups.guest_clause``; a member without any membership row counts as a member).
    """
    org = E.Organisation
    m = E.Member
    stmt = (
        select(
            m.id,
            m.first_name,
            m.last_name,
            m.organisation_id,
            func.coalesce(org.name, "").label("organisation"),
            m.email,
            m.phone,
            m.function,
            m.active,
            m.joined_on,
            m.consent_on,
            m.version,
            groups.guest_clause(m.id).label("guest"),
        )
        .outerjoin(org, org.id == m.organisation_id)
        .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
    )
    if group_id is not None and not is_community(session, group_id):
        gm = E.GroupMembership
        day = today or dt.date.today()
        stmt = stmt.join(gm, gm.member_id == m.id).where(
            gm.group_id == group_id, or_(gm.left_on.is_(None), gm.left_on > day)
        )
    else:
        stmt = stmt.where(~groups.guest_clause(m.id))
    return [MemberRow(**row._mapping) for row in session.execute(stmt)]


def is_community(session: Session, group_id: int) -> bool:
    """Whether *group_id* is the community itself (a group without a parent)."""
    parent = session.execute(
        select(E.Group.id, E.Group.parent_id).where(E.Group.id == group_id)
    ).first()
    return parent is not None and parent.parent_id is None


def get_member(session: Session, member_id: int) -> tuple[MemberData, int]:
    """The editable data of one member and its version (for conflict detection)."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    data = MemberData(
        first_name=member.first_name,
        last_name=member.last_name,
        organisation_id=member.organisation_id,
        email=member.email,
        phone=member.phone,
        function=member.function,
        offers=member.offers,
        seeks=member.seeks,
        joined_on=member.joined_on,
        left_on=member.left_on,
        active=member.active,
        consent_on=member.consent_on,
        notes=member.notes,
        group_ids=_current_groups(session, member),
    )
    return data, member.version


def _current_groups(session: Session, member: E.Member) -> tuple[int, ...]:
    """The groups the member belongs to now; one without any membership row (an older
    file) is a member of the community."""
    if not member.groups:
        root = session.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)).limit(1))
        return (root,) if root is not None else ()
    return tuple(sorted(gm.group_id for gm in member.groups if gm.left_on is None))


def normalise(data: MemberData) -> MemberData:
    """Cleaned input, or a ``ValidationError`` naming the field."""
    first = text.clean(data.first_name, max_len=NAME_MAX, field="first_name")
    last = text.clean(data.last_name, max_len=NAME_MAX, field="last_name")
    if not first and not last:
        text.required(
            "",
            field="last_name",
            template=QT_TRANSLATE_NOOP("errors", "Enter a name (first or last name)."),
        )
    email = text.check_email(text.clean(data.email, max_len=254, field="email"))
    if data.joined_on and data.left_on and data.left_on < data.joined_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The leaving date is before the joining date."),
            field="left_on",
        )
    return replace(
        data,
        first_name=first,
        last_name=last,
        email=email,
        phone=text.clean(data.phone, max_len=60, field="phone"),
        function=text.clean(data.function, max_len=120, field="function"),
        offers=text.clean(data.offers, max_len=4000, field="offers", multiline=True),
        seeks=text.clean(data.seeks, max_len=4000, field="seeks", multiline=True),
        notes=text.clean(data.notes, max_len=20000, field="notes", multiline=True),
    )


def duplicate_email(session: Session, email: str, *, exclude_id: int | None = None) -> str | None:
    """The name of another member with the same e-mail address (``text.email_key``), if any."""
    wanted = text.email_key(email)
    if not wanted:
        return None
    # compared in Python: SQLite knows neither Unicode normalisation nor IDNA
    stmt = select(E.Member.first_name, E.Member.last_name, E.Member.email).where(
        E.Member.email != ""
    )
    if exclude_id is not None:
        stmt = stmt.where(E.Member.id != exclude_id)
    for first, last, mail in session.execute(stmt):
        if text.email_key(mail) == wanted:
            return " ".join(p for p in (first, last) if p)
    return None


def _apply(session: Session, member: E.Member, data: MemberData) -> None:
    if (
        data.organisation_id is not None
        and session.get(E.Organisation, data.organisation_id) is None
    ):
        raise NotFoundError()
    for key in (
        "first_name",
        "last_name",
        "organisation_id",
        "email",
        "phone",
        "function",
        "offers",
        "seeks",
        "joined_on",
        "left_on",
        "active",
        "consent_on",
        "notes",
    ):
        if getattr(member, key) != getattr(data, key):
            setattr(member, key, getattr(data, key))
    wanted = set(data.group_ids)
    for gid in wanted:
        if session.get(E.Group, gid) is None:
            raise NotFoundError()
    if member.id is None:  # new: joined when they joined the community
        for gid in sorted(wanted):
            member.groups.append(E.GroupMembership(group_id=gid, joined_on=data.joined_on))
        return
    # an existing member joins (again) or leaves; with history in a group: marked as left
    current = {gm.group_id for gm in member.groups if gm.left_on is None}
    for gid in sorted(wanted - current):  # the community is among them or not: as asked
        groups.set_group_members(session, gid, add=[member.id], guests=True)
    for gid in sorted(current - wanted):
        groups.set_group_members(session, gid, remove=[member.id])


def add_member(session: Session, data: MemberData) -> int:
    data = normalise(data)
    if not data.group_ids:
        root = session.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)).limit(1))
        data = replace(data, group_ids=(root,) if root else ())
    member = E.Member()
    _apply(session, member, data)  # before add(): autoflush must not insert a blank row
    session.add(member)
    session.flush()
    return member.id


def update_member(session: Session, member_id: int, data: MemberData, version: int) -> None:
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    if member.version != version:
        raise ConflictError()
    _apply(session, member, normalise(data))


def set_active(session: Session, member_id: int, active: bool) -> None:
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    member.active = active


def history(session: Session, member_id: int) -> MemberHistory:
    def count(stmt: Select[int]) -> int:
        return session.scalar(stmt) or 0

    mt = E.Meeting
    return MemberHistory(
        attendances=count(
            select(func.count())
            .select_from(E.Attendance)
            .where(E.Attendance.member_id == member_id)
        ),
        roles=count(
            select(func.count())
            .select_from(mt)
            .where(
                or_(
                    mt.moderator_id == member_id,
                    mt.co_moderator_id == member_id,
                    mt.protocol_writer_id == member_id,
                )
            )
        )
        + count(
            select(func.count())
            .select_from(E.AgendaItem)
            .where(E.AgendaItem.presenter_id == member_id)
        ),
        rotation_turns=count(
            select(func.count())
            .select_from(E.RotationRecord)
            .where(
                or_(
                    E.RotationRecord.member_id == member_id,
                    E.RotationRecord.other_member_id == member_id,
                )
            )
        ),
        action_items=count(
            select(func.count()).select_from(E.ActionItem).where(E.ActionItem.owner_id == member_id)
        ),
        topics=count(
            select(func.count()).select_from(E.Topic).where(E.Topic.proposed_by_id == member_id)
        ),
        votes=count(
            select(func.count()).select_from(E.TopicVote).where(E.TopicVote.member_id == member_id)
        ),
        notes=count(
            select(func.count())
            .select_from(E.MinutesNote)
            .where(E.MinutesNote.member_id == member_id)
        ),
    )


def delete_member(session: Session, member_id: int) -> None:
    """Delete a member without history; one with history raises ``MemberHasHistory``."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    past = history(session, member_id)
    if past.any:
        raise MemberHasHistory(member.display_name, past)
    session.delete(member)
