"""The deterministic rule engine: fills coming meetings one after the other.

``Engine`` (a :class:`~.ledger.Ledger`: the history replayed, who may take a role) works
on a ``Snapshot`` only (no database access); the helpers at the end run it over a list of
slots (``run_slots``), or load a group and run it up to one planned meeting
(``meeting_slot``, used by the meeting editor and the overrides). Kept apart from the use
cases so that the rule can be read, and tested, on its own.

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
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError, UserError
from copdesk.model.rotation.dto import ForecastSlot, RoleProposal, State, Text
from copdesk.model.rotation.ledger import Ledger
from copdesk.model.rotation.roles import (
    CO_MODERATOR,
    HOST,
    MAX_NOTES,
    MODERATOR,
    ROLES,
    TURN,
)
from copdesk.model.rotation.snapshot import (
    Record,
    Slot,
    Snapshot,
    load_snapshot,
)
from copdesk.model.rotation.texts import (
    ERRORS,
    HELD_PREVIOUS,
    RELAXED_PREVIOUS,
    TEXTS,
)

# --- the engine ------------------------------------------------------------------------------


class _Lazy(dict[int, Text | None]):
    """A dict that computes a missing value from its key (explanations only when shown)."""

    def __init__(self, compute: Callable[[int], Text | None]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: int) -> Text | None:
        value = self[key] = self._compute(key)
        return value


class Engine(Ledger):
    """Replays the history, then fills coming meetings one after the other."""

    # --- filling one meeting -------------------------------------------------------------
    def fill(self, slot: Slot) -> ForecastSlot:
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
                            role, field_value, State.ASSIGNED, decided_by=Text.of(TEXTS["assigned"])
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
                pre_notes[role].append(Text.of(TEXTS["moved_deleted"]))

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
                    (*p.notes, Text.of(TEXTS["rule_alone"], name=alt.name)),
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
        slot: Slot,
        excluded: dict[int, Record],
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
        slot: Slot,
        taken: set[int],
        partner: int | None,
        excluded: dict[int, Record],
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
                why = TEXTS["nobody_org"] if role == HOST else TEXTS["nobody_eligible"]
            elif role != HOST and all(self.is_newcomer(role, h) for h in pool):
                why = TEXTS["nobody_newcomers"]
            else:
                why = TEXTS["nobody_available"]
            # nobody free: every one of them is blocked, so each has a hard problem
            blocked = (hard[h] for h in ranked[:MAX_NOTES])
            notes = [*pre_notes, *(t for t in blocked if t is not None)]
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

            def other_org(h: int) -> Text | None:
                p = self.s.people.get(h)
                if p and p.org_id == partner_org:
                    return Text.of(TEXTS["same_org"], name=p.name)
                return None

            soft.append(("org", other_org))
        if role in (HOST, MODERATOR):
            prev = self.prev[role]

            def not_prev(h: int) -> Text | None:
                if prev is not None and h == prev:
                    return Text.of(HELD_PREVIOUS[role], name=self.name(role, h))
                return None

            soft.append(("prev", not_prev))
        if role != HOST:

            def one_role(h: int) -> Text | None:
                if h in taken:
                    return Text.of(TEXTS["other_role"], name=self.name(role, h))
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
            note = hard[h]
            if note is None:
                note = next((t for _, check in by_weight if (t := check(h)) is not None), None)
            if note is not None:
                notes.append(note)
        for name, check in soft:
            if check(pick) is None:
                continue
            if name == "prev":
                notes.append(Text.of(RELAXED_PREVIOUS[role], name=self.name(role, pick)))
            elif name == "org":
                notes.append(Text.of(TEXTS["relaxed_org"], org=self.org_name(role, pick)))
            elif name == "role":
                notes.append(Text.of(TEXTS["relaxed_role"], name=self.name(role, pick)))

        if len(ok) == 1:
            decided = Text.of(TEXTS["only"])
        else:
            runner = ok[1]
            kp, kr = self.key(role, pick), self.key(role, runner)
            other = self.name(role, runner)
            if kp[0] < kr[0]:
                decided = Text.of(TEXTS["fewest"])
            elif kp[1] < kr[1]:
                decided = Text.of(TEXTS["longer_ago"], other=other)
            elif kp[2] < kr[2]:
                decided = Text.of(TEXTS["joined"], other=other)
            else:
                decided = Text.of(TEXTS["alphabet"], other=other)
        state = State.MOVED_ON if moved else State.PROPOSED
        return self.proposal(role, pick, state, decided_by=decided, notes=notes)

    def advance(self, slot: Slot, filled: ForecastSlot) -> None:
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


# --- running the engine ----------------------------------------------------------------------


def today_or_now(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def run_slots(
    snap: Snapshot, today: dt.date, slots: list[Slot]
) -> tuple[Engine, list[ForecastSlot]]:
    engine = Engine(snap, today)
    out = []
    for slot in slots:
        filled = engine.fill(slot)
        out.append(filled)
        engine.advance(slot, filled)
    return engine, out


def meeting_slot(
    session: Session, meeting_id: int, today: dt.date
) -> tuple[E.Meeting, Engine, Slot, ForecastSlot]:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    snap = load_snapshot(session, meeting.group_id, today)
    upcoming = snap.upcoming
    index = next((i for i, m in enumerate(upcoming) if m.id == meeting_id), None)
    if index is None:
        raise UserError(ERRORS["past"], title=meeting.title)
    slots = [Slot(i, m.day, m, m.title) for i, m in enumerate(upcoming[: index + 1])]
    engine = Engine(snap, today)
    for slot in slots[:-1]:
        engine.advance(slot, engine.fill(slot))
    return meeting, engine, slots[-1], engine.fill(slots[-1])
