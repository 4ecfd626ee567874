"""Moderator and host rotation ("reihum"): fair, explainable, computed from stored history.

The rule (also in ``docs/rotation.md``)
=======================================

Roles, per group, each of which can be switched off in its ``RotationRule``: the host
organisation, the moderator, the co-moderator and the protocol writer. They are filled in
this order for every coming meeting, one meeting after the other.

History. A *turn* is what really happened: for every past meeting of the group (held, or
dated before today, and not cancelled) the person or organisation in the meeting's field
(``host_org_id``, ``moderator_id``, ``co_moderator_id``, ``protocol_writer_id``); where
the field is empty, the latest ``RotationRecord(kind="turn")`` of that meeting and role.
``RotationRecord`` rows are only ever added, never changed: overrides are new rows with a
reason, and a past meeting keeps who really did what.

Eligible for a role at a meeting date is a member who

* belongs to the group on that date (membership and member joined / left dates) and is
  active,
* is not excluded in the role's rule,
* has attended at least ``min_attended`` (K, default 1) meetings of the group — for
  meetings still to come, the forecast assumes that members attend the coming meetings
  they are not absent from,

and *available* if they have no absence covering the date and have not declined or been
excused for the meeting. An organisation is eligible to host when at least one of its
members is eligible for the host role (the host rule's excluded ids are organisation
ids), and available when one of those is available.

Among the eligible and available, the rotation picks the one

1. with the fewest turns in that role (turns of the coming meetings before it included),
2. ties: the longest time since the last turn in that role (never counts as longest),
3. then the earlier join date (of the group; unknown counts as earliest; for an
   organisation its earliest member),
4. then the name (last name, first name; organisation name), then the id.

Constraints, relaxed only where they cannot be met (and then the explanation says which):
the moderator is not the previous meeting's moderator; the host is not the previous
meeting's host; moderator and co-moderator come from different organisations; one person
holds at most one role per meeting.

Fixed turns. A role that is already filled in a coming meeting stays as it is: confirmed
from the rotation (``confirm`` wrote the field and a ``turn`` record), entered by hand in
the meeting, or taken by an override (``volunteer``, ``swap``). Adding a member never
changes it. When the person can no longer take it (left the group, inactive, deleted,
absent, declined), the forecast moves on to the next by the rule and says so.

Overrides, each a new ``RotationRecord`` with a reason, for one coming meeting and role:
``volunteer`` (someone takes the turn), ``swap`` (someone takes the turn of the person
due; that person keeps their lower count and so is proposed for the next meeting; a later
fixed turn of the one who took over goes back to them), ``skip`` (someone is passed over
this once) and ``hand_back`` (the holder gives the turn back). When the role was already
written to the meeting, the meeting's field follows the override.

Everything here is deterministic: the same stored data and the same ``today`` always give
the same forecast. Explanations are :class:`~copdesk.model.rotation_dto.Text` values
(templates in context ``"rotation"``) rendered by the UI and the command line.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text as textmod
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.rotation_dto import (
    Balance,
    Candidate,
    Choice,
    Forecast,
    ForecastSlot,
    HistoryRow,
    MemberBalance,
    OrgBalance,
    RoleProposal,
    RotationView,
    RuleData,
    RulesInfo,
    State,
    Text,
)

BERLIN = ZoneInfo("Europe/Berlin")

HOST = E.RotationRole.HOST.value
MODERATOR = E.RotationRole.MODERATOR.value
CO_MODERATOR = E.RotationRole.CO_MODERATOR.value
PROTOCOL = E.RotationRole.PROTOCOL.value
#: The order in which the roles of a meeting are filled (and shown).
ROLES = (HOST, MODERATOR, CO_MODERATOR, PROTOCOL)
PERSON_ROLES = (MODERATOR, CO_MODERATOR, PROTOCOL)
FIELDS = {
    HOST: "host_org_id",
    MODERATOR: "moderator_id",
    CO_MODERATOR: "co_moderator_id",
    PROTOCOL: "protocol_writer_id",
}
#: Command-line spellings of the roles.
ROLE_NAMES = {"host": HOST, "moderator": MODERATOR, "co-moderator": CO_MODERATOR,
              "protocol": PROTOCOL}

TURN = E.RotationKind.TURN.value
SKIP = E.RotationKind.SKIP.value
SWAP = E.RotationKind.SWAP.value
VOLUNTEER = E.RotationKind.VOLUNTEER.value
HAND_BACK = E.RotationKind.HAND_BACK.value

REASON_MAX = 500
MAX_FORECAST = 40
MAX_MIN_ATTENDED = 50
HINT_YEARS = 2
MAX_NOTES = 3

ROLE_LABELS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "Host organisation"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "Moderator"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "Co-moderator"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation", "Protocol writer"),
}
KIND_LABELS = {
    TURN: QT_TRANSLATE_NOOP("rotation", "Turn"),
    SKIP: QT_TRANSLATE_NOOP("rotation", "Skipped"),
    SWAP: QT_TRANSLATE_NOOP("rotation", "Swap"),
    VOLUNTEER: QT_TRANSLATE_NOOP("rotation", "Volunteered"),
    HAND_BACK: QT_TRANSLATE_NOOP("rotation", "Handed back"),
}
STATE_LABELS = {
    State.OFF: QT_TRANSLATE_NOOP("rotation", "does not rotate"),
    State.CONFIRMED: QT_TRANSLATE_NOOP("rotation", "confirmed"),
    State.ASSIGNED: QT_TRANSLATE_NOOP("rotation", "entered by hand"),
    State.OVERRIDE: QT_TRANSLATE_NOOP("rotation", "changed"),
    State.PROPOSED: QT_TRANSLATE_NOOP("rotation", "proposed"),
    State.MOVED_ON: QT_TRANSLATE_NOOP("rotation", "proposed anew"),
    State.NOBODY: QT_TRANSLATE_NOOP("rotation", "nobody"),
}

# "Name: moderated 2×, last on 14.03.2024" — one line per role
_TURNS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name}: hosted {count}×, last on {date}"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: moderated {count}×, last on {date}"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: co-moderated {count}×, last on {date}"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation",
                                "{name}: wrote the protocol {count}×, last on {date}"),
}
_NO_TURNS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name}: has not hosted yet"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: has not moderated yet"),
    CO_MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name}: has not co-moderated yet"),
    PROTOCOL: QT_TRANSLATE_NOOP("rotation", "{name}: has not written the protocol yet"),
}
_PREVIOUS = {
    HOST: QT_TRANSLATE_NOOP("rotation", "{name} hosted the previous meeting"),
    MODERATOR: QT_TRANSLATE_NOOP("rotation", "{name} moderated the previous meeting"),
}
_RELAXED_PREVIOUS = {
    HOST: QT_TRANSLATE_NOOP(
        "rotation", "No other organisation can host: {name} hosts twice in a row."),
    MODERATOR: QT_TRANSLATE_NOOP(
        "rotation", "Nobody else is available: {name} moderates twice in a row."),
}
_T = {
    "fewest": QT_TRANSLATE_NOOP("rotation", "fewest turns of all available"),
    "longer_ago": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}, but longer ago"),
    "joined": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}, and a member for longer"),
    "alphabet": QT_TRANSLATE_NOOP("rotation", "as many turns as {other}; alphabetical order"),
    "only": QT_TRANSLATE_NOOP("rotation", "the only one available"),
    "rule_alone": QT_TRANSLATE_NOOP("rotation", "by the rotation alone it would be {name}"),
    "confirmed": QT_TRANSLATE_NOOP("rotation", "confirmed on {date}"),
    "assigned": QT_TRANSLATE_NOOP("rotation", "entered in the meeting, not yet confirmed"),
    "volunteered": QT_TRANSLATE_NOOP("rotation", "volunteered: {reason}"),
    "swapped": QT_TRANSLATE_NOOP("rotation", "takes over from {other} (swap): {reason}"),
    "absent": QT_TRANSLATE_NOOP("rotation", "{name} is absent ({note})"),
    "absent_plain": QT_TRANSLATE_NOOP("rotation", "{name} is absent"),
    "declined": QT_TRANSLATE_NOOP("rotation", "{name} has declined this meeting"),
    "skipped": QT_TRANSLATE_NOOP("rotation", "{name} is skipped this time: {reason}"),
    "handed_back": QT_TRANSLATE_NOOP("rotation", "{name} handed the turn back: {reason}"),
    "newcomer": QT_TRANSLATE_NOOP(
        "rotation", "{name} has attended {attended} of the {required} meetings required"),
    "org_unavailable": QT_TRANSLATE_NOOP("rotation", "nobody from {name} is available"),
    "other_role": QT_TRANSLATE_NOOP("rotation", "{name} already has a role in this meeting"),
    "same_org": QT_TRANSLATE_NOOP(
        "rotation", "{name} is from the same organisation as the other moderator"),
    "relaxed_org": QT_TRANSLATE_NOOP(
        "rotation",
        "Nobody from another organisation is available: both moderators are from {org}."),
    "relaxed_role": QT_TRANSLATE_NOOP(
        "rotation", "Not enough people available: {name} takes two roles."),
    "moved_left": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but is no longer a member; the rotation moves on."),
    "moved_absent": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but is absent on this date; the rotation moves on."),
    "moved_declined": QT_TRANSLATE_NOOP(
        "rotation", "{name} had this turn but has declined; the rotation moves on."),
    "moved_deleted": QT_TRANSLATE_NOOP(
        "rotation", "The person who had this turn was deleted; the rotation moves on."),
    "moved_org": QT_TRANSLATE_NOOP(
        "rotation",
        "{name} was to host but has no members in the group any more; the rotation moves on."),
    "nobody_eligible": QT_TRANSLATE_NOOP(
        "rotation", "Nobody is eligible for this role. Check the rotation settings."),
    "nobody_org": QT_TRANSLATE_NOOP(
        "rotation", "No organisation has members who are eligible to host. Check the "
                    "rotation settings."),
    "nobody_newcomers": QT_TRANSLATE_NOOP(
        "rotation", "Nobody has attended enough meetings yet for this role."),
    "nobody_available": QT_TRANSLATE_NOOP(
        "rotation", "Everyone eligible is absent, has declined or is skipped on this date."),
    "hint_not_hosted": QT_TRANSLATE_NOOP(
        "rotation", "{name} has not hosted for over {years} years (last on {date})."),
    "hint_never_hosted": QT_TRANSLATE_NOOP(
        "rotation", "{name} has never hosted (in the group since {date})."),
    "hint_uneven": QT_TRANSLATE_NOOP(
        "rotation",
        "Uneven moderation: {most} moderated {max}×, {least} {min}×. The rotation proposes "
        "those with the fewest turns first."),
    "hint_estimated": QT_TRANSLATE_NOOP(
        "rotation", "Meetings after {date} are not planned yet: their dates are estimated "
                    "from the cadence ({cadence})."),
    "every_months": QT_TRANSLATE_NOOP("rotation", "every {n} months"),
    "every_weeks": QT_TRANSLATE_NOOP("rotation", "every {n} weeks"),
    "monthly": QT_TRANSLATE_NOOP("rotation", "monthly"),
    "weekly": QT_TRANSLATE_NOOP("rotation", "weekly"),
    "cadence_title": QT_TRANSLATE_NOOP("rotation", "next meeting, date estimated"),
}

# --- errors (shown by the UI and the command line; context "errors") ----------------------

_E = {
    "past": QT_TRANSLATE_NOOP(
        "errors", "“{title}” is over or cancelled: its roles belong to the history, which is "
                  "never rewritten."),
    "role_off": QT_TRANSLATE_NOOP(
        "errors", "The role “{role}” does not rotate in this group. Switch it on in the "
                  "rotation settings first."),
    "reason": QT_TRANSLATE_NOOP(
        "errors", "Give a reason: it is kept in the rotation history."),
    "changed": QT_TRANSLATE_NOOP(
        "errors", "The forecast for “{title}” has changed in the meantime. Check it again, "
                  "then confirm; nothing was written."),
    "nobody": QT_TRANSLATE_NOOP(
        "errors", "Nobody can be proposed for the role “{role}” at “{title}”: {why} Nothing "
                  "was confirmed; switch the role off or change the date or the settings."),
    "no_turn": QT_TRANSLATE_NOOP(
        "errors", "Nobody holds the role “{role}” at “{title}” yet, so there is nothing to "
                  "swap or hand back. Use “Volunteer” instead."),
    "same_person": QT_TRANSLATE_NOOP(
        "errors", "{name} already has this turn. Choose somebody else."),
    "not_member": QT_TRANSLATE_NOOP(
        "errors", "{name} is not a current member of this group and cannot take the turn."),
    "excluded": QT_TRANSLATE_NOOP(
        "errors", "{name} is excluded from this role in the rotation settings."),
    "newcomer": QT_TRANSLATE_NOOP(
        "errors", "{name} has not attended enough meetings of this group yet for this role "
                  "({attended} of {required})."),
    "absent": QT_TRANSLATE_NOOP("errors", "{name} is absent on the date of this meeting."),
    "declined": QT_TRANSLATE_NOOP("errors", "{name} has declined this meeting."),
    "other_role": QT_TRANSLATE_NOOP(
        "errors", "{name} already has another role in this meeting."),
    "org_nobody": QT_TRANSLATE_NOOP(
        "errors", "{name} has no member in this group who could host on that date."),
    "choose": QT_TRANSLATE_NOOP("errors", "Choose who takes the turn."),
    "min_attended": QT_TRANSLATE_NOOP(
        "errors", "Enter a number of meetings from 0 to {max}."),
}


class RotationError(UserError):
    """A user error whose parameters may be rotation texts (translated when shown)."""

    def render(self, translate=None) -> str:
        text = translate("errors", self.template) if translate else self.template
        values = {k: v.render(translate) if isinstance(v, Text) else v
                  for k, v in self.params.items()}
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            return text


# --- the snapshot the rule works on -----------------------------------------------------------


@dataclass
class _Person:
    id: int
    name: str
    sort: tuple[str, str]
    org_id: int | None
    joined: dt.date | None = None  # in this group
    left: dt.date | None = None
    active: bool = True
    in_group: bool = False

    def member_on(self, day: dt.date) -> bool:
        return (self.in_group and self.active
                and (self.joined is None or self.joined <= day)
                and (self.left is None or self.left >= day))


@dataclass
class _Meeting:
    id: int
    title: str
    day: dt.date
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    fields: dict[str, int | None]
    past: bool


@dataclass
class _Rec:
    id: int
    meeting_id: int | None
    role: str
    kind: str
    member_id: int | None
    org_id: int | None
    other_id: int | None
    reason: str
    created: dt.date

    @property
    def holder(self) -> int | None:
        return self.org_id if self.role == HOST else self.member_id


@dataclass
class _Slot:
    index: int
    day: dt.date
    meeting: _Meeting | None
    title: str

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None


@dataclass
class _Overrides:
    """What the records of one coming meeting and role say."""

    fixed: int | None = None
    fixed_rec: _Rec | None = None
    excluded: dict[int, _Rec] = field(default_factory=dict)
    deleted: bool = False


@dataclass
class _Snapshot:
    group_id: int
    group_name: str
    cadence_unit: str
    cadence_interval: int
    weekdays: tuple[int, ...]
    rules: dict[str, RuleData]
    people: dict[int, _Person]
    orgs: dict[int, str]
    meetings: list[_Meeting]  # not cancelled, by date
    records: list[_Rec]  # by id
    absences: dict[int, list[tuple[dt.date, dt.date, str]]]
    declined: dict[int, set[int]]  # meeting id -> members who declined or were excused
    attended: Counter  # member -> meetings of the group attended (past meetings)
    recorded: set[int]  # meetings with attendance taken

    @property
    def past(self) -> list[_Meeting]:
        return [m for m in self.meetings if m.past]

    @property
    def upcoming(self) -> list[_Meeting]:
        return [m for m in self.meetings if not m.past]


def sort_text(value: str | None) -> str:
    """A key that sorts names as people expect: "Özdemir" with the O, "Groß" as "Gross"."""
    value = (value or "").casefold()
    if value.isascii():
        return value
    text = unicodedata.normalize("NFKD", value.replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _local_day(instant: dt.datetime, tz: str | None) -> dt.date:
    try:
        zone = ZoneInfo(tz) if tz else BERLIN
    except (KeyError, ValueError):  # an unknown zone name: the community's zone
        zone = BERLIN
    return instant.astimezone(zone).date()


def _weekdays(value: str) -> tuple[int, ...]:
    days = set()
    for part in (value or "").split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return tuple(sorted(days)) or (1, 2, 3, 4, 5)


def _ids(value: str) -> tuple[int, ...]:
    out = set()
    for part in (value or "").split(","):
        part = part.strip()
        if part.isdigit():
            out.add(int(part))
    return tuple(sorted(out))


def _rules(session: Session, group_id: int) -> dict[str, RuleData]:
    stored = {r.role: r for r in session.scalars(
        select(E.RotationRule).where(E.RotationRule.group_id == group_id))}
    out = {}
    for role in ROLES:
        r = stored.get(role)
        out[role] = (RuleData(role) if r is None else RuleData(
            role, bool(r.enabled), max(0, r.min_attended or 0), _ids(r.excluded_member_ids)))
    return out


def _load(session: Session, group_id: int, today: dt.date) -> _Snapshot:
    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    people: dict[int, _Person] = {}
    member_joined: dict[int, dt.date | None] = {}
    member_left: dict[int, dt.date | None] = {}
    mb = E.Member
    for (m_id, first, last, org_id, active, forgotten, joined, left) in session.execute(
            select(mb.id, mb.first_name, mb.last_name, mb.organisation_id, mb.active,
                   mb.forgotten_on, mb.joined_on, mb.left_on)):
        name = " ".join(p for p in (first, last) if p)
        people[m_id] = _Person(m_id, name, (sort_text(last), sort_text(first)),
                               org_id, active=bool(active) and forgotten is None)
        member_joined[m_id], member_left[m_id] = joined, left
    gms = E.GroupMembership
    for member_id, joined, left in session.execute(
            select(gms.member_id, gms.joined_on, gms.left_on).where(gms.group_id == group_id)):
        p = people.get(member_id)
        if p is None:
            continue
        p.in_group = True
        p.joined = joined or member_joined.get(member_id)
        lefts = [d for d in (left, member_left.get(member_id)) if d is not None]
        p.left = min(lefts) if lefts else None
    orgs = {i: n for i, n in session.execute(select(E.Organisation.id, E.Organisation.name))}

    meetings = []
    mt = E.Meeting
    for m in session.scalars(select(mt).where(mt.group_id == group_id)
                             .order_by(mt.start_at, mt.id)):
        if m.status == E.MeetingStatus.CANCELLED:
            continue
        day = _local_day(m.start_at, m.tz)
        meetings.append(_Meeting(
            m.id, m.title, day, m.start_at, m.end_at, m.status,
            {role: getattr(m, FIELDS[role]) for role in ROLES},
            past=m.status == E.MeetingStatus.HELD or day < today))
    meetings.sort(key=lambda m: (m.day, m.start_at, m.id))
    past_ids = {m.id for m in meetings if m.past}

    rr = E.RotationRecord
    records = [
        _Rec(r_id, meeting_id, role, kind, member_id, org_id, other_id, reason or "",
             _local_day(created, None))
        for r_id, meeting_id, role, kind, member_id, org_id, other_id, reason, created
        in session.execute(select(rr.id, rr.meeting_id, rr.role, rr.kind, rr.member_id,
                                  rr.organisation_id, rr.other_member_id, rr.reason,
                                  rr.created_at).where(rr.group_id == group_id).order_by(rr.id))
    ]

    absences: dict[int, list] = defaultdict(list)
    gm = E.GroupMembership
    ab = E.Absence
    for member_id, start, end, note in session.execute(
            select(ab.member_id, ab.start_on, ab.end_on, ab.note)
            .join(gm, gm.member_id == ab.member_id).where(gm.group_id == group_id)
            .order_by(ab.start_on, ab.id)):
        absences[member_id].append((start, end, note or ""))

    declined: dict[int, set[int]] = defaultdict(set)
    attended: Counter = Counter()
    at = E.Attendance
    rows = session.execute(select(at.meeting_id, at.member_id, at.status)
                           .join(mt, mt.id == at.meeting_id).where(mt.group_id == group_id))
    unavailable = {E.AttendanceStatus.DECLINED.value, E.AttendanceStatus.EXCUSED.value}
    recorded: set[int] = set()
    for meeting_id, member_id, status in rows:
        recorded.add(meeting_id)
        if status in unavailable:
            declined[meeting_id].add(member_id)
        elif status == E.AttendanceStatus.ATTENDED and meeting_id in past_ids:
            attended[member_id] += 1

    unit = group.cadence_unit if group.cadence_unit in ("week", "month") else "month"
    return _Snapshot(
        group.id, group.name, unit, max(1, group.cadence_interval or 1),
        _weekdays(group.preferred_weekdays), _rules(session, group_id), people, orgs,
        meetings, records, dict(absences), dict(declined), attended, recorded)


# --- dates from the cadence ------------------------------------------------------------------


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cadence_dates(anchor: dt.date, after: dt.date, count: int, *, unit: str = "month",
                  interval: int = 3, weekdays: Iterable[int] = (2, 3, 4)) -> list[dt.date]:
    """*count* dates after *after*: every *interval* months or weeks from *anchor*, each
    moved forward to the next preferred weekday (ISO, 1 = Monday).

    A rough estimate for the forecast only; holidays and absences are the meeting
    planner's business (``scheduling.py``).
    """
    days = set(weekdays) or {1, 2, 3, 4, 5}
    out: list[dt.date] = []
    step = 0
    while len(out) < count and step < 100_000:
        step += 1
        base = (_add_months(anchor, interval * step) if unit == "month"
                else anchor + dt.timedelta(weeks=interval * step))
        day = base
        while day.isoweekday() not in days:
            day += dt.timedelta(days=1)
        if day > after and (not out or day > out[-1]):
            out.append(day)
    return out


# --- the engine ------------------------------------------------------------------------------


class _Lazy(dict):
    """A dict that computes a missing value from its key (explanations only when shown)."""

    def __init__(self, compute) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


class _Engine:
    """Replays the history, then fills coming meetings one after the other."""

    def __init__(self, snap: _Snapshot, today: dt.date) -> None:
        self.s = snap
        self.today = today
        self.counts: dict[str, Counter] = {r: Counter() for r in ROLES}
        self.last: dict[str, dict[int, dt.date]] = {r: {} for r in ROLES}
        self.prev: dict[str, int | None] = {r: None for r in ROLES}
        self.attended: Counter = Counter(snap.attended)
        self.turn_recs: dict[tuple[int, str], _Rec] = {}
        self.by_meeting: dict[tuple[int, str], list[_Rec]] = defaultdict(list)
        for rec in snap.records:
            if rec.meeting_id is None or rec.role not in ROLES:
                continue
            self.by_meeting[(rec.meeting_id, rec.role)].append(rec)
            if rec.kind == TURN:
                self.turn_recs[(rec.meeting_id, rec.role)] = rec
        self.org_joined: dict[int, dt.date] = {}
        self.by_org: dict[int, list[_Person]] = defaultdict(list)
        for p in snap.people.values():
            if p.in_group and p.org_id is not None:
                self.by_org[p.org_id].append(p)
                j = p.joined or dt.date.min
                if p.org_id not in self.org_joined or j < self.org_joined[p.org_id]:
                    self.org_joined[p.org_id] = j
        self.first_day = snap.meetings[0].day if snap.meetings else None
        self._static: dict[int, tuple] = {}
        self.history: list[tuple[_Meeting, str, int]] = []
        for m in snap.past:
            if m.id not in snap.recorded:  # no attendance taken: members count as present
                for p in snap.people.values():
                    if p.member_on(m.day) and self.absence(p.id, m.day) is None:
                        self.attended[p.id] += 1
            for role in ROLES:
                holder = self.actual(m, role)
                if holder is not None:
                    self.counts[role][holder] += 1
                    self.last[role][holder] = m.day
                    self.history.append((m, role, holder))
                self.prev[role] = holder

    def actual(self, m: _Meeting, role: str) -> int | None:
        holder = m.fields.get(role)
        if holder is None:
            rec = self.turn_recs.get((m.id, role))
            holder = rec.holder if rec else None
        return holder

    # --- who is who ----------------------------------------------------------------------
    def name(self, role: str, holder: int | None) -> str:
        if holder is None:
            return ""
        if role == HOST:
            return self.s.orgs.get(holder, "")
        p = self.s.people.get(holder)
        return p.name if p else ""

    def org_name(self, role: str, holder: int | None) -> str:
        if role == HOST or holder is None:
            return ""
        p = self.s.people.get(holder)
        return self.s.orgs.get(p.org_id, "") if p and p.org_id is not None else ""

    def absence(self, member_id: int, day: dt.date) -> tuple[str] | None:
        for start, end, note in self.s.absences.get(member_id, ()):
            if start <= day <= end:
                return (note,)
        return None

    def available(self, member_id: int, slot: _Slot) -> bool:
        return (self.absence(member_id, slot.day) is None
                and member_id not in self.s.declined.get(slot.meeting_id or -1, ()))

    def key(self, role: str, holder: int) -> tuple:
        if role != HOST:
            static = self._static.get(holder)
            if static is None:
                p = self.s.people.get(holder)
                static = self._static[holder] = (
                    (p.joined if p else None) or dt.date.min, p.sort if p else ("", ""), holder)
            return (self.counts[role][holder], self.last[role].get(holder, dt.date.min), *static)
        joined = self.org_joined.get(holder, dt.date.min)
        sort = (sort_text(self.s.orgs.get(holder, "")), "")
        return (self.counts[role][holder], self.last[role].get(holder, dt.date.min), joined,
                sort, holder)

    def rule(self, role: str) -> RuleData:
        return self.s.rules[role]

    def org_people(self, org_id: int, day: dt.date) -> list[_Person]:
        return [p for p in self.by_org.get(org_id, ()) if p.member_on(day)]

    def pool(self, role: str, day: dt.date) -> list[int]:
        """Members (organisations) that the rule lets take part on *day*."""
        excluded = set(self.rule(role).excluded_ids)
        if role == HOST:
            orgs = {p.org_id for p in self.s.people.values()
                    if p.org_id is not None and p.member_on(day)}
            return sorted(o for o in orgs if o not in excluded and o in self.s.orgs)
        return sorted(p.id for p in self.s.people.values()
                      if p.member_on(day) and p.id not in excluded)

    def is_newcomer(self, role: str, member_id: int) -> bool:
        """Members who joined after the group's first meeting take turns only once they
        attended K meetings; the founders (and members of unknown join date) at once."""
        if self.attended[member_id] >= self.rule(role).min_attended:
            return False
        p = self.s.people.get(member_id)
        return not (p is None or p.joined is None or self.first_day is None
                    or p.joined <= self.first_day)

    def newcomer(self, role: str, member_id: int) -> Text | None:
        if self.is_newcomer(role, member_id):
            need = self.rule(role).min_attended
            have = self.attended[member_id]
            return Text.of(_T["newcomer"], name=self.name(MODERATOR, member_id), attended=have,
                           required=need)
        return None

    def blocked(self, role: str, holder: int, slot: _Slot, excluded: dict[int, _Rec]) -> bool:
        """``hard_problem(...) is not None``, without building the explanation."""
        if holder in excluded:
            return True
        if role == HOST:
            return not any(not self.is_newcomer(HOST, p.id) and self.available(p.id, slot)
                           for p in self.org_people(holder, slot.day))
        return self.is_newcomer(role, holder) or not self.available(holder, slot)

    def hard_problem(self, role: str, holder: int, slot: _Slot,
                     excluded: dict[int, _Rec]) -> Text | None:
        """Why *holder* cannot take the role at all on this date (None: they can)."""
        if holder in excluded:
            rec = excluded[holder]
            key = "handed_back" if rec.kind == HAND_BACK else "skipped"
            return Text.of(_T[key], name=self.name(role, holder), reason=rec.reason)
        if role == HOST:
            people = [p for p in self.org_people(holder, slot.day)
                      if self.newcomer(HOST, p.id) is None]
            if not people:
                return Text.of(_T["org_unavailable"], name=self.name(role, holder))
            if not any(self.available(p.id, slot) for p in people):
                return Text.of(_T["org_unavailable"], name=self.name(role, holder))
            return None
        problem = self.newcomer(role, holder)
        if problem is not None:
            return problem
        return self.unavailable(role, holder, slot)

    def unavailable(self, role: str, holder: int, slot: _Slot) -> Text | None:
        name = self.name(role, holder)
        away = self.absence(holder, slot.day)
        if away is not None:
            return (Text.of(_T["absent"], name=name, note=away[0]) if away[0]
                    else Text.of(_T["absent_plain"], name=name))
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return Text.of(_T["declined"], name=name)
        return None

    def holder_problem(self, role: str, holder: int, slot: _Slot) -> Text | None:
        """Why a fixed holder can no longer take the turn (the forecast then moves on)."""
        if role == HOST:
            if holder not in self.s.orgs:
                return Text.of(_T["moved_deleted"])
            if not self.org_people(holder, slot.day):
                return Text.of(_T["moved_org"], name=self.name(role, holder))
            return None
        p = self.s.people.get(holder)
        if p is None:
            return Text.of(_T["moved_deleted"])
        if not p.member_on(slot.day):
            return Text.of(_T["moved_left"], name=p.name)
        if self.absence(holder, slot.day) is not None:
            return Text.of(_T["moved_absent"], name=p.name)
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return Text.of(_T["moved_declined"], name=p.name)
        return None

    def overrides(self, slot: _Slot, role: str) -> _Overrides:
        ov = _Overrides()
        if slot.meeting is None:
            return ov
        for rec in self.by_meeting.get((slot.meeting.id, role), ()):
            holder = rec.holder
            if rec.kind == TURN:
                keep = (ov.fixed_rec is not None and ov.fixed_rec.kind in (VOLUNTEER, SWAP)
                        and ov.fixed == holder)  # a confirmed override keeps its reason
                if not keep:
                    ov.fixed, ov.fixed_rec, ov.deleted = holder, rec, holder is None
            elif rec.kind in (VOLUNTEER, SWAP):
                if holder is not None:
                    ov.fixed, ov.fixed_rec, ov.deleted = holder, rec, False
                    ov.excluded.pop(holder, None)
            elif rec.kind in (SKIP, HAND_BACK) and holder is not None:
                ov.excluded[holder] = rec
                if ov.fixed == holder:
                    ov.fixed, ov.fixed_rec = None, None
        return ov

    # --- texts ---------------------------------------------------------------------------
    def turns_text(self, role: str, holder: int) -> Text:
        count = self.counts[role][holder]
        name = self.name(role, holder)
        if count == 0:
            return Text.of(_NO_TURNS[role], name=name)
        return Text.of(_TURNS[role], name=name, count=count, date=self.last[role][holder])

    def override_text(self, role: str, rec: _Rec) -> Text:
        if rec.kind == VOLUNTEER:
            return Text.of(_T["volunteered"], reason=rec.reason)
        if rec.kind == SWAP:
            other = self.name(MODERATOR, rec.other_id) if rec.other_id else ""
            if role == HOST or not other:
                other = self._swapped_org(rec) if role == HOST else other
            return Text.of(_T["swapped"], other=other or "–", reason=rec.reason)
        return Text.of(_T["confirmed"], date=rec.created)

    def _swapped_org(self, rec: _Rec) -> str:
        """A host swap is stored as skip(old) + swap(new) with the same reason."""
        found = ""
        for other in self.by_meeting.get((rec.meeting_id, HOST), ()):
            if other.kind == SKIP and other.reason == rec.reason and other.id < rec.id:
                found = self.name(HOST, other.org_id)
        return found

    def proposal(self, role: str, holder: int | None, state: str, *, decided_by: Text | None,
                 notes: Iterable[Text] = (), reason: Text | None = None) -> RoleProposal:
        if holder is None:
            return RoleProposal(role, state, None, "", "", 0, None, reason, decided_by,
                                tuple(notes))
        return RoleProposal(
            role, state, holder, self.name(role, holder), self.org_name(role, holder),
            self.counts[role][holder], self.last[role].get(holder),
            reason or self.turns_text(role, holder), decided_by, tuple(notes))

    # --- filling one meeting -------------------------------------------------------------
    def fill(self, slot: _Slot) -> ForecastSlot:
        enabled = [r for r in ROLES if self.rule(r).enabled]
        ovs = {role: self.overrides(slot, role) for role in enabled}
        fixed: dict[str, RoleProposal] = {}
        pre_notes: dict[str, list[Text]] = defaultdict(list)
        moved: dict[str, int] = {}  # role -> the holder who can no longer take it
        for role in enabled:
            ov = ovs[role]
            field_value = slot.meeting.fields.get(role) if slot.meeting else None
            if field_value is not None:
                problem = self.holder_problem(role, field_value, slot)
                if problem is None:
                    rec = ov.fixed_rec
                    if rec is not None and ov.fixed == field_value:
                        fixed[role] = self.proposal(role, field_value, State.CONFIRMED,
                                                    decided_by=self.override_text(role, rec))
                    else:
                        fixed[role] = self.proposal(role, field_value, State.ASSIGNED,
                                                    decided_by=Text.of(_T["assigned"]))
                    continue
                pre_notes[role].append(problem)
                moved[role] = field_value
            elif ov.fixed is not None and ov.fixed_rec is not None:
                problem = self.holder_problem(role, ov.fixed, slot)
                if problem is None and ov.fixed_rec.kind != TURN:
                    fixed[role] = self.proposal(role, ov.fixed, State.OVERRIDE,
                                                decided_by=self.override_text(role, ov.fixed_rec))
                    continue
                if problem is not None:
                    pre_notes[role].append(problem)
                    moved[role] = ov.fixed
            elif ov.deleted:
                pre_notes[role].append(Text.of(_T["moved_deleted"]))

        taken = {p.holder_id for r, p in fixed.items() if r != HOST and p.holder_id is not None}
        result: dict[str, RoleProposal] = {}
        for role in ROLES:
            if role not in enabled:
                result[role] = RoleProposal(role, State.OFF, None, "", "", 0, None, None, None)
            elif role in fixed:
                result[role] = fixed[role]
            else:
                partner = None
                if role == CO_MODERATOR:
                    partner_p = result.get(MODERATOR)
                    partner = partner_p.holder_id if partner_p else None
                p = self.pick(role, slot, taken, partner, ovs[role].excluded, pre_notes[role],
                              moved.get(role))
                result[role] = p
                if role != HOST and p.holder_id is not None:
                    taken.add(p.holder_id)
        for role, p in fixed.items():  # what the rule alone would say about a hand entry
            if p.state != State.ASSIGNED:
                continue
            others = {q.holder_id for r, q in fixed.items()
                      if r not in (role, HOST) and q.holder_id is not None}
            alt = self.pick(role, slot, others if role != HOST else set(), None,
                            ovs[role].excluded, [])
            if alt.holder_id is not None and alt.holder_id != p.holder_id:
                result[role] = RoleProposal(
                    p.role, p.state, p.holder_id, p.name, p.organisation, p.turns, p.last_on,
                    p.reason, p.decided_by,
                    (*p.notes, Text.of(_T["rule_alone"], name=alt.name)))
        meeting = slot.meeting
        return ForecastSlot(
            slot.index, slot.meeting_id, slot.day,
            meeting.start_at if meeting else None, meeting.end_at if meeting else None,
            slot.title, meeting.status if meeting else "",
            tuple(result[r] for r in ROLES))

    def _free(self, role: str, ranked: list[int], slot: _Slot, excluded: dict[int, _Rec],
              taken: set[int], partner: int | None) -> list[int]:
        """The candidates not blocked, in rank order. Usually only the first two that meet
        every constraint matter, so the scan stops there; otherwise it goes to the end."""
        prev = self.prev[role] if role in (HOST, MODERATOR) else None
        partner_p = self.s.people.get(partner) if partner is not None else None
        partner_org = partner_p.org_id if partner_p and role == CO_MODERATOR else None
        out, clean = [], 0
        for h in ranked:
            if self.blocked(role, h, slot, excluded):
                continue
            out.append(h)
            if h == prev or (role != HOST and h in taken):
                continue
            if partner_org is not None:
                p = self.s.people.get(h)
                if p is not None and p.org_id == partner_org:
                    continue
            clean += 1
            if clean == 2:
                break
        return out

    def pick(self, role: str, slot: _Slot, taken: set[int], partner: int | None,
             excluded: dict[int, _Rec], pre_notes: list[Text],
             moved_holder: int | None = None) -> RoleProposal:
        moved = bool(pre_notes)
        pool = self.pool(role, slot.day)
        ranked = sorted(pool, key=lambda h: self.key(role, h))
        hard = _Lazy(lambda h: self.hard_problem(role, h, slot, excluded))
        free = self._free(role, ranked, slot, excluded, taken, partner)
        if not free:
            if not pool:
                why = _T["nobody_org"] if role == HOST else _T["nobody_eligible"]
            elif role != HOST and all(self.is_newcomer(role, h) for h in pool):
                why = _T["nobody_newcomers"]
            else:
                why = _T["nobody_available"]
            notes = [*pre_notes, *[hard[h] for h in ranked[:MAX_NOTES]]]
            return self.proposal(role, None, State.NOBODY, decided_by=None, notes=notes,
                                 reason=Text.of(why))
        ok_hard = free

        # soft constraints, the most dispensable first
        soft: list[tuple[str, Callable[[int], Text | None]]] = []
        partner_org = None
        if partner is not None:
            pp = self.s.people.get(partner)
            partner_org = pp.org_id if pp else None
        if role == CO_MODERATOR and partner_org is not None:
            def other_org(h):
                p = self.s.people.get(h)
                if p and p.org_id == partner_org:
                    return Text.of(_T["same_org"], name=p.name)
                return None
            soft.append(("org", other_org))
        if role in (HOST, MODERATOR):
            prev = self.prev[role]

            def not_prev(h):
                if prev is not None and h == prev:
                    return Text.of(_PREVIOUS[role], name=self.name(role, h))
                return None
            soft.append(("prev", not_prev))
        if role != HOST:
            def one_role(h):
                if h in taken:
                    return Text.of(_T["other_role"], name=self.name(role, h))
                return None
            soft.append(("role", one_role))

        for level in range(len(soft) + 1):
            active = soft[level:]
            ok = [h for h in ok_hard if all(check(h) is None for _, check in active)]
            if ok:
                dropped = soft[:level]
                ok.sort(key=lambda h: sum(check(h) is not None for _, check in dropped))
                break
        pick = ok[0]

        notes = list(pre_notes)
        ahead = ranked[:ranked.index(pick)]
        by_weight = sorted(soft, key=lambda c: ("role", "prev", "org").index(c[0]))
        for h in ahead:
            if len(notes) - len(pre_notes) >= MAX_NOTES:
                break
            if h == moved_holder:  # already explained
                continue
            why = hard[h]
            if why is None:
                why = next((t for _, check in by_weight if (t := check(h)) is not None), None)
            if why is not None:
                notes.append(why)
        for name, check in soft:
            if check(pick) is None:
                continue
            if name == "prev":
                notes.append(Text.of(_RELAXED_PREVIOUS[role], name=self.name(role, pick)))
            elif name == "org":
                notes.append(Text.of(_T["relaxed_org"], org=self.org_name(role, pick)))
            elif name == "role":
                notes.append(Text.of(_T["relaxed_role"], name=self.name(role, pick)))

        if len(ok) == 1:
            decided = Text.of(_T["only"])
        else:
            runner = ok[1]
            kp, kr = self.key(role, pick), self.key(role, runner)
            other = self.name(role, runner)
            if kp[0] < kr[0]:
                decided = Text.of(_T["fewest"])
            elif kp[1] < kr[1]:
                decided = Text.of(_T["longer_ago"], other=other)
            elif kp[2] < kr[2]:
                decided = Text.of(_T["joined"], other=other)
            else:
                decided = Text.of(_T["alphabet"], other=other)
        state = State.MOVED_ON if moved else State.PROPOSED
        return self.proposal(role, pick, state, decided_by=decided, notes=notes)

    def advance(self, slot: _Slot, filled: ForecastSlot) -> None:
        """Count the turns of a filled coming meeting before filling the next."""
        for p in filled.roles:
            if p.state == State.OFF:
                continue
            if p.holder_id is not None:
                self.counts[p.role][p.holder_id] += 1
                self.last[p.role][p.holder_id] = slot.day
            self.prev[p.role] = p.holder_id
        for person in self.s.people.values():
            if person.member_on(slot.day) and self.available(person.id, slot):
                self.attended[person.id] += 1

    # --- candidates for an override ---------------------------------------------------------
    def check_taker(self, role: str, holder: int, slot: _Slot, filled: ForecastSlot
                    ) -> tuple[str, dict] | None:
        """Why *holder* cannot take the turn of *role* (an error template and params)."""
        name = self.name(role, holder)
        if role == HOST:
            if holder not in self.s.orgs:
                raise NotFoundError()
            if holder in self.rule(HOST).excluded_ids:
                return _E["excluded"], {"name": name}
            people = [p for p in self.org_people(holder, slot.day)
                      if self.newcomer(HOST, p.id) is None and self.available(p.id, slot)]
            if not people:
                return _E["org_nobody"], {"name": name}
            return None
        p = self.s.people.get(holder)
        if p is None:
            raise NotFoundError()
        if not p.member_on(slot.day):
            return _E["not_member"], {"name": name}
        if holder in self.rule(role).excluded_ids:
            return _E["excluded"], {"name": name}
        if self.newcomer(role, holder) is not None:
            return _E["newcomer"], {"name": name, "attended": self.attended[holder],
                                    "required": self.rule(role).min_attended}
        if self.absence(holder, slot.day) is not None:
            return _E["absent"], {"name": name}
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return _E["declined"], {"name": name}
        for other in filled.roles:
            if (other.role not in (role, HOST) and other.holder_id == holder
                    and other.state in (State.CONFIRMED, State.ASSIGNED, State.OVERRIDE)):
                return _E["other_role"], {"name": name}
        return None


# --- building the forecast -------------------------------------------------------------------


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _cadence_text(snap: _Snapshot) -> Text:
    n = snap.cadence_interval
    if snap.cadence_unit == "week":
        return Text.of(_T["weekly"]) if n == 1 else Text.of(_T["every_weeks"], n=n)
    return Text.of(_T["monthly"]) if n == 1 else Text.of(_T["every_months"], n=n)


def _slots(snap: _Snapshot, today: dt.date, n: int, *, until: dt.date | None = None
           ) -> list[_Slot]:
    """The next *n* coming meetings: planned ones, then dates from the cadence.

    With *until*, the planned meetings before that date and then that date itself.
    """
    upcoming = snap.upcoming
    if until is not None:
        chosen = [m for m in upcoming if m.day < until]
        slots = [_Slot(i, m.day, m, m.title) for i, m in enumerate(chosen)]
        slots.append(_Slot(len(slots), until, None, ""))
        return slots
    slots = [_Slot(i, m.day, m, m.title) for i, m in enumerate(upcoming[:n])]
    if len(slots) < n:
        last = snap.meetings[-1].day if snap.meetings else None
        anchor = last or today
        after = max(anchor, today - dt.timedelta(days=1))
        for day in cadence_dates(anchor, after, n - len(slots), unit=snap.cadence_unit,
                                 interval=snap.cadence_interval, weekdays=snap.weekdays):
            slots.append(_Slot(len(slots), day, None, ""))
    return slots


def _run(snap: _Snapshot, today: dt.date, slots: list[_Slot]) -> tuple[_Engine, list[ForecastSlot]]:
    engine = _Engine(snap, today)
    out = []
    for slot in slots:
        filled = engine.fill(slot)
        out.append(filled)
        engine.advance(slot, filled)
    return engine, out


def _hints(snap: _Snapshot, engine_before: _Engine, today: dt.date,
           slots: list[ForecastSlot]) -> list[Text]:
    hints: list[Text] = []
    e = engine_before
    if snap.rules[HOST].enabled:
        for org_id in e.pool(HOST, today):
            last = e.last[HOST].get(org_id)
            if last is None:
                since = e.org_joined.get(org_id)
                if since and since != dt.date.min and (today - since).days >= 365:
                    hints.append(Text.of(_T["hint_never_hosted"], name=e.name(HOST, org_id),
                                         date=since))
            elif (today - last).days >= HINT_YEARS * 365:
                years = (today - last).days // 365
                hints.append(Text.of(_T["hint_not_hosted"], name=e.name(HOST, org_id),
                                     years=years, date=last))
    if snap.rules[MODERATOR].enabled:
        pool = [h for h in e.pool(MODERATOR, today) if e.newcomer(MODERATOR, h) is None]
        if len(pool) >= 2:
            by_count = sorted(pool, key=lambda h: e.key(MODERATOR, h))
            least, most = by_count[0], max(pool, key=lambda h: (e.counts[MODERATOR][h],
                                                                 e.last[MODERATOR].get(h)))
            lo, hi = e.counts[MODERATOR][least], e.counts[MODERATOR][most]
            if hi - lo >= 2:
                hints.append(Text.of(_T["hint_uneven"], most=e.name(MODERATOR, most), max=hi,
                                     least=e.name(MODERATOR, least), min=lo))
    planned = [s for s in slots if s.meeting_id is not None]
    if any(s.meeting_id is None for s in slots):
        last = planned[-1].day if planned else (snap.meetings[-1].day if snap.meetings else today)
        hints.append(Text.of(_T["hint_estimated"], date=last, cadence=_cadence_text(snap)))
    return hints


def forecast(session: Session, group_id: int, n: int = 4, *,
             today: dt.date | None = None) -> Forecast:
    """Who hosts, moderates, co-moderates and writes the protocol of the next *n* meetings."""
    today = _today(today)
    n = max(1, min(int(n), MAX_FORECAST))
    snap = _load(session, group_id, today)
    slots = _slots(snap, today, n)
    before = _Engine(snap, today)
    _engine, filled = _run(snap, today, slots)
    filled = [_titled(f) for f in filled]
    return Forecast(
        snap.group_id, snap.group_name, today, _cadence_text(snap), tuple(filled),
        tuple(r for r in ROLES if snap.rules[r].enabled),
        tuple(_hints(snap, before, today, filled)))


def _titled(slot: ForecastSlot) -> ForecastSlot:
    if slot.title:
        return slot
    return ForecastSlot(slot.index, slot.meeting_id, slot.day, slot.start_at, slot.end_at,
                        _T["cadence_title"], slot.status, slot.roles)


def _meeting_slot(session: Session, meeting_id: int, today: dt.date
                  ) -> tuple[E.Meeting, _Engine, _Slot, ForecastSlot]:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    snap = _load(session, meeting.group_id, today)
    upcoming = snap.upcoming
    index = next((i for i, m in enumerate(upcoming) if m.id == meeting_id), None)
    if index is None:
        raise UserError(_E["past"], title=meeting.title)
    slots = [_Slot(i, m.day, m, m.title) for i, m in enumerate(upcoming[:index + 1])]
    engine = _Engine(snap, today)
    for slot in slots[:-1]:
        engine.advance(slot, engine.fill(slot))
    return meeting, engine, slots[-1], engine.fill(slots[-1])


def propose_for_meeting(session: Session, meeting_id: int, *,
                        today: dt.date | None = None) -> ForecastSlot:
    """The rotation's proposal for one coming meeting (e.g. for the meeting editor).

    Raises a ``UserError`` for a meeting that is over or cancelled.
    """
    return _meeting_slot(session, meeting_id, _today(today))[3]


def propose_for_date(session: Session, group_id: int, day: dt.date, *,
                     exclude_meeting_id: int | None = None,
                     today: dt.date | None = None) -> ForecastSlot:
    """The proposal for a meeting not saved yet, on *day* (after the planned ones before).

    *exclude_meeting_id*: a meeting being moved to *day* (it is left out of the planned
    ones before).
    """
    today = _today(today)
    snap = _load(session, group_id, today)
    if exclude_meeting_id is not None:
        snap.meetings = [m for m in snap.meetings if m.id != exclude_meeting_id]
    _engine, filled = _run(snap, today, _slots(snap, today, 0, until=day))
    return _titled(filled[-1])


# --- history and balance ------------------------------------------------------------------------


def _history(snap: _Snapshot, engine: _Engine, forecast_slots: list[ForecastSlot]
             ) -> tuple[HistoryRow, ...]:
    rows: list[HistoryRow] = []
    meetings = {m.id: m for m in snap.meetings}
    for m, role, holder in engine.history:
        rec = engine.turn_recs.get((m.id, role))
        rows.append(HistoryRow(m.day, m.id, m.title, role, TURN, engine.name(role, holder), "",
                               "", False, rec.id if rec else None))
    for s in forecast_slots:
        for p in s.roles:
            if p.state == State.CONFIRMED and s.meeting_id is not None:
                rows.append(HistoryRow(s.day, s.meeting_id, s.title, p.role, TURN, p.name, "",
                                       "", True))
    for rec in snap.records:
        if rec.kind == TURN or rec.role not in ROLES:
            continue
        m = meetings.get(rec.meeting_id) if rec.meeting_id else None
        if rec.role == HOST and rec.kind == SKIP and any(
                o.kind == SWAP and o.reason == rec.reason and o.id > rec.id
                for o in engine.by_meeting.get((rec.meeting_id, HOST), ())):
            continue  # the first half of a host swap: shown with the swap
        other = ""
        if rec.kind == SWAP:
            other = (engine._swapped_org(rec) if rec.role == HOST
                     else engine.name(MODERATOR, rec.other_id))
        rows.append(HistoryRow(
            m.day if m else rec.created, rec.meeting_id, m.title if m else "", rec.role,
            rec.kind, engine.name(rec.role, rec.holder), other, rec.reason,
            bool(m and not m.past), rec.id))
    order = {r: i for i, r in enumerate(ROLES)}
    rows.sort(key=lambda r: (r.day, r.meeting_id or 0, order[r.role], r.kind != TURN,
                             r.record_id or 0), reverse=True)
    return tuple(rows)


def _balance(snap: _Snapshot, engine: _Engine, today: dt.date) -> Balance:
    roles = tuple(r for r in PERSON_ROLES if snap.rules[r].enabled)
    members = []
    for p in snap.people.values():
        if not p.member_on(today):
            continue
        turns = {r: engine.counts[r][p.id] for r in roles}
        lasts = [engine.last[r][p.id] for r in roles if p.id in engine.last[r]]
        members.append(MemberBalance(p.id, p.name, snap.orgs.get(p.org_id, "")
                                     if p.org_id is not None else "", turns,
                                     max(lasts) if lasts else None))
    members.sort(key=lambda m: (-m.total, sort_text(m.name), m.id))
    org_ids = {p.org_id for p in snap.people.values()
               if p.org_id is not None and p.member_on(today)}
    org_ids |= {h for h in engine.counts[HOST] if h in snap.orgs}
    orgs = []
    for org_id in org_ids:
        member_turns = {r: 0 for r in roles}
        for r in roles:
            for holder, count in engine.counts[r].items():
                person = snap.people.get(holder)
                if person and person.org_id == org_id:
                    member_turns[r] += count
        orgs.append(OrgBalance(org_id, snap.orgs[org_id], engine.counts[HOST][org_id],
                               engine.last[HOST].get(org_id), member_turns))
    orgs.sort(key=lambda o: (-o.hosted, sort_text(o.name), o.id))
    return Balance(roles, snap.rules[HOST].enabled, tuple(members), tuple(orgs))


def history(session: Session, group_id: int, *, today: dt.date | None = None
            ) -> tuple[HistoryRow, ...]:
    """Every turn held and every override, newest first."""
    return view(session, group_id, today=today).history


def balance(session: Session, group_id: int, *, today: dt.date | None = None) -> Balance:
    """Turns held so far per current member and per organisation."""
    today = _today(today)
    snap = _load(session, group_id, today)
    return _balance(snap, _Engine(snap, today), today)


def view(session: Session, group_id: int, n: int = 4, *,
         today: dt.date | None = None) -> RotationView:
    """Forecast, history and balance of a group, read in one go (the rotation page)."""
    today = _today(today)
    n = max(1, min(int(n), MAX_FORECAST))
    snap = _load(session, group_id, today)
    slots = _slots(snap, today, n)
    before = _Engine(snap, today)
    _engine, filled = _run(snap, today, slots)
    filled = [_titled(f) for f in filled]
    fc = Forecast(snap.group_id, snap.group_name, today, _cadence_text(snap), tuple(filled),
                  tuple(r for r in ROLES if snap.rules[r].enabled),
                  tuple(_hints(snap, before, today, filled)))
    return RotationView(fc, _history(snap, before, filled), _balance(snap, before, today))


# --- rules ----------------------------------------------------------------------------------------


def _choices(snap: _Snapshot, today: dt.date) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    people = sorted((p for p in snap.people.values() if p.member_on(today)),
                    key=lambda p: (p.sort, p.id))
    members = tuple(Choice(p.id, p.name, snap.orgs.get(p.org_id, "") if p.org_id else "")
                    for p in people)
    org_ids = sorted({p.org_id for p in people if p.org_id is not None},
                     key=lambda o: (sort_text(snap.orgs.get(o, "")), o))
    return members, tuple(Choice(o, snap.orgs.get(o, "")) for o in org_ids)


def get_rules(session: Session, group_id: int, *, today: dt.date | None = None) -> RulesInfo:
    """The rule of every role (defaults where none is stored) and who could be excluded."""
    today = _today(today)
    snap = _load(session, group_id, today)
    members, orgs = _choices(snap, today)
    return RulesInfo(snap.group_id, snap.group_name, tuple(snap.rules[r] for r in ROLES),
                     members, orgs)


def _ensure_rules(session: Session, group_id: int) -> dict[str, E.RotationRule]:
    """The stored rules of a group; the missing ones are created with the defaults."""
    stored = {r.role: r for r in session.scalars(
        select(E.RotationRule).where(E.RotationRule.group_id == group_id))}
    for role in ROLES:
        if role not in stored:
            rule = E.RotationRule(group_id=group_id, role=role, enabled=True, min_attended=1,
                                  excluded_member_ids="")
            session.add(rule)
            stored[role] = rule
    return stored


def save_rules(session: Session, group_id: int, rules: Iterable[RuleData]) -> None:
    """Store the rules of a group (one undo step for all roles)."""
    if session.get(E.Group, group_id) is None:
        raise NotFoundError()
    rules = list(rules)
    for data in rules:
        if data.role not in ROLES:
            raise ValueError(f"unknown rotation role {data.role!r}")
        if not 0 <= int(data.min_attended) <= MAX_MIN_ATTENDED:
            raise ValidationError(_E["min_attended"], field=f"{data.role}.min_attended",
                                  max=MAX_MIN_ATTENDED)
    stored = _ensure_rules(session, group_id)
    for data in rules:
        rule = stored[data.role]
        excluded = ",".join(str(i) for i in sorted(set(data.excluded_ids)))
        for key, value in (("enabled", bool(data.enabled)),
                           ("min_attended", int(data.min_attended)),
                           ("excluded_member_ids", excluded)):
            if getattr(rule, key) != value:
                setattr(rule, key, value)


# --- confirming and overriding ---------------------------------------------------------------------


def _check_role(snap_rules: dict[str, RuleData], role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown rotation role {role!r}")
    if not snap_rules[role].enabled:
        raise RotationError(_E["role_off"], role=_role_word(role))


def _role_word(role: str) -> Text:
    """A role's name inside an error message (translated when the message is shown)."""
    return Text.of(ROLE_LABELS[role])


