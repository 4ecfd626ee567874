"""Alembic revisions: the hard-coded list, upgrade == fresh create, older files upgraded."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError

from copdesk.model import (
    db,
    entities,  # noqa: F401 - every table on the metadata
    errors,
)
from copdesk.model.base import Base
from copdesk.model.integrity import inspection as file_inspection
from copdesk.model.migrations import HEAD, REVISIONS, alembic_config, run_upgrade


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


# --- the list the app uses without importing Alembic -----------------------------------


def test_revisions_match_alembic_order():
    script = script_directory()
    order = [rev.revision for rev in script.walk_revisions()]  # head first
    assert tuple(reversed(order)) == REVISIONS
    assert script.get_heads() == [HEAD], "exactly one head (no unmerged branches)"
    assert script.get_current_head() == HEAD == REVISIONS[-1]


def test_every_revision_can_downgrade_declared():
    """Each revision file defines upgrade and downgrade (Alembic would fail late)."""
    for rev in script_directory().walk_revisions():
        assert callable(getattr(rev.module, "upgrade", None)), rev.revision
        assert callable(getattr(rev.module, "downgrade", None)), rev.revision


# --- upgrade from empty == fresh create ---------------------------------------------------


def normalised_schema(path: Path) -> dict[str, dict]:
    """Tables with columns, indexes, foreign keys, unique and named constraints."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        schema = {}
        rows = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        objects = sorted((t, n, tbl) for t, n, tbl, _ in rows)
        schema["_objects"] = objects
        for type_, name, _tbl, sql in rows:
            if type_ != "table":
                continue
            columns = [tuple(r[1:]) for r in con.execute(f'PRAGMA table_xinfo("{name}")')]
            fks: dict[int, list] = {}
            for r in con.execute(f'PRAGMA foreign_key_list("{name}")'):
                fk_id, seq, ref, frm, to, on_update, on_delete, match = r
                fks.setdefault(fk_id, []).append((seq, ref, frm, to, on_update, on_delete, match))
            indexes = {}
            for _seq, idx_name, unique, origin, partial in con.execute(
                f'PRAGMA index_list("{name}")'
            ):
                cols = [c[2] for c in con.execute(f'PRAGMA index_info("{idx_name}")')]
                key = idx_name if origin == "c" else f"{origin}:{','.join(cols)}"
                indexes[key] = (unique, origin, partial, cols)
            flat_sql = re.sub(r"\s+", " ", sql or "")
            schema[name] = {
                "columns": columns,
                "foreign_keys": sorted(tuple(sorted(v)) for v in fks.values()),
                "indexes": indexes,
                "constraint_names": sorted(re.findall(r"CONSTRAINT (\w+)", flat_sql)),
                "checks": sorted(re.findall(r"CHECK \((.*?)\)", flat_sql)),
                "without_rowid": "WITHOUT ROWID" in flat_sql.upper(),
            }
        return schema
    finally:
        con.close()


def upgraded_from_empty(path: Path, target: str = "head") -> Path:
    engine = db.make_engine(path)
    try:
        run_upgrade(engine, target)
    finally:
        engine.dispose()
    return path


def test_upgrade_from_empty_equals_fresh_create(tmp_path):
    fresh = tmp_path / "fresh.copdesk"
    db.create_community(fresh)
    upgraded = upgraded_from_empty(tmp_path / "upgraded.copdesk")

    a, b = normalised_schema(fresh), normalised_schema(upgraded)
    assert a["_objects"] == b["_objects"]
    for table in sorted(set(a) - {"_objects"}):
        assert a[table] == b[table], f"table {table} differs"
    assert len(a) > 20  # the comparison really saw the schema

    con = sqlite3.connect(upgraded)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["upgraded", "created"])
def test_schema_matches_the_models(tmp_path, kind):
    """Alembic's autogenerate diff against Base.metadata finds nothing to migrate."""
    path = tmp_path / f"{kind}.copdesk"
    if kind == "upgraded":
        upgraded_from_empty(path)
    else:
        db.create_community(path)
    engine = db.make_engine(path)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "compare_server_default": True}
            )
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_upgrade_leaves_foreign_keys_on(tmp_path):
    engine = db.make_engine(tmp_path / "fk.copdesk")
    try:
        run_upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


