"""The hand-over bundle's format: entry names, limits, the manifest, and the messages
that name what is wrong with one.

The hand-over is ONE file, ``<community>-….copdesk-handover``: a ZIP archive with

* ``manifest.json`` — format, version, when and by whom it was made, the community's name,
  the schema revision, size and SHA-256 of the community file and of the sheet;
* ``community.copdesk`` — a consistent copy of the community file, made with SQLite's
  online-backup API through ``db.backup_to`` (a plain copy of a WAL database can miss
  everything still in the ``-wal``) and checked with ``quick_check``;
* the hand-over sheet as PDF (next meeting, host, moderator, open action items, top
  backlog topics, how the community works), built by ``copdesk/formats/handover_pdf.py``.

Why a ZIP and not two files: one attachment cannot lose its other half on the way, and
the checksum in the manifest proves the community file arrived whole. Why a file
extension of our own: so that the next organiser opens it with CoP Desk (File → Open a
hand-over…); anyone can still rename it to ``.zip`` and read the PDF without CoP Desk.

A bundle is input from someone else. :func:`inspect_bundle` checks all of it before
anything is extracted and refuses, with the reason, whatever :func:`write_bundle` would not
have written: other, duplicate or path-like entry names, encryption, compression other than
stored/deflate, an oversized, deeply nested or mistyped manifest, a naive or impossible
``created_at``, sizes beyond the limits or unlike the archive's own. Opening
(:func:`extract_bundle`) then streams the community file into a temporary file beside the
target, never past its declared size (so a zip bomb stops there), and past its first block
only if its SQLite header has our application id and states that size too, hashing on the
way; it compares the checksum, checks the file with ``integrity.inspect_file`` (ours,
intact, not from a newer version) while rebuilding it, keeps a backup of a file it
replaces, and renames it into place. No file name is taken from the bundle: the caller names the target and the
saved sheet.
:func:`check_target` tells the UI beforehand whether the target already exists and was
changed after the hand-over was made (then it holds newer data that would be lost: the UI
warns; also when the hand-over states a time still to come, which makes that unknowable).
Merging both is out of scope.

The bundle and the extracted file are readable by the user only (they hold every
member's personal data).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import struct
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from copdesk.model import errors
from copdesk.model.errors import QT_TRANSLATE_NOOP

SUFFIX = ".copdesk-handover"
FORMAT = "copdesk-handover"
VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "community.copdesk"
# Limits a bundle must keep before anything is extracted. A real community's file holds well
# under 1 MB after years (the demo: 0.4 MB); the large demo, with 5,000 members, 2,000
# meetings and 20,000 topics far beyond any community of practice, 10 MB. 200 MB leaves
# twenty times that. The cap is what a crafted zip bomb can still write, briefly, into the
# temporary file before its checksum or quick_check refuses it: one whose SQLite header and
# manifest agree on that size (_copy_entry refuses any other after its first block).
MAX_DB_BYTES = 200_000_000
MAX_SHEET_BYTES = 64_000_000
MANIFEST_MAX_BYTES = 64 << 10
MAX_INT = 2**63 - 1  # no size (nor version) of ours is larger: not even SQLite's or ZIP64's
MAX_TEXT = 1000  # characters of a manifest text (the community's name, the organiser …)
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)  # no hand-over was made before CoP Desk
CLOCK_SKEW = dt.timedelta(days=1)  # a sender's clock ahead of ours by up to a day is fine
BLOCK = 1 << 20

METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what write_bundle uses
ENCRYPTED_FLAGS = 0x0001 | 0x0040 | 0x2000  # traditional, strong, encrypted central directory
PATCHED_FLAG = 0x0020  # "compressed patched data", which zipfile cannot read
END_RECORD = struct.Struct("<4s4H2LH")  # end of central directory record
END_RECORD_SIGNATURE = b"PK\x05\x06"
MAX_LISTED = 16  # entries an end record may announce before zipfile reads the directory
MAX_DIRECTORY = 64 << 10
REVISION_PATTERN = re.compile(r"[0-9A-Za-z_]{1,32}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
_NOT_IN_NAMES = set('/\\:*?"<>|')

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# --- errors ----------------------------------------------------------------------------------


def not_a_handover(path: Path | str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is not a CoP Desk hand-over. A hand-over ends in .copdesk-handover and "
            "is made with “Pass the community on…” in the File menu.",
        ),
        path=path,
    )


def damaged_handover(path: Path | str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is incomplete or damaged (its contents do not match the sizes and "
            "checksums it states). Nothing was changed. Ask the previous organiser to send it "
            "again.",
        ),
        path=path,
    )


def bad_manifest(path: Path | str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” has an invalid description of its contents (manifest.json). It was not "
            "opened; nothing was changed. Ask the previous organiser to make the hand-over "
            "again.",
        ),
        path=path,
    )


def unexpected_entry(path: Path | str, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” contains “{name}”, which a CoP Desk hand-over never contains. It was "
            "not opened; nothing was changed. Ask the previous organiser to send the "
            "original file.",
        ),
        path=path,
        name=shown(name),
    )


def duplicate_entry(path: Path | str, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” contains “{name}” more than once, so other programs may show different "
            "contents than CoP Desk. It was not opened; nothing was changed.",
        ),
        path=path,
        name=shown(name),
    )


def encrypted_handover(path: Path | str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is password-protected (encrypted with a ZIP program). CoP Desk cannot "
            "open it like this: decrypt it with that program first, then open the decrypted "
            "file. Nothing was changed.",
        ),
        path=path,
    )


def repacked_handover(path: Path | str, method: int) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” was packed with a compression method CoP Desk does not read (method "
            "{method}), probably by another program. Ask the previous organiser to send the "
            "original .copdesk-handover file. Nothing was changed.",
        ),
        path=path,
        method=method,
    )


def bad_time(path: Path | str, when: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” states an impossible time at which it was made ({when}). It was not "
            "opened; nothing was changed. Ask the previous organiser to check the computer's "
            "date, time and time zone and to make the hand-over again.",
        ),
        path=path,
        when=shown(when),
    )


def too_large(path: Path | str, size: int, limit: int) -> errors.FileProblem:
    # in whole numbers: a float division overflows for a size beyond about 10**308
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” states {size} MB of contents, more than a hand-over may hold "
            "({limit} MB). It was not opened; nothing was changed.",
        ),
        path=path,
        size=-(-size // 1_000_000),
        limit=limit // 1_000_000,
    )


def shown(text: str, limit: int = 80) -> str:
    """*text* from a bundle, fit for a message: no control characters, not too long."""
    clean = "".join("?" if unicodedata.category(c)[0] == "C" else c for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def target_in_use(path: Path | str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is open in CoP Desk right now and cannot be replaced. Choose another "
            "name, or close it first.",
        ),
        path=path,
    )


@dataclass(frozen=True)
class Manifest:
    format: str
    version: int
    created_at: str  # ISO instant, UTC
    community: str
    organiser: str
    revision: str
    size: int
    sha256: str
    sheet: str
    sheet_size: int
    sheet_sha256: str
    program: str

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)


MANIFEST_TYPES = {f.name: int if f.type == "int" else str for f in fields(Manifest)}


def plain_name(name: str) -> bool:
    """A file name without folders, drive letters, control characters or a leading dot."""
    return (
        0 < len(name) <= 100
        and not name.startswith((".", " "))
        and not name.endswith((".", " "))
        and not _NOT_IN_NAMES.intersection(name)
        and not any(unicodedata.category(c)[0] == "C" for c in name)
    )


def sheet_name_ok(name: str) -> bool:
    return plain_name(name) and name.lower().endswith(".pdf")


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{d}{i}" for d in ("COM", "LPT") for i in range(10))}


def file_stem(text: str, sep: str = "-") -> str:
    """A file name made of *text* (a community's name): letters, digits, ' -_', 60 at most."""
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    safe = sep.join(safe.split())[:60].strip(" -_")
    return safe if safe and safe.upper() not in _RESERVED else "community"


def suggested_name(community: str, day: dt.date, word: str = "handover") -> str:
    return f"{file_stem(community)}-{word}-{day.isoformat()}{SUFFIX}"