def confirm(session: Session, meeting_id: int, *, roles: Iterable[str] | None = None,
            expected: dict[str, int | None] | None = None,
            today: dt.date | None = None) -> int:
    """Write the proposal for a coming meeting to the meeting and to the rotation history.

    *roles* limits it to some roles; *expected* (role -> holder, as the user saw it) makes
    sure nothing changed in between. Returns the number of roles written. Raises a
    ``UserError`` (and writes nothing) when a role has nobody to propose.
    """
    today = _today(today)
    meeting, _engine, _slot, filled = _meeting_slot(session, meeting_id, today)
    wanted = set(roles) if roles is not None else None
    targets = [p for p in filled.roles if p.state != State.OFF
               and (wanted is None or p.role in wanted)]
    if expected is not None:
        for p in targets:
            if p.role in expected and expected[p.role] != p.holder_id:
                raise UserError(_E["changed"], title=meeting.title)
    for p in targets:
        if p.state == State.NOBODY:
            raise RotationError(_E["nobody"], role=_role_word(p.role), title=meeting.title,
                                why=p.reason or "")
    _ensure_rules(session, meeting.group_id)
    written = 0
    for p in targets:
        if p.state == State.CONFIRMED:
            continue
        attr = FIELDS[p.role]
        if getattr(meeting, attr) != p.holder_id:
            setattr(meeting, attr, p.holder_id)
        session.add(_record(meeting, p.role, TURN, p.holder_id))
        written += 1
    return written


