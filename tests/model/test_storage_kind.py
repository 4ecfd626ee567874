"""Network drives and synced folders (RELIABILITY.md, "Network drives and synced folders").

The detection is faked where it must be (this machine has no SMB share): the mount table
reader returns real-looking ``/proc/self/mountinfo`` text with a CIFS or NFS mount on a
folder of the test, and Windows paths are given as strings. Everything after the
detection is real: the file is created, opened, written and read back with SQLite.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from copdesk.model import db, errors, members, storage_kind, uow
from copdesk.model.backups import rolling_backup
from copdesk.model.dto import MemberData
from copdesk.model.integrity import inspection as file_inspection
from copdesk.model.storage_kind import StorageKind, classify

REPO_ROOT = Path(__file__).resolve().parents[2]

# the first lines of a real mountinfo table (Debian 12, a CIFS home share added below)
MOUNTINFO = r"""22 27 0:21 / /proc rw,relatime - proc proc rw
23 27 0:22 / /sys rw,relatime - sysfs sysfs rw
24 27 0:6 / /dev rw,relatime - devtmpfs devtmpfs rw,size=12335116k,nr_inodes=3083779,mode=755
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
"""


def cifs_line(
    mountpoint: Path, fs_type: str = "cifs", source: str = "//fileserver.stadt.local/home$/mueller"
) -> str:
    point = str(mountpoint).replace(" ", "\\040")
    return (
        f"88 27 0:54 / {point} rw,relatime shared:45 - {fs_type} {source} "
        "rw,vers=3.1.1,cache=strict,username=mueller,uid=1000,forceuid,gid=1000"
    )


@pytest.fixture
def mounts(monkeypatch):
    """Add mount lines to the faked table: ``mounts(line, ...)``."""
    lines = [MOUNTINFO]

    def add(*more: str) -> None:
        lines.extend(more)

    monkeypatch.setattr(storage_kind, "_read_mountinfo", lambda: "\n".join(lines) + "\n")
    for variable in storage_kind.ONEDRIVE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return add


@pytest.fixture
def share(tmp_path, mounts) -> Path:
    """A folder of the test that the mount table says is an SMB share."""
    folder = tmp_path / "H Laufwerk"
    folder.mkdir()
    mounts(cifs_line(folder))
    return folder


# --- detection ------------------------------------------------------------------------


def test_linux_network_mounts_by_longest_prefix(tmp_path, mounts):
    (tmp_path / "nfs" / "local-inside").mkdir(parents=True)
    mounts(
        cifs_line(tmp_path / "nfs", "nfs4", "files.stadt.local:/export/home"),
        f"90 88 254:3 / {tmp_path}/nfs/local-inside rw - ext4 /dev/vdb rw",
    )
    assert classify(tmp_path / "nfs" / "CoP.copdesk") == StorageKind(network="nfs4")
    # a file that does not exist yet (a new community) is judged by its folder
    assert classify(tmp_path / "nfs" / "neu" / "CoP.copdesk").network == "nfs4"
    assert classify(tmp_path / "nfs" / "local-inside" / "CoP.copdesk") == storage_kind.LOCAL
    assert classify(tmp_path / "nfs-not-this" / "CoP.copdesk") == storage_kind.LOCAL
    assert not classify(tmp_path / "x.copdesk").shared


@pytest.mark.parametrize(
    "fs_type, source, network",
    [
        ("cifs", "//server/share", True),
        ("smb3", "//server/share", True),
        ("nfs", "server:/export", True),
        ("9p", "drvfs", True),
        ("fuse.sshfs", "mueller@server:", True),
        ("fuse.rclone", "nextcloud:", True),
        ("fuse", "https://cloud.stadt.de/remote.php/webdav", True),
        ("fuse.gocryptfs", "/home/mueller/.cipher", False),
        ("fuseblk", "/dev/sdb1", False),
        ("ext4", "/dev/sda2", False),
        ("btrfs", "/dev/nvme0n1p2", False),
        ("tmpfs", "tmpfs", False),
        ("overlay", "overlay", False),
    ],
)
def test_file_system_types(tmp_path, mounts, fs_type, source, network):
    mounts(cifs_line(tmp_path, fs_type, source))
    assert bool(classify(tmp_path / "CoP.copdesk").network) is network


def test_a_symlink_is_judged_by_where_it_points(tmp_path, share):
    link = tmp_path / "Documents"
    link.symlink_to(share)
    assert classify(link / "CoP.copdesk").network == "cifs"


def test_an_unreadable_mount_table_counts_as_local(tmp_path, monkeypatch):
    def broken():
        raise OSError("no /proc")

    monkeypatch.setattr(storage_kind, "_read_mountinfo", broken)
    assert classify(tmp_path / "x.copdesk") == storage_kind.LOCAL


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\home$\mueller\Dokumente\CoP.copdesk",
        r"//fileserver/home$/mueller/CoP.copdesk",
        r"\\?\UNC\fileserver\home$\mueller\CoP.copdesk",
    ],
)
def test_windows_unc_paths_are_network(path, monkeypatch):
    monkeypatch.delenv("OneDrive", raising=False)
    assert classify(path, platform="win32") == StorageKind(network="UNC path")


def test_windows_local_drive_is_not_network(monkeypatch):
    for variable in storage_kind.ONEDRIVE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    assert (
        classify(r"C:\Users\mueller\Documents\CoP.copdesk", platform="win32") == storage_kind.LOCAL
    )
    assert (
        classify(r"\\?\C:\Users\mueller\Documents\CoP.copdesk", platform="win32")
        == storage_kind.LOCAL
    )


def test_windows_mapped_drive_asks_the_drive_type(monkeypatch):
    asked = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return storage_kind.DRIVE_REMOTE if root == "H:\\" else 3  # 3: DRIVE_FIXED

    monkeypatch.setattr(storage_kind, "_drive_type", drive_type)
    assert classify(r"H:\CoP\CoP.copdesk", platform="win32").network == "network drive"
    assert classify(r"C:\CoP\CoP.copdesk", platform="win32").network == ""
    assert asked == ["H:\\", "C:\\"]


@pytest.mark.parametrize(
    "path, client",
    [
        (r"C:\Users\mueller\OneDrive - Stadt Musterstadt\Dokumente\CoP.copdesk", "OneDrive"),
        (r"C:\Users\mueller\OneDrive\Documents\CoP.copdesk", "OneDrive"),
        (r"D:\Nextcloud\CoP\CoP.copdesk", "Nextcloud"),
        (r"C:\Users\mueller\Dropbox (Stadt)\CoP.copdesk", "Dropbox"),
        (r"G:\My Drive\CoP.copdesk", "Google Drive"),
        (r"C:\Users\mueller\Documents\nextcloud-notizen\CoP.copdesk", ""),
        (r"C:\Users\mueller\Documents\CoP.copdesk", ""),
    ],
)
def test_synced_folders_by_name(path, client, monkeypatch):
    for variable in storage_kind.ONEDRIVE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    assert classify(path, platform="win32").synced == client


def test_synced_folder_on_linux_and_macos_names(tmp_path, mounts):
    assert classify(tmp_path / "Nextcloud" / "CoP.copdesk").synced == "Nextcloud"
    assert classify(tmp_path / "ownCloud" / "x.copdesk").synced == "ownCloud"
    icloud = tmp_path / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "x.copdesk"
    assert classify(icloud).synced == "iCloud"
    assert classify(tmp_path / "Dokumente" / "x.copdesk").synced == ""


def test_onedrive_folder_named_by_the_environment(monkeypatch):
    """Known Folder Move puts Documents below OneDrive under a company-named folder."""
    monkeypatch.setenv("OneDriveCommercial", r"C:\Users\mueller\Stadtverwaltung Musterstadt")
    for variable in ("OneDrive", "OneDriveConsumer"):
        monkeypatch.delenv(variable, raising=False)
    inside = r"C:\Users\mueller\Stadtverwaltung Musterstadt\Dokumente\CoP.copdesk"
    assert classify(inside, platform="win32").synced == "OneDrive"
    assert classify(inside.upper(), platform="win32").synced == "OneDrive"
    beside = r"C:\Users\mueller\Stadtverwaltung Musterstadt alt\CoP.copdesk"
    assert classify(beside, platform="win32").synced == ""


# --- what the engine does with it --------------------------------------------------------


def pragma(community, name: str) -> str:
    with community.engine.connect() as conn:
        return str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()).lower()


def test_a_file_on_a_network_share_gets_a_rollback_journal_and_exclusive_lock(share):
    path = share / "CoP.copdesk"
    db.create_community(path, name="Netz-CoP")
    assert file_inspection.read_header(path)[18:20] == b"\x01\x01", (
        "created without WAL on the share"
    )
    com = db.open_community(path)
    try:
        assert com.storage == StorageKind(network="cifs")
        assert pragma(com, "journal_mode") == "delete"
        assert pragma(com, "locking_mode") == "exclusive"
        assert pragma(com, "synchronous") == "2"  # FULL
        assert pragma(com, "foreign_keys") == "1"
        ids = [
            uow.write(com, members.add_member, MemberData(last_name=f"N {i}"))[0] for i in range(3)
        ]
        assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
        # the file is held: another program (or PC) cannot read or write it meanwhile
        other = sqlite3.connect(path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("SELECT count(*) FROM member").fetchone()
        finally:
            other.close()
        # a background job (the daily backup) shares the one connection
        backup = rolling_backup(path, com.engine, share.parent / "backups")
        assert db.inspect_file(backup, counts=True).counts["member"] == 3
        assert {r.id for r in uow.read(com, members.list_members)} >= set(ids)
    finally:
        com.close()
    assert sorted(p.name for p in share.iterdir()) == ["CoP.copdesk"]
    assert db.inspect_file(path, counts=True).counts["member"] == 3


def test_a_wal_file_moved_to_a_share_is_switched_and_back(tmp_path, mounts, monkeypatch):
    local = tmp_path / "lokal.copdesk"
    db.create_community(local)
    assert file_inspection.read_header(local)[18:20] == b"\x02\x02"
    mounts(cifs_line(tmp_path))  # now the whole folder is "on the share"
    com = db.open_community(local)
    try:
        assert pragma(com, "journal_mode") == "delete"
        uow.write(com, members.add_member, MemberData(last_name="Moved"))
    finally:
        com.close()
    assert file_inspection.read_header(local)[18:20] == b"\x01\x01"
    db.inspect_file(local)  # the read-only check of a rollback-journal file
    monkeypatch.setattr(storage_kind, "_read_mountinfo", lambda: MOUNTINFO)  # local again
    com = db.open_community(local)
    try:
        assert pragma(com, "journal_mode") == "wal"
        assert [r.last_name for r in uow.read(com, members.list_members)] == ["Moved"]
    finally:
        com.close()


def test_a_synced_folder_gets_the_same_safe_mode(tmp_path, mounts):
    folder = tmp_path / "OneDrive - Stadt Musterstadt" / "Dokumente"
    folder.mkdir(parents=True)
    path = folder / "CoP.copdesk"
    db.create_community(path)
    com = db.open_community(path)
    try:
        assert com.storage == StorageKind(synced="OneDrive")
        assert pragma(com, "journal_mode") == "delete"
        uow.write(com, members.add_member, MemberData(last_name="Sync"))
        # the sync client only ever sees a complete file: no -wal beside it
        assert not Path(f"{path}-wal").exists()
    finally:
        com.close()


def test_erased_text_does_not_linger_in_the_journal(share):
    """In exclusive mode SQLite keeps the journal between transactions; it must not keep
    the old pages (the name before an erasure) in it."""
    path = share / "CoP.copdesk"
    db.create_community(path)
    com = db.open_community(path)
    try:
        mid, _ = uow.write(
            com, members.add_member, MemberData(first_name="Jürgen", last_name="Weißenfels")
        )

        def rename(session):
            from copdesk.model import entities as E

            session.get(E.Member, mid).last_name = "ehemaliges Mitglied"

        uow.write(com, rename)
        assert db.purge_free_space(com.engine)
        journal = Path(f"{path}-journal")
        leftovers = journal.read_bytes() if journal.exists() else b""
        assert "Weißenfels".encode() not in leftovers
        assert "Weißenfels".encode() not in path.read_bytes()
    finally:
        com.close()


# --- reading a rollback-journal file without changing it -----------------------------------


def delete_mode_file(tmp_path) -> Path:
    """A real community file switched to DELETE mode, as a network open leaves it."""
    path = tmp_path / "delete-mode.copdesk"
    db.create_community(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    con.close()
    return path


def test_check_open_and_close_of_a_delete_mode_file(tmp_path):
    path = delete_mode_file(tmp_path)
    assert db.inspect_file(path, counts=True).integrity == "ok"
    pre = db.Precheck(path)
    info = pre.info_for(path)
    assert info is not None and info.integrity == "ok"
    com = db.open_community(path, info=info)
    try:
        uow.write(com, members.add_member, MemberData(last_name="Delete mode"))
    finally:
        com.close()
    assert db.inspect_file(path, counts=True).counts["member"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delete-mode.copdesk"]


HOLD_TRANSACTION = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=2")  # uncommitted pages spill into the file itself
con.execute("BEGIN")
for i in range(400):
    con.execute("INSERT INTO member (first_name, last_name, email, phone, function, offers, "
                "seeks, active, notes, created_at, version) "
                "VALUES ('', ?, '', '', '', '', '', 1, ?, '2025-01-01 00:00:00', 1)",
                (f"Uncommitted {i}", "x" * 900))
print("holding", flush=True)
sys.stdin.readline()
"""


