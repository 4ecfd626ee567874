"""When to meet next: date suggestions with reasons (from the group's cadence, public
holidays and absences), a suggestion turned into a meeting, and what the month calendar
shows.

Rules of :func:`suggest_dates` (tested as properties):

* never on a weekend, only on the cadence's weekdays;
* never on a public holiday in any federal state among the group's organisations (the
  ``holidays`` package, German subdivisions; nationwide ones when an organisation has no
  state set);
* never on a day the moderator (if one is given) declared an absence or moderates another
  meeting at that time, never on a day the group already meets;
* the others' absences do not exclude a day but count against it; each candidate says who
  cannot come and why, and the days skipped near the target say why they were skipped.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.meetings.absences import absences_between
from copdesk.model.meetings.cadence import (
    cadence_of,
    cadence_target,
    check_cadence,
    load_group,
    spread_days,
)
from copdesk.model.meetings.dto import (
    Absent,
    Cadence,
    CalendarEntry,
    Candidate,
    MeetingData,
    Skipped,
    Suggestions,
)
from copdesk.model.meetings.editing import add_meeting, with_group_defaults
from copdesk.model.meetings.holidays import group_states, holidays_between
from copdesk.model.meetings.times import local_time_problem, to_instant, to_local
from copdesk.model.tables import MeetingStatus

DAY = dt.timedelta(days=1)
MAX_SEARCH_DAYS = 400
# one member away weighs like a week off the target of a monthly cadence (two days weekly)
ABSENT_WEIGHT = {"month": 7.0, "week": 2.0}
BRIDGE_WEIGHT = 5.0


class GroupWithoutOrganisations(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{group}” has no members with an organisation, so the public holidays to avoid are "
        "unknown. Add members and give their organisations a federal state first.",
    )


class CohortEnded(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The learning circle “{group}” ended on {day}, so no dates are suggested. Start a "
        "new cohort (Group › Learning circle…) to meet again.",
    )


# --- suggestions -----------------------------------------------------------------------


def suggestions_paused(session: Session, group_id: int, day: dt.date) -> dt.date | None:
    """The day the group's latest learning-circle cohort ended, if on or before *day*
    (here, not in ``cohorts``, which builds on this package)."""
    ended = session.scalars(
        select(E.Cohort.ended_on)
        .where(E.Cohort.group_id == group_id)
        .order_by(E.Cohort.number.desc())
        .limit(1)
    ).first()
    return ended if ended is not None and ended <= day else None


def last_meeting_day(session: Session, group_id: int) -> dt.date | None:
    """The local date of the group's latest meeting that is not cancelled (may be ahead)."""
    mt = E.Meeting
    row = session.execute(
        select(mt.start_at, mt.tz)
        .where(mt.group_id == group_id, mt.status != MeetingStatus.CANCELLED)
        .order_by(mt.start_at.desc())
        .limit(1)
    ).first()
    return to_local(row[0], row[1]).date() if row else None


def _group_members(session: Session, group_id: int, day: dt.date) -> dict[int, str]:
    """The group's people on *day* (whose absences count against a date), by name."""
    m = E.Member
    rows = session.execute(
        select(m.id, m.first_name, m.last_name).where(groups.people_clause(group_id, day, m.id))
    ).all()
    return {r[0]: " ".join(p for p in (r[1], r[2]) if p) for r in rows}


def _is_bridge(day: dt.date, holiday_days: set[dt.date]) -> bool:
    before, after = day - DAY, day + DAY
    return (before in holiday_days and after.weekday() >= 5) or (
        after in holiday_days and before.weekday() >= 5
    )


