"""Frozen records of the Lean Coffee board, handed to the board window."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
