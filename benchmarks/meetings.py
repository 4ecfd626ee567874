"""Meetings page queries on the large demo, against a floor measured in the same run.

    python benchmarks/meetings.py [--repeat 5]

Uses the large demo community (2,000 meetings, 5,000 members, 2,400 absences; cached in
the temp folder and shared with ``startup.py``). Measures, each as the median of
``--repeat`` runs in a fresh read session:

* ``list_meetings``: one group's list with agenda sums and the conflict sweep over every
  meeting of the file (what the page reloads after each edit);
* ``list_meetings_all``: the same for all 2,000 meetings;
* ``suggest_dates``: five candidates for the CoP (holidays of its states, absences of its
  members);
* ``calendar_month``: one month of the calendar (meetings, absences, holidays);
* ``floor``: ``SELECT`` of every meeting row through the same ORM session, the least any
  listing has to do.

Prints one JSON line with milliseconds and the ratios to the floor. Goal: everything the
page does on a change well under 100 ms on this file.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    from sqlalchemy import select

    from copdesk.model import db, meetings, uow
    from copdesk.model import entities as E
    from copdesk.model.groups import list_groups

    com = db.open_community(large_demo(), lock=False)
    try:
        root = uow.read(com, list_groups)[0]
        month = dt.date.today().replace(day=1)
        meetings.holidays_between(("BW",), month, month)  # import holidays once
        result = {
            "floor": median_ms(
                lambda: uow.read(com, lambda s: s.scalars(select(E.Meeting)).all()), args.repeat
            ),
            "list_meetings": median_ms(
                lambda: uow.read(com, meetings.list_meetings, root.id), args.repeat
            ),
            "list_meetings_all": median_ms(
                lambda: uow.read(com, meetings.list_meetings), args.repeat
            ),
            "suggest_dates": median_ms(
                lambda: uow.read(com, meetings.suggest_dates, root.id), args.repeat
            ),
            "calendar_month": median_ms(
                lambda: uow.read(
                    com,
                    meetings.calendar_entries,
                    root.id,
                    month - dt.timedelta(days=7),
                    month + dt.timedelta(days=41),
                ),
                args.repeat,
            ),
        }
    finally:
        com.close()
    floor = result["floor"] or 1
    result["ratios"] = {k: round(v / floor, 2) for k, v in result.items() if k != "floor"}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
