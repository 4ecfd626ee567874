"""Dates and times as people read them, through QLocale (shared by UI and documents).

German: "Do, 12.03.2026, 14:00–16:00 Uhr"; English follows the locale's own forms.
Instants are stored in UTC and shown in the meeting's zone (Europe/Berlin by default).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from copdesk.model.localtime import DEFAULT_ZONE as BERLIN


def _locale(locale: QLocale | None) -> QLocale:
    return locale or QLocale()


def _german(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.German


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def date_short(d: dt.date | None, locale: QLocale | None = None) -> str:
    """12.03.2026 / 12/03/2026 — for table cells."""
    if d is None:
        return ""
    loc = _locale(locale)
    if _german(loc):  # the short German format has a two-digit year
        return loc.toString(qdate(d), "dd.MM.yyyy")
    return loc.toString(qdate(d), QLocale.FormatType.ShortFormat)


def date_with_weekday(d: dt.date, locale: QLocale | None = None) -> str:
    loc = _locale(locale)
    if _german(loc):
        return loc.toString(qdate(d), "ddd, dd.MM.yyyy").replace(".,", ",")
    return loc.toString(qdate(d), "ddd d MMM yyyy")


def local(instant: dt.datetime, tz: str | ZoneInfo = BERLIN) -> dt.datetime:
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return instant.astimezone(zone)


def time_short(t: dt.time, locale: QLocale | None = None) -> str:
    return _locale(locale).toString(QTime(t.hour, t.minute), "HH:mm")


def meeting_when(
    start: dt.datetime, end: dt.datetime, tz: str | ZoneInfo = BERLIN, locale: QLocale | None = None
) -> str:
    """ "Do, 12.03.2026, 14:00–16:00 Uhr" (German) or "Thu 12 Mar 2026, 14:00–16:00"."""
    loc = _locale(locale)
    s, e = local(start, tz), local(end, tz)
    day = date_with_weekday(s.date(), loc)
    span = f"{time_short(s.time(), loc)}–{time_short(e.time(), loc)}"
    if s.date() != e.date():
        span = f"{time_short(s.time(), loc)} – {date_with_weekday(e.date(), loc)} {time_short(e.time(), loc)}"
    return f"{day}, {span} Uhr" if _german(loc) else f"{day}, {span}"
