"""Every item of INTEROP.md's invitation checklist, asserted on the generated files."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from copdesk.model import uow

from .conftest import JOIN, NOW, ORGANISER, PLACE, TITLE, edit_meeting, local, move_by
from .helpers import blocks, event_props, produce_ics, props, unfolded

BERLIN = ZoneInfo("Europe/Berlin")
LATER = NOW + dt.timedelta(days=2, hours=3)


@pytest.fixture
def request_ics(cop):
    data, inv = produce_ics(cop.community, cop.meeting_id, now=NOW, reminder_minutes=15)
    return data, inv


def parse(data: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(data)


def master_events(cal):
    return [e for e in cal.walk("VEVENT") if "RECURRENCE-ID" not in e]


# 1. encoding, line ends, folding, one VCALENDAR with VERSION, PRODID, METHOD
def test_item1_utf8_crlf_folded_one_calendar(request_ics):
    data, _ = request_ics
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    lengths = [len(line) for line in data.split(b"\r\n")]
    assert max(lengths) <= 75
    assert any(line.startswith(b" ") for line in data.split(b"\r\n"))  # really folded
    assert data.count(b"BEGIN:VCALENDAR") == 1 and data.count(b"END:VCALENDAR") == 1
    lines = unfolded(data)
    assert lines[0] == "BEGIN:VCALENDAR"
    header = lines[: lines.index("BEGIN:VTIMEZONE")]
    assert "VERSION:2.0" in header and "METHOD:REQUEST" in header
    assert any(line.startswith("PRODID:-//CoP Desk//") for line in header)


# 2. one UID, one master VEVENT, no calendar name
def test_item2_one_meeting_per_file(request_ics, cop):
    data, _ = request_ics
    assert len(props(data, "UID")) == 1
    assert len(blocks(data, "VEVENT")) == 1
    for name in ("X-WR-CALNAME", "NAME"):
        assert props(data, name) == []


# 3. UID stored with the meeting, DTSTAMP in UTC, DTSTART + DTEND (no DURATION), SUMMARY,
#    ORGANIZER
def test_item3_required_properties(request_ics, cop):
    data, _ = request_ics
    (event,) = blocks(data, "VEVENT")
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in event]
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "ORGANIZER", "SEQUENCE"):
        assert names.count(name) == 1, name
    assert "DURATION" not in names
    assert props(data, "UID") == [f"UID:{cop.uid}"]
    assert props(data, "DTSTAMP") == ["DTSTAMP:20250210T080000Z"]
    organiser = props(data, "ORGANIZER")[0]
    assert organiser.endswith(f":mailto:{ORGANISER.email}")
    assert 'CN="Weiß, Jürgen"' in organiser


# 4. REQUEST attendees with CN, ROLE, PARTSTAT, RSVP; SEQUENCE:0 on the first send
def test_item4_attendees_and_first_sequence(request_ics):
    data, inv = request_ics
    attendees = props(data, "ATTENDEE")
    assert len(attendees) == len(inv.attendees) == 4  # Sabine, Ayşe, Björn, the guest
    for line in attendees:
        params, _, value = line.partition(":mailto:")
        assert value and "@" in value
        assert "CN=" in params and "PARTSTAT=NEEDS-ACTION" in params and "RSVP=TRUE" in params
        assert "ROLE=REQ-PARTICIPANT" in params or "ROLE=OPT-PARTICIPANT" in params
    guest = next(line for line in attendees if "petra.lindemann" in line)
    assert "ROLE=OPT-PARTICIPANT" in guest and 'CN="Lindemann, Dr. Petra"' in guest
    # CN with , ; and quotes: quoted, and the double quote replaced (Outlook cannot read
    # RFC 6868's ^' escape)
    sabine = next(line for line in attendees if "sabine.gross" in line)
    assert "CN=\"Sabine Groß, Dr.; 'Bine'\"" in sabine
    assert props(data, "SEQUENCE") == ["SEQUENCE:0"]


# 5. an update: same UID, higher SEQUENCE, new DTSTAMP
def test_item5_update_same_uid_higher_sequence_new_dtstamp(cop, request_ics):
    first, _ = request_ics
    move_by(cop.community, cop.meeting_id, 7)
    update, inv = produce_ics(cop.community, cop.meeting_id, now=LATER)
    assert props(update, "UID") == props(first, "UID")
    assert props(update, "SEQUENCE") == ["SEQUENCE:1"]
    assert props(update, "DTSTAMP") != props(first, "DTSTAMP")
    assert props(update, "METHOD") == ["METHOD:REQUEST"]
    assert event_props(update, "DTSTART") == ["DTSTART;TZID=Europe/Berlin:20250327T140000"]
    assert inv.is_update


# 6. cancellation: METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE, attendees, no
#    VALARM
def test_item6_cancellation(cop, request_ics):
    first, _ = request_ics
    data, _ = produce_ics(cop.community, cop.meeting_id, "cancel", now=LATER, reminder_minutes=15)
    assert props(data, "METHOD") == ["METHOD:CANCEL"]
    assert props(data, "STATUS") == ["STATUS:CANCELLED"]
    assert props(data, "UID") == props(first, "UID")
    assert props(data, "SEQUENCE") == ["SEQUENCE:1"]
    assert len(props(data, "ATTENDEE")) == len(props(first, "ATTENDEE"))
    assert b"BEGIN:VALARM" not in data


# 7. TZID=Europe/Berlin with the hand-written VTIMEZONE: one STANDARD, one DAYLIGHT, RRULEs,
#    no RDATE; never floating, never UTC in a series
def test_item7_vtimezone_and_times(request_ics):
    data, _ = request_ics
    (tz,) = blocks(data, "VTIMEZONE")
    assert tz[0] == "TZID:Europe/Berlin"
    assert tz.count("BEGIN:STANDARD") == 1 and tz.count("BEGIN:DAYLIGHT") == 1
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in tz
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in tz
    assert not any(line.startswith("RDATE") for line in tz)
    assert event_props(data, "DTSTART") == ["DTSTART;TZID=Europe/Berlin:20250320T140000"]
    assert event_props(data, "DTEND") == ["DTEND;TZID=Europe/Berlin:20250320T160000"]
    # the same instants as zoneinfo, read back by icalendar
    event = master_events(parse(data))[0]
    assert event.decoded("DTSTART").astimezone(dt.UTC) == local(2025, 3, 20, 14, 0)
    assert event.decoded("DTEND").astimezone(dt.UTC) == local(2025, 3, 20, 16, 0)


def test_item7_not_icalendars_generated_timezone(request_ics):
    """icalendar's zoneinfo-derived VTIMEZONE lists transitions as RDATEs (rejected)."""
    from icalendar import Timezone

    generated = Timezone.from_tzid("Europe/Berlin").to_ical()
    assert b"RDATE" in generated  # what we must not ship...
    data, _ = request_ics
    assert b"RDATE" not in data  # ...and do not