def _record(meeting: E.Meeting, role: str, kind: str, holder: int | None, *,
            other: int | None = None, reason: str = "") -> E.RotationRecord:
    return E.RotationRecord(
        group_id=meeting.group_id, meeting_id=meeting.id, role=role, kind=kind,
        member_id=None if role == HOST else holder,
        organisation_id=holder if role == HOST else None,
        other_member_id=other, reason=reason)


def _clean_reason(reason: str) -> str:
    cleaned = textmod.clean(reason, max_len=REASON_MAX, field="reason", multiline=True)
    if not cleaned:
        raise ValidationError(_E["reason"], field="reason")
    return cleaned


def _override_setup(session: Session, meeting_id: int, role: str, reason: str,
                    today: dt.date | None):
    today = _today(today)
    cleaned = _clean_reason(reason)
    meeting, engine, slot, filled = _meeting_slot(session, meeting_id, today)
    _check_role(engine.s.rules, role)
    _ensure_rules(session, meeting.group_id)
    return cleaned, meeting, engine, slot, filled, filled.role(role)


def _taker_error(engine: _Engine, role: str, holder: int | None, slot: _Slot,
                 filled: ForecastSlot) -> None:
    if holder is None:
        raise ValidationError(_E["choose"], field="holder")
    problem = engine.check_taker(role, holder, slot, filled)
    if problem is not None:
        template, params = problem
        raise ValidationError(template, field="holder", **params)


