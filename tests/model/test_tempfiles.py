"""Killed runs leave hidden temporary copies; the next start or open removes them.

The runs are real child processes killed with SIGKILL while their temporary file exists
(creating a community, writing a backup, staging an export); what they leave is then
cleaned by the next ordinary call. A temporary file whose owner still runs is never
touched, nor is anything not named by our pattern.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from copdesk.model import db, tempfiles
from copdesk.model.export_files import write_private

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_until(script: str, *args: str, tmpdir: Path | None = None) -> subprocess.Popen:
    """Start *script*; return once it printed "ready" (it then waits to be killed)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline().strip()
    if line != "ready":
        child.kill()
        raise AssertionError(f"child did not get ready: {line!r} {child.stderr.read()}")
    return child


def kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


CREATE_AND_HANG = r"""
import sys, time
from pathlib import Path
from copdesk.model import db

def populate(session):
    session.flush()
    print("ready", flush=True)
    time.sleep(120)

db.create_community(Path(sys.argv[1]), populate=populate)
"""


def test_a_killed_create_is_cleaned_up_by_the_next_create(tmp_path):
    path = tmp_path / "neu.copdesk"
    kill(run_until(CREATE_AND_HANG, str(path)))
    left = hidden(tmp_path)
    assert left and all(n.startswith(".neu.copdesk.") for n in left), left
    assert not path.exists()

    db.create_community(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neu.copdesk"]


BACKUP_AND_HANG = r"""
import sys, time
from pathlib import Path
from copdesk.model import backups, db, export_files

def hang(path):
    print("ready", flush=True)
    time.sleep(120)

com = db.open_community(Path(sys.argv[1]))
export_files.fsync_file = hang  # the backup is written, not yet renamed into place
backups.rolling_backup(com.path, com.engine, Path(sys.argv[2]))
"""


def test_a_killed_backup_is_cleaned_up_when_the_file_is_opened(community_path, tmp_path):
    backups = tmp_path / "backups"
    kill(run_until(BACKUP_AND_HANG, str(community_path), str(backups)))
    folder = backups / db.backup_folder_name(community_path)
    assert hidden(folder), "precondition: the killed backup left its temporary copy"

    db.open_community(community_path, backup_dir=folder).close()
    assert hidden(folder) == []
    assert not [n for n in hidden(tmp_path) if n.endswith((".tmp", ".tmp-journal"))]


STAGE_AND_HANG = r"""
import sys, time
from pathlib import Path
from copdesk.model.export_files import StagedFile

def content(fh):
    fh.write(b"Mitgliederliste")
    fh.flush()
    print("ready", flush=True)
    time.sleep(120)

StagedFile(Path(sys.argv[1]), content)
"""


def test_a_killed_export_is_cleaned_up_by_the_next_export_there(tmp_path):
    exports = tmp_path / "Exporte"
    exports.mkdir()
    kill(run_until(STAGE_AND_HANG, str(exports / "mitglieder.csv")))
    assert len(hidden(exports)) == 1

    write_private(exports / "andere.csv", b"x")
    assert sorted(p.name for p in exports.iterdir()) == ["andere.csv"]


TEMP_FOLDER_AND_HANG = r"""
import time
from copdesk.model import tempfiles

folder = tempfiles.mkdtemp("handover")
(folder / "community.copdesk").write_bytes(b"personal data")
print("ready", flush=True)
time.sleep(120)
"""


def test_a_killed_runs_private_folder_in_the_system_temp_goes_too(tmp_path, monkeypatch):
    system_temp = tmp_path / "systemp"
    system_temp.mkdir()
    kill(run_until(TEMP_FOLDER_AND_HANG, tmpdir=system_temp))
    [left] = hidden(system_temp)
    assert (system_temp / left / "community.copdesk").exists()

    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    mine = tempfiles.mkdtemp("protocol")
    assert hidden(system_temp) == [mine.name]


HOLD_A_TEMP_FILE = r"""
import sys
from pathlib import Path
from copdesk.model import tempfiles

fd, path = tempfiles.mkstemp(Path(sys.argv[1]), "CoP.copdesk")
print("ready", flush=True)
sys.stdin.readline()
"""


def test_a_file_whose_owner_still_runs_is_kept(tmp_path):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_TEMP_FILE, str(tmp_path)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "ready"
        [name] = hidden(tmp_path)
        assert tempfiles.remove_stale(tmp_path) == []
        assert hidden(tmp_path) == [name]
    finally:
        child.stdin.close()
        child.wait()
        child.stdout.close()
    assert tempfiles.remove_stale(tmp_path) == [tmp_path / name]  # the owner has ended


def test_a_reused_process_id_does_not_protect_an_old_file(tmp_path):
    """The file names this very process, but was written before it started: its real owner
    was an earlier process that had the same id."""
    fd, path = tempfiles.mkstemp(tmp_path, "CoP.copdesk")
    os.close(fd)
    assert tempfiles.remove_stale(tmp_path) == []  # ours, written after we started
    started = tempfiles.process_started(os.getpid())
    assert started is not None and started <= time.time()
    os.utime(path, (started - 3600, started - 3600))
    assert tempfiles.remove_stale(tmp_path) == [path]


def test_a_file_from_another_computer_is_kept_for_a_day(tmp_path):
    other_host = "0000" if tempfiles.host_tag() != "0000" else "ffff"
    path = tmp_path / f".CoP.copdesk.copdesk-{other_host}-1-abcdefgh.tmp"
    path.write_bytes(b"")
    assert tempfiles.remove_stale(tmp_path) == []
    old = time.time() - tempfiles.FOREIGN_AFTER_S - 60
    os.utime(path, (old, old))
    assert tempfiles.remove_stale(tmp_path) == [path]


def test_names_that_are_not_ours_are_never_touched(tmp_path):
    here = tempfiles.host_tag()
    names = [
        ".bericht.pdf.k2j4h5g6.tmp",
        f".copdesk-{here}-1-abc.tmp",
        "copdesk.tmp",
        f"x.copdesk-{here}-1-abcdefgh.tmp",
        "~$protokoll.docx",
        ".copdesk-k2j4h5g6.tmp",
        f".copdesk-{here}-1-abcdefgh.tmp.bak",
    ]
    old = time.time() - 10 * 24 * 3600
    for name in names:
        (tmp_path / name).write_bytes(b"")
        os.utime(tmp_path / name, (old, old))
    assert tempfiles.remove_stale(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)
