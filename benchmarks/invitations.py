"""Invitations on the large demo: the next meeting of the root group (≈5,000 members).

Prints the time of each step next to a baseline measured in the same run (listing all
members, which every page does anyway), so that the numbers mean something on any machine.

    python benchmarks/invitations.py [--keep FILE]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    from copdesk.formats.invitations import eml_bytes, ics_bytes
    from copdesk.model import db, invitations, members, uow
    from copdesk import demo
    from copdesk.model import entities as E
    from copdesk.model.invitations import Organiser

    folder = Path(tempfile.mkdtemp())
    path = folder / "large.copdesk"
    demo.write_demo(path, size="large")
    com = db.open_community(path)
    try:
        mid = uow.read(
            com,
            lambda s: s.scalar(
                select(E.Meeting.id)
                .where(
                    E.Meeting.status == "planned",
                    E.Meeting.series_id.is_(None),
                    E.Meeting.group_id == 1,
                )
                .order_by(E.Meeting.start_at)
            ),
        )
        options = invitations.InviteOptions(
            kind="request",
            organiser=Organiser("Lea Schäfer", "lea@heidelberg.example"),
            skip_problems=True,
        )
        baseline = best(lambda: uow.read(com, members.list_members))
        state = best(lambda: uow.read(com, invitations.invitation_state, mid))
        inv = uow.read(com, invitations.build_invitation, mid, options)
        build = best(lambda: uow.read(com, invitations.build_invitation, mid, options))
        ics = best(lambda: ics_bytes(inv))
        eml = best(lambda: eml_bytes(inv))
        send = best(
            lambda: uow.write(
                com, invitations.send_invitation, mid, options, lambda i: ics_bytes(i)
            ),
            repeat=2,
        )
    finally:
        com.close()
    print(f"recipients: {len(inv.attendees)}")
    for name, value in (
        ("baseline list_members", baseline),
        ("invitation_state", state),
        ("build_invitation", build),
        ("ics_bytes", ics),
        ("eml_bytes", eml),
        ("send (build+ics+record)", send),
    ):
        print(f"{name:<26} {value * 1000:8.1f} ms  ({value / baseline:5.1f} x baseline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
