"""Shared steps of the group tests."""

from __future__ import annotations

import datetime as dt

from copdesk.model import entities as E
from copdesk.model import uow


def attended(community, group_id: int, member_id: int) -> None:
    """A past meeting of the group that *member_id* attended (history in the group)."""

    def add(session) -> None:
        start = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)
        meeting = E.Meeting(
            group_id=group_id, title="m", start_at=start, end_at=start + dt.timedelta(hours=1)
        )
        session.add(meeting)
        session.flush()
        session.add(E.Attendance(meeting_id=meeting.id, member_id=member_id, status="attended"))

    uow.write(community, add)
