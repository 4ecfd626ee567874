"""``copdesk cohort FILE GROUP``: a learning circle's cohorts (the latest first), each
with its state and its weeks (number, day, title, status, public holiday). Only reads."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_read
from copdesk.cli.members_list import print_aligned


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "cohort",
        help=QCoreApplication.translate(
            "cli_cohorts", "list a learning circle's cohorts and weeks"
        ),
        description=QCoreApplication.translate(
            "cli_cohorts",
            "List the cohorts of a sub-group, the latest first: state (planned, week n of "
            "m, ended), guide pack, and each week's day, title and status.",
        ),
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument("group", metavar="GROUP")
    cmd.set_defaults(func=cmd_cohort)


def state_line(row) -> str:
    from copdesk.formats.dates import date_short  # deferred: start-up cost
    from copdesk.model import cohorts  # deferred: start-up cost

    if row.state == cohorts.ENDED:
        text = QCoreApplication.translate("cli_cohorts", "%1 ended on %2")
        return text.replace("%1", row.title).replace("%2", date_short(row.ended_on))
    if row.state == cohorts.PLANNED:
        text = QCoreApplication.translate("cli_cohorts", "%1 starts on %2")
        return text.replace("%1", row.title).replace("%2", date_short(row.start_on))
    return (
        QCoreApplication.translate("cli_cohorts", "%1: week %2 of %3")
        .replace("%1", row.title)
        .replace("%2", str(row.current_week))
        .replace("%3", str(row.weeks))
    )


def cmd_cohort(args: argparse.Namespace) -> int:
    from copdesk.formats.dates import date_with_weekday  # deferred: start-up cost
    from copdesk.formats.meeting_text import holiday_language, status_label  # deferred: cost
    from copdesk.model import cohorts, groups, uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        group = uow.read(community, groups.find_group, args.group)
        rows = uow.read(community, cohorts.list_cohorts, group.id)
        details = [
            uow.read(community, cohorts.get_cohort, r.id, language=holiday_language()) for r in rows
        ]
    finally:
        community.close()
    if not details:
        print(
            QCoreApplication.translate(
                "cli_cohorts", "%1 has no learning-circle cohort yet."
            ).replace("%1", shown(group.name))
        )
        return 0
    for n, d in enumerate(details):
        if n:
            print()
        pack = d.row.pack_name or QCoreApplication.translate("cli_cohorts", "no guide pack")
        print(f"{shown(state_line(d.row))} · {shown(pack)}")
        table: list[tuple[str, ...]] = [
            (
                QCoreApplication.translate("cli_cohorts", "Week"),
                QCoreApplication.translate("cli_cohorts", "Date"),
                QCoreApplication.translate("cli_cohorts", "Title"),
                QCoreApplication.translate("cli_cohorts", "Status"),
            )
        ]
        for w in d.weeks:
            status = status_label(w.status) if w.status else ""
            if w.holiday:
                status = f"{status} ({shown(w.holiday)})"
            table.append((str(w.number), date_with_weekday(w.day), shown(w.title), status))
        print_aligned(table)
    return 0
