"""``copdesk knowledge FILE [--subject NAME] [--matches]``: per subject who offers it, who
seeks it, who presented it and when, and the material shared on it; ``--matches`` prints
the pairs of a seek in one organisation and an offer in another. Only reads."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from copdesk.cli import open_to_read

if TYPE_CHECKING:
    from collections.abc import Sequence

    from copdesk.model.knowledge import Facts, Matrix, Named


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "knowledge",
        help=QCoreApplication.translate(
            "cli_knowledge", "who offers, seeks and presented which subject"
        ),
        description=QCoreApplication.translate(
            "cli_knowledge",
            "Per subject: who offers it, who seeks it, who presented it in which meeting "
            "and when, and the material shared on it. Only current members are named.",
        ),
    )
    cmd.add_argument("file", metavar="FILE")
    cmd.add_argument(
        "--subject",
        metavar="NAME",
        help=QCoreApplication.translate(
            "cli_knowledge", "only this subject (or the subjects whose name contains NAME)"
        ),
    )
    cmd.add_argument(
        "--matches",
        action="store_true",
        help=QCoreApplication.translate(
            "cli_knowledge", "print who seeks what another organisation offers"
        ),
    )
    cmd.set_defaults(func=cmd_knowledge)


def chosen_subjects(subjects: Sequence[Named], name: str | None) -> list[Named]:
    """All subjects; the one named (case and spaces ignored); else those containing it."""
    if not name:
        return list(subjects)
    key = " ".join(name.split()).casefold()
    exact = [s for s in subjects if s.name.casefold() == key]
    return exact or [s for s in subjects if key in s.name.casefold()]


def subject_lines(facts: Facts, matrix: Matrix, tag_id: int) -> list[tuple[str, str]]:
    """(label, text) lines for one subject; an empty label continues the line above."""
    from copdesk.formats.dates import date_short  # deferred: start-up cost
    from copdesk.model.tables import SubjectKind  # deferred: start-up cost

    names = {o.id: o.name for o in matrix.organisations}

    def who(person: str, org_id: int) -> str:
        return f"{person} ({names.get(org_id, '')})" if person else names.get(org_id, "")

    lines: list[tuple[str, str]] = []
    for kind, label in (
        (SubjectKind.OFFER, QCoreApplication.translate("cli_knowledge", "offers:")),
        (SubjectKind.SEEK, QCoreApplication.translate("cli_knowledge", "seeks:")),
    ):
        people = sorted(
            who(s.person, s.organisation_id)
            for s in facts.stances
            if s.tag_id == tag_id and s.kind == kind and s.organisation_id in names
        )
        if people:
            lines.append((label, "; ".join(people)))
    label = QCoreApplication.translate("cli_knowledge", "presented:")
    for p in (p for p in facts.presentations if p.tag_id == tag_id):
        lines.append(
            (
                label,
                f"{date_short(p.day)}  {who(p.person, p.organisation_id)}, “{p.meeting_title}”: {p.item_title}",
            )
        )
        label = ""
    label = QCoreApplication.translate("cli_knowledge", "shared:")
    for m in (m for m in facts.shared if m.tag_id == tag_id):
        when = date_short(m.day) if m.day else "—"
        link = f"  {m.link}" if m.link else ""
        lines.append((label, f"{when}  {m.title} — {who(m.person, m.organisation_id)}{link}"))
        label = ""
    return lines


def cmd_knowledge(args: argparse.Namespace) -> int:
    from copdesk.model import knowledge, uow  # deferred: start-up cost
    from copdesk.model.text import escape_controls as shown  # deferred: start-up cost

    community = open_to_read(args.file)
    try:
        facts = uow.read(community, knowledge.load_facts, dt.date.today())
    finally:
        community.close()
    matrix = knowledge.build_matrix(facts)
    subjects = chosen_subjects(matrix.subjects, args.subject)
    if args.subject and not subjects:
        message = QCoreApplication.translate("cli_knowledge", "No subject is called “%1”.")
        print(f"copdesk: {shown(message.replace('%1', args.subject))}", file=sys.stderr)
        return 1
    if not subjects:
        print(
            QCoreApplication.translate(
                "cli_knowledge",
                "No subjects yet: nobody offers, seeks, presented or shared anything.",
            )
        )
        return 0
    if args.matches:
        wanted = {s.id for s in subjects}
        found = [m for m in knowledge.find_matches(facts) if m.tag_id in wanted]
        if not found:
            print(
                QCoreApplication.translate(
                    "cli_knowledge",
                    "No matches: nobody seeks a subject that another organisation offers.",
                )
            )
        for m in found:
            print(
                shown(
                    QCoreApplication.translate("cli_knowledge", "%1: %2 seeks, %3 offers")
                    .replace("%1", m.subject)
                    .replace("%2", f"{m.seeker.person or '—'} ({m.seeker.organisation})")
                    .replace("%3", f"{m.offerer.person or '—'} ({m.offerer.organisation})")
                )
            )
        return 0
    for n, subject in enumerate(subjects):
        if n:
            print()
        print(shown(subject.name))
        lines = subject_lines(facts, matrix, subject.id)
        width = max((len(label) for label, _ in lines), default=0)
        for label, text in lines:
            print(shown(f"  {label.ljust(width)}  {text}"))
    return 0
