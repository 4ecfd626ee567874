"""``copdesk group add FILE NAME [--cadence …] [--member EMAIL]...`` and
``copdesk group join FILE NAME --member EMAIL...``

Create a sub-group of the community, or add members to a group. Each command is one
unit of work: on bad input (a taken name, an unknown address) it prints one line and
the file is unchanged.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_write

# --cadence value -> (unit, interval)
CADENCES: dict[str, tuple[str, int]] = {
    "weekly": ("week", 1),
    "monthly": ("month", 1),
    "quarterly": ("month", 3),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "group",
        help=QCoreApplication.translate(
            "GroupsCli", "create a sub-group or add members to a group"
        ),
        description=QCoreApplication.translate(
            "GroupsCli", "Create a sub-group of the community, or add members to a group."
        ),
    )
    actions = cmd.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help=QCoreApplication.translate("GroupsCli", "create a sub-group of the community"),
        description=QCoreApplication.translate(
            "GroupsCli", "Create a sub-group of the community, optionally with its members."
        ),
    )
    join = actions.add_parser(
        "join",
        help=QCoreApplication.translate("GroupsCli", "add members to a group"),
        description=QCoreApplication.translate(
            "GroupsCli", "Add members (by e-mail address) to a group."
        ),
    )
    for parser in (add, join):
        parser.add_argument(
            "file", metavar="FILE", help=QCoreApplication.translate("GroupsCli", "community file")
        )
        parser.add_argument(
            "name", metavar="NAME", help=QCoreApplication.translate("GroupsCli", "the group's name")
        )
    add.add_argument(
        "--cadence",
        choices=list(CADENCES),
        default="monthly",
        help=QCoreApplication.translate(
            "GroupsCli", "how often the group meets (default: monthly)"
        ),
    )
    add.add_argument(
        "--member",
        metavar="EMAIL",
        action="append",
        default=[],
        help=QCoreApplication.translate(
            "GroupsCli", "a member's e-mail address (repeat for several)"
        ),
    )
    add.add_argument(
        "--video-tool",
        choices=["teams", "zoom", "webex", "bbb", "other"],
        default="",
        help=QCoreApplication.translate("GroupsCli", "the video tool of its new meetings"),
    )
    add.add_argument(
        "--join-url",
        metavar="URL",
        default="",
        help=QCoreApplication.translate("GroupsCli", "the join link of its new meetings"),
    )
    add.add_argument(
        "--whiteboard",
        metavar="URL",
        default="",
        help=QCoreApplication.translate("GroupsCli", "the link of the group's shared whiteboard"),
    )
    add.add_argument(
        "--no-rotation",
        action="store_true",
        help=QCoreApplication.translate(
            "GroupsCli", "moderation does not rotate (no turns are suggested)"
        ),
    )
    join.add_argument(
        "--member",
        metavar="EMAIL",
        action="append",
        required=True,
        help=QCoreApplication.translate(
            "GroupsCli", "a member's e-mail address (repeat for several)"
        ),
    )
    add.set_defaults(func=_add)
    join.set_defaults(func=_join)


def _add(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session  # deferred: start-up cost

    from copdesk.model import groups, uow  # deferred: start-up cost

    unit, interval = CADENCES[args.cadence]
    data = groups.GroupData(
        name=args.name,
        cadence_unit=unit,
        cadence_interval=interval,
        video_tool=args.video_tool,
        join_url=args.join_url,
        whiteboard_url=args.whiteboard,
        rotates_moderation=not args.no_rotation,
    )

    def add(session: Session) -> tuple[int, int]:
        members = groups.member_ids_by_email(session, args.member)
        group_id = groups.add_group(session, data)
        groups.set_group_members(session, group_id, add=members)
        return group_id, len(set(members))

    community = open_to_write(args.file)
    try:
        (group_id, count), _ = uow.write(community, add)
    finally:
        community.close()
    print(
        QCoreApplication.translate("GroupsCli", "Group “%1” created (id %2) with %3 members.")
        .replace("%1", " ".join(args.name.split()))
        .replace("%2", str(group_id))
        .replace("%3", str(count))
    )
    return 0


def _join(args: argparse.Namespace) -> int:
    from sqlalchemy.orm import Session  # deferred: start-up cost

    from copdesk.model import groups, uow  # deferred: start-up cost

    def join(session: Session) -> tuple[str, int]:
        group = groups.find_group(session, args.name)
        members = groups.member_ids_by_email(session, args.member)
        new = set(members) - groups.current_member_ids(session, group.id)
        groups.set_group_members(session, group.id, add=members)
        return group.name, len(new)

    community = open_to_write(args.file)
    try:
        (name, count), _ = uow.write(community, join)
    finally:
        community.close()
    print(
        QCoreApplication.translate("GroupsCli", "%1 members added to “%2”.")
        .replace("%1", str(count))
        .replace("%2", name)
    )
    return 0
