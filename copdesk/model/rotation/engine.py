"""The deterministic rule engine: replays the history, then fills coming meetings.

``_Engine`` works on a ``_Snapshot`` only (no database access); the helpers at the end
run it over a list of slots (``_run``), or load a group and run it up to one planned
meeting (``_meeting_slot``, used by the meeting editor and the overrides). Kept apart from
the use cases so that the rule can be read, and tested, on its own; the rule itself is
described in the docstring of ``rotation.py`` and in ``docs/rotation.md``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError, UserError
from copdesk.model.rotation.dto import ForecastSlot, RoleProposal, RuleData, State, Text
from copdesk.model.rotation.roles import (
    CO_MODERATOR,
    HAND_BACK,
    HOST,
    MAX_NOTES,
    MODERATOR,
    ROLES,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)
from copdesk.model.rotation.snapshot import (
    _load,
    _Meeting,
    _Overrides,
    _Person,
    _Rec,
    _Slot,
    _Snapshot,
    sort_text,
)
from copdesk.model.rotation.texts import _E, _NO_TURNS, _PREVIOUS, _RELAXED_PREVIOUS, _T, _TURNS

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
        return self.absence(member_id, slot.day) is None and member_id not in self.s.declined.get(
            slot.meeting_id or -1, ()
        )

    def key(self, role: str, holder: int) -> tuple:
        if role != HOST:
            static = self._static.get(holder)
            if static is None:
                p = self.s.people.get(holder)
                static = self._static[holder] = (
                    (p.joined if p else None) or dt.date.min,
                    p.sort if p else ("", ""),
                    holder,
                )
            return (self.counts[role][holder], self.last[role].get(holder, dt.date.min), *static)
        joined = self.org_joined.get(holder, dt.date.min)
        sort = (sort_text(self.s.orgs.get(holder, "")), "")
        return (
            self.counts[role][holder],
            self.last[role].get(holder, dt.date.min),
            joined,
            sort,
            holder,
        )

    def rule(self, role: str) -> RuleData:
        return self.s.rules[role]

    def org_people(self, org_id: int, day: dt.date) -> list[_Person]:
        return [p for p in self.by_org.get(org_id, ()) if p.member_on(day)]

    def pool(self, role: str, day: dt.date) -> list[int]:
        """Members (organisations) that the rule lets take part on *day*."""
        excluded = set(self.rule(role).excluded_ids)
        if role == HOST:
            orgs = {
                p.org_id
                for p in self.s.people.values()
                if p.org_id is not None and p.member_on(day)
            }
            return sorted(o for o in orgs if o not in excluded and o in self.s.orgs)
        return sorted(
            p.id for p in self.s.people.values() if p.member_on(day) and p.id not in excluded
        )

    def is_newcomer(self, role: str, member_id: int) -> bool:
        """Members who joined after the group's first meeting take turns only once they
        attended K meetings; the founders (and members of unknown join date) at once."""
        if self.attended[member_id] >= self.rule(role).min_attended:
            return False
        p = self.s.people.get(member_id)
        return not (
            p is None or p.joined is None or self.first_day is None or p.joined <= self.first_day
        )

    def newcomer(self, role: str, member_id: int) -> Text | None:
        if self.is_newcomer(role, member_id):
            need = self.rule(role).min_attended
            have = self.attended[member_id]
            return Text.of(
                _T["newcomer"], name=self.name(MODERATOR, member_id), attended=have, required=need
            )
        return None

    def blocked(self, role: str, holder: int, slot: _Slot, excluded: dict[int, _Rec]) -> bool:
        """``hard_problem(...) is not None``, without building the explanation."""
        if holder in excluded:
            return True
        if role == HOST:
            return not any(
                not self.is_newcomer(HOST, p.id) and self.available(p.id, slot)
                for p in self.org_people(holder, slot.day)
            )
        return self.is_newcomer(role, holder) or not self.available(holder, slot)

    def hard_problem(
        self, role: str, holder: int, slot: _Slot, excluded: dict[int, _Rec]
    ) -> Text | None:
        """Why *holder* cannot take the role at all on this date (None: they can)."""
        if holder in excluded:
            rec = excluded[holder]
            key = "handed_back" if rec.kind == HAND_BACK else "skipped"
            return Text.of(_T[key], name=self.name(role, holder), reason=rec.reason)
        if role == HOST:
            people = [
                p for p in self.org_people(holder, slot.day) if self.newcomer(HOST, p.id) is None
            ]
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
            return (
                Text.of(_T["absent"], name=name, note=away[0])
                if away[0]
                else Text.of(_T["absent_plain"], name=name)
            )
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
                keep = (
                    ov.fixed_rec is not None
                    and ov.fixed_rec.kind in (VOLUNTEER, SWAP)
                    and ov.fixed == holder
                )  # a confirmed override keeps its reason
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

    def proposal(
        self,
        role: str,
        holder: int | None,
        state: str,
        *,
        decided_by: Text | None,
        notes: Iterable[Text] = (),
        reason: Text | None = None,
    ) -> RoleProposal:
        if holder is None:
            return RoleProposal(
                role, state, None, "", "", 0, None, reason, decided_by, tuple(notes)
            )
        return RoleProposal(
            role,
            state,
            holder,
            self.name(role, holder),
            self.org_name(role, holder),
            self.counts[role][holder],
            self.last[role].get(holder),
            reason or self.turns_text(role, holder),
            decided_by,
            tuple(notes),
        )

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
                        fixed[role] = self.proposal(
                            role,
                            field_value,
                            State.CONFIRMED,
                            decided_by=self.override_text(role, rec),
                        )
                    else:
                        fixed[role] = self.proposal(
                            role, field_value, State.ASSIGNED, decided_by=Text.of(_T["assigned"])
                        )
                    continue
                pre_notes[role].append(problem)
                moved[role] = field_value
            elif ov.fixed is not None and ov.fixed_rec is not None:
                problem = self.holder_problem(role, ov.fixed, slot)
                if problem is None and ov.fixed_rec.kind != TURN:
                    fixed[role] = self.proposal(
                        role,
                        ov.fixed,
                        State.OVERRIDE,
                        decided_by=self.override_text(role, ov.fixed_rec),
                    )
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
                p = self.pick(
                    role, slot, taken, partner, ovs[role].excluded, pre_notes[role], moved.get(role)
                )
                result[role] = p
                if role != HOST and p.holder_id is not None:
                    taken.add(p.holder_id)
        for role, p in fixed.items():  # what the rule alone would say about a hand entry
            if p.state != State.ASSIGNED:
                continue
            others = {
                q.holder_id
                for r, q in fixed.items()
                if r not in (role, HOST) and q.holder_id is not None
            }
            alt = self.pick(
                role, slot, others if role != HOST else set(), None, ovs[role].excluded, []
            )
            if alt.holder_id is not None and alt.holder_id != p.holder_id:
                result[role] = RoleProposal(
                    p.role,
                    p.state,
                    p.holder_id,
                    p.name,
                    p.organisation,
                    p.turns,
                    p.last_on,
                    p.reason,
                    p.decided_by,
                    (*p.notes, Text.of(_T["rule_alone"], name=alt.name)),
                )
        meeting = slot.meeting
        return ForecastSlot(
            slot.index,
            slot.meeting_id,
            slot.day,
            meeting.start_at if meeting else None,
            meeting.end_at if meeting else None,
            slot.title,
            meeting.status if meeting else "",
            tuple(result[r] for r in ROLES),
        )

    def _free(
        self,
        role: str,
        ranked: list[int],
        slot: _Slot,
        excluded: dict[int, _Rec],
        taken: set[int],
        partner: int | None,
    ) -> list[int]:
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

    def pick(
        self,
        role: str,
        slot: _Slot,
        taken: set[int],
        partner: int | None,
        excluded: dict[int, _Rec],
        pre_notes: list[Text],
        moved_holder: int | None = None,
    ) -> RoleProposal:
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
            return self.proposal(
                role, None, State.NOBODY, decided_by=None, notes=notes, reason=Text.of(why)
            )
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
        ahead = ranked[: ranked.index(pick)]
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
    def check_taker(
        self, role: str, holder: int, slot: _Slot, filled: ForecastSlot
    ) -> tuple[str, dict] | None:
        """Why *holder* cannot take the turn of *role* (an error template and params)."""
        name = self.name(role, holder)
        if role == HOST:
            if holder not in self.s.orgs:
                raise NotFoundError()
            if holder in self.rule(HOST).excluded_ids:
                return _E["excluded"], {"name": name}
            people = [
                p
                for p in self.org_people(holder, slot.day)
                if self.newcomer(HOST, p.id) is None and self.available(p.id, slot)
            ]
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
            return _E["newcomer"], {
                "name": name,
                "attended": self.attended[holder],
                "required": self.rule(role).min_attended,
            }
        if self.absence(holder, slot.day) is not None:
            return _E["absent"], {"name": name}
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return _E["declined"], {"name": name}
        for other in filled.roles:
            if (
                other.role not in (role, HOST)
                and other.holder_id == holder
                and other.state in (State.CONFIRMED, State.ASSIGNED, State.OVERRIDE)
            ):
                return _E["other_role"], {"name": name}
        return None


# --- running the engine ----------------------------------------------------------------------


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _run(snap: _Snapshot, today: dt.date, slots: list[_Slot]) -> tuple[_Engine, list[ForecastSlot]]:
    engine = _Engine(snap, today)
    out = []
    for slot in slots:
        filled = engine.fill(slot)
        out.append(filled)
        engine.advance(slot, filled)
    return engine, out


def _meeting_slot(
    session: Session, meeting_id: int, today: dt.date
) -> tuple[E.Meeting, _Engine, _Slot, ForecastSlot]:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    snap = _load(session, meeting.group_id, today)
    upcoming = snap.upcoming
    index = next((i for i, m in enumerate(upcoming) if m.id == meeting_id), None)
    if index is None:
        raise UserError(_E["past"], title=meeting.title)
    slots = [_Slot(i, m.day, m, m.title) for i, m in enumerate(upcoming[: index + 1])]
    engine = _Engine(snap, today)
    for slot in slots[:-1]:
        engine.advance(slot, engine.fill(slot))
    return meeting, engine, slots[-1], engine.fill(slots[-1])