def suggest_dates(
    session: Session,
    group_id: int,
    *,
    count: int = 5,
    after: dt.date | None = None,
    today: dt.date | None = None,
    moderator_id: int | None = None,
    cadence: Cadence | None = None,
    language: str = "de",
) -> Suggestions:
    """The best *count* dates near the cadence target, after *after* (default: today).

    Raises ``GroupWithoutOrganisations`` when no member of the group has an organisation.
    """
    group = load_group(session, group_id)
    if (ended := suggestions_paused(session, group_id, today or dt.date.today())) is not None:
        raise CohortEnded(group=group.name, day=f"{ended:%d.%m.%Y}")
    cadence = check_cadence(cadence) if cadence is not None else cadence_of(group)
    count = max(1, min(count, 50))
    today = today or dt.date.today()
    earliest = max(after or today, today) + DAY
    states, no_state = group_states(session, group_id, earliest)
    if not states and not no_state:
        raise GroupWithoutOrganisations(group=group.name)
    holiday_states = states + (("",) if no_state else ())
    last = last_meeting_day(session, group_id)
    target = cadence_target(last, cadence, earliest)
    spread = spread_days(cadence)
    lo = max(earliest, target - dt.timedelta(days=spread))
    hi_limit = lo + dt.timedelta(days=MAX_SEARCH_DAYS)

    holidays = {
        h.day: h
        for h in holidays_between(holiday_states, lo - DAY, hi_limit + DAY, language=language)
    }
    members = _group_members(session, group_id, earliest)
    if moderator_id is not None and moderator_id not in members:
        moderator = session.get(E.Member, moderator_id)
        members[moderator_id] = moderator.display_name if moderator else ""

    away = absences_between(session, lo, hi_limit, member_ids=members)
    mt = E.Meeting
    busy = session.execute(
        select(
            mt.title,
            mt.start_at,
            mt.end_at,
            mt.tz,
            mt.group_id,
            mt.moderator_id,
            mt.co_moderator_id,
        ).where(
            mt.status != MeetingStatus.CANCELLED,
            mt.end_at >= dt.datetime.combine(lo - DAY, dt.time(), dt.UTC),
            mt.start_at <= dt.datetime.combine(hi_limit + 2 * DAY, dt.time(), dt.UTC),
        )
    ).all()
    group_days: dict[dt.date, str] = {}
    for row in busy:
        if row[4] == group_id:
            group_days.setdefault(to_local(row[1], row[3]).date(), row[0])

    candidates: list[Candidate] = []
    skipped: list[Skipped] = []
    near = (target - dt.timedelta(days=spread), target + dt.timedelta(days=spread))
    day = lo
    hi = target + dt.timedelta(days=spread)
    while day <= hi_limit and (day <= hi or len(candidates) < count):
        current, day = day, day + DAY
        if current.weekday() >= 5 or current.isoweekday() not in cadence.weekdays:
            continue
        listed = near[0] <= current <= near[1]
        holiday = holidays.get(current)
        if holiday is not None:
            if listed:
                skipped.append(Skipped(current, "holiday", holiday=holiday))
            continue
        local = dt.datetime.combine(current, cadence.window_start)
        if local_time_problem(local, DEFAULT_TZ):
            if listed:
                skipped.append(Skipped(current, "time"))
            continue
        if current in group_days:
            if listed:
                skipped.append(Skipped(current, "meeting", meeting=group_days[current]))
            continue
        absent = tuple(
            Absent(
                a.member_id, a.member, a.note, "moderator" if a.member_id == moderator_id else ""
            )
            for a in away
            if a.covers(current)
        )
        start = to_instant(local, DEFAULT_TZ)
        end = start + dt.timedelta(minutes=cadence.minutes)
        if moderator_id is not None:
            mod_away = tuple(a for a in absent if a.member_id == moderator_id)
            if mod_away:
                if listed:
                    skipped.append(Skipped(current, "absent", absent=mod_away))
                continue
            clash = next(
                (r for r in busy if r[1] < end and r[2] > start and moderator_id in (r[5], r[6])),
                None,
            )
            if clash is not None:
                if listed:
                    skipped.append(Skipped(current, "busy", meeting=clash[0]))
                continue
        bridge = _is_bridge(current, set(holidays))
        distance = (current - target).days
        score = (
            abs(distance)
            + ABSENT_WEIGHT[cadence.unit] * len(absent)
            + (BRIDGE_WEIGHT if bridge else 0)
        )
        candidates.append(Candidate(current, start, end, distance, absent, bridge, score))
    best = sorted(candidates, key=lambda c: (c.score, abs(c.distance), c.day))[:count]
    return Suggestions(
        group_id=group_id,
        cadence=cadence,
        last_meeting=last,
        target=target,
        states=states,
        organisations_without_state=no_state,
        candidates=tuple(best),
        skipped=tuple(skipped),
        moderator_id=moderator_id,
    )


