"""What one invitation is about, as a tagged union: a meeting on its own
(``MeetingTarget``), a whole series as one recurring entry (``SeriesTarget``) or one
session of a series as its exception (``SessionTarget``). Each knows its part of the send
log and what its recipients last got; ``describe`` says what it says now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import ClassVar

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.invitations.dto import INVITING, SCOPE_MEETING, SCOPE_SERIES, SeriesRule
from copdesk.model.invitations.errors import NotInSeries
from copdesk.model.invitations.facts import Facts, meeting_facts
from copdesk.model.invitations.log import Rows, SendLog, Snapshot, in_order, send_log, snapshot_of
from copdesk.model.invitations.series import SeriesPlan, series_plan
from copdesk.model.invitations.values import get_meeting, one_line, series_of
from copdesk.model.tables import MeetingStatus


@dataclass(frozen=True)
class MeetingTarget:
    """A meeting that is not a session of a series."""

    meeting: E.Meeting
    log: SendLog
    scope: ClassVar[str] = SCOPE_MEETING

    @property
    def series_id(self) -> None:
        return None

    @property
    def series_sent(self) -> bool:
        return False

    def level_rows(self, kinds: tuple[str, ...] | None = None) -> Rows:
        """The sends that describe this target itself."""
        return self.log.where(kinds=kinds)

    def baseline(self, row: E.InvitationSend | None) -> Snapshot | None:
        """What the recipients got about this target in *row*."""
        return snapshot_of(row)


@dataclass(frozen=True)
class InSeries:
    """What the two targets of a series share: the series, its rule, its send log."""

    meeting: E.Meeting
    series: E.MeetingSeries
    plan: SeriesPlan
    log: SendLog

    @property
    def series_id(self) -> int:
        return self.series.id

    @property
    def series_sent(self) -> bool:
        """The whole series was sent (a session can then be sent as its exception)."""
        return bool(self.log.where(meeting_id=None, kinds=INVITING))


@dataclass(frozen=True)
class SeriesTarget(InSeries):
    """The whole series of ``meeting`` as one recurring entry."""

    scope: ClassVar[str] = SCOPE_SERIES

    def level_rows(self, kinds: tuple[str, ...] | None = None) -> Rows:
        """The whole series' sends (not those of single sessions)."""
        return self.log.where(meeting_id=None, kinds=kinds)

    def baseline(self, row: E.InvitationSend | None) -> Snapshot | None:
        return snapshot_of(row)


@dataclass(frozen=True)
class SessionTarget(InSeries):
    """One session of a series (``meeting``), sent as an exception of the series' entry."""

    scope: ClassVar[str] = SCOPE_MEETING

    def level_rows(self, kinds: tuple[str, ...] | None = None) -> Rows:
        """The whole series' sends and this session's (not the other sessions')."""
        rows = self.log.where(meeting_id=None, kinds=kinds) + self.log.where(
            meeting_id=self.meeting.id, kinds=kinds
        )
        return in_order(rows)

    def baseline(self, row: E.InvitationSend | None) -> Snapshot | None:
        """What the recipients got about this session in *row*: from a whole-series send,
        this session's line of it."""
        data = snapshot_of(row)
        if data is None or row is None or row.meeting_id is not None:
            return data
        entry = (data.get("sessions") or {}).get(str(self.meeting.series_index))
        if entry is None:
            return None
        data = {k: v for k, v in data.items() if k not in ("rule", "sessions")}
        data.update(
            start=entry[0],
            end=entry[1],
            cancelled=bool(entry[2]) or bool(data.get("cancelled")),
            recurrence_id=entry[3] if len(entry) > 3 else None,
        )
        return data


Target = MeetingTarget | SeriesTarget | SessionTarget


def make_target(session: Session, meeting_id: int, scope: str) -> Target:
    """The target for *meeting_id*: with ``SCOPE_SERIES`` its whole series, else the
    meeting (a session of a series: that session)."""
    meeting = get_meeting(session, meeting_id)
    series = series_of(session, meeting)
    if series is None:
        if scope == SCOPE_SERIES:
            raise NotInSeries()
        return MeetingTarget(meeting=meeting, log=send_log(session, meeting, None))
    if scope == SCOPE_SERIES:
        return series_target(session, meeting, series)
    plan = series_plan(session, series)
    return SessionTarget(
        meeting=meeting, series=series, plan=plan, log=send_log(session, meeting, series)
    )


def series_target(session: Session, meeting: E.Meeting, series: E.MeetingSeries) -> SeriesTarget:
    """The whole *series* (of which *meeting* is a session) as one recurring entry."""
    plan = series_plan(session, series)
    return SeriesTarget(
        meeting=meeting, series=series, plan=plan, log=send_log(session, meeting, series)
    )


@dataclass(frozen=True)
class Description:
    """What an invitation about a target says now."""

    facts: Facts
    whole_series: SeriesPlan | None = None  # a series as one recurring entry: its rule
    recurrence_id: dt.datetime | None = None  # one session of a series: its original start

    @property
    def rule(self) -> SeriesRule | None:
        return self.whole_series.rule() if self.whole_series is not None else None


def describe(session: Session, target: Target) -> Description:
    meeting = target.meeting
    if isinstance(target, SeriesTarget):
        plan = target.plan
        first = next(
            (m for m in plan.sessions if m.status != MeetingStatus.CANCELLED), plan.sessions[0]
        )
        facts = meeting_facts(session, first, with_agenda=False)
        start = plan.original(0)
        group = session.get(E.Group, plan.series.group_id)
        facts = replace(
            facts,
            title=one_line(plan.series.title) or facts.title,
            start=start,
            end=start + plan.duration,
            group=group.name if group else facts.group,
        )
        return Description(facts, whole_series=plan)
    facts = meeting_facts(session, meeting)
    if isinstance(target, SessionTarget):  # one instance of the recurring entry keeps its name
        facts = replace(facts, title=one_line(target.series.title) or facts.title)
        return Description(facts, recurrence_id=target.plan.original_of(meeting))
    return Description(facts)
