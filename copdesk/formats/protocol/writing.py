"""Writing the protocol PDF: built into a private temporary file beside the target, then
renamed into place (``model.export_files.StagedFile``, the one atomic writer).

The target is either the old file or the complete new one; a cancelled or failed build
leaves nothing behind. Problems become the messages below (disk full, a folder that cannot
be written, a target held open by a PDF viewer).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import BinaryIO

from copdesk.formats.protocol.document import (
    CM,
    DocumentInfo,
    canvas_class,
    document_info,
    make_document,
)
from copdesk.formats.protocol.logo import check_logo
from copdesk.formats.protocol.options import (
    DEFAULT_OPTIONS,
    PROGRESS_TOTAL,
    Cancelled,
    CancelledFn,
    ProgressFn,
    ProtocolOptions,
)
from copdesk.formats.protocol.sections import Sections
from copdesk.model.errors import QT_TRANSLATE_NOOP, FileProblem, UserError
from copdesk.model.export_files import StagedFile
from copdesk.model.minutes import Minutes


def not_writable(folder: Path, exc: OSError) -> FileProblem:
    """The PDF cannot be written into *folder*: the disk is full, or another reason."""
    if exc.errno == errno.ENOSPC:
        return FileProblem(
            QT_TRANSLATE_NOOP(
                "errors", "The disk holding “{path}” is full. Free some space and try again."
            ),
            path=str(folder),
        )
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "The PDF cannot be written to the folder “{path}” ({detail}). Choose another "
            "folder, for example your documents.",
        ),
        path=str(folder),
        detail=exc.strerror or str(exc),
    )


def not_replaced(target: Path, exc: OSError) -> FileProblem:
    """The complete new PDF could not take the old one's place (open in a viewer?)."""
    return FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” could not be replaced. If it is open in a PDF viewer, close "
            "it there and try again. ({detail})",
        ),
        path=str(target),
        detail=exc.strerror or str(exc),
    )


class _Problems:
    """What an ``OSError`` means to the user depends on the step: writing, or the rename."""

    def __init__(self) -> None:
        self.publishing = False

    def __call__(self, target: Path, exc: OSError) -> FileProblem:
        if self.publishing:
            return not_replaced(target, exc)
        return not_writable(target.parent, exc)


def build_story(
    m: Minutes, options: ProtocolOptions = DEFAULT_OPTIONS
) -> tuple[list[object], DocumentInfo]:
    """The flowables of the protocol and the page information (no file written)."""
    # deferred: reportlab costs start-up time
    from reportlab.lib.pagesizes import A4

    info = document_info(m, options)
    return Sections(m, options).build(A4[0] - 4.0 * CM), info


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is a folder. Choose a file name for the PDF."),
            path=str(target),
        )
    folder = target.parent
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder “{path}” does not exist. Choose another folder."
            ),
            path=str(folder),
        )


def build_protocol(
    m: Minutes,
    target: Path | str,
    options: ProtocolOptions = DEFAULT_OPTIONS,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the protocol PDF to *target* (temporary file in the same folder, then renamed).

    Raises ``Cancelled`` when *cancelled()* turns true, ``UserError`` for a folder that
    cannot be written or a logo that is not an image; in every such case nothing is left
    behind and an existing *target* is unchanged.
    """
    target = Path(target)
    report = progress or (lambda _d, _t: None)
    is_cancelled = cancelled or (lambda: False)
    report(0, PROGRESS_TOTAL)
    if options.logo:
        check_logo(options.logo)
    _check_target(target)
    story, info = build_story(m, options)
    if is_cancelled():
        raise Cancelled()
    report(PROGRESS_TOTAL // 10, PROGRESS_TOTAL)
    total = max(len(story), 1)
    done = 0

    def on_flowable(_flowable: object) -> None:
        nonlocal done
        done += 1
        if is_cancelled():
            raise Cancelled()
        report(
            PROGRESS_TOTAL // 10 + (PROGRESS_TOTAL * 85 // 100) * min(done, total) // total,
            PROGRESS_TOTAL,
        )

    def write(fh: BinaryIO) -> None:
        doc = make_document(fh, info, on_flowable=on_flowable)
        doc.build(story, canvasmaker=canvas_class(info))
        if is_cancelled():
            raise Cancelled()

    problems = _Problems()
    staged = StagedFile(target, write, problems)
    problems.publishing = True
    staged.publish()
    report(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return target


def save_copy(built: Path, target: Path) -> Path:
    """Save an already built protocol (the previewed one) as *target*, atomically."""

    def copy(fh: BinaryIO) -> None:
        with built.open("rb") as source:
            shutil.copyfileobj(source, fh)

    return StagedFile(target, copy, lambda t, exc: not_writable(t.parent, exc)).publish()
