"""Writing exports: a temporary file beside the target, then a rename; clear messages."""

from __future__ import annotations

import errno
import os

import pytest

from copdesk.formats import invitation_text as words
from copdesk.model.errors import FileProblem


def test_written_completely_and_nothing_left_behind(tmp_path):
    target = tmp_path / "einladung.ics"
    words.save_file(target, b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["einladung.ics"]


@pytest.mark.parametrize("code, words_expected", [
    (errno.EACCES, "no permission"),
    (errno.EROFS, "read-only"),
    (errno.ENOSPC, "full"),
    (errno.EIO, "could not be written"),
])
def test_a_failed_write_keeps_the_old_file_and_says_why(tmp_path, monkeypatch, code,
                                                        words_expected):
    target = tmp_path / "einladung.ics"
    target.write_bytes(b"old")

    def fail(src, dst):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(FileProblem) as info:
        words.save_file(target, b"new")
    assert words_expected in str(info.value) and str(target) in str(info.value)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["einladung.ics"]


def test_missing_folder_and_folder_instead_of_file(tmp_path):
    with pytest.raises(FileProblem, match="does not exist"):
        words.save_file(tmp_path / "nope" / "x.ics", b"x")
    with pytest.raises(FileProblem, match="is a folder"):
        words.save_file(tmp_path, b"x")


def test_file_names_are_safe():
    import datetime as dt

    from copdesk.model.invitation_dto import Invitation, Organiser

    inv = Invitation(kind="request", method="REQUEST", uid="u", sequence=0,
                     dtstamp=dt.datetime(2025, 1, 1, tzinfo=dt.UTC),
                     title='CoP: "Q1/2025" <Treffen>?*|\\', start=dt.datetime(
                         2025, 3, 20, 13, tzinfo=dt.UTC),
                     end=dt.datetime(2025, 3, 20, 15, tzinfo=dt.UTC), tz="Europe/Berlin",
                     organiser=Organiser("", "a@b.de"), attendees=())
    name = words.file_name(inv, ".ics")
    assert name.startswith("2025-03-20 CoP- -Q1-2025- -Treffen") and name.endswith(".ics")
    assert not set(name) & set('\\/:*?"<>|')