def test_item7_summer_meeting_in_summer_time(cop):
    edit_meeting(
        cop.community,
        cop.meeting_id,
        start_at=local(2025, 7, 3, 14, 0),
        end_at=local(2025, 7, 3, 16, 0),
    )
    data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
    assert event_props(data, "DTSTART") == ["DTSTART;TZID=Europe/Berlin:20250703T140000"]
    event = master_events(parse(data))[0]
    assert event.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(
        2025, 7, 3, 12, 0, tzinfo=dt.UTC
    )


def test_item7_series_uses_tzid_rrule_exdate_and_exceptions(cop, series):
    data, _inv = produce_ics(cop.community, series["sessions"][0], now=NOW, scope="series")
    assert event_props(data, "RRULE") == ["RRULE:FREQ=WEEKLY;COUNT=40"]
    event_lines = [line for block in blocks(data, "VEVENT") for line in block]
    for line in event_lines:
        if line.split(":", 1)[0].split(";")[0] in ("DTSTART", "DTEND", "EXDATE", "RECURRENCE-ID"):
            assert ";TZID=Europe/Berlin:" in line and not line.endswith("Z"), line
    assert props(data, "EXDATE") == ["EXDATE;TZID=Europe/Berlin:20250401T083000"]
    assert props(data, "RECURRENCE-ID") == ["RECURRENCE-ID;TZID=Europe/Berlin:20250318T083000"]
    assert len(props(data, "UID")) == 2 and len(set(props(data, "UID"))) == 1
    cal = parse(data)
    assert len(master_events(cal)) == 1
    assert str(master_events(cal)[0]["UID"]) == series["uid"]
    first, second = blocks(data, "VEVENT")  # the master first, then its exception
    assert "RRULE:FREQ=WEEKLY;COUNT=40" in first
    assert not any(line.startswith("RECURRENCE-ID") for line in first)
    assert not any(line.startswith("RRULE") for line in second)


# 8. online meetings: link in DESCRIPTION, URL, LOCATION (no place); id, passcode, dial-in
def test_item8_online_meeting_details(request_ics):
    data, _ = request_ics
    event = master_events(parse(data))[0]
    description = str(event["DESCRIPTION"])
    assert JOIN in description and "123 456 789" in description and "Xy7;,q" in description
    assert "+49 30 23125 900,,123456789#" in description
    assert str(event["URL"]) == JOIN
    assert str(event["LOCATION"]) == JOIN
    alt = props(data, "X-ALT-DESC")
    assert len(alt) == 1 and alt[0].startswith("X-ALT-DESC;FMTTYPE=text/html:")
    html = str(event["X-ALT-DESC"])
    assert f'href="{JOIN}"' in html and "Ümläute" in html
    # the agenda with times and the topics proposed so far
    assert "14:15  KI, Daten; Recht – Ayşe Özdemir (60 min)" in description
    assert "Lernzeit als Arbeitszeit (proposed by Björn Meißner)" in description
    assert "Mentoring, organisationsübergreifend" in description


