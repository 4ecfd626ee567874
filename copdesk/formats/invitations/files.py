"""An invitation file (.ics or .eml) that appears only together with its send-log record.

The file is rendered and written beside its target inside the unit of work, so a file that
cannot be written leaves the send log unchanged; it is renamed into place only after the
commit, so a failed commit leaves no file behind whose sequence number the next send would
use again (Outlook ignores an update that does not raise the sequence). Should the rename
itself fail after the commit, sending again gives the same file: unchanged content keeps
its sequence number (``copdesk.model.invitations``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from copdesk.formats.invitations import text as words
from copdesk.model import invitations
from copdesk.model.export_files import StagedFile
from copdesk.model.invitations.dto import EML, Invitation

T = TypeVar("T")


def render(inv: Invitation) -> bytes:
    """The file's bytes: an e-mail draft for ``EML``, a calendar file otherwise."""
    if inv.kind == EML:
        from copdesk.formats.invitations.eml import eml_bytes

        return eml_bytes(inv)
    from copdesk.formats.invitations.ics import ics_bytes

    return ics_bytes(inv)


def send_to_file(
    run: Callable[..., T],
    meeting_id: int,
    options: invitations.InviteOptions,
    path: str | os.PathLike,
) -> tuple[T, Invitation]:
    """Send through *run* (``uow.write`` or ``Commands.run`` with its first arguments
    bound) and write the file to *path*; returns what *run* returned and the invitation."""
    staged: list[tuple[StagedFile, Invitation]] = []

    def produce(inv: Invitation):
        staged.append((words.stage_file(path, render(inv)), inv))
        return staged[-1][0].target

    try:
        outcome = run(invitations.send_invitation, meeting_id, options, produce)
    except BaseException:
        for file, _inv in staged:
            file.discard()
        raise
    for file, _inv in staged:
        file.publish()
    return outcome, staged[-1][1]