def volunteer(session: Session, meeting_id: int, role: str, holder_id: int, reason: str, *,
              today: dt.date | None = None) -> None:
    """*holder_id* (a member, or an organisation for the host role) takes this turn."""
    reason, meeting, engine, slot, filled, current = _override_setup(
        session, meeting_id, role, reason, today)
    if current.holder_id == holder_id and current.state != State.NOBODY:
        raise ValidationError(_E["same_person"], field="holder",
                              name=engine.name(role, holder_id))
    _taker_error(engine, role, holder_id, slot, filled)
    other = current.holder_id if role != HOST else None
    session.add(_record(meeting, role, VOLUNTEER, holder_id, other=other, reason=reason))
    _follow(meeting, role, holder_id, current)


def swap(session: Session, meeting_id: int, role: str, holder_id: int, reason: str, *,
         today: dt.date | None = None) -> None:
    """*holder_id* takes the turn of whoever is due at this meeting.

    The one who was due keeps their count and so comes next; when the one taking over
    already holds a fixed turn at a later planned meeting, that turn goes to the one who
    was due (if they can take it).
    """
    today = _today(today)
    reason, meeting, engine, slot, filled, current = _override_setup(
        session, meeting_id, role, reason, today)
    due = current.holder_id
    if due is None:
        raise RotationError(_E["no_turn"], role=_role_word(role), title=meeting.title)
    if due == holder_id:
        raise ValidationError(_E["same_person"], field="holder",
                              name=engine.name(role, holder_id))
    _taker_error(engine, role, holder_id, slot, filled)
    if role == HOST:
        session.add(_record(meeting, role, SKIP, due, reason=reason))
        session.add(_record(meeting, role, SWAP, holder_id, reason=reason))
    else:
        session.add(_record(meeting, role, SWAP, holder_id, other=due, reason=reason))
    _follow(meeting, role, holder_id, current)
    # the later fixed turn of the one taking over goes to the one who was due
    upcoming = engine.s.upcoming
    position = next(i for i, m in enumerate(upcoming) if m.id == meeting.id)
    for m in upcoming[position + 1:]:
        fixed = m.fields.get(role)
        if fixed is None:
            ov = engine.overrides(_Slot(0, m.day, m, m.title), role)
            fixed = ov.fixed if ov.fixed_rec is not None and ov.fixed_rec.kind != TURN else None
        if fixed != holder_id:
            continue
        try:
            later_meeting, l_engine, l_slot, l_filled = _meeting_slot(session, m.id, today)
        except UserError:
            break
        if l_engine.check_taker(role, due, l_slot, l_filled) is not None:
            break
        if role == HOST:
            session.add(_record(later_meeting, role, SKIP, holder_id, reason=reason))
            session.add(_record(later_meeting, role, SWAP, due, reason=reason))
        else:
            session.add(_record(later_meeting, role, SWAP, due, other=holder_id, reason=reason))
        if getattr(later_meeting, FIELDS[role]) == holder_id:
            setattr(later_meeting, FIELDS[role], due)
        break


