"""Is the schema of a file exactly ours for its revision? (Files from others are untrusted.)

SQLite runs whatever triggers, views and expressions a file carries, during *our*
statements: a trigger wiped the minutes on the user's next import, a view in place of a
table made every command take a minute. So before anything else reads a table, the
file's ``sqlite_master`` (a few dozen rows, well under a millisecond) is compared with
the schema CoP Desk itself writes for that revision, and anything else is refused:

* every object must be one of ours — tables, indexes, SQLite's automatic indexes — with
  the same name, table and definition; no trigger, view or other table or index, and
  nothing of ours missing. SQLite's own ``sqlite_sequence``/``sqlite_stat1``/
  ``sqlite_stat4`` may exist, with their standard definitions.
* Definitions are compared as normalised SQL tokens, not as text: whitespace, comments,
  the case of keywords and identifiers and the quoting of our table names do not matter
  (SQLite quotes a table's name when Alembic's batch mode renames the rebuilt copy, and
  ``ALTER TABLE ADD COLUMN`` joins the new column onto the line before). Table
  constraints are compared as a set, since batch mode writes them in another order;
  columns keep their order. Everything else must match token for token, so a CHECK,
  DEFAULT, COLLATE, ON CONFLICT or GENERATED clause, a partial or expression index, a
  quoted keyword (``"NOT" NULL``) or ``WITHOUT ROWID`` is a difference. Whitespace is
  SQLite's five characters only: a U+00A0 is part of a name to SQLite.
* Then SQLite's own reading of the file's schema (``table_list``, ``table_xinfo``,
  ``foreign_key_list``, ``index_xinfo``) must be its reading of ours (:func:`compare_parsed`,
  about 1.5 ms): NOT NULL, column names, foreign key targets and actions, index columns
  and collations, whatever the text comparison might have missed.

The expected schema of each revision is ``snapshots.SCHEMAS``: ``sqlite_master``
of an empty file brought to that revision by our own migrations, written by
``python -m copdesk.model.integrity.schema`` and checked in. It is not computed at start-up
(creating the schema takes ~90 ms, Alembic another 250 ms to import);
``tests/migrations/test_schema_check.py`` rebuilds it from the migrations and from
``tables.py`` and fails if the snapshot differs, so it cannot drift from the code.

Column names per table and revision (:func:`columns`) come from the same snapshot, so
code that copies or checks rows never takes a name from the file.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from copdesk.model import errors
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.migrations import HEAD, REVISIONS
from copdesk.model.text import escape_controls

# SQLite's own tables that may appear in any file, with the definitions SQLite gives them
SQLITE_INTERNAL = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}
ALEMBIC_TABLE = "alembic_version"

_TABLE_CONSTRAINTS = {"constraint", "primary", "unique", "check", "foreign"}
# A word is a letter, "_" or any non-ASCII character, then those, digits and "$" (written
# as excluded ASCII ranges: a class up to U+10FFFF takes 16 ms to compile). Whitespace is
# SQLite's, not Python's "\s": U+00A0, U+3000 and the other Unicode spaces are part of a
# name to SQLite ("REFERENCES <U+00A0>member" aims at another table).
_SPACE = " \t\n\f\r"
_TOKEN = re.compile(
    r"""[ \t\n\f\r]+|--[^\n]*|/\*.*?(?:\*/|\Z)
      |'(?:[^']|'')*'|"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]
      |[^\x00-\x40\x5b-\x5e\x60\x7b-\x7f][^\x00-\x23\x25-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]*
      |[0-9][0-9A-Za-z_.]*
      |\|\||<<|>>|<=|>=|==|!=|<>|.""",
    re.VERBOSE | re.DOTALL,
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

Token = tuple[str, str]
# a comparable form of a definition or of SQLite's reading: nested tuples of tokens,
# flags and names, whose shape depends on the kind of object (see normalise)
Form = tuple[Any, ...]
MasterRow = tuple[str, str, str, str | None]  # sqlite_master: type, name, tbl_name, sql


def quote(name: str) -> str:
    """An SQL identifier in double quotes (names come from our snapshot, never a file)."""
    return '"' + name.replace('"', '""') + '"'


# --- the problems ----------------------------------------------------------------------


def unexpected_object(path: errors.StrPath, kind: str, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” holds a database object that CoP Desk never creates ({kind} “{name}”). "
            "Such an object can change or delete data by itself, so the file was not opened; "
            "it was not changed. Ask whoever sent it for a hand-over made with CoP Desk.",
        ),
        path=path,
        kind=kind,
        name=_shown(name),
    )


def changed_object(path: errors.StrPath, kind: str, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” was changed outside CoP Desk: its {kind} “{name}” is missing or not "
            "defined the way CoP Desk defines it. The file was not opened and was not "
            "changed. Restore a backup, or ask whoever sent it for a hand-over made with "
            "CoP Desk.",
        ),
        path=path,
        kind=kind,
        name=_shown(name),
    )


def _shown(name: object) -> str:
    text = escape_controls(str(name))
    return text if len(text) <= 60 else text[:59] + "…"


# --- normalising SQL ------------------------------------------------------------------


def tokens(sql: str, names: frozenset[str] = frozenset()) -> tuple[Token, ...]:
    """*sql* as ``(kind, text)`` tokens without spaces and comments.

    Words are lower-cased (SQLite ignores the case of keywords and identifiers). A quoted
    identifier stays distinct from a bare word — ``"NOT"`` is a name, ``NOT`` a keyword —
    except for the object names in *names*, whose quoting SQLite itself changes.
    """
    out = []
    for text in _TOKEN.findall(sql or ""):
        first = text[0]
        if first in _SPACE or text.startswith(("--", "/*")):
            continue
        if first in '"`[':
            inner = text[1:-1]
            if first == '"':
                inner = inner.replace('""', '"')
            elif first == "`":
                inner = inner.replace("``", "`")
            inner = inner.translate(_ASCII_LOWER)
            out.append(("w" if inner in names else "q", inner))
        elif first == "'":
            out.append(("s", text[1:-1].replace("''", "'")))
        elif first.isalpha() or first == "_" or first > "\x7f":
            out.append(("w", text.translate(_ASCII_LOWER)))
        elif first.isdigit():
            out.append(("n", text.translate(_ASCII_LOWER)))
        else:
            out.append(("o", text))
    return tuple(out)


def _split(items: tuple[Token, ...]) -> list[tuple[Token, ...]]:
    """Split at the commas outside parentheses."""
    parts: list[tuple[Token, ...]] = []
    current: list[Token] = []
    depth = 0
    for tok in items:
        if tok == ("o", "("):
            depth += 1
        elif tok == ("o", ")"):
            depth -= 1
        if tok == ("o", ",") and depth == 0:
            parts.append(tuple(current))
            current = []
        else:
            current.append(tok)
    parts.append(tuple(current))
    return parts


def normalise(type_: str, sql: str | None, names: frozenset[str]) -> Form:
    """A comparable form of one ``sqlite_master`` definition (see the module docstring)."""
    if sql is None:
        return ("auto",)  # an automatic index of a PRIMARY KEY or UNIQUE constraint
    toks = tokens(sql, names)
    if (
        type_ != "table"
        or len(toks) < 5
        or toks[:2] != (("w", "create"), ("w", "table"))
        or toks[3] != ("o", "(")
    ):
        return ("sql", toks)
    depth, end = 0, None
    for i in range(3, len(toks)):
        if toks[i] == ("o", "("):
            depth += 1
        elif toks[i] == ("o", ")"):
            depth -= 1
            if depth == 0:
                end = i
                break
    if end is None:
        return ("sql", toks)
    columns, constraints = [], []
    for item in _split(toks[4:end]):
        if item and item[0][0] == "w" and item[0][1] in _TABLE_CONSTRAINTS:
            constraints.append(item)
        else:
            columns.append(item)
    return ("table", toks[2], tuple(columns), tuple(sorted(constraints)), toks[end + 1 :])


# --- what we expect -------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    objects: dict[str, tuple[str, str, Form]]  # name -> (type, tbl_name, normalised)
    names: frozenset[str]
    columns: dict[str, tuple[str, ...]]  # table -> its columns, in order


@cache
def expected(revision: str) -> Expected:
    from copdesk.model.integrity.snapshots import SCHEMAS  # deferred: large data module

    rows = SCHEMAS[revision]
    names = frozenset([*(r[1] for r in rows), *SQLITE_INTERNAL])
    objects = {name: (type_, tbl, normalise(type_, sql, names)) for type_, name, tbl, sql in rows}
    for name, sql in SQLITE_INTERNAL.items():
        objects[name] = ("table", name, normalise("table", sql, names))
    columns = {}
    for name, (type_, _tbl, form) in objects.items():
        if type_ == "table" and form[0] == "table" and name not in SQLITE_INTERNAL:
            columns[name] = tuple(item[0][1] for item in form[2])
    return Expected(objects, names, columns)


def columns(revision: str) -> dict[str, tuple[str, ...]]:
    """Our tables at *revision* (without ``alembic_version``) and their columns, in order."""
    return {t: c for t, c in expected(revision).columns.items() if t != ALEMBIC_TABLE}


# --- comparing -------------------------------------------------------------------------


def read_master(con: sqlite3.Connection) -> list[MasterRow]:
    return [
        tuple(r)
        for r in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")
    ]


def alembic_table_ok(master: list[MasterRow]) -> bool | None:
    """None: there is no ``alembic_version`` table; False: there is something else by that
    name (reading it could run a view); True: it is ours and safe to read."""
    ours = expected(HEAD)
    found = [r for r in master if r[1] == ALEMBIC_TABLE]
    if not found:
        return None
    type_, _name, tbl, sql = found[0]
    want_type, want_tbl, want_form = ours.objects[ALEMBIC_TABLE]
    return (
        len(found) == 1
        and type_ == want_type
        and tbl == want_tbl
        and normalise(type_, sql, ours.names) == want_form
    )


_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


def compare(
    master: list[MasterRow], revision: str, path: errors.StrPath
) -> errors.FileProblem | None:
    """The first difference between the file's ``sqlite_master`` and ours, as the message
    to show; None when the schema is exactly ours for *revision*."""
    want = expected(revision)
    found: dict[str, tuple[str, str, str | None]] = {}  # name -> (type, tbl_name, sql)
    extra = []
    for type_, name, tbl, sql in master:
        name = name if isinstance(name, str) else repr(name)
        if name in found or name not in want.objects or want.objects[name][0] != type_:
            extra.append((_KIND_ORDER.get(str(type_), 9), str(type_), name))
            continue
        found[name] = (type_, tbl, sql)
    if extra:
        _order, kind, name = min(extra)
        return unexpected_object(path, kind, name)
    for name in sorted(want.objects):
        type_, tbl, form = want.objects[name]
        if name in SQLITE_INTERNAL and name not in found:
            continue
        have = found.get(name)
        if have is None or have[1] != tbl or normalise(type_, have[2], want.names) != form:
            return changed_object(path, type_, name)
    return None


def parsed(con: sqlite3.Connection, tables: Iterable[str]) -> dict[str, Form]:
    """SQLite's own reading of the schema of *tables* (our names, never the file's): per
    table its ``table_list`` entry, columns (``table_xinfo``: name, type, NOT NULL,
    default, primary key, generated), foreign keys and indexes (``index_xinfo``).
    Automatic indexes are compared by content, not by their numbered names: batch mode
    writes the constraints in another order."""

    def fold(
        row: Iterable[object],
    ) -> Form:  # names, types and defaults keep their spelling: case and spaces vary
        return tuple(v.translate(_ASCII_LOWER) if isinstance(v, str) else v for v in row)

    out: dict[str, Form] = {}
    for table in tables:
        q = '"' + table.replace('"', '""') + '"'
        listed = tuple(
            tuple(r[2:]) for r in con.execute(f"PRAGMA main.table_list({q})")
        )  # (type, ncol, without rowid, strict)
        columns = tuple(
            (name.translate(_ASCII_LOWER), tokens(type_), notnull, tokens(default), pk, hidden)
            for _cid, name, type_, notnull, default, pk, hidden in con.execute(
                f"PRAGMA main.table_xinfo({q})"
            )
        )
        keys = tuple(sorted(fold(r[1:]) for r in con.execute(f"PRAGMA main.foreign_key_list({q})")))
        indexes = []
        for _seq, name, unique, origin, partial in con.execute(f"PRAGMA main.index_list({q})"):
            parts = tuple(
                fold(r)
                for r in con.execute('PRAGMA main.index_xinfo("' + name.replace('"', '""') + '")')
            )
            indexes.append((name if origin == "c" else "", unique, origin, partial, parts))
        out[table] = (listed, columns, keys, tuple(sorted(indexes, key=repr)))
    return out


@cache
def expected_parse(revision: str) -> dict[str, Form]:
    """:func:`parsed` of an in-memory database made from our snapshot (~3 ms, once)."""
    from copdesk.model.integrity.snapshots import SCHEMAS  # deferred: large data module

    con = sqlite3.connect(":memory:")
    try:
        for _type, name, _tbl, sql in SCHEMAS[revision]:
            if sql is not None and not name.startswith("sqlite_"):
                con.execute(sql)
        return parsed(con, expected(revision).columns)
    finally:
        con.close()


def compare_parsed(
    con: sqlite3.Connection, revision: str, path: errors.StrPath
) -> errors.FileProblem | None:
    """After :func:`compare`: does SQLite read the file's schema as it reads ours? A
    second, independent look (the token comparison has to imitate SQLite's tokenizer)."""
    want = expected_parse(revision)
    have = parsed(con, want)
    for table in sorted(want):
        if have[table] != want[table]:
            return changed_object(path, "table", table)
    return None


# --- writing the snapshot (developers only) -----------------------------------------------


def build_snapshot(revision: str) -> tuple[tuple[str, str, str, str | None], ...]:
    """``sqlite_master`` of an empty file brought to *revision* by our migrations."""
    import tempfile  # deferred: developers only (and db imports this module)
    from pathlib import Path

    from sqlalchemy import create_engine

    from copdesk.model.migrations import run_upgrade

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "snapshot.copdesk"
        engine = create_engine(f"sqlite:///{path}")  # not db's: integrity sits below db
        try:
            run_upgrade(engine, revision)
        finally:
            engine.dispose()
        con = sqlite3.connect(path)
        try:
            rows = con.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type DESC, name"
            ).fetchall()
        finally:
            con.close()
    return tuple((t, n, tbl, " ".join(sql.split()) if sql else None) for t, n, tbl, sql in rows)


def snapshot_module() -> str:
    lines = [
        '"""The schema of every revision as our migrations create it (``sqlite_master``).',
        "",
        "Generated by ``python -m copdesk.model.integrity.schema``: do not edit; a released",
        "revision's entry never changes. See ``schema.py``.",
        '"""',
        "",
        "SCHEMAS = {",
    ]
    for revision in REVISIONS:
        lines.append(f"    {revision!r}: (")
        for type_, name, tbl, sql in build_snapshot(revision):
            lines.append(f"        ({type_!r}, {name!r}, {tbl!r},")
            if sql is None:
                lines.append("         None),")
                continue
            chunks, line = [], ""
            for piece in re.split(r"(?<= )", sql):
                if line and len(line) + len(piece) > 80:
                    chunks.append(line)
                    line = ""
                line += piece
            chunks.append(line)
            lines.extend(f"         {chunk!r}" for chunk in chunks)
            lines[-1] += "),"
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - run by developers after adding a revision
    from pathlib import Path

    target = Path(__file__).with_name("snapshots.py")
    target.write_text(snapshot_module(), encoding="utf-8")
    print(f"wrote {target}")
