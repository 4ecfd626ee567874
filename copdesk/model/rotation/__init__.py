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
the same forecast. Explanations are :class:`~copdesk.model.rotation.dto.Text` values
(templates in context ``"rotation"``) rendered by the UI and the command line.

Where the code is
=================

This module is the entry point: ``from copdesk.model import rotation`` gives every public
name below. It holds the read use cases (``forecast``, ``propose_for_meeting``,
``propose_for_date``, ``history``, ``balance``, ``view``) and the rules (``get_rules``,
``save_rules``); the rest lives in modules named for what they do, re-exported here:

* ``rotation_roles`` — roles, record kinds, meeting fields, limits;
* ``rotation_texts`` — labels, explanation and error templates, ``RotationError``;
* ``rotation_snapshot`` — the data the rule works on, loaded from the session;
* ``rotation_cadence`` — the coming dates: planned meetings, then from the cadence;
* ``rotation_engine`` — the deterministic rule engine;
* ``rotation_overrides`` — ``confirm``, ``volunteer``, ``swap``, ``skip``, ``hand_back``,
  ``candidates``;
* ``rotation_dto`` — the frozen records handed to the UI and the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError, ValidationError
from copdesk.model.rotation.cadence import _slots, cadence_dates
from copdesk.model.rotation.dto import (
    Balance,
    Choice,
    Forecast,
    ForecastSlot,
    HistoryRow,
    MemberBalance,
    OrgBalance,
    RotationView,
    RuleData,
    RulesInfo,
    State,
    Text,
)
from copdesk.model.rotation.engine import _Engine, _meeting_slot, _run, _today
from copdesk.model.rotation.overrides import (
    candidates,
    confirm,
    hand_back,
    skip,
    swap,
    volunteer,
)
from copdesk.model.rotation.roles import (
    CO_MODERATOR,
    FIELDS,
    HAND_BACK,
    HINT_YEARS,
    HOST,
    MAX_FORECAST,
    MAX_MIN_ATTENDED,
    MAX_NOTES,
    MODERATOR,
    PERSON_ROLES,
    PROTOCOL,
    REASON_MAX,
    ROLE_NAMES,
    ROLES,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)
from copdesk.model.rotation.snapshot import BERLIN, _ensure_rules, _load, _Snapshot, sort_text
from copdesk.model.rotation.texts import (
    _E,
    _T,
    KIND_LABELS,
    ROLE_LABELS,
    STATE_LABELS,
    RotationError,
)

__all__ = [
    "BERLIN",
    "CO_MODERATOR",
    "FIELDS",
    "HAND_BACK",
    "HINT_YEARS",
    "HOST",
    "KIND_LABELS",
    "MAX_FORECAST",
    "MAX_MIN_ATTENDED",
    "MAX_NOTES",
    "MODERATOR",
    "PERSON_ROLES",
    "PROTOCOL",
    "REASON_MAX",
    "ROLES",
    "ROLE_LABELS",
    "ROLE_NAMES",
    "SKIP",
    "STATE_LABELS",
    "SWAP",
    "TURN",
    "VOLUNTEER",
    "RotationError",
    "balance",
    "cadence_dates",
    "candidates",
    "confirm",
    "forecast",
    "get_rules",
    "group_count",
    "hand_back",
    "history",
    "is_notice",
    "propose_for_date",
    "propose_for_meeting",
    "save_rules",
    "skip",
    "sort_text",
    "swap",
    "view",
    "volunteer",
]


# --- building the forecast -------------------------------------------------------------------


def _cadence_text(snap: _Snapshot) -> Text:
    n = snap.cadence_interval
    if snap.cadence_unit == "week":
        return Text.of(_T["weekly"]) if n == 1 else Text.of(_T["every_weeks"], n=n)
    return Text.of(_T["monthly"]) if n == 1 else Text.of(_T["every_months"], n=n)


def is_notice(hint: Text) -> bool:
    """A hint that only informs (dates estimated from the cadence), not a warning."""
    return hint.template == _T["hint_estimated"]


