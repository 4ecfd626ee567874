"""Small phrases every wording of an invitation uses: when (from instants or the ISO
text of a change), the name of a video tool or a format, whether a text is a link."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk.formats.dates import date_with_weekday, meeting_when, time_short
from copdesk.model.invitations import Invitation
from copdesk.model.localtime import DEFAULT_TZ, zone_or_default

_URL = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)

TOOL_NAMES = {"teams": "Microsoft Teams", "zoom": "Zoom", "webex": "Webex", "bbb": "BigBlueButton"}


def zone_of(inv: Invitation) -> ZoneInfo:
    return zone_or_default(inv.tz)


def parse_iso(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except (TypeError, ValueError):
        return None


def when_iso(start: str, end: str, tz: str = DEFAULT_TZ, locale: QLocale | None = None) -> str:
    s, e = parse_iso(start), parse_iso(end)
    if s is None:
        return "?"
    return meeting_when(s, e or s, tz, locale)


def day_time(value: str, tz: str = DEFAULT_TZ, locale: QLocale | None = None) -> str:
    instant = parse_iso(value)
    if instant is None:
        return "?"
    local = instant.astimezone(ZoneInfo(tz))
    text = f"{date_with_weekday(local.date(), locale)}, {time_short(local.time(), locale)}"
    if (locale or QLocale()).language() == QLocale.Language.German:
        text += " Uhr"
    return text


def is_link(url: str) -> bool:
    return bool(_URL.match(url or ""))


def tool_name(tool: str) -> str:
    if tool in TOOL_NAMES:
        return TOOL_NAMES[tool]
    return QCoreApplication.translate("invitations", "video conference")


def format_name(fmt: str) -> str:
    if fmt == "in_person":
        return QCoreApplication.translate("invitations", "in person")
    if fmt == "hybrid":
        return QCoreApplication.translate("invitations", "hybrid")
    return QCoreApplication.translate("invitations", "online")
