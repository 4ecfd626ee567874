"""The Invite dialog and the meetings page's actions that open it.

Owns the dialog (recipients, kind, organiser, reminder, where to save), the controller
that reads, previews and sends for it, and ``add_invite_actions`` for a page that lists
meetings. The dialog's words keep the translation context ``InviteDialog``.
"""

from __future__ import annotations

from copdesk.ui.invitations.actions import (
    InviteController,
    add_invite_actions,
    open_cancel_dialog,
    open_invite_dialog,
)
from copdesk.ui.invitations.dialog import InviteDialog
from copdesk.ui.invitations.wording import CANCELLATION, INVITE, WITHDRAW

__all__ = [
    "CANCELLATION",
    "INVITE",
    "WITHDRAW",
    "InviteController",
    "InviteDialog",
    "add_invite_actions",
    "open_cancel_dialog",
    "open_invite_dialog",
]