def skip(session: Session, meeting_id: int, role: str, holder_id: int, reason: str, *,
         today: dt.date | None = None) -> None:
    """Pass *holder_id* over for this one meeting (their count stays, so they come next)."""
    reason, meeting, engine, _slot, _filled, _current = _override_setup(
        session, meeting_id, role, reason, today)
    if holder_id is None:
        raise ValidationError(_E["choose"], field="holder")
    if role == HOST:
        if holder_id not in engine.s.orgs:
            raise NotFoundError()
    elif holder_id not in engine.s.people:
        raise NotFoundError()
    session.add(_record(meeting, role, SKIP, holder_id, reason=reason))
    if getattr(meeting, FIELDS[role]) == holder_id:
        setattr(meeting, FIELDS[role], None)


def hand_back(session: Session, meeting_id: int, role: str, reason: str, *,
              today: dt.date | None = None) -> None:
    """Whoever holds the turn gives it back; the forecast proposes the next one."""
    reason, meeting, _engine, _slot, _filled, current = _override_setup(
        session, meeting_id, role, reason, today)
    holder = current.holder_id
    if holder is None:
        raise RotationError(_E["no_turn"], role=_role_word(role), title=meeting.title)
    session.add(_record(meeting, role, HAND_BACK, holder, reason=reason))
    if getattr(meeting, FIELDS[role]) == holder:
        setattr(meeting, FIELDS[role], None)


