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
target, never past its declared size (so a zip bomb stops there), and past its first block
only if its SQLite header has our application id and states that size too, hashing on the
way; it compares the checksum, checks the file with ``db.inspect_file`` (ours, intact, not
from a newer version) while rebuilding it, keeps a backup of a file it replaces, and renames
it into place. No file name is taken from the bundle: the caller names the target and the
saved sheet.
:func:`check_target` tells the UI beforehand whether the target already exists and was
changed after the hand-over was made (then it holds newer data that would be lost: the UI
warns; also when the hand-over states a time still to come, which makes that unknowable).
Merging both is out of scope.

The bundle and the extracted file are readable by the user only (they hold every
member's personal data).

The package: ``bundle.py`` (names, limits, the manifest, the messages), ``sheet.py`` (the
sheet's contents), ``write.py`` (making a bundle), ``receive.py`` (checking and opening
one). Other code imports from the package only.
"""

from copdesk.model.handover.bundle import (
    BLOCK,
    DB_NAME,
    FORMAT,
    MANIFEST,
    MAX_DB_BYTES,
    MAX_SHEET_BYTES,
    SUFFIX,
    VERSION,
    Manifest,
    Progress,
    bad_manifest,
    damaged_handover,
    file_stem,
    not_a_handover,
    shown,
    suggested_name,
    target_in_use,
    too_large,
)
from copdesk.model.handover.receive import (
    Bundle,
    TargetState,
    check_target,
    extract_bundle,
    inspect_bundle,
    last_modified,
    read_manifest,
    read_sheet,
)
from copdesk.model.handover.sheet import HandoverSheet, NextMeeting, OrgLine, handover_sheet
from copdesk.model.handover.write import pass_on, write_bundle

__all__ = [
    "BLOCK",
    "DB_NAME",
    "FORMAT",
    "MANIFEST",
    "MAX_DB_BYTES",
    "MAX_SHEET_BYTES",
    "SUFFIX",
    "VERSION",
    "Bundle",
    "HandoverSheet",
    "Manifest",
    "NextMeeting",
    "OrgLine",
    "Progress",
    "TargetState",
    "bad_manifest",
    "check_target",
    "damaged_handover",
    "extract_bundle",
    "file_stem",
    "handover_sheet",
    "inspect_bundle",
    "last_modified",
    "not_a_handover",
    "pass_on",
    "read_manifest",
    "read_sheet",
    "shown",
    "suggested_name",
    "target_in_use",
    "too_large",
    "write_bundle",
]
