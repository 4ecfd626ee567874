"""``copdesk invite FILE --meeting ID --kind request|publish|cancel|eml [--withdraw] -o OUT``.

Writes an invitation, the organiser's own calendar entry, a cancellation or an e-mail
draft for one meeting and records it in the send log, exactly as the Invite dialog does.
``--withdraw`` writes the withdrawal for the people taken off the list (a cancellation
for them only; the meeting takes place).
The organiser comes from ``--organiser-email`` / ``--organiser-name`` or the settings.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_write
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from copdesk.model.invitations import Organiser

CLI_KINDS = ("request", "publish", "cancel", "eml")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "invite",
        help=QCoreApplication.translate(
            "cli_invite", "write an invitation, update or cancellation (.ics / .eml)"
        ),
        description=QCoreApplication.translate(
            "cli_invite",
            "Write an Outlook invitation for a meeting and record it. A second invitation "
            "after a change is an update of the same calendar entry.",
        ),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--meeting",
        type=int,
        required=True,
        metavar="ID",
        help=QCoreApplication.translate("cli_invite", "the meeting's id"),
    )
    parser.add_argument(
        "--kind",
        choices=CLI_KINDS,
        default="request",
        help=QCoreApplication.translate(
            "cli_invite",
            "request: invitation or update for the recipients; publish: entry "
            "for your own calendar; cancel: cancellation; eml: e-mail draft",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=QCoreApplication.translate("cli_invite", "file to write"),
    )
    parser.add_argument(
        "--organiser-email",
        metavar="X",
        default=None,
        help=QCoreApplication.translate(
            "cli_invite", "your e-mail address (default: from the settings)"
        ),
    )
    parser.add_argument(
        "--organiser-name",
        metavar="Y",
        default=None,
        help=QCoreApplication.translate("cli_invite", "your name (default: from the settings)"),
    )
    parser.add_argument(
        "--series",
        action="store_true",
        help=QCoreApplication.translate(
            "cli_invite", "the whole series of this session as one recurring invitation"
        ),
    )
    parser.add_argument(
        "--skip-missing",
        action="store_true",
        help=QCoreApplication.translate(
            "cli_invite", "leave out members without a usable e-mail address (they are listed)"
        ),
    )
    parser.add_argument(
        "--withdraw",
        action="store_true",
        help=QCoreApplication.translate(
            "cli_invite",
            "a cancellation only for the people taken off the "
            "list after they got the invitation (as .ics, or "
            "with --kind eml as an e-mail draft)",
        ),
    )
    parser.add_argument(
        "--reminder",
        type=int,
        default=None,
        metavar="MINUTES",
        help=QCoreApplication.translate("cli_invite", "add a reminder this many minutes before"),
    )
    parser.set_defaults(func=cmd_invite)


def _organiser(args: argparse.Namespace) -> Organiser:
    from copdesk.model.invitations import Organiser  # deferred: start-up cost

    email, name = args.organiser_email, args.organiser_name
    if email is None or name is None:
        from copdesk.ui.settings import (  # deferred: only without both options
            ORGANISER_EMAIL,
            ORGANISER_NAME,
            Settings,
        )

        settings = Settings()
        email = settings.get(ORGANISER_EMAIL) if email is None else email
        name = settings.get(ORGANISER_NAME) if name is None else name
    return Organiser(name=name or "", email=email or "")


def cmd_invite(args: argparse.Namespace) -> int:
    # every command's module is imported to build the parser: the model and the formats
    # (SQLAlchemy, the mappers) only when this command runs
    from copdesk.formats.invitations import change_lines, send_to_file  # deferred: start-up cost
    from copdesk.model import invitations, uow  # deferred: start-up cost
    from copdesk.model.invitations import SCOPE_MEETING, SCOPE_SERIES  # deferred: start-up cost

    kind = args.kind
    if args.withdraw:
        if kind == "publish":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "--withdraw writes a cancellation: use it with --kind cancel or eml."
                )
            )
        kind = "eml" if kind == "eml" else "cancel"
    options = invitations.InviteOptions(
        kind=kind,
        scope=SCOPE_SERIES if args.series else SCOPE_MEETING,
        organiser=_organiser(args),
        skip_problems=args.skip_missing,
        reminder_minutes=args.reminder,
        withdraw=args.withdraw,
    )
    output = Path(args.output)
    community = open_to_write(args.file)
    try:
        (result, _changes), inv = send_to_file(
            partial(uow.write, community), args.meeting, options, output
        )
    except invitations.NoOrganiser as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No organiser e-mail address: pass --organiser-email (and --organiser-name), or "
                "enter yours once in the settings of CoP Desk (File, Settings).",
            )
        ) from exc
    finally:
        community.close()
    print(
        QCoreApplication.translate(
            "cli_invite", "Written: %1 (UID %2, sequence %3, %4 recipient(s))"
        )
        .replace("%1", str(output))
        .replace("%2", result.uid)
        .replace("%3", str(result.sequence))
        .replace("%4", str(len(result.recipients)))
    )
    if inv.is_update:
        for line in change_lines(inv.changes, inv.tz):
            print(f"  {line}")
    for r in inv.skipped:
        print(
            QCoreApplication.translate(
                "cli_invite", "Skipped (no usable e-mail address): %1"
            ).replace("%1", r.name),
            file=sys.stderr,
        )
    return 0
