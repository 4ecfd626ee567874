"""Reading generated files back: raw lines, properties, parameters."""

from __future__ import annotations

import re

from copdesk.model import uow
from copdesk.model.invitations import Invitation

from .conftest import options

_UNFOLD = re.compile(rb"\r\n[ \t]")


def produce_ics(
    com, meeting_id: int, kind: str = "request", *, now, **kw
) -> tuple[bytes, Invitation]:
    """Send through the use case (recorded) and return the .ics bytes it produced."""
    from copdesk.formats.invitations import ics_bytes

    made = []

    def producer(inv):
        made.append((ics_bytes(inv), inv))

    from copdesk.model import invitations

    uow.write(com, invitations.send_invitation, meeting_id, options(kind, **kw), producer, now=now)
    return made[0]


def unfolded(data: bytes) -> list[str]:
    """Logical content lines (folding undone), decoded."""
    return _UNFOLD.sub(b"", data).decode("utf-8").split("\r\n")


def props(data: bytes, name: str) -> list[str]:
    """Every logical line of property *name* (with parameters)."""
    return [
        line
        for line in unfolded(data)
        if line.split(":", 1)[0].split(";", 1)[0].upper() == name.upper()
    ]


def blocks(data: bytes, component: str) -> list[list[str]]:
    """The logical lines of every BEGIN:component ... END:component block (outermost)."""
    out, current, depth = [], None, 0
    for line in unfolded(data):
        if line == f"BEGIN:{component}":
            depth += 1
            if depth == 1:
                current = []
                continue
        if line == f"END:{component}":
            depth -= 1
            if depth == 0:
                out.append(current)
                current = None
                continue
        if current is not None:
            current.append(line)
    return out


def event_props(data: bytes, name: str) -> list[str]:
    """Lines of property *name* inside VEVENTs (not in VTIMEZONE or VALARM)."""
    lines = []
    for block in blocks(data, "VEVENT"):
        depth = 0
        for line in block:
            if line.startswith("BEGIN:"):
                depth += 1
            elif line.startswith("END:"):
                depth -= 1
            elif depth == 0 and line.split(":", 1)[0].split(";", 1)[0].upper() == name.upper():
                lines.append(line)
    return lines
