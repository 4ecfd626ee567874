"""The expected schema per revision (``schema_snapshots``) is what our code really creates.

The snapshot is checked in so that opening a file need not build a schema; these tests
rebuild it from the migrations and from ``tables.py`` and compare, so it cannot drift.
"""

from __future__ import annotations

import sqlite3

import pytest

from copdesk.model import db
from copdesk.model.integrity import schema as schema_check
from copdesk.model.integrity.snapshots import SCHEMAS
from copdesk.model.migrations import HEAD, REVISIONS


def master(path) -> list[tuple]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return schema_check.read_master(con)
    finally:
        con.close()


def parse_differs(path, revision):
    """SQLite's own reading of *path*'s schema compared with ours (None: the same)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return schema_check.compare_parsed(con, revision, path)
    finally:
        con.close()


def test_every_revision_has_a_snapshot():
    assert tuple(SCHEMAS) == REVISIONS


@pytest.mark.parametrize("revision", REVISIONS)
def test_the_snapshot_is_what_the_migrations_create(revision):
    """Regenerate with ``python -m copdesk.model.integrity.schema`` after adding a revision."""
    assert schema_check.build_snapshot(revision) == SCHEMAS[revision]


def test_a_new_file_has_the_head_schema(community_path):
    """``create_community`` uses ``tables.py`` (create_all), not the migrations: other
    text, same schema."""
    rows = master(community_path)
    assert {r[1]: r[3] for r in rows}["meeting"] != {r[1]: r[3] for r in SCHEMAS[HEAD]}[
        "meeting"
    ]  # really another spelling
    assert schema_check.compare(rows, HEAD, community_path) is None
    assert parse_differs(community_path, HEAD) is None
    if len(REVISIONS) > 1:
        assert schema_check.compare(rows, REVISIONS[0], community_path) is not None


def test_the_columns_are_those_of_tables_py():
    from copdesk.model.tables import metadata

    head = schema_check.columns(HEAD)
    assert set(head) == set(metadata.tables)
    for name, table in metadata.tables.items():
        assert head[name] == tuple(c.name for c in table.columns), name


@pytest.mark.parametrize(
    "sql, same",
    [
        ('CREATE TABLE t (a INTEGER NOT NULL, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a))', True),
        ('create table T(\n\ta integer not null, "key" text, constraint PK primary key(a))', True),
        (
            'CREATE TABLE "t" (a INTEGER /* c */ NOT NULL, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a))',
            True,
        ),
        ('CREATE TABLE t (a INTEGER "NOT" NULL, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a))', False),
        ("CREATE TABLE t (a INTEGER NOT NULL, key TEXT, CONSTRAINT pk PRIMARY KEY (a))", False),
        ('CREATE TABLE t ("key" TEXT, a INTEGER NOT NULL, CONSTRAINT pk PRIMARY KEY (a))', False),
        (
            'CREATE TABLE t (a INTEGER NOT NULL DEFAULT 1, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a))',
            False,
        ),
        (
            (
                'CREATE TABLE t (a INTEGER NOT NULL, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a)) '
                "WITHOUT ROWID"
            ),
            False,
        ),
    ],
)
def test_normalising_ignores_spelling_not_meaning(sql, same):
    ours = 'CREATE TABLE t (a INTEGER NOT NULL, "key" TEXT, CONSTRAINT pk PRIMARY KEY (a))'
    names = frozenset({"t"})
    assert (
        schema_check.normalise("table", sql, names) == schema_check.normalise("table", ours, names)
    ) is same


def test_table_constraints_compare_as_a_set():
    """Alembic's batch mode writes a rebuilt table's constraints in another order."""
    a = "CREATE TABLE t (a INT, b INT, CONSTRAINT x UNIQUE (a), CONSTRAINT y UNIQUE (b))"
    b = "CREATE TABLE t (a INT, b INT, CONSTRAINT y UNIQUE (b), CONSTRAINT x UNIQUE (a))"
    names = frozenset({"t"})
    assert schema_check.normalise("table", a, names) == schema_check.normalise("table", b, names)


def test_an_upgraded_file_is_accepted(tmp_path):
    """The file the previous revision's program wrote, upgraded by ours (batch mode renames
    a rebuilt table, so SQLite quotes its name): the head schema, other text."""
    from copdesk.model.migrations import run_upgrade

    path = tmp_path / "old.copdesk"
    for target in (REVISIONS[0], HEAD):
        engine = db.make_engine(path)
        try:
            run_upgrade(engine, target)
        finally:
            engine.dispose()
        assert schema_check.compare(master(path), target, path) is None
        assert parse_differs(path, target) is None
