"""Command line: ``copdesk [FILE]`` opens the window; sub-commands work without one.

Each feature keeps its sub-commands in a module of this package with a
``register(subparsers)`` function; :data:`COMMANDS` maps every command name to its module
so that start-up imports only what the command needs.

Exit codes: 0 success, 1 an error (one line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from pathlib import Path

from copdesk import __version__

# command name -> module in this package
COMMANDS: dict[str, str] = {
    "demo": "files",
    "check": "files",
    "meetings": "meetings",
    "suggest": "meetings",
    "import": "contacts",
    "export-members": "contacts",
    "forget": "contacts",
    "subject-access": "contacts",
    "protocol": "protocol",
    "invite": "invite",
    "rotation": "rotation",
    "group": "groups",
    "groups": "members_list",
    "members": "members_list",
    "cohort": "cohorts",
    "knowledge": "knowledge",
}


def _translator_app():
    """A QCoreApplication with the user's language, so messages match the window's.

    Qt's own warnings (e.g. about a non-UTF-8 locale) are not for command-line users.
    """
    # deferred: start-up cost
    from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

    def quiet(kind, _context, message) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = QCoreApplication.instance() or QCoreApplication(["copdesk"])
    from copdesk.ui import i18n  # deferred: start-up cost
    from copdesk.ui.settings import LANGUAGE, Settings  # deferred: start-up cost

    i18n.install_translators(app, i18n.resolve_language(Settings().get(LANGUAGE)))
    return app


class EscapingStream:
    """Shows control characters as ``\\xNN`` (newlines and tabs pass): names, titles and
    notes come from community files, which may come from someone else, and an escape
    sequence printed raw retitles or clears the terminal. Every sub-command prints
    through it."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from copdesk.model.text import escape_controls  # deferred: start-up cost

        return self._stream.write(escape_controls(text, keep="\n\t"))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def fail(exc) -> int:
    """Print a user error as one line on stderr; exit status 1."""
    from PySide6.QtCore import QCoreApplication  # deferred: start-up cost

    message = exc.render(QCoreApplication.translate) if hasattr(exc, "render") else str(exc)
    print(f"copdesk: {' '.join(message.split())}", file=sys.stderr)
    return 1


def open_to_read(file: str):
    """For a command that only reads: no lock, no upgrade, nothing written beside the file
    (``db.open_read_only``), so it also works while the window has the file open."""
    from copdesk.model import db  # deferred: start-up cost

    return db.open_read_only(Path(file))


def open_to_write(file: str):
    """For a command that changes the file: locked; an older file is upgraded after a backup
    into its own backup folder, where the window's *Restore a backup* lists it."""
    from copdesk.model import db  # deferred: start-up cost
    from copdesk.paths import base_dirs  # deferred: start-up cost

    path = Path(file)
    return db.open_community(path, backup_dir=base_dirs().backups / db.backup_folder_name(path))


def build_parser() -> argparse.ArgumentParser:
    from PySide6.QtCore import QCoreApplication  # deferred: start-up cost

    parser = argparse.ArgumentParser(
        prog="copdesk",
        description=QCoreApplication.translate(
            "cli",
            "CoP Desk: organise a Community of Practice. Without a command, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"copdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in dict.fromkeys(COMMANDS.values()):
        importlib.import_module(f"copdesk.cli.{module}").register(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    from PySide6.QtCore import QCoreApplication  # deferred: start-up cost

    parser = argparse.ArgumentParser(
        prog="copdesk",
        description=QCoreApplication.translate(
            "cli", "Open CoP Desk. Commands: %1 (copdesk COMMAND --help)."
        ).replace("%1", ", ".join(COMMANDS)),
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
    if argv and argv[0] in COMMANDS:
        # the log's warnings are for the log file, which commands do not write: a user
        # error is one line on stderr, nothing else
        logging.getLogger("copdesk").addHandler(logging.NullHandler())
        _translator_app()
        args = build_parser().parse_args(argv)
        from copdesk.model.errors import UserError  # deferred: start-up cost

        out, err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)
        try:
            return args.func(args)
        except UserError as exc:
            return fail(exc)
        except KeyboardInterrupt:
            return 1
        except OSError as exc:
            print(f"copdesk: {exc}", file=sys.stderr)
            return 1
        finally:
            sys.stdout, sys.stderr = out, err
    if "--version" in argv:
        print(f"copdesk {__version__}")
        return 0
    if "-h" in argv or "--help" in argv:
        _translator_app()
    # Start-up creates some 120,000 objects that live as long as the window (Qt wrappers,
    # SQLAlchemy's tables and mappers); the garbage collector would walk them over and over
    # while they are being made. It is paused until the window's first paint
    # (see app.resume_garbage_collection).
    gc.disable()
    # The model (SQLAlchemy) is imported before Qt: once PySide6 is loaded, its import hook
    # inspects every further module, which costs ~50 ms at start-up for SQLAlchemy alone.
    import copdesk.model.overview
    import copdesk.model.uow  # noqa: F401
    from copdesk.model import db  # deferred: start-up cost

    # the file's integrity check runs in a thread while Qt starts (see db.Precheck)
    named = [a for a in argv if not a.startswith("-")]
    precheck = None
    if len(named) == 1 and Path(named[0]).is_file():
        precheck = db.Precheck(Path(named[0]))
    args = build_gui_parser().parse_args(argv)
    from copdesk.app import run_gui  # deferred: Qt after the model

    return run_gui(Path(args.file) if args.file else None, demo=args.demo, precheck=precheck)
