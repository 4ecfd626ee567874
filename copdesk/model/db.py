"""Opening, creating, upgrading and backing up a community file.

The only module that knows it is talking to SQLite. Every connection gets the settings
that kept committed data safe in the crash and power-cut experiments (see
``docs/architecture.md``): WAL, ``synchronous=FULL``, foreign keys, a busy timeout.

Opening an existing file is checked on a read-only connection first (identity stamp,
schema revision, the schema exactly ours for it, ``quick_check``, the values), so a file
we refuse is left byte-for-byte unchanged. A file may come from someone else: its
triggers and views would run during our statements (``schema_check``, ``value_check``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Self

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from copdesk.model import errors, storage_kind, tempfiles
from copdesk.model.base import sqlite_connection
from copdesk.model.export_files import BuiltBy, StagedFile
from copdesk.model.filelock import FileLock, LockHeld
from copdesk.model.integrity import (
    BUSY_TIMEOUT_MS,
    FileInfo,
    check_identity,
    inspect_file,
    known_good,
    ro_connect,
    stamp,
)
from copdesk.model.migrations import HEAD, REVISIONS, run_upgrade
from copdesk.model.storage_kind import StorageKind

log = logging.getLogger(__name__)


def _configure_connection(
    dbapi_conn: sqlite3.Connection, _record: object, shared: bool = False
) -> None:
    # Autocommit at the driver level; SQLAlchemy's "begin" event below issues BEGIN, so
    # DDL is transactional too (pysqlite would otherwise commit before each DDL statement).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    if shared:
        # network drive or synced folder (see make_engine): set before the journal mode,
        # so that no shared memory is ever used
        cur.execute("PRAGMA locking_mode=EXCLUSIVE")
    wanted = "delete" if shared else "wal"
    mode = cur.execute(f"PRAGMA journal_mode={wanted.upper()}").fetchone()[0]
    if str(mode).lower() != wanted:
        cur.close()
        raise sqlite3.OperationalError(f"journal_mode is {mode}, {wanted.upper()} required")
    for pragma in (
        "synchronous=FULL",
        "foreign_keys=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
        "trusted_schema=OFF",
        "secure_delete=ON",
        "cell_size_check=ON",
    ):
        cur.execute(f"PRAGMA {pragma}")
    if shared:
        # in exclusive mode the journal is kept between transactions, with the old pages of
        # the last one in it (erased names too): emptied after every commit instead
        cur.execute("PRAGMA journal_size_limit=0")
        # take the file now: another PC is refused when it opens the file, not later
        cur.execute("BEGIN EXCLUSIVE")
        cur.execute("COMMIT")
    cur.close()


def _configure_shared_connection(dbapi_conn: sqlite3.Connection, record: object) -> None:
    _configure_connection(dbapi_conn, record, shared=True)


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, storage: StorageKind | None = None) -> Engine:
    """An engine for the file at *path*, every connection configured as above.

    On a network file system or in a synced folder (*storage*, found by
    ``storage_kind.classify`` if not given) WAL must not be used: it needs memory shared by
    every process that opens the file, and a sync client uploads the file without its
    ``-wal``. There the file gets a rollback journal (``journal_mode=DELETE``: each commit
    is complete in the file itself) and ``locking_mode=EXCLUSIVE``: the first connection
    holds the file until it is closed, so a second program or PC is refused instead of
    writing at the same time. The program then uses that one connection for everything
    (a pool of one; a background job waits for it).
    """
    storage = storage if storage is not None else storage_kind.classify(path)
    pool = {"poolclass": QueuePool, "pool_size": 1, "max_overflow": 0} if storage.shared else {}
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        hide_parameters=True,  # error messages (and so the log) never carry the user's data
        **pool,
    )
    configure = _configure_shared_connection if storage.shared else _configure_connection
    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", _begin)
    return engine


# --- reading a file without changing it ----------------------------------------------


# --- the open community ------------------------------------------------------------


class Community:
    """An open community file: its engine, its lock and its session factory."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: FileLock | None,
        storage: StorageKind = storage_kind.LOCAL,
    ) -> None:
        self.path = Path(path)
        self.engine = engine
        self.lock = lock
        self.storage = storage  # network drive or synced folder: see make_engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        self.upgraded_from: str | None = None
        self.upgrade_backup: Path | None = None
        self.scratch: Path | None = None  # a private folder removed on close (open_read_only)

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()
        if self.lock:
            _check_at_close(self.path)
            self.lock.release()
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_at_close(path: Path) -> None:
    """Check the file as it is left, so that the next open needs no value scan.

    Another program may have written to it while it was open (its lock keeps out only
    CoP Desk), so the state at close is remembered only after ``inspect_file`` found it
    good, never merely because this program had it open. Costs a scan (~0.1-0.2 s on the
    large demo) at close, only when the file changed: the next start skips it.
    """
    if known_good(path) or stamp(path) is None:
        return  # unchanged, or still open elsewhere (a -wal): the next open scans
    try:
        inspect_file(path)  # remembers the state when its values are good
    except (errors.UserError, sqlite3.Error, OSError) as exc:
        log.warning("the file as it was closed did not pass the checks: %s", type(exc).__name__)


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        raise errors.read_only_file(path)


