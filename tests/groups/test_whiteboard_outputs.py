"""A meeting's whiteboard link in what leaves the program: the invitation text, the .ics
DESCRIPTION (parsed back with icalendar) and the protocol header (read back with pypdf),
in English and German."""

from __future__ import annotations

from pypdf import PdfReader

from copdesk.formats import protocol as P
from copdesk.formats.invitations import plain_text
from tests.invitations.conftest import NOW, cop, edit_meeting  # noqa: F401 - fixture
from tests.invitations.helpers import produce_ics
from tests.minutes.conftest import english, german  # noqa: F401 - fixtures
from tests.minutes.factory import make_minutes
from tests.ui.conftest import seeded, settings, window  # noqa: F401 - fixtures

BOARD = "https://miro.example/app/board/uXjVK="


def _description(data: bytes) -> str:
    from icalendar import Calendar

    events = [e for e in Calendar.from_ical(data).walk("VEVENT") if "RECURRENCE-ID" not in e]
    return str(events[0]["DESCRIPTION"])


def test_invitation_text_and_ics_name_the_whiteboard(cop, english):  # noqa: F811
    data, _inv = produce_ics(cop.community, cop.meeting_id, now=NOW)
    assert "Whiteboard" not in _description(data)  # none set: no line
    edit_meeting(cop.community, cop.meeting_id, whiteboard_url=BOARD)
    data, inv = produce_ics(cop.community, cop.meeting_id, now=NOW)
    assert f"Whiteboard: {BOARD}" in _description(data)
    assert f"Whiteboard: {BOARD}" in plain_text(inv)


def test_german_invitation_names_the_whiteboard(cop, german):  # noqa: F811
    edit_meeting(cop.community, cop.meeting_id, whiteboard_url=BOARD)
    data, _inv = produce_ics(cop.community, cop.meeting_id, now=NOW)
    description = _description(data)
    assert "Wann:" in description  # really German
    assert f"Whiteboard: {BOARD}" in description


def _pdf_text(m, path) -> str:
    P.build_protocol(m, path, P.ProtocolOptions())
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_protocol_header_shows_the_whiteboard(german, tmp_path):  # noqa: F811
    without = _pdf_text(make_minutes(), tmp_path / "a.pdf")
    assert "Whiteboard" not in without and "Protokoll" in without
    text = _pdf_text(make_minutes(whiteboard_url=BOARD), tmp_path / "b.pdf")
    assert "Whiteboard" in text and "miro.example" in text


def test_the_meetings_page_shows_the_whiteboard(qtbot, window):  # noqa: F811
    import datetime as dt

    from copdesk.model import groups, meetings, uow
    from copdesk.model.meetings import MeetingData
    from copdesk.ui.meetings.page import MeetingsPage

    root = uow.read(window.community, lambda s: groups.root_group(s).id)
    mid, _ = uow.write(
        window.community,
        meetings.add_meeting,
        MeetingData(
            group_id=root,
            title="CoP-Treffen",
            start=dt.datetime(2027, 2, 2, 14, 0),
            minutes=120,
            whiteboard_url=BOARD,
        ),
    )
    page = window.show_page(MeetingsPage)
    page.reload()
    page.select(lambda r: r.id == mid)
    qtbot.waitUntil(lambda: BOARD in page.detail.toPlainText())
    assert "Whiteboard" in page.detail.toPlainText()
