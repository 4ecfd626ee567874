"""``copdesk demo`` and ``copdesk check``: write a demo community, check a file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def register(sub) -> None:
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

    demo.write_demo(path, size=args.size, progress=progress, translate=QCoreApplication.translate)
    print(
        QCoreApplication.translate("cli", "Demo community written to %1").replace("%1", str(path))
    )
    return 0


def cmd_check(args) -> int:
    from copdesk.model import db
    from copdesk.model.migrations import HEAD, REVISIONS

    path = Path(args.file)
    info = db.inspect_file(path, counts=True)
    if info.revision == HEAD:
        state = QCoreApplication.translate("cli", "current")
    elif info.revision in REVISIONS:
        state = QCoreApplication.translate("cli", "older, will be upgraded when opened")
    else:
        state = QCoreApplication.translate("cli", "newer than this program")
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
