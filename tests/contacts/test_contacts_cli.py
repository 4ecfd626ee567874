"""The contacts commands as a user runs them: real files, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from copdesk.model import db


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        COPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def members_in(path: Path) -> int:
    return db.inspect_file(path, counts=True).counts["member"]


def test_import_dry_run_then_import_then_again(demo_path, german_outlook_csv, copdesk_home):
    before = members_in(demo_path)
    dry = run("import", str(demo_path), str(german_outlook_csv), "--dry-run", home=copdesk_home)
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: nothing was written." in dry.stdout
    lines = dry.stdout.splitlines()
    assert any("\tduplicate\t" in line and "Groß" in line for line in lines)  # demo has Sabine
    assert any("\tduplicate\t" in line and "Petrovic" in line for line in lines)
    assert members_in(demo_path) == before

    done = run(
        "import",
        str(demo_path),
        str(german_outlook_csv),
        "--organisation",
        "Stadt Köln",
        home=copdesk_home,
    )
    assert done.returncode == 0, done.stderr
    added = members_in(demo_path) - before
    assert added >= 2 and f"Imported {added} members" in done.stdout

    again = run("import", str(demo_path), str(german_outlook_csv), home=copdesk_home)
    assert again.returncode == 0 and "Nothing to import." in again.stdout
    assert members_in(demo_path) == before + added


def test_import_refuses_a_bad_file_with_one_line(demo_path, tmp_path, copdesk_home):
    bad = tmp_path / "leer.csv"
    bad.write_bytes(b"")
    result = run("import", str(demo_path), str(bad), home=copdesk_home)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "empty" in result.stderr


def test_export_forget_and_subject_access(demo_path, tmp_path, copdesk_home):
    out = tmp_path / "members.csv"
    exported = run(
        "export-members", str(demo_path), "-o", str(out), "--lang", "en", home=copdesk_home
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().startswith(b'\xef\xbb\xbf"Title";"First Name"')

    refused = run(
        "forget", str(demo_path), "--member", "sabine.gross@heidelberg.example", home=copdesk_home
    )
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert b"sabine.gross@heidelberg.example" in demo_path.read_bytes()

    forgot = run(
        "forget",
        str(demo_path),
        "--member",
        "sabine.gross@heidelberg.example",
        "--yes",
        home=copdesk_home,
    )
    assert forgot.returncode == 0, forgot.stderr
    assert b"sabine.gross@heidelberg.example" not in demo_path.read_bytes()

    report = tmp_path / "auskunft.json"
    access = run(
        "subject-access", str(demo_path), "--member", "1", "-o", str(report), home=copdesk_home
    )
    assert access.returncode == 0, access.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["member"]["forgotten_on"] and data["member"]["email"] == ""
    assert report.with_suffix(".txt").exists()

    unknown = run(
        "subject-access", str(demo_path), "--member", "999", "-o", str(report), home=copdesk_home
    )
    assert unknown.returncode == 1 and "999" in unknown.stderr
    assert run("forget", str(demo_path), home=copdesk_home).returncode == 2
