"""Every page on the large demo: first show, showing it again, and an arrow key in its list.

    python benchmarks/pages.py [--keys 8]

Builds the large demo community once (cached in the temp folder, shared with
``startup.py``: 5,000 members, 2,000 meetings, 20,000 topics), opens the main window
offscreen and, page by page, measures from ``show_page`` to the repainted window the
first time (the page's import and first read included) and again after another page was
shown, then the arrow key Down in the page's table (the detail, editors and calendar
follow the selection). All of it runs on the GUI thread, so it is what a user waits for.

Baseline, measured in the same run: the arrow key in a bare ``QTableView`` over a
``QStandardItemModel`` with as many rows as the meetings list — the floor for moving the
selection in a Qt table at all.

Prints one JSON line. Goals: an arrow key and showing a page again each within two frames
(33 ms) at the median. Measured on 2026-11-27: arrow keys 4-27 ms (baseline 5 ms),
pages again 2-27 ms; first show (import included) 3-476 ms (the Backlog: 14,000 topics).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import large_demo


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def arrow_keys(app, table, window, count: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table.setFocus()
    app.processEvents()
    times = []
    for _ in range(count):
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_Down)
        app.processEvents()
        window.repaint()
        times.append(time.perf_counter() - start)
    return times


def baseline(app, rows: int, count: int) -> list[float]:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = QStandardItemModel(rows, 5)
    for r in range(rows):
        for c in range(5):
            model.setItem(r, c, QStandardItem(f"{r}/{c}"))
    view = QTableView()
    view.setModel(model)
    view.resize(1180, 760)
    view.show()
    app.processEvents()
    view.selectRow(0)
    try:
        return arrow_keys(app, view, view, count)
    finally:
        view.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=8, help="arrow keys per page")
    args = parser.parse_args()
    path = large_demo()
    import tempfile

    os.environ["COPDESK_HOME"] = tempfile.mkdtemp(prefix="copdesk-bench-home-")
    from PySide6.QtWidgets import QApplication

    from copdesk.model import db, uow
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.pages.registry import PAGES
    from copdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    community = db.open_community(path, lock=False)
    window = MainWindow(community, Settings(), WindowHost(*(lambda *a: None for _ in range(6))))
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    uow.prepare_orm()  # the app does this right after its first paint
    result: dict[str, object] = {}
    meetings_rows = 0
    for n, spec in enumerate(PAGES):  # as Ctrl+1 ... Ctrl+8 do: imports only that page
        start = time.perf_counter()
        window.nav.setCurrentRow(n)
        app.processEvents()
        window.repaint()
        first = time.perf_counter() - start
        window.nav.setCurrentRow(0)
        app.processEvents()
        start = time.perf_counter()
        window.nav.setCurrentRow(n)
        app.processEvents()
        window.repaint()
        again = time.perf_counter() - start
        page = window.page(n)
        entry = {"first_ms": ms(first), "again_ms": ms(again)}
        table = getattr(page, "table", None)
        if table is not None and table.model() is not None and table.model().rowCount() > 1:
            keys = arrow_keys(app, table, window, args.keys)
            entry["key_ms_median"] = ms(statistics.median(keys))
            entry["key_ms_max"] = ms(max(keys))
            if spec.cls == "MeetingsPage":
                meetings_rows = table.model().rowCount()
        result[type(page).__name__] = entry
    window.close()
    community.close()
    floor = baseline(app, max(meetings_rows, 2), args.keys)
    result["baseline_key_ms_median"] = ms(statistics.median(floor))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
