"""The rotation rule of each role of a group (on or off, K meetings attended, who is
excluded): reading with the choices, saving as one undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError, ValidationError
from copdesk.model.rotation.dto import (
    Choice,
    RuleData,
    RulesInfo,
)
from copdesk.model.rotation.engine import today_or_now
from copdesk.model.rotation.roles import (
    MAX_MIN_ATTENDED,
    ROLES,
)
from copdesk.model.rotation.snapshot import Snapshot, ensure_rules, load_snapshot, sort_text
from copdesk.model.rotation.texts import (
    ERRORS,
)

# --- rules ----------------------------------------------------------------------------------------


def _choices(snap: Snapshot, today: dt.date) -> tuple[tuple[Choice, ...], tuple[Choice, ...]]:
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
    today = today_or_now(today)
    snap = load_snapshot(session, group_id, today)
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
                ERRORS["min_attended"], field=f"{data.role}.min_attended", max=MAX_MIN_ATTENDED
            )
    stored = ensure_rules(session, group_id)
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
