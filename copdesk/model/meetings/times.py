"""Local wall-clock time and instants: the editor sends a naive local time and a zone;
:func:`to_instant` turns it into a UTC instant and refuses a time that does not exist
(spring gap) or exists twice (autumn) instead of shifting it silently."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError
from copdesk.model.localtime import DEFAULT_TZ

UTC = dt.UTC


def zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown time zone “{tz}”."), field="start", tz=tz
        ) from None


def local_time_problem(local: dt.datetime, tz: str = DEFAULT_TZ) -> str:
    """ "" if *local* exists exactly once in *tz*; "gap" (it does not exist) or "fold"
    (it exists twice) on the days the clocks change."""
    z = zone(tz)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=z, fold=0)
    second = naive.replace(tzinfo=z, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    back = first.astimezone(UTC).astimezone(z).replace(tzinfo=None)
    return "gap" if back != naive else "fold"


def to_instant(local: dt.datetime, tz: str = DEFAULT_TZ, *, field: str = "start") -> dt.datetime:
    """The UTC instant of a local wall-clock time; ``ValidationError`` on a DST change."""
    problem = local_time_problem(local, tz)
    if problem == "gap":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{time} does not exist on this day: the clocks jump forward an hour at night "
                "(summer time begins). Choose another time, for example an hour later.",
            ),
            field=field,
            time=f"{local:%H:%M}",
        )
    if problem == "fold":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{time} exists twice on this day: the clocks go back an hour at night "
                "(summer time ends). Choose a time after 03:00 so everyone reads it the same.",
            ),
            field=field,
            time=f"{local:%H:%M}",
        )
    return local.replace(tzinfo=zone(tz)).astimezone(UTC)


def to_local(instant: dt.datetime, tz: str = DEFAULT_TZ) -> dt.datetime:
    """The naive local wall-clock time of an instant."""
    return instant.astimezone(zone(tz)).replace(tzinfo=None)
