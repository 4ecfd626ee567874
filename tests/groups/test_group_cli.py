"""``copdesk group add`` / ``group join`` through main(), on a real community file."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.cli import main
from copdesk.model import db, groups, uow
from copdesk.model import entities as E


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


def test_add_with_members_then_join(path, capsys):
    assert main(["group", "add", path, "WOL", "--cadence", "weekly", "--member", "ANNA@x.de"]) == 0
    assert "WOL" in capsys.readouterr().out
    assert ("WOL", 1) in _state(path)
    assert (
        main(["group", "join", path, "wol", "--member", "bernd@x.de", "--member", "clara@x.de"])
        == 0
    )
    assert "2" in capsys.readouterr().out
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
def test_bad_input_one_line_exit_1_file_unchanged(path, capsys, argv):
    before = _state(path)
    assert main([a.replace("{p}", path) for a in argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("copdesk: ") and err.count("\n") == 1
    assert _state(path) == before
