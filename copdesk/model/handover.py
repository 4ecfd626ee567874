"""Passing the community on to the next organiser, and opening what was passed on.

The hand-over is ONE file, ``<community>-….copdesk-handover``: a ZIP archive with

* ``manifest.json`` — format, version, when and by whom it was made, the community's name,
  the schema revision, size and SHA-256 of the community file;
* ``community.copdesk`` — a consistent copy of the community file, made with SQLite's
  online-backup API through ``db.backup_to`` (a plain copy of a WAL database can miss
  everything still in the ``-wal``) and checked with ``quick_check``;
* the hand-over sheet as PDF (next meeting, host, moderator, open action items, top
  backlog topics, how the community works), built by ``copdesk/formats/handover_pdf.py``.

Why a ZIP and not two files: one attachment cannot lose its other half on the way, and
the checksum in the manifest proves the community file arrived whole. Why a file
extension of our own: so that the next organiser opens it with CoP Desk (File → Open a
hand-over…); anyone can still rename it to ``.zip`` and read the PDF without CoP Desk.

Opening (:func:`extract_bundle`) checks the archive and the manifest, extracts the
community file into a temporary file beside the target, compares the checksum, checks it
with ``db.inspect_file`` (ours, intact, not from a newer version), keeps a backup of a file
it replaces, and renames it into place. :func:`check_target` tells the UI beforehand
whether the target already exists and was changed after the hand-over was made (then it
holds newer data that would be lost: the UI warns). Merging both is out of scope.

The bundle and the extracted file are readable by the user only (they hold every
member's personal data).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk import __version__
from copdesk.model import db, errors, groups
from copdesk.model import entities as E
from copdesk.model.dto import ActionSummary, TopicSummary
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.export_files import make_private, write_private
from copdesk.model.filelock import FileLock, LockHeld
from copdesk.model.rebuild import rebuild_in_place

SUFFIX = ".copdesk-handover"
FORMAT = "copdesk-handover"
VERSION = 1
MANIFEST = "manifest.json"
DB_NAME = "community.copdesk"
MAX_DB_BYTES = 4 << 30  # refuse archives that claim a bigger community file (zip bombs)
MAX_SHEET_BYTES = 64 << 20

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
            "“{path}” is incomplete or damaged (the community file inside does not match its "
            "checksum). Nothing was changed. Ask the previous organiser to send it again."),
        path=path)


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
    weekdays = tuple(int(d) for d in root.preferred_weekdays.split(",") if d.strip().isdigit())
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
    program: str

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def suggested_name(community: str, day: dt.date, word: str = "handover") -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in community)
    safe = "-".join(safe.split())[:60] or "community"
    return f"{safe}-{word}-{day.isoformat()}{SUFFIX}"


def write_bundle(source: db.Community, target: Path, sheet_pdf: bytes, *,
                 community: str, organiser: str = "", sheet_name: str = "handover.pdf",
                 now: dt.datetime | None = None) -> Manifest:
    """Snapshot *source* with the backup API and write the bundle to *target* (0600)."""
    target = Path(target)
    now = now or dt.datetime.now(dt.UTC)
    sheet_name = Path(sheet_name).name or "handover.pdf"
    if sheet_name in (MANIFEST, DB_NAME):
        sheet_name = "handover.pdf"
    tmpdir = Path(tempfile.mkdtemp(prefix=".copdesk-handover-"))
    try:
        os.chmod(tmpdir, 0o700)
        snapshot = db.backup_to(source.engine, tmpdir / DB_NAME)
        info = db.inspect_file(snapshot)
        manifest = Manifest(
            format=FORMAT, version=VERSION, created_at=now.astimezone(dt.UTC).isoformat(),
            community=community, organiser=organiser, revision=info.revision or "",
            size=snapshot.stat().st_size, sha256=_sha256(snapshot), sheet=sheet_name,
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


def read_manifest(path: Path) -> Manifest:
    """The manifest of a hand-over bundle, or a ``FileProblem`` (nothing is extracted)."""
    path = Path(path)
    if not path.exists():
        raise errors.file_missing(path)
    try:
        if not zipfile.is_zipfile(path):
            raise not_a_handover(path)
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if MANIFEST not in names or DB_NAME not in names:
                raise not_a_handover(path)
            if zf.getinfo(MANIFEST).file_size > 1 << 20:
                raise not_a_handover(path)
            data = json.loads(zf.read(MANIFEST).decode("utf-8"))
            wanted = {f.name for f in Manifest.__dataclass_fields__.values()}
            if (not isinstance(data, dict) or data.get("format") != FORMAT
                    or not wanted <= data.keys()):
                raise not_a_handover(path)
            manifest = Manifest(**{k: data[k] for k in wanted})
            if not isinstance(manifest.version, int) or manifest.version > VERSION:
                raise errors.too_new_file(path, str(manifest.version))
            if manifest.sheet not in names or manifest.sheet in (MANIFEST, DB_NAME):
                raise not_a_handover(path)
            if zf.getinfo(DB_NAME).file_size != manifest.size or manifest.size > MAX_DB_BYTES:
                raise damaged_handover(path)
            manifest.created  # noqa: B018 - a valid ISO time, or ValueError below
            return manifest
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, TypeError,
            ValueError, KeyError):
        raise not_a_handover(path) from None
    except OSError as exc:
        raise errors.cannot_write(path, exc.strerror or str(exc)) from exc


def read_sheet(path: Path) -> bytes:
    """The hand-over sheet (PDF bytes) of a bundle."""
    manifest = read_manifest(path)
    with zipfile.ZipFile(path) as zf:
        if zf.getinfo(manifest.sheet).file_size > MAX_SHEET_BYTES:
            raise not_a_handover(path)
        return zf.read(manifest.sheet)


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


def extract_bundle(bundle: Path, target: Path, *, backup_dir: Path | None = None,
                   report: Progress | None = None) -> Path | None:
    """Put the bundle's community file at *target*; returns the backup of a replaced file.

    The target is replaced only after the extracted copy passed every check; a file that
    is open (locked) is never replaced.
    """
    bundle, target = Path(bundle), Path(target)
    manifest = read_manifest(bundle)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise errors.cannot_write(target, exc.strerror or str(exc)) from exc
    tmp = Path(tmp_name)
    lock = FileLock(target)
    locked = False
    try:
        digest = hashlib.sha256()
        written = 0
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(bundle) as zf, zf.open(DB_NAME) as src:
            for block in iter(lambda: src.read(1 << 20), b""):
                written += len(block)
                if written > manifest.size:
                    raise damaged_handover(bundle)
                digest.update(block)
                out.write(block)
                if report:
                    report(written, max(manifest.size, 1))
            out.flush()
            os.fsync(out.fileno())
        if written != manifest.size or digest.hexdigest() != manifest.sha256:
            raise damaged_handover(bundle)
        rebuild_in_place(tmp, shown_as=bundle)  # its rows in a fresh file: never the sender's
        try:
            info = db.inspect_file(tmp)
        except errors.FileProblem:
            raise damaged_handover(bundle) from None
        from copdesk.model.migrations import REVISIONS

        if info.revision not in REVISIONS:
            raise errors.too_new_file(bundle, info.revision)
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
        os.replace(tmp, target)
        return kept
    except (zipfile.BadZipFile, KeyError):
        raise not_a_handover(bundle) from None
    except OSError as exc:
        raise errors.cannot_write(target, exc.strerror or str(exc)) from exc
    finally:
        if locked:
            lock.release()
        try:
            tmp.unlink()
        except OSError:
            pass
