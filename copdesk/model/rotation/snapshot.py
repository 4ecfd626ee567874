"""The data the rotation rule works on, read from the session in one go (``load_snapshot``).

Plain dataclasses (people, meetings, rotation records, slots, the overrides of one slot)
and the small parsing helpers for stored values. Kept apart from the engine so that the
rule itself never touches the database: it only sees a ``Snapshot``. The stored rules
are read here (``_rules``) and, before a write, completed with the defaults
(``ensure_rules``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.errors import NotFoundError
from copdesk.model.localtime import DEFAULT_ZONE as BERLIN
from copdesk.model.rotation.dto import RuleData
from copdesk.model.rotation.roles import FIELDS, HOST, ROLES
from copdesk.model.tables import AttendanceStatus, MeetingStatus

# --- the snapshot the rule works on -----------------------------------------------------------


@dataclass
class Person:
    id: int
    name: str
    sort: tuple[str, str]
    org_id: int | None
    joined: dt.date | None = None  # in this group
    left: dt.date | None = None
    active: bool = True
    in_group: bool = False

    def member_on(self, day: dt.date) -> bool:
        """One of the group's people on *day* (``groups.member_on``); the rotation also
        leaves out days before they joined, so that past turns are counted fairly."""
        return (
            self.in_group
            and groups.member_on(day, left=self.left, active=self.active)
            and (self.joined is None or self.joined <= day)
        )


@dataclass
class MeetingFacts:
    id: int
    title: str
    day: dt.date
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    fields: dict[str, int | None]
    past: bool


@dataclass
class Record:
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
class Slot:
    index: int
    day: dt.date
    meeting: MeetingFacts | None
    title: str

    @property
    def meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting else None


@dataclass
class SlotOverrides:
    """What the records of one coming meeting and role say."""

    fixed: int | None = None
    fixed_rec: Record | None = None
    excluded: dict[int, Record] = field(default_factory=dict)
    deleted: bool = False


@dataclass
class Snapshot:
    group_id: int
    group_name: str
    cadence_unit: str
    cadence_interval: int
    weekdays: tuple[int, ...]
    rules: dict[str, RuleData]
    people: dict[int, Person]
    orgs: dict[int, str]
    meetings: list[MeetingFacts]  # not cancelled, by date
    records: list[Record]  # by id
    absences: dict[int, list[tuple[dt.date, dt.date, str]]]
    declined: dict[int, set[int]]  # meeting id -> members who declined or were excused
    attended: Counter[int]  # member -> meetings of the group attended (past meetings)
    recorded: set[int]  # meetings with attendance taken

    @property
    def past(self) -> list[MeetingFacts]:
        return [m for m in self.meetings if m.past]

    @property
    def upcoming(self) -> list[MeetingFacts]:
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
        if part.isascii() and part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return tuple(sorted(days)) or (1, 2, 3, 4, 5)


def _ids(value: str) -> tuple[int, ...]:
    out = set()
    for part in (value or "").split(","):
        part = part.strip()
        if part.isascii() and part.isdigit():  # int("²") fails
            out.add(int(part))
    return tuple(sorted(out))


def _rules(session: Session, group_id: int) -> dict[str, RuleData]:
    stored = {
        r.role: r
        for r in session.scalars(select(E.RotationRule).where(E.RotationRule.group_id == group_id))
    }
    out = {}
    for role in ROLES:
        r = stored.get(role)
        out[role] = (
            RuleData(role)
            if r is None
            else RuleData(
                role, bool(r.enabled), max(0, r.min_attended or 0), _ids(r.excluded_member_ids)
            )
        )
    return out


def ensure_rules(session: Session, group_id: int) -> dict[str, E.RotationRule]:
    """The stored rules of a group; the missing ones are created with the defaults."""
    stored = {
        r.role: r
        for r in session.scalars(select(E.RotationRule).where(E.RotationRule.group_id == group_id))
    }
    for role in ROLES:
        if role not in stored:
            rule = E.RotationRule(
                group_id=group_id, role=role, enabled=True, min_attended=1, excluded_member_ids=""
            )
            session.add(rule)
            stored[role] = rule
    return stored


def load_snapshot(session: Session, group_id: int, today: dt.date) -> Snapshot:
    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    people: dict[int, Person] = {}
    member_joined: dict[int, dt.date | None] = {}
    member_left: dict[int, dt.date | None] = {}
    mb = E.Member
    for m_id, first, last, org_id, active, forgotten, joined, left in session.execute(
        select(
            mb.id,
            mb.first_name,
            mb.last_name,
            mb.organisation_id,
            mb.active,
            mb.forgotten_on,
            mb.joined_on,
            mb.left_on,
        )
    ):
        name = " ".join(p for p in (first, last) if p)
        people[m_id] = Person(
            m_id,
            name,
            (sort_text(last), sort_text(first)),
            org_id,
            active=bool(active) and forgotten is None,
        )
        member_joined[m_id], member_left[m_id] = joined, left
    gms = E.GroupMembership
    for member_id, joined, left in session.execute(
        select(gms.member_id, gms.joined_on, gms.left_on).where(gms.group_id == group_id)
    ):
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
    for m in session.scalars(
        select(mt).where(mt.group_id == group_id).order_by(mt.start_at, mt.id)
    ):
        if m.status == MeetingStatus.CANCELLED:
            continue
        day = _local_day(m.start_at, m.tz)
        meetings.append(
            MeetingFacts(
                m.id,
                m.title,
                day,
                m.start_at,
                m.end_at,
                m.status,
                {role: getattr(m, FIELDS[role]) for role in ROLES},
                past=m.status == MeetingStatus.HELD or day < today,
            )
        )
    meetings.sort(key=lambda m: (m.day, m.start_at, m.id))
    past_ids = {m.id for m in meetings if m.past}

    rr = E.RotationRecord
    records = [
        Record(
            r_id,
            meeting_id,
            role,
            kind,
            member_id,
            org_id,
            other_id,
            reason or "",
            _local_day(created, None),
        )
        for r_id, meeting_id, role, kind, member_id, org_id, other_id, reason, created in session.execute(
            select(
                rr.id,
                rr.meeting_id,
                rr.role,
                rr.kind,
                rr.member_id,
                rr.organisation_id,
                rr.other_member_id,
                rr.reason,
                rr.created_at,
            )
            .where(rr.group_id == group_id)
            .order_by(rr.id)
        )
    ]

    absences: dict[int, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    gm = E.GroupMembership
    ab = E.Absence
    for member_id, start, end, note in session.execute(
        select(ab.member_id, ab.start_on, ab.end_on, ab.note)
        .join(gm, gm.member_id == ab.member_id)
        .where(gm.group_id == group_id)
        .order_by(ab.start_on, ab.id)
    ):
        absences[member_id].append((start, end, note or ""))

    declined: dict[int, set[int]] = defaultdict(set)
    attended: Counter[int] = Counter()
    at = E.Attendance
    rows = session.execute(
        select(at.meeting_id, at.member_id, at.status)
        .join(mt, mt.id == at.meeting_id)
        .where(mt.group_id == group_id)
    )
    unavailable = {AttendanceStatus.DECLINED.value, AttendanceStatus.EXCUSED.value}
    recorded: set[int] = set()
    for meeting_id, member_id, status in rows:
        recorded.add(meeting_id)
        if status in unavailable:
            declined[meeting_id].add(member_id)
        elif status == AttendanceStatus.ATTENDED and meeting_id in past_ids:
            attended[member_id] += 1

    unit = group.cadence_unit if group.cadence_unit in ("week", "month") else "month"
    return Snapshot(
        group.id,
        group.name,
        unit,
        max(1, group.cadence_interval or 1),
        _weekdays(group.preferred_weekdays),
        _rules(session, group_id),
        people,
        orgs,
        meetings,
        records,
        dict(absences),
        dict(declined),
        attended,
        recorded,
    )
