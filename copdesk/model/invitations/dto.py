"""Frozen records and constants of the invitations feature (see its ``__init__``).

Instants are aware UTC datetimes; ``tz`` names the zone they are shown and sent in
(Europe/Berlin). Texts are the user's own data; every visible wording is produced later,
in ``copdesk.formats`` (translated) — the model hands over facts, never sentences.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# kinds of export (InvitationSend.kind)
REQUEST = "request"  # invitation / update file for the recipients (METHOD:REQUEST)
PUBLISH = "publish"  # the organiser's own calendar entry (METHOD:PUBLISH)
CANCEL = "cancel"  # cancellation (METHOD:CANCEL)
EML = "eml"  # e-mail draft with the invitation (or cancellation) inside
TEXT = "text"  # the invitation text for the clipboard (never recorded)
KINDS = (REQUEST, PUBLISH, CANCEL, EML, TEXT)
# in the send log only: a cancellation for the people removed from the invitation list,
# while the meeting itself takes place (RFC 5546 "uninvite": METHOD:CANCEL without STATUS)
WITHDRAWAL = "withdrawal"
# kinds that reach the recipients (a PUBLISH file only goes into the organiser's calendar)
TO_RECIPIENTS = (REQUEST, EML, CANCEL)
INVITING = (REQUEST, EML)

# scope of an invitation for a session of a series
SCOPE_MEETING = "meeting"  # a meeting on its own, or one session as an exception
SCOPE_SERIES = "series"  # the whole series as one recurring event

# recipient roles and problems
REQUIRED = "required"
OPTIONAL = "optional"
NO_EMAIL = "missing"
BAD_EMAIL = "invalid"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Someone who can be invited: a member of the group or a guest of the meeting."""

    key: str  # "m<id>" for members, "g<id>" for guests: stable across calls
    name: str
    email: str
    organisation: str = ""
    role: str = REQUIRED  # required | optional
    problem: str = ""  # "" | missing | invalid
    is_guest: bool = False

    @property
    def usable(self) -> bool:
        return not self.problem


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class AgendaLine:
    start: dt.datetime  # computed from the meeting start and the minutes before it
    minutes: int
    title: str
    kind: str
    presenter: str = ""


@dataclass(frozen=True, slots=True)
class TopicLine:
    title: str
    proposer: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between what was last sent and what would be sent now.

    ``kind`` is one of: moved, duration, title, place, format, link, whiteboard, dialin, added,
    removed, cancelled, reinstated, session_moved, session_cancelled, session_restored,
    rule, unknown. ``before``/``after`` hold strings (instants as ISO 8601 in UTC, names,
    numbers as text); ``copdesk.formats.invitations.change_lines`` makes sentences of them.
    """

    kind: str
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionException:
    """A session of a series that differs from the rule: moved, or cancelled."""

    index: int
    original_start: dt.datetime  # the start the rule gives it: RECURRENCE-ID
    start: dt.datetime
    end: dt.datetime
    title: str
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class SeriesRule:
    """A regular series as one recurring event (RRULE in local time)."""

    freq: str  # daily | weekly | monthly
    interval: int
    count: int
    exdates: tuple[dt.datetime, ...] = ()  # original starts of cancelled or missing sessions
    exceptions: tuple[SessionException, ...] = ()  # moved sessions


@dataclass(frozen=True, slots=True)
class Invitation:
    """Everything one exported file says; built and checked by ``build.build_invitation``."""

    kind: str
    method: str  # REQUEST | PUBLISH | CANCEL
    uid: str
    sequence: int
    dtstamp: dt.datetime
    title: str
    start: dt.datetime
    end: dt.datetime
    tz: str
    organiser: Organiser
    attendees: tuple[Recipient, ...]
    cancelled: bool = False  # METHOD:CANCEL (and STATUS:CANCELLED unless withdrawn)
    withdrawn: bool = False  # a cancellation for removed people only: the meeting takes place
    meeting_id: int | None = None
    series_id: int | None = None
    format: str = "online"
    place: str = ""
    video_tool: str = ""
    join_url: str = ""
    meeting_code: str = ""
    passcode: str = ""
    dialin: str = ""
    tool_text: str = ""  # the host organisation's own invitation text, when it fits
    whiteboard_url: str = ""  # the meeting's shared whiteboard
    host: str = ""
    group: str = ""
    moderator: str = ""
    agenda: tuple[AgendaLine, ...] = ()
    topics: tuple[TopicLine, ...] = ()
    more_topics: int = 0  # topics left out of the list
    reminder_minutes: int | None = None
    rule: SeriesRule | None = None  # the whole series as one recurring event
    recurrence_id: dt.datetime | None = None  # one session of a series (an exception)
    is_update: bool = False
    changes: tuple[Change, ...] = ()
    skipped: tuple[Recipient, ...] = ()  # left out on request (no or invalid e-mail)


@dataclass(frozen=True, slots=True)
class SendRecord:
    """One row of the send log."""

    id: int
    sent_at: dt.datetime
    kind: str
    sequence: int
    recipients: tuple[str, ...]
    scope: str  # meeting | series


@dataclass(frozen=True, slots=True)
class InvitationState:
    """What the invite dialog shows before anything is produced."""

    meeting_id: int
    title: str
    start: dt.datetime
    end: dt.datetime
    tz: str
    status: str
    uid: str
    scope: str  # meeting | series (the scope this state was computed for)
    last_sequence: int | None  # None: nothing was ever exported for this UID
    next_sequence: int  # what an invitation / update would carry now
    sent: bool  # an invitation reached the recipients (request or e-mail)
    due: str  # "" | "update" | "cancel": what the recipients are waiting for
    changes: tuple[Change, ...]
    recipients: tuple[Recipient, ...]
    history: tuple[SendRecord, ...]
    can_cancel: bool
    cancel_sent: bool
    has_time: bool
    series_id: int | None = None
    series_title: str = ""
    session_index: int | None = None  # the session's position in its series
    session_deviates: bool = False  # moved or cancelled against the series rule
    series_sent: bool = False
    default_scope: str = "meeting"
    problems: tuple[Recipient, ...] = field(default=())
    last_organiser: Organiser | None = None  # who sent the last file (from its snapshot)
    # removed from the invitation list after they got it: their calendars still show it
    withdraw: tuple[Recipient, ...] = ()

    @property
    def update_due(self) -> bool:
        return self.due == "update"


@dataclass(frozen=True, slots=True)
class SendResult:
    send_id: int | None
    kind: str
    sequence: int
    uid: str
    recipients: tuple[str, ...]
    produced: object = None  # what the producer returned (a path, a text)