def test_checking_a_file_in_the_middle_of_a_write_says_in_use(tmp_path):
    """Another program is writing (pages already in the file, not committed): the check must
    neither count the half-written rows nor call the file damaged."""
    path = delete_mode_file(tmp_path)
    size = path.stat().st_size
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_TRANSACTION, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "holding"
        assert path.stat().st_size > size, "precondition: the write reached the file"
        with pytest.raises(errors.FileProblem) as info:
            db.inspect_file(path, counts=True)
        assert info.value.template == errors.file_locked(path).template
    finally:
        child.stdin.close()
        child.wait()
    assert db.inspect_file(path, counts=True).counts["member"] == 0


def test_a_hot_journal_after_a_crash_is_rolled_back_not_called_damaged(tmp_path):
    path = delete_mode_file(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_TRANSACTION, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "holding"
    child.kill()  # killed in the middle of the write
    child.wait()
    child.stdin.close()
    child.stdout.close()
    assert Path(f"{path}-journal").read_bytes()[:8] == file_inspection.JOURNAL_MAGIC
    info = db.inspect_file(path, counts=True)
    assert info.integrity == "ok" and info.counts["member"] == 0


HOLDER = r"""
import sys
from pathlib import Path
from copdesk.model import db, storage_kind
table = Path(sys.argv[2]).read_text()
storage_kind._read_mountinfo = lambda: table  # the same (faked) share as the test sees
com = db.open_community(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
com.close()
"""


def test_a_second_pc_is_told_who_has_the_file_on_the_share(share, tmp_path):
    """Another process has the file open on the share (exclusive): the refusal names it,
    as for a local file, instead of a bare "in use by another program"."""
    import getpass
    import os
    import socket

    path = share / "CoP.copdesk"
    db.create_community(path)
    table = tmp_path / "mountinfo"
    table.write_text(storage_kind._read_mountinfo())
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(table)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(errors.FileProblem) as info:
            db.open_community(path)
        message = str(info.value)
        assert getpass.getuser() in message and socket.gethostname() in message
        assert "already open in CoP Desk" in info.value.template
    finally:
        child.stdin.close()
        child.wait()
    db.open_community(path).close()  # free again once the other one closed it
