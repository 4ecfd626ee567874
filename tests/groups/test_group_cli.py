"""``copdesk group add`` / ``group join`` as a user runs them (a subprocess: the command's
QCoreApplication must not meet the widget tests' QApplication), on a real community file."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.model import db, groups, uow
from copdesk.model import entities as E
from tests.test_cli import run


@pytest.fixture
def path(community_path):
    com = db.open_community(community_path)
    try:

        def add(session):
            for n in ("anna", "bernd", "clara"):
                session.add(E.Member(first_name=n, last_name="T", email=f"{n}@x.de"))

        uow.write(com, add)
    finally:
        com.close()
    return str(community_path)


def _state(path):
    com = db.open_read_only(Path(path))
    try:
        rows = uow.read(com, groups.list_groups)
        return [(r.name, r.member_count) for r in rows]
    finally:
        com.close()


def main(argv, home):
    return run(*argv, env_home=home)


def test_add_with_members_then_join(path, copdesk_home):
    done = main(
        ["group", "add", path, "WOL", "--cadence", "weekly", "--member", "ANNA@x.de"], copdesk_home
    )
    assert done.returncode == 0 and "WOL" in done.stdout
    assert ("WOL", 1) in _state(path)
    join = ["group", "join", path, "wol", "--member", "bernd@x.de", "--member", "clara@x.de"]
    done = main(join, copdesk_home)
    assert done.returncode == 0 and "2" in done.stdout
    assert ("WOL", 3) in _state(path)


@pytest.mark.parametrize(
    "argv",
    [
        ["group", "add", "{p}", "test cop"],  # the community's own name, other case
        ["group", "add", "{p}", "New", "--member", "nobody@x.de"],
        ["group", "join", "{p}", "No such group", "--member", "anna@x.de"],
        ["group", "join", "{p}", "Test CoP", "--member", "anna@x.de", "--member", "x@y.de"],
    ],
)
def test_bad_input_one_line_exit_1_file_unchanged(path, copdesk_home, argv):
    before = _state(path)
    done = main([a.replace("{p}", path) for a in argv], copdesk_home)
    assert done.returncode == 1
    err = done.stderr
    assert err.startswith("copdesk: ") and err.count("\n") == 1
    assert _state(path) == before


def test_add_with_meeting_defaults_and_without_rotation(path, copdesk_home):
    argv = ["group", "add", path, "Fixed", "--video-tool", "zoom", "--join-url"]
    argv += ["https://zoom.example/j/1", "--whiteboard", "https://miro.example/b", "--no-rotation"]
    assert main(argv, copdesk_home).returncode == 0
    com = db.open_read_only(Path(path))
    try:
        gid = uow.read(com, groups.find_group, "Fixed").id
        data, _v = uow.read(com, groups.get_group, gid)
    finally:
        com.close()
    assert (data.video_tool, data.join_url, data.whiteboard_url) == (
        "zoom",
        "https://zoom.example/j/1",
        "https://miro.example/b",
    )
    assert data.rotates_moderation is False
    bad = main(["group", "add", path, "Bad", "--whiteboard", "miro board"], copdesk_home)
    assert bad.returncode == 1 and "https://" in bad.stderr
