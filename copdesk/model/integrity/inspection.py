"""Reading a community file without writing to it: is it ours, intact, usable?

``inspect_file`` runs before a file is opened for writing (and in the background while the
window starts); ``check_file`` is ``copdesk check``. Each step runs only when those before
it passed: the SQLite header and our ``application_id``; the schema exactly ours for the
file's revision (``schema_check``); ``quick_check``; the values (``value_check``). A file
refused here is left byte-for-byte unchanged. ``db`` re-exports what its callers use.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from copdesk.model import errors
from copdesk.model.filelock import holder_of
from copdesk.model.integrity import schema as schema_check
from copdesk.model.integrity import values as value_check
from copdesk.model.migrations import REVISIONS
from copdesk.model.text import escape_controls

APPLICATION_ID = 0x43504453  # "CPDS"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class FileInfo:
    revision: str | None
    application_id: int
    integrity: str
    counts: dict[str, int] = field(default_factory=dict)


def read_header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(100)


def ro_connect(path: Path) -> sqlite3.Connection:
    """Read without writing anything: no -wal/-shm appear beside a file that is refused.

    A WAL file closed cleanly has no ``-wal``: then ``immutable=1`` reads it as it is (also
    in a read-only folder). With a ``-wal`` (open elsewhere, or after a crash) SQLite must
    read the log, so the connection is merely read-only. A file in rollback-journal mode
    (network drive, synced folder: see ``make_engine``) is changed in place while it is
    open, so it is read with SQLite's locks too (``immutable`` would ignore them).
    """
    path = Path(path).resolve()
    uri = path.as_uri() + "?mode=ro"
    if _in_wal_mode(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    con = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    con.execute("PRAGMA trusted_schema=OFF")
    return con


def _in_wal_mode(path: Path) -> bool:
    """The header's file-format bytes (offsets 18, 19) are 2 in WAL mode, 1 otherwise."""
    try:
        return read_header(path)[18:19] == b"\x02"
    except OSError:
        return False


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _roll_back_hot_journal(path: Path) -> None:
    """Finish what a crash in the middle of a write left in rollback-journal mode.

    Such a "hot" journal must be rolled back before the file can be read, which a
    read-only connection cannot do (it reports "attempt to write a readonly database", not
    a damaged file). Rolling back restores the last committed state, exactly what any
    SQLite connection does on its first read; a journal another program is still using is
    left alone by SQLite (it is not hot while that program holds its lock).
    """
    try:
        with open(f"{path}-journal", "rb") as fh:
            if fh.read(8) != JOURNAL_MAGIC:
                return  # none, or emptied after a commit: nothing to roll back
    except OSError:
        return
    try:
        con = sqlite3.connect(path, timeout=0.1)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        pass  # read-only or in use: the read-only check that follows says which


