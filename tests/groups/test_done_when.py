"""Issue 15's walk-through, in German, in the window, on a fresh file.

Create the circle, give it four members from three organisations, load the neutral guide
pack, plan the cohort, invite it as one series, hold week one with the circle's agenda,
end the cohort, and find the circle's report in the next plenary's agenda and protocol;
the Members page under the circle shows exactly its members; undo takes steps back.
Each step has its own detailed tests; this one proves they fit together.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from copdesk.formats import protocol as P
from copdesk.model import cohorts, groups, meetings, members, minutes, organisations, uow
from copdesk.model.dto import MemberData, OrganisationData
from copdesk.model.meetings import MeetingData
from copdesk.model.tables import AgendaKind, MeetingStatus, NoteKind
from copdesk.ui.cohorts import CohortDialog, PlanDialog
from tests.meetings.conftest import german  # noqa: F401 - fixture
from tests.ui.helpers import check, reactivate, type_text, when_modal

TODAY = dt.date(2027, 3, 1)  # a Monday; the circle meets on Tuesdays
PACKS = Path(__file__).resolve().parents[2] / "resources" / "guide_packs"
PEOPLE = (  # first, last, organisation; the first four form the circle
    ("Sabine", "Groß", "Stadt Heidelberg"),
    ("Markus", "Günther", "Stadtwerke Gießen"),
    ("Dragana", "Petrović", "Stadt Offenbach am Main"),
    ("Lea", "Schäfer", "Stadt Heidelberg"),
    ("Jürgen", "Weiß", "Stadtwerke Gießen"),
)


def _community_people(community) -> dict[str, int]:
    orgs = {}
    for name in sorted({org for *_, org in PEOPLE}):
        orgs[name], _ = uow.write(
            community, organisations.add_organisation, OrganisationData(name=name, state="HE")
        )
    ids = {}
    for first, last, org in PEOPLE:
        ids[first], _ = uow.write(
            community,
            members.add_member,
            MemberData(
                first_name=first,
                last_name=last,
                organisation_id=orgs[org],
                email=f"{first.lower()}@{org.split()[1].lower().replace('ß', 'ss')}.example",
            ),
        )
    return ids


def _window(qtbot, community, copdesk_home):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    win = MainWindow(community, Settings(), WindowHost(*(lambda *a: None for _ in range(6))))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_circle_from_creation_to_the_plenarys_protocol(
    qtbot,
    community,
    german,  # noqa: F811
    tmp_path,
    monkeypatch,
    copdesk_home,
):
    ids = _community_people(community)
    root = uow.read(community, lambda s: groups.root_group(s).id)
    last_plenary, _ = uow.write(
        community,
        meetings.add_meeting,
        MeetingData(
            group_id=root,
            title="CoP-Treffen Q4/2026",
            start=dt.datetime(2026, 12, 3, 14, 0),
            minutes=120,
            status=MeetingStatus.HELD,
        ),
    )
    win = _window(qtbot, community, copdesk_home)

    # 1. the circle, from the group menu
    def new_group(dialog):
        type_text(qtbot, dialog.name, "Working Out Loud")
        dialog.unit.setCurrentIndex(dialog.unit.findData("week"))
        dialog.buttons.accepted.emit()

    result = when_modal(qtbot, new_group)
    win.group_menu.new_action.trigger()
    check(result, qtbot, win)
    circle = uow.read(community, groups.find_group, "Working Out Loud")
    assert win.current_group() == circle.id

    # 2. four members from three organisations
    def tick(dialog):
        for n in range(dialog.list.count()):
            item = dialog.list.item(n)
            if item.text().split()[0] in ("Sabine", "Markus", "Dragana", "Lea"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    result = when_modal(qtbot, tick)
    win.group_menu.members_action.trigger()
    check(result, qtbot, win)
    four = {ids[n] for n in ("Sabine", "Markus", "Dragana", "Lea")}
    assert uow.read(community, groups.current_member_ids, circle.id) == four

    # the Members page under the circle shows exactly its members
    from copdesk.ui.pages.members import MembersPage

    page = win.show_page(MembersPage)
    shown = {page.proxy.object_at(page.proxy.index(r, 0)).id for r in range(page.proxy.rowCount())}
    assert shown == four

    # 3. load the neutral guide pack and plan the cohort (one series)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(PACKS / "lernkreis-12-wochen.de.toml"), "")),
    )
    dialog = CohortDialog(win._ctx, circle.id, circle.name, today=TODAY, parent=win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reactivate(qtbot, dialog)

    result = when_modal(
        qtbot, lambda d: (isinstance(d, PlanDialog) or 1 / 0, d.buttons.accepted.emit())
    )
    dialog.pack_button.click()
    check(result)
    (cohort,) = uow.read(community, cohorts.list_cohorts, circle.id)
    assert dialog.weeks.rowCount() == 12
    assert dialog.weeks.item(0, 2).text().startswith("Woche 1: ")

    # 4. invite it as one series: one .ics with a weekly rule, to the circle
    def invite(d):
        d.organiser_name.setText("Lea Schäfer")
        d.organiser_email.setText("lea@heidelberg.example")  # she is in the circle
        d.path.setText(str(tmp_path / "lernkreis.ics"))
        d.save_button.click()
        assert d.message.text() == "", d.message.text()
        d.reject()

    result = when_modal(qtbot, invite)
    dialog.invite_button.click()
    check(result, qtbot, dialog)
    cal = icalendar.Calendar.from_ical((tmp_path / "lernkreis.ics").read_bytes())
    (event,) = [c for c in cal.walk("VEVENT") if "RECURRENCE-ID" not in c]
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["COUNT"] == [12]
    attendees = event.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    # the organiser (Lea, one of the four) is not her own attendee
    assert sorted(str(a) for a in attendees) == [
        "mailto:dragana@offenbach.example",
        "mailto:markus@giessen.example",
        "mailto:sabine@heidelberg.example",
    ]
    assert str(event["ORGANIZER"]) == "mailto:lea@heidelberg.example"

    # 5. hold week one with the circle's agenda (from the pack)
    week_one = uow.read(
        community,
        lambda s: (
            min(
                (m for m in meetings.list_meetings(s, group_id=circle.id)),
                key=lambda m: m.start_at,
            ).id
        ),
    )
    agenda = uow.read(community, meetings.get_agenda, week_one).items
    assert len(agenda) >= 2 and all(item.title for item in agenda)
    for member_id in four - {ids["Dragana"]}:
        uow.write(community, minutes.set_attendance, week_one, member_id, "attended")
    uow.write(
        community,
        minutes.add_decision,
        week_one,
        minutes.DecisionData(text="Wir treffen uns dienstags um 8:30."),
    )
    uow.write(
        community,
        minutes.add_note,
        week_one,
        minutes.NoteData(text="Ziele laut aussprechen hilft.", kind=NoteKind.TAKEAWAY),
    )
    uow.write(
        community,
        minutes.add_note,
        week_one,
        minutes.NoteData(text="Nur für uns.", kind=NoteKind.TAKEAWAY, private=True),
    )
    uow.write(community, meetings.set_status, week_one, MeetingStatus.HELD)

    # 6. end the cohort: the weeks still planned are cancelled, suggestions stop
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog.end_button.click()
    assert "endete" in dialog.state.text()
    assert dialog.next_button.isEnabled()
    ended = uow.read(community, cohorts.get_cohort, cohort.id)
    assert ended.row.ended_on == TODAY
    dialog.close()

    # 7. the next plenary gets the circle's report; it prints in the protocol
    plenary, _ = uow.write(
        community,
        meetings.add_meeting,
        MeetingData(
            group_id=root,
            title="CoP-Treffen Q2/2027",
            start=dt.datetime(2027, 5, 4, 14, 0),
            minutes=120,
        ),
    )
    win._select_group(root)
    from copdesk.ui.meetings.page import MeetingsPage

    meetings_page = win.show_page(MeetingsPage)
    meetings_page.select(lambda r: r.id == plenary)
    meetings_page.tabs.setCurrentWidget(meetings_page.agenda)
    editor = meetings_page.agenda
    qtbot.waitUntil(lambda: editor._meeting_id == plenary)
    assert editor.report_button.isVisible()
    editor.report_button.click()
    qtbot.waitUntil(
        lambda: any(
            i.kind == AgendaKind.GROUP_REPORT
            for i in uow.read(community, meetings.get_agenda, plenary).items
        )
    )
    (report,) = [
        i
        for i in uow.read(community, meetings.get_agenda, plenary).items
        if i.kind == AgendaKind.GROUP_REPORT
    ]
    assert report.title == "Neues aus den Teilgruppen"
    assert "Working Out Loud: 1 Treffen seit dem Plenum am 03.12.2026" in report.details
    assert "Wir treffen uns dienstags um 8:30." in report.details
    assert "Ziele laut aussprechen hilft." in report.details
    assert "Nur für uns." not in report.details

    # undo (Ctrl+Z in the window) takes the report off the agenda again, redo brings it back
    win.undo_stack.undo()
    assert not any(
        i.kind == AgendaKind.GROUP_REPORT
        for i in uow.read(community, meetings.get_agenda, plenary).items
    )
    win.undo_stack.redo()

    loaded = uow.read(community, minutes.load_minutes, plenary)
    pdf = tmp_path / "protokoll.pdf"
    P.build_protocol(loaded, pdf, P.ProtocolOptions())  # in German: the fixture
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Neues aus den Teilgruppen" in text
    assert "Wir treffen uns dienstags um 8:30." in text
    assert "Nur für uns." not in text
    assert last_plenary != plenary