def _follow(meeting: E.Meeting, role: str, holder_id: int, current: RoleProposal) -> None:
    """A role already written to the meeting follows the override."""
    attr = FIELDS[role]
    if getattr(meeting, attr) is not None and getattr(meeting, attr) != holder_id:
        setattr(meeting, attr, holder_id)


def candidates(session: Session, meeting_id: int, role: str, *,
               today: dt.date | None = None) -> tuple[Candidate, ...]:
    """Everyone who could be named in an override of *role* at this meeting, by name,
    with why they cannot take the turn (``problem``) where they cannot."""
    today = _today(today)
    _meeting, engine, slot, filled = _meeting_slot(session, meeting_id, today)
    current = filled.role(role)
    snap = engine.s
    if role == HOST:
        ids = sorted({p.org_id for p in snap.people.values()
                      if p.org_id is not None and p.in_group and p.active},
                     key=lambda o: (sort_text(snap.orgs.get(o, "")), o))
    else:
        ids = [p.id for p in sorted(snap.people.values(), key=lambda p: (p.sort, p.id))
               if p.in_group and p.active]
    out = []
    for h in ids:
        problem = engine.check_taker(role, h, slot, filled)
        text = None
        if problem is not None:
            template, params = problem
            text = Text(template, tuple(params.items()), "errors")
        out.append(Candidate(h, engine.name(role, h), engine.org_name(role, h),
                             engine.counts[role][h], engine.last[role].get(h), text,
                             current is not None and current.holder_id == h))
    return tuple(out)


# --- groups -----------------------------------------------------------------------------------


def group_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(E.Group)) or 0
