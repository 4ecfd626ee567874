"""Backlog filtering latency per keystroke on the large demo, against baselines in the same run.

    python benchmarks/backlog.py [--repeat 5]

Builds the large demo community once (cached in the temp folder, shared with
``startup.py``), opens the Backlog page offscreen and types a search word by word,
measuring each keystroke from ``setText`` to the repainted table. Twice: on the root
group's backlog (what the page shows, about 14,000 topics) and on all 20,000 topics of
the file in the same page model.

Baselines, measured in the same process on the same rows:

* ``list``: the same word filter over a plain Python list of the rows' search texts —
  the floor for any filtering written in Python;
* ``qsortfilterproxy``: the project's generic ``FilterProxy`` (a QSortFilterProxyModel
  that calls Python once per row per keystroke) behind the same table.

Prints one JSON line. Goal: the page's median keystroke within a few times the plain
list and well under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = [
    "d",
    "di",
    "dig",
    "digi",
    "digit",
    "digita",
    "digital",
    "digitali",
    "digitalis",
    "digitalisierung",
    "digitalisierung ",
    "digitalisierung k",
    "digitalisierung ko",
    "digitalisierung kom",
    "digitalisierung ko",
    "digitalisierung k",
    "digitalisierung",
    "digitalisier",
    "digital",
    "digi",
    "",
    "h",
    "ho",
    "hom",
    "home",
    "homeo",
    "homeoffice",
    "homeoffice e",
    "homeoffice ev",
    "homeoffice eva",
    "",
    "p",
    "pe",
    "per",
    "pers",
    "perso",
    "person",
    "personalrat",
    "",
]


def large_demo() -> Path:
    from copdesk.model.migrations import HEAD  # a new schema revision gets a new file

    path = Path(tempfile.gettempdir()) / f"copdesk-bench-large-{HEAD}.copdesk"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "copdesk", "demo", str(path), "--size", "large", "--quiet"],
            check=True,
        )
    return path


def type_into(app, page, texts) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        page.search.setText(text)
        app.processEvents()
        page.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def list_baseline(page, texts) -> list[float]:
    """The same filter over a plain list of the same search texts (and the same rows)."""
    model = page.model
    rows = model.rows()
    hay = [model.haystack(i) for i in range(len(rows))]
    times = []
    for text in texts:
        start = time.perf_counter()
        needles = text.casefold().split()
        shown = [r for r, h in zip(rows, hay, strict=True) if all(n in h for n in needles)]
        times.append((time.perf_counter() - start) * 1000)
        assert shown is not None
    return times


def stats(times: list[float]) -> dict:
    return {
        "median_ms": round(statistics.median(times), 2),
        "p90_ms": round(sorted(times)[int(len(times) * 0.9) - 1], 2),
        "max_ms": round(max(times), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = large_demo()
    home = Path(tempfile.mkdtemp(prefix="copdesk-bench-home-"))
    os.environ["COPDESK_HOME"] = str(home)

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from copdesk.model import backlog, db, uow
    from copdesk.model import entities as E
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.models.dto_table import FilterProxy
    from copdesk.ui.backlog.page import ALL, BacklogPage
    from copdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    community = db.open_community(path, lock=False)
    window = MainWindow(community, Settings(), WindowHost(*(lambda *a: None for _ in range(6))))
    window.resize(1280, 800)
    window.show()
    start = time.perf_counter()
    page = window.show_page(BacklogPage)
    app.processEvents()
    open_ms = (time.perf_counter() - start) * 1000
    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    app.processEvents()
    result: dict = {"page_open_ms": round(open_ms, 1)}

    def measure(label: str) -> None:
        rows = page.model.rowCount()
        page_times, list_times = [], []
        for _ in range(args.repeat):
            page_times += type_into(app, page, TYPED)
            list_times += list_baseline(page, TYPED)
        # the generic QSortFilterProxyModel behind the same table, for comparison
        incremental = page.proxy
        generic = FilterProxy(page)
        generic.setSourceModel(page.model)
        page.table.setModel(generic)
        page.proxy = generic
        generic_times = []
        for _ in range(args.repeat):
            generic_times += type_into(app, page, TYPED)
        page.table.setModel(incremental)
        page.proxy = incremental
        page.search.clear()
        app.processEvents()
        mine, floor, qt = stats(page_times), stats(list_times), stats(generic_times)
        result[label] = {
            "topics": rows,
            "keystrokes": len(page_times),
            "page": mine,
            "baseline_list": floor,
            "baseline_qsortfilterproxy": qt,
            "ratio_to_list": round(mine["median_ms"] / max(floor["median_ms"], 0.01), 1),
            "speedup_vs_qsortfilterproxy": round(qt["median_ms"] / max(mine["median_ms"], 0.01), 1),
        }

    measure("root_group")
    start = time.perf_counter()
    groups = uow.read(community, lambda s: list(s.scalars(select(E.Group.id))))
    everything = []
    for gid in groups:
        everything += uow.read(community, backlog.list_topics, gid)
    page.set_rows(everything)
    result["load_all_topics_ms"] = round((time.perf_counter() - start) * 1000, 1)
    app.processEvents()
    measure("all_topics")
    window.close()
    community.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
