"""Where a community file lives: a local disk, a network file system, a synced folder.

SQLite's WAL mode needs memory shared between the processes that open a file; over a
network file system that does not work, and two PCs opening one file on a share is the
classic way to corrupt it (sqlite.org, "SQLite Over a Network"). Sync clients (OneDrive,
Nextcloud …) upload a file and its ``-wal`` separately, so the copy elsewhere can lack the
latest commits or even every table. In municipal IT the *Documents* folder is often
redirected to a file server or into OneDrive, so "keep it on a local disk" is no answer.

:func:`classify` tells the two apart from a local disk, without Qt and without touching
the file:

* network: on Windows a UNC path (``\\\\server\\share\\…``) or a drive whose
  ``GetDriveTypeW`` is ``DRIVE_REMOTE`` (a mapped network drive); on Linux the file
  system of the longest mount point containing the resolved path, read from
  ``/proc/self/mountinfo`` (NFS, CIFS/SMB, 9p, sshfs, rclone, davfs and other FUSE file
  systems that are not a known local one). Other systems (macOS) are treated as local.
* synced: a folder of a sync client anywhere in the path (``OneDrive``, ``OneDrive -
  Stadt …``, ``Nextcloud``, ``ownCloud``, ``Dropbox``, ``Google Drive``/``My Drive``,
  ``iCloud Drive`` …) or below a folder named by the ``OneDrive``,
  ``OneDriveCommercial`` or ``OneDriveConsumer`` environment variables (Windows).

What the program does with the answer is in ``db.make_engine`` (a rollback journal with
exclusive locking) and ``app.Controller.open_path`` (telling the user once).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

# Linux file-system types that live on another machine (or are reached over a protocol
# without reliable shared memory and locks). 9p: WSL2's Windows drives and VM shares.
NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "smb",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "coda",
        "beegfs",
        "orangefs",
        "pvfs2",
    }
)
# FUSE file systems are mostly remote (sshfs, rclone, davfs2, s3fs, gvfs's smb …); these
# are known to sit on a local disk.
LOCAL_FUSE = frozenset(
    {
        "fuseblk",
        "fuse.gocryptfs",
        "fuse.encfs",
        "fuse.cryfs",
        "fuse.securefs",
        "fuse.lxcfs",
        "fuse.bindfs",
        "fuse.mergerfs",
        "fuse.ntfs-3g",
        "fuse.squashfuse",
        "fuse.appimagefuse",
        "fuse.fuse-overlayfs",
        "fuse.veracrypt",
        "fuse.vmware-vmblock",
        "fusectl",
    }
)
# Folder names of sync clients (matched against every part of the path, ignoring case).
SYNC_FOLDERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("OneDrive", r"onedrive(\s*-.*)?"),
        ("Nextcloud", r"nextcloud\d*"),
        ("ownCloud", r"owncloud\d*"),
        ("Dropbox", r"dropbox(\s*\(.*\))?"),
        ("Google Drive", r"google\s?drive(-.*)?|my drive|meine ablage"),
        ("iCloud", r"icloud\s?drive.*|mobile documents|com~apple~clouddocs"),
        ("Seafile", r"seafile|seadrive"),
        ("pCloud", r"pcloud\s?drive"),
        ("MagentaCLOUD", r"magentacloud"),
        ("HiDrive", r"hidrive"),
    )
)
ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class StorageKind:
    """*network*: why the path counts as remote (file-system type, "UNC path", "network
    drive"), empty if local. *synced*: the sync client's name, empty if none."""

    network: str = ""
    synced: str = ""

    @property
    def shared(self) -> bool:
        """Not a plain local folder: WAL and shared memory must not be used."""
        return bool(self.network or self.synced)


LOCAL = StorageKind()


def classify(path: Path | str, *, platform: str | None = None) -> StorageKind:
    """What kind of storage *path* (existing or not) is on. Never raises."""
    platform = platform or sys.platform
    try:
        if platform == "win32":
            resolved = os.path.realpath(path) if sys.platform == "win32" else str(path)
            network = _windows_network(resolved)
        else:
            resolved = os.path.realpath(path)
            network = _linux_network(resolved) if platform.startswith("linux") else ""
        synced = _sync_client(resolved, windows=platform == "win32")
    except (OSError, ValueError):  # an unreadable mount table is no reason to refuse
        return LOCAL
    return StorageKind(network, synced)


# --- Linux ------------------------------------------------------------------------------


def _read_mountinfo() -> str:
    with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
        return fh.read()


def _unescape(field: str) -> str:
    """Mount points in mountinfo write space, tab, newline and backslash as octal."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _mounts(text: str) -> list[tuple[str, str, str]]:
    """(mount point, file-system type, source) of every line of a mountinfo table."""
    mounts = []
    for line in text.splitlines():
        before, sep, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if not sep or len(fields) < 5 or not tail:
            continue
        mounts.append((_unescape(fields[4]), tail[0], tail[1] if len(tail) > 1 else ""))
    return mounts


def _linux_network(resolved: str) -> str:
    best, best_type, best_source = "", "", ""
    for point, fs_type, source in _mounts(_read_mountinfo()):
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the later of equal mounts hides the earlier
            best, best_type, best_source = point, fs_type, source
    if _is_network_fs(best_type, best_source):
        return best_type
    return ""


def _is_network_fs(fs_type: str, source: str) -> bool:
    base = fs_type.split(".", 1)[0]
    if fs_type in NETWORK_FS or base in NETWORK_FS:
        return True
    if fs_type.startswith("fuse.") and fs_type not in LOCAL_FUSE:
        return True
    # plain "fuse": davfs2 and others name a URL or host:path as the source
    return fs_type == "fuse" and ("://" in source or re.match(r"^[\w.-]+:", source) is not None)


# --- Windows ----------------------------------------------------------------------------


def _windows_network(path: str) -> str:
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        return "UNC path"
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        p = p[4:]  # a long-path or device prefix before a drive letter
    elif p.startswith("\\\\"):
        return "UNC path"
    if len(p) >= 2 and p[1] == ":" and _drive_type(p[:2] + "\\") == DRIVE_REMOTE:
        return "network drive"
    return ""


def _drive_type(root: str) -> int:
    if sys.platform != "win32":  # only Windows has drive letters to ask about
        return 0
    import ctypes  # pragma: no cover - Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # pragma: no cover


# --- sync clients ------------------------------------------------------------------------


def _sync_client(path: str, *, windows: bool) -> str:
    parts = re.split(r"[\\/]+", path)
    for part in parts:
        for name, pattern in SYNC_FOLDERS:
            if pattern.fullmatch(part.strip()):
                return name
    norm = _norm(path, windows)
    for variable in ONEDRIVE_VARIABLES:
        root = os.environ.get(variable, "")
        if root and (
            norm == _norm(root, windows)
            or norm.startswith(_norm(root, windows).rstrip("\\/") + _sep(windows))
        ):
            return "OneDrive"
    return ""


def _norm(path: str, windows: bool) -> str:
    return path.replace("/", "\\").lower() if windows else path


def _sep(windows: bool) -> str:
    return "\\" if windows else "/"
