"""One writer per community file: an OS lock on ``<file>.lock``.

The operating system releases the lock when the process ends, however it ends, so a
crash never leaves a stale lock behind. The lock file's text names the holder for the
"in use by … since …" message.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path

_LOCK_OFFSET = 4096  # Windows locks a byte range; keep it clear of the readable text


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class LockHeld(Exception):
    """The file is locked; ``holder`` has the keys user, host, pid, since (or is empty)."""

    def __init__(self, holder: dict[str, object]) -> None:
        super().__init__(holder)
        self.holder = holder


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(Path(path).resolve())  # one lock, whatever the link
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except OSError:
                holder = _read_holder(fd)
                os.close(fd)
                raise LockHeld(holder) from None
            if _same_file(fd, self.path):
                break
            # the previous holder removed the file while we waited on it: lock the new one
            _unlock(fd)
            os.close(fd)
        else:
            raise LockHeld({})
        os.ftruncate(fd, 0)
        holder = {
            "user": _user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        }
        os.write(fd, json.dumps(holder).encode("utf-8"))
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
            try:  # remove while still holding the lock, so no newcomer locks a dead file
                self.path.unlink()
            except OSError:
                pass
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def holder_of(path: Path) -> dict[str, object]:
    """What the lock file of *path* says about its holder, without taking the lock (empty if
    there is none). For the message when SQLite itself reports the file in use."""
    try:
        fd = os.open(lock_path_for(Path(path).resolve()), os.O_RDONLY)
    except OSError:
        return {}
    try:
        return _read_holder(fd)
    finally:
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in some service contexts
        return ""


def _read_holder(fd: int) -> dict[str, object]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        holder = json.loads(os.read(fd, 1000).decode("utf-8", "replace"))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
