"""The invite dialog's modes (invite, cancel, withdraw) and its sentences that depend on
no widget: window titles, the undo text, the send status, what a saved file is for.

Translated in the context ``InviteDialog``, where they were first written.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import date_short, time_short
from copdesk.model.invitations import (
    CANCEL,
    EML,
    PUBLISH,
    REQUEST,
    WITHDRAWAL,
    InvitationState,
    InviteOptions,
    SendResult,
)

INVITE, CANCELLATION, WITHDRAW = "invite", "cancel", "withdraw"
# the modes that remove an entry from calendars (no recipients to choose, no reminder)
REMOVING = (CANCELLATION, WITHDRAW)


def title(mode: str) -> str:
    if mode == WITHDRAW:
        return QCoreApplication.translate("InviteDialog", "Withdraw invitation")
    if mode == CANCELLATION:
        return QCoreApplication.translate("InviteDialog", "Send cancellation")
    return QCoreApplication.translate("InviteDialog", "Invite")


def undo_text(options: InviteOptions, meeting_title: str) -> str:
    if options.withdraw:
        text_ = QCoreApplication.translate("InviteDialog", "Withdraw invitation for %1")
    elif options.cancels:
        text_ = QCoreApplication.translate("InviteDialog", "Send cancellation for %1")
    elif options.kind == PUBLISH:
        text_ = QCoreApplication.translate("InviteDialog", "Save calendar entry for %1")
    else:
        text_ = QCoreApplication.translate("InviteDialog", "Send invitation for %1")
    return text_.replace("%1", meeting_title)


def kind_text(kind: str) -> str:
    return {
        REQUEST: QCoreApplication.translate("InviteDialog", "invitation"),
        PUBLISH: QCoreApplication.translate("InviteDialog", "own calendar entry"),
        EML: QCoreApplication.translate("InviteDialog", "e-mail draft"),
        CANCEL: QCoreApplication.translate("InviteDialog", "cancellation"),
        WITHDRAWAL: QCoreApplication.translate("InviteDialog", "withdrawal"),
    }.get(kind, kind)


def status_text(state: InvitationState) -> str:
    if not state.history:
        base = QCoreApplication.translate("InviteDialog", "Not sent yet.")
    else:
        last = state.history[0]
        sent = last.sent_at.astimezone(ZoneInfo(state.tz))
        base = (
            QCoreApplication.translate("InviteDialog", "Last sent on %1 at %2: %3 (sequence %4).")
            .replace("%1", date_short(sent.date()))
            .replace("%2", time_short(sent.time()))
            .replace("%3", kind_text(last.kind))
            .replace("%4", str(last.sequence))
        )
    if state.due == "update":
        base += " " + QCoreApplication.translate(
            "InviteDialog", "⚠ The meeting changed since: an update is due (sequence %1)."
        ).replace("%1", str(state.next_sequence))
    elif state.due == "cancel":
        base += " " + QCoreApplication.translate(
            "InviteDialog",
            "⚠ The meeting is cancelled: the recipients still need the cancellation.",
        )
    elif state.cancel_sent:
        base += " " + QCoreApplication.translate("InviteDialog", "The cancellation was sent.")
    return base


def saved_text(result: SendResult, path: Path) -> str:
    if result.kind == PUBLISH:
        hint = QCoreApplication.translate(
            "InviteDialog", "Open it to add the entry to your own calendar."
        )
    elif result.kind == EML or (
        result.kind in (CANCEL, WITHDRAWAL) and path.suffix.lower() == ".eml"
    ):
        hint = QCoreApplication.translate(
            "InviteDialog", "Open it in Outlook, check it, and send it."
        )
    else:
        hint = QCoreApplication.translate(
            "InviteDialog",
            "Attach it to an e-mail to the recipients, or open it in Outlook and forward it.",
        )
    return (
        QCoreApplication.translate("InviteDialog", "Saved “%1” (sequence %2). %3")
        .replace("%1", path.name)
        .replace("%2", str(result.sequence))
        .replace("%3", hint)
    )
