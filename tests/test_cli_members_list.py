"""``copdesk groups FILE`` and ``copdesk members FILE [--group NAME]``: what they print
from the demo, and that they only read (an older file stays as it was)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.model import db, groups, members, uow
from tests.test_cli_read_only import OLDER, older_demo, run, state  # noqa: F401 (fixture)

CIRCLE = "Working Out Loud / lernOS"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    from copdesk.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.copdesk"
    write_demo(path)
    return path


def _run(*args: str, tmp_path: Path):
    temp = tmp_path / "systemp"
    temp.mkdir(exist_ok=True)
    return run(*args, home=tmp_path / "home", tmpdir=temp)


def _ids(stdout: str) -> list[int]:
    """The first column of every line below the table's header."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("ID "))
    return [int(line.split()[0]) for line in lines[start + 1 :]]


def test_groups_prints_one_aligned_line_per_group(demo, tmp_path):
    result = _run("groups", str(demo), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    header, root, circle = result.stdout.splitlines()
    assert header.split() == ["ID", "Name", "Parent", "Members", "Cadence", "Status"]
    assert root.startswith("1 ") and "CoP Personalentwicklung Süd-West" in root
    assert root.endswith("active")
    com = db.open_read_only(demo)
    try:
        in_circle = uow.read(com, members.list_members, group_id=2)
        everyone = uow.read(com, members.list_members)
    finally:
        com.close()
    # the columns line up: each cell starts where its header does
    col = header.index("Members")
    assert circle[col:].split()[0] == str(len(in_circle))
    assert root[col:].split()[0] == str(len(everyone))
    assert CIRCLE in circle and "CoP Personalentwicklung Süd-West" in circle  # its parent
    assert "every week" in circle and circle.endswith("active")


def test_members_lists_the_groups_current_members_or_everyone(demo, tmp_path):
    com = db.open_read_only(demo)
    try:
        circle = uow.read(com, groups.find_group, CIRCLE)
        in_circle = [m.id for m in uow.read(com, members.list_members, group_id=circle.id)]
        everyone = [m.id for m in uow.read(com, members.list_members)]
    finally:
        com.close()
    result = _run("members", str(demo), "--group", "working out loud", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{CIRCLE}: {len(in_circle)} members")
    assert _ids(result.stdout) == in_circle
    assert len(in_circle) < len(everyone)

    result = _run("members", str(demo), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert _ids(result.stdout) == everyone
    lines = result.stdout.splitlines()
    assert lines[1].split()[:2] == ["ID", "Name"]
    assert any(line.endswith("inactive") for line in lines)  # the demo's former member


def test_an_unknown_group_is_one_line_naming_the_groups(demo, tmp_path):
    result = _run("members", str(demo), "--group", "Chess club", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("copdesk: There is no group named “Chess club”")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", [["groups"], ["members", "--group", CIRCLE]])
def test_they_leave_an_older_file_alone(older_demo, tmp_path, command):  # noqa: F811
    (tmp_path / "Dokumente").mkdir()
    path = tmp_path / "Dokumente" / "CoP.copdesk"
    path.write_bytes(older_demo.read_bytes())
    before = state(path)
    result = _run(command[0], str(path), *command[1:], tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert state(path) == before
    assert db.inspect_file(path).revision == OLDER
    assert list((tmp_path / "systemp").iterdir()) == []
