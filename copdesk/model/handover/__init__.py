"""Passing the community on to the next organiser, and opening what was passed on.

One ``.copdesk-handover`` file (a ZIP: manifest, a consistent copy of the community file,
the hand-over sheet as PDF). ``bundle.py`` holds the format, its limits and messages,
``sheet.py`` the sheet's contents, ``write.py`` makes a bundle, ``receive.py`` checks and
opens one. Other code imports from the package only.
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
