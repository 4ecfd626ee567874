"""The generator's state shared by its steps: the rows so far, the calendar, who is who."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable
from typing import Any

import holidays
from sqlalchemy.orm import Session

from copdesk.demo.formatting import WEEK, ascii_slug, at, drama_number
from copdesk.demo.store import Row, Store
from copdesk.demo.video import OrgInfo
from copdesk.model import entities as E

SEED = 2020
ProgressFn = Callable[[int, int], None]
Plan = dict[str, Any]
"""A root meeting while the story is told: its row, roles, topics, attendees (see meetings)."""
Spec = dict[str, Any]
"""A backlog topic while the story is told: its text, appeal, date and row (see backlog)."""


class Demo:
    """What the steps (people, meetings, backlog, minutes, wol, large) read and extend."""

    # progress: generation is the first 30 % (small) or 40 % (large), writing the rest
    TOTAL = 1000

    def __init__(
        self, session: Session, today: dt.date, size: str, progress: ProgressFn | None
    ) -> None:
        self.session = session
        self.today = today
        self.large = size == "large"
        self.size = size
        self.progress = progress
        self.rng = random.Random(SEED)
        self.db = Store(session)
        self.absences: dict[int, list[tuple[dt.date, dt.date, str]]] = {}
        self._holidays: set[dt.date] = set()  # in any state of the six organisations
        self._state_holidays: dict[str, set[dt.date]] = {}
        self._reported = -1
        # filled by the steps, in the order build() runs them
        self.orgs: list[Row] = []
        self.org_info: dict[int, OrgInfo] = {}
        self.people: list[Row] = []
        self.root_id = 0
        self.held: list[Plan] = []
        self.next: Plan = {}
        self.tag_ids: dict[str, int] = {}
        self.topic_rows: dict[str, Row] = {}
        self.specs: dict[str, Spec] = {}
        self.era_start = dt.datetime.min
        # how far the minutes got through the lists of texts
        self.historic_no = 0
        self.decision_no = 0
        self.action_no = 0

    def report(self, done: int) -> None:
        done = max(0, min(self.TOTAL, done))
        if self.progress and done > self._reported:
            self._reported = done
            self.progress(done, self.TOTAL)

    # --- calendar ---------------------------------------------------------------------

    def state_holidays(self, state: str) -> set[dt.date]:
        if state not in self._state_holidays:
            years = range(2019, self.today.year + 3)
            self._state_holidays[state] = set(
                holidays.country_holidays("DE", subdiv=state, years=years)
            )
        return self._state_holidays[state]

    def use_states(self, states: Iterable[str]) -> None:
        for state in sorted(states):
            self._holidays |= self.state_holidays(state)

    def is_holiday(self, day: dt.date, state: str | None = None) -> bool:
        return day in (self.state_holidays(state) if state else self._holidays)

    def good_day(self, day: dt.date, weekdays: tuple[int, ...] = (1, 2, 3)) -> bool:
        """Tue–Thu (Python weekday numbers), not a holiday, not between the years."""
        if day.weekday() not in weekdays or day in self._holidays:
            return False
        return not ((day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 6))

    def is_absent(self, member_id: int, day: dt.date) -> str | None:
        for start, end, note in self.absences.get(member_id, ()):
            if start <= day <= end:
                return note
        return None

    def add_absence(self, member_id: int, start: dt.date, end: dt.date, note: str) -> None:
        self.db.add(E.Absence, member_id=member_id, start_on=start, end_on=end, note=note)
        self.absences.setdefault(member_id, []).append((start, end, note))

    def wol_start_day(self) -> dt.date:
        """Tuesday starting the previous (complete) circle, a year before the current one."""
        return self.current_circle_start() - 52 * WEEK

    def current_circle_start(self) -> dt.date:
        day = self.today - dt.timedelta(days=38)
        return day - dt.timedelta(days=(day.weekday() - 1) % 7)

    # --- people -----------------------------------------------------------------------

    def member_row(
        self,
        first: str,
        last: str,
        org: Row,
        function: str,
        offers: str,
        seeks: str,
        joined: dt.date,
        consent: bool,
        left: dt.date | None,
        phone_no: int,
        notes: str = "",
    ) -> Row:
        domain = self.org_info[org["id"]].domain
        email = f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}"
        return self.db.add(
            E.Member,
            first_name=first,
            last_name=last,
            organisation_id=org["id"],
            email=email,
            phone=drama_number(phone_no),
            function=function,
            offers=offers,
            seeks=seeks,
            joined_on=joined,
            left_on=left,
            active=left is None,
            consent_on=(joined + dt.timedelta(days=self.rng.randrange(0, 15))) if consent else None,
            notes=notes,
            created_at=at(joined, "09:30"),
        )

    @staticmethod
    def was_member(person: Row, day: dt.date) -> bool:
        left = person["left_on"]
        return bool(person["joined_on"] <= day and (left is None or left >= day))

    def name(self, member_id: int) -> str:
        for p in self.people:
            if p["id"] == member_id:
                return f"{p['first_name']} {p['last_name']}"
        return ""
