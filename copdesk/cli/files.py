"""``copdesk demo`` and ``copdesk check``: write a demo community, check a file."""

from __future__ import annotations

import argparse
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
            "cli", "check a community file: revision, schema, integrity, references, values, counts"
        ),
    )
    check.add_argument("file", metavar="FILE")
    check.set_defaults(func=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from copdesk import demo  # deferred: start-up cost

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


def cmd_check(args: argparse.Namespace) -> int:
    """One line per check; exit status 1 when any of them found a problem. Everything read
    from the file is printed through ``cli.main``'s escaping of control characters."""
    from copdesk.model.integrity import BadValue, check_file  # deferred: start-up cost
    from copdesk.model.migrations import HEAD  # deferred: start-up cost

    translate = QCoreApplication.translate
    path = Path(args.file)
    report = check_file(path)
    if report.revision == HEAD:
        state = translate("cli", "current")
    elif report.known:
        state = translate("cli", "older, will be upgraded when opened")
    elif report.schema is not None:  # alembic_version itself is not ours: no revision
        state = translate("cli", "unknown")
    else:
        state = translate("cli", "newer than this program")
    print(translate("cli", "File: %1").replace("%1", str(path)))
    print(
        translate("cli", "Schema revision: %1 (%2)")
        .replace("%1", report.revision)
        .replace("%2", state)
    )
    ok = translate("cli", "ok")
    if report.schema is not None:
        problem = " ".join(report.schema.render(translate).split())
        print(translate("cli", "Schema: %1").replace("%1", problem))
        print(
            translate(
                "cli", "Integrity, references and values: not checked (the schema is not ours)."
            )
        )
        return 1
    if report.known:
        print(translate("cli", "Schema: %1").replace("%1", ok))
    else:
        print(
            translate(
                "cli", "Schema and values: not checked (the file is newer than this program)."
            )
        )
    for line in report.integrity or (ok,):
        print(translate("cli", "Integrity: %1").replace("%1", line))
    for ref in report.references:
        print(
            translate(
                "cli", "References: table %1, row %2: %3 points to a row of %4 that does not exist."
            )
            .replace("%1", ref.table)
            .replace("%2", str(ref.row))
            .replace("%3", ref.column)
            .replace("%4", ref.parent)
        )
    if not report.references:
        print(translate("cli", "References: %1").replace("%1", ok))
    if isinstance(report.values, BadValue):  # the only problem the value scan reports
        print(translate("cli", "Values: %1").replace("%1", report.values.detail(translate)))
    elif report.known and not report.integrity:
        print(translate("cli", "Values: %1").replace("%1", ok))
    for name, count in report.counts.items():
        print(f"  {name:<20} {count:>8}")
    return 0 if report.ok else 1
