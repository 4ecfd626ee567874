"""The demo's Working Out Loud circle as two cohorts: one finished, one running now."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from copdesk import demo
from copdesk.model import cohorts, db, meetings, uow
from copdesk.model import entities as E

TODAY = dt.date(2025, 11, 4)


def test_finished_and_running_cohort_with_pack_and_goals(tmp_path):
    path = tmp_path / "demo.copdesk"
    demo.write_demo(path, today=TODAY)
    com = db.open_community(path)
    try:
        gid = uow.read(
            com, lambda s: s.scalar(select(E.Group.id).where(E.Group.parent_id.is_not(None)))
        )
        rows = uow.read(com, cohorts.list_cohorts, gid, today=TODAY)
        assert [(r.number, r.state) for r in rows] == [(2, cohorts.RUNNING), (1, cohorts.ENDED)]
        assert rows[0].current_week == 7 and rows[1].ended_on is not None
        old = uow.read(com, cohorts.get_cohort, rows[1].id, today=TODAY)
        assert old.pack is not None and old.pack.name == "Lernkreis in 12 Wochen"
        assert len(old.weeks) == 12 and all(w.status == "held" for w in old.weeks)
        assert old.weeks[11].title == "Woche 12: Rückblick und Feier"
        assert sum(bool(g.goal) for g in old.goals) == 3
        new = uow.read(com, cohorts.get_cohort, rows[0].id, today=TODAY)
        assert [w.status for w in new.weeks].count("held") == 6
        assert [w.status for w in new.weeks].count("planned") == 6
        # running: date suggestions still work for the circle
        uow.read(com, meetings.suggest_dates, gid, today=TODAY)
    finally:
        com.close()
