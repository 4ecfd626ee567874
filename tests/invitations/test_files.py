"""Writing exports: a temporary file beside the target, then a rename; clear messages."""

from __future__ import annotations

import errno
import os

import pytest

from copdesk.formats import invitations as words
from copdesk.model.errors import FileProblem


def test_written_completely_and_nothing_left_behind(tmp_path):
    target = tmp_path / "einladung.ics"
    words.stage_file(target, b"BEGIN:VCALENDAR\r\n").publish()
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["einladung.ics"]


@pytest.mark.parametrize(
    "code, words_expected",
    [
        (errno.EACCES, "no permission"),
        (errno.EROFS, "read-only"),
        (errno.ENOSPC, "full"),
        (errno.EIO, "could not be written"),
    ],
)
def test_a_failed_write_keeps_the_old_file_and_says_why(
    tmp_path, monkeypatch, code, words_expected
):
    target = tmp_path / "einladung.ics"
    target.write_bytes(b"old")

    def fail(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(FileProblem) as info:
        words.stage_file(target, b"new").publish()
    assert words_expected in str(info.value) and str(target) in str(info.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["einladung.ics"]


def test_missing_folder_and_folder_instead_of_file(tmp_path):
    with pytest.raises(FileProblem, match="does not exist"):
        words.stage_file(tmp_path / "nope" / "x.ics", b"x").publish()
    with pytest.raises(FileProblem, match="is a folder"):
        words.stage_file(tmp_path, b"x").publish()


def test_file_names_are_safe():
    import datetime as dt

    from copdesk.model.invitations import Invitation, Organiser

    inv = Invitation(
        kind="request",
        method="REQUEST",
        uid="u",
        sequence=0,
        dtstamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
        title='CoP: "Q1/2025" <Treffen>?*|\\',
        start=dt.datetime(2025, 3, 20, 13, tzinfo=dt.UTC),
        end=dt.datetime(2025, 3, 20, 15, tzinfo=dt.UTC),
        tz="Europe/Berlin",
        organiser=Organiser("", "a@b.de"),
        attendees=(),
    )
    name = words.file_name(inv, ".ics")
    assert name.startswith("2025-03-20 CoP- -Q1-2025- -Treffen") and name.endswith(".ics")
    assert not set(name) & set('\\/:*?"<>|')


# --- the file and the send log: both or neither ---------------------------------------------


def calendar_of(path) -> bytes:
    """The calendar data of an .ics file, or of the text/calendar part of an .eml."""
    import email

    if path.suffix == ".ics":
        return path.read_bytes()
    message = email.message_from_bytes(path.read_bytes())
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return part.get_payload(decode=True)


class AnotherWriter:
    """Another program writing to the file: it holds SQLite's write lock, so the send's
    commit fails (after a busy wait shortened to 0.1 s) the way it would for real."""

    def __init__(self, community) -> None:
        import sqlite3

        from sqlalchemy import event

        self.community = community
        event.listen(community.engine, "connect", self.impatient)
        community.engine.dispose()
        self.conn = sqlite3.connect(community.path, isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    @staticmethod
    def impatient(dbapi_conn, _record) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout=100")

    def finish(self) -> None:
        from sqlalchemy import event

        self.conn.rollback()
        self.conn.close()
        event.remove(self.community.engine, "connect", self.impatient)
        self.community.engine.dispose()


@pytest.mark.parametrize("kind, suffix", [("request", ".ics"), ("eml", ".eml")])
def test_a_failed_commit_leaves_no_file_and_the_retry_keeps_the_number(cop, tmp_path, kind, suffix):
    """A file must not appear for a send the log does not hold: sending again would give
    other content the same SEQUENCE, and Outlook ignores such an update."""
    from functools import partial

    from copdesk.formats.invitations import send_to_file
    from copdesk.model import uow
    from tests.invitations.conftest import options, send_count

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"einladung{suffix}"
    writer = AnotherWriter(cop.community)
    try:
        with pytest.raises(FileProblem, match="in use|locked|another"):
            send_to_file(partial(uow.write, cop.community), cop.meeting_id, options(kind), target)
    finally:
        writer.finish()
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    assert send_count(cop.community) == 0

    (result, _changes), inv = send_to_file(
        partial(uow.write, cop.community), cop.meeting_id, options(kind), target
    )
    assert result.sequence == inv.sequence == 0
    assert b"SEQUENCE:0" in calendar_of(target)
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600  # it lists people's e-mail addresses
    assert send_count(cop.community) == 1


def test_a_file_that_cannot_be_written_records_nothing(cop, tmp_path):
    from functools import partial

    from copdesk.formats.invitations import send_to_file
    from copdesk.model import uow
    from tests.invitations.conftest import options, send_count

    with pytest.raises(FileProblem, match="does not exist"):
        send_to_file(
            partial(uow.write, cop.community),
            cop.meeting_id,
            options(),
            tmp_path / "nope" / "x.ics",
        )
    assert send_count(cop.community) == 0


def test_a_file_name_as_long_as_allowed_can_be_written(tmp_path):
    """The temporary file beside the target has a short name of its own (it used to carry
    the target's name and went over the limit for long names typed by hand)."""
    target = tmp_path / ("E" * 250 + ".ics")
    words.stage_file(target, b"BEGIN:VCALENDAR\r\n").publish()
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
