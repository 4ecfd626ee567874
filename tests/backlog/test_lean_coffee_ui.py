"""A whole Lean Coffee on the demo community's next meeting, from the keyboard.

Collect topics (from the backlog and a new one typed in German), record who is here,
dot-vote (per participant and as a total, one vote beyond the budget is refused), discuss
two topics in timeboxes driven by a fake clock (one extension after a thumbs vote),
write a takeaway, a note, a decision and an action item, close the board — then find the
notes in the minutes rows and the rest back in the backlog; undo and redo the closing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from copdesk.model import entities as E
from copdesk.model import leancoffee as lc
from copdesk.model import uow
from copdesk.ui.backlog.page import BacklogPage
from copdesk.ui.backlog.pickers import MeetingPickDialog, TopicPickDialog
from copdesk.ui.board import window as board_window
from copdesk.ui.board.dialogs import NewTopicDialog, PresenceDialog, ThumbsDialog
from tests.backlog.conftest import FakeClock, next_meeting_id
from tests.ui.helpers import check, type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def activate(qtbot, widget) -> None:
    """The offscreen platform does not give the focus back after a modal dialog."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


def key(qtbot, widget, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, mod)


def in_dialog(qtbot, board, press, handler, cls=None):
    """Press a key that opens a modal dialog, run *handler* in it, come back to *board*."""

    def run(dialog):
        if cls is not None:
            assert isinstance(dialog, cls), f"expected {cls.__name__}, got {type(dialog)}"
        activate(qtbot, dialog)  # so that focus moves (Tab) behave as on a desktop
        handler(dialog)

    done = when_modal(qtbot, run)
    press()
    check(done)
    activate(qtbot, board)


def open_backlog(window, qtbot) -> BacklogPage:
    window.activateWindow()
    n = window.page_types.index(BacklogPage) + 1
    key(qtbot, window.nav, getattr(Qt.Key, f"Key_{n}"), CTRL)
    page = window.current_page()
    assert isinstance(page, BacklogPage)
    return page


def rows(session, model, **where):
    stmt = select(model)
    for name, value in where.items():
        stmt = stmt.where(getattr(model, name) == value)
    return list(session.scalars(stmt))


