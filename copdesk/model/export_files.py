"""Writing files that hold personal data: atomically, and readable by the user only.

Every export (CSV, vCard, subject-access report, hand-over bundle) goes through
:func:`write_private`: the content is written to a temporary file in the target folder
(``mkstemp`` creates it with mode 0600 on POSIX), flushed to disk, then renamed over the
target. The target is therefore either the old file or the complete new one, and it is
never readable by other users of the machine (RELIABILITY.md, "Exports" and "Data
protection"). On Windows the mode bits have no effect; the user's profile folders are
private there by default.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from copdesk.model import errors, tempfiles

PRIVATE_MODE = 0o600


def write_private(target: Path, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write *content* (bytes, or a function writing to a binary file) to *target*.

    Raises a ``FileProblem`` (disk full, read-only folder …) and leaves *target* as it was.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _problem(target, exc) from exc
    return StagedFile(target, content).publish()


class StagedFile:
    """A complete private file written beside *target*, not yet in its place.

    :meth:`publish` renames it over *target* (atomic); :meth:`discard` removes it. This
    lets a file appear only once the database change it belongs to is committed (an
    invitation whose sequence number is recorded): the slow, fallible part — writing and
    flushing — happens before the commit, the rename after it. *problem* turns an
    ``OSError`` into the ``FileProblem`` the user sees.
    """

    def __init__(
        self,
        target: Path,
        content: bytes | Callable[[BinaryIO], None],
        problem: Callable[[Path, OSError], errors.FileProblem] | None = None,
    ) -> None:
        self.target = Path(target)
        self._problem = problem or _problem
        try:
            # a short fixed name: the target's name may already be as long as allowed
            fd, tmp = tempfiles.mkstemp(self.target.parent)
        except OSError as exc:
            raise self._problem(self.target, exc) from exc
        self._tmp: Path | None = tmp
        try:
            with os.fdopen(fd, "wb") as fh:
                if callable(content):
                    content(fh)
                else:
                    fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            make_private(self._tmp)
        except OSError as exc:
            self.discard()
            raise self._problem(self.target, exc) from exc
        except BaseException:
            self.discard()
            raise

    def publish(self) -> Path:
        """Put the file in place; on failure the target is as it was and nothing is left."""
        if self._tmp is None:
            raise RuntimeError("this file was already published or discarded")
        try:
            os.replace(self._tmp, self.target)
            self._tmp = None
        except OSError as exc:
            self.discard()
            raise self._problem(self.target, exc) from exc
        return self.target

    def discard(self) -> None:
        if self._tmp is not None:
            try:
                self._tmp.unlink()
            except OSError:
                pass  # already gone; nothing else to do
            self._tmp = None


def make_private(path: Path) -> None:
    """Mode 0600 where the platform has modes (no-op elsewhere)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)


def _problem(target: Path, exc: OSError) -> errors.FileProblem:
    import errno

    if exc.errno == errno.ENOSPC:
        return errors.disk_full(target)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.read_only_file(target)
    return errors.cannot_write(target, exc.strerror or str(exc))
