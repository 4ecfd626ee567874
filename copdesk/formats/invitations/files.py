"""An invitation file (.ics or .eml) that appears only together with its send-log record.

The file is rendered and written beside its target inside the unit of work (a private
temporary file in the target folder, see :func:`stage_file`), so a file that cannot be
written leaves the send log unchanged; it is renamed into place only after the commit, so
a failed commit leaves no file behind whose sequence number the next send would use again
(Outlook ignores an update that does not raise the sequence). Should the rename itself
fail after the commit, sending again gives the same file: unchanged content keeps its
sequence number (``copdesk.model.invitations``).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from copdesk.formats.invitations.eml import eml_bytes
from copdesk.formats.invitations.ics import ics_bytes
from copdesk.model.errors import QT_TRANSLATE_NOOP, FileProblem, cannot_write, disk_full
from copdesk.model.export_files import StagedFile
from copdesk.model.invitations import EML, Invitation, InviteOptions, send_invitation

T = TypeVar("T")


def render(inv: Invitation) -> bytes:
    """The file's bytes: an e-mail draft for ``EML``, a calendar file otherwise."""
    if inv.kind == EML:
        return eml_bytes(inv)
    return ics_bytes(inv)


def send_to_file(
    run: Callable[..., T],
    meeting_id: int,
    options: InviteOptions,
    path: str | os.PathLike[str],
) -> tuple[T, Invitation]:
    """Send through *run* (``uow.write`` or ``Commands.run`` with its first arguments
    bound) and write the file to *path*; returns what *run* returned and the invitation."""
    staged: list[tuple[StagedFile, Invitation]] = []

    def produce(inv: Invitation) -> Path:
        staged.append((stage_file(path, render(inv)), inv))
        return staged[-1][0].target

    try:
        outcome = run(send_invitation, meeting_id, options, produce)
    except BaseException:
        for file, _inv in staged:
            file.discard()
        raise
    for file, _inv in staged:
        file.publish()
    return outcome, staged[-1][1]


# --- writing beside the target ----------------------------------------------------------


def not_writable(path: Path) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” cannot be written: you have no permission to write in this folder, or "
            "it is read-only. Choose another folder, for example your documents.",
        ),
        path=path,
    )


def no_folder(path: Path) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "The folder for “{path}” does not exist. Choose an existing folder.",
        ),
        path=path,
    )


def is_folder(path: Path) -> FileProblem:
    return FileProblem(
        QT_TRANSLATE_NOOP("errors", "“{path}” is a folder. Enter a file name."),
        path=path,
    )


def _file_problem(target: Path, exc: OSError) -> FileProblem:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return not_writable(target)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return disk_full(target)
    if exc.errno == errno.ENOENT:
        return no_folder(target)
    return cannot_write(target, exc.strerror or str(exc))


def stage_file(path: str | os.PathLike[str], data: bytes) -> StagedFile:
    """Write *data* to a private temporary file beside *path*; ``publish()`` renames it
    into place (see ``export_files.StagedFile``).

    A problem (missing folder, no permission, disk full) becomes a ``FileProblem`` with a
    clear message and leaves an existing file at *path* untouched.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise is_folder(target)
    if not target.parent.is_dir():
        raise no_folder(target)
    return StagedFile(target, data, problem=_file_problem)
