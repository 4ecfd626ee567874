"""Control characters from a file that came from someone else never reach .ics or .eml.

Typed input is cleaned, but a received community file can hold a NUL byte or an escape
sequence in any text. They are written visibly as ``\\xNN``; the files stay valid and
parse back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
from email import policy

import pytest

from copdesk.model.invitations import Invitation, Organiser, Recipient

NASTY = "Treffen\x00\x1b[2J\x07\r"


@pytest.fixture
def invitation() -> Invitation:
    return Invitation(
        kind="request",
        method="REQUEST",
        uid="u-1@copdesk",
        sequence=0,
        dtstamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        title=NASTY,
        start=dt.datetime(2025, 3, 20, 13, tzinfo=dt.UTC),
        end=dt.datetime(2025, 3, 20, 15, tzinfo=dt.UTC),
        tz="Europe/Berlin",
        organiser=Organiser("Orga\x00nisator", "orga@example.org"),
        attendees=(Recipient("m1", "Anna\x1b]0;x\x07", "anna@example.org"),),
        format="in_person",
        place="Raum\x00 1\nZweite Zeile",
    )


CONTROLS = [bytes([c]) for c in range(32) if c not in (9, 10, 13)] + [b"\x7f"]


def test_ics_has_no_control_characters(invitation):
    from icalendar import Calendar

    from copdesk.formats.invitations import ics_bytes

    data = ics_bytes(invitation)
    assert not [c for c in CONTROLS if c in data]
    assert b"\r" not in data.replace(b"\r\n", b"")
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["summary"]) == "Treffen\\x00\\x1b[2J\\x07\\x0d"
    assert str(event["location"]).startswith("Raum\\x00 1")
    assert "Anna\\x1b]0;x\\x07" in str(event["attendee"].params["CN"])


def test_eml_has_no_control_characters(invitation):
    from copdesk.formats.invitations import eml_bytes

    data = eml_bytes(invitation)
    assert not [c for c in CONTROLS if c in data]
    msg = email.message_from_bytes(data, policy=policy.default)
    assert "Treffen\\x00\\x1b[2J\\x07" in str(msg["Subject"])
    for part in msg.walk():
        if not part.is_multipart():
            body = part.get_payload(decode=True)
            assert not [c for c in CONTROLS if c in body], part.get_content_type()


# U+202E turns what follows around ("Treffen <RLO>fdp.exe" reads "Treffen exe.pdf"), an
# isolate or embedding left open spills into the text after it; the marks steer the
# direction of digits and punctuation. ZWJ (emoji sequences), ZWNJ and the soft hyphen
# (German typesetting) reorder nothing and stay.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
KEPT = "Grüße aus Köln 👩\u200d💻 🏳\ufe0f\u200d🌈 Auf\u200clage Donau\u00addampf"


def test_bidi_controls_are_escaped_and_other_text_is_kept(invitation):
    from icalendar import Calendar

    from copdesk.formats.invitations import eml_bytes, ics_bytes

    invitation = dataclasses.replace(
        invitation, title=f"Treffen \u202efdp.exe {KEPT}", place=f"Raum {BIDI}"
    )
    data = ics_bytes(invitation)
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["summary"]) == f"Treffen \\u202efdp.exe {KEPT}"
    assert str(event["location"]) == "Raum " + "".join(f"\\u{ord(c):04x}" for c in BIDI)
    assert not [c for c in BIDI if c in data.decode("utf-8")]
    msg = email.message_from_bytes(eml_bytes(invitation), policy=policy.default)
    assert f"Treffen \\u202efdp.exe {KEPT} –" in str(msg["Subject"])
