"""The send log: every file exported for one calendar UID, oldest first, with the JSON
snapshot of what it said (``Snapshot``), and its rows as the dialog's history.

A meeting keeps one calendar UID for ever (``Meeting.ics_uid``; a session of a series uses
its series' ``MeetingSeries.ics_uid``). Every exported file is one row of the send log
(``InvitationSend``) with its kind, sequence number, recipients and a JSON snapshot of what
it said. Whether an update is due is *computed*: the meeting as it is now is compared with
the last snapshot the recipients got — no other code has to remember to set a flag.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.invitations.dto import SCOPE_MEETING, SCOPE_SERIES, SendRecord
from copdesk.model.invitations.values import get_meeting, series_of, utc

# A send's content as JSON (``content.snapshot_content`` makes it; the log keeps it as text): an
# object of plain JSON values, read back with ``.get`` and checked where it is used.
Snapshot = dict[str, Any]
Rows = tuple[E.InvitationSend, ...]


@dataclass(frozen=True)
class SendLog:
    """The sends that share one UID, oldest first."""

    uid: str
    rows: Rows
    floor: int | None  # sequence columns on the rows (older data may only have these)

    @property
    def last_sequence(self) -> int | None:
        values = [r.sequence for r in self.rows]
        if self.floor is not None:
            values.append(self.floor)
        return max(values) if values else None

    def where(
        self,
        *,
        meeting_id: int | None | EllipsisType = ...,
        kinds: tuple[str, ...] | None = None,
    ) -> Rows:
        """The rows for *meeting_id* (None: the whole series' sends; ``...``: any) of one
        of *kinds* (None: any)."""
        rows = self.rows
        if meeting_id is not ...:
            rows = tuple(r for r in rows if r.meeting_id == meeting_id)
        if kinds is not None:
            rows = tuple(r for r in rows if r.kind in kinds)
        return rows


def in_order(rows: Iterable[E.InvitationSend]) -> Rows:
    return tuple(sorted(rows, key=lambda r: (utc(r.sent_at), r.id or 0)))


def send_log(session: Session, meeting: E.Meeting, series: E.MeetingSeries | None) -> SendLog:
    s = E.InvitationSend
    floors: list[int | None]
    if series is not None:
        rows = session.scalars(select(s).where(s.series_id == series.id))
        floors = [series.ics_sequence] + list(
            session.scalars(select(E.Meeting.ics_sequence).where(E.Meeting.series_id == series.id))
        )
        uid = series.ics_uid
    else:
        rows = session.scalars(select(s).where(s.meeting_id == meeting.id, s.series_id.is_(None)))
        floors = [meeting.ics_sequence]
        uid = meeting.ics_uid
    known = [f for f in floors if f is not None]
    return SendLog(uid=uid, rows=in_order(rows), floor=max(known) if known else None)


def snapshot_of(row: E.InvitationSend | None) -> Snapshot | None:
    """The content a send recorded; None when it recorded nothing usable."""
    if row is None:
        return None
    try:
        data = json.loads(row.snapshot or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict) or "start" not in data:
        return None
    return data


def record_dto(row: E.InvitationSend) -> SendRecord:
    return SendRecord(
        id=row.id,
        sent_at=utc(row.sent_at),
        kind=row.kind,
        sequence=row.sequence,
        recipients=tuple(x for x in (row.recipients or "").splitlines() if x),
        scope=SCOPE_SERIES if row.meeting_id is None else SCOPE_MEETING,
    )


def send_history(session: Session, meeting_id: int) -> list[SendRecord]:
    meeting = get_meeting(session, meeting_id)
    log = send_log(session, meeting, series_of(session, meeting))
    return [record_dto(r) for r in reversed(log.rows)]
