"""The backups of a community file: which exist, how long they are kept, which hold whom.

Every backup of a file sits in one folder, ``<backup dir>/<file stem>-<hash of its path>``
(:func:`copdesk.model.db.backup_folder_name`), and is a complete community file made by
:func:`copdesk.model.db.backup_to`. Four kinds, told apart by their names:

* daily — ``2026-12-07.copdesk``, made the first time the file is opened on a day;
* before an upgrade, a restore or a hand-over — ``<stem>-before-upgrade-0001-20261207-183012
  .copdesk`` and so on, made before the file is replaced or changed as a whole.

One retention rule for all of them (:func:`prune`, run after every daily backup): the
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


def list_backups(path: Path, backup_dir: Path) -> list[Backup]:
    """Every backup of *path*, newest first."""
    folder = folder_for(path, backup_dir)
    suffix = Path(path).suffix or ".copdesk"
    found = [_parse(f) for f in folder.glob(f"*{suffix}") if f.is_file()
             and not f.name.startswith(".")]
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def prune(path: Path, backup_dir: Path, *, today: dt.date | None = None) -> list[Path]:
    """Apply the retention rule (module docstring); returns what was deleted."""
    today = today or dt.date.today()
    oldest = today - dt.timedelta(days=MAX_AGE_DAYS)
    kept: dict[Kind, int] = {}
    deleted = []
    for backup in list_backups(path, backup_dir):
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


def rolling_backup(path: Path, engine: Engine, backup_dir: Path, *,
                   today: dt.date | None = None) -> Path | None:
    """At most one backup a day per file, then :func:`prune`."""
    today = today or dt.date.today()
    target = folder_for(path, backup_dir) / f"{today.isoformat()}{path.suffix or '.copdesk'}"
    if target.exists():
        return None
    db.backup_to(engine, target)
    prune(path, backup_dir, today=today)
    return target


def holding_member(path: Path, backup_dir: Path, member_id: int) -> list[Backup]:
    """The backups in which *member_id* exists and is not (yet) forgotten, newest first.

    A backup that cannot be read is listed too: it may hold them.
    """
    holding = []
    for backup in list_backups(path, backup_dir):
        try:
            # backups are never open elsewhere: immutable reads leave no -wal/-shm beside them
            con = sqlite3.connect(backup.path.resolve().as_uri() + "?mode=ro&immutable=1",
                                  uri=True)
            try:
                row = con.execute("SELECT forgotten_on FROM member WHERE id = ?",
                                  (member_id,)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            row = (None,)
        if row is not None and row[0] is None:
            holding.append(backup)
    return holding


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
