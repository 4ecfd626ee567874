"""What the cohort use cases hand out and take in (frozen records)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from copdesk.model.cohorts.pack import GuidePack

PLANNED, RUNNING, ENDED = "planned", "running", "ended"


@dataclass(frozen=True, slots=True)
class CohortPlan:
    """How to plan a cohort; ``start_on`` None: next week on the group's first weekday."""

    title: str = ""
    start_on: dt.date | None = None
    weeks: int = 12  # weeks after week 0
    week_zero: bool = False
    pack: GuidePack | None = None
    cancel_on_holidays: bool = True


@dataclass(frozen=True, slots=True)
class CohortRow:
    id: int
    group_id: int
    number: int
    title: str
    start_on: dt.date
    weeks: int
    week_zero: bool
    pack_name: str
    series_id: int | None
    ended_on: dt.date | None
    version: int
    state: str  # PLANNED | RUNNING | ENDED (as of the day asked for)
    current_week: int | None  # the week number running on that day

    @property
    def first_week(self) -> int:
        return 0 if self.week_zero else 1

    @property
    def sessions(self) -> int:
        return self.weeks + (1 if self.week_zero else 0)


@dataclass(frozen=True, slots=True)
class CohortWeek:
    number: int
    day: dt.date
    title: str
    meeting_id: int | None
    status: str  # the meeting's status ("" if it was deleted)
    holiday: str  # the public holiday's name, if the week's day is one


@dataclass(frozen=True, slots=True)
class CohortGoalRow:
    member_id: int
    name: str
    organisation: str
    goal: str


@dataclass(frozen=True, slots=True)
class CohortDetail:
    row: CohortRow
    weeks: tuple[CohortWeek, ...]
    goals: tuple[CohortGoalRow, ...]  # every current member of the group, goal or not
    pack: GuidePack | None
