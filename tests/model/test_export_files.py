"""The one atomic writer (``export_files.StagedFile``): an interrupted write leaves the
previous file as it was — an exception half-way, a failed rename, a killed process — for
exports, community files (``db.create_community``) and backups (``db.backup_to``)."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
from pathlib import Path
from typing import BinaryIO

import pytest

from copdesk.model import db, errors, export_files
from copdesk.model.export_files import BuiltBy, StagedFile, write_private
from tests.model.test_tempfiles import STAGE_AND_HANG, hidden, kill, run_until

OLD = b"the previous, complete file"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_exception_while_writing_leaves_the_previous_file(tmp_path):
    target = tmp_path / "mitglieder.csv"
    target.write_bytes(OLD)

    def half(fh: BinaryIO) -> None:
        fh.write(b"half of the new")
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_private(target, half)
    assert target.read_bytes() == OLD
    assert hidden(tmp_path) == []


def test_a_failed_rename_leaves_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "mitglieder.csv"
    target.write_bytes(OLD)
    staged = StagedFile(target, b"new content")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export_files.os, "replace", refuse)
    with pytest.raises(errors.FileProblem):
        staged.publish()
    assert target.read_bytes() == OLD
    assert hidden(tmp_path) == []


def test_the_file_appears_only_when_published(tmp_path):
    target = tmp_path / "einladung.ics"
    target.write_bytes(OLD)
    staged = StagedFile(target, b"new content")
    assert target.read_bytes() == OLD
    assert staged.path.read_bytes() == b"new content"
    assert staged.publish() == target
    assert target.read_bytes() == b"new content"
    assert hidden(tmp_path) == []
    with pytest.raises(RuntimeError):
        staged.publish()


def test_built_by_a_new_file_gets_a_path_that_does_not_exist_yet(tmp_path):
    seen: list[bool] = []

    def build(path: Path) -> None:
        seen.append(path.exists())
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()

    target = StagedFile(tmp_path / "neu.db", BuiltBy(build, new=True), label="neu.db").publish()
    assert seen == [False]
    assert target.stat().st_size > 0
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
    assert hidden(tmp_path) == []


def test_an_interrupted_backup_leaves_the_previous_backup(community, tmp_path, monkeypatch):
    target = tmp_path / "backups" / "test-daily.copdesk"
    db.backup_to(community.engine, target)
    before = digest(target)

    def broken(_src: sqlite3.Connection, tmp: Path) -> None:
        tmp.write_bytes(b"SQLite format 3\x00 half a page")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(db, "_backup", broken)
    with pytest.raises(errors.FileProblem):
        db.backup_to(community.engine, target)
    assert digest(target) == before
    assert hidden(target.parent) == []


def test_an_interrupted_create_leaves_no_file(tmp_path):
    path = tmp_path / "neu.copdesk"

    def fail(_session: object) -> None:
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        db.create_community(path, populate=fail)
    assert list(tmp_path.iterdir()) == []


needs_kill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@needs_kill
def test_a_killed_export_leaves_the_previous_file(tmp_path):
    target = tmp_path / "mitglieder.csv"
    target.write_bytes(OLD)
    kill(run_until(STAGE_AND_HANG, str(target)))  # killed while writing
    assert target.read_bytes() == OLD
    assert len(hidden(tmp_path)) == 1  # removed by the next write there (test_tempfiles)


BACKUP_KILLED = r"""
import sys, time
from pathlib import Path
from copdesk.model import db, export_files

def hang(path):
    print("ready", flush=True)
    time.sleep(120)

export_files.fsync_file = hang  # the new copy is written, not yet flushed nor in place
db.backup_to(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@needs_kill
def test_a_killed_restore_leaves_the_previous_file(community_path, tmp_path):
    """``restore_backup`` puts a backup in place with ``backup_to``: killed half-way, the
    community file is still the one it was."""
    other = tmp_path / "other.copdesk"
    db.create_community(other, name="Other CoP")
    before = digest(community_path)
    kill(run_until(BACKUP_KILLED, str(other), str(community_path)))
    assert digest(community_path) == before
    db.open_community(community_path).close()  # still a good file; the copy is removed
    assert [n for n in hidden(tmp_path) if ".tmp" in n] == []
