"""What the user chose for one invitation: its kind, scope, organiser and recipients, and
what follows from that (the calendar method, the kind the send log records)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from copdesk.model.invitations.dto import (
    CANCEL,
    EML,
    PUBLISH,
    REQUEST,
    SCOPE_MEETING,
    TEXT,
    WITHDRAWAL,
    Organiser,
)


@dataclass(frozen=True, slots=True)
class InviteOptions:
    """What the user chose in the invite dialog (or on the command line).

    ``kind``: request | publish | cancel | eml | text. ``cancellation`` makes an e-mail
    draft or a text a cancellation (a ``cancel`` file always is one).
    ``recipient_keys``: None = the default choice (every listed recipient).
    ``withdraw``: a cancellation (file, draft or text) for the people who got the
    invitation but are no longer on the list; the meeting takes place for the others.
    ``skip_problems``: leave out chosen recipients without a usable address (listed in
    ``Invitation.skipped``) instead of refusing.
    """

    kind: str = REQUEST
    scope: str = SCOPE_MEETING
    organiser: Organiser | None = None
    recipient_keys: tuple[str, ...] | None = None
    skip_problems: bool = False
    reminder_minutes: int | None = None
    cancellation: bool = False
    withdraw: bool = False

    @property
    def cancels(self) -> bool:
        return self.kind == CANCEL or (
            (self.cancellation or self.withdraw) and self.kind in (EML, TEXT)
        )

    @property
    def method(self) -> str:
        if self.cancels:
            return "CANCEL"
        return "PUBLISH" if self.kind == PUBLISH else "REQUEST"

    @property
    def log_kind(self) -> str | None:
        """The kind written to the send log (None: not recorded)."""
        if self.kind == TEXT:
            return None
        if self.withdraw:
            return WITHDRAWAL
        return CANCEL if self.cancels else self.kind


def with_organiser(options: InviteOptions, name: str, email: str) -> InviteOptions:
    return replace(options, organiser=Organiser(name=name, email=email))
