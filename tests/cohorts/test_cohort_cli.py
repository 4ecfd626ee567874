"""``copdesk cohort FILE GROUP`` on the demo: both cohorts, latest first, with their weeks."""

from __future__ import annotations

import datetime as dt
import re

from tests.test_cli_read_only import run


def test_cohort_lists_both_runs_of_the_demo_circle(tmp_path):
    from copdesk.demo import write_demo

    path = tmp_path / "demo.copdesk"
    write_demo(path, today=dt.date.today())  # the current run began five to six weeks ago
    before = path.read_bytes()
    temp = tmp_path / "systemp"
    temp.mkdir()
    result = run("cohort", str(path), "working out loud / lernos", home=tmp_path / "h", tmpdir=temp)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"Lernkreis 2: week [67] of 12 · Lernkreis in 12 Wochen", lines[0])
    assert lines[1].split() == ["Week", "Date", "Title", "Status"]
    assert "Woche 1: Einander kennenlernen" in lines[2] and lines[2].rstrip().endswith("held")
    assert lines[13].rstrip().endswith("planned") and lines[14] == ""
    assert lines[15].startswith("Lernkreis 1 ended on")
    assert path.read_bytes() == before  # it only reads
    missing = run("cohort", str(path), "nobody", home=tmp_path / "h", tmpdir=temp)
    assert missing.returncode == 1 and missing.stderr.startswith("copdesk:")
