"""A community file from someone else, rebuilt into a fresh file of our own schema.

A received hand-over is never adopted as it is: its file could carry what the checks of
``db.inspect_file`` do not see — an index whose b-tree belongs to another index or no
longer matches its table, deleted personal data in free pages, SQLite statistics that
steer the query planner, header settings. :func:`rebuild_in_place` first checks it like
any file that is opened (schema exactly ours, ``quick_check``, values), then creates an
empty file with our own migrations at the file's revision and copies the rows of our
tables into it: ``INSERT INTO t (columns) SELECT t."column", … FROM received.t AS t`` (a
qualified name that is no column is an error, never a string), table and column names
from ``columns`` (our snapshot), never from the file. The copy's indexes
are built anew from the rows, and a row that refers to a missing row
(``foreign_key_check``) is refused. Opening the result upgrades it to the head revision
as usual, with a backup first.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from copdesk.model import db, errors, tempfiles
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.integrity import APPLICATION_ID, inspect_file, quote
from copdesk.model.integrity import columns as revision_columns
from copdesk.model.migrations import REVISIONS, run_upgrade

_q = quote  # an identifier from our snapshot, quoted


def dangling_reference(
    path: errors.StrPath, table: str, row: object, parent: str
) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is inconsistent: in table {table}, row {row} refers to a row of "
            "{parent} that does not exist. Nothing was changed. Ask whoever sent it for a "
            "new copy.",
        ),
        path=path,
        table=table,
        row=row,
        parent=parent,
    )


def rebuild_in_place(path: Path, *, shown_as: Path | None = None) -> str:
    """Replace the untrusted file *path* (closed, not in use, without ``-wal``) by a copy
    of its rows in a fresh file of our schema; returns its revision. Raises a
    ``FileProblem`` naming *shown_as* (e.g. the hand-over bundle) when the file is not
    ours, damaged, too new, or holds a value or reference the program cannot use; *path*
    is then left as it was."""
    path = Path(path)
    shown = Path(shown_as) if shown_as else path
    info = inspect_file(path, shown_as=shown)
    if info.revision not in REVISIONS:
        raise errors.too_new_file(shown, info.revision)
    fd, fresh = tempfiles.mkstemp(path.parent, path.name)  # a killed run's is cleaned up
    os.close(fd)
    os.unlink(fresh)  # SQLite creates it
    try:
        engine = db.make_engine(fresh)
        try:
            run_upgrade(engine, info.revision)
            with engine.begin() as conn:
                conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            engine.dispose()
        _copy_rows(path, fresh, info.revision, shown)
        os.chmod(fresh, 0o600)
        os.replace(fresh, path)
    except sqlite3.OperationalError as exc:
        raise db.map_operational_error(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise errors.corrupt_file(shown, str(exc)) from exc
    finally:
        tempfiles.discard(fresh)
    return info.revision


def _copy_rows(source: Path, target: Path, revision: str, shown: Path) -> None:
    con = sqlite3.connect(target.resolve().as_uri(), uri=True, isolation_level=None)
    try:
        for pragma in (
            "trusted_schema=OFF",
            "foreign_keys=OFF",
            "synchronous=FULL",
            "secure_delete=ON",
        ):
            con.execute(f"PRAGMA {pragma}")
        con.execute(
            "ATTACH DATABASE ? AS received", (source.resolve().as_uri() + "?mode=ro&immutable=1",)
        )
        con.execute("BEGIN")
        for table, columns in revision_columns(revision).items():
            names = ", ".join(_q(c) for c in columns)
            # t."col", never a bare "col": SQLite reads a bare double-quoted name that is
            # no column as a string, and would copy the name itself into every row
            qualified = ", ".join(f"t.{_q(c)}" for c in columns)
            con.execute(
                f"INSERT INTO main.{_q(table)} ({names}) "
                f"SELECT {qualified} FROM received.{_q(table)} AS t ORDER BY t.rowid"
            )
        problem = con.execute("PRAGMA main.foreign_key_check").fetchone()
        if problem is not None:
            con.execute("ROLLBACK")
            table, rowid, parent, _fk = problem
            raise dangling_reference(shown, table, rowid, parent)
        con.execute("COMMIT")
        con.execute("DETACH DATABASE received")
        result = con.execute("PRAGMA main.quick_check").fetchone()[0]
        if result != "ok":  # pragma: no cover - a fresh file written just now
            raise errors.corrupt_file(shown, result)
    finally:
        con.close()
