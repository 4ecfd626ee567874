"""What the rotation knows before it picks: the history replayed (turns counted, the last
turn of each holder, who held a role at the previous meeting), and who may take a role on
a date and why not (``Ledger``). Works on a ``Snapshot`` only (no database access).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from copdesk.model.errors import NotFoundError
from copdesk.model.rotation.dto import ForecastSlot, RoleProposal, RuleData, State, Text
from copdesk.model.rotation.roles import (
    HAND_BACK,
    HOST,
    MODERATOR,
    ROLES,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)
from copdesk.model.rotation.snapshot import (
    MeetingFacts,
    Person,
    Record,
    Slot,
    SlotOverrides,
    Snapshot,
    sort_text,
)
from copdesk.model.rotation.texts import (
    ERRORS,
    NO_TURN_YET,
    TEXTS,
    TURN_COUNT,
)

# --- the ledger ------------------------------------------------------------------------------


# fewest turns, longest ago, earliest joined, name, id (see the rule in ``engine``)
SortKey = tuple[int, dt.date, dt.date, tuple[str, str], int]


class Ledger:
    """The history of one group replayed up to today; :class:`~.engine.Engine` extends it
    with the meetings it fills."""

    def __init__(self, snap: Snapshot, today: dt.date) -> None:
        self.s = snap
        self.today = today
        self.counts: dict[str, Counter[int]] = {r: Counter() for r in ROLES}
        self.last: dict[str, dict[int, dt.date]] = {r: {} for r in ROLES}
        self.prev: dict[str, int | None] = {r: None for r in ROLES}
        self.attended: Counter[int] = Counter(snap.attended)
        self.turn_recs: dict[tuple[int | None, str], Record] = {}
        self.by_meeting: dict[tuple[int | None, str], list[Record]] = defaultdict(list)
        for rec in snap.records:
            if rec.meeting_id is None or rec.role not in ROLES:
                continue
            self.by_meeting[(rec.meeting_id, rec.role)].append(rec)
            if rec.kind == TURN:
                self.turn_recs[(rec.meeting_id, rec.role)] = rec
        self.org_joined: dict[int, dt.date] = {}
        self.by_org: dict[int, list[Person]] = defaultdict(list)
        for p in snap.people.values():
            if p.in_group and p.org_id is not None:
                self.by_org[p.org_id].append(p)
                j = p.joined or dt.date.min
                if p.org_id not in self.org_joined or j < self.org_joined[p.org_id]:
                    self.org_joined[p.org_id] = j
        self.first_day = snap.meetings[0].day if snap.meetings else None
        self._static: dict[int, tuple[dt.date, tuple[str, str], int]] = {}
        self.history: list[tuple[MeetingFacts, str, int]] = []
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

    def actual(self, m: MeetingFacts, role: str) -> int | None:
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

    def available(self, member_id: int, slot: Slot) -> bool:
        return self.absence(member_id, slot.day) is None and member_id not in self.s.declined.get(
            slot.meeting_id or -1, ()
        )

    def key(self, role: str, holder: int) -> SortKey:
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

    def org_people(self, org_id: int, day: dt.date) -> list[Person]:
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
                TEXTS["newcomer"],
                name=self.name(MODERATOR, member_id),
                attended=have,
                required=need,
            )
        return None

    def blocked(self, role: str, holder: int, slot: Slot, excluded: dict[int, Record]) -> bool:
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
        self, role: str, holder: int, slot: Slot, excluded: dict[int, Record]
    ) -> Text | None:
        """Why *holder* cannot take the role at all on this date (None: they can)."""
        if holder in excluded:
            rec = excluded[holder]
            key = "handed_back" if rec.kind == HAND_BACK else "skipped"
            return Text.of(TEXTS[key], name=self.name(role, holder), reason=rec.reason)
        if role == HOST:
            people = [
                p for p in self.org_people(holder, slot.day) if self.newcomer(HOST, p.id) is None
            ]
            if not people:
                return Text.of(TEXTS["org_unavailable"], name=self.name(role, holder))
            if not any(self.available(p.id, slot) for p in people):
                return Text.of(TEXTS["org_unavailable"], name=self.name(role, holder))
            return None
        problem = self.newcomer(role, holder)
        if problem is not None:
            return problem
        return self.unavailable(role, holder, slot)

    def unavailable(self, role: str, holder: int, slot: Slot) -> Text | None:
        name = self.name(role, holder)
        away = self.absence(holder, slot.day)
        if away is not None:
            return (
                Text.of(TEXTS["absent"], name=name, note=away[0])
                if away[0]
                else Text.of(TEXTS["absent_plain"], name=name)
            )
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return Text.of(TEXTS["declined"], name=name)
        return None

    def holder_problem(self, role: str, holder: int, slot: Slot) -> Text | None:
        """Why a fixed holder can no longer take the turn (the forecast then moves on)."""
        if role == HOST:
            if holder not in self.s.orgs:
                return Text.of(TEXTS["moved_deleted"])
            if not self.org_people(holder, slot.day):
                return Text.of(TEXTS["moved_org"], name=self.name(role, holder))
            return None
        p = self.s.people.get(holder)
        if p is None:
            return Text.of(TEXTS["moved_deleted"])
        if not p.member_on(slot.day):
            return Text.of(TEXTS["moved_left"], name=p.name)
        if self.absence(holder, slot.day) is not None:
            return Text.of(TEXTS["moved_absent"], name=p.name)
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return Text.of(TEXTS["moved_declined"], name=p.name)
        return None

    def overrides(self, slot: Slot, role: str) -> SlotOverrides:
        ov = SlotOverrides()
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
            return Text.of(NO_TURN_YET[role], name=name)
        return Text.of(TURN_COUNT[role], name=name, count=count, date=self.last[role][holder])

    def override_text(self, role: str, rec: Record) -> Text:
        if rec.kind == VOLUNTEER:
            return Text.of(TEXTS["volunteered"], reason=rec.reason)
        if rec.kind == SWAP:
            other = self.name(MODERATOR, rec.other_id) if rec.other_id else ""
            if role == HOST or not other:
                other = self.swapped_org(rec) if role == HOST else other
            return Text.of(TEXTS["swapped"], other=other or "–", reason=rec.reason)
        return Text.of(TEXTS["confirmed"], date=rec.created)

    def swapped_org(self, rec: Record) -> str:
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

    # --- candidates for an override ---------------------------------------------------------
    def check_taker(
        self, role: str, holder: int, slot: Slot, filled: ForecastSlot
    ) -> tuple[str, dict[str, object]] | None:
        """Why *holder* cannot take the turn of *role* (an error template and params)."""
        name = self.name(role, holder)
        if role == HOST:
            if holder not in self.s.orgs:
                raise NotFoundError()
            if holder in self.rule(HOST).excluded_ids:
                return ERRORS["excluded"], {"name": name}
            people = [
                p
                for p in self.org_people(holder, slot.day)
                if self.newcomer(HOST, p.id) is None and self.available(p.id, slot)
            ]
            if not people:
                return ERRORS["org_nobody"], {"name": name}
            return None
        p = self.s.people.get(holder)
        if p is None:
            raise NotFoundError()
        if not p.member_on(slot.day):
            return ERRORS["not_member"], {"name": name}
        if holder in self.rule(role).excluded_ids:
            return ERRORS["excluded"], {"name": name}
        if self.newcomer(role, holder) is not None:
            return ERRORS["newcomer"], {
                "name": name,
                "attended": self.attended[holder],
                "required": self.rule(role).min_attended,
            }
        if self.absence(holder, slot.day) is not None:
            return ERRORS["absent"], {"name": name}
        if holder in self.s.declined.get(slot.meeting_id or -1, ()):
            return ERRORS["declined"], {"name": name}
        for other in filled.roles:
            if (
                other.role not in (role, HOST)
                and other.holder_id == holder
                and other.state in (State.CONFIRMED, State.ASSIGNED, State.OVERRIDE)
            ):
                return ERRORS["other_role"], {"name": name}
        return None
