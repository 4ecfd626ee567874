"""Opening, creating, refusing, backing up and configuring community files (copdesk.model.db).

The promise under test (docs: RELIABILITY.md): a file we refuse is left byte-for-byte
unchanged and the message says why, in words a user can act on, naming the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import os
import re
import shutil
import signal
import socket
import sqlite3
import stat
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from copdesk.model import db, errors, members, uow
from copdesk.model import entities as E
from copdesk.model.backups import KEEP_DAILY, backup_paths, rolling_backup
from copdesk.model.dto import MemberData
from copdesk.model.filelock import lock_path_for
from copdesk.model.integrity import inspection as file_inspection
from copdesk.model.migrations import HEAD

REPO_ROOT = Path(__file__).resolve().parents[2]

# Expected messages are errors.py's own templates, so rewording a message needs no test
# change; the tests for "damaged" and "newer version" also check the words users see.
NOT_OURS = errors.not_a_community_file("x").template
DAMAGED = errors.corrupt_file("x", "detail").template
TOO_NEW = errors.too_new_file("x", "9999").template
READ_ONLY = errors.read_only_file("x").template
MISSING = errors.file_missing("x").template
DISK_FULL = errors.disk_full("x").template
# "open in CoP Desk (user on host, since …)": the lock file named who holds it
LOCKED_TEMPLATE = errors.file_locked("x", {"user": "u", "host": "h", "since": "s"}).template


# --- helpers ---------------------------------------------------------------------------


def fingerprint(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def sidecars(path: Path) -> list[str]:
    """Files next to *path* that belong to it: -wal, -shm, -journal, .lock."""
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path
    )


def refused(path: Path, template: str | None) -> errors.FileProblem:
    """Open *path*, expect the FileProblem with *template*, naming the path; return it."""
    with pytest.raises(errors.FileProblem) as info:
        db.open_community(path)
    exc = info.value
    if template is not None:
        assert exc.template == template, f"unexpected message: {exc}"
    assert str(path) in str(exc), "the message must name the file"
    assert exc.path == str(path)
    return exc


def refused_as_locked(path: Path, holder_pid: int) -> errors.FileProblem:
    """Expect the "already open in CoP Desk (user on host, since …)" refusal.

    Checked against errors.file_locked's own template (not a copy of its wording), and the
    holder named must be the process that holds the lock.
    """
    exc = refused(path, None)
    assert exc.template == LOCKED_TEMPLATE, f"not the 'open elsewhere' message: {exc}"
    assert getpass.getuser() in str(exc) and socket.gethostname() in str(exc)
    assert lock_holder_pid(path) == holder_pid
    return exc


def lock_holder_pid(path: Path) -> int | None:
    """The pid the lock file names (its format is the lock's business: JSON or text)."""
    found = re.search(r"pid\W{0,4}(\d+)", lock_path_for(path).read_text())
    return int(found.group(1)) if found else None


def add_members(community, n: int, prefix: str = "M") -> list[int]:
    def work(session):
        ids = []
        for i in range(n):
            ids.append(
                members.add_member(
                    session, MemberData(first_name=prefix, last_name=f"{prefix} {i}")
                )
            )
        return ids

    ids, _changes = uow.write(community, work)
    return ids


def member_count(community) -> int:
    return uow.read(community, lambda s: s.scalar(select(func.count()).select_from(E.Member)))


def table_counts(community) -> dict[str, int]:
    with community.engine.connect() as conn:
        names = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}


def chattr_available() -> bool:
    return shutil.which("chattr") is not None


