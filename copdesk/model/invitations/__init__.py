"""Invitations: who is invited, what was sent, what is due, and the send log.

Owns the calendar UID and sequence of a meeting or series, the log of every exported
file, whether an update, a cancellation or a withdrawal is due (computed, never flagged),
and the checked ``Invitation`` that ``copdesk.formats.invitations`` writes. The modules:
``build`` and ``send`` (the use cases), ``state`` (what the dialog shows), ``target``,
``log``, ``content``, ``holders``, ``recipients``, ``facts``, ``series``.
"""

from __future__ import annotations

from copdesk.model.invitations.build import (
    build_invitation,
)
from copdesk.model.invitations.dto import (
    BAD_EMAIL,
    CANCEL,
    EML,
    KINDS,
    NO_EMAIL,
    OPTIONAL,
    PUBLISH,
    REQUEST,
    REQUIRED,
    SCOPE_MEETING,
    SCOPE_SERIES,
    TEXT,
    WITHDRAWAL,
    AgendaLine,
    Change,
    Invitation,
    InvitationState,
    Organiser,
    Recipient,
    SendRecord,
    SendResult,
    SeriesRule,
    SessionException,
    TopicLine,
)
from copdesk.model.invitations.errors import (
    BadOrganiser,
    MeetingCancelled,
    MeetingHeld,
    NeverSent,
    NobodyToWithdraw,
    NoOrganiser,
    NoRecipients,
    NoTime,
    NotInSeries,
    RecipientProblems,
    SeriesNotSent,
    UnknownKind,
)
from copdesk.model.invitations.log import (
    send_history,
)
from copdesk.model.invitations.options import (
    InviteOptions,
    with_organiser,
)
from copdesk.model.invitations.recipients import (
    list_recipients,
)
from copdesk.model.invitations.send import (
    send_invitation,
)
from copdesk.model.invitations.state import (
    invitation_due,
    invitation_state,
)
from copdesk.model.invitations.values import (
    has_time,
)

__all__ = [
    "BAD_EMAIL",
    "CANCEL",
    "EML",
    "KINDS",
    "NO_EMAIL",
    "OPTIONAL",
    "PUBLISH",
    "REQUEST",
    "REQUIRED",
    "SCOPE_MEETING",
    "SCOPE_SERIES",
    "TEXT",
    "WITHDRAWAL",
    "AgendaLine",
    "BadOrganiser",
    "Change",
    "Invitation",
    "InvitationState",
    "InviteOptions",
    "MeetingCancelled",
    "MeetingHeld",
    "NeverSent",
    "NoOrganiser",
    "NoRecipients",
    "NoTime",
    "NobodyToWithdraw",
    "NotInSeries",
    "Organiser",
    "Recipient",
    "RecipientProblems",
    "SendRecord",
    "SendResult",
    "SeriesNotSent",
    "SeriesRule",
    "SessionException",
    "TopicLine",
    "UnknownKind",
    "build_invitation",
    "has_time",
    "invitation_due",
    "invitation_state",
    "list_recipients",
    "send_history",
    "send_invitation",
    "with_organiser",
]
