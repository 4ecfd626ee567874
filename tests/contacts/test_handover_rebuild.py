"""A received hand-over is rebuilt into a fresh file of our schema, never adopted as sent.

The bundles are made as a sender could make them: any community file, with a manifest
whose size and checksum match it (the checksum proves the transfer, not the sender).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from copdesk.model import db, errors, handover
from copdesk.model.handover import rebuild
from copdesk.model.integrity import schema as schema_check
from copdesk.model.integrity import values as value_check
from copdesk.model.migrations import HEAD, run_downgrade
from tests.model.test_untrusted import HOSTILE, rows, sqlite_literal, swap_indexes, tamper

SECRET = "Geheimer-Nachname-Zyxwvut"


def make_bundle(community: Path, target: Path, revision: str = HEAD) -> Path:
    data = community.read_bytes()
    sheet = b"%PDF-1.4\n%%EOF\n"
    manifest = handover.Manifest(
        format=handover.FORMAT,
        version=handover.VERSION,
        created_at=dt.datetime(2025, 1, 15, 9, tzinfo=dt.UTC).isoformat(),
        community="CoP",
        organiser="Someone",
        revision=revision,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        sheet="handover.pdf",
        program="CoP Desk",
        sheet_size=len(sheet),
        sheet_sha256=hashlib.sha256(sheet).hexdigest(),
    )
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr(handover.MANIFEST, json.dumps(dataclasses.asdict(manifest)))
        zf.writestr(handover.DB_NAME, data)
        zf.writestr("handover.pdf", sheet)
    return target


def table_rows(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {
            t: con.execute(f'SELECT {", ".join(cols)} FROM "{t}" ORDER BY 1, 2').fetchall()
            for t, cols in schema_check.columns(HEAD).items()
        }
    finally:
        con.close()


def pragma(path: Path, name: str):
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return con.execute(f"PRAGMA {name}").fetchall()
    finally:
        con.close()


def no_leftovers(folder: Path) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_the_received_file_is_rebuilt_not_adopted(demo_path, tmp_path):
    """Deleted personal data in free pages and foreign header settings stay behind; every
    row of every table arrives."""
    tamper(
        demo_path,
        "PRAGMA secure_delete=OFF",
        f"INSERT INTO setting (key, value) VALUES ('note', '{SECRET}')",
        "PRAGMA user_version=77",
    )
    tamper(demo_path, "PRAGMA secure_delete=OFF", "DELETE FROM setting WHERE key = 'note'")
    assert SECRET.encode() in demo_path.read_bytes()  # still in a free page
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover")
    target = tmp_path / "mine" / "community.copdesk"

    handover.extract_bundle(bundle, target)

    assert table_rows(target) == table_rows(demo_path)
    assert SECRET.encode() not in target.read_bytes()
    assert pragma(target, "user_version") == [(0,)]
    assert pragma(target, "integrity_check") == [("ok",)]
    no_leftovers(target.parent)
    with db.open_community(target):
        pass


def test_swapped_indexes_are_healed_by_the_rebuild(demo_path, tmp_path):
    """quick_check does not look into indexes: the rebuild builds them from the rows."""
    swap_indexes(demo_path)
    assert pragma(demo_path, "integrity_check") != [("ok",)]
    target = tmp_path / "community.copdesk"
    handover.extract_bundle(make_bundle(demo_path, tmp_path / "in.copdesk-handover"), target)
    assert pragma(target, "integrity_check") == [("ok",)]


@pytest.mark.parametrize(
    "kind", ["trigger-wipes-minutes", "slow-view-instead-of-table", "hidden-copy-of-forgotten"]
)
def test_a_bundle_with_objects_of_its_own_is_refused(demo_path, tmp_path, kind):
    statements, object_kind, name = HOSTILE[kind]
    tamper(demo_path, *statements)
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover")
    target = tmp_path / "community.copdesk"
    target.write_bytes(b"keep me")
    with pytest.raises(errors.FileProblem) as info:
        handover.extract_bundle(bundle, target)
    assert info.value.template == schema_check.unexpected_object("x", "t", "n").template
    assert (info.value.params["kind"], info.value.params["name"]) == (object_kind, name)
    assert str(bundle) in str(info.value)
    assert target.read_bytes() == b"keep me"
    no_leftovers(tmp_path)


def test_a_bundle_with_a_row_pointing_nowhere_is_refused(demo_path, tmp_path):
    tamper(demo_path, "UPDATE meeting SET group_id = 999 WHERE id = 7")
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover")
    target = tmp_path / "community.copdesk"
    with pytest.raises(errors.FileProblem) as info:
        handover.extract_bundle(bundle, target)
    assert info.value.template == rebuild.dangling_reference("x", "t", 1, "p").template
    assert info.value.params == {
        "path": str(bundle),
        "table": "meeting",
        "row": 7,
        "parent": "cop_group",
    }
    assert not target.exists()
    no_leftovers(tmp_path)


def rename_member_function(path: Path, new_name: str) -> None:
    ((sql,),) = rows(path, "SELECT sql FROM sqlite_master WHERE name = 'member'")
    assert "\tfunction VARCHAR" in sql
    tamper(
        path,
        "UPDATE sqlite_master SET sql = "
        f"{sqlite_literal(sql.replace(chr(9) + 'function', chr(9) + new_name))} "
        "WHERE name = 'member'",
        writable_schema=True,
    )


def test_a_bundle_with_a_column_renamed_by_a_unicode_space_is_refused(demo_path, tmp_path):
    """To SQLite "\u00a0function" is another column: the copy's ``SELECT "function"`` then
    read the string 'function' (SQLite's double-quoted-string fallback) into every member."""
    rename_member_function(demo_path, "\u00a0function")
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover")
    target = tmp_path / "community.copdesk"
    with pytest.raises(errors.FileProblem) as info:
        handover.extract_bundle(bundle, target)
    assert info.value.template == schema_check.changed_object("x", "t", "n").template
    assert (info.value.params["kind"], info.value.params["name"]) == ("table", "member")
    assert not target.exists()
    no_leftovers(tmp_path)


def test_the_copy_never_reads_a_missing_column_as_a_string(demo_path, tmp_path):
    """Should a file's column ever get past the schema check under another name, the copy
    fails on it ("no such column") instead of copying the column's name as its value."""
    from copdesk.model.migrations import run_upgrade

    rename_member_function(demo_path, "other_function")
    fresh = tmp_path / "fresh.copdesk"
    engine = db.make_engine(fresh)
    try:
        run_upgrade(engine, HEAD)
    finally:
        engine.dispose()
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        rebuild._copy_rows(demo_path, fresh, HEAD, demo_path)
    assert rows(fresh, "SELECT count(*) FROM member") == [(0,)]


def test_a_bundle_with_a_bad_value_names_bundle_table_row_and_column(demo_path, tmp_path):
    tamper(demo_path, "UPDATE meeting SET start_at = '9999-12-31 23:00:00' WHERE id = 4")
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover")
    with pytest.raises(value_check.BadValue) as info:
        handover.extract_bundle(bundle, tmp_path / "community.copdesk")
    assert str(bundle) in str(info.value)
    assert "Table meeting, row 4: start_at “9999-12-31 23:00:00”" in str(info.value)
    no_leftovers(tmp_path)


def test_an_older_revision_is_rebuilt_at_its_revision_and_upgraded_on_open(demo_path, tmp_path):
    engine = db.make_engine(demo_path)
    try:
        run_downgrade(engine, "0001")
    finally:
        engine.dispose()
    bundle = make_bundle(demo_path, tmp_path / "in.copdesk-handover", "0001")
    target = tmp_path / "community.copdesk"
    handover.extract_bundle(bundle, target)
    assert db.inspect_file(target).revision == "0001"
    with db.open_community(target, backup_dir=tmp_path / "backups") as community:
        assert community.upgraded_from == "0001"
    assert db.inspect_file(target).revision == HEAD
