"""A small world to test the rotation in: organisations, members, meetings, on a real file."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import rotation, uow

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = dt.date(2026, 3, 2)  # a Monday


def at(day: dt.date, hour: int = 14) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN).astimezone(dt.UTC)


class World:
    """Writes rows through the ORM in its own units of work; ``today`` is fixed."""

    def __init__(self, community, today: dt.date = TODAY) -> None:
        self.com = community
        self.today = today
        self.group = uow.read(
            community, lambda s: s.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
        )

    def write(self, fn, *args, **kwargs):
        return uow.write(self.com, fn, *args, **kwargs)[0]

    def read(self, fn, *args, **kwargs):
        return uow.read(self.com, fn, *args, **kwargs)

    # --- rows -----------------------------------------------------------------------
    def org(self, name: str) -> int:
        def add(s):
            o = E.Organisation(name=name)
            s.add(o)
            s.flush()
            return o.id

        return self.write(add)

    def member(
        self,
        first: str,
        last: str,
        org: int | None,
        *,
        joined: dt.date | None = dt.date(2020, 1, 1),
        group: int | None = None,
        active: bool = True,
    ) -> int:
        gid = group or self.group

        def add(s):
            m = E.Member(
                first_name=first,
                last_name=last,
                organisation_id=org,
                joined_on=joined,
                active=active,
            )
            m.groups.append(E.GroupMembership(group_id=gid, joined_on=joined))
            s.add(m)
            s.flush()
            return m.id

        return self.write(add)

    def leave(self, member_id: int, day: dt.date) -> None:
        def change(s):
            s.get(E.Member, member_id).left_on = day

        self.write(change)

    def meeting(
        self,
        day: dt.date,
        *,
        status: str = "planned",
        title: str | None = None,
        host=None,
        moderator=None,
        co=None,
        protocol=None,
        group: int | None = None,
    ) -> int:
        gid = group or self.group

        def add(s):
            m = E.Meeting(
                group_id=gid,
                title=title or f"Meeting {day.isoformat()}",
                start_at=at(day),
                end_at=at(day, 16),
                status=status,
                host_org_id=host,
                moderator_id=moderator,
                co_moderator_id=co,
                protocol_writer_id=protocol,
            )
            s.add(m)
            s.flush()
            return m.id

        return self.write(add)

    def held(
        self, day: dt.date, *, host=None, moderator=None, co=None, protocol=None, attended=()
    ) -> int:
        mid = self.meeting(
            day, status="held", host=host, moderator=moderator, co=co, protocol=protocol
        )
        for member_id in attended:
            self.attend(mid, member_id)
        return mid

    def attend(self, meeting_id: int, member_id: int, status: str = "attended") -> None:
        self.write(
            lambda s: s.add(E.Attendance(meeting_id=meeting_id, member_id=member_id, status=status))
        )

    def absence(self, member_id: int, start: dt.date, end: dt.date, note: str = "") -> None:
        self.write(
            lambda s: s.add(E.Absence(member_id=member_id, start_on=start, end_on=end, note=note))
        )

    def rule(self, role: str, **changes) -> None:
        info = self.read(rotation.get_rules, self.group, today=self.today)
        data = next(r for r in info.rules if r.role == role)
        from dataclasses import replace

        self.write(rotation.save_rules, self.group, [replace(data, **changes)])

    # --- the rotation ---------------------------------------------------------------------
    def forecast(self, n: int = 4):
        return self.read(rotation.forecast, self.group, n, today=self.today)

    def slot(self, index: int = 0, n: int = 4):
        return self.forecast(n).slots[index]

    def who(self, role: str, index: int = 0, n: int = 4) -> str:
        return self.slot(index, n).role(role).name

    def confirm(self, meeting_id: int, **kwargs):
        return self.write(rotation.confirm, meeting_id, today=self.today, **kwargs)

    def rows(self, table) -> list:
        return self.read(lambda s: list(s.scalars(select(table))))


def render(text) -> str:
    return text.render() if text is not None else ""


def lines(proposal) -> str:
    return " | ".join(render(t) for t in proposal.lines())


@pytest.fixture
def world(community) -> World:
    return World(community)