def _hints(
    snap: _Snapshot, engine_before: _Engine, today: dt.date, slots: list[ForecastSlot]
) -> list[Text]:
    hints: list[Text] = []
    e = engine_before
    if snap.rules[HOST].enabled:
        for org_id in e.pool(HOST, today):
            last = e.last[HOST].get(org_id)
            if last is None:
                since = e.org_joined.get(org_id)
                if since and since != dt.date.min and (today - since).days >= 365:
                    hints.append(
                        Text.of(_T["hint_never_hosted"], name=e.name(HOST, org_id), date=since)
                    )
            elif (today - last).days >= HINT_YEARS * 365:
                years = (today - last).days // 365
                hints.append(
                    Text.of(
                        _T["hint_not_hosted"], name=e.name(HOST, org_id), years=years, date=last
                    )
                )
    if snap.rules[MODERATOR].enabled:
        pool = [h for h in e.pool(MODERATOR, today) if e.newcomer(MODERATOR, h) is None]
        if len(pool) >= 2:
            by_count = sorted(pool, key=lambda h: e.key(MODERATOR, h))
            least, most = (
                by_count[0],
                max(pool, key=lambda h: (e.counts[MODERATOR][h], e.last[MODERATOR].get(h))),
            )
            lo, hi = e.counts[MODERATOR][least], e.counts[MODERATOR][most]
            if hi - lo >= 2:
                hints.append(
                    Text.of(
                        _T["hint_uneven"],
                        most=e.name(MODERATOR, most),
                        max=hi,
                        least=e.name(MODERATOR, least),
                        min=lo,
                    )
                )
    planned = [s for s in slots if s.meeting_id is not None]
    if any(s.meeting_id is None for s in slots):
        last = planned[-1].day if planned else (snap.meetings[-1].day if snap.meetings else today)
        hints.append(Text.of(_T["hint_estimated"], date=last, cadence=_cadence_text(snap)))
    return hints


def forecast(
    session: Session, group_id: int, n: int = 4, *, today: dt.date | None = None
) -> Forecast:
    """Who hosts, moderates, co-moderates and writes the protocol of the next *n* meetings."""
    today = _today(today)
    return _forecast(_load(session, group_id, today), today, n)[0]


def _forecast(snap: _Snapshot, today: dt.date, n: int) -> tuple[Forecast, _Engine]:
    """The forecast, and the engine as it stands today (before the coming meetings), which
    the history and the balance read."""
    n = max(1, min(int(n), MAX_FORECAST))
    slots = _slots(snap, today, n)
    before = _Engine(snap, today)
    _engine, filled = _run(snap, today, slots)
    filled = [_titled(f) for f in filled]
    result = Forecast(
        snap.group_id,
        snap.group_name,
        today,
        _cadence_text(snap),
        tuple(filled),
        tuple(r for r in ROLES if snap.rules[r].enabled),
        tuple(_hints(snap, before, today, filled)),
    )
    return result, before


def _titled(slot: ForecastSlot) -> ForecastSlot:
    if slot.title:
        return slot
    return ForecastSlot(
        slot.index,
        slot.meeting_id,
        slot.day,
        slot.start_at,
        slot.end_at,
        _T["cadence_title"],
        slot.status,
        slot.roles,
    )


def propose_for_meeting(
    session: Session, meeting_id: int, *, today: dt.date | None = None
) -> ForecastSlot:
    """The rotation's proposal for one coming meeting (e.g. for the meeting editor).

    Raises a ``UserError`` for a meeting that is over or cancelled.
    """
    return _meeting_slot(session, meeting_id, _today(today))[3]


def propose_for_date(
    session: Session,
    group_id: int,
    day: dt.date,
    *,
    exclude_meeting_id: int | None = None,
    today: dt.date | None = None,
) -> ForecastSlot:
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


def _history(
    snap: _Snapshot, engine: _Engine, forecast_slots: list[ForecastSlot]
) -> tuple[HistoryRow, ...]:
    rows: list[HistoryRow] = []
    meetings = {m.id: m for m in snap.meetings}
    for m, role, holder in engine.history:
        rec = engine.turn_recs.get((m.id, role))
        rows.append(
            HistoryRow(
                m.day,
                m.id,
                m.title,
                role,
                TURN,
                engine.name(role, holder),
                "",
                "",
                False,
                rec.id if rec else None,
            )
        )
    for s in forecast_slots:
        for p in s.roles:
            if p.state == State.CONFIRMED and s.meeting_id is not None:
                rows.append(
                    HistoryRow(s.day, s.meeting_id, s.title, p.role, TURN, p.name, "", "", True)
                )
    for rec in snap.records:
        if rec.kind == TURN or rec.role not in ROLES:
            continue
        m = meetings.get(rec.meeting_id) if rec.meeting_id else None
        if (
            rec.role == HOST
            and rec.kind == SKIP
            and any(
                o.kind == SWAP and o.reason == rec.reason and o.id > rec.id
                for o in engine.by_meeting.get((rec.meeting_id, HOST), ())
            )
        ):
            continue  # the first half of a host swap: shown with the swap
        other = ""
        if rec.kind == SWAP:
            other = (
                engine._swapped_org(rec)
                if rec.role == HOST
                else engine.name(MODERATOR, rec.other_id)
            )
        rows.append(
            HistoryRow(
                m.day if m else rec.created,
                rec.meeting_id,
                m.title if m else "",
                rec.role,
                rec.kind,
                engine.name(rec.role, rec.holder),
                other,
                rec.reason,
                bool(m and not m.past),
                rec.id,
            )
        )
    order = {r: i for i, r in enumerate(ROLES)}
    rows.sort(
        key=lambda r: (r.day, r.meeting_id or 0, order[r.role], r.kind != TURN, r.record_id or 0),
        reverse=True,
    )
    return tuple(rows)


