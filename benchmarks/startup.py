"""Start-up time on the large demo file against a floor, and search-as-you-type latency.

    python benchmarks/startup.py [--runs 7] [--against OTHER_CHECKOUT]

Builds the large demo community once (cached in the temp folder), then alternates
starting the floor (a bare QMainWindow with a table plus ``import sqlalchemy.orm``),
CoP Desk on the file as it left it (``checked-files.json`` knows it: no value scan) and
CoP Desk on a file it has not seen in this state (that memory deleted before the run: the
first open of a received, copied or crashed file, or of one edited by another program),
measuring from process start to the first painted main window. ``--against`` starts
another checkout (e.g. an older commit) the same two ways in the same rounds, so that
its ratios are measured under the same load. Then, in-process, times each keystroke of a
search over 5,000 members. Prints one JSON line. Goals: ratio and cold_ratio <= 1.5,
keystroke < 50 ms.
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
        subprocess.run(
            [sys.executable, "-m", "copdesk", "demo", str(path), "--size", "large", "--quiet"],
            check=True,
        )
    return path


def time_to_paint(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
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
    return {
        "members": rows,
        "keystroke_ms_max": round(max(times), 1),
        "keystroke_ms_median": round(statistics.median(times), 1),
    }


def _app(checkout: Path, env: dict) -> tuple[list[str], dict, Path]:
    """How to start CoP Desk from *checkout* with a home of its own, and its memory file."""
    home = Path(tempfile.mkdtemp(prefix="copdesk-bench-home-"))
    env = dict(env, COPDESK_HOME=str(home), PYTHONPATH=str(checkout))
    return (
        [sys.executable, "-m", "copdesk", str(large_demo())],
        env,
        home / "data" / "checked-files.json",
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    args = parser.parse_args()
    path = large_demo()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        COPDESK_EXIT_AFTER_PAINT="1",
    )
    floor_cmd = [sys.executable, str(HERE / "floor_window.py")]
    apps = {"": _app(HERE.parent, env)}
    if args.against:
        apps["old_"] = _app(args.against.resolve(), env)
    time_to_paint(floor_cmd, env)  # warm the disk cache, fill the memories
    for cmd, app_env, _memory in apps.values():
        time_to_paint(cmd, app_env)
    times: dict[str, list[float]] = {"floor": []}
    for _ in range(args.runs):
        times["floor"].append(time_to_paint(floor_cmd, env))
        for prefix, (cmd, app_env, memory) in apps.items():
            times.setdefault(f"{prefix}app", []).append(time_to_paint(cmd, app_env))
            memory.unlink(missing_ok=True)  # the next run is the first open of the file
            times.setdefault(f"{prefix}cold", []).append(time_to_paint(cmd, app_env))
    median = {key: statistics.median(values) for key, values in times.items()}
    result = {"floor_s": round(median["floor"], 3)}
    for prefix in apps:
        result.update(
            {
                f"{prefix}app_s": round(median[f"{prefix}app"], 3),
                f"{prefix}cold_s": round(median[f"{prefix}cold"], 3),
                f"{prefix}ratio": round(median[f"{prefix}app"] / median["floor"], 2),
                f"{prefix}cold_ratio": round(median[f"{prefix}cold"] / median["floor"], 2),
            }
        )
    home = Path(apps[""][1]["COPDESK_HOME"])
    os.environ["COPDESK_HOME"] = str(home)
    result.update(keystrokes(path))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
