"""Frozen records of the topic backlog, handed to the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TopicRow:
    """One line of the backlog list (everything the columns and filters need)."""

    id: int
    title: str
    proposer_id: int | None
    proposer: str
    organisation_id: int | None
    organisation: str
    proposed_on: dt.date
    tags: tuple[str, ...]
    status: str
    votes_last: int  # votes in the group's latest meeting that had a vote
    votes_total: int
    times_deferred: int
    age_days: int
    discussed_meeting_id: int | None
    discussed_in: str  # title of that meeting
    discussed_on: dt.date | None
    merged_into_id: int | None
    stale: bool
    version: int


@dataclass(frozen=True, slots=True)
class TopicData:
    """What the topic editor shows and sends back."""

    title: str = ""
    description: str = ""
    proposed_by_id: int | None = None
    proposed_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    status: str = "open"


@dataclass(frozen=True, slots=True)
class VoteHistory:
    meeting_id: int
    meeting_title: str
    meeting_start: dt.datetime
    votes: int
    board_column: str  # "" if the topic was not on that meeting's board
    board_closed: bool = False


@dataclass(frozen=True, slots=True)
class TopicNote:
    kind: str  # note | takeaway | decision | action
    text: str
    meeting_title: str
    meeting_start: dt.datetime


@dataclass(frozen=True, slots=True)
class TopicRef:
    id: int
    title: str
    status: str


@dataclass(frozen=True, slots=True)
class AgendaRef:
    meeting_id: int
    meeting_title: str
    meeting_start: dt.datetime


@dataclass(frozen=True, slots=True)
class TopicDetail:
    row: TopicRow
    description: str
    votes: tuple[VoteHistory, ...]
    merged_from: tuple[TopicRef, ...]
    merged_into: TopicRef | None
    planned_in: tuple[AgendaRef, ...]
    notes: tuple[TopicNote, ...]


@dataclass(frozen=True, slots=True)
class NamedRef:
    id: int
    name: str
    detail: str = ""  # e.g. the organisation of a member


@dataclass(frozen=True, slots=True)
class BacklogOptions:
    """Choices for the filters and the editor."""

    tags: tuple[str, ...]
    proposers: tuple[NamedRef, ...]
    organisations: tuple[NamedRef, ...]


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    id: int
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    status: str
    board_topics: int
    board_closed: bool
    upcoming: bool


@dataclass(frozen=True, slots=True)
class MergeResult:
    survivor_id: int
    votes_moved: int
