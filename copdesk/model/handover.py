"""Passing the community on to the next organiser, and opening what was passed on.

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
target, never past its declared size (so a zip bomb stops there), hashing on the way,
compares the checksum, checks it with ``db.inspect_file`` (ours, intact, not from a newer
version), keeps a backup of a file it replaces, and renames it into place. No file name is
taken from the bundle: the caller names the target and the saved sheet.
:func:`check_target` tells the UI beforehand whether the target already exists and was
changed after the hand-over was made (then it holds newer data that would be lost: the UI
warns). Merging both is out of scope.

The bundle and the extracted file are readable by the user only (they hold every
member's personal data).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import math
import os
import re
import shutil
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk import __version__
from copdesk.model import db, errors, groups, tempfiles
from copdesk.model import entities as E
from copdesk.model.dto import ActionSummary, TopicSummary
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.contacts_import import Cancelled
from copdesk.model.export_files import StagedFile, make_private, write_private
from copdesk.model.filelock import FileLock, LockHeld
from copdesk.model.rebuild import rebuild_in_place

SUFFIX = ".copdesk-handover"
FORMAT = "copdesk-handover"
VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "community.copdesk"
# Limits a bundle must keep before anything is extracted. A community file holds a few MB
# (the demo: well under one); the cap stops a zip bomb from filling the disk, and the
# declared size stops it much earlier while extracting (_copy_entry).
MAX_DB_BYTES = 1_000_000_000
MAX_SHEET_BYTES = 64_000_000
MANIFEST_MAX_BYTES = 64 << 10
MAX_TEXT = 1000  # characters of a manifest text (the community's name, the organiser …)
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)  # no hand-over was made before CoP Desk
CLOCK_SKEW = dt.timedelta(days=1)  # a sender's clock ahead of ours by up to a day is fine
BLOCK = 1 << 20

_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what write_bundle uses
_ENCRYPTED = 0x0001 | 0x0040 | 0x2000  # traditional, strong, encrypted central directory
_PATCHED = 0x0020  # "compressed patched data", which zipfile cannot read
_EOCD = struct.Struct("<4s4H2LH")  # end of central directory record
_EOCD_SIGNATURE = b"PK\x05\x06"
_MAX_LISTED = 16  # entries an end record may announce before zipfile reads the directory
_MAX_DIRECTORY = 64 << 10
_REVISION = re.compile(r"[0-9A-Za-z_]{1,32}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_NOT_IN_NAMES = set('/\\:*?"<>|')

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


# --- errors ----------------------------------------------------------------------------------


def not_a_handover(path) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is not a CoP Desk hand-over. A hand-over ends in .copdesk-handover and "
            "is made with “Pass the community on…” in the File menu."),
        path=path)


def damaged_handover(path) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is incomplete or damaged (its contents do not match the sizes and "
            "checksums it states). Nothing was changed. Ask the previous organiser to send it "
            "again."),
        path=path)


def bad_manifest(path) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” has an invalid description of its contents (manifest.json). It was not "
            "opened; nothing was changed. Ask the previous organiser to make the hand-over "
            "again."),
        path=path)


def unexpected_entry(path, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” contains “{name}”, which a CoP Desk hand-over never contains. It was "
            "not opened; nothing was changed. Ask the previous organiser to send the "
            "original file."),
        path=path, name=shown(name))


def duplicate_entry(path, name: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” contains “{name}” more than once, so other programs may show different "
            "contents than CoP Desk. It was not opened; nothing was changed."),
        path=path, name=shown(name))


def encrypted_handover(path) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is password-protected (encrypted with a ZIP program). CoP Desk cannot "
            "open it like this: decrypt it with that program first, then open the decrypted "
            "file. Nothing was changed."),
        path=path)


def repacked_handover(path, method: int) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” was packed with a compression method CoP Desk does not read (method "
            "{method}), probably by another program. Ask the previous organiser to send the "
            "original .copdesk-handover file. Nothing was changed."),
        path=path, method=method)


def bad_time(path, when: str) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” states an impossible time at which it was made ({when}). It was not "
            "opened; nothing was changed. Ask the previous organiser to check the computer's "
            "date, time and time zone and to make the hand-over again."),
        path=path, when=shown(when))


def too_large(path, size: int, limit: int) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” states {size} MB of contents, more than a hand-over may hold "
            "({limit} MB). It was not opened; nothing was changed."),
        path=path, size=math.ceil(size / 1_000_000), limit=limit // 1_000_000)


def shown(text: str, limit: int = 80) -> str:
    """*text* from a bundle, fit for a message: no control characters, not too long."""
    clean = "".join("?" if unicodedata.category(c)[0] == "C" else c for c in text)
    return clean if len(clean) <= limit else clean[:limit - 1] + "…"


def target_in_use(path) -> errors.FileProblem:
    return errors.FileProblem(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is open in CoP Desk right now and cannot be replaced. Choose another "
            "name, or close it first."),
        path=path)


# --- the hand-over sheet -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NextMeeting:
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    tz: str
    format: str
    place: str
    join_url: str
    status: str
    host: str
    moderator: str
    co_moderator: str
    protocol_writer: str
    invited: bool


@dataclass(frozen=True, slots=True)
class OrgLine:
    name: str
    state: str
    members: int


@dataclass(frozen=True)
class HandoverSheet:
    community: str
    description: str
    created_at: dt.datetime
    organiser: str
    next_meeting: NextMeeting | None
    last_meeting: tuple[str, dt.datetime] | None
    open_actions: tuple[ActionSummary, ...]
    open_action_count: int
    overdue_count: int
    top_topics: tuple[TopicSummary, ...]
    organisations: tuple[OrgLine, ...]
    counts: dict[str, int]
    cadence_unit: str
    cadence_interval: int
    default_minutes: int
    weekdays: tuple[int, ...]
    window: tuple[str, str]
    rotating_roles: tuple[str, ...]
    decisions: tuple[tuple[dt.datetime, str], ...]
    templates: tuple[str, ...]
    subgroups: tuple[str, ...] = field(default_factory=tuple)


def _name(session: Session, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = session.get(E.Member, member_id)
    return member.display_name if member else ""


def handover_sheet(session: Session, *, organiser: str = "", now: dt.datetime | None = None,
                   today: dt.date | None = None, actions: int = 15, decisions: int = 8
                   ) -> HandoverSheet:
    """What the next organiser needs to know first, for the community (root group)."""
    from copdesk.model.overview import overview

    now = now or dt.datetime.now(dt.UTC)
    today = today or dt.date.today()
    root = groups.root_group(session)
    ov = overview(session, root.id, now=now, today=today, limit=actions)
    next_meeting = None
    if ov.next_meeting is not None:
        m = session.get(E.Meeting, ov.next_meeting.id)
        next_meeting = NextMeeting(
            title=m.title, start_at=m.start_at, end_at=m.end_at, tz=m.tz, format=m.format,
            place=m.place, join_url=m.join_url, status=m.status, host=ov.next_meeting.host,
            moderator=ov.next_meeting.moderator, co_moderator=_name(session, m.co_moderator_id),
            protocol_writer=ov.next_meeting.protocol_writer, invited=ov.next_meeting.invited)
    last = (ov.last_meeting.title, ov.last_meeting.start_at) if ov.last_meeting else None
    member_counts = dict(session.execute(
        select(E.Member.organisation_id, func.count())
        .where(E.Member.active.is_(True)).group_by(E.Member.organisation_id)).all())
    orgs = tuple(
        OrgLine(o.name, o.state, member_counts.get(o.id, 0))
        for o in session.scalars(select(E.Organisation).order_by(func.lower(E.Organisation.name))))
    mt = E.Meeting
    held = session.scalar(select(func.count()).select_from(mt).where(
        mt.group_id == root.id, mt.status == E.MeetingStatus.HELD)) or 0
    counts = dict(ov.counts, held=held)
    roles = tuple(r.role for r in session.scalars(
        select(E.RotationRule).where(E.RotationRule.group_id == root.id,
                                     E.RotationRule.enabled.is_(True))
        .order_by(E.RotationRule.role)))
    recent = tuple(session.execute(
        select(mt.start_at, E.Decision.text).join(mt, mt.id == E.Decision.meeting_id)
        .where(mt.group_id == root.id).order_by(mt.start_at.desc(), E.Decision.position.desc())
        .limit(decisions)).all())
    templates = tuple(session.scalars(select(E.AgendaTemplate.name).order_by(
        E.AgendaTemplate.name)))
    subgroups = tuple(session.scalars(select(E.Group.name).where(
        E.Group.parent_id.is_not(None), E.Group.active.is_(True)).order_by(E.Group.name)))
    weekdays = tuple(int(d) for d in root.preferred_weekdays.split(",")
                     if d.strip().isascii() and d.strip().isdigit())
    return HandoverSheet(
        community=root.name, description=root.description, created_at=now,
        organiser=organiser, next_meeting=next_meeting, last_meeting=last,
        open_actions=ov.open_actions, open_action_count=ov.open_action_count,
        overdue_count=ov.overdue_count, top_topics=ov.top_topics, organisations=orgs,
        counts=counts, cadence_unit=root.cadence_unit, cadence_interval=root.cadence_interval,
        default_minutes=root.default_minutes, weekdays=weekdays,
        window=(root.window_start, root.window_end), rotating_roles=roles,
        decisions=tuple((when, text_) for when, text_ in recent), templates=templates,
        subgroups=subgroups,
    )


# --- writing a hand-over -------------------------------------------------------------------


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


_MANIFEST_TYPES = {f.name: int if f.type == "int" else str for f in fields(Manifest)}


def plain_name(name: str) -> bool:
    """A file name without folders, drive letters, control characters or a leading dot."""
    return (0 < len(name) <= 100 and not name.startswith((".", " "))
            and not name.endswith((".", " ")) and not _NOT_IN_NAMES.intersection(name)
            and not any(unicodedata.category(c)[0] == "C" for c in name))


def sheet_name_ok(name: str) -> bool:
    return plain_name(name) and name.lower().endswith(".pdf")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"{d}{i}" for d in ("COM", "LPT") for i in range(10))}


def file_stem(text: str, sep: str = "-") -> str:
    """A file name made of *text* (a community's name): letters, digits, ' -_', 60 at most."""
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    safe = sep.join(safe.split())[:60].strip(" -_")
    return safe if safe and safe.upper() not in _RESERVED else "community"


def suggested_name(community: str, day: dt.date, word: str = "handover") -> str:
    return f"{file_stem(community)}-{word}-{day.isoformat()}{SUFFIX}"


def write_bundle(source: db.Community, target: Path, sheet_pdf: bytes, *,
                 community: str, organiser: str = "", sheet_name: str = "handover.pdf",
                 now: dt.datetime | None = None) -> Manifest:
    """Snapshot *source* with the backup API and write the bundle to *target* (0600)."""
    target = Path(target)
    now = now or dt.datetime.now(dt.UTC)
    if not sheet_name_ok(sheet_name):  # never write what inspect_bundle refuses
        sheet_name = "handover.pdf"
    tmpdir = tempfiles.mkdtemp("handover")
    try:
        os.chmod(tmpdir, 0o700)
        snapshot = db.backup_to(source.engine, tmpdir / DB_NAME)
        info = db.inspect_file(snapshot)
        manifest = Manifest(
            format=FORMAT, version=VERSION, created_at=now.astimezone(dt.UTC).isoformat(),
            community=community, organiser=organiser, revision=info.revision or "",
            size=snapshot.stat().st_size, sha256=_sha256(snapshot), sheet=sheet_name,
            sheet_size=len(sheet_pdf), sheet_sha256=hashlib.sha256(sheet_pdf).hexdigest(),
            program=f"CoP Desk {__version__}")

        def write(fh) -> None:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(asdict(manifest), ensure_ascii=False, indent=2))
                zf.write(snapshot, DB_NAME)
                zf.writestr(zipfile.ZipInfo(sheet_name, _zip_time(now)), sheet_pdf,
                            compress_type=zipfile.ZIP_STORED)

        write_private(target, write)
        return manifest
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _zip_time(now: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = now.astimezone()
    return (max(local.year, 1980), local.month, local.day, local.hour, local.minute,
            local.second)


def pass_on(source: db.Community, target: Path, render_pdf: Callable[[HandoverSheet], bytes],
            *, organiser: str = "", sheet_name: str = "handover.pdf",
            report: Progress | None = None) -> Manifest:
    """Build the sheet, render it, and write the hand-over bundle (the whole action)."""
    from copdesk.model import uow

    if report:
        report(0, 3)
    sheet = uow.read(source, handover_sheet, organiser=organiser)
    if report:
        report(1, 3)
    pdf = render_pdf(sheet)
    if report:
        report(2, 3)
    manifest = write_bundle(source, target, pdf, community=sheet.community, organiser=organiser,
                            sheet_name=sheet_name)
    if report:
        report(3, 3)
    return manifest


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
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, struct.error,
            NotImplementedError, RuntimeError, ValueError):
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
    if (entries[DB_NAME].file_size != manifest.size
            or entries[manifest.sheet].file_size != manifest.sheet_size):
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
            _copy_entry(zf, manifest.sheet, manifest.sheet_size, manifest.sheet_sha256, out,
                        path, magic=b"%PDF")
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
    tail_size = min(size, _EOCD.size + 0xFFFF)  # the end record, and a comment at most
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    at = tail.rfind(_EOCD_SIGNATURE)
    if at < 0 or len(tail) - at < _EOCD.size:
        raise not_a_handover(path)
    entries, directory_size = _EOCD.unpack_from(tail, at)[4:6]
    if entries > _MAX_LISTED or directory_size > _MAX_DIRECTORY:
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
        if info.flag_bits & _ENCRYPTED:
            raise encrypted_handover(path)
        if info.compress_type not in _METHODS or info.flag_bits & _PATCHED:
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
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[[…
        raise bad_manifest(path) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise not_a_handover(path)
    version = data.get("version")
    if type(version) is int and version > VERSION:  # a newer format may have other fields
        raise errors.too_new_file(path, str(version))
    if data.keys() != _MANIFEST_TYPES.keys():
        raise bad_manifest(path)
    for key, value in data.items():
        kind = _MANIFEST_TYPES[key]
        if type(value) is not kind:  # bool is an int, but not ours
            raise bad_manifest(path)
        if (kind is int and value < 0) or (kind is str and (
                len(value) > MAX_TEXT or any(unicodedata.category(c) == "Cc" for c in value))):
            raise bad_manifest(path)
    manifest = Manifest(**data)
    if (manifest.version < 1 or not _REVISION.fullmatch(manifest.revision)
            or not _SHA256.fullmatch(manifest.sha256)
            or not _SHA256.fullmatch(manifest.sheet_sha256)
            or not sheet_name_ok(manifest.sheet)):
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


def check_target(manifest: Manifest, target: Path) -> TargetState:
    target = Path(target)
    if not target.exists():
        return TargetState(False, False, None)
    modified = last_modified(target)
    # the extracted file's time is set to the hand-over's own (extract_bundle), so any later
    # write counts; a file system that rounds times up only ever warns once too often
    newer = modified is not None and modified > manifest.created + dt.timedelta(milliseconds=1)
    return TargetState(True, newer, modified)


def _copy_entry(zf: zipfile.ZipFile, name: str, size: int, sha256: str, out: BinaryIO,
                bundle: Path, *, magic: bytes = b"", report: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Stream entry *name* into *out*: never more than its declared *size*, hashed on the way.

    Refuses (``damaged_handover``) as soon as one byte more than *size* arrives or the
    content does not start with *magic*, and at the end unless exactly *size* bytes with
    the declared SHA-256 arrived: a zip bomb stops at the size its manifest declared.
    """
    digest = hashlib.sha256()
    written = 0
    try:
        with zf.open(name) as src:
            # one byte more than is left is enough to see that there is too much
            while block := src.read(min(BLOCK, size - written + 1)):
                if written == 0 and not block.startswith(magic[:len(block)]):
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
    if written != size or digest.hexdigest() != sha256:
        raise damaged_handover(bundle)


def _put_in_place(received: Path, target: Path) -> None:
    """The checked copy becomes the community file at *target* (one atomic rename)."""
    os.replace(received, target)


def extract_bundle(bundle: Path, target: Path, *, backup_dir: Path | None = None,
                   sheet: Path | None = None, report: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Path | None:
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
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfiles.mkstemp(folder, target.name)
    except OSError as exc:
        raise errors.cannot_write(target, exc.strerror or str(exc)) from exc
    lock = FileLock(target)
    locked = False
    staged: StagedFile | None = None
    try:
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(bundle) as zf:
            _copy_entry(zf, DB_NAME, manifest.size, manifest.sha256, out, bundle,
                        magic=db.SQLITE_HEADER, report=report, cancelled=cancelled)
            out.flush()
            os.fsync(out.fileno())
            if sheet is not None:
                staged = StagedFile(Path(sheet), lambda fh: _copy_entry(
                    zf, manifest.sheet, manifest.sheet_size, manifest.sheet_sha256, fh, bundle,
                    magic=b"%PDF"))
        rebuild_in_place(tmp, shown_as=bundle)  # its rows in a fresh file: never the sender's
        try:
            info = db.inspect_file(tmp)
        except errors.FileProblem:
            raise damaged_handover(bundle) from None
        from copdesk.model.migrations import REVISIONS

        if info.revision not in REVISIONS:
            raise errors.too_new_file(bundle, info.revision)
        if cancelled is not None and cancelled():
            raise Cancelled
        make_private(tmp)
        created = manifest.created.timestamp()
        os.utime(tmp, (created, created))  # "changed since the hand-over" compares to this
        try:
            lock.acquire()
            locked = True
        except LockHeld:
            raise target_in_use(target) from None
        kept = None
        if target.exists():
            # into the file's own backup folder, so File → Restore a backup… offers it
            folder = Path(backup_dir) / db.backup_folder_name(target) if backup_dir else None
            kept = db.backup_to(target, db.backup_path_for(target, folder, "before-handover"))
            for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
                try:
                    leftover.unlink()  # an old -wal must never be replayed onto the new file
                except FileNotFoundError:
                    pass
        _put_in_place(tmp, target)
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
        try:
            tmp.unlink()
        except OSError:
            pass
