"""The backups of a community file: which exist, how long they are kept, which hold whom.

Every backup of a file sits in one folder, ``<backup dir>/<file stem>-<hash of its path>``
(:func:`copdesk.model.db.backup_folder_name`), and is a complete community file made by
:func:`copdesk.model.db.backup_to`. Four kinds, told apart by their names:

* daily — ``2026-12-07.copdesk``, made the first time the file is opened on a day;
* before an upgrade, a restore or a hand-over — ``<stem>-before-upgrade-0001-20261207-183012
  .copdesk`` and so on, made before the file is replaced or changed as a whole.

One retention rule for all of them (:func:`prune`, run whenever the window opens a file,
after every daily backup and before the backups holding a member are listed): the
:data:`KEEP_DAILY` newest daily backups and the :data:`KEEP_EACH` newest of each other kind
are kept, and none longer than :data:`MAX_AGE_DAYS` days. So every backup has a date by
which it is gone at the latest (:attr:`Backup.gone_by`) — what the organiser is told after
erasing a member (Art. 17 GDPR), together with :func:`holding_member`, the backups that
still contain that member, which can then be deleted (:func:`delete`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine

from copdesk.model import db
from copdesk.model.errors import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

KEEP_DAILY = 10
KEEP_EACH = 3
MAX_AGE_DAYS = 90


class Kind(StrEnum):
    DAILY = "daily"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    BEFORE_HANDOVER = "before-handover"
    OTHER = "other"  # a file someone put there: listed, never deleted


KIND_LABELS = {
    Kind.DAILY: QT_TRANSLATE_NOOP("backups", "daily backup"),
    Kind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("backups", "before an upgrade"),
    Kind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("backups", "before a restore"),
    Kind.BEFORE_HANDOVER: QT_TRANSLATE_NOOP("backups", "before a hand-over was opened"),
    Kind.OTHER: QT_TRANSLATE_NOOP("backups", "other file"),
}

_DAILY = re.compile(r"^(\d{4}-\d{2}-\d{2})$")
_SPECIAL = re.compile(r"-(before-(?:upgrade|restore|handover))(?:-[0-9A-Za-z]+)?-(\d{8}-\d{6})$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    kind: Kind
    made: dt.datetime  # local time, as in the name

    @property
    def gone_by(self) -> dt.date | None:
        """The day after which it is deleted at the latest (at the next start after it)."""
        if self.kind is Kind.OTHER:
            return None
        return self.made.date() + dt.timedelta(days=MAX_AGE_DAYS)


def folder_for(path: Path, backup_dir: Path) -> Path:
    return Path(backup_dir) / db.backup_folder_name(path)


def _parse(file: Path) -> Backup:
    if match := _DAILY.match(file.stem):
        try:
            return Backup(file, Kind.DAILY, dt.datetime.fromisoformat(match[1]))
        except ValueError:
            pass
    elif match := _SPECIAL.search(file.stem):
        try:
            return Backup(file, Kind(match[1]), dt.datetime.strptime(match[2], "%Y%m%d-%H%M%S"))
        except ValueError:
            pass
    try:
        made = dt.datetime.fromtimestamp(file.stat().st_mtime)
    except OSError:
        made = dt.datetime.min
    return Backup(file, Kind.OTHER, made)


def _in_folder(folder: Path) -> list[Backup]:
    """The backups in one backup folder, newest first (any file suffix)."""
    try:
        files = [
            f
            for f in folder.iterdir()
            if f.is_file()
            and not f.name.startswith(".")
            and not f.name.endswith(("-wal", "-shm", "-journal"))
        ]
    except OSError:
        return []
    return sorted((_parse(f) for f in files), key=lambda b: (b.made, b.path.name), reverse=True)


def list_backups(path: Path, backup_dir: Path) -> list[Backup]:
    """Every backup of *path*, newest first."""
    suffix = Path(path).suffix or ".copdesk"
    return [b for b in _in_folder(folder_for(path, backup_dir)) if b.path.suffix == suffix]


def prune(backup_dir: Path, *, today: dt.date | None = None) -> list[Path]:
    """Apply the retention rule (module docstring) to every file's backups in *backup_dir*,
    also those of a file that was moved or renamed since; returns what was deleted."""
    today = today or dt.date.today()
    oldest = today - dt.timedelta(days=MAX_AGE_DAYS)
    deleted = []
    try:
        folders = [f for f in Path(backup_dir).iterdir() if f.is_dir()]
    except OSError:
        return []
    for folder in folders:
        kept: dict[Kind, int] = {}
        for backup in _in_folder(folder):
            if backup.kind is Kind.OTHER:
                continue
            kept[backup.kind] = kept.get(backup.kind, 0) + 1
            limit = KEEP_DAILY if backup.kind is Kind.DAILY else KEEP_EACH
            if kept[backup.kind] > limit or backup.made.date() < oldest:
                try:
                    backup.path.unlink()
                except FileNotFoundError:
                    continue
                deleted.append(backup.path)
    return deleted


def rolling_backup(
    path: Path, engine: Engine, backup_dir: Path, *, today: dt.date | None = None
) -> Path | None:
    """At most one backup a day per file, then :func:`prune`."""
    today = today or dt.date.today()
    target = folder_for(path, backup_dir) / f"{today.isoformat()}{path.suffix or '.copdesk'}"
    if target.exists():
        return None
    db.backup_to(engine, target)
    prune(backup_dir, today=today)
    return target


def _read_only(file: Path) -> sqlite3.Connection:
    # backups are never open elsewhere: immutable reads leave no -wal/-shm beside them
    return sqlite3.connect(file.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def holding_member(
    path: Path,
    backup_dir: Path,
    member_id: int,
    *,
    identity: tuple[str, str, str] | None = None,
    today: dt.date | None = None,
) -> list[Backup]:
    """The backups that still hold the member, newest first, after :func:`prune`.

    In the file's own backup folder: every backup in which *member_id* exists and is not
    forgotten. In the other folders (the file may have been moved or renamed since, and
    its old backups sit under the old name): those in which the same id has the same
    *identity* (first name, last name, e-mail; case ignored). A backup that cannot be read
    is listed only in the file's own folder: it may hold them.
    """
    prune(backup_dir, today=today)  # what is overdue goes first: no date shown is past
    own = folder_for(path, backup_dir)
    key = tuple(v.strip().casefold() for v in identity) if identity else None
    holding = []
    try:
        folders = sorted(f for f in Path(backup_dir).iterdir() if f.is_dir())
    except OSError:
        folders = []
    for folder in folders:
        if folder != own and key is None:
            continue
        for backup in _in_folder(folder):
            try:
                con = _read_only(backup.path)
                try:
                    row = con.execute(
                        "SELECT forgotten_on, first_name, last_name, email "
                        "FROM member WHERE id = ?",
                        (member_id,),
                    ).fetchone()
                finally:
                    con.close()
            except sqlite3.Error:
                row = (None, None, None, None) if folder == own else None
            if row is None or row[0] is not None:
                continue
            if folder != own and tuple((v or "").strip().casefold() for v in row[1:]) != key:
                continue
            holding.append(backup)
    return sorted(holding, key=lambda b: (b.made, b.path.name), reverse=True)


def delete(backups: list[Backup]) -> int:
    """Delete the given backups; returns how many were deleted."""
    done = 0
    for backup in backups:
        try:
            backup.path.unlink()
            done += 1
        except FileNotFoundError:
            pass
    log.info("%s backups deleted on request", done)
    return done


def backup_paths(path: Path, backup_dir: Path) -> list[Path]:
    """The files of :func:`list_backups`, newest first."""
    return [b.path for b in list_backups(path, backup_dir)]
