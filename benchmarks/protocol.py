"""Time to build the protocol PDF against reportlab building the same flowables directly.

    python benchmarks/protocol.py [--runs 7]

Builds the small demo community (fixed date) in a temp folder, picks its largest protocol
(most attendance rows, notes, decisions and action items), and times, in alternation:

* ours: ``minutes.load_minutes`` from the file + ``protocol_pdf.build_protocol`` (story,
  escaping, font checks, header/footer with "Seite X von Y", temp file, fsync, rename);
* floor: reportlab's ``SimpleDocTemplate.build`` of the very same flowables (made beforehand,
  not timed) with its plain canvas, straight into a file.

The same pair is measured for a synthetic long protocol (40 topics, 150 action items).
Prints one JSON line with the medians in milliseconds and the ratios (goal <= 1.3):
``ratio_*`` against reportlab making and laying out the same flowables, ``*_vs_prebuilt``
against the layout alone, ``ratio_demo_with_load`` with reading the minutes from the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", default="de")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import func, select

    from copdesk.formats import protocol as P
    from copdesk.model import db, minutes, uow
    from copdesk import demo
    from copdesk.model import entities as E
    from copdesk.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication(["bench"])
    i18n.install_translators(app, args.lang)
    tmp = Path(tempfile.mkdtemp(prefix="copdesk-bench-protocol-"))
    path = tmp / "demo.copdesk"
    demo.write_demo(path, today=dt.date(2026, 11, 27))
    com = db.open_community(path)

    def size(session, meeting_id):
        total = 0
        for cls in (E.Attendance, E.MinutesNote, E.Decision, E.ActionItem):
            total += (
                session.scalar(
                    select(func.count()).select_from(cls).where(cls.meeting_id == meeting_id)
                )
                or 0
            )
        return total

    def largest(session):
        ids = session.scalars(
            select(E.Meeting.id).where(E.Meeting.status == E.MeetingStatus.HELD)
        ).all()
        return max(ids, key=lambda i: (size(session, i), i))

    meeting_id = uow.read(com, largest)

    def floor_build(m, target: Path, *, with_story: bool) -> float:
        """reportlab directly: SimpleDocTemplate.build of the same flowables, plain canvas.

        with_story: the clock includes making the flowables (as a hand-written reportlab
        script would); otherwise they are made before the clock starts."""
        from reportlab.lib.pagesizes import A4
        from reportlab.platypus import SimpleDocTemplate

        start = time.perf_counter()
        story, _info = P.build_story(m)
        if not with_story:
            start = time.perf_counter()
        doc = SimpleDocTemplate(
            str(target),
            pagesize=A4,
            leftMargin=2.0 * 28.35,
            rightMargin=2.0 * 28.35,
            topMargin=2.2 * 28.35,
            bottomMargin=2.0 * 28.35,
        )
        doc.build(story)
        return time.perf_counter() - start

    def load() -> float:
        start = time.perf_counter()
        uow.read(com, minutes.load_minutes, meeting_id)
        return time.perf_counter() - start

    def ours_demo(target: Path) -> float:
        start = time.perf_counter()
        P.build_protocol(demo_minutes, target)
        return time.perf_counter() - start

    sys.path.insert(0, str(ROOT / "tests"))
    from tests.minutes.factory import make_minutes

    long_minutes = make_minutes(topics=40, actions=150)

    def ours_long(target: Path) -> float:
        start = time.perf_counter()
        P.build_protocol(long_minutes, target)
        return time.perf_counter() - start

    demo_minutes = uow.read(com, minutes.load_minutes, meeting_id)
    P.build_protocol(demo_minutes, tmp / "warm.pdf")  # fonts registered, modules imported
    floor_build(demo_minutes, tmp / "warm-floor.pdf", with_story=True)
    results: dict[str, list[float]] = {
        k: []
        for k in (
            "load_demo",
            "ours_demo",
            "floor_demo",
            "floor_story_demo",
            "ours_long",
            "floor_long",
            "floor_story_long",
        )
    }
    for _ in range(args.runs):
        results["load_demo"].append(load())
        results["ours_demo"].append(ours_demo(tmp / "ours.pdf"))
        results["floor_demo"].append(floor_build(demo_minutes, tmp / "f.pdf", with_story=False))
        results["floor_story_demo"].append(
            floor_build(demo_minutes, tmp / "fs.pdf", with_story=True)
        )
        results["ours_long"].append(ours_long(tmp / "ours-long.pdf"))
        results["floor_long"].append(floor_build(long_minutes, tmp / "fl.pdf", with_story=False))
        results["floor_story_long"].append(
            floor_build(long_minutes, tmp / "fsl.pdf", with_story=True)
        )
    com.close()

    from pypdf import PdfReader

    med = {k: statistics.median(v) * 1000 for k, v in results.items()}
    out = {
        "meeting_id": meeting_id,
        "meeting": demo_minutes.title,
        "demo_pages": len(PdfReader(str(tmp / "ours.pdf")).pages),
        "long_pages": len(PdfReader(str(tmp / "ours-long.pdf")).pages),
        "runs": args.runs,
        "load_demo_ms": round(med["load_demo"], 1),
        "ours_demo_ms": round(med["ours_demo"], 1),
        "floor_story_demo_ms": round(med["floor_story_demo"], 1),
        "floor_prebuilt_demo_ms": round(med["floor_demo"], 1),
        "ratio_demo": round(med["ours_demo"] / med["floor_story_demo"], 3),
        "ratio_demo_vs_prebuilt": round(med["ours_demo"] / med["floor_demo"], 3),
        "ratio_demo_with_load": round(
            (med["load_demo"] + med["ours_demo"]) / med["floor_story_demo"], 3
        ),
        "ours_long_ms": round(med["ours_long"], 1),
        "floor_story_long_ms": round(med["floor_story_long"], 1),
        "floor_prebuilt_long_ms": round(med["floor_long"], 1),
        "ratio_long": round(med["ours_long"] / med["floor_story_long"], 3),
        "ratio_long_vs_prebuilt": round(med["ours_long"] / med["floor_long"], 3),
        "goal_ratio": 1.3,
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
