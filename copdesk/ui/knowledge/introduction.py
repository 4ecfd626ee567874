"""The introduction e-mail for a match: a short neutral draft (.eml, unsent) to both
people, in the program's language, written through ``export_files.write_private``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from copdesk.formats.invitations import draft_bytes
from copdesk.model import export_files
from copdesk.model.knowledge import Match, Party


def _name(p: Party) -> str:
    return p.person or p.organisation


def subject_line(match: Match) -> str:
    return QCoreApplication.translate("Introduction", "Introduction: %1").replace(
        "%1", match.subject
    )


def body(match: Match, community: str) -> str:
    seeker, offerer = match.seeker, match.offerer
    return (
        QCoreApplication.translate(
            "Introduction",
            "Hello %1, hello %2,\n\n"
            "%1 (%3) is looking for experience with “%5”, and %2 (%4) offers it. "
            "As fellow members of “%6” we would like to introduce you to each other – "
            "perhaps a short call is worthwhile for both of you.\n\n"
            "Best regards",
        )
        .replace("%1", _name(seeker))
        .replace("%2", _name(offerer))
        .replace("%3", seeker.organisation)
        .replace("%4", offerer.organisation)
        .replace("%5", match.subject)
        .replace("%6", community)
    )


def default_file_name(match: Match) -> str:
    name = subject_line(match)
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
    return " ".join(safe.split()) + ".eml"


def introduction_bytes(match: Match, community: str, when: dt.datetime | None = None) -> bytes:
    to = [(_name(p), p.email) for p in (match.seeker, match.offerer)]
    return draft_bytes(to, subject_line(match), body(match, community), when=when)


def write_introduction(target: Path, match: Match, community: str) -> Path:
    """Write the draft to *target* (complete or not at all); a ``FileProblem`` otherwise."""
    return export_files.write_private(target, introduction_bytes(match, community))
