"""Meetings, agenda, attendance, guests, absences, conflicts and series. No Qt."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import meetings, uow
from copdesk.model.errors import ConflictError, NotFoundError, ValidationError
from copdesk.model.meetings.dto import (
    AbsenceData,
    AgendaItemData,
    GuestData,
    MeetingData,
    SeriesData,
)

D = dt.date
T = dt.datetime


START = T(2026, 6, 16, 14)


def new(cop, start=START, minutes=120, **kw) -> int:
    kw.setdefault("title", "CoP-Treffen Q2/2026")
    data = MeetingData(group_id=cop.group, start=start, minutes=minutes, **kw)
    return uow.write(cop.community, meetings.add_meeting, data)[0]


def dump(community) -> dict:
    """Every row of every table except the version counters (undo moves them forward)."""
    from copdesk.model.base import Base

    out = {}
    with community.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            cols = [c for c in table.c if c.name != "version"]
            stmt = select(*cols).order_by(*table.primary_key.columns)
            out[name] = [tuple(r) for r in conn.execute(stmt)]
    return out


# --- meetings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field, changes",
    [
        ("title", {"title": "   "}),
        ("minutes", {"minutes": 0}),
        ("minutes", {"minutes": -30}),
        ("join_url", {"join_url": "teams.example/join"}),
        ("join_url", {"join_url": "https://"}),
        ("join_url", {"join_url": "https://teams example.de/x"}),
        ("co_moderator_id", {"moderator_id": "sabine", "co_moderator_id": "sabine"}),
        ("start", {"start": None}),
        ("format", {"format": "zeppelin"}),
    ],
)
def test_bad_input_is_rejected_with_its_field_and_changes_nothing(cop, field, changes):
    mid = new(cop)
    before = dump(cop.community)
    data, version = uow.read(cop.community, meetings.get_meeting, mid)
    values = {
        k: getattr(cop, v) if isinstance(v, str) and hasattr(cop, v) else v
        for k, v in changes.items()
    }
    with pytest.raises(ValidationError) as err:
        uow.write(
            cop.community,
            meetings.update_meeting,
            mid,
            dataclasses.replace(data, **values),
            version,
        )
    assert err.value.field == field
    assert str(err.value)  # a readable message
    assert dump(cop.community) == before


def test_edit_round_trip_and_stale_version(cop):
    mid = new(
        cop,
        join_url="https://teams.example/l/meetup-join/1",
        moderator_id=cop.sabine,
        host_org_id=cop.heid,
        place="Rathaus, Saal 1",
        notes="Kaffee mitbringen",
    )
    data, version = uow.read(cop.community, meetings.get_meeting, mid)
    assert data.moderator_id == cop.sabine and data.place == "Rathaus, Saal 1"
    changed = dataclasses.replace(data, title="Neu", minutes=90)
    uow.write(cop.community, meetings.update_meeting, mid, changed, version)
    with pytest.raises(ConflictError):
        uow.write(cop.community, meetings.update_meeting, mid, changed, version)
    stored, _ = uow.read(cop.community, meetings.get_meeting, mid)
    assert (stored.title, stored.minutes) == ("Neu", 90)


def test_changes_after_an_invitation_mark_an_update_as_due(cop):
    mid = new(cop)
    with cop.community.session() as s, s.begin():
        s.get(E.Meeting, mid).ics_sequence = 0
    uow.write(cop.community, meetings.set_roles, mid, moderator_id=cop.miriam)
    assert not uow.read(cop.community, meetings.get_detail, mid).update_due  # roles: no resend
    uow.write(cop.community, meetings.move_meeting, mid, T(2026, 6, 17, 14))
    detail = uow.read(cop.community, meetings.get_detail, mid)
    assert detail.update_due and detail.data.moderator_id == cop.miriam
    assert detail.data.minutes == 120


def test_set_roles_changes_only_the_roles(cop):
    mid = new(cop, notes="bleibt")
    uow.write(
        cop.community,
        meetings.set_roles,
        mid,
        host_org_id=cop.darm,
        moderator_id=cop.bjoern,
        protocol_writer_id=cop.sabine,
    )
    d = uow.read(cop.community, meetings.get_detail, mid)
    assert (d.host, d.moderator, d.protocol_writer, d.co_moderator) == (
        "Stadt Darmstadt",
        "Björn Meißner",
        "Sabine Groß",
        "",
    )
    assert d.data.notes == "bleibt"


def test_conflicts_same_group_and_same_moderator(cop):
    a = new(cop, start=T(2026, 6, 16, 14), moderator_id=cop.sabine, title="A")
    b = new(cop, start=T(2026, 6, 16, 15), title="B")  # same group, overlaps A
    c = new(cop, start=T(2026, 6, 16, 16), title="C")  # touches A's end: no conflict with A
    sub = _subgroup(cop)
    d = uow.write(
        cop.community,
        meetings.add_meeting,
        MeetingData(
            group_id=sub,
            title="D",
            start=T(2026, 6, 16, 13),
            minutes=90,
            co_moderator_id=cop.sabine,
        ),
    )[0]
    rows = {r.id: r for r in uow.read(cop.community, meetings.list_meetings)}
    assert rows[a].conflicts == 2  # B (group) and D (Sabine moderates both)
    assert rows[b].conflicts == 2  # A and C
    assert rows[c].conflicts == 1
    assert rows[d].conflicts == 1
    kinds = {
        (x.kind, x.other_title, x.member) for x in uow.read(cop.community, meetings.conflicts_of, a)
    }
    assert kinds == {("group", "B", ""), ("moderator", "D", "Sabine Groß")}
    uow.write(cop.community, meetings.cancel_meeting, b)
    assert uow.read(cop.community, meetings.conflicts_of, b) == []
    assert {x.other_title for x in uow.read(cop.community, meetings.conflicts_of, a)} == {"D"}


def _subgroup(cop) -> int:
    with cop.community.session() as s, s.begin():
        g = E.Group(name="WOL", parent_id=cop.group, cadence_unit="week", cadence_interval=1)
        s.add(g)
        s.flush()
        return g.id


def test_check_meeting_warns_about_holidays_and_absent_role_holders(cop):
    uow.write(
        cop.community,
        meetings.add_absence,
        cop.miriam,
        AbsenceData(D(2026, 6, 1), D(2026, 6, 5), "Urlaub"),
    )
    data = MeetingData(
        group_id=cop.group, title="X", start=T(2026, 6, 4, 14), minutes=120, moderator_id=cop.miriam
    )
    checks = uow.read(cop.community, meetings.check_meeting, data)
    assert [h.name for h in checks.holidays] == ["Fronleichnam"]
    assert [(a.name, a.note, a.role) for a in checks.absent] == [
        ("Miriam Hoffmann", "Urlaub", "moderator")
    ]
    gap = dataclasses.replace(data, start=T(2026, 3, 29, 2, 30))
    assert uow.read(cop.community, meetings.check_meeting, gap) == meetings.MeetingChecks()


def test_host_defaults_are_offered_with_parsed_ids(cop):
    hosts = {h.name: h for h in uow.read(cop.community, meetings.list_hosts)}
    heid = hosts["Stadt Heidelberg"]
    assert (heid.video_tool, heid.meeting_code, heid.passcode) == ("teams", "123 456 789", "Xy7")
    assert meetings.parse_video_text(
        "Zoom-Meeting beitreten\nMeeting-ID: 511 3938 8808\nKenncode: 120538"
    ) == ("511 3938 8808", "120538")
    assert meetings.parse_video_text("") == ("", "")


def test_delete_only_without_records_and_undo_restores(cop):
    mid = new(cop)
    uow.write(cop.community, meetings.apply_template, mid, _template(cop, "CoP standard 120 min"))
    uow.write(cop.community, meetings.set_attendance, mid, cop.sabine, "accepted")
    before = dump(cop.community)
    _result, changes = uow.write(cop.community, meetings.delete_meeting, mid)
    assert uow.read(cop.community, meetings.list_meetings) == []
    uow.replay(cop.community, changes, undo=True)
    assert dump(cop.community) == before
    with cop.community.session() as s, s.begin():
        s.add(E.Decision(meeting_id=mid, text="Beschluss"))
    with pytest.raises(meetings.MeetingHasRecords):
        uow.write(cop.community, meetings.delete_meeting, mid)


def _template(cop, name: str) -> int:
    return next(t.id for t in uow.read(cop.community, meetings.list_templates) if t.name == name)


# --- agenda --------------------------------------------------------------------------------


def test_start_times_and_overrun():
    start = dt.datetime(2026, 6, 16, 12, tzinfo=dt.UTC)
    assert meetings.start_times(start, [15, 15, 60]) == [
        start,
        start + dt.timedelta(minutes=15),
        start + dt.timedelta(minutes=30),
    ]
    assert meetings.start_times(start, []) == []
    assert meetings.overrun(120, [60, 60]) == 0
    assert meetings.overrun(120, [60, 65]) == 5
    assert meetings.overrun(120, [10]) == 0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 600), max_size=30), st.integers(1, 1440))
def test_agenda_arithmetic_properties(minutes, length):
    start = dt.datetime(2026, 10, 24, 22, tzinfo=dt.UTC)  # across the autumn change
    starts = meetings.start_times(start, minutes)
    assert len(starts) == len(minutes)
    for n in range(1, len(minutes)):
        assert (starts[n] - starts[n - 1]) == dt.timedelta(minutes=minutes[n - 1])
    assert meetings.overrun(length, minutes) == max(0, sum(minutes) - length)


def test_templates_fill_the_agenda_and_times_follow(cop):
    mid = new(cop)
    names = [t.name for t in uow.read(cop.community, meetings.list_templates)]
    assert names[:2] == ["CoP standard 120 min", "lernOS circle 60 min"]
    uow.write(cop.community, meetings.apply_template, mid, _template(cop, "CoP standard 120 min"))
    a = uow.read(cop.community, meetings.get_agenda, mid)
    assert a.total_minutes == 120 == a.meeting_minutes and a.overrun == 0
    assert [meetings.to_local(i.start_at).strftime("%H:%M") for i in a.items] == [
        "14:00",
        "14:15",
        "14:30",
        "15:30",
        "15:35",
        "15:45",
    ]
    assert [i.kind for i in a.items] == [
        "check_in",
        "other",
        "lean_coffee",
        "break",
        "other",
        "check_out",
    ]
    lernos = uow.read(cop.community, meetings.list_templates)[1]
    assert [(i.kind, i.title, i.minutes) for i in lernos.items] == [
        ("check_in", "Check-in", 5),
        ("topic", "Kata", 50),
        ("check_out", "Check-out", 5),
    ]
    uow.write(cop.community, meetings.apply_template, mid, lernos.id, append=True)
    a = uow.read(cop.community, meetings.get_agenda, mid)
    assert a.total_minutes == 180 and a.overrun == 60


def test_set_agenda_keeps_ids_reorders_and_rejects_bad_minutes(cop):
    mid = new(cop)
    uow.write(
        cop.community,
        meetings.set_agenda,
        mid,
        [
            AgendaItemData("check_in", "Check-in", 10),
            AgendaItemData("topic", "KI", 30, presenter_id=cop.juergen),
            AgendaItemData("check_out", "Check-out", 10),
        ],
    )
    items = uow.read(cop.community, meetings.get_agenda, mid).items
    assert items[1].presenter == "Jürgen Weiß"
    reordered = [items[1].data(), items[0].data(), items[2].data()]
    uow.write(cop.community, meetings.set_agenda, mid, reordered)
    again = uow.read(cop.community, meetings.get_agenda, mid).items
    assert [i.id for i in again] == [items[1].id, items[0].id, items[2].id]
    assert [i.position for i in again] == [0, 1, 2]
    before = dump(cop.community)
    for bad in (0, -5):
        broken = [dataclasses.replace(again[0].data(), minutes=bad)] + [i.data() for i in again[1:]]
        with pytest.raises(ValidationError) as err:
            uow.write(cop.community, meetings.set_agenda, mid, broken)
        assert err.value.field == "minutes"
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.add_item, mid, AgendaItemData("topic", "X", 0))
    with pytest.raises(NotFoundError):
        uow.write(
            cop.community, meetings.set_agenda, mid, [AgendaItemData("topic", "X", 5, id=999)]
        )
    assert dump(cop.community) == before


def test_item_by_item_and_undo(cop):
    mid = new(cop)
    first = uow.write(cop.community, meetings.add_item, mid, AgendaItemData("topic", "A", 10))[0]
    second = uow.write(cop.community, meetings.add_item, mid, AgendaItemData("topic", "B", 20))[0]
    third = uow.write(
        cop.community, meetings.add_item, mid, AgendaItemData("topic", "C", 30), position=0
    )[0]
    titles = lambda: [i.title for i in uow.read(cop.community, meetings.get_agenda, mid).items]
    assert titles() == ["C", "A", "B"]
    _r, changes = uow.write(cop.community, meetings.move_item, third, 2)
    assert titles() == ["A", "B", "C"]
    uow.replay(cop.community, changes, undo=True)
    assert titles() == ["C", "A", "B"]
    uow.write(cop.community, meetings.update_item, first, AgendaItemData("break", "Pause", 5))
    uow.write(cop.community, meetings.remove_item, second)
    items = uow.read(cop.community, meetings.get_agenda, mid).items
    assert [(i.title, i.kind, i.position) for i in items] == [
        ("C", "topic", 0),
        ("Pause", "break", 1),
    ]


def test_save_as_template(cop):
    mid = new(cop)
    with pytest.raises(ValidationError):  # empty agenda
        uow.write(cop.community, meetings.save_as_template, mid, "Leer")
    uow.write(cop.community, meetings.apply_template, mid, _template(cop, "lernOS circle 60 min"))
    tid = uow.write(cop.community, meetings.save_as_template, mid, "Unser Kreis")[0]
    saved = next(t for t in uow.read(cop.community, meetings.list_templates) if t.id == tid)
    assert not saved.builtin and saved.total_minutes == 60
    with pytest.raises(ValidationError) as err:
        uow.write(cop.community, meetings.save_as_template, mid, "unser kreis")
    assert err.value.field == "name"
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.delete_template, _template(cop, "CoP standard 120 min"))
    uow.write(cop.community, meetings.delete_template, tid)


# --- attendance, guests, absences ---------------------------------------------------------


def test_attendance_and_guests(cop):
    mid = new(cop)
    sheet = uow.read(cop.community, meetings.get_attendance, mid)
    assert [r.name for r in sheet.rows] == [
        "Sabine Groß",
        "Miriam Hoffmann",
        "Björn Meißner",
        "Jürgen Weiß",
    ]
    assert {r.status for r in sheet.rows} == {""}
    assert uow.write(cop.community, meetings.invite_group, mid)[0] == 4
    uow.write(
        cop.community,
        meetings.set_attendances,
        mid,
        {cop.sabine: "accepted", cop.bjoern: "declined"},
        notes={cop.bjoern: "krank"},
    )
    uow.write(cop.community, meetings.set_attendance, mid, cop.juergen, "")
    sheet = uow.read(cop.community, meetings.get_attendance, mid)
    got = {r.name: (r.status, r.note) for r in sheet.rows}
    assert got == {
        "Sabine Groß": ("accepted", ""),
        "Miriam Hoffmann": ("invited", ""),
        "Björn Meißner": ("declined", "krank"),
        "Jürgen Weiß": ("", ""),
    }
    assert uow.write(cop.community, meetings.invite_group, mid)[0] == 1
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.set_attendance, mid, cop.sabine, "maybe")
    gid = uow.write(
        cop.community,
        meetings.add_guest,
        mid,
        GuestData("Dr. Özlem Şahin", "Landratsamt Tübingen", "oe@lra.example"),
    )[0]
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.add_guest, mid, GuestData("  "))
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.add_guest, mid, GuestData("X", email="kein-at"))
    uow.write(
        cop.community,
        meetings.update_guest,
        mid,
        gid,
        GuestData("Dr. Özlem Şahin", "Landratsamt Tübingen", attended=False),
    )
    guests = uow.read(cop.community, meetings.get_attendance, mid).guests
    assert [(g.name, g.attended, g.email) for g in guests] == [("Dr. Özlem Şahin", False, "")]
    uow.write(cop.community, meetings.remove_guest, mid, gid)
    assert uow.read(cop.community, meetings.get_attendance, mid).guests == ()


def test_attendance_mentions_declared_absences(cop):
    mid = new(cop, start=T(2026, 8, 5, 14))
    uow.write(
        cop.community,
        meetings.add_absence,
        cop.miriam,
        AbsenceData(D(2026, 8, 3), D(2026, 8, 21), "Urlaub"),
    )
    rows = {r.name: r for r in uow.read(cop.community, meetings.get_attendance, mid).rows}
    assert rows["Miriam Hoffmann"].absence == "Urlaub" and rows["Sabine Groß"].absence == ""


def test_absences_replace_validate_and_undo(cop):
    first = uow.write(
        cop.community,
        meetings.add_absence,
        cop.sabine,
        AbsenceData(D(2026, 7, 1), D(2026, 7, 14), "Urlaub"),
    )[0]
    before = dump(cop.community)
    with pytest.raises(ValidationError) as err:
        uow.write(
            cop.community,
            meetings.replace_absences,
            cop.sabine,
            [AbsenceData(D(2026, 7, 14), D(2026, 7, 1), "rückwärts", first)],
        )
    assert err.value.field == "end_on"
    assert dump(cop.community) == before
    _r, changes = uow.write(
        cop.community,
        meetings.replace_absences,
        cop.sabine,
        [
            AbsenceData(D(2026, 7, 1), D(2026, 7, 21), "Urlaub (verlängert)", first),
            AbsenceData(D(2026, 9, 1), D(2026, 9, 3), "Fortbildung"),
        ],
    )
    rows = uow.read(cop.community, meetings.list_absences, cop.sabine)
    assert [(r.id == first, r.end_on, r.note) for r in rows] == [
        (True, D(2026, 7, 21), "Urlaub (verlängert)"),
        (False, D(2026, 9, 3), "Fortbildung"),
    ]
    uow.replay(cop.community, changes, undo=True)
    assert dump(cop.community) == before
    uow.write(cop.community, meetings.replace_absences, cop.sabine, [])
    assert uow.read(cop.community, meetings.list_absences, cop.sabine) == []
    between = uow.read(cop.community, meetings.absences_between, D(2026, 1, 1), D(2026, 12, 31))
    assert between == []


# --- series --------------------------------------------------------------------------------


def wol(cop, **kw) -> int:
    first = MeetingData(
        group_id=cop.group,
        title="WOL-Circle Frühjahr 2026",
        start=T(2026, 4, 7, 8, 30),
        minutes=60,
        host_org_id=cop.heid,
        video_tool="teams",
        join_url="https://teams.example/l/1",
    )
    data = SeriesData(
        first=first, interval=1, count=12, template_id=_template(cop, "lernOS circle 60 min"), **kw
    )
    return uow.write(cop.community, meetings.create_series, data)[0]


def test_create_a_weekly_series_in_one_step(cop):
    sid = wol(cop)
    rows = uow.read(cop.community, meetings.series_meetings, sid)
    assert len(rows) == 12
    assert [r.series_index for r in rows] == list(range(12))
    assert rows[0].title == "WOL-Circle Frühjahr 2026 (1/12)"
    assert rows[-1].title == "WOL-Circle Frühjahr 2026 (12/12)"
    assert {meetings.to_local(r.start_at).time() for r in rows} == {dt.time(8, 30)}
    assert {r.minutes for r in rows} == {60} and {r.agenda_minutes for r in rows} == {60}
    assert [meetings.to_local(r.start_at).date() for r in rows] == [
        D(2026, 4, 7) + dt.timedelta(weeks=k) for k in range(12)
    ]
    with cop.community.session() as s:
        series = s.get(E.MeetingSeries, sid)
        assert (series.freq, series.interval, series.count) == ("weekly", 1, 12)
        originals = s.scalars(
            select(E.Meeting.series_original_start)
            .where(E.Meeting.series_id == sid)
            .order_by(E.Meeting.series_index)
        ).all()
        assert originals == [r.start_at for r in rows]


def test_moving_or_cancelling_one_session_leaves_the_others(cop):
    sid = wol(cop)
    rows = uow.read(cop.community, meetings.series_meetings, sid)
    before = {r.id: (r.start_at, r.status) for r in rows}
    moved = rows[3]
    uow.write(cop.community, meetings.move_meeting, moved.id, T(2026, 4, 29, 8, 30))
    uow.write(cop.community, meetings.cancel_meeting, rows[5].id)
    after = {
        r.id: (r.start_at, r.status) for r in uow.read(cop.community, meetings.series_meetings, sid)
    }
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {moved.id, rows[5].id}
    assert meetings.to_local(after[moved.id][0]) == T(2026, 4, 29, 8, 30)
    assert after[rows[5].id][1] == "cancelled"
    with cop.community.session() as s:  # the rule's start stays for the recurring invitation
        assert s.get(E.Meeting, moved.id).series_original_start == moved.start_at


def test_series_sessions_on_holidays_can_be_cancelled_right_away(cop):
    # Thursdays from 30 April 2026: 14 May (Christi Himmelfahrt), 4 June (Fronleichnam)
    first = MeetingData(group_id=cop.group, title="Kreis", start=T(2026, 4, 30, 8, 30), minutes=60)
    data = SeriesData(first=first, count=6, cancel_on_holidays=True, holiday_states=("BW", "HE"))
    sessions = meetings.plan_series(data)
    assert [s.holiday for s in sessions][2] == "Christi Himmelfahrt"  # 14 May 2026
    sid = uow.write(cop.community, meetings.create_series, data)[0]
    rows = uow.read(cop.community, meetings.series_meetings, sid)
    assert [r.status for r in rows] == [
        "planned",
        "planned",
        "cancelled",
        "planned",
        "planned",
        "cancelled",
    ]
    assert "Fronleichnam" in uow.read(cop.community, meetings.get_meeting, rows[5].id)[0].notes


def test_series_input_is_checked(cop):
    first = MeetingData(group_id=cop.group, title="Kreis", start=T(2026, 4, 7, 8, 30), minutes=60)
    for bad, field in (
        (SeriesData(first=first, count=0), "count"),
        (SeriesData(first=first, count=53), "count"),
        (SeriesData(first=first, interval=0), "interval"),
        (SeriesData(first=dataclasses.replace(first, title="")), "title"),
    ):
        with pytest.raises(ValidationError) as err:
            uow.write(cop.community, meetings.create_series, bad)
        assert err.value.field == field
    assert uow.read(cop.community, meetings.list_meetings) == []
