"""A community file from someone else is input, not code (RELIABILITY.md, "untrusted").

Every hostile file here is crafted with the plain ``sqlite3`` module from a real demo
community, then opened as a user would. The promise: it is refused with a message that
names the file and what is wrong, and it is left byte-for-byte unchanged — no trigger of
it ran, no view of it was read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from copdesk.demo import write_demo
from copdesk.model import db, errors
from copdesk.model.integrity import inspection as file_inspection
from copdesk.model.integrity import schema as schema_check
from copdesk.model.integrity import values as value_check
from copdesk.model.migrations import HEAD, REVISIONS

TODAY = dt.date(2026, 11, 27)
UNEXPECTED = schema_check.unexpected_object("x", "trigger", "t").template
CHANGED = schema_check.changed_object("x", "table", "t").template
NOT_OURS = errors.not_a_community_file("x").template


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("untrusted") / "demo.copdesk"
    write_demo(path, today=TODAY)
    return path


@pytest.fixture
def demo_copy(demo_template, tmp_path) -> Path:
    path = tmp_path / "received.copdesk"
    shutil.copyfile(demo_template, path)
    return path


def tamper(path: Path, *statements: str, writable_schema: bool = False) -> None:
    """Run *statements* on *path* as another program would (no checks, foreign keys off)."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        if writable_schema:
            con.execute("PRAGMA writable_schema=ON")
        con.execute("BEGIN")
        for statement in statements:
            con.execute(statement)
        con.execute("COMMIT")
    finally:
        con.close()


def swap_indexes(
    path: Path, a: str = "ix_member_email", b: str = "ix_member_organisation_id"
) -> None:
    """Give two indexes of one table each other's b-tree: quick_check does not notice."""
    ((root_a, root_b),) = rows(
        path,
        f"SELECT (SELECT rootpage FROM sqlite_master WHERE name = "
        f"'{a}'), (SELECT rootpage FROM sqlite_master WHERE name = "
        f"'{b}')",
    )
    tamper(
        path,
        f"UPDATE sqlite_master SET rootpage = {root_b} WHERE name = '{a}'",
        f"UPDATE sqlite_master SET rootpage = {root_a} WHERE name = '{b}'",
        writable_schema=True,
    )


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def refused(path: Path, template: str) -> errors.FileProblem:
    """Opening *path* raises a FileProblem with *template*; the file is unchanged."""
    before = fingerprint(path)
    with pytest.raises(errors.FileProblem) as info:
        db.open_community(path)
    assert info.value.template == template, str(info.value)
    assert str(path) in str(info.value)
    assert fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name
    ], "nothing may be written beside a refused file"
    return info.value


