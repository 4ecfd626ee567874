"""Calendar files (.ics) that Outlook applies to the same entry: REQUEST, PUBLISH, CANCEL.

Follows ``shared/design/INTEROP.md`` ("Calendar invitations"), item by item:

1. UTF-8 without BOM, CRLF, lines folded at 75 octets (icalendar), one VCALENDAR with
   VERSION, PRODID and METHOD.
2. One UID per file and one master VEVENT; never ``X-WR-CALNAME`` / ``NAME``. (A series'
   moved sessions follow their master as exceptions: same UID, RECURRENCE-ID.)
3. UID (stored with the meeting), DTSTAMP in UTC, DTSTART and DTEND, SUMMARY, ORGANIZER.
4. REQUEST: each ATTENDEE with CN, ROLE, PARTSTAT=NEEDS-ACTION, RSVP=TRUE; SEQUENCE.
5./6. Updates and cancellations keep the UID with a higher SEQUENCE (decided in
   ``copdesk.model.invitations``); CANCEL has STATUS:CANCELLED, attendees and no VALARM.
7. Times with TZID=Europe/Berlin and the hand-written VTIMEZONE below: one STANDARD and one
   DAYLIGHT block with yearly RRULEs — never icalendar's generated one (RDATE lists that
   Outlook and ical.js misread).
8. The join link in DESCRIPTION, URL and (without a place) LOCATION; id, passcode, dial-in
   in DESCRIPTION; an HTML version in X-ALT-DESC.
9. At most one VALARM (DISPLAY, a duration TRIGGER, DESCRIPTION).
11. Text values are escaped by icalendar; CN parameters are quoted by it. No line is built
   by string formatting.

``icalendar`` is imported inside the functions (start-up time); its types only for mypy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk import __version__
from copdesk.formats.invitations.phrases import is_link
from copdesk.formats.invitations.text import html_text, location, plain_text
from copdesk.model.invitations import Invitation, Recipient
from copdesk.model.localtime import DEFAULT_ZONE as BERLIN
from copdesk.model.text import escape_controls_in

if TYPE_CHECKING:
    from icalendar import Calendar, Event, Timezone, vCalAddress

TZID = "Europe/Berlin"


def prodid(locale: QLocale | None = None) -> str:
    lang = "DE" if (locale or QLocale()).language() == QLocale.Language.German else "EN"
    return f"-//CoP Desk//CoP Desk {__version__}//{lang}"


def berlin_timezone() -> Timezone:
    """VTIMEZONE for Europe/Berlin as Outlook writes it: the EU rule, no transition list."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard  # deferred: start-up cost

    tz = Timezone()
    tz.add("tzid", TZID)
    standard = TimezoneStandard()
    standard.add("dtstart", dt.datetime(1970, 10, 25, 3, 0, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    standard.add("tzoffsetfrom", dt.timedelta(hours=2))
    standard.add("tzoffsetto", dt.timedelta(hours=1))
    standard.add("tzname", "CET")
    daylight = TimezoneDaylight()
    daylight.add("dtstart", dt.datetime(1970, 3, 29, 2, 0, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    daylight.add("tzoffsetfrom", dt.timedelta(hours=1))
    daylight.add("tzoffsetto", dt.timedelta(hours=2))
    daylight.add("tzname", "CEST")
    tz.add_component(standard)
    tz.add_component(daylight)
    return tz


def _local(instant: dt.datetime) -> dt.datetime:
    """The instant as Berlin wall time (TZID=Europe/Berlin), to the second."""
    return instant.astimezone(BERLIN).replace(microsecond=0)


def _cn(name: str) -> str:
    """A display name safe for a CN parameter in every client: one line, no double quote
    or caret (icalendar would use RFC 6868 escapes, which Outlook shows literally)."""
    return " ".join(name.replace('"', "'").replace("^", "").split())


def _address(email: str, name: str, **params: str) -> vCalAddress:
    from icalendar import vCalAddress  # deferred: start-up cost

    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = _cn(name)
    for key, value in params.items():
        address.params[key.upper().replace("_", "-")] = value
    return address


def _attendee(recipient: Recipient, *, rsvp: bool) -> vCalAddress:
    return _address(
        recipient.email,
        recipient.name or recipient.email,
        cutype="INDIVIDUAL",
        role="OPT-PARTICIPANT" if recipient.role == "optional" else "REQ-PARTICIPANT",
        partstat="NEEDS-ACTION",
        rsvp="TRUE" if rsvp else "FALSE",
    )


def _event(
    inv: Invitation,
    *,
    start: dt.datetime,
    end: dt.datetime,
    recurrence_id: dt.datetime | None,
    master: bool,
    text_inv: Invitation,
    locale: QLocale | None,
) -> Event:
    from icalendar import Alarm, Event, vText  # deferred: start-up cost

    event = Event()
    event.add("uid", inv.uid)
    event.add("dtstamp", inv.dtstamp.astimezone(dt.UTC).replace(microsecond=0))
    event.add("sequence", inv.sequence)
    if recurrence_id is not None:
        event.add("recurrence-id", _local(recurrence_id))
    event.add("dtstart", _local(start))
    event.add("dtend", _local(end))
    if master and inv.rule is not None:
        rule = {"freq": inv.rule.freq, "count": inv.rule.count}
        if inv.rule.interval != 1:
            rule["interval"] = inv.rule.interval
        event.add("rrule", rule)
        if inv.rule.exdates and not inv.cancelled:
            event.add("exdate", [_local(x) for x in inv.rule.exdates])
    event.add("summary", inv.title)
    event.add("organizer", _address(inv.organiser.email, inv.organiser.name))
    if inv.method != "PUBLISH":
        for recipient in inv.attendees:
            event.add("attendee", _attendee(recipient, rsvp=inv.method == "REQUEST"))
    event.add("description", plain_text(text_inv, locale, with_heading=False))
    event.add("x-alt-desc", vText(html_text(text_inv, locale)), parameters={"FMTTYPE": "text/html"})
    place = location(inv)
    if place:
        event.add("location", place)
    if is_link(inv.join_url) and inv.format != "in_person":
        event.add("url", inv.join_url)
    if not inv.withdrawn:  # RFC 5546 3.2.5: no STATUS when only some attendees are removed
        event.add("status", "CANCELLED" if inv.cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("class", "PUBLIC")
    if inv.reminder_minutes and not inv.cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", dt.timedelta(minutes=-int(inv.reminder_minutes)))
        alarm.add(
            "description",
            QCoreApplication.translate("invitations", "Reminder: %1").replace("%1", inv.title),
        )
        event.add_component(alarm)
    return event


def build_calendar(inv: Invitation, locale: QLocale | None = None) -> Calendar:
    """The icalendar ``Calendar`` for *inv* (one UID, its master event first). Control
    characters in its texts (a NUL byte from a tampered file) are written as ``\\xNN``."""
    from icalendar import Calendar  # deferred: start-up cost

    inv = escape_controls_in(inv)
    cal = Calendar()
    cal.add("prodid", prodid(locale))
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", inv.method)
    cal.add_component(berlin_timezone())
    cal.add_component(
        _event(
            inv,
            start=inv.start,
            end=inv.end,
            recurrence_id=inv.recurrence_id,
            master=True,
            text_inv=inv,
            locale=locale,
        )
    )
    if inv.rule is not None and not inv.cancelled:
        for x in inv.rule.exceptions:  # moved sessions: exceptions of the same UID
            single = replace(
                inv, rule=None, start=x.start, end=x.end, recurrence_id=x.original_start, changes=()
            )
            cal.add_component(
                _event(
                    single,
                    start=x.start,
                    end=x.end,
                    recurrence_id=x.original_start,
                    master=False,
                    text_inv=single,
                    locale=locale,
                )
            )
    return cal


def ics_bytes(inv: Invitation, locale: QLocale | None = None) -> bytes:
    """The file's bytes: UTF-8 without BOM, CRLF, folded lines."""
    data: bytes = build_calendar(inv, locale).to_ical()
    if data.startswith(b"\xef\xbb\xbf"):  # never, but a BOM would break Outlook's import
        data = data[3:]
    return data
