"""Small formatting helpers of the demo: fictional phone numbers, ASCII slugs, Berlin times."""

from __future__ import annotations

import datetime as dt
import unicodedata

from copdesk.model.localtime import DEFAULT_ZONE as BERLIN

UTC = dt.UTC
DAY = dt.timedelta(days=1)
WEEK = dt.timedelta(days=7)

_WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
_TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "Ä": "Ae",
        "Ö": "Oe",
        "Ü": "Ue",
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        " ": "-",
        "'": "",
    }
)
# Bundesnetzagentur "drama numbers": 5 x 1000 numbers never assigned to anyone.
_DRAMA_NUMBERS = (
    "+49 30 23125 ",
    "+49 69 90009 ",
    "+49 40 66969 ",
    "+49 89 99998 ",
    "+49 221 4710 ",
)


def drama_number(n: int) -> str:
    """The *n*-th (0 ≤ n < 5000) fictional German phone number."""
    return f"{_DRAMA_NUMBERS[(n // 1000) % 5]}{n % 1000:03d}"


def ascii_slug(name: str) -> str:
    text_ = name.translate(_TRANSLIT)
    text_ = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in text_.lower() if c.isalnum() or c in "-.")


def de_date(day: dt.date) -> str:
    return f"{_WEEKDAYS_DE[day.weekday()]}, {day:%d.%m.%Y}"


def at(day: dt.date, hhmm: str) -> dt.datetime:
    """*hhmm* Berlin time on *day* as an aware UTC instant."""
    hour, minute = (int(p) for p in hhmm.split(":"))
    local = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)
    return local.astimezone(UTC)


def local_time(instant: dt.datetime) -> str:
    return f"{instant.astimezone(BERLIN):%H:%M}"


def season(day: dt.date) -> str:
    return {
        12: "Winter",
        1: "Winter",
        2: "Winter",
        3: "Frühjahr",
        4: "Frühjahr",
        5: "Frühjahr",
        6: "Sommer",
        7: "Sommer",
        8: "Sommer",
    }.get(day.month, "Herbst")