def rows(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


# --- objects that are not ours --------------------------------------------------------------

HOSTILE = {
    # the attacks that worked: each ran during the user's own next action
    "trigger-wipes-minutes": (
        [
            (
                "CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM minutes_note; "
                "DELETE FROM decision; DELETE FROM action_item; END"
            )
        ],
        "trigger",
        "wipe",
    ),
    "trigger-steals-emails": (
        [
            (
                "CREATE TRIGGER steal AFTER UPDATE ON member BEGIN "
                "UPDATE member SET email = 'evil@example.org'; END"
            )
        ],
        "trigger",
        "steal",
    ),
    "trigger-zeroblob": (
        [
            (
                "CREATE TRIGGER grow AFTER UPDATE ON meeting BEGIN "
                "INSERT INTO setting (key, value) VALUES (hex(randomblob(8)), zeroblob(400000000)); "
                "END"
            )
        ],
        "trigger",
        "grow",
    ),
    "hidden-copy-of-forgotten": (
        [
            "CREATE TABLE zz_keep (first_name TEXT, last_name TEXT, email TEXT)",
            (
                "CREATE TRIGGER keep BEFORE UPDATE OF last_name ON member BEGIN "
                "INSERT INTO zz_keep VALUES (old.first_name, old.last_name, old.email); END"
            ),
        ],
        "trigger",
        "keep",
    ),
    "extra-table": (["CREATE TABLE zz_keep (x TEXT)"], "table", "zz_keep"),
    "extra-index": (["CREATE INDEX ix_extra ON member (last_name)"], "index", "ix_extra"),
    "quote-in-table-name": (['CREATE TABLE "a""b" (x)'], "table", 'a"b'),
    # a view in place of a table: reading it would run its query (20-66 s per command)
    "slow-view-instead-of-table": (
        [
            "DROP TABLE guest",
            (
                "CREATE VIEW guest AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 100000000) SELECT i AS id, 1 AS meeting_id, '' AS name, '' AS organisation, "
                "'' AS email, 1 AS attended FROM n"
            ),
        ],
        "view",
        "guest",
    ),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_file_with_objects_of_its_own_is_refused_unchanged(demo_copy, kind):
    statements, object_kind, name = HOSTILE[kind]
    tamper(demo_copy, *statements)
    exc = refused(demo_copy, UNEXPECTED)
    assert exc.params["kind"] == object_kind and exc.params["name"] == name
    assert name in str(exc)
    with pytest.raises(errors.FileProblem):  # the check alone says the same
        db.inspect_file(demo_copy)


def test_the_revision_is_not_read_from_a_view(demo_copy):
    """``alembic_version`` as a view calling an unknown function: reading it would fail
    with SQLite's error instead of our message."""
    tamper(
        demo_copy,
        "DROP TABLE alembic_version",
        "CREATE VIEW alembic_version AS SELECT no_such_function() AS version_num",
    )
    exc = refused(demo_copy, CHANGED)
    assert exc.params["name"] == "alembic_version"


# A Unicode space is whitespace to Python's "\s" but part of a name to SQLite: NOT NULL
# becomes a type name, a foreign key aims at a table that does not exist (no ON DELETE
# RESTRICT any more), a column of ours gets another name.
UNICODE_SPACES = [
    (("meeting", "version INTEGER NOT NULL", "version INTEGER \u00a0NOT NULL"), "meeting"),
    (
        (
            "attendance",
            "REFERENCES member (id) ON DELETE RESTRICT",
            "REFERENCES \u00a0member (id) ON DELETE RESTRICT",
        ),
        "attendance",
    ),
    (("member", "REFERENCES organisation (id)", "REFERENCES \u3000organisation (id)"), "member"),
    (("member", "\tfunction VARCHAR(120)", "\t\u00a0function VARCHAR(120)"), "member"),
]


def change_definition(path: Path, obj: str, old: str, new: str) -> None:
    ((sql,),) = rows(path, f"SELECT sql FROM sqlite_master WHERE name = '{obj}'")
    assert old in sql
    tamper(
        path,
        f"UPDATE sqlite_master SET sql = {sqlite_literal(sql.replace(old, new))} "
        f"WHERE name = '{obj}'",
        writable_schema=True,
    )


@pytest.mark.parametrize("change, name", UNICODE_SPACES)
def test_sqlite_s_own_reading_of_the_schema_is_compared_too(demo_copy, change, name):
    """Independent of how well the token comparison imitates SQLite's tokenizer:
    ``table_xinfo``, ``foreign_key_list`` and ``index_xinfo`` differ from ours."""
    change_definition(demo_copy, *change)
    con = sqlite3.connect(f"{demo_copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problem = schema_check.compare_parsed(con, HEAD, demo_copy)
    finally:
        con.close()
    assert problem is not None and problem.params["name"] == name


@pytest.mark.parametrize(
    "revision, extra",
    [(REVISIONS[0], REVISIONS[-1]), (REVISIONS[0], REVISIONS[0] + "x"), (HEAD, HEAD + "x")],
)
def test_more_than_one_revision_is_refused(demo_copy, revision, extra):
    """A second row in ``alembic_version``: the check read the first, Alembic then failed
    with a traceback on the upgrade or on a write."""
    from copdesk.model.migrations import run_downgrade

    if revision != HEAD:
        engine = db.make_engine(demo_copy)
        try:
            run_downgrade(engine, revision)
        finally:
            engine.dispose()
    tamper(demo_copy, f"INSERT INTO alembic_version VALUES ('{extra}')")
    exc = refused(demo_copy, CHANGED)
    assert exc.params["name"] == "alembic_version"
    report = file_inspection.check_file(demo_copy)
    assert report.schema is not None and report.schema.params["name"] == "alembic_version"
    assert not report.ok


@pytest.mark.parametrize(
    "change, name",
    [
        # a definition of ours changed: each would silently alter what the program's writes do
        (
            (
                "member",
                "email VARCHAR(254) NOT NULL",
                "email VARCHAR(254) NOT NULL DEFAULT 'evil@example.org'",
            ),
            "member",
        ),
        (
            ("member", "email VARCHAR(254) NOT NULL", "email VARCHAR(254) NOT NULL CHECK (1)"),
            "member",
        ),
        (
            (
                "tag",
                "CONSTRAINT uq_tag_name UNIQUE (name)",
                "CONSTRAINT uq_tag_name UNIQUE (name) ON CONFLICT REPLACE",
            ),
            "tag",
        ),
        (
            (
                "meeting_series",
                "duration_minutes INTEGER NOT NULL",
                'duration_minutes INTEGER "NOT" NULL',
            ),
            "meeting_series",
        ),
        (
            ("ix_member_email", "ON member (email)", "ON member (email) WHERE email != ''"),
            "ix_member_email",
        ),
        *UNICODE_SPACES,
    ],
)
def test_a_changed_definition_is_refused(demo_copy, change, name):
    change_definition(demo_copy, *change)
    exc = refused(demo_copy, CHANGED)
    assert exc.params["name"] == name


def sqlite_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_a_missing_index_is_refused(demo_copy):
    tamper(demo_copy, "DROP INDEX ix_meeting_start_at")
    exc = refused(demo_copy, CHANGED)
    assert (exc.params["kind"], exc.params["name"]) == ("index", "ix_meeting_start_at")


def test_spacing_case_and_quoting_of_our_own_sql_do_not_matter(demo_copy):
    """SQLite keeps the text of a CREATE as it was written: other versions of SQLite,
    SQLAlchemy and Alembic write the same schema with other spaces, case and quotes."""
    ((sql,),) = rows(demo_copy, "SELECT sql FROM sqlite_master WHERE name = 'member'")
    respelled = (
        sql.replace("CREATE TABLE member", 'CREATE TABLE "member"')
        .replace("\n\t", "\n    ")
        .replace("NOT NULL", "not  null")
        .replace("REFERENCES organisation", "REFERENCES [organisation]")
    )
    assert respelled != sql
    tamper(
        demo_copy,
        f"UPDATE sqlite_master SET sql = {sqlite_literal(respelled)} WHERE name = 'member'",
        writable_schema=True,
    )
    with db.open_community(demo_copy):
        pass


def test_sqlite_statistics_are_ours(demo_copy):
    tamper(demo_copy, "ANALYZE")
    assert rows(demo_copy, "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") == [
        (1,)
    ]
    with db.open_community(demo_copy):
        pass


def test_a_utf16_database_is_not_ours(tmp_path):
    path = tmp_path / "utf16.copdesk"
    con = sqlite3.connect(path)
    con.execute("PRAGMA encoding='UTF-16le'")
    con.execute(f"PRAGMA application_id={file_inspection.APPLICATION_ID}")
    con.execute(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    con.execute("INSERT INTO alembic_version VALUES ('0002')")
    con.commit()
    con.close()
    refused(path, NOT_OURS)


def test_precheck_does_not_vouch_for_a_hostile_file(demo_copy):
    tamper(demo_copy, *HOSTILE["trigger-wipes-minutes"][0])
    precheck = db.Precheck(demo_copy)
    assert precheck.info_for(demo_copy) is None  # the open repeats the check and refuses
    refused(demo_copy, UNEXPECTED)


# --- values the program cannot use ----------------------------------------------------------

BAD_VALUES = {
    "year-9999": ("meeting", "start_at", "'9999-12-31 23:00:00.000000'", value_check.OUT_OF_YEARS),
    "not-a-date": ("meeting", "start_at", "'not a date'", value_check.NOT_AN_INSTANT),
    "30-february": (
        "meeting",
        "end_at",
        "'2026-02-30 10:00:00.000000'",
        value_check.NOT_AN_INSTANT,
    ),
    "date-month-13": ("member", "joined_on", "'2026-13-01'", value_check.NOT_A_DATE),
    "mars": ("meeting", "tz", "'Mars/Olympus'", value_check.NOT_A_ZONE),
    "path-as-zone": ("meeting_series", "tz", "'../../etc/passwd'", value_check.NOT_A_ZONE),
    "huge-cadence": ("cop_group", "cadence_interval", "1000000000000", value_check.OUT_OF_RANGE),
    "text-cadence": ("cop_group", "cadence_interval", "'often'", value_check.NOT_AN_INTEGER),
    "boolean-2": ("member", "active", "2", value_check.NOT_A_BOOLEAN),
    "unknown-status": ("meeting", "status", "'exploded'", value_check.NOT_ALLOWED),
    "blob-name": ("member", "first_name", "x'00ff'", value_check.NOT_TEXT),
    "invalid-utf8": ("member", "last_name", "CAST(x'4dfc6c6c6572' AS TEXT)", value_check.NOT_UTF8),
    "cut-utf8-char": ("topic", "description", "CAST(x'47726fc3' AS TEXT)", value_check.NOT_UTF8),
    # "²".isdigit() is True, int("²") raises: suggest and rotation ended in a traceback
    "superscript-weekday": ("cop_group", "preferred_weekdays", "'1,²'", value_check.NOT_A_LIST),
    "superscript-member-id": (
        "rotation_rule",
        "excluded_member_ids",
        "'¹'",
        value_check.NOT_A_LIST,
    ),
    # the holidays package raises NotImplementedError for a state it does not know
    "unknown-state": ("organisation", "state", "'XX'", value_check.NOT_ALLOWED),
    "hour-99": ("cop_group", "window_start", "'99:99'", value_check.NOT_A_TIME),
    "time-without-colon": ("cop_group", "window_end", "'1600'", value_check.NOT_A_TIME),
}


@pytest.mark.parametrize("kind", sorted(BAD_VALUES))
def test_a_value_the_program_cannot_use_is_named(demo_copy, kind):
    table, column, value, message = BAD_VALUES[kind]
    ((row,),) = rows(demo_copy, f"SELECT max(rowid) FROM {table}")
    tamper(demo_copy, f"UPDATE {table} SET {column} = {value} WHERE rowid = {row}")
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert exc.problem == message
    assert (
        exc.problem_params["table"],
        exc.problem_params["row"],
        exc.problem_params["column"],
    ) == (table, row, column)
    text = str(exc)
    assert f"Table {table}, row {row}: {column}" in text
    assert len(text.splitlines()) == 1


def test_the_message_shows_the_value_and_says_what_it_should_be(demo_copy):
    tamper(demo_copy, "UPDATE meeting SET start_at = 'not a date' WHERE id = 12")
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert exc.detail() == "Table meeting, row 12: start_at “not a date” is not a date and time."
    german = exc.render(lambda _ctx, text: text.replace("Table", "Tabelle"))
    assert "Tabelle meeting, row 12" in german and str(exc.path) in german


def test_invalid_utf8_names_the_column_not_its_neighbour(demo_copy):
    """A member with a valid non-ASCII first name and a broken last name: the check
    decodes the row's texts together, then names the broken one."""
    tamper(
        demo_copy,
        "UPDATE member SET first_name = 'Jürgen', "
        "last_name = CAST(x'4dfc6c6c6572' AS TEXT) WHERE id = 3",
    )
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert exc.problem_params["column"] == "last_name"
    assert exc.problem_params["row"] == 3
    assert "M\ufffdller" in exc.problem_params["value"]


def test_control_characters_in_a_shown_value_are_escaped(demo_copy):
    tamper(
        demo_copy,
        "UPDATE meeting SET tz = 'Europe/Berlin' || char(27) || ']0;pwned' || char(7) WHERE id = 5",
    )
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert "\x1b" not in str(exc) and "\x07" not in str(exc)
    assert "Europe/Berlin\\x1b]0;pwned\\x07" in str(exc)


def test_the_demo_and_every_value_the_model_writes_pass(demo_template):
    """No false alarm: the demo community holds every kind of row the program writes."""
    con = sqlite3.connect(f"{demo_template.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        assert value_check.first_problem(con, "0002", demo_template) is None
    finally:
        con.close()


def test_every_rule_names_a_column_of_ours():
    from copdesk.model.tables import metadata

    for table, column in [
        *value_check.ENUMS,
        *value_check.RANGES,
        *value_check.TIME_ZONES,
        *value_check.CHOICES,
        *value_check.PATTERNS,
    ]:
        assert column in metadata.tables[table].c, (table, column)


# --- a file as this program left it is not scanned again ---------------------------------


@pytest.fixture
def scans(monkeypatch) -> list:
    """Counts the value scans (the real scan runs)."""
    calls = []
    real = value_check.first_problem

    def counting(*args, **kwargs):
        calls.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(value_check, "first_problem", counting)
    return calls


def test_a_file_closed_by_this_program_is_not_scanned_again(demo_copy, scans):
    with db.open_community(demo_copy):
        pass
    assert len(scans) == 1
    with db.open_community(demo_copy):
        pass
    assert len(scans) == 1, "unchanged since this program closed it"
    file_inspection.check_file(demo_copy)
    assert len(scans) == 2, "copdesk check always scans"


def test_a_file_changed_by_another_program_is_scanned_again(demo_copy, scans):
    import os

    with db.open_community(demo_copy):
        pass
    stat = demo_copy.stat()
    tamper(demo_copy, "UPDATE meeting SET start_at = 'not a date' WHERE id = 12")
    os.utime(demo_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # mtime set back
    assert demo_copy.stat().st_size == stat.st_size
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert "row 12: start_at" in str(exc)
    assert len(scans) == 2


def test_the_value_rules_never_read_a_missing_column_as_a_string(demo_copy):
    """Should a column ever get past the schema checks under another name, the value scan
    fails on it instead of testing the string "function" (SQLite's double-quoted-string
    fallback for a bare "function" that is no column) and finding it fine."""
    change_definition(
        demo_copy, "member", "\tfunction VARCHAR(120)", "\tother_function VARCHAR(120)"
    )
    tamper(demo_copy, "UPDATE member SET other_function = 7 WHERE id = 2")  # not text
    con = sqlite3.connect(f"{demo_copy.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such column"):
            value_check.first_problem(con, HEAD, demo_copy)
    finally:
        con.close()


def test_a_value_changed_by_another_program_while_open_is_not_vouched_for(demo_copy):
    """Another program (e.g. DB Browser) writes while this program has the file open: the
    state at close was never scanned, so the next open scans and refuses it."""
    community = db.open_community(demo_copy)
    with community.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM member").fetchall()
    other = sqlite3.connect(demo_copy)
    other.execute("UPDATE meeting SET start_at = 'not a date' WHERE id = 12")
    other.commit()
    other.close()
    community.close()
    exc = refused(demo_copy, value_check.BadValue.WRAPPER)
    assert "row 12: start_at" in str(exc)


def test_a_file_this_program_changed_is_known_good_after_close(demo_copy, scans):
    """Closing checks what changed, so the next start (the usual case) needs no scan."""
    from copdesk.model import members, uow
    from copdesk.model.dto import MemberData

    with db.open_community(demo_copy) as community:
        uow.write(community, members.add_member, MemberData(last_name="Neu"))
    assert len(scans) == 2, "once at open, once at close (the file had changed)"
    with db.open_community(demo_copy):
        pass
    assert len(scans) == 2


def test_without_a_change_time_every_open_scans(demo_copy, scans, monkeypatch):
    """Windows: st_ctime is the creation time, so a same-size edit with the modification
    time set back would look unchanged. There the memory is not used at all."""
    monkeypatch.setattr(value_check, "CHANGE_TIME_KNOWN", False)
    with db.open_community(demo_copy):
        pass
    with db.open_community(demo_copy):
        pass
    assert len(scans) == 2
    assert not value_check.known_good(demo_copy)
