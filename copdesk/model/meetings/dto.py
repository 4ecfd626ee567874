"""Frozen records of the meetings area (meetings, agenda, attendance, absences, scheduling).

Kept apart from ``dto.py`` (shared) so that the meetings area can grow without touching
other people's files. Instants are aware UTC datetimes; *local* values (what a person types
or reads) are naive datetimes in the meeting's zone (Europe/Berlin).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# --- meetings --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MeetingData:
    """What the meeting editor shows and sends back.

    ``start`` is the local wall-clock time in ``tz`` (naive); the use cases turn it into an
    instant and refuse a time that does not exist or exists twice on a DST change day.
    """

    group_id: int = 0
    title: str = ""
    start: dt.datetime | None = None
    minutes: int = 120
    tz: str = "Europe/Berlin"
    format: str = "online"
    host_org_id: int | None = None
    video_tool: str = ""
    join_url: str = ""
    meeting_code: str = ""
    passcode: str = ""
    dialin: str = ""
    place: str = ""
    whiteboard_url: str = ""
    moderator_id: int | None = None
    co_moderator_id: int | None = None
    protocol_writer_id: int | None = None
    status: str = "planned"
    notes: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """One line of the meetings list (one query for the whole list)."""

    id: int
    group_id: int
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    status: str
    format: str
    host: str
    moderator: str
    protocol_writer: str
    series_id: int | None
    series_index: int | None
    agenda_minutes: int
    invited: bool  # an invitation was sent (ics_sequence is set)
    conflicts: int  # number of conflicts with other meetings (see ``Conflict``)
    version: int

    @property
    def minutes(self) -> int:
        return int((self.end_at - self.start_at).total_seconds() // 60)


@dataclass(frozen=True, slots=True)
class MeetingDetail:
    """Everything about one meeting that the detail pane, invitations and minutes read."""

    id: int
    data: MeetingData
    version: int
    group: str
    start_at: dt.datetime
    end_at: dt.datetime
    host: str
    host_state: str
    moderator: str
    co_moderator: str
    protocol_writer: str
    series_id: int | None
    series_index: int | None
    series_count: int | None
    series_title: str
    ics_uid: str
    ics_sequence: int | None
    update_due: bool
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Another meeting at the same time: of the same group, or with the same moderator."""

    kind: str  # "group" | "moderator"
    other_id: int
    other_title: str
    other_group: str
    other_start: dt.datetime
    other_end: dt.datetime
    member: str = ""  # for "moderator": who is booked twice


