"""Revision 0002 on real data: a closed Lean Coffee board keeps being closed.

Files of revision 0001 recorded a closed board as the setting ``leancoffee.closed.<id>``
(with the instant), or only implicitly (the demo: every discussed topic points at the
meeting). The demo community is written at the head, taken back to 0001 by the
revision's downgrade, then opened as a user would: backed up and upgraded.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import select

from copdesk.demo import write_demo
from copdesk.model import db, leancoffee, uow
from copdesk.model import entities as E
from copdesk.model.migrations import HEAD, run_downgrade

TODAY = dt.date(2026, 11, 27)


def downgrade_to_0001(path) -> None:
    engine = db.make_engine(path)
    try:
        run_downgrade(engine, "0001")
    finally:
        engine.dispose()


def closed_boards(path) -> dict[int, dt.datetime]:
    community = db.open_community(path, backup_dir=path.parent / "backups")
    try:
        rows = uow.read(
            community,
            lambda s: s.execute(
                select(E.Meeting.id, E.Meeting.board_closed_at).where(
                    E.Meeting.board_closed_at.is_not(None)
                )
            ).all(),
        )
        settings = uow.read(
            community,
            lambda s: s.scalars(
                select(E.Setting.key).where(E.Setting.key.like("leancoffee.%"))
            ).all(),
        )
        assert settings == []  # the column replaced them
        for meeting_id, _closed in rows:
            assert uow.read(community, leancoffee.is_closed, meeting_id)
        return dict(rows)
    finally:
        community.close()


def setting_rows(path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return dict(
            con.execute(
                "SELECT key, value FROM setting WHERE key LIKE 'leancoffee.closed.%'"
            ).fetchall()
        )
    finally:
        con.close()


def test_closed_boards_survive_the_way_down_and_up(tmp_path):
    path = tmp_path / "demo.copdesk"
    write_demo(path, today=TODAY)
    before = closed_boards(path)
    assert len(before) == 1  # the demo's last Lean Coffee
    ((meeting_id, closed),) = before.items()

    downgrade_to_0001(path)
    assert db.inspect_file(path).revision == "0001"
    assert setting_rows(path) == {
        f"leancoffee.closed.{meeting_id}": closed.isoformat(timespec="seconds")
    }

    after = closed_boards(path)  # opening backs up and upgrades
    assert after == {meeting_id: closed.replace(microsecond=0)}
    assert db.inspect_file(path).revision == HEAD
    backups = list((tmp_path / "backups").iterdir())
    assert [db.inspect_file(b).revision for b in backups] == ["0001"]


def test_a_board_closed_without_a_setting_is_recognised_by_its_topics(tmp_path):
    path = tmp_path / "demo.copdesk"
    write_demo(path, today=TODAY)
    ((meeting_id, _closed),) = closed_boards(path).items()
    downgrade_to_0001(path)
    con = sqlite3.connect(path)
    try:
        con.execute("DELETE FROM setting WHERE key LIKE 'leancoffee.closed.%'")
        con.execute("INSERT INTO setting (key, value) VALUES ('leancoffee.closed.999', 'kaputt')")
        con.commit()
        end_at = con.execute("SELECT end_at FROM meeting WHERE id = ?", (meeting_id,)).fetchone()
    finally:
        con.close()

    after = closed_boards(path)
    end = dt.datetime.fromisoformat(end_at[0]).replace(tzinfo=dt.UTC)
    assert after == {meeting_id: end}  # no instant recorded: the meeting's end


def test_closing_a_board_sets_the_column_and_undo_clears_it(tmp_path):
    from copdesk.model import changes as ch

    path = tmp_path / "demo.copdesk"
    write_demo(path, today=TODAY)
    community = db.open_community(path)
    try:
        planned = uow.read(
            community,
            lambda s: s.scalar(
                select(E.Meeting.id)
                .where(E.Meeting.status == "planned", E.Meeting.group_id == 1)
                .order_by(E.Meeting.start_at)
            ),
        )
        assert not uow.read(community, leancoffee.is_closed, planned)
        now = dt.datetime(2027, 1, 20, 15, 30, tzinfo=dt.UTC)
        _result, changes = uow.write(community, leancoffee.close_board, planned, now=now)
        closed = uow.read(community, lambda s: s.get(E.Meeting, planned).board_closed_at)
        assert closed == now
        uow.replay(community, changes, undo=True)
        assert not uow.read(community, leancoffee.is_closed, planned)
        assert isinstance(changes, ch.Changes)
    finally:
        community.close()
