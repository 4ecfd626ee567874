"""The community's local time: one default zone, and instants read as its days and hours.

Instants are stored in UTC (``base.UTCDateTime``); people read them as wall-clock time in
a meeting's zone, stored by name (``meeting.tz``). Europe/Berlin is the zone when none is
stored, and the zone that stands in for a name this machine does not know: the file check
refuses unknown names (``integrity.values``), so that is only a safety net for display.
Turning what the user types into an instant (with its daylight-saving questions) is
``meetings.to_instant``: it refuses with a message for the field.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, overload
from zoneinfo import ZoneInfo

DEFAULT_TZ: Final = "Europe/Berlin"
DEFAULT_ZONE: Final = ZoneInfo(DEFAULT_TZ)


def zone_or_default(tz: str | ZoneInfo | None) -> ZoneInfo:
    """The zone named *tz*; the default zone for an empty or unknown name."""
    if isinstance(tz, ZoneInfo):
        return tz
    if not tz:
        return DEFAULT_ZONE
    try:
        return ZoneInfo(tz)
    except (KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return DEFAULT_ZONE


def local(instant: dt.datetime, tz: str | ZoneInfo | None = DEFAULT_ZONE) -> dt.datetime:
    """The instant as an aware wall-clock time in *tz*."""
    return instant.astimezone(zone_or_default(tz))


@overload
def local_date(instant: dt.datetime, tz: str | ZoneInfo | None) -> dt.date: ...
@overload
def local_date(instant: None, tz: str | ZoneInfo | None) -> None: ...
def local_date(instant: dt.datetime | None, tz: str | ZoneInfo | None) -> dt.date | None:
    """The calendar day of *instant* in *tz* (``None`` for no instant)."""
    if instant is None:
        return None
    return local(instant, tz).date()
