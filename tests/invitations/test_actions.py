"""The seam between the meetings page and the Invite dialog: the page hands in how to find
the selected meeting and when to look again; the controller reads, previews and sends for
the dialog (real widgets, a real community file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from copdesk.model import entities as E
from copdesk.ui import invitations as D
from copdesk.ui.page_base import Page, PageContext
from tests.ui.helpers import check, when_modal

from .conftest import ORGANISER, options, send_count


class Selection(QObject):
    """What a list page is to the actions: a current meeting and a signal when it moves."""

    moved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.meeting_id: int | None = None

    def select(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.moved.emit()


@pytest.fixture
def window(qtbot, cop, copdesk_home):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(cop.community, Settings(), host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def ctx_of(win) -> PageContext:
    return PageContext(win.commands, win.events, win.settings, lambda: 0)


def test_the_actions_follow_the_selected_meeting_they_are_told_of(qtbot, window, cop):
    page = Page(ctx_of(window))
    qtbot.addWidget(page)
    selection = Selection()
    invite, cancel = D.add_invite_actions(
        page, lambda: selection.meeting_id, refresh_on=(selection.moved,)
    )
    assert invite in page.page_actions and cancel in page.page_actions
    assert not invite.isEnabled() and not cancel.isEnabled()
    selection.select(cop.meeting_id)
    assert invite.isEnabled() and cancel.isEnabled()

    seen = []

    def handler(dialog):
        seen.append((type(dialog), dialog.state.meeting_id, dialog.mode))
        dialog.reject()

    result = when_modal(qtbot, handler)
    invite.trigger()
    check(result)
    assert seen == [(D.InviteDialog, cop.meeting_id, D.INVITE)]

    def refuse(box):  # nothing was sent yet: the cancellation explains itself
        assert isinstance(box, QMessageBox) and "was ever sent" in box.text()
        box.accept()

    result = when_modal(qtbot, refuse)
    cancel.trigger()
    check(result)
    selection.select(None)
    assert not invite.isEnabled() and not cancel.isEnabled()


def test_the_controller_sends_one_undoable_step_named_after_the_meeting(window, cop, tmp_path):
    controller = D.InviteController(ctx_of(window), cop.meeting_id)
    state = controller.load_state()
    chosen = options(skip_problems=True, organiser=ORGANISER)
    assert controller.preview(chosen).uid == state.uid
    before = send_count(cop.community)

    result = controller.send(chosen, tmp_path / "einladung.ics")

    assert result.produced == tmp_path / "einladung.ics" and result.sequence == 0
    assert (tmp_path / "einladung.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert send_count(cop.community) == before + 1
    assert window.commands.stack.undoText() == f"Send invitation for {state.title}"
    window.commands.stack.undo()  # the send log is as it was
    assert send_count(cop.community) == before
    status = window.commands.read(lambda s: s.get(E.Meeting, cop.meeting_id).status)
    assert status == "planned"


def test_the_controller_copies_the_text_and_records_nothing(window, cop):
    from PySide6.QtGui import QGuiApplication

    controller = D.InviteController(ctx_of(window), cop.meeting_id)
    before = send_count(cop.community)
    result = controller.send(options("text", skip_problems=True, organiser=ORGANISER), None)
    assert result.send_id is None and result.kind == "text"
    assert QGuiApplication.clipboard().text() == result.produced
    assert send_count(cop.community) == before
    assert window.commands.stack.count() == 0


def test_a_file_needs_a_path(window, cop):
    controller = D.InviteController(ctx_of(window), cop.meeting_id)
    with pytest.raises(ValueError):
        controller.send(options(skip_problems=True, organiser=ORGANISER), None)