def _balance(snap: _Snapshot, engine: _Engine, today: dt.date) -> Balance:
    roles = tuple(r for r in PERSON_ROLES if snap.rules[r].enabled)
    members = []
    for p in snap.people.values():
        if not p.member_on(today):
            continue
        turns = {r: engine.counts[r][p.id] for r in roles}
        lasts = [engine.last[r][p.id] for r in roles if p.id in engine.last[r]]
        members.append(
            MemberBalance(
                p.id,
                p.name,
                snap.orgs.get(p.org_id, "") if p.org_id is not None else "",
                turns,
                max(lasts) if lasts else None,
            )
        )
    members.sort(key=lambda m: (-m.total, sort_text(m.name), m.id))
    org_ids = {
        p.org_id for p in snap.people.values() if p.org_id is not None and p.member_on(today)
    }
    org_ids |= {h for h in engine.counts[HOST] if h in snap.orgs}
    orgs = []
    for org_id in org_ids:
        member_turns = {r: 0 for r in roles}
        for r in roles:
            for holder, count in engine.counts[r].items():
                person = snap.people.get(holder)
                if person and person.org_id == org_id:
                    member_turns[r] += count
        orgs.append(
            OrgBalance(
                org_id,
                snap.orgs[org_id],
                engine.counts[HOST][org_id],
                engine.last[HOST].get(org_id),
                member_turns,
            )
        )
    orgs.sort(key=lambda o: (-o.hosted, sort_text(o.name), o.id))
    return Balance(roles, snap.rules[HOST].enabled, tuple(members), tuple(orgs))


def history(
    session: Session, group_id: int, *, today: dt.date | None = None
) -> tuple[HistoryRow, ...]:
    """Every turn held and every override, newest first."""
    return view(session, group_id, today=today).history


def balance(session: Session, group_id: int, *, today: dt.date | None = None) -> Balance:
    """Turns held so far per current member and per organisation."""
    today = _today(today)
    snap = _load(session, group_id, today)
    return _balance(snap, _Engine(snap, today), today)


def view(
    session: Session, group_id: int, n: int = 4, *, today: dt.date | None = None
) -> RotationView:
    """Forecast, history and balance of a group, read in one go (the rotation page)."""
    today = _today(today)
    snap = _load(session, group_id, today)
    fc, before = _forecast(snap, today, n)
    return RotationView(fc, _history(snap, before, list(fc.slots)), _balance(snap, before, today))


# --- rules ----------------------------------------------------------------------------------------


def _choices(snap: _Snapshot, today: dt.date) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
    people = sorted(
        (p for p in snap.people.values() if p.member_on(today)), key=lambda p: (p.sort, p.id)
    )
    members = tuple(
        Choice(p.id, p.name, snap.orgs.get(p.org_id, "") if p.org_id else "") for p in people
    )
    org_ids = sorted(
        {p.org_id for p in people if p.org_id is not None},
        key=lambda o: (sort_text(snap.orgs.get(o, "")), o),
    )
    return members, tuple(Choice(o, snap.orgs.get(o, "")) for o in org_ids)


def get_rules(session: Session, group_id: int, *, today: dt.date | None = None) -> RulesInfo:
    """The rule of every role (defaults where none is stored) and who could be excluded."""
    today = _today(today)
    snap = _load(session, group_id, today)
    members, orgs = _choices(snap, today)
    return RulesInfo(
        snap.group_id, snap.group_name, tuple(snap.rules[r] for r in ROLES), members, orgs
    )


def save_rules(session: Session, group_id: int, rules: Iterable[RuleData]) -> None:
    """Store the rules of a group (one undo step for all roles)."""
    if session.get(E.Group, group_id) is None:
        raise NotFoundError()
    rules = list(rules)
    for data in rules:
        if data.role not in ROLES:
            raise ValueError(f"unknown rotation role {data.role!r}")
        if not 0 <= int(data.min_attended) <= MAX_MIN_ATTENDED:
            raise ValidationError(
                _E["min_attended"], field=f"{data.role}.min_attended", max=MAX_MIN_ATTENDED
            )
    stored = _ensure_rules(session, group_id)
    for data in rules:
        rule = stored[data.role]
        excluded = ",".join(str(i) for i in sorted(set(data.excluded_ids)))
        for key, value in (
            ("enabled", bool(data.enabled)),
            ("min_attended", int(data.min_attended)),
            ("excluded_member_ids", excluded),
        ):
            if getattr(rule, key) != value:
                setattr(rule, key, value)


# --- groups -----------------------------------------------------------------------------------


def group_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(E.Group)) or 0
