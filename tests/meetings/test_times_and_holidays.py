"""Public holidays per federal state, and local times on the days the clocks change.

Model only: no Qt imported here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from copdesk.model import meetings, uow
from copdesk.model.errors import ValidationError
from copdesk.model.meetings.dto import MeetingData

D = dt.date


def names(states, day, language="de"):
    return {h.name for h in meetings.holidays_between(states, day, day, language=language)}


# --- holidays per state ------------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_state_specific_holidays_in_bw_and_he(year):
    found = {
        s: {h.name: h.day for h in meetings.holidays_between((s,), D(year, 1, 1), D(year, 12, 31))}
        for s in ("BW", "HE")
    }
    # Fronleichnam: both states
    assert "Fronleichnam" in found["BW"] and "Fronleichnam" in found["HE"]
    assert found["BW"]["Fronleichnam"] == found["HE"]["Fronleichnam"]
    # Reformationstag: neither (it is one in e.g. Brandenburg)
    assert "Reformationstag" not in found["BW"] and "Reformationstag" not in found["HE"]
    assert "Reformationstag" in names(("BB",), D(year, 10, 31))
    # Allerheiligen and Heilige Drei Könige: Baden-Württemberg only
    assert found["BW"]["Allerheiligen"] == D(year, 11, 1)
    assert "Allerheiligen" not in found["HE"]
    assert found["BW"]["Heilige Drei Könige"] == D(year, 1, 6)
    assert "Heilige Drei Könige" not in found["HE"]


def test_holiday_lists_the_states_it_applies_in_and_nationwide_ones():
    corpus = meetings.holidays_between(("BW", "HE"), D(2026, 6, 4), D(2026, 6, 4))
    assert [(h.name, h.states, h.nationwide) for h in corpus] == [
        ("Fronleichnam", ("BW", "HE"), False)
    ]
    epiphany = meetings.holidays_between(("BW", "HE"), D(2026, 1, 6), D(2026, 1, 6))
    assert [(h.name, h.states) for h in epiphany] == [("Heilige Drei Könige", ("BW",))]
    unity = meetings.holidays_between(("BW", "HE"), D(2026, 10, 3), D(2026, 10, 3))
    assert unity[0].nationwide and unity[0].states == ("BW", "HE")


def test_holiday_names_follow_the_language():
    assert names(("BW",), D(2026, 6, 4), "de") == {"Fronleichnam"}
    assert names(("BW",), D(2026, 6, 4), "en") == {"Corpus Christi"}


def test_group_states_come_from_the_members_organisations(cop):
    states, missing = uow.read(cop.community, meetings.group_states, cop.group)
    assert states == ("BW", "HE") and missing == ()


# --- local times on DST change days ------------------------------------------------------

GAP = dt.datetime(2026, 3, 29, 2, 30)  # does not exist in Europe/Berlin
FOLD = dt.datetime(2026, 10, 25, 2, 30)  # exists twice


def test_local_time_problems_are_detected():
    assert meetings.local_time_problem(GAP) == "gap"
    assert meetings.local_time_problem(FOLD) == "fold"
    for fine in (
        dt.datetime(2026, 3, 29, 1, 59),
        dt.datetime(2026, 3, 29, 3, 0),
        dt.datetime(2026, 10, 25, 1, 59),
        dt.datetime(2026, 10, 25, 3, 0),
        dt.datetime(2026, 7, 1, 2, 30),
    ):
        assert meetings.local_time_problem(fine) == ""


@pytest.mark.parametrize("local", [GAP, FOLD])
def test_a_meeting_at_a_missing_or_doubled_time_is_rejected_and_nothing_changes(cop, local):
    data = MeetingData(group_id=cop.group, title="Nachtsitzung", start=local, minutes=60)
    before = uow.read(cop.community, meetings.list_meetings, cop.group)
    with pytest.raises(ValidationError) as err:
        uow.write(cop.community, meetings.add_meeting, data)
    assert err.value.field == "start"
    assert "02:30" in str(err.value)
    assert uow.read(cop.community, meetings.list_meetings, cop.group) == before


def test_moving_a_meeting_into_the_gap_is_rejected(cop):
    data = MeetingData(
        group_id=cop.group, title="Treffen", start=dt.datetime(2026, 3, 28, 14), minutes=120
    )
    mid, _ = uow.write(cop.community, meetings.add_meeting, data)
    with pytest.raises(ValidationError):
        uow.write(cop.community, meetings.move_meeting, mid, GAP)
    stored, _v = uow.read(cop.community, meetings.get_meeting, mid)
    assert stored.start == dt.datetime(2026, 3, 28, 14)


def test_instants_round_trip_and_lengths_are_real_minutes(cop):
    # 01:00 on the autumn change day + 180 real minutes ends at 03:00 local (one hour repeats)
    data = MeetingData(
        group_id=cop.group, title="Lang", start=dt.datetime(2026, 10, 25, 0, 30), minutes=180
    )
    mid, _ = uow.write(cop.community, meetings.add_meeting, data)
    detail = uow.read(cop.community, meetings.get_detail, mid)
    assert detail.start_at == dt.datetime(2026, 10, 24, 22, 30, tzinfo=dt.UTC)
    assert detail.end_at - detail.start_at == dt.timedelta(minutes=180)
    assert meetings.to_local(detail.end_at) == dt.datetime(2026, 10, 25, 2, 30)
    assert detail.data.start == data.start and detail.data.minutes == 180
    # summer and winter: 14:00 local is 12:00 / 13:00 UTC
    for day, utc_hour in ((D(2026, 7, 1), 12), (D(2026, 12, 1), 13)):
        moved = dataclasses.replace(data, start=dt.datetime.combine(day, dt.time(14)))
        mid2, _ = uow.write(cop.community, meetings.add_meeting, moved)
        assert uow.read(cop.community, meetings.get_detail, mid2).start_at.hour == utc_hour


def test_weekly_series_keeps_its_local_time_across_the_change():
    first = MeetingData(group_id=1, title="WOL", start=dt.datetime(2026, 3, 17, 8, 30), minutes=60)
    from copdesk.model.meetings.dto import SeriesData

    sessions = meetings.plan_series(SeriesData(first=first, interval=1, count=4))
    assert [s.start for s in sessions] == [dt.datetime(2026, 3, d, 8, 30) for d in (17, 24, 31)] + [
        dt.datetime(2026, 4, 7, 8, 30)
    ]
    utc = [meetings.to_instant(s.start) for s in sessions]
    assert [u.hour for u in utc] == [7, 7, 6, 6]  # the UTC hour moves, the local one does not


def test_a_series_hitting_the_gap_is_rejected(cop):
    from copdesk.model.meetings.dto import SeriesData

    first = MeetingData(
        group_id=cop.group, title="Nachtkreis", start=dt.datetime(2026, 3, 15, 2, 30), minutes=30
    )
    with pytest.raises(ValidationError) as err:
        uow.write(cop.community, meetings.create_series, SeriesData(first=first, count=3))
    assert "2" in str(err.value) and err.value.field == "start"
    assert uow.read(cop.community, meetings.list_meetings, cop.group) == []