def test_item8_place_goes_to_location_link_stays(cop):
    edit_meeting(cop.community, cop.meeting_id, place=PLACE, format="hybrid")
    data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
    event = master_events(parse(data))[0]
    assert str(event["LOCATION"]) == PLACE
    assert str(event["URL"]) == JOIN and JOIN in str(event["DESCRIPTION"])
    assert props(data, "LOCATION") == [
        "LOCATION:Rathaus Heidelberg\\, Marktplatz 10\\;\\nGroßer Sitzungssaal"
    ]


def test_item8_in_person_has_no_link(cop):
    edit_meeting(cop.community, cop.meeting_id, place=PLACE, format="in_person")
    data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
    assert props(data, "URL") == []
    assert JOIN not in str(master_events(parse(data))[0]["DESCRIPTION"])


# 9. at most one VALARM: DISPLAY, duration TRIGGER, DESCRIPTION
def test_item9_one_valarm(request_ics, cop):
    data, _ = request_ics
    (alarm,) = blocks(data, "VALARM")
    assert "ACTION:DISPLAY" in alarm and "TRIGGER:-PT15M" in alarm
    assert any(line.startswith("DESCRIPTION:") for line in alarm)
    move_by(cop.community, cop.meeting_id, 1)
    without, _ = produce_ics(cop.community, cop.meeting_id, now=LATER)
    assert blocks(without, "VALARM") == []


# 10. the organiser's own calendar: PUBLISH, same UID, no attendees
def test_item10_publish_for_the_organiser(cop, request_ics):
    first, _ = request_ics
    data, _ = produce_ics(cop.community, cop.meeting_id, "publish", now=LATER)
    assert props(data, "METHOD") == ["METHOD:PUBLISH"]
    assert props(data, "UID") == props(first, "UID")
    assert props(data, "ATTENDEE") == [] and len(props(data, "ORGANIZER")) == 1
    assert props(data, "SEQUENCE") == ["SEQUENCE:0"]


# 11. escaping: the library escapes; values round-trip exactly
def test_item11_escaping_and_round_trip(request_ics):
    from icalendar import Calendar

    data, inv = request_ics
    assert props(data, "SUMMARY") == ['SUMMARY:CoP-Treffen\\, Q1\\; "Frühjahr" \\\\ Ümläute']
    cal = parse(data)
    event = master_events(cal)[0]
    assert str(event["SUMMARY"]) == TITLE
    attendees = {str(a).removeprefix("mailto:"): a.params["CN"] for a in event["ATTENDEE"]}
    assert attendees["sabine.gross@heidelberg.example"] == "Sabine Groß, Dr.; 'Bine'"
    assert event["ORGANIZER"].params["CN"] == ORGANISER.name
    # round trip: parse, serialise, parse again: the same calendar
    again = Calendar.from_ical(cal.to_ical())
    assert again.to_ical() == cal.to_ical()
    cal.validate()
    assert int(event["SEQUENCE"]) == inv.sequence


def test_line_breaks_in_names_do_not_break_lines(cop):
    from copdesk.model import entities as E

    def rename(session):
        session.get(E.Member, cop.members["ayse"]).last_name = "Öz\ndemir;\r\nTest"
        session.get(E.Meeting, cop.meeting_id).title = "Zeile 1\nZeile 2, mit Komma"

    uow.write(cop.community, rename)
    data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
    assert b"\n" not in data.replace(b"\r\n", b"")
    line = next(a for a in props(data, "ATTENDEE") if "ayse" in a)
    assert 'CN="Ayşe Öz demir; Test"' in line
    assert props(data, "SUMMARY") == ["SUMMARY:Zeile 1 Zeile 2\\, mit Komma"]


def test_texts_follow_the_ui_language(cop, qapp):
    """German UI → German DESCRIPTION; the dates in German too."""
    from PySide6.QtCore import QLocale

    from copdesk.ui import i18n

    translators = i18n.install_translators(qapp, "de")
    try:
        data, _ = produce_ics(cop.community, cop.meeting_id, now=NOW)
        move_by(cop.community, cop.meeting_id, 7)
        update, _ = produce_ics(cop.community, cop.meeting_id, now=LATER)
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(i18n.english_locale())
    description = str(master_events(parse(data))[0]["DESCRIPTION"])
    assert "Wann: Do, 20.03.2025, 14:00–16:00 Uhr" in description
    assert "Tagesordnung" in description and "Moderation: " in description
    text = str(master_events(parse(update))[0]["DESCRIPTION"])
    assert (
        "Termin verschoben von Do, 20.03.2025, 14:00–16:00 Uhr auf Do, 27.03.2025, 14:00–16:00 Uhr"
    ) in text
