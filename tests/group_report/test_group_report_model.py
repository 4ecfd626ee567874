"""Collecting "News from the sub-groups" and putting it on a plenary's agenda (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from copdesk.model import group_report, groups, meetings, uow
from copdesk.model.group_report import GroupReport, NoSubGroups, NotACommunityMeeting
from copdesk.model.tables import AgendaKind
from tests.group_report.helpers import add_meeting, build


def render(report: GroupReport) -> tuple[str, str]:
    lines = []
    for g in report.groups:
        lines.append(f"{g.name}: {len(g.meetings)}")
        for m in g.meetings:
            lines.append(f"- {m.title}")
            lines += [f"  D {t}" for t in m.decisions]
            lines += [f"  T {t}" for t in m.takeaways]
    return "News", "\n".join(lines)


def test_report_holds_the_period_only_per_group(community):
    s = build(community)
    report = uow.read(community, group_report.collect_group_report, s.plenary)
    by_name = {g.name: g for g in report.groups}
    assert list(by_name) == ["KI-Werkstatt", "Working Out Loud"]
    wol = by_name["Working Out Loud"]
    # after the last held plenary, before this one; the cancelled one left out
    assert [m.meeting_id for m in wol.meetings] == [s.wol_1, s.wol_2]
    assert [m.held for m in wol.meetings] == [True, False]
    first = wol.meetings[0]
    assert first.decisions == ("Wir treffen uns dienstags.",)
    assert first.takeaways == ("Beziehungen zuerst, dann Ziele.",)  # no private, no plain note
    ki = by_name["KI-Werkstatt"]
    assert [m.meeting_id for m in ki.meetings] == [s.ki_1]
    assert ki.meetings[0].takeaways == ("Prompts teilen spart Zeit.",)
    assert report.meeting_count == 3
    assert report.since is not None and report.since.date().isoformat() == "2026-12-03"


def test_nothing_before_the_last_plenary(community):
    s = build(community)
    report = uow.read(community, group_report.collect_group_report, s.plenary)
    texts = [t for g in report.groups for m in g.meetings for t in m.decisions]
    assert "Alter Beschluss vor dem Plenum" not in texts
    # for the plenary before, the earlier WOL meeting is the news
    earlier = uow.read(community, group_report.collect_group_report, s.last_plenary)
    wol = next(g for g in earlier.groups if g.group_id == s.wol)
    assert [m.meeting_id for m in wol.meetings] == [s.wol_before]
    ki = next(g for g in earlier.groups if g.group_id == s.ki)
    assert ki.meetings == ()  # still listed: an active sub-group that did not meet


def test_archived_group_without_meetings_is_left_out(community):
    s = build(community)
    uow.write(community, groups.archive_group, s.ki)
    earlier = uow.read(community, group_report.collect_group_report, s.last_plenary)
    assert [g.group_id for g in earlier.groups] == [s.wol]
    now = uow.read(community, group_report.collect_group_report, s.plenary)
    assert {g.group_id for g in now.groups} == {s.wol, s.ki}  # it did meet in this period


def test_add_then_refresh_then_undo(community):
    s = build(community)
    item_id, _ = uow.write(community, group_report.fill_group_report, s.plenary, render)
    agenda = uow.read(community, meetings.get_agenda, s.plenary)
    (item,) = agenda.items
    assert item.id == item_id and item.kind == AgendaKind.GROUP_REPORT and item.title == "News"
    assert "- WOL Woche 1\n  D Wir treffen uns dienstags.\n  T Beziehungen zuerst" in item.details
    assert "Privates Detail" not in item.details
    # the user renames it; a refresh keeps the title and replaces the text
    uow.write(
        community,
        meetings.update_item,
        item_id,
        meetings.AgendaItemData("group_report", "Aus den Gruppen", 20, details="alt"),
    )
    again, refresh = uow.write(community, group_report.fill_group_report, s.plenary, render)
    (item,) = uow.read(community, meetings.get_agenda, s.plenary).items
    assert again == item_id and item.title == "Aus den Gruppen" and item.minutes == 20
    assert item.details.startswith("KI-Werkstatt: 1")
    uow.replay(community, refresh, undo=True)
    (item,) = uow.read(community, meetings.get_agenda, s.plenary).items
    assert item.details == "alt"


def test_undo_of_adding_removes_the_item(community):
    s = build(community)
    _, changes = uow.write(community, group_report.fill_group_report, s.plenary, render)
    uow.replay(community, changes, undo=True)
    assert uow.read(community, meetings.get_agenda, s.plenary).items == ()


def test_goes_after_the_check_in(community):
    s = build(community)
    uow.write(
        community,
        meetings.set_agenda,
        s.plenary,
        [
            meetings.AgendaItemData("check_in", "Check-in", 10),
            meetings.AgendaItemData("topic", "KI", 30),
        ],
    )
    uow.write(community, group_report.fill_group_report, s.plenary, render)
    kinds = [i.kind for i in uow.read(community, meetings.get_agenda, s.plenary).items]
    assert kinds == ["check_in", "group_report", "topic"]


def test_sub_group_meeting_is_refused_and_nothing_changes(community):
    s = build(community)
    with pytest.raises(NotACommunityMeeting) as info:
        uow.write(community, group_report.fill_group_report, s.wol_1, render)
    assert "Working Out Loud" in str(info.value)
    assert uow.read(community, meetings.get_agenda, s.wol_1).items == ()


def test_community_without_sub_groups_is_refused(community):
    def plenary(session):
        return add_meeting(session, groups.root_group(session).id, "CoP", dt.date(2027, 1, 14))

    mid = uow.write(community, plenary)[0]
    with pytest.raises(NoSubGroups):
        uow.write(community, group_report.fill_group_report, mid, render)
    assert uow.read(community, meetings.get_agenda, mid).items == ()


def test_a_new_protocol_version_names_the_changed_report(community):
    from copdesk.model import minutes
    from copdesk.model.tables import MeetingStatus

    s = build(community)

    def hold(session):
        from copdesk.model import entities as E

        session.get(E.Meeting, s.plenary).status = MeetingStatus.HELD

    uow.write(community, hold)
    uow.write(community, minutes.finalise, s.plenary)  # version 1: no item texts yet
    uow.write(community, group_report.fill_group_report, s.plenary, render)
    uow.write(community, minutes.finalise, s.plenary)
    (item,) = uow.read(community, meetings.get_agenda, s.plenary).items
    uow.write(
        community,
        meetings.update_item,
        item.id,
        meetings.AgendaItemData("group_report", "News", 15, details="Nur kurz."),
    )
    uow.write(community, minutes.finalise, s.plenary)
    m = uow.read(community, minutes.load_minutes, s.plenary)
    assert [v.changes for v in m.versions][1:] == [
        "Text of an agenda item added – News",
        "Text of an agenda item changed – News",
    ]