def check_identity(path: Path, shown: Path) -> None:
    """The file exists and starts like ours: the SQLite header and our ``application_id``."""
    if not path.exists():
        raise errors.file_missing(shown)
    try:
        header = read_header(path)
    except OSError as exc:
        raise errors.cannot_write(shown, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise errors.not_a_community_file(shown)
    if struct.unpack(">I", header[68:72])[0] != APPLICATION_ID:
        raise errors.not_a_community_file(shown)


@contextmanager
def _reading(path: Path, shown: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a file that starts like ours (SQLite header, our
    ``application_id``); SQLite's errors while reading become ``FileProblem``s."""
    check_identity(path, shown)
    _roll_back_hot_journal(path)
    try:
        con = ro_connect(path)
    except sqlite3.Error as exc:
        if "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            raise errors.read_only_file(shown) from exc
        raise errors.corrupt_file(shown, str(exc)) from exc
    try:
        yield con
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):  # in exclusive use (network drive): name who has it
            raise errors.file_locked(shown, holder_of(path)) from exc
        if "readonly" in str(exc):  # a hot journal that could not be rolled back
            raise errors.read_only_file(shown) from exc
        raise errors.corrupt_file(shown, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.corrupt_file(shown, str(exc)) from exc
    finally:
        con.close()


def _identify(con: sqlite3.Connection, shown: Path) -> tuple[str, errors.FileProblem | None]:
    """The file's revision, and how its schema differs from ours for that revision (None:
    exactly ours, or a revision newer than this program, whose schema is unknown here).

    Nothing is read from a table before it is known to be ours: ``alembic_version`` could
    be a view that runs for a minute, or a table with a trigger. It must hold exactly one
    row, as Alembic writes it; a second one is a changed ``alembic_version``.
    """
    master = schema_check.read_master(con)
    ours = schema_check.alembic_table_ok(master)
    if ours is None or con.execute("PRAGMA encoding").fetchone()[0] != "UTF-8":
        raise errors.not_a_community_file(shown)
    if not ours:
        return "?", schema_check.changed_object(shown, "table", schema_check.ALEMBIC_TABLE)
    rows = con.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
    if len(rows) > 1:  # ours always holds one: Alembic fails on a second (a traceback)
        return "?", schema_check.changed_object(shown, "table", schema_check.ALEMBIC_TABLE)
    if not rows or not isinstance(rows[0][0], str) or not rows[0][0]:
        raise errors.not_a_community_file(shown)
    revision = rows[0][0]
    if revision not in REVISIONS:  # newer: shown in messages only
        return escape_controls(revision)[:40], None
    return revision, (
        schema_check.compare(master, revision, shown)
        or schema_check.compare_parsed(con, revision, shown)
    )


def _counts(con: sqlite3.Connection, revision: str) -> dict[str, int]:
    """Rows per table, for our own table names of *revision* only."""
    return {
        name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in sorted(schema_check.columns(revision))
    }


def inspect_file(
    path: Path,
    *,
    integrity: bool = True,
    counts: bool = False,
    values: bool = True,
    shown_as: Path | None = None,
    before_values: Callable[[FileInfo], None] | None = None,
) -> FileInfo:
    """Identify and check *path* without writing to it; raise a ``FileProblem`` if unusable.

    Each step runs only when those before it passed: the SQLite header and our
    ``application_id``; the schema exactly ours for the file's revision
    (``schema_check``); ``quick_check``; the values (``value_check``, the first one the
    program cannot use). A file of a newer revision gets no schema or value check (open
    refuses it). *shown_as* is the name messages use (a hand-over's temporary copy is
    named after the bundle). *before_values* is told what passed before the value scan.
    """
    path = Path(path)
    shown = Path(shown_as) if shown_as else path
    with _reading(path, shown) as con:
        revision, problem = _identify(con, shown)
        if problem:
            raise problem
        result = "ok"
        if integrity:
            rows = con.execute("PRAGMA quick_check").fetchall()
            result = "; ".join(str(r[0]) for r in rows[:3])
            if result != "ok":
                raise errors.corrupt_file(shown, result)
        known = revision in REVISIONS
        scan = values and known and not value_check.known_good(path)
        state = value_check.stamp(path) if scan else None  # before anyone opens it
        if before_values:
            before_values(FileInfo(revision, APPLICATION_ID, result))
        if scan:
            bad = value_check.first_problem(con, revision, shown)
            if bad:
                raise bad
            if state is not None:
                value_check.remember(path, state)
        table_counts = _counts(con, revision) if counts and known else {}
    return FileInfo(revision, APPLICATION_ID, result, table_counts)


@dataclass(frozen=True)
class Reference:
    """A row that refers to a row that does not exist (``foreign_key_check``)."""

    table: str
    row: int | None
    column: str
    parent: str


@dataclass(frozen=True)
class CheckReport:
    """What ``copdesk check`` found. Empty tuples and None mean "no problem"."""

    revision: str
    known: bool  # False: newer than this program, so schema and values were not checked
    schema: errors.FileProblem | None = None  # then nothing else was checked
    integrity: tuple[str, ...] = ()  # integrity_check's findings
    references: tuple[Reference, ...] = ()
    values: errors.FileProblem | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.schema or self.integrity or self.references or self.values)


def check_file(path: Path) -> CheckReport:
    """Everything that can be checked without writing: the schema compared with ours, the
    full ``integrity_check`` (also indexes against their tables), ``foreign_key_check``,
    the values, and the row counts of our tables. Raises a ``FileProblem`` for a file that
    is not a community file at all (missing, foreign, locked)."""
    path = Path(path)
    with _reading(path, path) as con:
        revision, problem = _identify(con, path)
        known = revision in REVISIONS
        if problem:  # not ours: integrity_check could run its expressions
            return CheckReport(revision, known, schema=problem)
        integrity = tuple(str(r[0]) for r in con.execute("PRAGMA integrity_check(20)"))
        integrity = () if integrity == ("ok",) else integrity
        references = []
        tables = {name: name for name in schema_check.columns(revision)} if known else {}
        for table, rowid, parent, fk_id in con.execute("PRAGMA foreign_key_check"):
            name = tables.get(table)  # our own string, never the file's, goes into SQL
            column = ""
            if name is not None:
                column = next(
                    (
                        str(r[3])
                        for r in con.execute(f'PRAGMA foreign_key_list("{name}")')
                        if r[0] == fk_id
                    ),
                    "",
                )
            references.append(Reference(str(table), rowid, column, str(parent)))
            if len(references) >= 20:
                break
        values = None
        counts = {}
        if known and not integrity:
            values = value_check.first_problem(con, revision, path)
            counts = _counts(con, revision)
    return CheckReport(revision, known, None, integrity, tuple(references), values, counts)
