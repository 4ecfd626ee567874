"""Frozen records of the minutes feature (minutes editor, action items, protocol PDF).

Widgets and the PDF builder hold these, never live ORM objects. Everything a protocol
shows is resolved to plain values here (names, organisation names), so the PDF can be
built on a worker thread without a database session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

# attendance as the minutes group it
PRESENT, EXCUSED, ABSENT, UNKNOWN = "present", "excused", "absent", "unknown"


@dataclass(frozen=True, slots=True)
class MeetingChoice:
    """A meeting that can have minutes, for the meeting selector."""

    id: int
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    version: int | None  # number of the last finalised protocol version


@dataclass(frozen=True, slots=True)
class AttendeeRow:
    member_id: int
    name: str
    organisation: str
    status: str  # AttendanceStatus value, "" = no attendance row yet
    note: str
    active: bool = True

    @property
    def group(self) -> str:
        """present / excused / absent / unknown, as the protocol lists them."""
        return attendance_group(self.status)


def attendance_group(status: str) -> str:
    if status == "attended":
        return PRESENT
    if status in ("excused", "declined"):
        return EXCUSED
    if status == "absent":
        return ABSENT
    return UNKNOWN


@dataclass(frozen=True, slots=True)
class GuestRow:
    id: int
    name: str
    organisation: str
    email: str
    attended: bool


@dataclass(frozen=True, slots=True)
class AgendaRow:
    id: int
    position: int
    kind: str
    title: str
    topic_id: int | None
    presenter: str
    details: str = ""  # the text below the title (e.g. the news from the sub-groups)


@dataclass(frozen=True, slots=True)
class NoteRow:
    id: int
    agenda_item_id: int | None
    topic_id: int | None
    topic_title: str
    member_id: int | None
    member_name: str
    kind: str
    text: str
    private: bool
    position: int


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    agenda_item_id: int | None
    topic_id: int | None
    text: str
    position: int
    topic_title: str = ""  # the Lean Coffee topic it was decided on, if any


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_title: str
    meeting_on: dt.date
    agenda_item_id: int | None
    topic_id: int | None
    owner_id: int | None
    owner: str
    organisation: str
    description: str
    due_on: dt.date | None
    status: str
    done_on: dt.date | None
    carried_from_id: int | None
    carried_to_meeting: str  # title of the meeting it was carried over to, if any
    version: int
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True, slots=True)
class VersionRow:
    number: int
    finalised_at: dt.datetime
    changes: str


@dataclass(frozen=True, slots=True)
class NextMeeting:
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    moderator: str
    host: str


@dataclass(frozen=True, slots=True)
class TopicRow:
    title: str
    proposer: str
    votes: int


@dataclass(frozen=True, slots=True)
class Minutes:
    """Everything the minutes editor and the protocol PDF show for one meeting."""

    meeting_id: int
    group_id: int
    group_name: str
    community: str
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    format: str
    video_tool: str
    place: str
    status: str
    host: str
    moderator: str
    co_moderator: str
    protocol_writer: str
    attendees: tuple[AttendeeRow, ...] = ()
    guests: tuple[GuestRow, ...] = ()
    agenda: tuple[AgendaRow, ...] = ()
    notes: tuple[NoteRow, ...] = ()
    decisions: tuple[DecisionRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    earlier_actions: tuple[ActionRow, ...] = ()
    versions: tuple[VersionRow, ...] = ()
    changed_since_version: bool = True
    next_meeting: NextMeeting | None = None
    whiteboard_url: str = ""  # the meeting's shared whiteboard (shown in the header)
    top_topics: tuple[TopicRow, ...] = ()
    version: int = 1  # meeting row version (conflict detection)
    share_safe: bool = False

    @property
    def last_version(self) -> VersionRow | None:
        return self.versions[-1] if self.versions else None

    @property
    def is_sub_group(self) -> bool:
        return self.group_name != self.community

    def present(self) -> tuple[AttendeeRow, ...]:
        return tuple(a for a in self.attendees if a.group == PRESENT)

    def excused(self) -> tuple[AttendeeRow, ...]:
        return tuple(a for a in self.attendees if a.group == EXCUSED)

    def absent(self) -> tuple[AttendeeRow, ...]:
        return tuple(a for a in self.attendees if a.group == ABSENT)

    def unrecorded(self) -> tuple[AttendeeRow, ...]:
        return tuple(a for a in self.attendees if a.group == UNKNOWN and a.status)

    def shareable(self) -> Minutes:
        """The share-safe variant: no check-in notes and no notes marked private."""
        notes = tuple(n for n in self.notes if not n.private and n.kind != "check_in")
        return replace(self, notes=notes, share_safe=True)


@dataclass(frozen=True, slots=True)
class NoteData:
    text: str = ""
    kind: str = "note"
    agenda_item_id: int | None = None
    topic_id: int | None = None
    member_id: int | None = None
    private: bool = False


@dataclass(frozen=True, slots=True)
class DecisionData:
    text: str = ""
    agenda_item_id: int | None = None
    topic_id: int | None = None


@dataclass(frozen=True, slots=True)
class ActionData:
    description: str = ""
    owner_id: int | None = None
    due_on: dt.date | None = None
    agenda_item_id: int | None = None
    topic_id: int | None = None
    status: str = "open"
    done_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class GuestData:
    name: str = ""
    organisation: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class ActionFilter:
    """What the action items page shows: state, owner, organisation."""

    state: str = "open"  # open | overdue | done | all
    owner_id: int | None = None
    organisation: str | None = None
    group_id: int | None = None
