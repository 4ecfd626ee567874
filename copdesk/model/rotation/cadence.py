"""Which coming meetings the forecast covers: the planned ones, then dates estimated from
the group's cadence.

Kept apart from the engine, which fills whatever slots it is given and knows nothing of
the cadence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from copdesk.model.meetings import add_months
from copdesk.model.rotation.snapshot import Slot, Snapshot

# --- dates from the cadence ------------------------------------------------------------------


def cadence_dates(
    anchor: dt.date,
    after: dt.date,
    count: int,
    *,
    unit: str = "month",
    interval: int = 3,
    weekdays: Iterable[int] = (2, 3, 4),
) -> list[dt.date]:
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
        base = (
            add_months(anchor, interval * step)
            if unit == "month"
            else anchor + dt.timedelta(weeks=interval * step)
        )
        day = base
        while day.isoweekday() not in days:
            day += dt.timedelta(days=1)
        if day > after and (not out or day > out[-1]):
            out.append(day)
    return out


def coming_slots(
    snap: Snapshot, today: dt.date, n: int, *, until: dt.date | None = None
) -> list[Slot]:
    """The next *n* coming meetings: planned ones, then dates from the cadence.

    With *until*, the planned meetings before that date and then that date itself.
    """
    upcoming = snap.upcoming
    if until is not None:
        chosen = [m for m in upcoming if m.day < until]
        slots = [Slot(i, m.day, m, m.title) for i, m in enumerate(chosen)]
        slots.append(Slot(len(slots), until, None, ""))
        return slots
    slots = [Slot(i, m.day, m, m.title) for i, m in enumerate(upcoming[:n])]
    if len(slots) < n:
        last = snap.meetings[-1].day if snap.meetings else None
        anchor = last or today
        after = max(anchor, today - dt.timedelta(days=1))
        for day in cadence_dates(
            anchor,
            after,
            n - len(slots),
            unit=snap.cadence_unit,
            interval=snap.cadence_interval,
            weekdays=snap.weekdays,
        ):
            slots.append(Slot(len(slots), day, None, ""))
    return slots
