"""The sub-groups' report for a plenary as data: the formats layer makes the text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportMeeting:
    """One sub-group meeting in the period, with what it decided and took away."""

    meeting_id: int
    title: str
    start_at: dt.datetime
    tz: str
    held: bool  # False: still planned (it falls before the plenary but has not happened)
    decisions: tuple[str, ...]
    takeaways: tuple[str, ...]  # takeaway notes that are not private


@dataclass(frozen=True, slots=True)
class SubGroupReport:
    group_id: int
    name: str
    active: bool
    meetings: tuple[ReportMeeting, ...]  # in date order; empty: nothing in the period


@dataclass(frozen=True, slots=True)
class GroupReport:
    """What "News from the sub-groups" of one plenary holds."""

    meeting_id: int  # the plenary
    since: dt.datetime | None  # start of the last held plenary before it; None: the first
    since_tz: str
    until: dt.datetime  # the plenary's start
    groups: tuple[SubGroupReport, ...]  # by name; archived ones only with meetings

    @property
    def meeting_count(self) -> int:
        return sum(len(g.meetings) for g in self.groups)
