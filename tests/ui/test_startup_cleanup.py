"""After the window started, what killed runs left in the data folder, the backup folders
and the system's temporary folder is removed (in the background)."""

from __future__ import annotations

import tempfile

import pytest
from PySide6.QtWidgets import QApplication

from copdesk.app import Controller
from copdesk.paths import base_dirs
from copdesk.ui import runner
from tests.model.test_tempfiles import kill, run_until

pytestmark = pytest.mark.skipif(
    not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL"
)

MAKE_TEMPS_AND_HANG = r"""
import sys, time
from pathlib import Path
from copdesk.model import tempfiles

for folder in sys.argv[1:]:
    Path(folder).mkdir(parents=True, exist_ok=True)
    tempfiles.mkstemp(Path(folder), "2025-03-01.copdesk")
tempfiles.mkdtemp("protocol")
print("ready", flush=True)
time.sleep(120)
"""


def test_the_start_removes_what_killed_runs_left(settings, tmp_path, monkeypatch):
    dirs = base_dirs()
    backup_folder = dirs.backups / "CoP-1a2b3c4d"
    system_temp = tmp_path / "systemp"
    system_temp.mkdir()
    kill(run_until(MAKE_TEMPS_AND_HANG, str(dirs.data), str(backup_folder), tmpdir=system_temp))
    left = [
        p
        for folder in (dirs.data, backup_folder, system_temp)
        for p in folder.iterdir()
        if p.name.startswith(".")
    ]
    assert len(left) == 3

    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    controller = Controller(QApplication.instance(), settings, dirs, tmp_path / "copdesk.log")
    try:
        controller.remove_stale_temps()
        assert runner.wait_all(10000)
    finally:
        controller.shutdown()
    assert [p for p in left if p.exists()] == []