@contextlib.contextmanager
def immutable(path: Path):
    """``chattr +i``: not even root may write (the only honest read-only test as root)."""
    if not chattr_available():
        pytest.skip("chattr is not available")
    res = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        pytest.skip(f"cannot set the immutable attribute here: {res.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=True)


def wait_for_line(proc: subprocess.Popen, timeout: float = 10.0) -> str:
    lines: list[str] = []

    def reader():
        lines.append(proc.stdout.readline())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    t.join(timeout)
    if not lines:
        proc.kill()
        raise AssertionError(f"child said nothing within {timeout} s: {proc.stderr.read()}")
    return lines[0].strip()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    return env


# --- create, open, stamp -----------------------------------------------------------------


def test_create_stamps_identity_and_head_revision(community_path):
    # created atomically: only the file itself is left, no temporary or -wal file
    assert sorted(p.name for p in community_path.parent.iterdir()) == [community_path.name]
    info = db.inspect_file(community_path)
    assert info.revision == HEAD
    assert info.application_id == file_inspection.APPLICATION_ID
    assert info.integrity == "ok"
    header = community_path.read_bytes()[:100]
    assert header.startswith(file_inspection.SQLITE_HEADER)
    assert struct.unpack(">I", header[68:72])[0] == file_inspection.APPLICATION_ID


def test_create_seeds_root_group_and_templates(community):
    counts = table_counts(community)
    assert counts["cop_group"] == 1
    assert counts["agenda_template"] == 2
    with community.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM cop_group").scalar() == "Test CoP"


def test_open_and_close_leave_only_the_file(community_path):
    com = db.open_community(community_path)
    assert lock_path_for(community_path).exists()
    add_members(com, 3)
    com.close()
    assert sidecars(community_path) == []  # -wal checkpointed and removed, lock removed
    com = db.open_community(community_path)
    try:
        assert member_count(com) == 3
    finally:
        com.close()


def test_create_refuses_existing_path(tmp_path, community_path):
    before = fingerprint(community_path)
    with pytest.raises(errors.FileProblem) as info:
        db.create_community(community_path)
    assert "already exists" in str(info.value)
    assert str(community_path) in str(info.value)
    assert fingerprint(community_path) == before

    other = tmp_path / "report.copdesk"
    other.write_bytes(b"%PDF-1.4 not ours")
    before = fingerprint(other)
    with pytest.raises(errors.FileProblem, match="already exists"):
        db.create_community(other)
    assert fingerprint(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.copdesk", "test.copdesk"]


def test_create_killed_half_way_leaves_no_file(tmp_path):
    """populate failing stands for a crash during creation: nothing, not half a file."""
    path = tmp_path / "half.copdesk"

    def populate(session):
        session.add(E.Organisation(name="Stadt"))
        session.flush()
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        db.create_community(path, populate=populate)
    assert list(tmp_path.iterdir()) == []


# --- refusing files that are not usable ------------------------------------------------


@pytest.fixture(scope="module")
def corrupt_template(tmp_path_factory) -> Path:
    """A populated community file with one b-tree leaf page of ``member`` zeroed."""
    folder = tmp_path_factory.mktemp("corrupt")
    path = folder / "template.copdesk"
    db.create_community(path)
    com = db.open_community(path)
    try:
        uow.write(
            com,
            lambda s: s.add_all(
                E.Member(last_name=f"Member {i}", notes="x" * 200) for i in range(3000)
            ),
        )
    finally:
        com.close()
    con = sqlite3.connect(path)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        try:
            leaves = [
                r[0]
                for r in con.execute(
                    "SELECT pageno FROM dbstat WHERE name='member' AND pagetype='leaf' "
                    "ORDER BY pageno"
                )
            ]
        except sqlite3.OperationalError:  # SQLite built without dbstat
            n_pages = con.execute("PRAGMA page_count").fetchone()[0]
            leaves = list(range(n_pages // 3, 2 * n_pages // 3))
    finally:
        con.close()
    assert len(leaves) > 10
    victim = leaves[len(leaves) // 2]
    data = bytearray(path.read_bytes())
    data[(victim - 1) * page_size : victim * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))
    # precondition: SQLite itself notices the damage
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        result = [(str(exc),)]
    finally:
        con.close()
    assert result != [("ok",)]
    return path


def make_pdf(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
        + b"x" * 2000
        + b"\n%%EOF\n"
    )


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_random(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def make_foreign_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO recipes (name) VALUES ('Apfelstrudel')")
    con.commit()
    con.close()


def make_stamped_without_schema(path: Path) -> None:
    """Our application_id, but no alembic_version: not a community file either."""
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id={file_inspection.APPLICATION_ID}")
    con.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()


def make_too_new(path: Path) -> None:
    db.create_community(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert db.inspect_file(path).revision == "9999"
    for extra in sidecars(path):  # inspect_file may leave -wal/-shm (see the test below)
        (path.parent / extra).unlink()


BAD_FILES = {
    "renamed-pdf": (make_pdf, NOT_OURS),
    "zero-length": (make_empty, NOT_OURS),
    "random-bytes": (make_random, NOT_OURS),
    "foreign-sqlite": (make_foreign_sqlite, NOT_OURS),
    "stamped-no-schema": (make_stamped_without_schema, NOT_OURS),
    "too-new": (make_too_new, TOO_NEW),
    "corrupt": (None, DAMAGED),
}


@pytest.fixture
def bad_file(request, tmp_path, corrupt_template) -> tuple[Path, str]:
    maker, template = BAD_FILES[request.param]
    path = tmp_path / "bad.copdesk"
    if maker is None:
        shutil.copyfile(corrupt_template, path)
    else:
        maker(path)
    return path, template


@pytest.mark.parametrize("bad_file", list(BAD_FILES), indirect=True)
def test_open_refuses_and_leaves_file_unchanged(bad_file):
    path, template = bad_file
    before = fingerprint(path)
    refused(path, template)
    assert fingerprint(path) == before
    assert not lock_path_for(path).exists(), "a refused file must not stay locked"
    # and again: refusing twice is just as harmless
    refused(path, template)
    assert fingerprint(path) == before


@pytest.mark.parametrize(
    "bad_file",
    [
        "renamed-pdf",
        "zero-length",
        "random-bytes",
        "foreign-sqlite",
        "stamped-no-schema",
        "too-new",
        "corrupt",
    ],
    indirect=True,
)
def test_refused_file_leaves_nothing_beside_it(bad_file):
    path, template = bad_file
    refused(path, template)
    assert sidecars(path) == []


def test_inspect_file_leaves_nothing_beside_a_closed_file(community_path):
    db.inspect_file(community_path, counts=True)
    assert sidecars(community_path) == []


def test_too_new_message_names_the_revision(tmp_path):
    path = tmp_path / "future.copdesk"
    make_too_new(path)
    exc = refused(path, TOO_NEW)
    assert "newer version" in str(exc)
    assert "9999" in str(exc)
    assert exc.params["revision"] == "9999"


def test_corrupt_file_message_mentions_backup(tmp_path, corrupt_template):
    path = tmp_path / "damaged.copdesk"
    shutil.copyfile(corrupt_template, path)
    exc = refused(path, DAMAGED)
    assert "damaged" in str(exc)
    assert "backup" in str(exc)
    with pytest.raises(errors.FileProblem) as info:
        db.inspect_file(path)
    assert info.value.template == DAMAGED


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere" / "gone.copdesk"
    refused(path, MISSING)
    assert not path.exists() and not path.parent.exists(), "opening must not create anything"


def test_read_only_file_chmod(community_path):
    os.chmod(community_path, 0o444)
    try:
        try:
            with open(community_path, "r+b"):
                pass
        except PermissionError:
            pass
        else:
            pytest.skip(
                "running as root: chmod 0444 does not stop root from writing "
                "(CAP_DAC_OVERRIDE), so os.access(W_OK) is True and the file is really "
                "writable; test_read_only_file_immutable covers the read-only case instead"
            )
        before = fingerprint(community_path)
        refused(community_path, READ_ONLY)
        assert fingerprint(community_path) == before
        assert not lock_path_for(community_path).exists()
    finally:
        os.chmod(community_path, 0o600)


def test_read_only_file_immutable(community_path):
    before = fingerprint(community_path)
    with immutable(community_path):
        refused(community_path, READ_ONLY)
        assert fingerprint(community_path) == before
    assert not lock_path_for(community_path).exists()


def test_read_only_folder_is_not_called_damaged(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "community.copdesk"
    db.create_community(path)
    before = fingerprint(path)
    with immutable(folder):
        refused(path, READ_ONLY)
    assert fingerprint(path) == before


# --- one writer per file ----------------------------------------------------------------


def test_locked_in_same_process(community_path):
    first = db.open_community(community_path)
    try:
        add_members(first, 2)
        main_before = fingerprint(community_path)
        refused_as_locked(community_path, os.getpid())
        assert fingerprint(community_path) == main_before
        assert lock_path_for(community_path).exists(), "the refusal must not drop the lock"
        assert member_count(first) == 2  # the first window keeps working
        add_members(first, 1, prefix="After")
    finally:
        first.close()
    assert not lock_path_for(community_path).exists()
    second = db.open_community(community_path)
    try:
        assert member_count(second) == 3
    finally:
        second.close()


def test_locked_through_a_symlink(community_path):
    link = community_path.with_name("link.copdesk")
    link.symlink_to(community_path)
    first = db.open_community(community_path)
    try:
        try:
            second = db.open_community(link)
        except errors.FileProblem as exc:
            assert exc.template == LOCKED_TEMPLATE, str(exc)
        else:
            second.close()
            pytest.fail("the same file was opened twice for writing")
    finally:
        first.close()


CHILD_HOLDS_FILE = """
import sys, time
from pathlib import Path
from copdesk.model import db
com = db.open_community(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(120)
"""


def test_locked_by_other_process_and_no_stale_lock_after_kill(community_path):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_HOLDS_FILE, str(community_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert wait_for_line(child) == "open"
        refused_as_locked(community_path, child.pid)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    # the lock file is still there (nobody removed it) but the OS released the lock
    com = db.open_community(community_path)
    try:
        assert member_count(com) == 0
        assert lock_holder_pid(community_path) == os.getpid()
    finally:
        com.close()


# --- disk full -------------------------------------------------------------------------


def test_disk_full_is_reported_and_nothing_is_lost(community):
    keep = add_members(community, 5, prefix="Keep")

    def limit_size(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    event.listen(community.engine, "connect", limit_size)
    community.engine.dispose()  # new connections from now on get the limit

    def big_write(session):
        for i in range(300):
            session.add(E.Member(last_name=f"Big {i}", notes="y" * 4000))

    with pytest.raises(errors.FileProblem) as info:
        uow.write(community, big_write)
    assert info.value.template == DISK_FULL
    assert "full" in str(info.value)
    assert str(community.path) in str(info.value)
    assert member_count(community) == 5  # the failed write left nothing behind

    # space freed: the program works again without reopening
    event.remove(community.engine, "connect", limit_size)
    community.engine.dispose()
    add_members(community, 1, prefix="Later")
    community.close()

    info2 = db.inspect_file(community.path, counts=True)
    assert info2.integrity == "ok"
    assert info2.counts["member"] == 6
    again = db.open_community(community.path)
    try:
        names = uow.read(again, lambda s: {r.id for r in members.list_members(s)})
        assert set(keep) <= names
    finally:
        again.close()


# --- rolling backups -------------------------------------------------------------------


def test_rolling_backup_once_a_day(community, tmp_path):
    backups = tmp_path / "backups"
    day = dt.date(2025, 3, 1)
    first = rolling_backup(community.path, community.engine, backups, today=day)
    assert first is not None and first.exists()
    add_members(community, 1)
    assert rolling_backup(community.path, community.engine, backups, today=day) is None
    assert backup_paths(community.path, backups) == [first]
    assert db.inspect_file(first, counts=True).counts["member"] == 0  # not overwritten


def test_rolling_backup_keeps_ten_consistent_copies(community, tmp_path):
    backups = tmp_path / "backups"
    start = dt.date(2025, 12, 25)  # across a month and a year boundary
    expected_counts = {}
    for i in range(12):
        day = start + dt.timedelta(days=i)
        add_members(community, 1, prefix=f"Day{i}")
        target = rolling_backup(community.path, community.engine, backups, today=day)
        assert target is not None
        expected_counts[target.name] = table_counts(community)
    kept = backup_paths(community.path, backups)
    assert len(kept) == KEEP_DAILY == 10
    names = sorted(p.name for p in kept)
    assert names == sorted(f"{start + dt.timedelta(days=i)}.copdesk" for i in range(2, 12))
    for backup in kept:
        info = db.inspect_file(backup, counts=True)
        assert info.revision == HEAD
        assert info.application_id == file_inspection.APPLICATION_ID
        assert info.counts == expected_counts[backup.name]
    # no temporary files left in the backup folder
    assert not [p for p in kept[0].parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_backup_files_are_private(community, tmp_path):
    old = os.umask(0o022)  # the common default that made backups world-readable
    try:
        target = rolling_backup(
            community.path, community.engine, tmp_path / "b", today=dt.date(2025, 1, 1)
        )
        upgrade_copy = db.backup_to(community.engine, tmp_path / "c" / "copy.copdesk")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(upgrade_copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX only")
def test_community_files_are_private(tmp_path):
    path = tmp_path / "private.copdesk"
    old = os.umask(0o022)
    try:
        db.create_community(path)
        com = db.open_community(path)
        try:
            add_members(com, 1)
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
        finally:
            com.close()
    finally:
        os.umask(old)
    assert set(modes) == {
        "private.copdesk",
        "private.copdesk-wal",
        "private.copdesk-shm",
        "private.copdesk.lock",
    }
    assert modes == dict.fromkeys(modes, 0o600)


@pytest.fixture
def full_backup_disk(monkeypatch):
    """Every backup destination can hold only 5 pages: SQLite reports SQLITE_FULL."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).endswith(".tmp"):  # backup_to's temporary destination
            con.execute("PRAGMA max_page_count=5")
        return con

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_failed_backup_leaves_no_partial_file(community, tmp_path, full_backup_disk):
    backups = tmp_path / "backups"
    with pytest.raises((errors.FileProblem, sqlite3.OperationalError)):
        rolling_backup(community.path, community.engine, backups, today=dt.date(2025, 1, 1))
    assert [p for p in backups.rglob("*") if p.is_file()] == []
    assert member_count(community) == 0  # the community itself is unaffected
    add_members(community, 1)


def test_backup_on_full_disk_is_a_clear_message(community, tmp_path, full_backup_disk):
    with pytest.raises(errors.FileProblem) as info:
        rolling_backup(
            community.path, community.engine, tmp_path / "backups", today=dt.date(2025, 1, 1)
        )
    assert info.value.template == DISK_FULL


def test_backup_contains_commits_still_in_wal(community, tmp_path):
    ids = add_members(community, 25)
    wal = Path(f"{community.path}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "precondition: commits are in the -wal"
    # what a plain file copy would have got: the main file alone lacks them
    naive = tmp_path / "naive.copdesk"
    shutil.copyfile(community.path, naive)
    con = sqlite3.connect(f"{naive.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert con.execute("SELECT count(*) FROM member").fetchone()[0] < len(ids)
    finally:
        con.close()

    target = rolling_backup(
        community.path, community.engine, tmp_path / "backups", today=dt.date(2025, 6, 1)
    )
    info = db.inspect_file(target, counts=True)
    assert info.integrity == "ok"
    assert info.counts["member"] == 25
    assert info.counts["group_membership"] == 25


def test_backup_from_path_of_closed_file(community_path, tmp_path):
    target = db.backup_to(community_path, tmp_path / "copy.copdesk")
    assert db.inspect_file(target).revision == HEAD


# --- connection settings ---------------------------------------------------------------

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": db.BUSY_TIMEOUT_MS,
    "secure_delete": 1,
    "trusted_schema": 0,
    "cell_size_check": 1,
}


def read_pragmas(conn) -> dict[str, object]:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


def test_pragmas_on_every_connection(community):
    engine = community.engine
    with engine.connect() as first:
        assert read_pragmas(first) == EXPECTED_PRAGMAS
        first_dbapi = first.connection.driver_connection
        result: dict = {}

        def other_thread():
            try:
                with engine.connect() as second:
                    result["dbapi"] = second.connection.driver_connection
                    result["pragmas"] = read_pragmas(second)
            except Exception as exc:  # noqa: BLE001 - re-raised in the main thread below
                result["error"] = exc

        t = threading.Thread(target=other_thread)
        t.start()
        t.join(20)
        assert "error" not in result, result.get("error")
        assert result["dbapi"] is not first_dbapi, "must be a second DBAPI connection"
        assert result["pragmas"] == EXPECTED_PRAGMAS
    # and through a session, as the use cases see it
    with community.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_are_enforced(community):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), community.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO group_membership (group_id, member_id) VALUES (999, 999)")


def test_inspect_sees_commits_of_a_file_open_elsewhere(community):
    """Inspecting a file that is open (commits still in its -wal) works and sees them."""
    add_members(community, 3)
    info = db.inspect_file(community.path, counts=True)
    assert info.counts["member"] == 3
    assert info.counts["group_membership"] == 3


def test_restore_after_a_crash_is_not_undone_by_the_old_wal(community_path, tmp_path):
    """A -wal left by a killed program must not be replayed onto the restored backup."""
    import subprocess
    import sys

    from copdesk.model import members, uow

    com = db.open_community(community_path)
    backup = db.backup_to(com.engine, tmp_path / "old.copdesk")
    com.close()
    child = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from copdesk.model import db, members, uow\n"
        "from copdesk.model.dto import MemberData\n"
        f"c = db.open_community(Path({str(community_path)!r}))\n"
        "uow.write(c, members.add_member, MemberData(last_name='NachBackup'))\n"
        "os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", child], check=False, timeout=60)
    assert Path(f"{community_path}-wal").exists()
    kept = db.restore_backup(community_path, backup, tmp_path / "backups")
    with db.open_community(community_path) as com:
        names = [m.last_name for m in uow.read(com, members.list_members)]
    assert "NachBackup" not in names
    with db.open_community(kept, lock=False) as com:  # the state before the restore is kept
        assert "NachBackup" in [m.last_name for m in uow.read(com, members.list_members)]


def test_restore_refuses_while_the_file_is_open(community_path, tmp_path):
    com = db.open_community(community_path)
    try:
        backup = db.backup_to(com.engine, tmp_path / "old.copdesk")
        with pytest.raises(errors.FileProblem):
            db.restore_backup(community_path, backup, tmp_path / "backups")
    finally:
        com.close()
