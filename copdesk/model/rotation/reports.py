"""What happened so far: every turn and override (history) and the turns per member and
organisation (balance); the rotation page's view reads forecast, history and balance in
one go."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model.rotation.dto import (
    Balance,
    ForecastSlot,
    HistoryRow,
    MemberBalance,
    OrgBalance,
    RotationView,
    State,
)
from copdesk.model.rotation.engine import Engine, today_or_now
from copdesk.model.rotation.forecast import forecast_with_engine
from copdesk.model.rotation.roles import (
    HOST,
    MODERATOR,
    PERSON_ROLES,
    ROLES,
    SKIP,
    SWAP,
    TURN,
)
from copdesk.model.rotation.snapshot import Snapshot, load_snapshot, sort_text

# --- history and balance ------------------------------------------------------------------------


def _history(
    snap: Snapshot, engine: Engine, forecast_slots: list[ForecastSlot]
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
        met = meetings.get(rec.meeting_id) if rec.meeting_id else None
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
                engine.swapped_org(rec)
                if rec.role == HOST
                else engine.name(MODERATOR, rec.other_id)
            )
        rows.append(
            HistoryRow(
                met.day if met else rec.created,
                rec.meeting_id,
                met.title if met else "",
                rec.role,
                rec.kind,
                engine.name(rec.role, rec.holder),
                other,
                rec.reason,
                bool(met and not met.past),
                rec.id,
            )
        )
    order = {r: i for i, r in enumerate(ROLES)}
    rows.sort(
        key=lambda r: (r.day, r.meeting_id or 0, order[r.role], r.kind != TURN, r.record_id or 0),
        reverse=True,
    )
    return tuple(rows)


def _balance(snap: Snapshot, engine: Engine, today: dt.date) -> Balance:
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
    today = today_or_now(today)
    snap = load_snapshot(session, group_id, today)
    return _balance(snap, Engine(snap, today), today)


def view(
    session: Session, group_id: int, n: int = 4, *, today: dt.date | None = None
) -> RotationView:
    """Forecast, history and balance of a group, read in one go (the rotation page)."""
    today = today_or_now(today)
    snap = load_snapshot(session, group_id, today)
    fc, before = forecast_with_engine(snap, today, n)
    return RotationView(fc, _history(snap, before, list(fc.slots)), _balance(snap, before, today))
