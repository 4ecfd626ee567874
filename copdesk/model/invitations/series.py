"""A series as one recurring calendar entry: the rule its sessions follow (where they
agree most), each session's original start (RECURRENCE-ID), the moved and the cancelled
ones."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import NotFoundError
from copdesk.model.invitations.dto import SeriesRule, SessionException
from copdesk.model.invitations.values import one_line, utc, zone
from copdesk.model.tables import MeetingStatus


def _add_step(local: dt.datetime, freq: str, interval: int, k: int) -> dt.datetime:
    if freq == "daily":
        return local + dt.timedelta(days=interval * k)
    if freq == "monthly":
        months = local.month - 1 + interval * k
        year, month = local.year + months // 12, months % 12 + 1
        day = local.day
        while True:
            try:
                return local.replace(year=year, month=month, day=day)
            except ValueError:
                day -= 1
    return local + dt.timedelta(weeks=interval * k)


def _from_local(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return naive.replace(tzinfo=zone).astimezone(dt.UTC)


@dataclass(frozen=True)
class SeriesPlan:
    series: E.MeetingSeries
    sessions: tuple[E.Meeting, ...]
    zone: ZoneInfo
    anchor: dt.datetime  # naive local wall time of session 0 in the rule
    duration: dt.timedelta
    count: int
    freq: str
    interval: int

    def original(self, index: int) -> dt.datetime:
        return _from_local(_add_step(self.anchor, self.freq, self.interval, index), self.zone)

    def original_of(self, meeting: E.Meeting) -> dt.datetime:
        """RECURRENCE-ID: the stored original start, else the one the rule gives."""
        if meeting.series_original_start is not None:
            return utc(meeting.series_original_start)
        return self.original(meeting.series_index or 0)

    def moved(self, meeting: E.Meeting) -> bool:
        original = self.original_of(meeting)
        return (
            utc(meeting.start_at) != original
            or utc(meeting.end_at) - utc(meeting.start_at) != self.duration
        )

    def rule(self) -> SeriesRule:
        present = {m.series_index: m for m in self.sessions}
        exdates = []
        exceptions = []
        for index in range(self.count):
            meeting = present.get(index)
            if meeting is None:
                exdates.append(self.original(index))
            elif meeting.status == MeetingStatus.CANCELLED:
                exdates.append(self.original_of(meeting))
            elif self.moved(meeting):
                exceptions.append(
                    SessionException(
                        index=index,
                        original_start=self.original_of(meeting),
                        start=utc(meeting.start_at),
                        end=utc(meeting.end_at),
                        title=one_line(meeting.title),
                    )
                )
        return SeriesRule(
            freq=self.freq,
            interval=self.interval,
            count=self.count,
            exdates=tuple(sorted(exdates)),
            exceptions=tuple(exceptions),
        )


def _index(session_: E.Meeting) -> int:
    """A session's position in its series (``series_plan`` reads only sessions with one)."""
    return session_.series_index or 0


def series_plan(session: Session, series: E.MeetingSeries) -> SeriesPlan:
    """The rule of *series*, from its sessions (the meetings with a ``series_index``)."""
    sessions = tuple(
        session.scalars(
            select(E.Meeting)
            .where(E.Meeting.series_id == series.id, E.Meeting.series_index.is_not(None))
            .order_by(E.Meeting.series_index, E.Meeting.id)
        )
    )
    if not sessions:
        raise NotFoundError()
    local_zone = zone(sessions[0].tz)
    freq = series.freq if series.freq in ("daily", "weekly", "monthly") else "weekly"
    interval = max(int(series.interval or 1), 1)

    def back(local: dt.datetime, index: int) -> dt.datetime:
        return _add_step(local, freq, interval, -index)

    # the rule's first start: where the stored original starts (else the actual starts)
    # of the sessions agree most; moved sessions are the outliers
    stored = [
        back(utc(m.series_original_start).astimezone(local_zone).replace(tzinfo=None), _index(m))
        for m in sessions
        if m.series_original_start is not None
    ]
    actual = [
        back(utc(m.start_at).astimezone(local_zone).replace(tzinfo=None), _index(m))
        for m in sessions
    ]
    anchor = Counter(stored or actual).most_common(1)[0][0]
    durations = Counter(utc(m.end_at) - utc(m.start_at) for m in sessions)
    duration = max(durations.items(), key=lambda kv: (kv[1], -kv[0].total_seconds()))[0]
    count = max(int(series.count or 0), max(_index(m) for m in sessions) + 1)
    return SeriesPlan(
        series=series,
        sessions=sessions,
        zone=local_zone,
        anchor=anchor,
        duration=duration,
        count=count,
        freq=freq,
        interval=interval,
    )
