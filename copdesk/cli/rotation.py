"""``copdesk rotation FILE --group NAME [--next N] [--role moderator|host|co-moderator|protocol]``

Prints the rotation forecast with its explanations in the user's language. It only reads
the file (no lock: it works while the window has it open).
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_read


def _label(text: str) -> str:
    return QCoreApplication.translate("rotation", text)


def _count(value: str) -> int:
    from copdesk.model.rotation import MAX_FORECAST  # deferred: start-up cost

    try:
        n = int(value)
    except ValueError:
        n = 0
    if not 1 <= n <= MAX_FORECAST:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("rotation", "the number must be between 1 and %1").replace(
                "%1", str(MAX_FORECAST)
            )
        )
    return n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from copdesk.model.rotation import ROLE_NAMES  # deferred: start-up cost

    cmd = sub.add_parser(
        "rotation",
        help=QCoreApplication.translate(
            "rotation", "show who hosts and moderates the next meetings, and why"
        ),
        description=QCoreApplication.translate(
            "rotation",
            "Print the rotation forecast of a group: for each of the next meetings "
            "who hosts, moderates, co-moderates and writes the protocol, each with "
            "a one-line explanation.",
        ),
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument(
        "--group",
        metavar="NAME",
        default="",
        help=QCoreApplication.translate("rotation", "the group (default: the community itself)"),
    )
    cmd.add_argument(
        "--next",
        type=_count,
        default=4,
        metavar="N",
        help=QCoreApplication.translate("rotation", "how many meetings (default 4)"),
    )
    cmd.add_argument(
        "--role",
        choices=tuple(ROLE_NAMES),
        default=None,
        help=QCoreApplication.translate("rotation", "only this role"),
    )
    cmd.set_defaults(func=cmd_rotation)


def cmd_rotation(args: argparse.Namespace) -> int:
    from copdesk.formats.dates import date_short, date_with_weekday  # deferred: start-up cost
    from copdesk.model import groups, rotation, uow  # deferred: start-up cost
    from copdesk.model.rotation import State, Text  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    def render(text: Text | None) -> str:
        if text is None:
            return ""
        return shown(text.render(QCoreApplication.translate, date_short))

    community = open_to_read(args.file)
    try:
        group = uow.read(community, groups.find_group, args.group).id
        fc = uow.read(community, rotation.forecast, group, args.next)
    finally:
        community.close()
    wanted = rotation.ROLE_NAMES[args.role] if args.role else None
    count = len(fc.slots)  # a plain name: older lupdate skips expressions as counts
    print(
        QCoreApplication.translate("rotation", "Rotation of %1 – the next %n meeting(s)", "", count)
        .replace("%1", shown(fc.group_name))
        .replace("(s)", "" if count == 1 else "s")
    )
    if wanted is not None and wanted not in fc.enabled_roles:
        print(
            QCoreApplication.translate(
                "rotation", "The role “%1” does not rotate in this group."
            ).replace("%1", _label(rotation.ROLE_LABELS[wanted]))
        )
        return 0
    labels = {r: _label(rotation.ROLE_LABELS[r]) for r in rotation.ROLES}
    width = max(len(v) for v in labels.values()) + 1
    for slot in fc.slots:
        print()
        when = date_with_weekday(slot.day)
        if slot.estimated:
            print(f"≈ {when} – {_label(slot.title)}")
        else:
            print(f"{when} – {shown(slot.title)}")
        for p in slot.roles:
            if p.state == State.OFF or (wanted is not None and p.role != wanted):
                continue
            who = shown(p.name) or "–"
            if p.organisation:
                who += f" ({shown(p.organisation)})"
            state = _label(rotation.STATE_LABELS[p.state])
            mark = "⚠ " if p.state in (State.NOBODY, State.MOVED_ON) else ""
            print(f"  {(labels[p.role] + ':').ljust(width)} {who}  [{mark}{state}]")
            first = " · ".join(x for x in (render(p.reason), render(p.decided_by)) if x)
            if first:
                print(f"  {'':{width}} {first}")
            for note in p.notes:
                print(f"  {'':{width}} – {render(note)}")
    if fc.hints:
        print()
        print(QCoreApplication.translate("rotation", "Hints:"))
        for hint in fc.hints:
            print(f"  • {render(hint)}")
    return 0
