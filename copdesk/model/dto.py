"""Frozen records handed to the UI. Widgets hold these, never live ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    state: str
    city: str
    video_tool: str
    member_count: int
    version: int


@dataclass(frozen=True, slots=True)
class OrganisationData:
    """What the organisation editor shows and sends back."""

    name: str = ""
    kind: str = "municipality"
    state: str = ""
    city: str = ""
    video_tool: str = ""
    video_link: str = ""
    video_dialin: str = ""
    video_text: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    first_name: str
    last_name: str
    organisation_id: int | None
    organisation: str
    email: str
    phone: str
    function: str
    active: bool
    joined_on: dt.date | None
    consent_on: dt.date | None
    version: int
    guest: bool = False  # in sub-groups only, not a member of the community

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)
class MemberData:
    """What the member editor shows and sends back."""

    first_name: str = ""
    last_name: str = ""
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    function: str = ""
    offers: str = ""
    seeks: str = ""
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    active: bool = True
    consent_on: dt.date | None = None
    notes: str = ""
    group_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class MemberHistory:
    attendances: int
    roles: int
    rotation_turns: int
    action_items: int
    topics: int
    notes: int
    votes: int = 0

    @property
    def any(self) -> bool:
        return any(
            (
                self.attendances,
                self.roles,
                self.rotation_turns,
                self.action_items,
                self.topics,
                self.notes,
                self.votes,
            )
        )


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    name: str
    parent_id: int | None
    member_count: int
    active: bool


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    host: str
    moderator: str
    protocol_writer: str
    invited: bool


@dataclass(frozen=True, slots=True)
class ActionSummary:
    id: int
    description: str
    owner: str
    due_on: dt.date | None
    meeting_title: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class TopicSummary:
    id: int
    title: str
    proposer: str
    votes: int


@dataclass(frozen=True, slots=True)
class CohortSummary:
    """A learning circle's cohort as the overview shows it; :meth:`state_on` is the one
    rule of when a cohort runs (``cohorts`` uses it too)."""

    number: int
    title: str
    start_on: dt.date
    weeks: int  # after week 0
    week_zero: bool
    ended_on: dt.date | None

    @property
    def last_day(self) -> dt.date:
        """The planned day of the last week."""
        sessions = self.weeks + (1 if self.week_zero else 0)
        return self.start_on + dt.timedelta(weeks=max(sessions, 1) - 1)

    def state_on(self, day: dt.date) -> tuple[str, int | None]:
        """ "planned", "running" (with the week number of *day*) or "ended" (after
        ``ended_on``, the last week's day; a cohort ended early: from ``ended_on`` on)."""
        planned_end = self.last_day
        end = self.ended_on or planned_end
        if day > end or (end < planned_end and day >= end):
            return "ended", None
        if day < self.start_on:
            return "planned", None
        return "running", (0 if self.week_zero else 1) + (day - self.start_on).days // 7


@dataclass(frozen=True, slots=True)
class Overview:
    community: str
    group: str
    next_meeting: MeetingSummary | None
    last_meeting: MeetingSummary | None
    open_actions: tuple[ActionSummary, ...]
    overdue_count: int
    open_action_count: int
    top_topics: tuple[TopicSummary, ...]
    counts: dict[str, int]
    cohort: CohortSummary | None = None  # the sub-group's latest learning-circle cohort