def meeting_for_day(
    session: Session, group_id: int, day: dt.date, title: str, *, cadence: Cadence | None = None
) -> MeetingData:
    """A new meeting on *day* at the cadence's time and length (planned, online), with
    the group's video tool, join link and whiteboard."""
    group = load_group(session, group_id)
    cadence = cadence or cadence_of(group)
    data = MeetingData(
        group_id=group_id,
        title=title,
        start=dt.datetime.combine(day, cadence.window_start),
        minutes=cadence.minutes,
        tz=DEFAULT_TZ,
    )
    return with_group_defaults(session, data)


def plan_date(
    session: Session, group_id: int, day: dt.date, title: str, *, cadence: Cadence | None = None
) -> int:
    """Turn a suggested date into a planned meeting; returns its id."""
    return add_meeting(session, meeting_for_day(session, group_id, day, title, cadence=cadence))


# --- the month calendar ----------------------------------------------------------------


def calendar_entries(
    session: Session, group_id: int, start: dt.date, end: dt.date, *, language: str = "de"
) -> list[CalendarEntry]:
    """Meetings of the group, absences of its members and the public holidays of its
    states between *start* and *end* (inclusive), one entry per day and thing."""
    out: list[CalendarEntry] = []
    mt = E.Meeting
    lo = dt.datetime.combine(start - DAY, dt.time(), dt.UTC)
    hi = dt.datetime.combine(end + 2 * DAY, dt.time(), dt.UTC)
    for m in session.scalars(
        select(mt)
        .where(mt.group_id == group_id, mt.start_at < hi, mt.end_at > lo)
        .order_by(mt.start_at)
    ):
        local_start, local_end = to_local(m.start_at, m.tz), to_local(m.end_at, m.tz)
        if start <= local_start.date() <= end:
            out.append(
                CalendarEntry(
                    local_start.date(),
                    "meeting",
                    m.title,
                    m.id,
                    f"{local_start:%H:%M}–{local_end:%H:%M}",
                    m.status,
                )
            )

    # whose absences: the group's people today, or on the nearest day of another month
    people_day = min(max(start, dt.date.today()), end) if end >= start else start
    for a in absences_between(session, start, end, group_id=group_id, day=people_day):
        day = max(a.start_on, start)
        while day <= min(a.end_on, end):
            out.append(CalendarEntry(day, "absence", a.member, a.member_id, a.note))
            day += DAY
    states, no_state = group_states(session, group_id, people_day)
    wanted = states + (("",) if no_state else ())
    if wanted:
        for h in holidays_between(wanted, start, end, language=language):
            out.append(CalendarEntry(h.day, "holiday", h.name, None, ",".join(h.states)))
    kind_order = {"holiday": 0, "meeting": 1, "absence": 2}
    out.sort(
        key=lambda e: (
            e.day,
            kind_order[e.kind],
            e.detail if e.kind == "meeting" else "",
            e.title.casefold(),
        )
    )
    return out


def instant_of(day: dt.date, time: dt.time, tz: str = DEFAULT_TZ) -> dt.datetime:
    return to_instant(dt.datetime.combine(day, time), tz)
