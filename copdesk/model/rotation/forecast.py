"""The forecast: who hosts, moderates, co-moderates and writes the protocol of the coming
meetings, with the hints shown above it; proposals for one meeting or date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model.rotation.cadence import coming_slots
from copdesk.model.rotation.dto import (
    Forecast,
    ForecastSlot,
    Text,
)
from copdesk.model.rotation.engine import Engine, meeting_slot, run_slots, today_or_now
from copdesk.model.rotation.roles import (
    HINT_YEARS,
    HOST,
    MAX_FORECAST,
    MODERATOR,
    ROLES,
)
from copdesk.model.rotation.snapshot import Snapshot, load_snapshot
from copdesk.model.rotation.texts import (
    TEXTS,
)

# --- building the forecast -------------------------------------------------------------------


def _cadence_text(snap: Snapshot) -> Text:
    n = snap.cadence_interval
    if snap.cadence_unit == "week":
        return Text.of(TEXTS["weekly"]) if n == 1 else Text.of(TEXTS["every_weeks"], n=n)
    return Text.of(TEXTS["monthly"]) if n == 1 else Text.of(TEXTS["every_months"], n=n)


def is_notice(hint: Text) -> bool:
    """A hint that only informs (dates estimated from the cadence), not a warning."""
    return hint.template == TEXTS["hint_estimated"]


def _hints(
    snap: Snapshot, engine_before: Engine, today: dt.date, slots: list[ForecastSlot]
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
                        Text.of(TEXTS["hint_never_hosted"], name=e.name(HOST, org_id), date=since)
                    )
            elif (today - last).days >= HINT_YEARS * 365:
                years = (today - last).days // 365
                hints.append(
                    Text.of(
                        TEXTS["hint_not_hosted"], name=e.name(HOST, org_id), years=years, date=last
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
                        TEXTS["hint_uneven"],
                        most=e.name(MODERATOR, most),
                        max=hi,
                        least=e.name(MODERATOR, least),
                        min=lo,
                    )
                )
    planned = [s for s in slots if s.meeting_id is not None]
    if any(s.meeting_id is None for s in slots):
        last = planned[-1].day if planned else (snap.meetings[-1].day if snap.meetings else today)
        hints.append(Text.of(TEXTS["hint_estimated"], date=last, cadence=_cadence_text(snap)))
    return hints


def forecast(
    session: Session, group_id: int, n: int = 4, *, today: dt.date | None = None
) -> Forecast:
    """Who hosts, moderates, co-moderates and writes the protocol of the next *n* meetings."""
    today = today_or_now(today)
    return forecast_with_engine(load_snapshot(session, group_id, today), today, n)[0]


def forecast_with_engine(snap: Snapshot, today: dt.date, n: int) -> tuple[Forecast, Engine]:
    """The forecast, and the engine as it stands today (before the coming meetings), which
    the history and the balance read."""
    n = max(1, min(int(n), MAX_FORECAST))
    slots = coming_slots(snap, today, n)
    before = Engine(snap, today)
    _engine, filled = run_slots(snap, today, slots)
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
        TEXTS["cadence_title"],
        slot.status,
        slot.roles,
    )


def propose_for_meeting(
    session: Session, meeting_id: int, *, today: dt.date | None = None
) -> ForecastSlot:
    """The rotation's proposal for one coming meeting (e.g. for the meeting editor).

    Raises a ``UserError`` for a meeting that is over or cancelled.
    """
    return meeting_slot(session, meeting_id, today_or_now(today))[3]


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
    today = today_or_now(today)
    snap = load_snapshot(session, group_id, today)
    if exclude_meeting_id is not None:
        snap.meetings = [m for m in snap.meetings if m.id != exclude_meeting_id]
    _engine, filled = run_slots(snap, today, coming_slots(snap, today, 0, until=day))
    return _titled(filled[-1])
