"""Commands that only read leave the file alone; commands that write keep the upgrade backup
where the window's *Restore a backup* finds it.

Before: ``copdesk meetings`` (read-only by its description) upgraded an older file without
the lock and left the pre-upgrade copy beside the file; ``forget``/``import`` put it in the
root of the backups folder, where no restore lists it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from copdesk.model import db
from copdesk.model.backups import backup_paths
from copdesk.model.migrations import HEAD, REVISIONS, run_downgrade

OLDER = REVISIONS[-2]


def run(*args: str, home: Path, tmpdir: Path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        COPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        TMPDIR=str(tmpdir),
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def older_demo(tmp_path_factory) -> Path:
    """The demo community as the previous version of CoP Desk wrote it."""
    from copdesk import demo

    path = tmp_path_factory.mktemp("older") / "demo.copdesk"
    demo.write_demo(path)
    engine = db.make_engine(path)
    try:
        run_downgrade(engine, OLDER)
    finally:
        engine.dispose()
    assert db.inspect_file(path).revision == OLDER
    return path


@pytest.fixture
def setup(older_demo, tmp_path):
    folder = tmp_path / "Dokumente"
    folder.mkdir()
    path = folder / "CoP.copdesk"
    shutil.copyfile(older_demo, path)
    out = tmp_path / "out"
    out.mkdir()
    temp = tmp_path / "systemp"
    temp.mkdir()
    return path, out, tmp_path / "home", temp


def state(path: Path) -> tuple[str, int, list[str]]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        path.stat().st_mtime_ns,
        sorted(p.name for p in path.parent.iterdir()),
    )


READ_ONLY = {
    "meetings": lambda f, out: ["meetings", f],
    "groups": lambda f, out: ["groups", f],
    "members": lambda f, out: ["members", f, "--group", "Working Out Loud / lernOS"],
    "cohort": lambda f, out: ["cohort", f, "Working Out Loud / lernOS"],
    "knowledge": lambda f, out: ["knowledge", f, "--matches"],
    "suggest": lambda f, out: ["suggest", f, "--group", "Working Out Loud / lernOS"],
    "rotation": lambda f, out: ["rotation", f],
    "protocol": lambda f, out: ["protocol", f, "--meeting", "1", "-o", str(out / "p.pdf")],
    "export-members": lambda f, out: ["export-members", f, "-o", str(out / "m.csv")],
    "subject-access": lambda f, out: [
        "subject-access",
        f,
        "--member",
        "4",
        "-o",
        str(out / "s.json"),
    ],
}


@pytest.mark.parametrize("command", sorted(READ_ONLY))
def test_read_only_commands_leave_an_older_file_alone(setup, command):
    path, out, home, temp = setup
    before = state(path)
    result = run(*READ_ONLY[command](str(path), out), home=home, tmpdir=temp)
    assert result.returncode == 0, result.stderr
    assert state(path) == before, "the file or its folder changed"
    assert db.inspect_file(path).revision == OLDER
    backups = home / "data" / "backups"
    assert not backups.exists() or not any(backups.rglob("*"))
    assert list(temp.iterdir()) == [], "the upgraded temporary copy was left behind"


def test_what_a_read_only_command_prints_from_an_older_file(setup):
    path, _out, home, temp = setup
    result = run("meetings", str(path), home=home, tmpdir=temp)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("CoP Personalentwicklung Süd-West: ")
    assert len(result.stdout.splitlines()) > 3


def test_read_only_commands_work_while_the_window_has_the_file(setup):
    path, out, home, temp = setup
    com = db.open_community(path, backup_dir=home / "backups")  # upgrades it, like the window
    try:
        result = run("export-members", str(path), "-o", str(out / "m.csv"), home=home, tmpdir=temp)
        assert result.returncode == 0, result.stderr
        assert (out / "m.csv").stat().st_size > 100
    finally:
        com.close()


def test_a_writing_command_backs_up_where_restore_finds_it(setup):
    path, _out, home, temp = setup
    result = run("forget", str(path), "--member", "4", "--yes", home=home, tmpdir=temp)
    assert result.returncode == 0, result.stderr
    assert db.inspect_file(path).revision == HEAD
    assert sorted(p.name for p in path.parent.iterdir()) == ["CoP.copdesk"]
    backups = backup_paths(path, home / "data" / "backups")
    assert [db.inspect_file(b).revision for b in backups] == [OLDER]
