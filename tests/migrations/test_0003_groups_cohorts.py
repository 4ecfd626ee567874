"""Revision 0003 on real data: the demo taken back to 0002 and opened again keeps its rows.

0003 adds columns with an empty default (group meeting defaults, whiteboards, agenda item
text) and the cohort tables. Going down drops them; coming back up must give every row
of the older tables back unchanged, with the new columns empty, and a file whose schema
the integrity check accepts as 0003.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from copdesk.demo import write_demo
from copdesk.model import db
from copdesk.model.migrations import HEAD, run_downgrade

TODAY = dt.date(2026, 12, 8)
KEPT = ("member", "cop_group", "group_membership", "meeting", "agenda_item", "decision")


def rows(path, table: str, without: tuple[str, ...] = ()) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        names = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in without]
        return con.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        con.close()


NEW = ("video_tool", "join_url", "whiteboard_url", "details")


def test_the_demo_goes_down_to_0002_and_up_again(tmp_path):
    path = tmp_path / "demo.copdesk"
    write_demo(path, today=TODAY)
    before = {table: rows(path, table, NEW) for table in KEPT}
    assert all(before.values())
    con = sqlite3.connect(path)
    try:  # the demo's only item text: the sub-groups' report in one plenary (lost in 0002)
        texts = con.execute("SELECT kind FROM agenda_item WHERE details != ''").fetchall()
        assert texts == [("group_report",)]
    finally:
        con.close()

    engine = db.make_engine(path)
    try:
        run_downgrade(engine, "0002")
    finally:
        engine.dispose()
    assert db.inspect_file(path).revision == "0002"

    community = db.open_community(path, backup_dir=tmp_path / "backups")  # backs up, upgrades
    community.close()
    assert db.inspect_file(path).revision == HEAD
    assert {table: rows(path, table, NEW) for table in KEPT} == before
    con = sqlite3.connect(path)
    try:
        # 0002 has no column for it: coming back up, every item's text is empty again
        assert con.execute("SELECT DISTINCT details FROM agenda_item").fetchall() == [("",)]
        assert con.execute("SELECT count(*) FROM cohort").fetchone() == (0,)
    finally:
        con.close()
