"""Is a file one the program can use: its identity, its schema exactly ours for its revision
(``schema``, ``snapshots``), every value one the program can use (``values``), and every row
the ORM writes held to the same rules (``writes``: mapper events, registered on import).
``inspection`` reads a file without writing to it. Sits below ``db``, which opens a file
only after these checks; the rebuild of a received file is the hand-over's."""

from copdesk.model.integrity import writes  # noqa: F401 - registers the row checks
from copdesk.model.integrity.inspection import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    SQLITE_HEADER,
    FileInfo,
    check_file,
    check_identity,
    inspect_file,
    ro_connect,
)
from copdesk.model.integrity.schema import columns, quote
from copdesk.model.integrity.values import BadValue, known_good, stamp

__all__ = [
    "APPLICATION_ID",
    "BUSY_TIMEOUT_MS",
    "SQLITE_HEADER",
    "BadValue",
    "FileInfo",
    "check_file",
    "check_identity",
    "columns",
    "inspect_file",
    "known_good",
    "quote",
    "ro_connect",
    "stamp",
]
