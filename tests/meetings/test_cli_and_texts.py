"""``copdesk meetings`` / ``copdesk suggest`` as a user runs them, and the words behind the
suggestions ("Fronleichnam in Hessen", "‹Name›: Urlaub") in German and English."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copdesk.model import meetings, uow
from copdesk.model.groups import list_groups
from copdesk.model.meetings.dto import Absent, Cadence, Candidate, Holiday, Skipped


def run(*args: str, home: Path, lang: str = "en") -> subprocess.CompletedProcess:
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "copdesk.ini").write_text(f"[ui]\nlanguage={lang}\n", encoding="utf-8")
    env = dict(
        os.environ,
        COPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_file(meetings_demo_template, tmp_path) -> Path:
    import shutil

    path = tmp_path / "demo.copdesk"
    shutil.copyfile(meetings_demo_template, path)
    return path


def test_meetings_lists_what_the_page_lists(demo_file, tmp_path):
    result = run("meetings", str(demo_file), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    from copdesk.model import db

    with db.open_community(demo_file, lock=False) as com:
        root = uow.read(com, list_groups)[0]
        rows = sorted(uow.read(com, meetings.list_meetings, root.id), key=lambda r: r.start_at)
    assert lines[0] == f"{root.name}: {len(rows)} meetings"
    assert lines[1].split() == ["ID", "Start", "Status", "Title"]
    body = lines[2:]
    assert len(body) == len(rows)
    for line, row in zip(body, rows, strict=True):
        assert line.split()[0] == str(row.id)
        assert line.endswith(row.title)
        assert f" {row.status} " in line  # English statuses are the stored words
    german = run(
        "meetings",
        str(demo_file),
        "--group",
        "working out loud / lernos",
        home=tmp_path / "home-de",
        lang="de",
    )
    assert german.returncode == 0, german.stderr
    assert german.stdout.startswith("Working Out Loud / lernOS: ")
    assert "Nr.  Beginn" in german.stdout and "stattgefunden" in german.stdout


def test_suggest_prints_the_models_candidates_with_reasons(demo_file, tmp_path):
    result = run(
        "suggest",
        str(demo_file),
        "--group",
        "CoP Personalentwicklung Süd-West",
        "--count",
        "3",
        home=tmp_path / "home-de",
        lang="de",
    )
    assert result.returncode == 0, result.stderr
    from copdesk.model import db

    with db.open_community(demo_file, lock=False) as com:
        root = uow.read(com, list_groups)[0]
        found = uow.read(com, meetings.suggest_dates, root.id, count=3)
    out = result.stdout
    assert "alle 3 Monate, Di.–Do., 14:00–16:00" in out
    assert "Feiertage berücksichtigt für: Baden-Württemberg und Hessen" in out
    numbered = [line for line in out.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert len(numbered) == 3
    for line, c in zip(numbered, found.candidates, strict=True):
        assert c.day.strftime("%d.%m.%Y") in line and "14:00–16:00 Uhr" in line
    for c in found.candidates:  # who cannot come, and why
        for a in c.absent:
            assert f"     {a.name}: {a.note}" in out
    assert ("alle können" in out) == any(not c.absent for c in found.candidates)


def test_cli_errors_and_usage(demo_file, tmp_path):
    unknown = run("suggest", str(demo_file), "--group", "Gibt es nicht", home=tmp_path / "h")
    assert unknown.returncode == 1
    assert len(unknown.stderr.strip().splitlines()) == 1 and "Gibt es nicht" in unknown.stderr
    assert run("suggest", str(demo_file), home=tmp_path / "h").returncode == 2  # --group missing
    bad_date = run(
        "suggest", str(demo_file), "--group", "x", "--after", "2026-02-30", home=tmp_path / "h"
    )
    assert bad_date.returncode == 2 and "2026-02-30" in bad_date.stderr
    assert (
        run(
            "suggest", str(demo_file), "--group", "x", "--count", "0", home=tmp_path / "h"
        ).returncode
        == 2
    )
    missing = run("meetings", str(tmp_path / "nope.copdesk"), home=tmp_path / "h")
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


# --- texts ------------------------------------------------------------------------------


def test_reason_texts_in_german_and_english(qapp, german):
    from copdesk.formats import meeting_text as mt

    corpus = Holiday(dt.date(2026, 6, 4), "Fronleichnam", ("HE",))
    assert mt.holiday_text(corpus) == "Fronleichnam in Hessen"
    both = Holiday(dt.date(2026, 6, 4), "Fronleichnam", ("BW", "HE"))
    assert mt.holiday_text(both) == "Fronleichnam in Baden-Württemberg und Hessen"
    unity = Holiday(dt.date(2026, 10, 3), "Tag der Deutschen Einheit", ("BW",), True)
    assert mt.holiday_text(unity) == "Tag der Deutschen Einheit (bundesweit)"
    assert mt.absent_text(Absent(1, "Sabine Groß", "Urlaub")) == "Sabine Groß: Urlaub"
    assert (
        mt.absent_text(Absent(1, "Sabine Groß", "Urlaub", "moderator"))
        == "Sabine Groß (Moderation): Urlaub"
    )
    assert (
        mt.skipped_text(Skipped(corpus.day, "holiday", holiday=corpus)) == "Fronleichnam in Hessen"
    )
    start = dt.datetime(2026, 6, 3, 12, tzinfo=dt.UTC)
    one = Candidate(dt.date(2026, 6, 3), start, start, 0, (Absent(1, "A", "Urlaub"),))
    two = Candidate(
        dt.date(2026, 6, 3),
        start,
        start,
        2,
        (Absent(1, "A", ""), Absent(2, "B", "")),
        bridge_day=True,
    )
    assert mt.candidate_summary(one) == "1 kann nicht"
    assert mt.candidate_summary(two) == "2 können nicht · Brückentag"
    assert mt.distance_text(2) == "2 Tage nach dem Zieltermin"
    assert mt.distance_text(-1) == "1 Tag vor dem Zieltermin"
    assert (
        mt.cadence_text(Cadence("month", 3, (2, 3, 4), dt.time(14), dt.time(16), 120))
        == "alle 3 Monate, Di.–Do., 14:00–16:00"
    )
    assert (
        mt.cadence_text(Cadence("week", 1, (2,), dt.time(8, 30), dt.time(9, 30), 60))
        == "jede Woche, Di., 08:30–09:30"
    )
    assert mt.status_label("held") == "stattgefunden"
    assert mt.attendance_label("excused") == "entschuldigt"
    assert mt.kind_label("lean_coffee") == "Lean Coffee"
    assert mt.holiday_language() == "de"


def test_reason_texts_in_english(qapp, english):
    from copdesk.formats import meeting_text as mt

    corpus = Holiday(dt.date(2026, 6, 4), "Corpus Christi", ("BW", "HE"))
    assert mt.holiday_text(corpus) == "Corpus Christi in Baden-Württemberg and Hesse"
    start = dt.datetime(2026, 6, 3, 12, tzinfo=dt.UTC)
    assert (
        mt.candidate_summary(Candidate(dt.date(2026, 6, 3), start, start, 0)) == "everyone can come"
    )
    assert mt.distance_text(1) == "1 day after target"
    assert (
        mt.cadence_text(Cadence("week", 2, (1, 3), dt.time(9), dt.time(10), 60))
        == "every 2 weeks, Mon, Wed, 09:00–10:00"
    )
    assert mt.holiday_language() == "en"
