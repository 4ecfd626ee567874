"""``copdesk check`` on hostile and damaged files, and control characters in CLI output.

Run as a user runs them (``python -m copdesk``, a real file, real output). Files are
crafted with the plain ``sqlite3`` module from a demo community.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.model.test_untrusted import (  # noqa: F401 - the fixtures
    HOSTILE,
    demo_copy,
    demo_template,
    swap_indexes,
    tamper,
)
from tests.test_cli import run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(path: Path, home: Path):
    before = digest(path)
    result = run("check", str(path), env_home=home)
    assert digest(path) == before, "check never writes"
    return result


def line(output: str, start: str) -> str:
    return next(x for x in output.splitlines() if x.startswith(start))


def test_a_clean_file_passes_every_check(demo_copy, copdesk_home):
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("Schema", "Integrity", "References", "Values"):
        assert line(result.stdout, name + ":") == f"{name}: ok"


def test_a_trigger_fails_the_check(demo_copy, copdesk_home):
    """It passed with "Integrity: ok" and wiped the minutes at the next import."""
    tamper(demo_copy, *HOSTILE["trigger-wipes-minutes"][0])
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1
    schema = line(result.stdout, "Schema:")
    assert "trigger “wipe”" in schema and "Integrity: ok" not in result.stdout


def test_a_quote_in_a_table_name_is_never_pasted_into_sql(demo_copy, copdesk_home):
    tamper(demo_copy, 'CREATE TABLE "x""; DROP TABLE member; --" (a)')
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert 'x"; DROP TABLE member; --' in line(result.stdout, "Schema:")
    assert "member" not in [
        x.split()[0] for x in result.stdout.splitlines() if x.startswith("  ")
    ], "no counts for a file that is not ours"


def test_swapped_indexes_fail_the_check(demo_copy, copdesk_home):
    """Two indexes of one table swapped their b-trees: quick_check does not look."""
    swap_indexes(demo_copy)
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1
    assert "Schema: ok" in result.stdout
    integrity = [x for x in result.stdout.splitlines() if x.startswith("Integrity:")]
    assert integrity and "Integrity: ok" not in integrity
    assert any("ix_member_" in x for x in integrity)


def test_an_index_that_no_longer_matches_its_table_fails_the_check(demo_copy, copdesk_home):
    """The index is taken out of the schema, the table changed, the index put back."""
    import sqlite3

    con = sqlite3.connect(demo_copy)
    (entry,) = con.execute(
        "SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
        "WHERE name = 'ix_member_email'"
    ).fetchall()
    con.close()
    tamper(
        demo_copy, "DELETE FROM sqlite_master WHERE name = 'ix_member_email'", writable_schema=True
    )
    tamper(demo_copy, "UPDATE member SET email = 'changed@example.org' WHERE id = 1")
    con = sqlite3.connect(demo_copy)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", entry)
    con.commit()
    con.close()
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1
    assert "Schema: ok" in result.stdout
    assert "ix_member_email" in line(result.stdout, "Integrity:")


def test_a_row_pointing_nowhere_fails_the_check(demo_copy, copdesk_home):
    """A meeting of a group that does not exist silently vanished from every listing."""
    tamper(demo_copy, "UPDATE meeting SET group_id = 999 WHERE id = 7")
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1
    assert line(result.stdout, "References:") == (
        "References: table meeting, row 7: group_id points to a row of cop_group that does "
        "not exist."
    )


def test_a_bad_value_fails_the_check_with_table_row_and_column(demo_copy, copdesk_home):
    tamper(demo_copy, "UPDATE meeting SET start_at = 'not a date' WHERE id = 12")
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1
    assert line(result.stdout, "Values:") == (
        "Values: Table meeting, row 12: start_at “not a date” is not a date and time."
    )


def test_opening_a_bad_value_is_one_line(demo_copy, copdesk_home):
    tamper(demo_copy, "UPDATE meeting SET tz = 'Mars/Olympus' WHERE id = 3")
    result = run("meetings", str(demo_copy), env_home=copdesk_home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(demo_copy) in lines[0]
    assert "Table meeting, row 3: tz “Mars/Olympus” is not a known time zone." in lines[0]


TERMINAL_ATTACK = "\x1b]0;pwned\x07\x1b[2J\x1b[H"


def test_meetings_prints_control_characters_escaped(demo_copy, copdesk_home):
    tamper(
        demo_copy,
        "UPDATE meeting SET title = 'Treffen' || char(27) || ']0;pwned' || "
        "char(7) || char(27) || '[2J' || char(27) || '[H' || char(10) || "
        "'Fake line' WHERE id = 1",
    )
    result = run("meetings", str(demo_copy), env_home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Treffen\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\\x0aFake line" in result.stdout
    assert not any(x.startswith("Fake line") for x in result.stdout.splitlines())


def test_rotation_and_error_lines_print_control_characters_escaped(demo_copy, copdesk_home):
    tamper(
        demo_copy,
        "UPDATE member SET first_name = 'Anna' || char(27) || '[31m' "
        "WHERE id IN (SELECT moderator_id FROM meeting WHERE moderator_id "
        "IS NOT NULL)",
        "UPDATE cop_group SET name = 'CoP' || char(27) || '[2J' WHERE parent_id IS NULL",
    )
    result = run("rotation", str(demo_copy), env_home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "CoP\\x1b[2J" in result.stdout
    missing = run("meetings", str(demo_copy), "--group", "no\x1b[2Jsuch", env_home=copdesk_home)
    assert missing.returncode == 1
    assert "\x1b" not in missing.stderr and "no\\x1b[2Jsuch" in missing.stderr


def test_a_second_revision_row_fails_the_check_without_calling_the_file_newer(
    demo_copy, copdesk_home
):
    tamper(demo_copy, "INSERT INTO alembic_version VALUES ('0002x')")
    result = check(demo_copy, copdesk_home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "alembic_version" in line(result.stdout, "Schema:")
    assert line(result.stdout, "Schema revision:") == "Schema revision: ? (unknown)"


def test_meetings_prints_bidi_controls_escaped_and_keeps_emoji(demo_copy, copdesk_home):
    """U+202E would show "Treffen <RLO>fdp.exe" as "Treffen exe.pdf" in the terminal."""
    tamper(
        demo_copy,
        "UPDATE meeting SET title = 'Grüße ' || char(0x202e) || 'fdp.exe ' || "
        "char(0x2066) || '👩' || char(0x200d) || '💻' WHERE id = 1",
    )
    result = run("meetings", str(demo_copy), env_home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "\u202e" not in result.stdout and "\u2066" not in result.stdout
    assert "Grüße \\u202efdp.exe \\u2066👩\u200d💻" in result.stdout
