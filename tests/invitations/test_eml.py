"""The e-mail draft, re-parsed with Python's own ``email`` package."""

from __future__ import annotations

import email
from email import policy

import pytest

from copdesk.model import invitations, uow

from .conftest import NOW, ORGANISER, move_by, options


def make_eml(com, meeting_id, *, now=NOW, **kw) -> tuple[bytes, object]:
    from copdesk.formats.invitations import eml_bytes

    made = []
    uow.write(
        com,
        invitations.send_invitation,
        meeting_id,
        options("eml", **kw),
        lambda inv: made.append((eml_bytes(inv), inv)),
        now=now,
    )
    return made[0]


@pytest.fixture
def draft(cop):
    return make_eml(cop.community, cop.meeting_id, reminder_minutes=10)


def tree(part, depth=0) -> list[tuple[int, str]]:
    out = [(depth, part.get_content_type())]
    if part.is_multipart():
        for sub in part.get_payload():
            out += tree(sub, depth + 1)
    return out


def test_part_tree(draft):
    data, _ = draft
    msg = email.message_from_bytes(data, policy=policy.default)
    assert tree(msg) == [
        (0, "multipart/mixed"),
        (1, "multipart/alternative"),
        (2, "text/plain"),
        (2, "text/html"),
        (2, "text/calendar"),
        (1, "application/ics"),
    ]
    alternative, attachment = msg.get_payload()
    calendar = alternative.get_payload()[2]
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content_charset() == "utf-8"
    assert calendar["Content-Disposition"] is None  # inline
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "invite.ics"
    assert calendar.get_payload(decode=True) == attachment.get_payload(decode=True)


def test_headers_crlf_unsent_and_content_class(draft):
    data, inv = draft
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 998
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Content-Class"] == "urn:content-classes:calendarmessage"
    assert msg["MIME-Version"] == "1.0"
    # Content-Class is a top-level header next to the multipart/mixed type
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"Content-Class: urn:content-classes:calendarmessage" in head
    assert b"Content-Type: multipart/mixed" in head
    assert msg["Subject"].startswith("Invitation: " + inv.title)


def test_display_names_with_umlauts_and_commas_keep_their_spaces(draft):
    data, inv = draft
    msg = email.message_from_bytes(data, policy=policy.default)
    (sender,) = msg["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (ORGANISER.name, ORGANISER.email)
    names = {a.addr_spec: a.display_name for a in msg["To"].addresses}
    assert names["sabine.gross@heidelberg.example"] == 'Sabine Groß, Dr.; "Bine"'
    assert names["petra.lindemann@mannheim.example"] == "Lindemann, Dr. Petra"
    assert names["ayse.oezdemir@heidelberg.example"] == "Ayşe Özdemir"
    assert set(names) == {r.email for r in inv.attendees}
    # the old API as well: split the addresses first, then decode each name
    from email.header import decode_header, make_header
    from email.utils import getaddresses

    old = email.message_from_bytes(data, policy=policy.compat32)
    decoded = {
        addr: str(make_header(decode_header(name)))
        for name, addr in getaddresses([old["To"], old["From"]])
    }
    assert decoded[ORGANISER.email] == "Weiß, Jürgen"
    assert decoded["petra.lindemann@mannheim.example"] == "Lindemann, Dr. Petra"


def test_bodies_and_calendar_agree(draft):
    from icalendar import Calendar

    data, inv = draft
    msg = email.message_from_bytes(data, policy=policy.default)
    plain = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert inv.join_url in plain and f'href="{inv.join_url}"' in html
    assert "Ümläute" in plain and "&quot;Frühjahr&quot;" in html
    assert "14:15  KI, Daten; Recht" in plain
    cal_part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    cal = Calendar.from_ical(cal_part.get_payload(decode=True))
    event = cal.walk("VEVENT")[0]
    assert str(event["UID"]) == inv.uid and str(cal["METHOD"]) == "REQUEST"
    assert len(event["ATTENDEE"]) == len(inv.attendees)


def test_update_and_cancellation_drafts(cop):
    make_eml(cop.community, cop.meeting_id)
    move_by(cop.community, cop.meeting_id, 7)
    data, inv = make_eml(cop.community, cop.meeting_id)
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"].startswith("Updated: ") and inv.sequence == 1
    assert "Moved from" in msg.get_body(preferencelist=("plain",)).get_content()
    data, inv = make_eml(cop.community, cop.meeting_id, cancellation=True)
    msg = email.message_from_bytes(data, policy=policy.default)
    calendar = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert calendar.get_param("method") == "CANCEL"
    assert msg["Subject"].startswith("Cancelled: ")
    assert inv.sequence == 2 and inv.method == "CANCEL"
    assert b"STATUS:CANCELLED" in calendar.get_payload(decode=True)
