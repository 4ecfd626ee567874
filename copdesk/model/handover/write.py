"""Writing a hand-over bundle: a consistent copy of the file, the sheet and the manifest."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import BinaryIO

from copdesk import __version__
from copdesk.model import db, tempfiles, uow
from copdesk.model.export_files import write_private
from copdesk.model.handover.bundle import (
    DB_NAME,
    FORMAT,
    MANIFEST,
    VERSION,
    Manifest,
    Progress,
    sheet_name_ok,
)
from copdesk.model.handover.sheet import HandoverSheet, handover_sheet
from copdesk.model.integrity import inspect_file


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- writing a hand-over -------------------------------------------------------------------


def write_bundle(
    source: db.Community,
    target: Path,
    sheet_pdf: bytes,
    *,
    community: str,
    organiser: str = "",
    sheet_name: str = "handover.pdf",
    now: dt.datetime | None = None,
) -> Manifest:
    """Snapshot *source* with the backup API and write the bundle to *target* (0600)."""
    target = Path(target)
    now = now or dt.datetime.now(dt.UTC)
    if not sheet_name_ok(sheet_name):  # never write what inspect_bundle refuses
        sheet_name = "handover.pdf"
    tmpdir = tempfiles.mkdtemp("handover")
    try:
        os.chmod(tmpdir, 0o700)
        snapshot = db.backup_to(source.engine, tmpdir / DB_NAME)
        info = inspect_file(snapshot)
        manifest = Manifest(
            format=FORMAT,
            version=VERSION,
            created_at=now.astimezone(dt.UTC).isoformat(),
            community=community,
            organiser=organiser,
            revision=info.revision or "",
            size=snapshot.stat().st_size,
            sha256=_sha256(snapshot),
            sheet=sheet_name,
            sheet_size=len(sheet_pdf),
            sheet_sha256=hashlib.sha256(sheet_pdf).hexdigest(),
            program=f"CoP Desk {__version__}",
        )

        def write(fh: BinaryIO) -> None:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(asdict(manifest), ensure_ascii=False, indent=2))
                zf.write(snapshot, DB_NAME)
                zf.writestr(
                    zipfile.ZipInfo(sheet_name, _zip_time(now)),
                    sheet_pdf,
                    compress_type=zipfile.ZIP_STORED,
                )

        write_private(target, write)
        return manifest
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _zip_time(now: dt.datetime) -> tuple[int, int, int, int, int, int]:
    local = now.astimezone()
    return (max(local.year, 1980), local.month, local.day, local.hour, local.minute, local.second)


def pass_on(
    source: db.Community,
    target: Path,
    render_pdf: Callable[[HandoverSheet], bytes],
    *,
    organiser: str = "",
    sheet_name: str = "handover.pdf",
    report: Progress | None = None,
) -> Manifest:
    """Build the sheet, render it, and write the hand-over bundle (the whole action)."""
    if report:
        report(0, 3)
    sheet = uow.read(source, handover_sheet, organiser=organiser)
    if report:
        report(1, 3)
    pdf = render_pdf(sheet)
    if report:
        report(2, 3)
    manifest = write_bundle(
        source, target, pdf, community=sheet.community, organiser=organiser, sheet_name=sheet_name
    )
    if report:
        report(3, 3)
    return manifest
