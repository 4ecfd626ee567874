"""Properties of the rotation over ten simulated years (hypothesis).

Each example is a community with a few organisations and founding members that meets
every quarter for ten years. Members join and leave, absences come and go. Before each
meeting the forecast is confirmed (the next one in advance too), then the meeting is held
with everyone present who is not absent. Checked:

* among members eligible the whole time the moderator turns (and the host turns of their
  organisations) differ by at most one,
* nobody moderates twice in a row (unless the explanation says nobody else could),
* nobody absent (or no longer a member) is picked,
* adding a member never changes an already confirmed assignment,
* the same input always gives the same forecast.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from copdesk.model import db, rotation, uow
from copdesk.model import entities as E
from copdesk.model.errors import UserError
from copdesk.model.rotation import HOST, MODERATOR, PERSON_ROLES
from copdesk.model.rotation.dto import State
from tests.rotation.conftest import at

QUARTERS = 40  # ten years
# one file per example: id(scenario) can repeat once hypothesis frees the last one
_FILE_NUMBERS = itertools.count()
START = dt.date(2020, 3, 10)


def meeting_day(q: int) -> dt.date:
    return START + dt.timedelta(weeks=13 * q)


@dataclass
class Scenario:
    orgs: int
    founders: list[int]  # organisation index per founder
    joins: dict[int, list[int]]  # quarter -> organisation index per new member
    leaves: set[int]  # quarters at which somebody (without a coming turn) leaves
    absences: list[tuple[int, int, int]]  # member index, first quarter, quarters
    min_attended: int
    pick: int  # chooses who leaves


@st.composite
def scenarios(draw) -> Scenario:
    orgs = draw(st.integers(2, 4))
    founders = draw(st.lists(st.integers(0, orgs - 1), min_size=4, max_size=7))
    joins: dict[int, list[int]] = {}
    for q, org in draw(
        st.lists(st.tuples(st.integers(1, QUARTERS - 2), st.integers(0, orgs - 1)), max_size=5)
    ):
        joins.setdefault(q, []).append(org)
    leaves = set(draw(st.lists(st.integers(1, QUARTERS - 2), max_size=3)))
    people = len(founders) + sum(len(v) for v in joins.values())
    absences = draw(
        st.lists(
            st.tuples(st.integers(0, people - 1), st.integers(0, QUARTERS - 1), st.integers(1, 3)),
            max_size=14,
        )
    )
    return Scenario(
        orgs, founders, joins, leaves, absences, draw(st.integers(0, 2)), draw(st.integers(0, 1000))
    )


@dataclass
class Sim:
    com: object
    group: int
    sc: Scenario
    org_ids: list[int] = field(default_factory=list)
    members: list[int] = field(default_factory=list)
    founders: list[int] = field(default_factory=list)
    left: set[int] = field(default_factory=set)
    absent: dict[int, list[tuple[dt.date, dt.date]]] = field(default_factory=dict)
    meetings: dict[int, int] = field(default_factory=dict)  # quarter -> meeting id
    relaxed_twice: set[int] = field(default_factory=set)  # quarters allowed to repeat

    def write(self, fn, *args, **kwargs):
        return uow.write(self.com, fn, *args, **kwargs)[0]

    def read(self, fn, *args, **kwargs):
        return uow.read(self.com, fn, *args, **kwargs)

    def add_member(self, org_index: int, joined: dt.date) -> int:
        index = len(self.members)
        org = self.org_ids[org_index]

        def add(s):
            m = E.Member(
                first_name=f"P{index:02d}",
                last_name=f"Person {index:02d}",
                organisation_id=org,
                joined_on=joined,
            )
            m.groups.append(E.GroupMembership(group_id=self.group, joined_on=joined))
            s.add(m)
            s.flush()
            for who, first, length in self.sc.absences:
                if who == index:
                    start = meeting_day(first) - dt.timedelta(days=3)
                    end = meeting_day(first + length - 1) + dt.timedelta(days=3)
                    s.add(E.Absence(member_id=m.id, start_on=start, end_on=end, note="weg"))
                    self.absent.setdefault(m.id, []).append((start, end))
            return m.id

        member_id = self.write(add)
        self.members.append(member_id)
        return member_id

    def is_absent(self, member_id: int, day: dt.date) -> bool:
        return any(a <= day <= b for a, b in self.absent.get(member_id, ()))

    def meeting(self, q: int) -> int:
        if q not in self.meetings:
            day = meeting_day(q)

            def add(s):
                m = E.Meeting(
                    group_id=self.group, title=f"Q{q}", start_at=at(day), end_at=at(day, 16)
                )
                s.add(m)
                s.flush()
                return m.id

            self.meetings[q] = self.write(add)
        return self.meetings[q]

    def confirm(self, q: int, today: dt.date) -> None:
        mid = self.meeting(q)
        slot = self.read(rotation.propose_for_meeting, mid, today=today)
        mod = slot.role(MODERATOR)
        if any(t.template.startswith("Nobody else is available") for t in mod.notes):
            self.relaxed_twice.add(q)
        roles = [r.role for r in slot.roles if r.state != State.NOBODY]
        try:
            self.write(rotation.confirm, mid, roles=roles, expected=slot.expected(), today=today)
        except UserError as exc:  # pragma: no cover - would be a bug
            raise AssertionError(exc.render()) from exc

    def confirmed(self, today: dt.date, quarters) -> dict:
        fc = self.read(rotation.forecast, self.group, 4, today=today)
        out = {}
        for s in fc.slots:
            for r in s.roles:
                if (
                    s.meeting_id in {self.meetings.get(q) for q in quarters}
                    and r.state == State.CONFIRMED
                ):
                    out[(s.meeting_id, r.role)] = r.holder_id
        return out

    def holders_of_coming(self, today: dt.date) -> set[int]:
        fc = self.read(rotation.forecast, self.group, 2, today=today)
        return {
            r.holder_id
            for s in fc.slots
            if s.meeting_id
            for r in s.roles
            if r.role != HOST and r.state == State.CONFIRMED
        }

    def hold(self, q: int) -> None:
        mid, day = self.meetings[q], meeting_day(q)

        def held(s):
            m = s.get(E.Meeting, mid)
            m.status = E.MeetingStatus.HELD.value
            for member_id in self.members:
                if member_id in self.left:
                    continue
                status = "excused" if self.is_absent(member_id, day) else "attended"
                s.add(E.Attendance(meeting_id=mid, member_id=member_id, status=status))

        self.write(held)


def simulate(tmp_path, sc: Scenario) -> tuple[Sim, list]:
    path = tmp_path / f"sim-{next(_FILE_NUMBERS)}.copdesk"
    db.create_community(path, name="Sim")
    com = db.open_community(path)
    group = uow.read(com, lambda s: s.scalar(select(E.Group.id)))
    sim = Sim(com, group, sc)

    def rules(s):
        for role in rotation.ROLES:
            s.add(
                E.RotationRule(
                    group_id=group,
                    role=role,
                    enabled=True,
                    min_attended=sc.min_attended,
                    excluded_member_ids="",
                )
            )

    sim.write(rules)

    def orgs(s):
        out = []
        for k in range(sc.orgs):
            o = E.Organisation(name=f"Org {k}")
            s.add(o)
            s.flush()
            out.append(o.id)
        return out

    sim.org_ids = sim.write(orgs)
    for org in sc.founders:
        sim.founders.append(sim.add_member(org, START - dt.timedelta(days=60)))

    checks = []
    for q in range(QUARTERS):
        day = meeting_day(q)
        today = day - dt.timedelta(days=20)
        if q in sc.leaves:
            busy = sim.holders_of_coming(today)
            free = [m for m in sim.members if m not in sim.left and m not in busy]
            if len(free) > 3:
                gone = free[sc.pick % len(free)]
                sim.write(lambda s, g=gone, d=today: setattr(s.get(E.Member, g), "left_on", d))
                sim.left.add(gone)
        for org in sc.joins.get(q, ()):
            known = sim.confirmed(today, (q, q + 1))
            sim.add_member(org, today - dt.timedelta(days=1))
            assert sim.confirmed(today, (q, q + 1)) == known, "a join changed a confirmed turn"
        sim.confirm(q, today)
        if q + 1 < QUARTERS:
            sim.meeting(q + 1)
            sim.confirm(q + 1, today)
        meeting = sim.read(lambda s, m=sim.meetings[q]: s.get(E.Meeting, m))
        for role in PERSON_ROLES:
            holder = getattr(meeting, rotation.FIELDS[role])
            if holder is not None:
                assert not sim.is_absent(holder, day), f"absent {role} picked in Q{q}"
                assert holder not in sim.left, f"a member who left holds {role} in Q{q}"
        checks.append(meeting.moderator_id)
        sim.hold(q)
    return sim, checks


@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sc=scenarios())
def test_ten_years_of_rotation(tmp_path, sc):
    sim, moderators = simulate(tmp_path, sc)
    try:
        # never twice in a row, unless the forecast said nobody else could
        for q in range(1, QUARTERS):
            if moderators[q] is not None and moderators[q] == moderators[q - 1]:
                assert q in sim.relaxed_twice, f"moderates twice in a row in Q{q}"
        # fairness among those eligible the whole time
        days = [meeting_day(q) for q in range(QUARTERS)]
        steady = [
            m
            for m in sim.founders
            if m not in sim.left and not any(sim.is_absent(m, d) for d in days)
        ]
        bal = sim.read(rotation.balance, sim.group, today=days[-1] + dt.timedelta(days=1))
        turns = {m.id: m.turns[MODERATOR] for m in bal.members}
        counts = [turns[m] for m in steady]
        if counts:
            assert max(counts) - min(counts) <= 1, f"moderator turns {counts}"
        steady_orgs = {
            o
            for o in sim.org_ids
            if any(sim.read(lambda s, m=m: s.get(E.Member, m).organisation_id) == o for m in steady)
        }
        hosted = {o.id: o.hosted for o in bal.organisations}
        host_counts = [hosted.get(o, 0) for o in steady_orgs]
        if host_counts:
            assert max(host_counts) - min(host_counts) <= 1, f"host turns {host_counts}"
        # the same input gives the same forecast, also read from a copy of the file
        today = days[-1] - dt.timedelta(days=40)
        first = sim.read(rotation.forecast, sim.group, 6, today=today)
        assert sim.read(rotation.forecast, sim.group, 6, today=today) == first
        copy = tmp_path / f"copy-{next(_FILE_NUMBERS)}.copdesk"
        db.backup_to(sim.com.engine, copy)
        other = db.open_community(copy)
        try:
            assert uow.read(other, rotation.forecast, sim.group, 6, today=today) == first
        finally:
            other.close()
    finally:
        sim.com.close()
