"""``copdesk groups FILE`` and ``copdesk members FILE [--group NAME]``.

Both only read the file (no lock, no upgrade: they work while the window has it open) and
print one aligned line per group or member, in the user's language. A sub-group's members
are its current members, as on the Members page; the community's are everyone.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from copdesk.cli import open_to_read

if TYPE_CHECKING:
    from copdesk.model.meetings import Cadence


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser(
        "groups",
        help=QCoreApplication.translate("cli_members", "list the community and its sub-groups"),
        description=QCoreApplication.translate(
            "cli_members",
            "List id, name, parent, number of members, cadence and status (active or "
            "archived) of every group: the community first, then its sub-groups by name.",
        ),
    )
    listing.add_argument("file", metavar="FILE")
    listing.set_defaults(func=cmd_groups)
    people = sub.add_parser(
        "members",
        help=QCoreApplication.translate(
            "cli_members", "list the members of the community or of a group"
        ),
        description=QCoreApplication.translate(
            "cli_members",
            "List id, name, organisation, e-mail and status (active or inactive) of every "
            "member, by last name; with --group only that group's current members.",
        ),
    )
    people.add_argument("file", metavar="FILE")
    people.add_argument(
        "--group",
        metavar="NAME",
        default=None,
        help=QCoreApplication.translate("cli_members", "the group (default: the community itself)"),
    )
    people.set_defaults(func=cmd_members)


def print_aligned(rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, two spaces apart (as ``copdesk meetings``)."""
    widths = [max(len(row[col]) for row in rows) for col in range(len(rows[0]))]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


@dataclass(frozen=True, slots=True)
class GroupLine:
    id: int
    name: str
    parent: str
    members: int
    cadence: Cadence
    active: bool


def read_groups(session: Session) -> list[GroupLine]:
    """Every group with its number of current members and its cadence."""
    from copdesk.model import groups, meetings, members  # deferred: start-up cost

    rows = groups.list_groups(session)
    names = {r.id: r.name for r in rows}
    return [
        GroupLine(
            id=r.id,
            name=r.name,
            parent=names.get(r.parent_id, "") if r.parent_id is not None else "",
            members=len(members.list_members(session, group_id=r.id)),
            cadence=meetings.get_cadence(session, r.id)[0],
            active=r.active,
        )
        for r in rows
    ]


def cmd_groups(args: argparse.Namespace) -> int:
    from copdesk.formats.meeting_text import cadence_text  # deferred: start-up cost
    from copdesk.model import uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        rows = uow.read(community, read_groups)
    finally:
        community.close()
    table: list[tuple[str, ...]] = [
        (
            QCoreApplication.translate("cli_members", "ID"),
            QCoreApplication.translate("cli_members", "Name"),
            QCoreApplication.translate("cli_members", "Parent"),
            QCoreApplication.translate("cli_members", "Members"),
            QCoreApplication.translate("cli_members", "Cadence"),
            QCoreApplication.translate("cli_members", "Status"),
        )
    ]
    for r in rows:
        table.append(
            (
                str(r.id),
                shown(r.name),
                shown(r.parent) or "–",
                str(r.members),
                cadence_text(r.cadence),
                QCoreApplication.translate("cli_members", "active")
                if r.active
                else QCoreApplication.translate("cli_members", "archived"),
            )
        )
    print_aligned(table)
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from copdesk.model import groups, members, uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        group = uow.read(community, groups.find_group, args.group)
        rows = uow.read(community, members.list_members, group_id=group.id)
    finally:
        community.close()
    count = len(rows)  # a plain name: older lupdate skips calls whose count is an expression
    print(
        QCoreApplication.translate("cli_members", "%1: %n member(s)", "", count)
        .replace("%1", shown(group.name))
        .replace("(s)", "" if count == 1 else "s")
    )
    if not rows:
        return 0
    table: list[tuple[str, ...]] = [
        (
            QCoreApplication.translate("cli_members", "ID"),
            QCoreApplication.translate("cli_members", "Name"),
            QCoreApplication.translate("cli_members", "Organisation"),
            QCoreApplication.translate("cli_members", "E-mail"),
            QCoreApplication.translate("cli_members", "Status"),
        )
    ]
    for m in rows:
        table.append(
            (
                str(m.id),
                shown(m.name),
                shown(m.organisation) or "–",
                shown(m.email) or "–",
                QCoreApplication.translate("cli_members", "active")
                if m.active
                else QCoreApplication.translate("cli_members", "inactive"),
            )
        )
    print_aligned(table)
    return 0
