"""Creating, changing, archiving and deleting sub-groups of the community."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import links, text
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.groups.data import CADENCE_UNITS, GroupData
from copdesk.model.groups.listing import root_group
from copdesk.model.tables import RotationRole, VideoTool

if TYPE_CHECKING:
    from copdesk.model import entities as E

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class GroupInUse(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” cannot be deleted: it has {meetings} meetings, {series} series and "
        "{topics} topics. Archive it instead: its history is kept and it leaves the list.",
    )


class CommunityNotArchivable(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The community itself cannot be archived or deleted, only its sub-groups."
    )


def normalise(session: Session, data: GroupData, *, exclude_id: int | None = None) -> GroupData:
    """Clean the fields; refuse a name another group has (case-insensitively)."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    name = text.clean(data.name, max_len=200, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the group's name.")
    )
    clash = select(E.Group.id).where(func.lower(E.Group.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(E.Group.id != exclude_id)
    if session.scalar(clash.limit(1)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A group named “{name}” already exists."),
            field="name",
            name=name,
        )
    if data.cadence_unit not in CADENCE_UNITS or not 1 <= data.cadence_interval <= 52:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a cadence of every 1 to 52 weeks or months."),
            field="cadence",
        )
    weekdays = tuple(sorted(set(data.weekdays)))
    if not weekdays or any(not 1 <= d <= 7 for d in weekdays):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one weekday."), field="weekdays"
        )
    if not (_TIME.match(data.window_start) and _TIME.match(data.window_end)) or (
        data.window_start >= data.window_end
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The time window must start before it ends (HH:MM)."),
            field="window",
        )
    if not 5 <= data.default_minutes <= 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The duration must be between 5 minutes and 24 hours."),
            field="default_minutes",
        )
    if data.video_tool not in {v.value for v in VideoTool}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a value from the list."), field="video_tool"
        )
    return GroupData(
        name=name,
        purpose=text.clean(data.purpose, max_len=4000, field="purpose", multiline=True),
        cadence_unit=data.cadence_unit,
        cadence_interval=data.cadence_interval,
        weekdays=weekdays,
        window_start=data.window_start,
        window_end=data.window_end,
        default_minutes=data.default_minutes,
        video_tool=data.video_tool,
        join_url=links.check_url(text.clean(data.join_url, max_len=500, field="join_url")),
        whiteboard_url=links.check_whiteboard(data.whiteboard_url),
        rotates_moderation=data.rotates_moderation,
    )


def _apply(group: E.Group, data: GroupData) -> None:
    values: dict[str, object] = {
        "name": data.name,
        "description": data.purpose,
        "cadence_unit": data.cadence_unit,
        "cadence_interval": data.cadence_interval,
        "preferred_weekdays": ",".join(str(d) for d in data.weekdays),
        "window_start": data.window_start,
        "window_end": data.window_end,
        "default_minutes": data.default_minutes,
        "video_tool": data.video_tool,
        "join_url": data.join_url,
        "whiteboard_url": data.whiteboard_url,
    }
    for key, value in values.items():
        if getattr(group, key) != value:
            setattr(group, key, value)


def _group(session: Session, group_id: int) -> E.Group:
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    return group


def get_group(session: Session, group_id: int) -> tuple[GroupData, int]:
    """The group's fields for the dialog, and its version for ``update_group``."""
    g = _group(session, group_id)
    weekdays = tuple(int(d) for d in g.preferred_weekdays.split(",") if d.strip().isdigit())
    data = GroupData(
        name=g.name,
        purpose=g.description,
        cadence_unit=g.cadence_unit,
        cadence_interval=g.cadence_interval,
        weekdays=weekdays,
        window_start=g.window_start,
        window_end=g.window_end,
        default_minutes=g.default_minutes,
        video_tool=g.video_tool,
        join_url=g.join_url,
        whiteboard_url=g.whiteboard_url,
        rotates_moderation=rotates_moderation(session, group_id),
    )
    return data, g.version


def rotates_moderation(session: Session, group_id: int) -> bool:
    """Whether the group's moderation rotates: its stored moderation rule (the rotation's
    default, on, where none is stored). The row is read here, not through ``rotation``,
    which builds on groups (a group's people)."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    rule = session.get(E.RotationRule, (group_id, RotationRole.MODERATOR.value))
    return True if rule is None else bool(rule.enabled)


def _set_rotation(session: Session, group_id: int, enabled: bool) -> None:
    """Store the switch in the moderation rule (created with the rotation's defaults)."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    rule = session.get(E.RotationRule, (group_id, RotationRole.MODERATOR.value))
    if rule is None:
        if enabled:
            return  # no rule stored means on
        session.add(
            E.RotationRule(
                group_id=group_id,
                role=RotationRole.MODERATOR.value,
                enabled=False,
                min_attended=1,
                excluded_member_ids="",
            )
        )
    elif rule.enabled != enabled:
        rule.enabled = enabled


def add_group(session: Session, data: GroupData) -> int:
    """A new sub-group of the community; returns its id."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    parent = root_group(session)
    group = E.Group(parent_id=parent.id, active=True)
    data = normalise(session, data)
    _apply(group, data)
    session.add(group)
    session.flush()
    _set_rotation(session, group.id, data.rotates_moderation)
    return group.id


def update_group(session: Session, group_id: int, data: GroupData, version: int) -> None:
    group = _group(session, group_id)
    if group.version != version:
        raise ConflictError()
    data = normalise(session, data, exclude_id=group_id)
    _apply(group, data)
    _set_rotation(session, group_id, data.rotates_moderation)


def _sub_group(session: Session, group_id: int) -> E.Group:
    group = _group(session, group_id)
    if group.parent_id is None:
        raise CommunityNotArchivable()
    return group


def archive_group(session: Session, group_id: int) -> None:
    """Hide a sub-group from the selector; its meetings and members stay."""
    group = _sub_group(session, group_id)
    if group.active:
        group.active = False


def restore_group(session: Session, group_id: int) -> None:
    group = _group(session, group_id)
    if not group.active:
        group.active = True


def _count(session: Session, entity: type[E.Meeting | E.MeetingSeries | E.Topic], gid: int) -> int:
    stmt = select(func.count()).select_from(entity).where(entity.group_id == gid)
    return session.scalar(stmt) or 0


def delete_group(session: Session, group_id: int) -> None:
    """Only a sub-group without meetings, series or topics; otherwise archive it."""
    from copdesk.model import entities as E  # deferred: first paint needs Core only

    group = _sub_group(session, group_id)
    meetings = _count(session, E.Meeting, group_id)
    series = _count(session, E.MeetingSeries, group_id)
    topics = _count(session, E.Topic, group_id)
    if meetings or series or topics:
        raise GroupInUse(name=group.name, meetings=meetings, series=series, topics=topics)
    session.delete(group)
