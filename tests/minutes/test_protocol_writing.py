"""The protocol PDF is written atomically (``StagedFile``): a failed, cancelled or killed
export leaves the previous file byte-for-byte, and no temporary file where the user looks."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pypdf import PdfReader

from copdesk.formats import protocol as P
from copdesk.model import export_files
from copdesk.model.errors import UserError

from .factory import make_minutes
from .helpers import run_python


def pdfs(folder: Path) -> list[str]:
    """What the user sees in the folder (temporary files end in .tmp)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".tmp"))


@pytest.fixture
def old_pdf(german, tmp_path) -> Path:
    target = tmp_path / "Protokoll.pdf"
    P.build_protocol(make_minutes(), target)
    return target


def failing(exc: OSError):
    def fail(*_args: object) -> None:
        raise exc

    return fail


def test_disk_full_while_writing_keeps_the_old_file(old_pdf, monkeypatch):
    old = old_pdf.read_bytes()
    monkeypatch.setattr(export_files.os, "fsync", failing(OSError(errno.ENOSPC, "No space")))
    with pytest.raises(UserError) as err:
        P.build_protocol(make_minutes(topics=10), old_pdf)
    assert str(err.value) == (
        f"The disk holding “{old_pdf.parent}” is full. Free some space and try again."
    )
    assert old_pdf.read_bytes() == old
    assert sorted(p.name for p in old_pdf.parent.iterdir()) == ["Protokoll.pdf"]


def test_a_target_open_in_a_viewer_keeps_the_old_file(old_pdf, monkeypatch):
    old = old_pdf.read_bytes()
    monkeypatch.setattr(export_files.os, "replace", failing(PermissionError(errno.EACCES, "Busy")))
    with pytest.raises(UserError) as err:
        P.build_protocol(make_minutes(topics=10), old_pdf)
    assert str(err.value) == (
        f"“{old_pdf}” could not be replaced. If it is open in a PDF viewer, close it there "
        "and try again. (Busy)"
    )
    assert old_pdf.read_bytes() == old
    assert sorted(p.name for p in old_pdf.parent.iterdir()) == ["Protokoll.pdf"]


def test_saving_the_previewed_file_is_atomic_too(old_pdf, tmp_path, monkeypatch):
    built = tmp_path / "built" / "Vorschau.pdf"
    built.parent.mkdir()
    P.build_protocol(make_minutes(topics=3), built)
    old = old_pdf.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(export_files.os, "fsync", failing(OSError(errno.EIO, "I/O error")))
        with pytest.raises(UserError) as err:
            P.save_copy(built, old_pdf)
    assert str(err.value) == (
        f"The PDF cannot be written to the folder “{tmp_path}” (I/O error). Choose another "
        "folder, for example your documents."
    )
    assert old_pdf.read_bytes() == old
    assert P.save_copy(built, old_pdf) == old_pdf
    assert old_pdf.read_bytes() == built.read_bytes()
    assert oct(old_pdf.stat().st_mode & 0o777) == "0o600"


def test_an_export_killed_half_way_leaves_the_old_file(old_pdf):
    """The process dies while reportlab writes (a crash, a power cut): the old file stays."""
    old = old_pdf.read_bytes()
    result = run_python(
        "from copdesk.formats import protocol as P\n"
        "from tests.minutes.factory import make_minutes\n"
        "def progress(done, total):\n"
        "    if done > total // 2:\n"
        "        os._exit(3)\n"
        f"P.build_protocol(make_minutes(topics=40, actions=150), {str(old_pdf)!r},"
        " progress=progress)\n"
    )
    assert result.returncode == 3, result.stderr
    assert old_pdf.read_bytes() == old
    assert len(PdfReader(str(old_pdf)).pages) >= 1
    assert pdfs(old_pdf.parent) == ["Protokoll.pdf"]
    # it died while writing: its temporary file is there (removed as stale by a later run)
    assert any(p.name.endswith(".tmp") for p in old_pdf.parent.iterdir())