# --- opening a file from every earlier revision --------------------------------------------

OLDER = REVISIONS[:-1]


def stamp_as_ours(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA application_id={file_inspection.APPLICATION_ID}")
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize(
    "revision",
    OLDER
    or [
        pytest.param(
            None,
            marks=pytest.mark.skip(
                reason=f"only one revision ({HEAD}) exists: no older file format to upgrade yet"
            ),
        )
    ],
)
def test_opening_an_older_file_backs_it_up_and_upgrades(tmp_path, revision):
    old = tmp_path / "old.copdesk"
    upgraded_from_empty(old, revision)
    stamp_as_ours(old)
    assert db.inspect_file(old).revision == revision
    backups = tmp_path / "backups"

    community = db.open_community(old, backup_dir=backups)
    try:
        assert community.upgraded_from == revision
        assert community.upgrade_backup is not None and community.upgrade_backup.exists()
        assert community.upgrade_backup.parent == backups
    finally:
        community.close()
    assert db.inspect_file(community.upgrade_backup).revision == revision
    assert db.inspect_file(old).revision == HEAD

    fresh = tmp_path / "fresh.copdesk"
    db.create_community(fresh)
    a, b = normalised_schema(fresh), normalised_schema(old)
    assert a == b


# --- the upgrade path's mechanics, independent of how many revisions exist ---------------


def test_upgrade_path_backs_up_before_upgrading(tmp_path, monkeypatch):
    """Pretend the program knows a newer head: the file is copied first, then upgraded."""
    path = tmp_path / "c.copdesk"
    db.create_community(path)
    calls = []

    def fake_upgrade(engine):
        backups = sorted((tmp_path / "backups").glob("*"))
        calls.append([p.name for p in backups])

    monkeypatch.setattr(db, "REVISIONS", (*REVISIONS, "9999"))
    monkeypatch.setattr(db, "HEAD", "9999")
    monkeypatch.setattr(db, "upgrade", fake_upgrade)
    community = db.open_community(path, backup_dir=tmp_path / "backups")
    try:
        assert community.upgraded_from == HEAD
        backup = community.upgrade_backup
        assert calls == [[backup.name]], "the backup must exist before the upgrade runs"
        assert f"before-upgrade-{HEAD}" in backup.name
        assert db.inspect_file(backup).revision == HEAD
    finally:
        community.close()


def test_failed_upgrade_releases_lock_and_keeps_file(tmp_path, monkeypatch):
    path = tmp_path / "c.copdesk"
    db.create_community(path)

    def broken_upgrade(engine):
        raise RuntimeError("migration bug")

    monkeypatch.setattr(db, "REVISIONS", (*REVISIONS, "9999"))
    monkeypatch.setattr(db, "HEAD", "9999")
    monkeypatch.setattr(db, "upgrade", broken_upgrade)
    with pytest.raises(RuntimeError):
        db.open_community(path, backup_dir=tmp_path / "backups")
    monkeypatch.undo()
    assert db.inspect_file(path).revision == HEAD
    community = db.open_community(path)  # not left locked
    community.close()


def test_real_upgrade_failure_rolls_back(tmp_path):
    """A migration that fails half-way leaves the file at its old revision (one transaction)."""
    path = tmp_path / "c.copdesk"
    engine = db.make_engine(path)
    try:
        with engine.begin() as conn:  # a table the first migration will try to create
            conn.exec_driver_sql("CREATE TABLE topic (id INTEGER PRIMARY KEY)")
        with pytest.raises(OperationalError, match="already exists"):
            run_upgrade(engine)
        with engine.connect() as conn:
            names = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
    finally:
        engine.dispose()
    assert names == {"topic"}, "no half schema, no alembic_version"
    with pytest.raises(errors.FileProblem):
        db.open_community(path)
