"""Frozen records of the rotation (forecast, history, balance), handed to the UI and CLI.

Explanations are :class:`Text` values: an English template marked with
``QT_TRANSLATE_NOOP("rotation", ...)`` plus its parameters. The model stays free of Qt;
whoever shows a text renders it with its translator and its date format::

    text.render(QCoreApplication.translate, date_short)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

# Translation context of every rotation text.
CTX = "rotation"

Translate = Callable[[str, str], str]
DateFormat = Callable[[dt.date], str]


def _iso(day: dt.date) -> str:
    return day.isoformat()


@dataclass(frozen=True, slots=True)
class Text:
    """A translatable message: template with ``{name}`` fields and their values.

    Values may be ``str``, ``int``, ``datetime.date`` (formatted by the caller's date
    format) or another :class:`Text` (rendered first, e.g. a role name).
    """

    template: str
    params: tuple[tuple[str, object], ...] = ()
    context: str = CTX  # the translation context of the template

    @classmethod
    def of(cls, template: str, **params: object) -> Text:
        return cls(template, tuple(params.items()))

    def param(self, key: str) -> object:
        return dict(self.params).get(key)

    def render(
        self, translate: Translate | None = None, date_format: DateFormat | None = None
    ) -> str:
        text = translate(self.context, self.template) if translate else self.template
        fmt = date_format or _iso
        values: dict[str, object] = {}
        for key, value in self.params:
            if isinstance(value, Text):
                value = value.render(translate, date_format)
            elif isinstance(value, dt.date):
                value = fmt(value)
            values[key] = value
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text


# --- rules -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RuleData:
    """Who takes part in one role of one group (what the settings dialog edits).

    ``excluded_ids`` are member ids, or organisation ids for the host role.
    """

    role: str
    enabled: bool = True
    min_attended: int = 1
    excluded_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """A member or organisation as offered in the dialogs."""

    id: int
    name: str
    detail: str = ""  # organisation of a member, or "" for an organisation


@dataclass(frozen=True, slots=True)
class RulesInfo:
    group_id: int
    group_name: str
    rules: tuple[RuleData, ...]
    members: tuple[Choice, ...]  # current members of the group, by name
    organisations: tuple[Choice, ...]  # organisations of those members, by name


# --- forecast ------------------------------------------------------------------------------


class State:
    """How a role of a coming meeting is filled (``RoleProposal.state``)."""

    OFF = "off"  # the role does not rotate in this group
    CONFIRMED = "confirmed"  # confirmed from the rotation and written to the meeting
    ASSIGNED = "assigned"  # entered in the meeting by hand, not yet confirmed here
    OVERRIDE = "override"  # somebody volunteered or swapped; not yet confirmed
    PROPOSED = "proposed"  # computed by the rule; not yet confirmed
    MOVED_ON = "moved_on"  # the assigned person can no longer take it: a new proposal
    NOBODY = "nobody"  # nobody can be proposed

    OPEN = frozenset({PROPOSED, OVERRIDE, MOVED_ON, ASSIGNED})  # what "Confirm" writes


@dataclass(frozen=True, slots=True)
class RoleProposal:
    role: str
    state: str
    holder_id: int | None  # member id, or organisation id for the host role
    name: str  # person or organisation ("" when nobody)
    organisation: str  # a person's organisation ("" for the host role)
    turns: int  # earlier turns in this role (history + the coming meetings before)
    last_on: dt.date | None  # the holder's last turn in this role
    reason: Text | None  # the one-line explanation: turns and last turn
    decided_by: Text | None  # why this one and not the next (tie-break, override, ...)
    notes: tuple[Text, ...] = ()  # who was passed over and why, relaxed constraints

    @property
    def is_open(self) -> bool:
        return self.state in State.OPEN

    def lines(self) -> tuple[Text, ...]:
        return tuple(t for t in (self.reason, self.decided_by, *self.notes) if t is not None)


@dataclass(frozen=True, slots=True)
class ForecastSlot:
    """One coming meeting: a planned one (``meeting_id``) or a date from the cadence."""

    index: int
    meeting_id: int | None
    day: dt.date
    start_at: dt.datetime | None
    end_at: dt.datetime | None
    title: str
    status: str  # the meeting's status, or "" for a date from the cadence
    roles: tuple[RoleProposal, ...]

    @property
    def estimated(self) -> bool:
        return self.meeting_id is None

    def role(self, role: str) -> RoleProposal | None:
        return next((r for r in self.roles if r.role == role), None)

    @property
    def open_roles(self) -> tuple[str, ...]:
        return tuple(r.role for r in self.roles if r.is_open)

    @property
    def can_confirm(self) -> bool:
        return self.meeting_id is not None and bool(self.open_roles)

    def expected(self) -> dict[str, int | None]:
        """What the user saw: role -> holder, to pass back to ``confirm``."""
        return {r.role: r.holder_id for r in self.roles if r.state != State.OFF}


@dataclass(frozen=True, slots=True)
class Forecast:
    group_id: int
    group_name: str
    today: dt.date
    cadence: Text  # "every 3 months" (how the estimated dates were made)
    slots: tuple[ForecastSlot, ...]
    enabled_roles: tuple[str, ...]
    hints: tuple[Text, ...] = ()


# --- history and balance ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """A turn somebody really held, or a logged override (never rewritten)."""

    day: dt.date
    meeting_id: int | None
    meeting_title: str
    role: str
    kind: str  # a RotationKind value; "turn" for a held turn
    name: str  # person or organisation
    other: str  # swap: who was due
    reason: str
    planned: bool  # a confirmed turn of a coming meeting
    record_id: int | None = None


@dataclass(frozen=True, slots=True)
class MemberBalance:
    id: int
    name: str
    organisation: str
    turns: dict[str, int] = field(default_factory=dict)  # role -> turns held
    last_on: dt.date | None = None

    @property
    def total(self) -> int:
        return sum(self.turns.values())


@dataclass(frozen=True, slots=True)
class OrgBalance:
    id: int
    name: str
    hosted: int
    last_hosted: dt.date | None
    member_turns: dict[str, int] = field(default_factory=dict)  # role -> turns of its members


@dataclass(frozen=True, slots=True)
class Balance:
    roles: tuple[str, ...]  # the enabled person roles, in order
    host_enabled: bool
    members: tuple[MemberBalance, ...]  # current members, most turns first
    organisations: tuple[OrgBalance, ...]  # organisations with current members


@dataclass(frozen=True, slots=True)
class Candidate:
    """Somebody who could take a turn in the override dialog, and whether they can."""

    id: int
    name: str
    detail: str  # organisation of a member
    turns: int
    last_on: dt.date | None
    problem: Text | None = None  # why they cannot take this turn (None: they can)
    current: bool = False  # holds the turn now

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class RotationView:
    """Everything the rotation page shows, read in one go."""

    forecast: Forecast
    history: tuple[HistoryRow, ...]
    balance: Balance
