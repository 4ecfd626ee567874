"""Are the values in a file ones the program can use? Checked before the file is opened.

A file from someone else (or edited with another tool) can hold a meeting in the year
9999 (``OverflowError`` when it is shown in local time), ``start_at = 'not a date'``,
the time zone ``Mars/Olympus``, a cadence of a billion months, text that is not UTF-8 —
each a traceback somewhere later, far from the cause. This module finds the first such
value and names it: "Table meeting, row 12: start_at “not a date” is not a date and time."

How: per table, one scan in SQLite's C code with every rule joined by OR (the rules are
then tried one by one on the row it finds), and one pass that decodes its texts 2048 rows
at a time. For every column of ``tables.py`` that the file's revision has:

* by type: ``UTCDateTime`` is text ``YYYY-MM-DD HH:MM:SS[.ffffff]``, ``Date`` is text
  ``YYYY-MM-DD``, both a real calendar day and time between the years :data:`YEARS`;
  ``Integer`` is an integer, ``Boolean`` 0 or 1, ``String`` and ``Text`` are text in
  valid UTF-8. NULL in a NOT NULL column fails the type test (and ``quick_check``);
* by column: the enumerations of ``tables.py`` (:data:`ENUMS`) and the federal states
  (:data:`CHOICES`), limits for numbers that go into date arithmetic (:data:`RANGES`),
  time zones (:data:`TIME_ZONES`), lists of numbers and times of day (:data:`PATTERNS`).

Cost on the large demo file (5,000 members, 20,000 topics, 40,000 attendances): about
100-150 ms of CPU, in the background thread that checks the file while the window is
built; a file as this program left it is not scanned again (:func:`known_good`).

Table and column names come from ``tables.py`` and the revision's snapshot
(``schema_check.columns``), never from the file, and the schema has been compared before.
What the model already tolerates (a free-form setting, a cadence unit it maps to "month")
is not checked here.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, Date, Integer, String, Table

from copdesk.model import errors
from copdesk.model.base import UTCDateTime
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.export_files import write_private
from copdesk.model.integrity import schema as schema_check
from copdesk.model.states import FEDERAL_STATES
from copdesk.model.tables import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    BoardColumn,
    MaterialKind,
    MeetingFormat,
    MeetingStatus,
    NoteKind,
    OrgKind,
    RotationKind,
    RotationRole,
    Sharing,
    SubjectKind,
    TopicStatus,
    VideoTool,
    metadata,
)
from copdesk.model.text import escape_controls

log = logging.getLogger(__name__)
# (column, SQL that is true for a bad value, message, its parameters)
Rule = tuple[str, str, str, dict[str, object]]
Translate = Callable[[str, str], str]
_q = schema_check.quote  # an identifier from our snapshot, quoted

YEARS = (1900, 2999)
_MINUTES_A_WEEK = 7 * 24 * 60
_INT32 = 2**31 - 1

ENUMS = {
    ("organisation", "kind"): OrgKind,
    ("organisation", "video_tool"): VideoTool,
    ("cop_group", "video_tool"): VideoTool,
    ("meeting", "format"): MeetingFormat,
    ("meeting", "video_tool"): VideoTool,
    ("meeting", "status"): MeetingStatus,
    ("agenda_item", "kind"): AgendaKind,
    ("agenda_template_item", "kind"): AgendaKind,
    ("attendance", "status"): AttendanceStatus,
    ("topic", "status"): TopicStatus,
    ("board_entry", "column"): BoardColumn,
    ("minutes_note", "kind"): NoteKind,
    ("action_item", "status"): ActionStatus,
    ("rotation_rule", "role"): RotationRole,
    ("rotation_record", "role"): RotationRole,
    ("rotation_record", "kind"): RotationKind,
    ("member_subject", "kind"): SubjectKind,
    ("organisation_subject", "kind"): SubjectKind,
    ("material", "kind"): MaterialKind,
    ("material", "sharing"): Sharing,
}
# Numbers that end up in date and time arithmetic; far wider than what can be typed in.
RANGES = {
    ("cop_group", "cadence_interval"): (0, 1000),
    ("cop_group", "default_minutes"): (0, _MINUTES_A_WEEK),
    ("cohort", "weeks"): (0, 1000),
    ("meeting_series", "interval"): (0, 1000),
    ("meeting_series", "count"): (0, 1000),
    ("meeting_series", "duration_minutes"): (0, _MINUTES_A_WEEK),
    ("meeting_series", "ics_sequence"): (0, _INT32),
    ("meeting", "series_index"): (0, 100_000),
    ("meeting", "ics_sequence"): (0, _INT32),
    ("meeting", "vote_budget"): (0, 1000),
    ("meeting", "timebox_minutes"): (0, _MINUTES_A_WEEK),
    ("meeting", "extension_minutes"): (0, _MINUTES_A_WEEK),
    ("agenda_item", "minutes"): (0, _MINUTES_A_WEEK),
    ("agenda_template_item", "minutes"): (0, _MINUTES_A_WEEK),
    ("invitation_send", "sequence"): (0, _INT32),
    ("board_entry", "seconds_used"): (0, 10**9),
    ("timebox_event", "minutes"): (0, _MINUTES_A_WEEK),
}
TIME_ZONES = {("meeting", "tz"), ("meeting_series", "tz")}
# Values the program offers in a list: '' (none chosen) or a federal state.
CHOICES = {("organisation", "state"): ("", *FEDERAL_STATES)}

# Texts the model parses. Python's isdigit() is True for "²" and other digits that int()
# refuses, so only ASCII digits pass; a time is 00:00-23:59 as the program writes it.
_NUMBER_LIST = ("{c} GLOB '*[^0-9, ]*'", r"[0-9, ]*")
_TIME_OF_DAY = (
    "NOT ({c} GLOB '[01][0-9]:[0-5][0-9]' OR {c} GLOB '2[0-3]:[0-5][0-9]')",
    r"([01][0-9]|2[0-3]):[0-5][0-9]",
)
NOT_A_LIST = QT_TRANSLATE_NOOP(
    "errors",
    "Table {table}, row {row}: {column} “{value}” is not a list of numbers separated by commas.",
)
NOT_A_TIME = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not a time of day (HH:MM)."
)
# (table, column) -> (SQL true for a bad value, with {c} for the column; the regular
# expression a good value matches in full; the message)
PATTERNS = {
    ("cop_group", "preferred_weekdays"): (*_NUMBER_LIST, NOT_A_LIST),
    ("rotation_rule", "excluded_member_ids"): (*_NUMBER_LIST, NOT_A_LIST),
    ("cop_group", "window_start"): (*_TIME_OF_DAY, NOT_A_TIME),
    ("cop_group", "window_end"): (*_TIME_OF_DAY, NOT_A_TIME),
}


def allowed(key: tuple[str, str]) -> tuple[str, ...] | None:
    """The values a column of :data:`ENUMS` or :data:`CHOICES` may hold (None: any)."""
    if key in ENUMS:
        return tuple(member.value for member in ENUMS[key])
    return CHOICES.get(key)


# --- the message ------------------------------------------------------------------------

NOT_AN_INSTANT = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not a date and time."
)
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not a date."
)
OUT_OF_YEARS = QT_TRANSLATE_NOOP(
    "errors",
    "Table {table}, row {row}: {column} “{value}” is not between the years {first} and {last}.",
)
NOT_AN_INTEGER = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not a whole number."
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not between {min} and {max}."
)
NOT_A_BOOLEAN = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is neither 0 (no) nor 1 (yes)."
)
NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not one of {allowed}."
)
NOT_A_ZONE = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not a known time zone."
)
EMPTY = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} is empty, but must have a value."
)
NOT_TEXT = QT_TRANSLATE_NOOP("errors", "Table {table}, row {row}: {column} “{value}” is not text.")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "errors", "Table {table}, row {row}: {column} “{value}” is not valid UTF-8 text."
)


class BadValue(errors.FileProblem):
    """A value in the file the program cannot use: the file, table, row, column and why."""

    WRAPPER = QT_TRANSLATE_NOOP(
        "errors",
        "“{path}” was not opened because it holds a value CoP Desk cannot use. {problem} "
        "The file was not changed. Ask whoever sent it for a corrected copy, or restore a "
        "backup.",
    )

    def __init__(self, path: errors.StrPath, problem: str, **params: object) -> None:
        self.problem = problem
        self.problem_params = params
        super().__init__(self.WRAPPER, path=path)

    def detail(self, translate: Translate | None = None) -> str:
        """The problem alone ("Table meeting, row 12: …"), e.g. for ``copdesk check``."""
        text = translate(errors.CTX, self.problem) if translate else self.problem
        try:
            return text.format(**self.problem_params)
        except (KeyError, IndexError, ValueError):
            return text

    def render(self, translate: Translate | None = None) -> str:
        text = translate(errors.CTX, self.template) if translate else self.template
        try:
            return text.format(path=self.path, problem=self.detail(translate))
        except (KeyError, IndexError, ValueError):
            return text


# --- the checks ---------------------------------------------------------------------------


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _years(expr: str) -> str:
    return f"substr({expr}, 1, 4) NOT BETWEEN '{YEARS[0]:04d}' AND '{YEARS[1]:04d}'"


def _rules(table: Table, present: tuple[str, ...]) -> tuple[list[Rule], list[str]]:
    """(column, SQL that is true for a bad value, message, its parameters), in test order;
    and the text columns, whose UTF-8 is checked apart (:func:`_first_bad_utf8`)."""
    rules, texts = [], []
    for col in table.columns:
        if col.name not in present:
            continue
        c = f"{_q(table.name)}.{_q(col.name)}"  # qualified: never read as a string literal
        key = (table.name, col.name)
        checks: list[tuple[str, str, dict[str, object]]] = []
        kind = col.type
        if isinstance(kind, UTCDateTime):
            # datetime() gives back only a well-formed time, but keeps 24:00 and 30 February:
            # the julianday round trip (slower) settles the days after the 28th. What follows
            # the seconds (".ffffff") is ignored by SQLAlchemy unless it is six digits.
            checks += [
                (
                    (
                        f"typeof({c}) != 'text' OR datetime({c}) IS NOT substr({c}, 1, 19) "
                        f"OR substr({c}, 12, 2) = '24' OR (substr({c}, 9, 2) > '28' "
                        f"AND date(julianday(substr({c}, 1, 10))) IS NOT substr({c}, 1, 10))"
                    ),
                    NOT_AN_INSTANT,
                    {},
                ),
                (_years(c), OUT_OF_YEARS, {"first": YEARS[0], "last": YEARS[1]}),
            ]
        elif isinstance(kind, Date):
            checks += [
                (
                    (
                        f"typeof({c}) != 'text' OR date({c}) IS NOT {c} OR (substr({c}, 9, 2) > '28' "
                        f"AND date(julianday({c})) IS NOT {c})"
                    ),
                    NOT_A_DATE,
                    {},
                ),
                (_years(c), OUT_OF_YEARS, {"first": YEARS[0], "last": YEARS[1]}),
            ]
        elif isinstance(kind, Boolean):
            checks.append((f"typeof({c}) != 'integer' OR {c} NOT IN (0, 1)", NOT_A_BOOLEAN, {}))
        elif isinstance(kind, Integer):
            if not (col.primary_key and len(table.primary_key.columns) == 1):  # not the rowid
                checks.append((f"typeof({c}) != 'integer'", NOT_AN_INTEGER, {}))
        elif isinstance(kind, String):  # Text is a String
            checks.append((f"typeof({c}) != 'text'", NOT_TEXT, {}))
            if allowed(key) is None and key not in PATTERNS:  # those are ASCII
                texts.append(col.name)
        else:  # pragma: no cover - a new column type needs a rule here
            raise TypeError(f"no value check for {table.name}.{col.name}: {kind!r}")
        if key in RANGES:
            low, high = RANGES[key]
            checks.append(
                (f"{c} NOT BETWEEN {low} AND {high}", OUT_OF_RANGE, {"min": low, "max": high})
            )
        choices = allowed(key)
        if choices is not None:
            checks.append(
                (
                    f"{c} NOT IN ({', '.join(_literal(v) for v in choices)})",
                    NOT_ALLOWED,
                    {"allowed": ", ".join(a or "“”" for a in choices)},
                )
            )
        if key in PATTERNS:
            bad, _good, message = PATTERNS[key]
            checks.append((bad.format(c=c), message, {}))
        if key in TIME_ZONES:
            checks.append((f"NOT copdesk_zone({c})", NOT_A_ZONE, {}))
        if not col.nullable:  # NULL fails the type test first (quick_check finds it too)
            rules += [(col.name, sql, message, params) for sql, message, params in checks]
        else:
            rules += [
                (col.name, f"{c} IS NOT NULL AND ({sql})", message, params)
                for sql, message, params in checks
            ]
    return rules, texts


def _utf8(data: bytes) -> bool:
    try:
        bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@lru_cache(maxsize=256)
def known_zone(name: object) -> bool:
    """A time zone that ``zoneinfo`` can load (also the test for the model and exports)."""
    if not isinstance(name, str) or not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


def _raw(con: sqlite3.Connection, table: str, column: str, rowid: int) -> bytes:
    raw = con.execute(
        f"SELECT CAST({_q(column)} AS BLOB) FROM {_q(table)} WHERE rowid = ?", (rowid,)
    ).fetchone()[0]
    return bytes(raw or b"")


def _shown(con: sqlite3.Connection, table: str, column: str, rowid: int) -> str:
    text = escape_controls(_raw(con, table, column, rowid).decode("utf-8", "replace"))
    return text if len(text) <= 40 else text[:39] + "…"


_CHUNK = 2048


def _first_bad_utf8(
    con: sqlite3.Connection, table: str, texts: list[str]
) -> tuple[int, str] | None:
    """The first (rowid, column) whose text is not valid UTF-8.

    For 2048 rows at a time SQLite joins each column's texts into one blob (no text per
    row is built, which took a third of the scan) and Python decodes each blob in one call
    (valid UTF-8 joined with newlines stays valid, and a cut-off character cannot join the
    next text); only a chunk that fails is decoded row by row.
    """
    joined = ", ".join(f"CAST(group_concat({_q(t)}, x'0a') AS BLOB)" for t in texts)
    columns = ", ".join(_q(t) for t in texts)
    start = -(2**63)
    while True:
        try:
            last, count, *blobs = con.execute(
                f"SELECT max(r), count(*), {joined} FROM (SELECT rowid AS r, {columns} "
                f"FROM {_q(table)} WHERE rowid >= ? ORDER BY rowid LIMIT {_CHUNK})",
                (start,),
            ).fetchone()
            good = all(blob is None or _utf8(blob) for blob in blobs)
        except sqlite3.DataError:  # more than SQLite's longest string: decode row by row
            last, count, good = None, 1, False
        if not count:
            return None
        if not good:
            for rowid, *values in con.execute(
                f"SELECT rowid, {', '.join(f'CAST({_q(t)} AS BLOB)' for t in texts)} "
                f"FROM {_q(table)} WHERE rowid >= ? ORDER BY rowid LIMIT {_CHUNK}",
                (start,),
            ):
                for column, value in zip(texts, values):
                    if value is not None and not _utf8(value):
                        return rowid, column
                last = rowid
        if last >= 2**63 - 1:
            return None
        start = last + 1


def _first_bad_row(
    con: sqlite3.Connection, table: str, rules: list[Rule]
) -> tuple[int, int] | None:
    """(rowid, index of the rule) of the first row that breaks a rule: one scan with the
    rules joined by OR, then the rules one by one for that row only."""
    if not rules:
        return None
    where = " OR ".join(f"({sql})" for _c, sql, _m, _p in rules)
    found = con.execute(f"SELECT rowid FROM {_q(table)} WHERE {where} LIMIT 1").fetchone()
    if found is None:
        return None
    for index, (_c, sql, _m, _p) in enumerate(rules):
        if con.execute(f"SELECT {sql} FROM {_q(table)} WHERE rowid = ?", found).fetchone()[0]:
            return found[0], index
    raise AssertionError("a rule matched the row but none does on its own")  # pragma: no cover


def first_problem(con: sqlite3.Connection, revision: str, path: errors.StrPath) -> BadValue | None:
    """The first value in the file (table by table, row by row) that the program cannot
    use, or None. *con* reads a file whose schema ``schema_check`` found to be ours."""
    con.create_function("copdesk_zone", 1, known_zone, deterministic=True)
    present = schema_check.columns(revision)
    for table in metadata.sorted_tables:
        if table.name not in present:
            continue
        rules, texts = _rules(table, present[table.name])
        found = _first_bad_row(con, table.name, rules)
        bad_text = _first_bad_utf8(con, table.name, texts) if texts else None
        if bad_text and (found is None or bad_text[0] < found[0]):
            rowid, column = bad_text
            message = NOT_UTF8
            params: dict[str, object] = {}
        elif found:
            rowid, index = found
            column, _sql, message, params = rules[index]
            if con.execute(
                f"SELECT {_q(column)} IS NULL FROM {_q(table.name)} WHERE rowid = ?", (rowid,)
            ).fetchone()[0]:
                message, params = EMPTY, {}
        else:
            continue
        return BadValue(
            path,
            message,
            table=table.name,
            row=rowid,
            column=column,
            value=_shown(con, table.name, column, rowid),
            **params,
        )
    return None


# --- files whose values are known to be good ------------------------------------------------

# The scan costs 0.1-0.25 s on the large demo (more on a busy machine): a file in the
# state this program last checked is not scanned again at open. The state is the file's
# identity and times: any write by another program changes its ctime, the inode's change
# time, which no ordinary tool on Linux or macOS can set back; a ``-wal`` beside it means
# changes not yet in the file, so it is scanned. Only a state that ``inspect_file`` found
# good is recorded (also at close: ``db.Community.close`` checks what changed), never one
# merely because this program had the file open: another program may write meanwhile.
# On Windows ``st_ctime`` is the creation time, and a same-size edit with the modification
# time set back would look unchanged: there every open scans. ``copdesk check`` and
# received hand-overs always scan.
MEMORY_FILE = "checked-files.json"
MEMORY_SIZE = 20
# st_ctime is the change time (POSIX), not the creation time (Windows)
CHANGE_TIME_KNOWN = os.name == "posix"


def _stamp(path: Path) -> list[int] | None:
    if not CHANGE_TIME_KNOWN:
        return None
    path = Path(path)
    try:
        if Path(f"{path}-wal").exists():
            return None
        st = path.stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _memory_path() -> Path:
    from copdesk.paths import base_dirs  # deferred: only when a scan is remembered

    return base_dirs().data / MEMORY_FILE


def _memory() -> dict[str, object]:
    try:
        data = json.loads(_memory_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def stamp(path: Path) -> list[int] | None:
    """The state of *path* to pass to :func:`remember` once its values were found good."""
    return _stamp(path)


def known_good(path: Path) -> bool:
    """True when *path* is exactly in a state :func:`remember` recorded."""
    current = _stamp(path)
    return current is not None and _memory().get(str(Path(path).resolve())) == current


def remember(path: Path, state: list[int] | None = None) -> None:
    """Record *state* (now, when None) of *path* as holding only values the program can
    use: call it only after a scan of that state found none."""
    state = state if state is not None else _stamp(path)
    if state is None:
        return
    memory = _memory()
    key = str(Path(path).resolve())
    memory.pop(key, None)
    memory[key] = state
    while len(memory) > MEMORY_SIZE:
        memory.pop(next(iter(memory)))
    try:
        write_private(_memory_path(), json.dumps(memory).encode("utf-8"))
    except errors.UserError:  # only an optimisation: the next open scans again
        log.warning("could not record the checked state of a file")