class Precheck:
    """``inspect_file`` in a thread, started while the window is still being built.

    SQLite releases the GIL during ``quick_check`` (~50 ms on a 10 MB file) and the value
    scan (``value_check``, 0.1-0.25 s for the large demo; skipped for a file found good
    before), so the checks run alongside Qt's start-up instead of after it. A failed check
    is not reused: the normal open repeats it and reports the problem.

    :meth:`info_for` waits only for the checks before the value scan (identity, schema,
    ``quick_check``) when the file needs no upgrade: the window is then built and painted
    while the scan goes on, and :meth:`values_problem` (called right after the first
    paint, before the user can act) says whether it found a value the program cannot use.
    Building and painting the window only read, so the file is still unchanged then.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path).resolve()
        self._result: FileInfo | BaseException | None = None
        self._before_values: FileInfo | None = None
        self._checked = threading.Event()  # set once the checks before the values ran
        self._thread = threading.Thread(target=self._run, name="copdesk-precheck", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = inspect_file(self.path, before_values=self._passed)
        except BaseException as exc:  # noqa: BLE001 - reported by the normal open
            self._result = exc
        finally:
            self._checked.set()

    def _passed(self, info: FileInfo) -> None:
        if info.revision == HEAD:  # an upgrade must wait for the values: it writes
            self._before_values = info
            self._checked.set()
            # the scan now runs beside the window's start-up: on a busy machine the
            # window, not the scan, gets the processor (Linux: per thread)
            if sys.platform.startswith("linux"):
                with suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)

    def info_for(self, path: Path) -> FileInfo | None:
        """The checks' result for *path* (None: not this file, or a check failed); its
        values may still be being scanned (see :meth:`values_problem`)."""
        if Path(path).resolve() != self.path:
            return None
        self._checked.wait()
        if self._before_values is not None and self._thread.is_alive():
            return self._before_values
        self._thread.join()
        return self._result if isinstance(self._result, FileInfo) else None

    def values_problem(self) -> errors.FileProblem | None:
        """Waits for the value scan: the problem it found (None: the values are good)."""
        self._thread.join()
        if isinstance(self._result, errors.FileProblem):
            return self._result
        if isinstance(self._result, BaseException):  # a bug, as in the open without it
            raise self._result
        return None


def open_community(
    path: Path, *, lock: bool = True, backup_dir: Path | None = None, info: FileInfo | None = None
) -> Community:
    """Open an existing community file for reading and writing.

    Refuses (unchanged) what is not ours, damaged, too new, read-only or in use; upgrades an
    older schema after writing a backup into *backup_dir*. *info* is a ``Precheck`` result
    for this file, if one was started.

    A file on a network drive or in a synced folder is not refused: ``make_engine`` opens
    it in the mode that is safe there, and ``community.storage`` says why, so the window
    can tell the user. Refusing would lock out every organisation whose *Documents* folder
    is redirected to a server or OneDrive, and a local copy the user makes by hand is worse
    (two versions that drift apart).
    """
    path = Path(path)
    info = info or inspect_file(path)
    if info.revision not in REVISIONS:
        raise errors.too_new_file(path, info.revision)
    _check_writable(path)
    file_lock = FileLock(path) if lock else None
    if file_lock:
        try:
            file_lock.acquire()
        except LockHeld as held:
            raise errors.file_locked(path, held.holder) from None
        except OSError:
            raise errors.read_only_file(path) from None
    # what killed runs left beside the file and among its backups (see tempfiles)
    tempfiles.remove_stale(path.parent, *([backup_dir] if backup_dir else []))
    try:
        storage = storage_kind.classify(path)
        engine = make_engine(path, storage)
        community = Community(path, engine, file_lock, storage)
        if info.revision != HEAD:
            target = backup_path_for(path, backup_dir, f"before-upgrade-{info.revision}")
            backup_to(engine, target)
            upgrade(engine)
            community.upgraded_from = info.revision
            community.upgrade_backup = target
        with engine.connect() as conn:  # the first real connection applies every PRAGMA
            conn.execute(text("SELECT 1"))
    except sqlite3.OperationalError as exc:
        if file_lock:
            file_lock.release()
        raise map_operational_error(path, exc) from exc
    except BaseException:
        if file_lock:
            file_lock.release()
        raise
    return community


def open_read_only(path: Path) -> Community:
    """Open a community file only to read it: no lock, no upgrade, nothing written.

    For the commands that only print or export (they work while the window has the file
    open). A file from an older version is not upgraded in place, which needs the lock and
    a backup first (the window's or a writing command's job): it is copied into a private
    temporary folder, the copy is upgraded and read, and the folder is removed on
    ``close`` (or, after a kill, by ``tempfiles.remove_stale``). Refuses what
    ``inspect_file`` refuses and a file from a newer version.
    """
    path = Path(path)
    info = inspect_file(path)
    if info.revision not in REVISIONS:
        raise errors.too_new_file(path, info.revision)
    source, scratch = path, None
    if info.revision != HEAD:
        scratch = tempfiles.mkdtemp("read")
        source = scratch / "upgraded.copdesk"
        try:
            backup_to(path, source)
            engine = make_engine(source)
            try:
                upgrade(engine)
            finally:
                engine.dispose()
        except BaseException as exc:
            shutil.rmtree(scratch, ignore_errors=True)
            cause = getattr(exc, "orig", exc)
            if isinstance(cause, sqlite3.OperationalError):
                raise map_operational_error(source, cause) from exc
            raise
    engine = create_engine(
        f"sqlite:///{source}", creator=lambda: ro_connect(source), hide_parameters=True
    )
    event.listen(engine, "connect", _configure_read_only)
    event.listen(engine, "begin", _begin)
    community = Community(path, engine, None)
    community.scratch = scratch
    return community


def _configure_read_only(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.isolation_level = None  # BEGIN comes from the engine's "begin" event
    for pragma in (
        "query_only=ON",
        "trusted_schema=OFF",
        "cell_size_check=ON",
        f"busy_timeout={BUSY_TIMEOUT_MS}",
    ):
        dbapi_conn.execute(f"PRAGMA {pragma}")


def map_operational_error(path: Path, exc: Exception) -> errors.FileProblem:
    msg = str(exc).lower()
    if "full" in msg:
        return errors.disk_full(path)
    if "readonly" in msg or "read-only" in msg or "unable to open" in msg:
        return errors.read_only_file(path)
    if "locked" in msg or "busy" in msg:
        return errors.file_locked(path)
    return errors.cannot_write(path, str(exc))


def create_community(
    path: Path,
    *,
    name: str = "",
    populate: Callable[[Session], None] | None = None,
    translate: Callable[[str, str], str] | None = None,
) -> None:
    """Create a new community file atomically: build it beside the target, then rename.

    Killed half-way, this leaves either no file or a complete one (plus at most a
    temporary file whose name starts with a dot). Refuses to replace an existing file.
    """
    from copdesk.model import bootstrap  # deferred: ORM classes cost start-up

    path = Path(path)
    if path.exists():
        raise errors.FileProblem(
            errors.QT_TRANSLATE_NOOP(
                "errors", "“{path}” already exists. Open it, or choose another name."
            ),
            path=path,
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise cannot_write(path, exc) from exc

    def build(tmp: Path) -> None:
        engine = make_engine(tmp)
        try:
            with engine.begin() as conn:
                bootstrap.create_schema(conn)
            with Session(engine) as session, session.begin():
                bootstrap.seed(session, name=name, translate=translate)
                if populate:
                    populate(session)
        finally:
            engine.dispose()  # checkpoints and removes the -wal file

    try:
        # SQLite must create the file itself (an empty file would be accepted, though)
        StagedFile(path, BuiltBy(build, new=True), cannot_write, label=path.name).publish()
    except sqlite3.OperationalError as exc:
        raise map_operational_error(path, exc) from exc
    except sa_exc.OperationalError as exc:
        raise map_operational_error(path, exc) from exc


def upgrade(engine: Engine) -> None:
    """Run Alembic migrations to head with foreign keys off (batch mode copies tables)."""
    run_upgrade(engine)


# --- backups -------------------------------------------------------------------------


def backup_path_for(path: Path, backup_dir: Path | None, label: str) -> Path:
    folder = backup_dir or path.parent
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path(folder) / f"{path.stem}-{label}-{stamp}{path.suffix or '.copdesk'}"


def backup_to(source: Engine | Path, target: Path) -> Path:
    """A consistent snapshot with SQLite's online-backup API, checked, then renamed in place.

    A plain file copy of a WAL database can miss everything still in the ``-wal`` file.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise cannot_write(target, exc) from exc

    def build(tmp: Path) -> None:
        if isinstance(source, Engine):
            raw = source.raw_connection()
            try:
                _backup(sqlite_connection(raw), tmp)
            finally:
                raw.close()
        else:
            # what is backed up from a path is replaced next: never a file that is not ours
            check_identity(Path(source), Path(source))
            src = ro_connect(Path(source))
            try:
                _backup(src, tmp)
            finally:
                src.close()

    try:
        return StagedFile(target, BuiltBy(build), cannot_write, label=target.name).publish()
    except sqlite3.OperationalError as exc:
        raise map_operational_error(target, exc) from exc
    except sqlite3.DatabaseError as exc:  # the source is damaged ("file is not a database")
        raise errors.corrupt_file(source if isinstance(source, Path) else target, str(exc)) from exc