@pytest.fixture
def beeps(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(board_window, "end_signal", lambda: calls.append(1))
    return calls


def test_a_whole_lean_coffee_from_the_keyboard(demo_window, demo, qtbot, beeps):
    window = demo_window
    meeting_id = uow.read(demo, next_meeting_id)
    page = open_backlog(window, qtbot)
    clock = FakeClock(dt.datetime(2027, 1, 20, 13, 45, tzinfo=dt.UTC).timestamp())
    page.board_clock = clock

    # Ctrl+L asks which meeting; the next one is already chosen
    def pick_meeting(dialog: MeetingPickDialog):
        assert dialog.chosen().id == meeting_id
        key(qtbot, dialog.list, Qt.Key.Key_Return)

    done = when_modal(qtbot, pick_meeting)
    key(qtbot, page.table, Qt.Key.Key_L, CTRL)
    check(done)
    board = page.board_windows()[meeting_id]
    activate(qtbot, board)
    assert board.board.to_discuss == ()

    # who is here: tick four participants with Space
    def presence(dialog: PresenceDialog):
        for _ in range(4):
            key(qtbot, dialog.list, Qt.Key.Key_Space)
            key(qtbot, dialog.list, Qt.Key.Key_Down)
        assert len(dialog.present_ids()) == 4
        key(qtbot, dialog.list, Qt.Key.Key_Return)

    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, board.todo.view, Qt.Key.Key_H, CTRL),
        presence,
        PresenceDialog,
    )
    assert len(board.board.present) == 4

    # five topics from the backlog (Shift+Down selects more) ...
    def pick_topics(dialog: TopicPickDialog):
        key(qtbot, dialog.search, Qt.Key.Key_Down)
        for _ in range(4):
            key(qtbot, dialog.table, Qt.Key.Key_Down, SHIFT)
        assert len(dialog.chosen()) == 5
        key(qtbot, dialog.table, Qt.Key.Key_Return)

    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, board.todo.view, Qt.Key.Key_B, CTRL),
        pick_topics,
        TopicPickDialog,
    )
    assert len(board.board.to_discuss) == 5

    # ... and one typed in during the meeting, in German, with a proposer
    def new_topic(dialog: NewTopicDialog):
        type_text(qtbot, dialog.title, "Künstliche Intelligenz im Recruiting – wer traut sich?")
        key(qtbot, dialog.title, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.proposer
        key(qtbot, dialog.proposer, Qt.Key.Key_Down)
        key(qtbot, dialog.title, Qt.Key.Key_Return)

    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, board.todo.view, Qt.Key.Key_N, CTRL),
        new_topic,
        NewTopicDialog,
    )
    new = next(t for t in board.board.to_discuss if t.title.startswith("Künstliche"))
    assert new.proposer_id == board.board.present[0].member_id
    assert board.board.budget == 2  # a third of six topics
    assert "2 per person" in board.budget_label.text()

    # dot voting: per participant (">" moves on), two votes each
    view = board.todo.view
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Greater)
    first = board.board.present[0]
    assert board.controller.voter == first.member_id
    key(qtbot, view, Qt.Key.Key_End)
    assert board.todo.current().topic_id == new.topic_id
    key(qtbot, view, Qt.Key.Key_Plus)
    key(qtbot, view, Qt.Key.Key_Plus)
    assert board.board.to_discuss[0].topic_id == new.topic_id  # moved up with its votes
    assert board.todo.current().topic_id == new.topic_id  # and stays selected
    assert "0 votes left" in board.left_label.text()

    def over_budget(box: QMessageBox):  # a third vote is refused, nothing changes
        assert "has used all 2 votes" in box.text() and first.name in box.text()
        key(qtbot, box, Qt.Key.Key_Return)

    before = uow.read(demo, lambda s: s.scalar(select(func.sum(E.TopicVote.count))))
    in_dialog(qtbot, board, lambda: key(qtbot, view, Qt.Key.Key_Plus), over_budget, QMessageBox)
    assert uow.read(demo, lambda s: s.scalar(select(func.sum(E.TopicVote.count)))) == before

    for moves, votes in (
        ((Qt.Key.Key_Home, Qt.Key.Key_Down), 2),
        ((Qt.Key.Key_Down,), 2),
        ((Qt.Key.Key_Down,), 1),
    ):
        key(qtbot, view, Qt.Key.Key_Greater)
        for move in moves:
            key(qtbot, view, move)
        for _ in range(votes):
            key(qtbot, view, Qt.Key.Key_Plus)
    key(qtbot, view, Qt.Key.Key_Greater)  # back to "all together": a counted dot
    assert board.controller.voter is None
    key(qtbot, view, Qt.Key.Key_Home)
    key(qtbot, view, Qt.Key.Key_Plus)
    b = board.board
    assert b.total_votes == b.capacity == 8
    assert "0 votes left" in board.left_label.text()
    assert [t.topic_id for t in b.to_discuss] == [t.topic_id for t in lc.order_topics(b.to_discuss)]
    assert b.to_discuss[0].votes >= b.to_discuss[1].votes > 0
    deferred_before = {t.topic_id: t for t in b.to_discuss}

    # discuss the top topic: Ctrl+D starts its timebox
    key(qtbot, view, Qt.Key.Key_Home)
    first_topic = board.todo.current()
    key(qtbot, view, Qt.Key.Key_D, CTRL)
    assert board.board.discussing.topic_id == first_topic.topic_id
    assert board.controller.timer.remaining() == 480
    assert board.discussing.timer_label.text() == "08:00"
    clock.advance(300)
    board.controller.tick()
    assert board.discussing.timer_label.text() == "03:00" and not beeps

    # a takeaway while it is discussed
    key(qtbot, board.notes.text, Qt.Key.Key_2, CTRL)
    assert board.notes.text.hasFocus() and board.notes.kind() == "takeaway"
    type_text(qtbot, board.notes.text, "Erst ein Pilot in zwei Ämtern, dann der Rollout.")
    key(qtbot, board.notes.text, Qt.Key.Key_Return)
    assert board.notes.list.count() == 1 and board.notes.text.text() == ""

    # time is up: seen and heard
    clock.advance(180)
    board.controller.tick()
    assert beeps == [1]
    assert board.discussing.alarm_label.isVisible()
    assert "Time is up" in board.discussing.alarm_label.text()
    assert board.windowTitle().startswith("⚠")

    # thumbs vote: more up than down -> Enter extends by four minutes
    def thumbs_up(dialog: ThumbsDialog):
        assert dialog.focusWidget() is dialog.up
        qtbot.keyClicks(dialog.up, "5")
        key(qtbot, dialog.up, Qt.Key.Key_Tab)  # Tab selects the next count: typing replaces it
        key(qtbot, dialog.side, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.down
        qtbot.keyClicks(dialog.down, "1")
        assert "extend" in dialog.suggestion.text()
        key(qtbot, dialog.up, Qt.Key.Key_Return)
        assert dialog.decision == "extend"

    in_dialog(qtbot, board, lambda: key(qtbot, view, Qt.Key.Key_T, CTRL), thumbs_up, ThumbsDialog)
    assert board.controller.timer.extensions == 1 and board.controller.timer.remaining() == 240
    assert not board.discussing.alarm_label.isVisible()

    # an action item with an owner
    clock.advance(120)
    key(qtbot, board.notes.text, Qt.Key.Key_4, CTRL)
    assert board.notes.action_box.isVisible()
    key(qtbot, board.notes.text, Qt.Key.Key_Tab)
    key(qtbot, board.notes.add_button, Qt.Key.Key_Tab)
    assert board.notes.owner.hasFocus()
    key(qtbot, board.notes.owner, Qt.Key.Key_Down)
    owner_id = board.notes.owner.currentData()
    assert owner_id is not None
    board.notes.text.setFocus()
    type_text(qtbot, board.notes.text, "Gesprächsleitfaden für Bewerbungsgespräche entwerfen")
    key(qtbot, board.notes.text, Qt.Key.Key_Return)

    # finished: Ctrl+F moves it to Discussed with the time it took
    key(qtbot, board.notes.text, Qt.Key.Key_F, CTRL)
    assert board.board.discussing is None
    assert board.board.discussed[0].seconds_used == 600
    assert board.board.discussed[0].extensions == 1

    # the second topic: a note and a decision, then the thumbs say "move on"
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Home)
    second_topic = board.todo.current()
    key(qtbot, view, Qt.Key.Key_Return)  # Enter discusses the selected topic too
    assert board.board.discussing.topic_id == second_topic.topic_id
    for shortcut, text in (
        (Qt.Key.Key_1, "Drei Organisationen haben schon eine Regelung."),
        (Qt.Key.Key_3, "Wir tauschen unsere Dienstvereinbarungen aus."),
    ):
        key(qtbot, board.notes.text, shortcut, CTRL)
        type_text(qtbot, board.notes.text, text)
        key(qtbot, board.notes.text, Qt.Key.Key_Return)
    clock.advance(480)
    board.controller.tick()
    assert beeps == [1, 1]

    def thumbs_down(dialog: ThumbsDialog):
        qtbot.keyClicks(dialog.up, "1")
        key(qtbot, dialog.up, Qt.Key.Key_Tab)
        key(qtbot, dialog.side, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.down, "4")
        assert dialog.counts() == (1, 0, 4)
        key(qtbot, dialog.up, Qt.Key.Key_Return)
        assert dialog.decision == "move_on"

    in_dialog(qtbot, board, lambda: key(qtbot, view, Qt.Key.Key_T, CTRL), thumbs_down, ThumbsDialog)
    assert board.board.discussing is None and len(board.board.discussed) == 2

    # close the Lean Coffee in one step
    key(qtbot, view, Qt.Key.Key_E, CTRL | SHIFT)
    assert board.board.closed and board.closed_banner.isVisible()
    rest = [t for t in deferred_before if t not in (first_topic.topic_id, second_topic.topic_id)]

    def check_closed(session):
        for topic_id in (first_topic.topic_id, second_topic.topic_id):
            topic = session.get(E.Topic, topic_id)
            assert topic.status == "discussed" and topic.discussed_meeting_id == meeting_id
        for topic_id in rest:
            topic = session.get(E.Topic, topic_id)
            assert topic.status == "open"
        # the notes are minutes rows of this meeting and their topic
        notes = {
            (n.kind, n.topic_id, n.text)
            for n in rows(session, E.MinutesNote, meeting_id=meeting_id)
        }
        assert (
            "takeaway",
            first_topic.topic_id,
            "Erst ein Pilot in zwei Ämtern, dann der Rollout.",
        ) in notes
        assert (
            "note",
            second_topic.topic_id,
            "Drei Organisationen haben schon eine Regelung.",
        ) in notes
        decisions = rows(session, E.Decision, meeting_id=meeting_id)
        assert [(d.topic_id, d.text) for d in decisions] == [
            (second_topic.topic_id, "Wir tauschen unsere Dienstvereinbarungen aus.")
        ]
        actions = rows(session, E.ActionItem, meeting_id=meeting_id)
        assert [(a.topic_id, a.owner_id, a.description, a.status) for a in actions] == [
            (
                first_topic.topic_id,
                owner_id,
                "Gesprächsleitfaden für Bewerbungsgespräche entwerfen",
                "open",
            )
        ]
        kinds = [e.kind for e in rows(session, E.TimeboxEvent, meeting_id=meeting_id)]
        assert kinds.count("extend") == 1 and kinds.count("thumbs") == 2
        assert kinds.count("start") == 2 and kinds.count("end") == 2
        present = rows(session, E.Attendance, meeting_id=meeting_id, status="attended")
        assert len(present) == 4

    uow.read(demo, check_closed)
    deferred_now = {t.topic_id: t for t in board.board.to_discuss}
    assert set(deferred_now) == set(rest)

    # the minutes of the meeting have them (whatever shape the minutes take)
    from copdesk.model import minutes

    text = repr(uow.read(demo, minutes.load_minutes, meeting_id))
    for written in (
        "Erst ein Pilot in zwei Ämtern",
        "Drei Organisationen haben",
        "Wir tauschen unsere",
        "Gesprächsleitfaden",
    ):
        assert written in text

    # the rest is back in the backlog, one meeting older
    activate(qtbot, window)
    page.refresh_if_stale()
    shown = {r.id: r for r in page.model.rows()}
    for topic_id in rest:
        row = shown[topic_id]
        assert row.status == "open"
        assert row.times_deferred == uow.read(
            demo, lambda s, t=topic_id: s.get(E.Topic, t).times_deferred
        )
    before_close = {
        t: uow.read(demo, lambda s, t=t: s.get(E.Topic, t).times_deferred) for t in rest
    }
    assert shown[first_topic.topic_id].status == "discussed"
    assert shown[first_topic.topic_id].discussed_in == board.board.title

    # closing is one step: Ctrl+Z in the board reopens it, Ctrl+Shift+Z closes it again
    activate(qtbot, board)
    key(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert not board.board.closed
    for topic_id in rest:
        assert (
            uow.read(demo, lambda s, t=topic_id: s.get(E.Topic, t).times_deferred)
            == before_close[topic_id] - 1
        )
    assert uow.read(demo, lambda s: s.get(E.Topic, first_topic.topic_id).status) != "discussed"
    key(qtbot, view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert board.board.closed
    uow.read(demo, check_closed)
    assert QApplication.activeModalWidget() is None
    board.close()


def test_bad_input_on_the_board_gets_a_message(demo_window, demo, qtbot, beeps):
    meeting_id = uow.read(demo, next_meeting_id)
    page = open_backlog(demo_window, qtbot)
    board = page.open_board(meeting_id)
    activate(qtbot, board)
    view = board.todo.view

    def says(fragment):
        def handler(box: QMessageBox):
            assert fragment in box.text(), box.text()
            key(qtbot, box, Qt.Key.Key_Return)

        return handler

    # the timer with nothing in Discussing
    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, view, Qt.Key.Key_P, CTRL),
        says("No topic is in Discussing"),
        QMessageBox,
    )
    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, view, Qt.Key.Key_T, CTRL),
        says("No topic is in Discussing"),
        QMessageBox,
    )

    # an empty title stays in the dialog with the message under the field
    def empty_title(dialog: NewTopicDialog):
        type_text(qtbot, dialog.title, "   ")
        key(qtbot, dialog.title, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert "Enter a title" in dialog.field_message("title").text()
        key(qtbot, dialog.title, Qt.Key.Key_Escape)

    in_dialog(
        qtbot, board, lambda: key(qtbot, view, Qt.Key.Key_N, CTRL), empty_title, NewTopicDialog
    )
    # a vote for a topic already discussed
    open_ids = [r.id for r in page.model.rows() if r.status == "open"][:3]
    uow.write(demo, lc.add_topics, meeting_id, open_ids)
    people = [p.member_id for p in board.board.participants[:2]]
    uow.write(demo, lc.set_presence, meeting_id, people)
    uow.write(demo, lc.discuss, meeting_id, open_ids[0])
    uow.write(demo, lc.finish, meeting_id)
    board.controller.reload()
    board.done.view.setFocus()
    board.done.select_topic(open_ids[0])
    in_dialog(
        qtbot,
        board,
        lambda: key(qtbot, board.done.view, Qt.Key.Key_Plus),
        says("already been discussed"),
        QMessageBox,
    )
    # a vote without anyone recorded as present: the board asks who is here instead of
    # refusing every key press; cancelling that records no vote
    uow.write(demo, lc.set_presence, meeting_id, [])
    board.controller.reload()
    view.setFocus()

    def cancel(dialog: PresenceDialog):
        key(qtbot, dialog, Qt.Key.Key_Escape)

    in_dialog(qtbot, board, lambda: key(qtbot, view, Qt.Key.Key_Plus), cancel, PresenceDialog)
    assert (
        uow.read(
            demo,
            lambda s: s.scalar(
                select(func.count())
                .select_from(E.TopicVote)
                .where(E.TopicVote.meeting_id == meeting_id)
            ),
        )
        == 0
    )
    board.close()


def test_presentation_full_screen_and_help(demo_window, demo, qtbot):
    meeting_id = uow.read(demo, next_meeting_id)
    page = open_backlog(demo_window, qtbot)
    board = page.open_board(meeting_id)
    activate(qtbot, board)
    view = board.todo.view
    key(qtbot, view, Qt.Key.Key_F5)
    assert board.presentation and board.theme.presentation
    assert not board.menuBar().isVisible()
    assert board.theme.base_pt >= 14 and board.theme.timer_pt >= 48
    key(qtbot, view, Qt.Key.Key_F1)
    assert board.help.isVisible()
    text = board.help.label.text()
    for action in (
        board.menus.vote_action,
        board.menus.discuss_action,
        board.menus.extend_action,
        board.menus.thumbs_action,
        board.menus.close_action,
        board.menus.presentation_action,
        board.menus.fullscreen_action,
        *board.menus.kind_actions.values(),
    ):
        assert action.shortcuts(), action.text()
        assert action.text().replace("&", "").rstrip("…") in text
    key(qtbot, board.help, Qt.Key.Key_Escape)
    assert not board.help.isVisible()
    key(qtbot, view, Qt.Key.Key_Question)
    assert board.help.isVisible()
    key(qtbot, board.help, Qt.Key.Key_Question)
    assert not board.help.isVisible()
    activate(qtbot, board)
    key(qtbot, view, Qt.Key.Key_F11)
    assert board.menus.fullscreen_action.isChecked()
    key(qtbot, view, Qt.Key.Key_Escape)
    assert not board.menus.fullscreen_action.isChecked()
    key(qtbot, view, Qt.Key.Key_F5)
    assert not board.presentation and board.menuBar().isVisible()
    board.close()
    assert meeting_id not in page.board_windows()


def test_open_request_from_the_meetings_page_opens_the_board(demo_window, demo, qtbot):
    meeting_id = uow.read(demo, next_meeting_id)
    demo_window.events.open_request.emit("board", meeting_id)
    page = demo_window.current_page()
    assert isinstance(page, BacklogPage)
    board = page.board_windows()[meeting_id]
    assert board.isVisible() and board.meeting_id == meeting_id
    demo_window.events.open_request.emit("board", meeting_id)  # the same window again
    assert list(page.board_windows()) == [meeting_id]
    board.close()
