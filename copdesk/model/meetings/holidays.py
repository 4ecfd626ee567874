"""Public holidays per German federal state (the ``holidays`` package) and the states of
a group's organisations.

``holidays`` is imported inside the function that uses it (start-up speed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.meetings.dto import Holiday
from copdesk.model.states import FEDERAL_STATES


@lru_cache(maxsize=256)
def _year_holidays(state: str, year: int, language: str) -> tuple[tuple[dt.date, str], ...]:
    import holidays  # deferred: start-up cost

    lang = "de" if language.startswith("de") else "en_US"
    found = holidays.country_holidays("DE", subdiv=state or None, years=year, language=lang)
    return tuple(sorted(found.items()))


def holidays_between(
    states: Iterable[str], start: dt.date, end: dt.date, *, language: str = "de"
) -> list[Holiday]:
    """Public holidays in [start, end] in any of *states* (ISO codes such as "BW"; "" for
    the nationwide ones only), each with the states where it applies, in date order."""
    states = tuple(sorted(set(states)))
    found: dict[tuple[dt.date, str], set[str]] = {}
    national: set[dt.date] = set()
    for year in range(start.year, end.year + 1):
        national.update(day for day, _name in _year_holidays("", year, language))
        for state in states:
            for day, name in _year_holidays(state, year, language):
                if start <= day <= end:
                    found.setdefault((day, name), set()).add(state)
    return [
        Holiday(day, name, tuple(sorted(s)), day in national)
        for (day, name), s in sorted(found.items())
    ]


def group_states(
    session: Session, group_id: int, day: dt.date | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The federal states of the organisations of the group's people on *day* (default:
    today), and the names of those organisations that have no state set."""
    m, o = E.Member, E.Organisation
    rows = session.execute(
        select(o.name, o.state)
        .distinct()
        .join(m, m.organisation_id == o.id)
        .where(groups.people_clause(group_id, day or dt.date.today(), m.id))
    ).all()
    # a state the holidays package does not know counts as none (it would raise)
    states = tuple(sorted({r[1] for r in rows if r[1] in FEDERAL_STATES}))
    missing = tuple(sorted({r[0] for r in rows if r[1] not in FEDERAL_STATES}))
    return states, missing
