"""The seam between the Lean Coffee board's controller and its window.

The controller holds the board, runs each change as one undo step and keeps the live timer;
the window only shows what the controller tells it. Real widgets on a copy of the demo
community's file, a fake clock for the timer.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import leancoffee as lc
from copdesk.model import uow
from copdesk.ui.backlog import BacklogPage
from copdesk.ui.board import BoardController
from copdesk.ui.board import window as board_window
from tests.backlog.conftest import FakeClock, next_meeting_id
from tests.ui.helpers import check, when_modal

START = dt.datetime(2027, 1, 20, 13, 45, tzinfo=dt.UTC).timestamp()


def backlog_page(window, qtbot) -> BacklogPage:
    window.activateWindow()
    n = window.page_types.index(BacklogPage) + 1
    qtbot.keyClick(window.nav, getattr(Qt.Key, f"Key_{n}"), Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, BacklogPage)
    return page


def open_topics(session, meeting_id: int, n: int) -> list[int]:
    group = session.get(E.Meeting, meeting_id).group_id
    return list(
        session.scalars(
            select(E.Topic.id)
            .where(E.Topic.group_id == group, E.Topic.status == "open")
            .order_by(E.Topic.id)
            .limit(n)
        )
    )


def test_the_controller_alone_runs_undo_steps_and_says_what_changed(demo_window, demo, qtbot):
    ctx = backlog_page(demo_window, qtbot).ctx
    meeting_id = uow.read(demo, next_meeting_id)
    controller = BoardController(ctx, meeting_id, FakeClock(START))
    reloaded: list[int] = []
    controller.reloaded.connect(lambda: reloaded.append(len(controller.board.to_discuss)))
    topics = uow.read(demo, open_topics, meeting_id, 3)

    controller.add_topics(topics)
    assert reloaded[-1] == 3
    assert ctx.commands.stack.undoText().startswith("Add 3 topics")
    ctx.commands.stack.undo()
    assert reloaded[-1] == 0 and controller.board.to_discuss == ()
    ctx.commands.stack.redo()
    assert len(controller.board.to_discuss) == 3

    # a refused change is reported, not raised, and changes nothing
    failed: list[object] = []
    controller.failed.connect(failed.append)
    controller.extend()
    assert isinstance(failed[-1], lc.NothingDiscussing)
    controller.vote(controller.board.to_discuss[0], 1)  # nobody recorded as present
    assert len(failed) == 2 and controller.board.total_votes == 0

    controller.detach()
    ctx.commands.run("elsewhere", lc.remove_from_board, meeting_id, topics[0])
    assert len(controller.board.to_discuss) == 3  # detached: no reload any more


def test_the_window_shows_what_the_controller_holds(demo_window, demo, qtbot, monkeypatch):
    beeps: list[int] = []
    monkeypatch.setattr(board_window, "end_signal", lambda: beeps.append(1))
    page = backlog_page(demo_window, qtbot)
    clock = FakeClock(START)
    page.board_clock = clock
    meeting_id = uow.read(demo, next_meeting_id)
    board = page.open_board(meeting_id)
    c = board.controller
    assert board.board is c.board

    topics = uow.read(demo, open_topics, meeting_id, 2)
    c.add_topics(topics)
    people = [p.member_id for p in c.board.participants[:2]]
    c.set_presence(people)
    assert board.todo_model.rowCount() == 2
    assert "2 present" in board.budget_label.text()

    # a vote for the selected participant shows on the card and in the votes left
    board.voter_combo.setCurrentIndex(board.voter_combo.findData(people[0]))
    assert c.voter == people[0]
    left = c.votes_left()
    voted = c.board.to_discuss[1]
    c.vote(voted, 1)
    assert c.votes_left() == left - 1
    assert str(left - 1) in board.left_label.text()
    assert c.mine()[voted.topic_id] == 1
    assert c.board.to_discuss[0].topic_id == voted.topic_id  # most votes first
    assert "●" in board._details(c.board.to_discuss[0])

    # discussing starts the recorded timer; the window shows the controller's time
    assert c.discuss(None)
    assert c.timer.active and c.ticker.isActive()
    assert board.discussing.timer_label.text() == "08:00"
    clock.advance(480)
    c.tick()
    c.tick()  # the end is reported once
    assert beeps == [1]
    assert board.discussing.alarm_label.isVisible()

    # a change made elsewhere (another page, the minutes) reaches the board
    board.ctx.commands.run("elsewhere", lc.finish, meeting_id, seconds_used=480, now=c.now())
    assert c.board.discussing is None and len(c.board.discussed) == 1
    assert not c.timer.active and not c.ticker.isActive()
    assert board.done_model.rowCount() == 1
    assert not board.discussing.alarm_label.isVisible()

    # undo in the whole program brings the timer back where it was recorded
    board.ctx.commands.stack.undo()
    assert c.board.discussing is not None and c.timer.active
    assert c.timer.remaining() == 0

    # a refused change: the window shows the message
    assert c.finish()
    assert c.board.discussing is None

    def close_box(box: QMessageBox) -> None:
        assert "No topic is in Discussing" in box.text()
        box.accept()

    done = when_modal(qtbot, close_box)
    c.extend()
    check(done)
    board.close()
    assert not c.ticker.isActive()
