"""Cadence targets (across year ends), date suggestions and their reasons. No Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from copdesk.model import entities as E
from copdesk.model import meetings, uow
from copdesk.model.errors import ConflictError, ValidationError
from copdesk.model.meetings.dto import AbsenceData, Cadence, MeetingData

D = dt.date
QUARTERLY = Cadence("month", 3, (2, 3, 4), dt.time(14), dt.time(16), 120)


@pytest.mark.parametrize(
    "day, months, expected",
    [
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # across the year end, clamped to February
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # leap year
        (D(2026, 12, 15), 1, D(2027, 1, 15)),
        (D(2026, 10, 20), 3, D(2027, 1, 20)),
        (D(2026, 1, 31), 1, D(2026, 2, 28)),
        (D(2026, 12, 31), 12, D(2027, 12, 31)),
        (D(2026, 3, 31), 24, D(2028, 3, 31)),
    ],
)
def test_add_months(day, months, expected):
    assert meetings.add_months(day, months) == expected


def test_cadence_target_across_year_end_and_never_in_the_past():
    weekly = Cadence("week", 2, (2,), dt.time(8, 30), dt.time(9, 30), 60)
    assert meetings.cadence_target(D(2026, 12, 22), weekly, D(2026, 12, 1)) == D(2027, 1, 5)
    assert meetings.cadence_target(D(2026, 10, 20), QUARTERLY, D(2026, 11, 1)) == D(2027, 1, 20)
    assert meetings.cadence_target(D(2025, 1, 10), QUARTERLY, D(2026, 3, 11)) == D(2026, 3, 11)
    assert meetings.cadence_target(None, QUARTERLY, D(2026, 3, 11)) == D(2026, 3, 11)


def plan(cop, day: dt.date, title="Treffen", **kw):
    data = MeetingData(
        group_id=cop.group,
        title=title,
        start=dt.datetime.combine(day, dt.time(14)),
        minutes=120,
        **kw,
    )
    return uow.write(cop.community, meetings.add_meeting, data)[0]


def suggest(cop, **kw):
    kw.setdefault("today", D(2026, 10, 21))
    return uow.read(cop.community, meetings.suggest_dates, cop.group, **kw)


def test_suggestions_across_the_year_end_skip_the_holidays(cop):
    plan(cop, D(2026, 10, 6))  # Tue → target Tue 6 January 2027: Heilige Drei Könige (BW)
    found = suggest(cop, count=6)
    assert found.target == D(2027, 1, 6)
    days = [c.day for c in found.candidates]
    assert D(2027, 1, 6) not in days
    assert all(c.day.weekday() in (1, 2, 3) for c in found.candidates)
    assert all(c.day.year in (2026, 2027) for c in found.candidates)
    skipped = {s.day: s for s in found.skipped}
    assert skipped[D(2027, 1, 6)].reason == "holiday"
    assert skipped[D(2027, 1, 6)].holiday.name == "Heilige Drei Könige"
    assert skipped[D(2027, 1, 6)].holiday.states == ("BW",)
    # the closest days come first
    assert abs(found.candidates[0].distance) <= 2


def test_fronleichnam_is_left_out_with_its_states(cop):
    plan(cop, D(2026, 3, 4))  # Wed → target Thu 4 June 2026 = Fronleichnam (BW and HE)
    found = suggest(cop, today=D(2026, 4, 1))
    assert found.target == D(2026, 6, 4)
    assert D(2026, 6, 4) not in [c.day for c in found.candidates]
    reason = next(s for s in found.skipped if s.day == D(2026, 6, 4))
    assert (reason.holiday.name, reason.holiday.states) == ("Fronleichnam", ("BW", "HE"))


def test_absences_are_listed_and_cost_rank_but_the_moderators_exclude(cop):
    plan(cop, D(2026, 6, 16))  # Tue → target Wed 16 Sep 2026
    uow.write(
        cop.community,
        meetings.add_absence,
        cop.sabine,
        AbsenceData(D(2026, 9, 14), D(2026, 9, 18), "Urlaub"),
    )
    found = suggest(cop, today=D(2026, 7, 1))
    target_week = [c for c in found.candidates if D(2026, 9, 14) <= c.day <= D(2026, 9, 18)]
    assert target_week, "a day with one member away may still be suggested"
    assert all([a.name for a in c.absent] == ["Sabine Groß"] for c in target_week)
    assert all(a.note == "Urlaub" for c in target_week for a in c.absent)
    # somebody away weighs more than a day or two off the target
    assert found.candidates[0].absent == ()
    with_moderator = suggest(cop, today=D(2026, 7, 1), moderator_id=cop.sabine)
    assert not [c for c in with_moderator.candidates if D(2026, 9, 14) <= c.day <= D(2026, 9, 18)]
    reasons = [s for s in with_moderator.skipped if s.reason == "absent"]
    assert reasons and reasons[0].absent[0].role == "moderator"


def test_days_with_a_meeting_of_the_group_or_the_moderator_are_left_out(cop):
    plan(cop, D(2026, 6, 16))
    plan(cop, D(2026, 9, 16), title="Schon geplant", status="cancelled")  # cancelled: free
    found = suggest(cop, today=D(2026, 7, 1), count=3)
    assert D(2026, 9, 16) in [c.day for c in found.candidates]
    other = plan(cop, D(2026, 9, 17), title="Anderes Treffen", moderator_id=cop.juergen)
    found = suggest(cop, today=D(2026, 7, 1), count=10)
    assert D(2026, 9, 17) not in [c.day for c in found.candidates]
    assert other


def test_after_and_count(cop):
    plan(cop, D(2026, 6, 16))
    found = suggest(cop, today=D(2026, 7, 1), after=D(2026, 10, 1), count=3)
    assert len(found.candidates) == 3
    assert all(c.day > D(2026, 10, 1) for c in found.candidates)
    assert found.target == D(2026, 10, 2)


def test_a_group_without_organisations_gets_a_clear_message(community):
    from copdesk.model.groups import root_group

    gid = uow.read(community, lambda s: root_group(s).id)
    with pytest.raises(meetings.GroupWithoutOrganisations) as err:
        uow.read(community, meetings.suggest_dates, gid, today=D(2026, 3, 1))
    assert "Test CoP" in str(err.value) and "federal state" in str(err.value)


def test_organisations_without_state_fall_back_to_nationwide_holidays(cop):
    from copdesk.model import organisations

    data, version = uow.read(cop.community, organisations.get_organisation, cop.darm)
    import dataclasses

    uow.write(
        cop.community,
        organisations.update_organisation,
        cop.darm,
        dataclasses.replace(data, state=""),
        version,
    )
    found = suggest(cop)
    assert found.states == ("BW",) and found.organisations_without_state == ("Stadt Darmstadt",)


def test_cadence_is_stored_and_checked(cop):
    cadence, version = uow.read(cop.community, meetings.get_cadence, cop.group)
    assert cadence.unit == "month" and cadence.interval == 3
    new = Cadence("week", 2, (3, 2), dt.time(9), dt.time(9), 90)
    uow.write(cop.community, meetings.set_cadence, cop.group, new, version)
    stored, version2 = uow.read(cop.community, meetings.get_cadence, cop.group)
    assert stored == Cadence("week", 2, (2, 3), dt.time(9), dt.time(10, 30), 90)
    with pytest.raises(ConflictError):
        uow.write(cop.community, meetings.set_cadence, cop.group, new, version)
    for bad, field in (
        (Cadence("week", 2, (6,), dt.time(9), dt.time(10), 60), "weekdays"),
        (Cadence("month", 0, (2,), dt.time(9), dt.time(10), 60), "interval"),
        (Cadence("week", 1, (2,), dt.time(9), dt.time(10), 0), "minutes"),
    ):
        with pytest.raises(ValidationError) as err:
            uow.write(cop.community, meetings.set_cadence, cop.group, bad, version2)
        assert err.value.field == field


def test_plan_date_turns_a_candidate_into_a_planned_meeting(cop):
    plan(cop, D(2026, 6, 16))
    found = suggest(cop, today=D(2026, 7, 1))
    best = found.candidates[0]
    mid, changes = uow.write(
        cop.community, meetings.plan_date, cop.group, best.day, "CoP-Treffen Q3/2026"
    )
    detail = uow.read(cop.community, meetings.get_detail, mid)
    assert (detail.start_at, detail.end_at) == (best.start_at, best.end_at)
    assert detail.data.status == E.MeetingStatus.PLANNED and detail.data.minutes == 120
    assert changes.touches("meeting")


def test_suggestions_on_the_demo(demo):
    from copdesk.model.groups import list_groups

    root = uow.read(demo, list_groups)[0]
    found = uow.read(demo, meetings.suggest_dates, root.id, today=D(2026, 3, 10))
    assert found.states == ("BW", "HE")
    assert found.last_meeting is not None and found.last_meeting > D(2026, 3, 10)
    assert len(found.candidates) == 5
    # Nadine Jäger's parental leave covers every candidate
    assert all(any(a.note == "Elternzeit" for a in c.absent) for c in found.candidates)


def test_calendar_entries(cop):
    plan(cop, D(2026, 6, 3))
    uow.write(
        cop.community,
        meetings.add_absence,
        cop.miriam,
        AbsenceData(D(2026, 6, 2), D(2026, 6, 5), "Fortbildung"),
    )
    entries = uow.read(
        cop.community, meetings.calendar_entries, cop.group, D(2026, 6, 1), D(2026, 6, 30)
    )
    kinds = {(e.day, e.kind, e.title) for e in entries}
    assert (D(2026, 6, 3), "meeting", "Treffen") in kinds
    assert (D(2026, 6, 4), "holiday", "Fronleichnam") in kinds
    assert {(D(2026, 6, d), "absence", "Miriam Hoffmann") for d in range(2, 6)} <= kinds
    assert not [e for e in entries if e.day > D(2026, 6, 30) or e.day < D(2026, 6, 1)]
