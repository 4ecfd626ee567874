"""A group's cadence (interval, weekdays, start time, length) and the day it points to."""

from __future__ import annotations

import calendar
import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from copdesk.model.meetings.dto import Cadence


def _parse_time(value: str, default: dt.time) -> dt.time:
    try:
        h, m = (int(x) for x in (value or "").split(":"))
        return dt.time(h, m)
    except (ValueError, TypeError):
        return default


def cadence_of(group: E.Group) -> Cadence:
    parts = (x.strip() for x in (group.preferred_weekdays or "").split(","))
    days = tuple(
        sorted(
            {
                int(x)
                for x in parts  # isdigit() alone passes "²", int() does not
                if x.isascii() and x.isdigit() and 1 <= int(x) <= 7
            }
        )
    )
    return Cadence(
        unit=group.cadence_unit if group.cadence_unit in ("week", "month") else "month",
        interval=max(1, group.cadence_interval or 1),
        weekdays=days or (1, 2, 3, 4, 5),
        window_start=_parse_time(group.window_start, dt.time(14, 0)),
        window_end=_parse_time(group.window_end, dt.time(16, 0)),
        minutes=group.default_minutes or 120,
    )


def load_group(session: Session, group_id: int) -> E.Group:
    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    return group


def get_cadence(session: Session, group_id: int) -> tuple[Cadence, int]:
    group = load_group(session, group_id)
    return cadence_of(group), group.version


def check_cadence(cadence: Cadence) -> Cadence:
    limit = 24 if cadence.unit == "month" else 52
    if cadence.unit not in ("week", "month"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a value from the list."), field="unit"
        )
    if not 1 <= cadence.interval <= limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The interval must be between 1 and {max}."),
            field="interval",
            max=limit,
        )
    days = tuple(sorted(set(cadence.weekdays)))
    if not days or any(not 1 <= d <= 5 for d in days):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one weekday from Monday to Friday."),
            field="weekdays",
        )
    if not 1 <= cadence.minutes <= 24 * 60:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The meeting must end after it starts: give it a length of at least one minute.",
            ),
            field="minutes",
        )
    return Cadence(
        cadence.unit,
        cadence.interval,
        days,
        cadence.window_start,
        window_end_of(cadence.window_start, cadence.minutes),
        cadence.minutes,
    )


def window_end_of(start: dt.time, minutes: int) -> dt.time:
    total = (start.hour * 60 + start.minute + minutes) % (24 * 60)
    return dt.time(total // 60, total % 60)


def set_cadence(session: Session, group_id: int, cadence: Cadence, version: int) -> None:
    """Store a group's cadence (interval, weekdays, start time and length)."""
    group = load_group(session, group_id)
    if group.version != version:
        raise ConflictError()
    cadence = check_cadence(cadence)
    values = {
        "cadence_unit": cadence.unit,
        "cadence_interval": cadence.interval,
        "preferred_weekdays": ",".join(str(d) for d in cadence.weekdays),
        "window_start": f"{cadence.window_start:%H:%M}",
        "window_end": f"{cadence.window_end:%H:%M}",
        "default_minutes": cadence.minutes,
    }
    for key, value in values.items():
        if getattr(group, key) != value:
            setattr(group, key, value)


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def cadence_target(last: dt.date | None, cadence: Cadence, earliest: dt.date) -> dt.date:
    """The day the cadence points to: one interval after the last meeting, but not before
    *earliest* (typically tomorrow or the day after ``--after``)."""
    if last is None:
        return earliest
    if cadence.unit == "week":
        target = last + dt.timedelta(weeks=cadence.interval)
    else:
        target = add_months(last, cadence.interval)
    return max(target, earliest)


def spread_days(cadence: Cadence) -> int:
    """How far either side of the target to look first."""
    if cadence.unit == "week":
        return max(3, 2 * cadence.interval)
    return max(10, min(21, 5 * cadence.interval))
