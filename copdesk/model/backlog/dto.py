"""Frozen records for the topic backlog and the Lean Coffee board, handed to the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- backlog ---------------------------------------------------------------------------


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


# --- Lean Coffee board ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BoardTopic:
    topic_id: int
    title: str
    proposer_id: int | None
    proposer: str
    proposer_present: bool
    proposed_on: dt.date
    column: str  # to_discuss | discussing | discussed
    position: int
    votes: int  # in this meeting
    seconds_used: int
    extensions: int
    status: str  # the topic's backlog status
    new_in_meeting: bool  # typed in during this meeting


@dataclass(frozen=True, slots=True)
class Participant:
    member_id: int
    name: str
    organisation: str
    present: bool
    votes_used: int


@dataclass(frozen=True, slots=True)
class BoardNote:
    kind: str  # note | takeaway | decision | action
    id: int
    topic_id: int | None
    text: str
    owner_id: int | None = None
    owner: str = ""
    due_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TimerRecord:
    """The recorded timebox of the topic in Discussing (to restore a running timer)."""

    topic_id: int
    started_at: dt.datetime
    limit_seconds: int
    extensions: int
    thumbs: tuple[tuple[int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Board:
    meeting_id: int
    group_id: int
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    budget: int  # votes per present participant, as it applies now
    budget_setting: int | None  # None: a third of the topics
    timebox_minutes: int
    extension_minutes: int
    closed: bool
    to_discuss: tuple[BoardTopic, ...]  # in discussion order (votes, then the tie-break)
    discussing: BoardTopic | None
    discussed: tuple[BoardTopic, ...]  # in the order they were discussed
    participants: tuple[Participant, ...]  # the group's members and anyone invited
    total_votes: int
    member_votes: dict[tuple[int, int | None], int] = field(default_factory=dict)
    notes: tuple[BoardNote, ...] = ()
    timer: TimerRecord | None = None

    @property
    def present(self) -> tuple[Participant, ...]:
        return tuple(p for p in self.participants if p.present)

    @property
    def capacity(self) -> int:
        """All votes the present participants may give together."""
        return self.budget * len(self.present)

    @property
    def topics(self) -> tuple[BoardTopic, ...]:
        current = (self.discussing,) if self.discussing else ()
        return self.to_discuss + current + self.discussed

    def topic(self, topic_id: int) -> BoardTopic | None:
        return next((t for t in self.topics if t.topic_id == topic_id), None)

    def votes_of(self, topic_id: int, member_id: int | None) -> int:
        return self.member_votes.get((topic_id, member_id), 0)


@dataclass(frozen=True, slots=True)
class CloseResult:
    discussed: tuple[int, ...]
    deferred: tuple[int, ...]
