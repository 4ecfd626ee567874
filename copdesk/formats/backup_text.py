"""Backups as the organiser reads them: in *Restore a backup*, and after an erasure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import date_short, time_short
from copdesk.model.backups import KIND_LABELS, Backup, Kind


def backup_label(backup: Backup) -> str:
    """ "07.12.2026 18:30 – before a hand-over was opened" (daily ones without a time)."""
    kind = QCoreApplication.translate("backups", KIND_LABELS[backup.kind])
    when = date_short(backup.made.date())
    if backup.kind is not Kind.DAILY:
        when += " " + time_short(backup.made.time())
    if backup.kind is Kind.OTHER:
        return f"{when} – {kind}: {backup.path.name}"
    return f"{when} – {kind}"


def backup_line_with_end(backup: Backup) -> str:
    """The label plus the day after which the backup is deleted at the latest."""
    if backup.gone_by is None:
        return backup_label(backup)
    return (
        QCoreApplication.translate("backups", "%1 (deleted automatically after %2 at the latest)")
        .replace("%1", backup_label(backup))
        .replace("%2", date_short(backup.gone_by))
    )
