"""``copdesk meetings FILE [--group NAME]`` and
``copdesk suggest FILE --group NAME [--count N] [--after YYYY-MM-DD]``.

Both only read the file (no lock: they work while the window has it open) and print what
the Meetings page shows, in the user's language.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_read


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate(
                "cli_meetings", "“%1” is not a date in the form YYYY-MM-DD"
            ).replace("%1", value)
        ) from None


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if not 1 <= n <= 50:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("cli_meetings", "the number must be between 1 and 50")
        )
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser(
        "meetings",
        help=QCoreApplication.translate("cli_meetings", "list the meetings of a group"),
        description=QCoreApplication.translate(
            "cli_meetings",
            "List id, start, status and title of every meeting of a group, oldest first.",
        ),
    )
    listing.add_argument("file", metavar="FILE")
    listing.add_argument(
        "--group",
        metavar="NAME",
        default=None,
        help=QCoreApplication.translate(
            "cli_meetings", "the group (default: the community itself)"
        ),
    )
    listing.set_defaults(func=cmd_meetings)
    suggest = sub.add_parser(
        "suggest",
        help=QCoreApplication.translate(
            "cli_meetings", "suggest dates for the next meeting of a group"
        ),
        description=QCoreApplication.translate(
            "cli_meetings",
            "Suggest dates near the group's cadence, without weekends, the public "
            "holidays of the members' federal states and the moderator's absences; each "
            "with who cannot come and why.",
        ),
    )
    suggest.add_argument("file", metavar="FILE")
    suggest.add_argument(
        "--group",
        metavar="NAME",
        required=True,
        help=QCoreApplication.translate("cli_meetings", "the group"),
    )
    suggest.add_argument(
        "--count",
        type=_count,
        default=5,
        metavar="N",
        help=QCoreApplication.translate("cli_meetings", "how many dates (default 5)"),
    )
    suggest.add_argument(
        "--after",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate(
            "cli_meetings", "only dates after this day (default: today)"
        ),
    )
    suggest.set_defaults(func=cmd_suggest)


def _table(rows: Sequence[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(widths[i]) if i < len(cell_row) - 1 else cell
            for i, cell in enumerate(cell_row)
        ).rstrip()
        for cell_row in rows
    ]


def cmd_meetings(args: argparse.Namespace) -> int:
    from copdesk.formats.dates import meeting_when  # deferred: start-up cost
    from copdesk.formats.meeting_text import status_label  # deferred: start-up cost
    from copdesk.model import groups, meetings, uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        group = uow.read(community, groups.find_group, args.group)
        rows = uow.read(community, meetings.list_meetings, group.id)
    finally:
        community.close()
    rows.sort(key=lambda r: (r.start_at, r.id))
    count = len(rows)  # a plain name: older lupdate skips calls whose count is an expression
    print(
        QCoreApplication.translate("cli_meetings", "%1: %n meeting(s)", "", count)
        .replace("%1", shown(group.name))
        .replace("(s)", "" if len(rows) == 1 else "s")
    )
    if not rows:
        return 0
    table = [
        (
            QCoreApplication.translate("cli_meetings", "ID"),
            QCoreApplication.translate("cli_meetings", "Start"),
            QCoreApplication.translate("cli_meetings", "Status"),
            QCoreApplication.translate("cli_meetings", "Title"),
        )
    ]
    for r in rows:
        status = status_label(r.status)
        if r.conflicts:
            status += " ⚠"
        table.append((str(r.id), meeting_when(r.start_at, r.end_at, r.tz), status, shown(r.title)))
    for line in _table(table):
        print(line)
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from copdesk.formats.dates import date_with_weekday, meeting_when  # deferred: start-up cost
    from copdesk.formats.meeting_text import (  # deferred: start-up cost
        absent_text,
        cadence_text,
        candidate_summary,
        distance_text,
        holiday_language,
        join_names,
        skipped_text,
        state_name,
    )
    from copdesk.model import groups, meetings, uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        group = uow.read(community, groups.find_group, args.group)
        found = uow.read(
            community,
            meetings.suggest_dates,
            group.id,
            count=args.count,
            after=args.after,
            language=holiday_language(),
        )
    finally:
        community.close()
    print(f"{shown(group.name)} – {cadence_text(found.cadence)}")
    if found.last_meeting:
        print(
            QCoreApplication.translate("cli_meetings", "Target: %1 (after the last meeting on %2)")
            .replace("%1", date_with_weekday(found.target))
            .replace("%2", date_with_weekday(found.last_meeting))
        )
    else:
        print(
            QCoreApplication.translate("cli_meetings", "Target: %1").replace(
                "%1", date_with_weekday(found.target)
            )
        )
    if found.states:
        print(
            QCoreApplication.translate("cli_meetings", "Public holidays avoided for: %1").replace(
                "%1", join_names([state_name(s) for s in found.states])
            )
        )
    if found.organisations_without_state:
        print(
            "⚠ "
            + QCoreApplication.translate(
                "cli_meetings",
                "No federal state set for %1: only nationwide holidays are checked there.",
            ).replace("%1", shown(join_names(list(found.organisations_without_state))))
        )
    print()
    if not found.candidates:
        print(QCoreApplication.translate("cli_meetings", "No free date found."))
    for n, c in enumerate(found.candidates, 1):
        print(
            f"{n}. {meeting_when(c.start_at, c.end_at)} – {shown(candidate_summary(c))} "
            f"({distance_text(c.distance)})"
        )
        for a in c.absent:
            print(f"     {shown(absent_text(a))}")
    if found.skipped:
        print()
        print(QCoreApplication.translate("cli_meetings", "Left out near the target:"))
        for s in found.skipped:
            print(f"  {date_with_weekday(s.day)}: {shown(skipped_text(s))}")
    return 0
