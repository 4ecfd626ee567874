"""Start-up time on the large demo file against a floor, and search-as-you-type latency.

    python benchmarks/startup.py [--runs 7]

Builds the large demo community once (cached in the temp folder), then alternates
starting CoP Desk on it and starting the floor (a bare QMainWindow with a table plus
``import sqlalchemy.orm``), measuring from process start to the first painted main
window. Then, in-process, times each keystroke of a search over 5,000 members.
Prints one JSON line. Goals: ratio <= 1.5, keystroke < 50 ms.
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

HERE = Path(__file__).resolve().parent


def large_demo() -> Path:
    from copdesk.model.migrations import HEAD  # a new schema revision gets a new file

    path = Path(tempfile.gettempdir()) / f"copdesk-bench-large-{HEAD}.copdesk"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "copdesk", "demo", str(path), "--size", "large",
                        "--quiet"], check=True)
    return path


def time_to_paint(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                            text=True)
    for line in proc.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"no first paint from {cmd}")
    proc.wait(timeout=30)
    return elapsed


def keystrokes(path: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from copdesk.model import db
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.pages.members import MembersPage
    from copdesk.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    community = db.open_community(path, lock=False)
    host = WindowHost(*(lambda *a: None for _ in range(8)))
    window = MainWindow(community, Settings(), host)
    window.show()
    page = window.show_page(MembersPage)
    app.processEvents()
    rows = page.model.rowCount()
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    times = []
    for text in ("m", "mü", "mül", "müll", "mülle", "müller", "müller ", "müller s"):
        start = time.perf_counter()
        page.search.setText(text)
        app.processEvents()
        page.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    for _ in range(3):
        start = time.perf_counter()
        page.search.clear()
        app.processEvents()
        page.table.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        page.search.setText("s")
        app.processEvents()
    window.close()
    community.close()
    return {"members": rows, "keystroke_ms_max": round(max(times), 1),
            "keystroke_ms_median": round(statistics.median(times), 1)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = large_demo()
    home = Path(tempfile.mkdtemp(prefix="copdesk-bench-home-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               COPDESK_HOME=str(home), COPDESK_EXIT_AFTER_PAINT="1")
    app_cmd = [sys.executable, "-m", "copdesk", str(path)]
    floor_cmd = [sys.executable, str(HERE / "floor_window.py")]
    time_to_paint(app_cmd, env)  # warm the disk cache for both
    time_to_paint(floor_cmd, env)
    app_times, floor_times = [], []
    for _ in range(args.runs):
        app_times.append(time_to_paint(app_cmd, env))
        floor_times.append(time_to_paint(floor_cmd, env))
    app_s, floor_s = statistics.median(app_times), statistics.median(floor_times)
    result = {"app_s": round(app_s, 3), "floor_s": round(floor_s, 3),
              "ratio": round(app_s / floor_s, 2)}
    os.environ["COPDESK_HOME"] = str(home)
    result.update(keystrokes(path))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
