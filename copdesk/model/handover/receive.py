"""Opening a received hand-over: check the whole bundle, stream the community file out
against its declared size and checksum, rebuild it, then put it in place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import os
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from copdesk.model import db, errors
from copdesk.model.contacts_import import Cancelled
from copdesk.model.export_files import StagedFile, make_private
from copdesk.model.filelock import FileLock, LockHeld
from copdesk.model.handover.bundle import (
    BLOCK,
    CLOCK_SKEW,
    DB_NAME,
    EARLIEST,
    ENCRYPTED_FLAGS,
    END_RECORD,
    END_RECORD_SIGNATURE,
    FORMAT,
    MANIFEST,
    MANIFEST_MAX_BYTES,
    MANIFEST_TYPES,
    MAX_DB_BYTES,
    MAX_DIRECTORY,
    MAX_INT,
    MAX_LISTED,
    MAX_SHEET_BYTES,
    MAX_TEXT,
    METHODS,
    PATCHED_FLAG,
    REVISION_PATTERN,
    SHA256_PATTERN,
    VERSION,
    Manifest,
    Progress,
    bad_manifest,
    bad_time,
    damaged_handover,
    duplicate_entry,
    encrypted_handover,
    not_a_handover,
    plain_name,
    repacked_handover,
    sheet_name_ok,
    target_in_use,
    too_large,
    unexpected_entry,
)
from copdesk.model.handover.rebuild import rebuild_in_place
from copdesk.model.integrity import (
    APPLICATION_ID,
    SQLITE_HEADER,
    inspect_file,
)
from copdesk.model.migrations import REVISIONS

log = logging.getLogger(__name__)


# --- opening a hand-over -------------------------------------------------------------------


@dataclass(frozen=True)
class Bundle:
    """A hand-over file that passed every check of :func:`inspect_bundle`."""

    path: Path
    manifest: Manifest


def inspect_bundle(path: Path, *, now: dt.datetime | None = None) -> Bundle:
    """Check the whole bundle before anything is extracted; a ``FileProblem`` names why not.

    Accepted is exactly what :func:`write_bundle` writes: the entries ``manifest.json``,
    ``community.copdesk`` and the sheet the manifest names, each once, with a plain name,
    unencrypted, stored or deflated; a small manifest of exactly our fields and types
    (parsed without letting deep nesting, duplicate keys or NaN through), made at an aware
    time between :data:`EARLIEST` and now (plus a day of clock skew), declaring sizes
    within the limits that match the archive's own. Only the contents' checksums are left
    to :func:`extract_bundle`, which compares them while streaming.
    """
    path = Path(path)
    if not path.exists():
        raise errors.file_missing(path)
    try:
        with open(path, "rb") as fh:
            _check_directory(fh, path)
        with zipfile.ZipFile(path) as zf:
            entries = _check_entries(zf, path)
            info = entries[MANIFEST]
            if info.file_size > MANIFEST_MAX_BYTES:
                raise bad_manifest(path)
            with zf.open(info) as src:
                raw = src.read(MANIFEST_MAX_BYTES + 1)
            manifest = _parse_manifest(raw, path, now or dt.datetime.now(dt.UTC))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        struct.error,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ):
        # whatever else the archive's structure gets wrong (the checks above name the
        # cases we know; these are zipfile's own refusals)
        raise not_a_handover(path) from None
    except OSError as exc:
        raise errors.cannot_write(path, exc.strerror or str(exc)) from exc
    for name in entries:
        if name not in (MANIFEST, DB_NAME, manifest.sheet):
            raise unexpected_entry(path, name)
    if manifest.sheet not in entries:
        raise bad_manifest(path)
    if (
        entries[DB_NAME].file_size != manifest.size
        or entries[manifest.sheet].file_size != manifest.sheet_size
    ):
        raise damaged_handover(path)
    return Bundle(path, manifest)


def read_manifest(path: Path) -> Manifest:
    """The manifest of a hand-over bundle that passed :func:`inspect_bundle`."""
    return inspect_bundle(path).manifest


def read_sheet(path: Path) -> bytes:
    """The hand-over sheet (PDF bytes) of a bundle, checked against its size and checksum."""
    manifest = read_manifest(path)
    out = io.BytesIO()
    try:
        with zipfile.ZipFile(path) as zf:
            _copy_entry(
                zf,
                manifest.sheet,
                manifest.sheet_size,
                manifest.sheet_sha256,
                out,
                path,
                magic=b"%PDF",
            )
    except zipfile.BadZipFile:
        raise damaged_handover(path) from None
    except OSError as exc:
        raise errors.cannot_write(path, exc.strerror or str(exc)) from exc
    return out.getvalue()


def _check_directory(fh: BinaryIO, path: Path) -> None:
    """Refuse oversized files and central directories before ``zipfile`` reads them.

    ``zipfile`` reads the whole central directory into memory when it opens a file; ours
    has three short entries, so its end record must announce a few, in a few kilobytes.
    """
    size = os.fstat(fh.fileno()).st_size
    limit = MAX_DB_BYTES + MAX_SHEET_BYTES + MANIFEST_MAX_BYTES + (1 << 20)  # and headers
    if size > limit:
        raise too_large(path, size, limit)
    tail_size = min(size, END_RECORD.size + 0xFFFF)  # the end record, and a comment at most
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(END_RECORD_SIGNATURE)
    if at < 0 or len(tail) - at < END_RECORD.size:
        raise not_a_handover(path)
    entries, directory_size = END_RECORD.unpack_from(tail, at)[4:6]
    if entries > MAX_LISTED or directory_size > MAX_DIRECTORY:
        raise not_a_handover(path)


def _check_entries(zf: zipfile.ZipFile, path: Path) -> dict[str, zipfile.ZipInfo]:
    """Each entry once, under a plain name, readable without a password or foreign codec."""
    entries: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        if name in entries:  # another tool would show the first, zipfile the last
            raise duplicate_entry(path, name)
        if name != info.orig_filename or not plain_name(name):  # zipfile cuts at a NUL
            raise unexpected_entry(path, info.orig_filename)
        entries[name] = info
    for info in entries.values():
        if info.flag_bits & ENCRYPTED_FLAGS:
            raise encrypted_handover(path)
        if info.compress_type not in METHODS or info.flag_bits & PATCHED_FLAG:
            raise repacked_handover(path, info.compress_type)
    if MANIFEST not in entries or DB_NAME not in entries:
        raise not_a_handover(path)
    return entries


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("duplicate key")
    return data


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _parse_manifest(raw: bytes, path: Path, now: dt.datetime) -> Manifest:
    if len(raw) > MANIFEST_MAX_BYTES:
        raise bad_manifest(path)
    try:
        data = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[[…
        raise bad_manifest(path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise not_a_handover(path)
    version = data.get("version")
    # a newer format may have other fields (a version beyond MAX_INT is simply invalid)
    if type(version) is int and VERSION < version <= MAX_INT:
        raise errors.too_new_file(path, str(version))
    if data.keys() != MANIFEST_TYPES.keys():
        raise bad_manifest(path)
    for key, value in data.items():
        kind = MANIFEST_TYPES[key]
        if type(value) is not kind:  # bool is an int, but not ours
            raise bad_manifest(path)
        if (isinstance(value, int) and not 0 <= value <= MAX_INT) or (
            isinstance(value, str)
            and (len(value) > MAX_TEXT or any(unicodedata.category(c) == "Cc" for c in value))
        ):
            raise bad_manifest(path)
    manifest = Manifest(**data)
    if (
        manifest.version < 1
        or not REVISION_PATTERN.fullmatch(manifest.revision)
        or not SHA256_PATTERN.fullmatch(manifest.sha256)
        or not SHA256_PATTERN.fullmatch(manifest.sheet_sha256)
        or not sheet_name_ok(manifest.sheet)
    ):
        raise bad_manifest(path)
    try:
        created = dt.datetime.fromisoformat(manifest.created_at)
        sane = created.utcoffset() is not None and EARLIEST <= created <= now + CLOCK_SKEW
    except (ValueError, OverflowError):
        sane = False
    if not sane:
        raise bad_time(path, manifest.created_at)
    if manifest.size > MAX_DB_BYTES:
        raise too_large(path, manifest.size, MAX_DB_BYTES)
    if manifest.sheet_size > MAX_SHEET_BYTES:
        raise too_large(path, manifest.sheet_size, MAX_SHEET_BYTES)
    return manifest


@dataclass(frozen=True, slots=True)
class TargetState:
    exists: bool
    newer: bool  # changed after the hand-over was made: replacing it loses those changes
    modified_at: dt.datetime | None
    # the hand-over states a time still to come (its sender's clock was ahead, by up to
    # CLOCK_SKEW): whether the file was changed after it cannot be told, so it counts as newer
    ahead: bool = False


def last_modified(path: Path) -> dt.datetime | None:
    """When the community file (or its -wal) was last written, as an aware UTC time."""
    times = []
    for p in (Path(path), Path(f"{path}-wal")):
        try:
            times.append(p.stat().st_mtime)
        except OSError:
            continue
    if not times:
        return None
    return dt.datetime.fromtimestamp(max(times), dt.UTC)


def check_target(
    manifest: Manifest, target: Path, *, now: dt.datetime | None = None
) -> TargetState:
    target = Path(target)
    if not target.exists():
        return TargetState(False, False, None)
    modified = last_modified(target)
    ahead = manifest.created > (now or dt.datetime.now(dt.UTC))
    # the extracted file's time is set to the hand-over's own (extract_bundle), so any later
    # write counts; a file system that rounds times up only ever warns once too often
    newer = ahead or (
        modified is not None and modified > manifest.created + dt.timedelta(milliseconds=1)
    )
    return TargetState(True, newer, modified, ahead)


def _database_header_ok(header: bytes, size: int) -> bool:
    """The first 100 bytes of a community file of *size* bytes, as ``db.backup_to`` writes
    it: SQLite's header with our ``application_id``, and a page count that is current
    ("version valid for" = change counter) and, times the page size, exactly *size*."""
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page_size = struct.unpack_from(">H", header, 16)[0]
    page_size = 65536 if page_size == 1 else page_size
    changed, pages = struct.unpack_from(">2L", header, 24)
    (valid_for,) = struct.unpack_from(">L", header, 92)
    (application_id,) = struct.unpack_from(">L", header, 68)
    return (
        application_id == APPLICATION_ID
        and 512 <= page_size <= 65536
        and page_size & (page_size - 1) == 0
        and pages > 0
        and changed == valid_for
        and page_size * pages == size
    )


def _copy_entry(
    zf: zipfile.ZipFile,
    name: str,
    size: int,
    sha256: str,
    out: BinaryIO,
    bundle: Path,
    *,
    magic: bytes = b"",
    header: Callable[[bytes, int], bool] | None = None,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Stream entry *name* into *out*: never more than its declared *size*, hashed on the way.

    Refuses (``damaged_handover``) as soon as one byte more than *size* arrives, the
    content does not start with *magic* or, with *header*, its first 100 bytes fail
    ``header(first_100_bytes, size)`` (checked before anything is written), and at the end
    unless exactly *size* bytes with the declared SHA-256 arrived: a zip bomb stops at the
    size its manifest declared, and with *header* at its first block unless the content
    itself states that size too.
    """
    digest = hashlib.sha256()
    written = 0
    head = b""
    try:
        with zf.open(name) as src:
            # one byte more than is left is enough to see that there is too much
            while block := src.read(min(BLOCK, size - written + 1)):
                if written == 0 and not block.startswith(magic[: len(block)]):
                    raise damaged_handover(bundle)
                if header is not None and len(head) < 100:
                    head += block[: 100 - len(head)]
                    if len(head) == 100 and not header(head, size):
                        raise damaged_handover(bundle)
                written += len(block)
                if written > size:
                    raise damaged_handover(bundle)
                digest.update(block)
                out.write(block)
                if cancelled is not None and cancelled():
                    raise Cancelled
                if report is not None:
                    report(written, size)
    except (zipfile.BadZipFile, EOFError, zlib.error):  # CRC, truncated or invalid deflate
        raise damaged_handover(bundle) from None
    if written != size or digest.hexdigest() != sha256 or (header and len(head) < 100):
        raise damaged_handover(bundle)


