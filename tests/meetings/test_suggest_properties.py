"""Property tests for the suggestion rules: never a weekend, never a public holiday in a
member state, never during a declared absence of the moderator, always after "after".

Each example builds its community inside one transaction on an in-memory database and
rolls it back; the holidays are checked against the ``holidays`` package directly.
"""

from __future__ import annotations

import datetime as dt

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from copdesk.model import entities as E
from copdesk.model import meetings
from copdesk.model.base import Base
from copdesk.model.meetings.dto import Cadence
from copdesk.model.states import FEDERAL_STATES

UTC = dt.UTC


@pytest.fixture(scope="module")
def engine():
    eng = create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.create_all(eng)
    yield eng
    eng.dispose()


days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2030, 12, 31))
cadences = st.builds(
    lambda unit, interval, weekdays, hour: Cadence(
        unit, interval, tuple(sorted(weekdays)), dt.time(hour, 0), dt.time(hour, 0), 90
    ),
    st.sampled_from(["week", "month"]),
    st.integers(1, 4),
    st.sets(st.integers(1, 5), min_size=1, max_size=5),
    st.integers(7, 18),
)
absence = st.tuples(st.integers(-40, 120), st.integers(0, 25))


def build(
    session: Session, states, with_stateless: bool, last: dt.date | None, moderator_absences, today
) -> tuple[int, int]:
    group = E.Group(name="CoP")
    session.add(group)
    session.flush()
    orgs = [E.Organisation(name=f"Org {s}", state=s) for s in sorted(states)]
    if with_stateless:
        orgs.append(E.Organisation(name="Ohne Land", state=""))
    session.add_all(orgs)
    session.flush()
    people = []
    for n, org in enumerate(orgs):
        m = E.Member(first_name=f"P{n}", last_name="X", organisation_id=org.id)
        session.add(m)
        session.flush()
        session.add(E.GroupMembership(group_id=group.id, member_id=m.id))
        people.append(m)
    moderator = people[0]
    for offset, length in moderator_absences:
        start = today + dt.timedelta(days=offset)
        session.add(
            E.Absence(
                member_id=moderator.id,
                start_on=start,
                end_on=start + dt.timedelta(days=length),
                note="Urlaub",
            )
        )
    if last is not None:
        start = dt.datetime.combine(last, dt.time(12), UTC)
        session.add(
            E.Meeting(
                group_id=group.id,
                title="Letztes",
                start_at=start,
                end_at=start + dt.timedelta(hours=2),
            )
        )
    session.flush()
    return group.id, moderator.id


def public_holiday(day: dt.date, states) -> bool:
    return any(
        day in holidays.country_holidays("DE", subdiv=s or None, years=day.year) for s in states
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    states=st.sets(st.sampled_from(sorted(FEDERAL_STATES)), min_size=1, max_size=4),
    with_stateless=st.booleans(),
    cadence=cadences,
    today=days,
    last=st.one_of(st.none(), days),
    after=st.one_of(st.none(), st.integers(0, 200)),
    moderator_absences=st.lists(absence, max_size=4),
    use_moderator=st.booleans(),
    count=st.integers(1, 8),
)
def test_suggestion_rules(
    engine,
    states,
    with_stateless,
    cadence,
    today,
    last,
    after,
    moderator_absences,
    use_moderator,
    count,
):
    session = Session(engine)
    try:
        gid, moderator = build(session, states, with_stateless, last, moderator_absences, today)
        after_day = today + dt.timedelta(days=after) if after is not None else None
        found = meetings.suggest_dates(
            session,
            gid,
            count=count,
            after=after_day,
            today=today,
            cadence=cadence,
            moderator_id=moderator if use_moderator else None,
        )
        checked = set(states) | ({""} if with_stateless else set())
        away = [
            (today + dt.timedelta(days=o), today + dt.timedelta(days=o + n))
            for o, n in moderator_absences
        ]
        earliest = max(after_day or today, today)
        assert len(found.candidates) <= count
        assert len({c.day for c in found.candidates}) == len(found.candidates)
        for c in found.candidates:
            assert c.day.weekday() < 5, "never a weekend"
            assert c.day.isoweekday() in cadence.weekdays
            assert not public_holiday(c.day, checked), "never a holiday of a member state"
            if use_moderator:
                assert not any(a <= c.day <= b for a, b in away), "moderator away"
            assert c.day > earliest
            assert meetings.to_local(c.start_at).time() == cadence.window_start
            assert c.end_at - c.start_at == dt.timedelta(minutes=cadence.minutes)
        scores = [c.score for c in found.candidates]
        assert scores == sorted(scores)
        # a year ahead always holds enough working days for a handful of candidates
        if not use_moderator or not moderator_absences:
            assert len(found.candidates) == count
    finally:
        session.rollback()
        session.close()
