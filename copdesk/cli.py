"""Command line: ``copdesk [FILE]`` opens the window; sub-commands work without one.

Exit codes: 0 success, 1 an error (one line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from copdesk import __version__

SUBCOMMANDS = ("demo", "check")


def _translator_app():
    """A QCoreApplication with the user's language, so messages match the window's."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication(["copdesk"])
    from copdesk.ui import i18n
    from copdesk.ui.settings import LANGUAGE, Settings

    i18n.install_translators(app, i18n.resolve_language(Settings().get(LANGUAGE)))
    return app


def _fail(exc) -> int:
    from PySide6.QtCore import QCoreApplication

    message = exc.render(QCoreApplication.translate) if hasattr(exc, "render") else str(exc)
    print(f"copdesk: {message}", file=sys.stderr)
    return 1


def cmd_demo(args) -> int:
    from copdesk.model import demo

    path = Path(args.file)
    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        if percent >= last[0] + 10 and not args.quiet:
            last[0] = percent
            print(
                QCoreApplication.translate("cli", "writing demo community: %1 %").replace(
                    "%1", str(percent)
                ),
                file=sys.stderr,
            )

    demo.write_demo(path, size=args.size, progress=progress)
    print(
        QCoreApplication.translate("cli", "Demo community written to %1").replace("%1", str(path))
    )
    return 0


def cmd_check(args) -> int:
    from copdesk.model import db
    from copdesk.model.migrations import HEAD, REVISIONS

    path = Path(args.file)
    info = db.inspect_file(path, counts=True)
    state = (
        QCoreApplication.translate("cli", "current")
        if info.revision == HEAD
        else QCoreApplication.translate("cli", "older, will be upgraded when opened")
        if info.revision in REVISIONS
        else QCoreApplication.translate("cli", "newer than this program")
    )
    print(QCoreApplication.translate("cli", "File: %1").replace("%1", str(path)))
    print(
        QCoreApplication.translate("cli", "Schema revision: %1 (%2)")
        .replace("%1", info.revision)
        .replace("%2", state)
    )
    print(QCoreApplication.translate("cli", "Integrity: %1").replace("%1", info.integrity))
    for name, count in info.counts.items():
        print(f"  {name:<20} {count:>8}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copdesk",
        description=QCoreApplication.translate(
            "cli",
            "CoP Desk: organise a Community of Practice. Without a command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"copdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser(
        "demo", help=QCoreApplication.translate("cli", "write a demo community file")
    )
    demo.add_argument("file", metavar="FILE")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--quiet", "-q", action="store_true")
    demo.set_defaults(func=cmd_demo)
    check = sub.add_parser(
        "check",
        help=QCoreApplication.translate(
            "cli", "check a community file: revision, counts, integrity"
        ),
    )
    check.add_argument("file", metavar="FILE")
    check.set_defaults(func=cmd_check)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="copdesk",
        description=QCoreApplication.translate(
            "cli", "Open CoP Desk. Commands: %1 (copdesk COMMAND --help)."
        ).replace("%1", ", ".join(SUBCOMMANDS)),
    )
    parser.add_argument("--version", action="version", version=f"copdesk {__version__}")
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help=QCoreApplication.translate("cli", "community file to open"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QCoreApplication.translate("cli", "open the demo community (created on first use)"),
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        _translator_app()
        args = build_parser().parse_args(argv)
        from copdesk.model.errors import UserError

        try:
            return args.func(args)
        except UserError as exc:
            return _fail(exc)
        except KeyboardInterrupt:
            return 1
        except OSError as exc:
            print(f"copdesk: {exc}", file=sys.stderr)
            return 1
    if "--version" in argv:
        print(f"copdesk {__version__}")
        return 0
    if "-h" in argv or "--help" in argv:
        _translator_app()
    args = build_gui_parser().parse_args(argv)
    from copdesk.app import run_gui

    return run_gui(Path(args.file) if args.file else None, demo=args.demo)