# what db.inspect_file says of a file that is not intact (while its header looked ours)
_NOT_INTACT = {errors.corrupt_file("").template, errors.not_a_community_file("").template}


def extract_bundle(
    bundle: Path,
    target: Path,
    *,
    backup_dir: Path | None = None,
    sheet: Path | None = None,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Put the bundle's community file at *target*; returns the backup of a replaced file.

    The whole bundle is checked first (:func:`inspect_bundle`), the community file is
    streamed into a temporary file beside *target* against its declared size and checksum
    and checked with ``db.inspect_file``; only then is the user's file backed up and
    replaced. A file that is open (locked) is never replaced. With *sheet*, the hand-over
    sheet is checked the same way and saved there, after the community file (the name is
    the caller's: no file name is ever taken from the bundle). *cancelled* may stop it
    (``Cancelled``) until the replacing begins.
    """
    bundle, target = Path(bundle), Path(target)
    manifest = inspect_bundle(bundle).manifest
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.cannot_write(target, exc.strerror or str(exc)) from exc
    lock = FileLock(target)
    locked = False
    incoming: StagedFile | None = None
    staged: StagedFile | None = None
    try:
        with zipfile.ZipFile(bundle) as zf:
            incoming = StagedFile(
                target,
                lambda out: _copy_entry(
                    zf,
                    DB_NAME,
                    manifest.size,
                    manifest.sha256,
                    out,
                    bundle,
                    magic=SQLITE_HEADER,
                    header=_database_header_ok,
                    report=report,
                    cancelled=cancelled,
                ),
                db.cannot_write,
                label=target.name,
            )
            if sheet is not None:
                staged = StagedFile(
                    Path(sheet),
                    lambda fh: _copy_entry(
                        zf,
                        manifest.sheet,
                        manifest.sheet_size,
                        manifest.sheet_sha256,
                        fh,
                        bundle,
                        magic=b"%PDF",
                    ),
                )
        tmp = incoming.path
        try:
            rebuild_in_place(tmp, shown_as=bundle)  # its rows in a fresh file, never the sender's
        except errors.FileProblem as exc:
            # "damaged … restore the latest backup" is advice for one's own file
            if exc.template in _NOT_INTACT:
                log.warning("received community file refused: %s", exc.params.get("detail"))
                raise damaged_handover(bundle) from None
            raise
        try:
            info = inspect_file(tmp)
        except errors.FileProblem:
            raise damaged_handover(bundle) from None
        if info.revision not in REVISIONS:
            raise errors.too_new_file(bundle, str(info.revision))
        if cancelled is not None and cancelled():
            raise Cancelled
        make_private(tmp)
        # "changed since the hand-over" compares to this; never ahead of our clock, or a
        # change made before the hand-over's stated time would look older than it
        created = min(manifest.created, dt.datetime.now(dt.UTC)).timestamp()
        os.utime(tmp, (created, created))
        try:
            lock.acquire()
            locked = True
        except LockHeld:
            raise target_in_use(target) from None
        kept = None
        if target.exists():
            # into the file's own backup folder, so File → Restore a backup… offers it
            backups = Path(backup_dir) / db.backup_folder_name(target) if backup_dir else None
            kept = db.backup_to(target, db.backup_path_for(target, backups, "before-handover"))
            for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                try:
                    leftover.unlink()  # an old -wal must never be replayed onto the new file
                except FileNotFoundError:
                    pass
        incoming.publish()
        if staged is not None:
            try:
                staged.publish()
            except errors.FileProblem as exc:  # the community is in place; the PDF is extra
                log.warning("hand-over sheet not saved: %s", type(exc).__name__)
        return kept
    except zipfile.BadZipFile:  # the bundle changed since it was inspected
        raise damaged_handover(bundle) from None
    except OSError as exc:
        raise errors.cannot_write(target, exc.strerror or str(exc)) from exc
    finally:
        if locked:
            lock.release()
        if staged is not None:
            staged.discard()
        if incoming is not None:
            incoming.discard()
