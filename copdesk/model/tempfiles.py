"""Temporary files and folders: one naming pattern, and what a killed run left is removed.

Every file CoP Desk writes is first written under a temporary name and renamed into place
(a community file, a backup, an export). A run that is killed half-way leaves that hidden
file behind, holding personal data. Their names say whose they are::

    .<target name>.copdesk-<host>-<pid>-<random>.tmp   (beside the target; SQLite may add
                                                        -wal, -shm or -journal to it)
    .copdesk-<host>-<pid>-<random>.tmp                 (an export's staged file)
    .<purpose>.copdesk-<host>-<pid>-<random>.tmp/      (a private folder in the system temp)

(<host>: four hex digits of the computer's name, <pid>: the process id.)

:func:`remove_stale` deletes, in one folder, only names of this pattern whose owner cannot
be running any more: made on this computer by a process id that no process has now, or
that a process started *after* the file was last written has now (the id was reused). A
file from another computer (a shared folder) is left alone unless it is a day old. It
runs whenever a temporary file or folder is made in a folder (so an export folder is
cleaned by the next export), when a community file is opened (its folder and its backup
folder) and once after the window started (data folder, backups, system temp).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

FOREIGN_AFTER_S = 24 * 3600  # a file of another computer untouched this long is abandoned
CLOCK_SLACK_S = 2.0  # process start times are known to about a second
_NAME = re.compile(
    r"^\.(?:.+\.)?copdesk-(?P<host>[0-9a-f]{4})-(?P<pid>\d+)-[a-z0-9_]{8}\.tmp"
    r"(?:-wal|-shm|-journal)?$"
)


def host_tag() -> str:
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]


def _prefix(label: str) -> str:
    mark = f"copdesk-{host_tag()}-{os.getpid()}-"
    return f".{label}.{mark}" if label else f".{mark}"


def mkstemp(folder: Path, label: str = "") -> tuple[int, Path]:
    """A new private (0600) file in *folder* for the target named *label*; stale ones first.

    Returns the open descriptor and the path, like ``tempfile.mkstemp``.
    """
    folder = Path(folder)
    remove_stale(folder)
    fd, name = tempfile.mkstemp(prefix=_prefix(label), suffix=".tmp", dir=folder)
    return fd, Path(name)


def mkdtemp(purpose: str) -> Path:
    """A new private (0700) folder in the system's temporary folder; stale ones first."""
    folder = Path(tempfile.gettempdir())
    remove_stale(folder)
    return Path(tempfile.mkdtemp(prefix=_prefix(purpose), suffix=".tmp", dir=folder))


def discard(path: Path) -> None:
    """Remove a temporary database file and its ``-wal``, ``-shm`` and ``-journal``; never
    raises (what cannot be removed now is removed by :func:`remove_stale` later)."""
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            leftover.unlink()
        except OSError:
            pass


def remove_stale(*folders: Path) -> list[Path]:
    """Delete the temporary files and folders of killed runs in *folders* (see above).

    Never raises: a folder that cannot be read or a file that cannot be deleted is skipped.
    """
    removed: list[Path] = []
    here = host_tag()
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            found = _NAME.match(entry.name)
            if not found:
                continue
            try:
                mtime = entry.stat(follow_symlinks=False).st_mtime
                if not _abandoned(found["host"] == here, int(found["pid"]), mtime):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    if removed:
        log.info("removed %d temporary file(s) left by ended runs", len(removed))
    return removed


def _abandoned(this_host: bool, pid: int, mtime: float) -> bool:
    if not this_host:
        return time.time() - mtime > FOREIGN_AFTER_S
    started = process_started(pid)
    if started is None:
        return True  # no such process
    return started > mtime + CLOCK_SLACK_S  # the id now belongs to a younger process


def process_started(pid: int) -> float | None:
    """When process *pid* started (seconds since the epoch); None if there is no such
    process; ``-inf`` if it exists but its start cannot be told (then it counts as old)."""
    if sys.platform.startswith("linux"):
        return _linux_started(pid)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_started(pid)
    try:  # pragma: no cover - macOS and other POSIX systems
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        pass  # it exists, owned by someone else
    return float("-inf")


def _linux_started(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            fields = fh.read().rpartition(")")[2].split()
    except FileNotFoundError:
        return None
    except OSError:
        return float("-inf")
    try:
        if fields[0] == "Z":  # ended, not yet collected by its parent
            return None
        ticks = int(fields[19])  # field 22 of the whole line: start time after boot
        return _boot_time() + ticks / os.sysconf("SC_CLK_TCK")
    except (IndexError, ValueError, OSError):
        return float("-inf")


def _boot_time() -> float:
    with open("/proc/stat", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("btime "):
                return float(line.split()[1])
    raise ValueError("no btime in /proc/stat")


def _windows_started(pid: int) -> float | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # the type checker reads the rest for Windows only
        raise OSError("Windows only")
    import ctypes  # deferred: Windows only
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        # ERROR_INVALID_PARAMETER: no such process; anything else (access denied): it exists
        return None if ctypes.get_last_error() == 87 else float("-inf")
    try:
        code = wintypes.DWORD()
        if kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != 259:
            return None  # ended (259: STILL_ACTIVE)
        created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
        if not kernel32.GetProcessTimes(
            handle, *(ctypes.byref(t) for t in (created, exited, kernel, user))
        ):
            return float("-inf")
        ticks = (created.dwHighDateTime << 32) | created.dwLowDateTime  # 100 ns since 1601
        return ticks / 1e7 - 11644473600.0
    finally:
        kernel32.CloseHandle(handle)
