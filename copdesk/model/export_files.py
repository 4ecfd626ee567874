"""The one atomic writer: files appear complete or not at all, readable by the user only.

Every file CoP Desk writes goes through :class:`StagedFile` (exports through
:func:`write_private`; community files, backups and received hand-overs too): the content
is written to a temporary file in the target folder (``mkstemp`` creates it with mode 0600
on POSIX), flushed to disk, then renamed over the target and the folder flushed. The
target is therefore either the old file or the complete new one, and it is never readable
by other users of the machine (RELIABILITY.md, "Exports" and "Data protection"). On
Windows the mode bits have no effect; the user's profile folders are private there by
default."""

from __future__ import annotations

import errno
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
        raise file_problem(target, exc) from exc
    return StagedFile(target, content).publish()


class BuiltBy:
    """Content written by something that opens the file by its name (SQLite).

    *build* receives the staged file's path; with *new*, the path does not exist yet when
    *build* runs (SQLite must create the file itself).
    """

    def __init__(self, build: Callable[[Path], None], *, new: bool = False) -> None:
        self.build = build
        self.new = new


Content = bytes | Callable[[BinaryIO], None] | BuiltBy
Problem = Callable[[Path, OSError], errors.FileProblem]


class StagedFile:
    """A complete private file written beside *target*, not yet in its place.

    :meth:`publish` renames it over *target* (atomic); :meth:`discard` removes it. This
    lets a file appear only once the database change it belongs to is committed (an
    invitation whose sequence number is recorded): the slow, fallible part — writing and
    flushing — happens before the commit, the rename after it. Until then *target* is
    untouched, whatever happens to the writing (an error, a kill, a power cut): a killed
    run's staged file is removed later by ``tempfiles.remove_stale``. *problem* turns an
    ``OSError`` into the ``FileProblem`` the user sees; *label* goes into the staged
    file's name (a database's name, so that its ``-wal`` is recognisably ours).
    """

    def __init__(
        self,
        target: Path,
        content: Content,
        problem: Problem | None = None,
        *,
        label: str = "",
    ) -> None:
        self.target = Path(target)
        self._problem = problem or file_problem
        try:
            # a short name by default: the target's name may already be as long as allowed
            fd, tmp = tempfiles.mkstemp(self.target.parent, label)
        except OSError as exc:
            raise self._problem(self.target, exc) from exc
        self._tmp: Path | None = tmp
        try:
            if isinstance(content, BuiltBy):
                os.close(fd)
                if content.new:
                    tmp.unlink()
                content.build(tmp)
                fsync_file(tmp)
            else:
                with os.fdopen(fd, "wb") as fh:
                    if callable(content):
                        content(fh)
                    else:
                        fh.write(content)
                    fh.flush()
                    os.fsync(fh.fileno())
            make_private(tmp)
        except OSError as exc:
            self.discard()
            raise self._problem(self.target, exc) from exc
        except BaseException:
            self.discard()
            raise

    @property
    def path(self) -> Path:
        """Where the staged file is now (to check it before it is published)."""
        if self._tmp is None:
            raise RuntimeError("this file was already published or discarded")
        return self._tmp

    def publish(self) -> Path:
        """Put the file in place; on failure the target is as it was and nothing is left."""
        tmp = self.path
        try:
            os.replace(tmp, self.target)
        except OSError as exc:
            self.discard()
            raise self._problem(self.target, exc) from exc
        self._tmp = None
        tempfiles.discard(tmp)  # a database's -wal/-shm under the staged name, if any
        sync_folder(self.target.parent)
        return self.target

    def discard(self) -> None:
        """Remove the staged file (and a database's side files); never raises."""
        if self._tmp is not None:
            tempfiles.discard(self._tmp)
            self._tmp = None


def fsync_file(path: Path) -> None:
    """Flush a file written by someone else (SQLite) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(folder: Path) -> None:
    """Flush a rename in *folder* to the disk (POSIX); a folder that cannot be flushed (some
    network file systems) is left to the operating system: the rename itself has happened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # EINVAL on file systems without directory sync
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    """Mode 0600 where the platform has modes (no-op elsewhere)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)


def file_problem(target: Path, exc: OSError) -> errors.FileProblem:
    """The message for a failed write: disk full, read-only, or the system's reason."""

    if exc.errno == errno.ENOSPC:
        return errors.disk_full(target)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return errors.read_only_file(target)
    return errors.cannot_write(target, exc.strerror or str(exc))
