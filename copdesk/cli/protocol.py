"""``copdesk protocol FILE --meeting ID -o OUT.pdf [--share-safe] [--lang de|en]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "protocol",
        help=QCoreApplication.translate("protocol", "write the protocol of a meeting as PDF"),
        description=QCoreApplication.translate(
            "protocol", "Write the protocol (minutes) of one meeting as a PDF file."
        ),
    )
    cmd.add_argument(
        "file", metavar="FILE", help=QCoreApplication.translate("protocol", "community file")
    )
    cmd.add_argument(
        "--meeting",
        "-m",
        type=int,
        required=True,
        metavar="ID",
        help=QCoreApplication.translate("protocol", "the meeting's number (id)"),
    )
    cmd.add_argument(
        "--output",
        "-o",
        required=True,
        metavar="OUT.pdf",
        help=QCoreApplication.translate("protocol", "the PDF file to write"),
    )
    cmd.add_argument(
        "--share-safe",
        action="store_true",
        help=QCoreApplication.translate(
            "protocol", "leave out check-in notes and notes marked private"
        ),
    )
    cmd.add_argument(
        "--lang",
        choices=("de", "en"),
        help=QCoreApplication.translate(
            "protocol", "language of the protocol (default: the program's)"
        ),
    )
    cmd.add_argument(
        "--logo",
        metavar="IMAGE",
        help=QCoreApplication.translate("protocol", "a logo (PNG or JPEG)"),
    )
    cmd.add_argument("--quiet", "-q", action="store_true")
    cmd.set_defaults(func=cmd_protocol)


def _switch_language(lang: str) -> None:
    # deferred: start-up cost of every command
    from PySide6.QtCore import QTranslator

    from copdesk.ui import i18n

    app = QCoreApplication.instance()
    if app is None:  # the command line makes its application before any command
        return
    old = list(app.findChildren(QTranslator))
    i18n.remove_translators(app, old)
    i18n.install_translators(app, lang)


def cmd_protocol(args: argparse.Namespace) -> int:
    # deferred: start-up cost of every command
    from copdesk.cli import open_to_read
    from copdesk.formats import protocol as protocol_pdf
    from copdesk.model import minutes, uow
    from copdesk.model.errors import NotFoundError, UserError

    if args.lang:
        _switch_language(args.lang)
    logo = args.logo
    if logo is None:
        # deferred: the settings only when no logo is given
        from copdesk.ui.settings import LOGO_PATH, Settings

        logo = Settings().get(LOGO_PATH) or None
    community = open_to_read(args.file)
    try:
        try:
            data = uow.read(community, minutes.load_minutes, args.meeting)
        except NotFoundError:
            raise UserError(
                QCoreApplication.translate(
                    "protocol", "There is no meeting with the number {id} in this file."
                ),
                id=args.meeting,
            ) from None
    finally:
        community.close()
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if not args.quiet and percent >= last[0] + 25:
            last[0] = percent
            print(
                QCoreApplication.translate("protocol", "writing the protocol: %1 %").replace(
                    "%1", str(percent)
                ),
                file=sys.stderr,
            )

    options = protocol_pdf.ProtocolOptions(share_safe=args.share_safe, logo=logo or None)
    out = protocol_pdf.build_protocol(data, Path(args.output), options, progress=progress)
    print(QCoreApplication.translate("protocol", "Protocol written to %1").replace("%1", str(out)))
    return 0
