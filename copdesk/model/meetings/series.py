"""Series of meetings: dates computed in local time, each session its own meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from copdesk.model.meetings.dto import MeetingRow, SeriesData, SeriesSession
from copdesk.model.meetings.editing import with_group_defaults
from copdesk.model.meetings.holidays import holidays_between
from copdesk.model.meetings.reading import list_meetings
from copdesk.model.meetings.records import apply_data
from copdesk.model.meetings.times import local_time_problem, to_instant
from copdesk.model.meetings.validation import normalise
from copdesk.model.tables import MeetingStatus

SERIES_MAX = 52


def plan_series(data: SeriesData, *, language: str = "de") -> list[SeriesSession]:
    """The dates of a series, computed in local time (a weekly 08:30 stays 08:30 across
    the DST change), each flagged with a public holiday or a local-time problem."""
    start = data.first.start
    if start is None or data.count <= 0 or data.interval <= 0:
        return []
    count = min(data.count, SERIES_MAX)
    days = [start + dt.timedelta(weeks=data.interval * k) for k in range(count)]
    names: dict[dt.date, str] = {}
    if data.holiday_states:
        for h in holidays_between(
            data.holiday_states, days[0].date(), days[-1].date(), language=language
        ):
            names[h.day] = h.name
    return [
        SeriesSession(k, day, names.get(day.date(), ""), local_time_problem(day, data.first.tz))
        for k, day in enumerate(days)
    ]


def series_title(title: str, index: int, count: int) -> str:
    return f"{title} ({index + 1}/{count})"


def create_series(session: Session, data: SeriesData, *, language: str = "de") -> int:
    """Create a series and its sessions in one step; returns the series id.

    Every session is a meeting linked to the series (``series_id``, ``series_index`` and
    its original start for a later recurring invitation), so moving or cancelling one
    leaves the others alone.
    """
    if not 1 <= data.count <= SERIES_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A series has between 1 and {max} sessions."),
            field="count",
            max=SERIES_MAX,
        )
    if not 1 <= data.interval <= 8:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sessions are 1 to 8 weeks apart."), field="interval"
        )
    first, _start, _end = normalise(session, with_group_defaults(session, data.first))
    sessions = plan_series(replace(data, first=first), language=language)
    for s in sessions:
        if s.problem:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Session {n} would start at {time} on the night the clocks change, a time "
                    "that does not exist or exists twice. Choose another time.",
                ),
                field="start",
                n=s.index + 1,
                time=f"{s.start:%H:%M}",
            )
    template_items: tuple[tuple[str, str, int], ...] = ()
    if data.template_id is not None:
        template = session.get(E.AgendaTemplate, data.template_id)
        if template is None:
            raise NotFoundError()
        template_items = tuple((i.kind, i.title, i.minutes) for i in template.items)
    series = E.MeetingSeries(
        group_id=first.group_id,
        title=first.title,
        freq="weekly",
        interval=data.interval,
        count=len(sessions),
    )
    session.add(series)
    session.flush()
    for s in sessions:
        start = to_instant(s.start, first.tz)
        meeting = E.Meeting(series_id=series.id, series_index=s.index, series_original_start=start)
        status = first.status
        notes = first.notes
        if data.cancel_on_holidays and s.holiday:
            status = MeetingStatus.CANCELLED.value
            notes = (notes + "\n" if notes else "") + s.holiday
        apply_data(
            meeting,
            replace(
                first,
                title=series_title(first.title, s.index, len(sessions)),
                status=status,
                notes=notes,
            ),
            start,
            start + dt.timedelta(minutes=first.minutes),
        )
        meeting.agenda_items = [
            E.AgendaItem(position=n, kind=k, title=t, minutes=m)
            for n, (k, t, m) in enumerate(template_items)
        ]
        session.add(meeting)
    session.flush()
    return series.id


def series_meetings(session: Session, series_id: int) -> list[MeetingRow]:
    return sorted(
        (r for r in list_meetings(session) if r.series_id == series_id),
        key=lambda r: (r.series_index or 0, r.id),
    )
