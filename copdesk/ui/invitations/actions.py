"""What the meetings page calls: the actions "Invite…" and "Send cancellation…", and the
dialogs they open with what the dialog may do — read the state, preview (read-only) and
send (one undoable unit of work through ``ctx.commands``). The dialog never touches the
database; the page hands in only how to find the selected meeting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from copdesk.formats.invitations import plain_text, send_to_file
from copdesk.model.errors import UserError
from copdesk.model.invitations import (
    TEXT,
    Invitation,
    InvitationState,
    InviteOptions,
    NeverSent,
    NobodyToWithdraw,
    NoTime,
    SendResult,
    build_invitation,
    invitation_state,
)
from copdesk.ui.i18n import translate_error
from copdesk.ui.invitations.dialog import InviteDialog
from copdesk.ui.invitations.wording import CANCELLATION, INVITE, WITHDRAW, title, undo_text
from copdesk.ui.page_base import Page, PageContext
from copdesk.ui.settings import ORGANISER_EMAIL


class InviteController:
    """What the invite dialog of one meeting may do; remembers the title it last read
    (the undo text names it)."""

    def __init__(self, ctx: PageContext, meeting_id: int) -> None:
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.title = ""

    def load_state(self, scope: str | None = None) -> InvitationState:
        state = self.ctx.commands.read(
            invitation_state,
            self.meeting_id,
            scope=scope,
            organiser_email=self.ctx.settings.get(ORGANISER_EMAIL),
        )
        self.title = state.title
        return state

    def preview(self, options: InviteOptions) -> Invitation:
        return self.ctx.commands.read(build_invitation, self.meeting_id, options)

    def send(self, options: InviteOptions, path: Path | None) -> SendResult:
        """Copy the text to the clipboard, or write the file and record the send."""
        if options.kind == TEXT:
            inv = self.preview(options)
            content = plain_text(inv)
            QGuiApplication.clipboard().setText(content)
            emails = tuple(r.email for r in inv.attendees)
            return SendResult(None, TEXT, inv.sequence, inv.uid, emails, content)
        if path is None:  # the dialog asks for one first
            raise ValueError("a file needs a path")
        text = undo_text(options, self.title or str(self.meeting_id))

        def run(fn: Callable[..., SendResult], *args: object) -> SendResult:
            return self.ctx.commands.run(text, fn, *args)

        return send_to_file(run, self.meeting_id, options, path)[0]


def open_invite_dialog(
    parent: QWidget | None,
    ctx: PageContext,
    meeting_id: int,
    *,
    mode: str = INVITE,
    scope: str | None = None,
) -> InviteDialog | None:
    """Show the invite (or cancellation) dialog for a meeting; returns it after it closed.

    *ctx* is the page's ``PageContext`` (commands, events, settings, ...); *scope*: the
    whole series or one session of it (None: the default for the meeting).
    """
    controller = InviteController(ctx, meeting_id)
    try:
        state = controller.load_state(scope)
    except UserError as exc:
        QMessageBox.warning(parent, title(mode), translate_error(exc))
        return None
    refusal: UserError | None = None
    if mode == CANCELLATION and not state.sent:
        refusal = NeverSent(state.title)
    elif mode == WITHDRAW and not state.withdraw:
        refusal = NobodyToWithdraw(state.title)
    if refusal is not None:
        QMessageBox.information(parent, title(mode), translate_error(refusal))
        return None
    if not state.has_time:
        QMessageBox.warning(parent, title(mode), translate_error(NoTime(state.title)))
        return None
    dialog: InviteDialog | None = None

    def withdraw(scope: str) -> None:  # from the invite dialog: the withdrawal on its own
        open_invite_dialog(dialog, ctx, meeting_id, mode=WITHDRAW, scope=scope)

    dialog = InviteDialog(
        state,
        mode=mode,
        settings=ctx.settings,
        preview=controller.preview,
        send=controller.send,
        load_state=controller.load_state,
        withdraw=withdraw if mode == INVITE else None,
        parent=parent,
    )
    dialog.exec()
    return dialog


def open_cancel_dialog(
    parent: QWidget | None, ctx: PageContext, meeting_id: int
) -> InviteDialog | None:
    """Send the cancellation of a meeting that was sent (METHOD:CANCEL)."""
    return open_invite_dialog(parent, ctx, meeting_id, mode=CANCELLATION)


def add_invite_actions(
    page: Page,
    selected_meeting: Callable[[], int | None],
    *,
    refresh_on: Iterable[SignalInstance] = (),
) -> tuple[QAction, QAction]:
    """Give *page* the actions "Invite…" (Ctrl+Shift+I) and "Send cancellation…" for the
    meeting *selected_meeting* returns (None: none selected, both disabled). They are
    enabled again whenever one of the signals *refresh_on* fires. Returns both actions."""

    def invite() -> None:
        meeting_id = selected_meeting()
        if meeting_id is not None:
            open_invite_dialog(page, page.ctx, meeting_id)

    def cancel() -> None:
        meeting_id = selected_meeting()
        if meeting_id is not None:
            open_cancel_dialog(page, page.ctx, meeting_id)

    invite_action = page.make_action(
        QCoreApplication.translate("InviteDialog", "In&vite…"),
        "invite",
        invite,
        "Ctrl+Shift+I",
        QCoreApplication.translate(
            "InviteDialog", "Invitation, update or e-mail draft for Outlook (Ctrl+Shift+I)"
        ),
    )
    invite_action.setIconText(QCoreApplication.translate("InviteDialog", "Invite"))
    cancel_action = page.make_action(
        QCoreApplication.translate("InviteDialog", "Send cancellati&on…"),
        "export",
        cancel,
        None,
        QCoreApplication.translate(
            "InviteDialog", "Remove the meeting from everyone's calendar (Outlook cancellation)"
        ),
    )
    cancel_action.setPriority(QAction.Priority.LowPriority)

    def update(*_args: object) -> None:
        has = selected_meeting() is not None
        invite_action.setEnabled(has)
        cancel_action.setEnabled(has)

    for signal in refresh_on:
        signal.connect(update)
    update()
    return invite_action, cancel_action
