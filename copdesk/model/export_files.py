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
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from copdesk.model import errors

PRIVATE_MODE = 0o600


def write_private(target: Path, content: bytes | Callable[[BinaryIO], None]) -> Path:
    """Write *content* (bytes, or a function writing to a binary file) to *target*.

    Raises a ``FileProblem`` (disk full, read-only folder …) and leaves *target* as it was.
    """
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _problem(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(content):
                content(fh)
            else:
                fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        make_private(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise _problem(target, exc) from exc
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass
    return target


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