@dataclass(frozen=True, slots=True)
class MeetingChecks:
    """Warnings for a meeting being edited (none of them blocks saving)."""

    conflicts: tuple[Conflict, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    absent: tuple[Absent, ...] = ()  # role holders who declared an absence that day


@dataclass(frozen=True, slots=True)
class HostOption:
    """An organisation that can host, with the video defaults the editor pre-fills."""

    id: int
    name: str
    state: str
    video_tool: str
    video_link: str
    video_dialin: str
    meeting_code: str
    passcode: str


@dataclass(frozen=True, slots=True)
class PersonOption:
    id: int
    name: str
    organisation: str
    active: bool


# --- series ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SeriesData:
    """A regular series: ``count`` sessions every ``interval`` weeks from ``first.start``.

    ``first`` carries everything the sessions share (group, title, time, length, format,
    host, video); each session gets the title "‹title› (k/count)".
    """

    first: MeetingData = field(default_factory=MeetingData)
    interval: int = 1
    count: int = 12
    template_id: int | None = None  # agenda template for every session
    cancel_on_holidays: bool = False  # create sessions on public holidays as cancelled
    holiday_states: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SeriesSession:
    """One planned date of a series (preview before it is created)."""

    index: int
    start: dt.datetime  # local, naive
    holiday: str = ""  # the holiday's name if it falls on one (in a listed state)
    problem: str = ""  # "gap" | "fold" when the local time does not exist / exists twice


# --- agenda ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgendaItemData:
    """One agenda item as the editor sends it; ``id`` None for a new one."""

    kind: str = "topic"
    title: str = ""
    minutes: int = 10
    presenter_id: int | None = None
    topic_id: int | None = None
    id: int | None = None
    details: str = ""  # the text below the title (a sub-group report, a guide's notes)


@dataclass(frozen=True, slots=True)
class AgendaItemRow:
    id: int
    position: int
    kind: str
    title: str
    minutes: int
    presenter_id: int | None
    presenter: str
    topic_id: int | None
    start_at: dt.datetime  # computed: meeting start + the minutes of the items before
    details: str = ""

    def data(self) -> AgendaItemData:
        return AgendaItemData(
            self.kind,
            self.title,
            self.minutes,
            self.presenter_id,
            self.topic_id,
            self.id,
            self.details,
        )


@dataclass(frozen=True, slots=True)
class Agenda:
    meeting_id: int
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    items: tuple[AgendaItemRow, ...]

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.items)

    @property
    def meeting_minutes(self) -> int:
        return int((self.end_at - self.start_at).total_seconds() // 60)

    @property
    def overrun(self) -> int:
        """Minutes by which the agenda is longer than the meeting (0 if it fits)."""
        return max(0, self.total_minutes - self.meeting_minutes)


@dataclass(frozen=True, slots=True)
class TemplateItem:
    kind: str
    title: str
    minutes: int


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: int
    name: str
    builtin: bool
    items: tuple[TemplateItem, ...]

    @property
    def total_minutes(self) -> int:
        return sum(i.minutes for i in self.items)


# --- attendance ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """A member of the meeting's group (or anyone with an answer) and their status.

    ``status`` is "" when nothing is recorded yet.
    """

    member_id: int
    name: str
    organisation: str
    active: bool
    status: str
    note: str
    absence: str = ""  # a declared absence on the meeting day (its note, or "-")


@dataclass(frozen=True, slots=True)
class GuestData:
    name: str = ""
    organisation: str = ""
    email: str = ""
    attended: bool = True


@dataclass(frozen=True, slots=True)
class GuestRow:
    id: int
    name: str
    organisation: str
    email: str
    attended: bool


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    meeting_id: int
    rows: tuple[AttendanceRow, ...]
    guests: tuple[GuestRow, ...]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self.rows:
            out[row.status] = out.get(row.status, 0) + 1
        return out


# --- absences --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AbsenceData:
    start_on: dt.date
    end_on: dt.date
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AbsenceRow:
    id: int
    member_id: int
    member: str
    start_on: dt.date
    end_on: dt.date
    note: str

    def covers(self, day: dt.date) -> bool:
        return self.start_on <= day <= self.end_on


# --- scheduling ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cadence:
    """How often a group meets: every ``interval`` ``unit``s on ``weekdays`` (ISO, 1 = Mon)."""

    unit: str = "month"  # "week" | "month"
    interval: int = 3
    weekdays: tuple[int, ...] = (2, 3, 4)
    window_start: dt.time = dt.time(14, 0)
    window_end: dt.time = dt.time(16, 0)
    minutes: int = 120


@dataclass(frozen=True, slots=True)
class Holiday:
    day: dt.date
    name: str
    states: tuple[str, ...]  # the asked-for state codes where it is a holiday
    nationwide: bool = False  # a holiday in every German state


@dataclass(frozen=True, slots=True)
class Absent:
    """Someone who cannot come on a day, and why (their absence note)."""

    member_id: int
    name: str
    note: str
    role: str = ""  # "moderator" etc. when they hold a role in the meeting


@dataclass(frozen=True, slots=True)
class Candidate:
    """A suggested date: when, how far from the cadence target, and who cannot come."""

    day: dt.date
    start_at: dt.datetime  # instant
    end_at: dt.datetime
    distance: int  # days from the target (negative: before it)
    absent: tuple[Absent, ...] = ()
    bridge_day: bool = False  # between a holiday and a weekend: many take the day off
    score: float = 0.0  # lower is better


@dataclass(frozen=True, slots=True)
class Skipped:
    """A day near the target that was not suggested, with the reason."""

    day: dt.date
    reason: str  # "holiday" | "absent" | "meeting" | "busy" | "time" | "weekday"
    holiday: Holiday | None = None
    absent: tuple[Absent, ...] = ()
    meeting: str = ""  # title of the meeting already planned that day


@dataclass(frozen=True, slots=True)
class Suggestions:
    group_id: int
    cadence: Cadence
    last_meeting: dt.date | None
    target: dt.date
    states: tuple[str, ...]
    organisations_without_state: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    skipped: tuple[Skipped, ...]
    moderator_id: int | None = None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """What the month calendar shows on a day: meetings, absences, holidays."""

    day: dt.date
    kind: str  # "meeting" | "absence" | "holiday"
    title: str
    ref_id: int | None = None  # meeting id or member id
    detail: str = ""  # e.g. a time span or an absence note
    status: str = ""
