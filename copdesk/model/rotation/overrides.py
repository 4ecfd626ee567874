"""Confirming the forecast and overriding it: confirm, volunteer, swap, skip, hand back, and
the candidates the override dialog offers.

These are the rotation's only writes besides the rules: each adds ``RotationRecord`` rows
(never changes one) and lets a role already written to the meeting follow. Kept apart from
the read side (``rotation.py``) and from the engine, which they ask what is due.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text as textmod
from copdesk.model.errors import NotFoundError, UserError, ValidationError
from copdesk.model.rotation.dto import Candidate, ForecastSlot, RoleProposal, RuleData, State, Text
from copdesk.model.rotation.engine import Engine, meeting_slot, today_or_now
from copdesk.model.rotation.roles import (
    FIELDS,
    HAND_BACK,
    HOST,
    REASON_MAX,
    ROLES,
    SKIP,
    SWAP,
    TURN,
    VOLUNTEER,
)
from copdesk.model.rotation.snapshot import Slot, ensure_rules, sort_text
from copdesk.model.rotation.texts import ERRORS, ROLE_LABELS, RotationError

# --- confirming and overriding ---------------------------------------------------------------------


def _check_role(snap_rules: dict[str, RuleData], role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"unknown rotation role {role!r}")
    if not snap_rules[role].enabled:
        raise RotationError(ERRORS["role_off"], role=_role_word(role))


def _role_word(role: str) -> Text:
    """A role's name inside an error message (translated when the message is shown)."""
    return Text.of(ROLE_LABELS[role])