def restore_backup(path: Path, backup: Path, backup_dir: Path) -> Path:
    """Replace the (closed) file at *path* with *backup*; the current state is kept aside.

    Returns where the replaced state was saved.
    """
    inspect_file(backup)
    path = Path(path)
    lock = FileLock(path)  # nobody may have the file open while it is replaced
    try:
        lock.acquire()
    except LockHeld as held:
        raise errors.file_locked(path, held.holder) from None
    try:
        kept = backup_path_for(path, Path(backup_dir) / backup_folder_name(path), "before-restore")
        backup_to(path, kept)  # reads the -wal too: the current state is kept whole
        # a -wal left by a crash would be replayed onto the restored file at the next open
        for sidecar in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                sidecar.unlink()
            except FileNotFoundError:
                pass
        backup_to(Path(backup), path)
    finally:
        lock.release()
    return kept


def _backup(src: sqlite3.Connection, tmp: Path) -> None:
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
        result = dst.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"backup check failed: {result}")
    finally:
        dst.close()


def backup_folder_name(path: Path) -> str:
    digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:8]
    return f"{Path(path).stem}-{digest}"


def cannot_write(path: Path, exc: OSError) -> errors.FileProblem:
    """The message for a community file or backup that cannot be written."""
    return errors.cannot_write(path, exc.strerror or str(exc))


def purge_free_space(engine: Engine) -> bool:
    """Checkpoint the WAL into the file, VACUUM, and truncate the WAL to zero bytes.

    After this no page of the file or of its ``-wal`` holds deleted or overwritten text.
    Returns False (and logs) if another connection kept it from finishing; raises the
    ``FileProblem`` of anything else that stopped it, e.g. a full disk (VACUUM needs room
    for a second copy of the file). Run after an erasure (``privacy.clean_after_erasure``).
    """
    raw = engine.raw_connection()
    try:
        con = sqlite_connection(raw)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            con.execute("VACUUM")
            busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.Error as exc:
            log.warning("purge after erasure failed: %s", type(exc).__name__)
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return False
            raise map_operational_error(Path(engine.url.database or ""), exc) from exc
    finally:
        raw.close()
    if busy:
        log.warning("purge after erasure: WAL checkpoint busy")
    return not busy
