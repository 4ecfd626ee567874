"""The meetings overview's attendance line comes from a cheap summary query; it must say
what the full attendance sheet says, for every meeting of the demo community."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from copdesk.demo import write_demo
from copdesk.model import db, meetings, uow
from copdesk.model import entities as E


def test_summary_agrees_with_the_sheet_for_every_demo_meeting(tmp_path):
    path = tmp_path / "demo.copdesk"
    write_demo(path, today=dt.date(2026, 11, 27))
    community = db.open_community(path)
    try:
        ids = uow.read(community, lambda s: s.scalars(select(E.Meeting.id)).all())
        assert len(ids) > 40
        checked_away = 0
        for meeting_id in ids:
            sheet = uow.read(community, meetings.get_attendance, meeting_id)
            counts, away = uow.read(community, meetings.attendance_summary, meeting_id)
            assert {k: v for k, v in counts.items() if k} == {
                k: v for k, v in sheet.counts().items() if k
            }
            assert away == tuple(r.name for r in sheet.rows if r.absence)
            checked_away += bool(away)
        assert checked_away > 0  # the demo has absences on meeting days
    finally:
        community.close()
