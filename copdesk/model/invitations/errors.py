"""What the user is told when an invitation cannot be made: the recipients, the organiser,
the meeting's time or status, or the series stand in the way."""

from __future__ import annotations

from collections.abc import Iterable

from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from copdesk.model.invitations.dto import BAD_EMAIL, NO_EMAIL, Recipient


class NoOrganiser(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter your e-mail address as the organiser first: invitations are sent in "
                "your name, and Outlook shows Accept / Decline only when the organiser has "
                "an address.",
            ),
            field="organiser_email",
        )


class BadOrganiser(ValidationError):
    def __init__(self, value: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{value}” is not a valid e-mail address for the organiser "
                "(example: name@stadt.de).",
            ),
            field="organiser_email",
            value=value,
        )


class RecipientProblems(UserError):
    """Chosen recipients without a usable e-mail address; never dropped silently."""

    def __init__(self, problems: Iterable[Recipient]) -> None:
        self.problems = tuple(problems)
        missing = [r.name for r in self.problems if r.problem == NO_EMAIL]
        invalid = [f"{r.name} ({r.email})" for r in self.problems if r.problem == BAD_EMAIL]
        if missing and invalid:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients cannot be invited: without an e-mail address: {missing}; "
                "with an invalid e-mail address: {invalid}. Correct them on the Members page, "
                "or leave them out (they are then listed as skipped).",
            )
        elif missing:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients have no e-mail address: {missing}. Add it on the Members "
                "page, or leave them out (they are then listed as skipped).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients have an invalid e-mail address: {invalid}. Correct it on "
                "the Members page, or leave them out (they are then listed as skipped).",
            )
        super().__init__(template, missing=", ".join(missing), invalid=", ".join(invalid))


class NoRecipients(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Nobody to invite: choose at least one recipient with an e-mail address (other "
        "than yourself as the organiser).",
    )


class NoTime(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” has no valid date and time (it must end after it starts). Set them "
                "on the Meetings page first.",
            ),
            title=title,
        )


class NeverSent(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "No invitation for “{title}” was ever sent, so there is no cancellation to "
                "send. Nobody has it in their calendar; mark it cancelled on the Meetings "
                "page.",
            ),
            title=title,
        )


class MeetingCancelled(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” is cancelled. Send the cancellation instead, or set the meeting "
                "back to planned on the Meetings page before inviting again.",
            ),
            title=title,
        )


class MeetingHeld(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” has already taken place, so it cannot be cancelled any more.",
            ),
            title=title,
        )


class SeriesNotSent(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The series “{title}” has not been sent yet. Send the whole series first; "
                "a single session can then be changed or cancelled on its own.",
            ),
            title=title,
        )


class NotInSeries(UserError):
    template = QT_TRANSLATE_NOOP("errors", "This meeting does not belong to a series.")


class NobodyToWithdraw(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nobody has to be told about “{title}”: everyone who got the invitation is "
                "still on the list (or was told already). People taken off the list are "
                "told after the update for the others was sent.",
            ),
            title=title,
        )


class UnknownKind(UserError):
    def __init__(self, kind: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of invitation: “{kind}”."), kind=kind
        )
