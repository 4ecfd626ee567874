"""Reading and writing a contact file: the reader is chosen by the file's content (a vCard
or else CSV), the writer by the name's suffix (``.vcf``/``.vcard`` or else CSV)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from copdesk.formats.contacts.csv_format import read_csv, write_csv
from copdesk.formats.contacts.files import (
    MAX_FILE_MB,
    ContactsFile,
    Progress,
    detect_encoding,
    looks_like_vcard,
    too_big,
    unreadable,
)
from copdesk.formats.contacts.vcard import read_vcards, write_vcards
from copdesk.model.contacts_import import ContactRecord


def read_contacts(
    path: Path, *, report: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> ContactsFile:
    """Read an Outlook CSV or a vCard file (recognised by its content)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if size > MAX_FILE_MB * 1_000_000:
        raise too_big(path, size)
    encoding = detect_encoding(path, report=report, cancelled=cancelled)
    if looks_like_vcard(path, encoding):
        return read_vcards(path, encoding, report=report, cancelled=cancelled)
    return read_csv(path, encoding, report=report, cancelled=cancelled)


def write_contacts(path: Path, records: Sequence[ContactRecord], *, language: str = "de") -> Path:
    """A ``.vcf`` path gets vCard 3.0, anything else CSV for Outlook and Excel."""
    path = Path(path)
    if path.suffix.lower() in (".vcf", ".vcard"):
        return write_vcards(path, records)
    return write_csv(path, records, language=language)