def confirm(
    session: Session,
    meeting_id: int,
    *,
    roles: Iterable[str] | None = None,
    expected: dict[str, int | None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the proposal for a coming meeting to the meeting and to the rotation history.

    *roles* limits it to some roles; *expected* (role -> holder, as the user saw it) makes
    sure nothing changed in between. Returns the number of roles written. Raises a
    ``UserError`` (and writes nothing) when a role has nobody to propose.
    """
    today = today_or_now(today)
    meeting, _engine, _slot, filled = meeting_slot(session, meeting_id, today)
    wanted = set(roles) if roles is not None else None
    targets = [
        p for p in filled.roles if p.state != State.OFF and (wanted is None or p.role in wanted)
    ]
    if expected is not None:
        for p in targets:
            if p.role in expected and expected[p.role] != p.holder_id:
                raise UserError(ERRORS["changed"], title=meeting.title)
    for p in targets:
        if p.state == State.NOBODY:
            raise RotationError(
                ERRORS["nobody"], role=_role_word(p.role), title=meeting.title, why=p.reason or ""
            )
    ensure_rules(session, meeting.group_id)
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


def _record(
    meeting: E.Meeting,
    role: str,
    kind: str,
    holder: int | None,
    *,
    other: int | None = None,
    reason: str = "",
) -> E.RotationRecord:
    return E.RotationRecord(
        group_id=meeting.group_id,
        meeting_id=meeting.id,
        role=role,
        kind=kind,
        member_id=None if role == HOST else holder,
        organisation_id=holder if role == HOST else None,
        other_member_id=other,
        reason=reason,
    )


def _clean_reason(reason: str) -> str:
    cleaned = textmod.clean(reason, max_len=REASON_MAX, field="reason", multiline=True)
    if not cleaned:
        raise ValidationError(ERRORS["reason"], field="reason")
    return cleaned


def _override_setup(
    session: Session, meeting_id: int, role: str, reason: str, today: dt.date | None
) -> tuple[str, E.Meeting, Engine, Slot, ForecastSlot, RoleProposal]:
    today = today_or_now(today)
    cleaned = _clean_reason(reason)
    meeting, engine, slot, filled = meeting_slot(session, meeting_id, today)
    _check_role(engine.s.rules, role)
    ensure_rules(session, meeting.group_id)
    proposal = filled.role(role)
    assert proposal is not None  # _check_role: the role is switched on, so it is filled
    return cleaned, meeting, engine, slot, filled, proposal


def _taker_error(
    engine: Engine, role: str, holder: int | None, slot: Slot, filled: ForecastSlot
) -> None:
    if holder is None:
        raise ValidationError(ERRORS["choose"], field="holder")
    problem = engine.check_taker(role, holder, slot, filled)
    if problem is not None:
        template, params = problem
        raise ValidationError(template, field="holder", **params)


def volunteer(
    session: Session,
    meeting_id: int,
    role: str,
    holder_id: int,
    reason: str,
    *,
    today: dt.date | None = None,
) -> None:
    """*holder_id* (a member, or an organisation for the host role) takes this turn."""
    reason, meeting, engine, slot, filled, current = _override_setup(
        session, meeting_id, role, reason, today
    )
    if current.holder_id == holder_id and current.state != State.NOBODY:
        raise ValidationError(
            ERRORS["same_person"], field="holder", name=engine.name(role, holder_id)
        )
    _taker_error(engine, role, holder_id, slot, filled)
    other = current.holder_id if role != HOST else None
    session.add(_record(meeting, role, VOLUNTEER, holder_id, other=other, reason=reason))
    _follow(meeting, role, holder_id)


def swap(
    session: Session,
    meeting_id: int,
    role: str,
    holder_id: int,
    reason: str,
    *,
    today: dt.date | None = None,
) -> None:
    """*holder_id* takes the turn of whoever is due at this meeting.

    The one who was due keeps their count and so comes next; when the one taking over
    already holds a fixed turn at a later planned meeting, that turn goes to the one who
    was due (if they can take it).
    """
    today = today_or_now(today)
    reason, meeting, engine, slot, filled, current = _override_setup(
        session, meeting_id, role, reason, today
    )
    due = current.holder_id
    if due is None:
        raise RotationError(ERRORS["no_turn"], role=_role_word(role), title=meeting.title)
    if due == holder_id:
        raise ValidationError(
            ERRORS["same_person"], field="holder", name=engine.name(role, holder_id)
        )
    _taker_error(engine, role, holder_id, slot, filled)
    if role == HOST:
        session.add(_record(meeting, role, SKIP, due, reason=reason))
        session.add(_record(meeting, role, SWAP, holder_id, reason=reason))
    else:
        session.add(_record(meeting, role, SWAP, holder_id, other=due, reason=reason))
    _follow(meeting, role, holder_id)
    # the later fixed turn of the one taking over goes to the one who was due
    upcoming = engine.s.upcoming
    position = next(i for i, m in enumerate(upcoming) if m.id == meeting.id)
    for m in upcoming[position + 1 :]:
        fixed = m.fields.get(role)
        if fixed is None:
            ov = engine.overrides(Slot(0, m.day, m, m.title), role)
            fixed = ov.fixed if ov.fixed_rec is not None and ov.fixed_rec.kind != TURN else None
        if fixed != holder_id:
            continue
        try:
            later_meeting, l_engine, l_slot, l_filled = meeting_slot(session, m.id, today)
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


def skip(
    session: Session,
    meeting_id: int,
    role: str,
    holder_id: int,
    reason: str,
    *,
    today: dt.date | None = None,
) -> None:
    """Pass *holder_id* over for this one meeting (their count stays, so they come next)."""
    reason, meeting, engine, _slot, _filled, _current = _override_setup(
        session, meeting_id, role, reason, today
    )
    if holder_id is None:
        raise ValidationError(ERRORS["choose"], field="holder")
    if role == HOST:
        if holder_id not in engine.s.orgs:
            raise NotFoundError()
    elif holder_id not in engine.s.people:
        raise NotFoundError()
    session.add(_record(meeting, role, SKIP, holder_id, reason=reason))
    if getattr(meeting, FIELDS[role]) == holder_id:
        setattr(meeting, FIELDS[role], None)


def hand_back(
    session: Session, meeting_id: int, role: str, reason: str, *, today: dt.date | None = None
) -> None:
    """Whoever holds the turn gives it back; the forecast proposes the next one."""
    reason, meeting, _engine, _slot, _filled, current = _override_setup(
        session, meeting_id, role, reason, today
    )
    holder = current.holder_id
    if holder is None:
        raise RotationError(ERRORS["no_turn"], role=_role_word(role), title=meeting.title)
    session.add(_record(meeting, role, HAND_BACK, holder, reason=reason))
    if getattr(meeting, FIELDS[role]) == holder:
        setattr(meeting, FIELDS[role], None)


def _follow(meeting: E.Meeting, role: str, holder_id: int) -> None:
    """A role already written to the meeting follows the override."""
    attr = FIELDS[role]
    if getattr(meeting, attr) is not None and getattr(meeting, attr) != holder_id:
        setattr(meeting, attr, holder_id)


def candidates(
    session: Session, meeting_id: int, role: str, *, today: dt.date | None = None
) -> tuple[Candidate, ...]:
    """The group's people who could be named in an override of *role* at this meeting
    (for the host: their organisations), by name, with why they cannot take the turn (``problem``) where they cannot."""
    today = today_or_now(today)
    _meeting, engine, slot, filled = meeting_slot(session, meeting_id, today)
    current = filled.role(role)
    held = current.holder_id if current is not None else None
    snap = engine.s
    # the group's people on the meeting's day (a sub-group: its own), and whoever holds it now
    if role == HOST:
        ids = sorted(
            {
                p.org_id
                for p in snap.people.values()
                if p.org_id is not None and (p.member_on(slot.day) or p.org_id == held)
            },
            key=lambda o: (sort_text(snap.orgs.get(o, "")), o),
        )
    else:
        ids = [
            p.id
            for p in sorted(snap.people.values(), key=lambda p: (p.sort, p.id))
            if p.member_on(slot.day) or p.id == held
        ]
    out = []
    for h in ids:
        problem = engine.check_taker(role, h, slot, filled)
        text = None
        if problem is not None:
            template, params = problem
            text = Text(template, tuple(params.items()), "errors")
        out.append(
            Candidate(
                h,
                engine.name(role, h),
                engine.org_name(role, h),
                engine.counts[role][h],
                engine.last[role].get(h),
                text,
                current is not None and current.holder_id == h,
            )
        )
    return tuple(out)
