"""Rotation page reads on the large demo, against a floor measured in the same run.

    python benchmarks/rotation.py [--repeat 5]

Uses the large demo community (5,000 members in the CoP, 2,000 meetings, 2,400 absences;
cached in the temp folder and shared with the other benchmarks). Measures, each as the
median of ``--repeat`` runs in a fresh read session:

* ``view_root``: everything the rotation page shows for the CoP (forecast of 4 meetings
  with explanations, history, balance) — 5,000 eligible members, 100 organisations;
* ``view_subgroup``: the same for the largest sub-group;
* ``forecast_12``: twelve coming meetings of the CoP;
* ``propose_for_meeting``: the proposal the meeting editor asks for;
* ``floor``: ``SELECT`` of every member row through the ORM, the least a rule over all
  members has to do.

Prints one JSON line with milliseconds and the ratios to the floor. Goal: the page reloads
well under 100 ms on this file.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def large_demo() -> Path:
    from copdesk.model.migrations import HEAD  # a new schema revision gets a new file

    path = Path(tempfile.gettempdir()) / f"copdesk-bench-large-{HEAD}.copdesk"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "copdesk", "demo", str(path), "--size", "large", "--quiet"],
            check=True,
        )
    return path


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    from sqlalchemy import func, select

    from copdesk.model import db, rotation, uow
    from copdesk.model import entities as E

    community = db.open_community(large_demo(), lock=False)
    try:
        root = uow.read(
            community, lambda s: s.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
        )
        sub = uow.read(
            community,
            lambda s: s.execute(
                select(E.GroupMembership.group_id, func.count().label("n"))
                .where(E.GroupMembership.group_id != root)
                .group_by(E.GroupMembership.group_id)
                .order_by(func.count().desc())
                .limit(1)
            ).first()[0],
        )
        planned = uow.read(
            community,
            lambda s: s.scalar(
                select(E.Meeting.id)
                .where(
                    E.Meeting.group_id == root, E.Meeting.status == E.MeetingStatus.PLANNED.value
                )
                .order_by(E.Meeting.start_at)
                .limit(1)
            ),
        )
        results = {
            "floor": median_ms(
                lambda: uow.read(community, lambda s: len(s.scalars(select(E.Member)).all())),
                args.repeat,
            ),
            "view_root": median_ms(
                lambda: uow.read(community, rotation.view, root, 4), args.repeat
            ),
            "view_subgroup": median_ms(
                lambda: uow.read(community, rotation.view, sub, 4), args.repeat
            ),
            "forecast_12": median_ms(
                lambda: uow.read(community, rotation.forecast, root, 12), args.repeat
            ),
        }
        if planned is not None:
            results["propose_for_meeting"] = median_ms(
                lambda: uow.read(community, rotation.propose_for_meeting, planned), args.repeat
            )
    finally:
        community.close()
    floor = results["floor"] or 1
    out = {"ms": results, "x_floor": {k: round(v / floor, 2) for k, v in results.items()}}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
