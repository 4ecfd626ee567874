"""Contact files: recognising the encoding, the limits and the shared messages.

Outlook writes its CSV export in the Windows code page (cp1252), Excel re-saves it as
UTF-8 with a byte order mark, Apple/Google/Nextcloud write UTF-8 vCards. The decoding
order is therefore: a BOM decides (UTF-8 or UTF-16); otherwise the whole file is checked
as UTF-8, and if that fails it is read as cp1252 (INTEROP.md, "Contacts from Outlook").
A file that declares UTF-8 by its BOM but is not valid UTF-8 is refused with the line
of the first bad byte, rather than guessed at.

Checking is a streaming pass in blocks, so a 50 MB file costs little memory; progress is
reported as bytes over two passes (check, then read).

Limits (README, "Importing contacts"): a file over ``MAX_FILE_MB`` MB is refused before a
byte of it is read, and reading stops with a message at contact ``MAX_CONTACTS + 1``. So
memory stays bounded whatever the file (a 230,000-row CSV took 2.4 GB to import, a 200 MB
one was killed without a word): the preview holds every contact, and a community of
practice imports its members, not a whole address book.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from copdesk.model.contacts_import import Cancelled, ContactRecord
from copdesk.model.errors import QT_TRANSLATE_NOOP, FileProblem

BLOCK = 1 << 18  # 256 KiB
HEAD = 1 << 16
MAX_FILE_MB = 100  # decimal megabytes, as file managers show them
MAX_CONTACTS = 10_000

Progress = Callable[[int, int], None]


class ContactFileError(FileProblem):
    """A contact file that cannot be imported; nothing was changed."""


def empty_file(path: Path | str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP("errors", "“{path}” is empty: there are no contacts to import."),
        path=path,
    )


def binary_file(path: Path | str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is not a text file. In Outlook, export the contacts as “Comma Separated "
            "Values” (CSV) or as vCard (.vcf), then import that file.",
        ),
        path=path,
    )


def bad_utf8(path: Path | str, line: int) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” says it is UTF-8, but line {line} contains bytes that are not UTF-8. "
            "Open it in Excel and save it again as “CSV UTF-8”, then import it again.",
        ),
        path=path,
        line=line,
    )


def unknown_encoding(path: Path | str, line: int) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” uses a character encoding CoP Desk cannot read (line {line}). Save it "
            "as “CSV UTF-8” or export it from Outlook again.",
        ),
        path=path,
        line=line,
    )


def too_big(path: Path | str, size: int) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” is {size} MB; CoP Desk imports contact files of up to {max} MB. Export "
            "only the contacts of the community (in Outlook a contacts folder or category, in "
            "Apple or Google Contacts a group or label) and import that file.",
        ),
        path=path,
        size=-(-size // 1_000_000),
        max=MAX_FILE_MB,
    )


def too_many(path: Path | str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” holds more than {max} contacts; CoP Desk imports at most {max} at a "
            "time. Export only the contacts of the community (in Outlook a contacts folder or "
            "category, in Apple or Google Contacts a group or label) and import that file.",
        ),
        path=path,
        max=MAX_CONTACTS,
    )


def unreadable(path: Path | str, exc: OSError) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP("errors", "“{path}” cannot be read: {detail}"),
        path=path,
        detail=exc.strerror or str(exc),
    )


@dataclass(frozen=True)
class ContactsFile:
    """What a contact file held: the records and how the file was written."""

    records: tuple[ContactRecord, ...]
    kind: str  # "csv" | "vcard"
    encoding: str
    delimiter: str = ""
    columns: tuple[str, ...] = field(default_factory=tuple)  # recognised columns


def check_cancel(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def keep(records: list[ContactRecord], record: ContactRecord, path: Path) -> None:
    """Add *record* to what was read, or refuse the file past ``MAX_CONTACTS``."""
    if len(records) >= MAX_CONTACTS:
        raise too_many(path)
    records.append(record)


def detect_encoding(
    path: Path, *, report: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> str:
    """The Python codec to read *path* with, or a ``ContactFileError``.

    Returns ``utf-8-sig`` (BOM), ``utf-16`` (BOM), ``utf-8`` or ``cp1252``.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(HEAD)
            if not head:
                raise empty_file(path)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                encoding, declared = "utf-16", True
            elif head.startswith(codecs.BOM_UTF8):
                encoding, declared = "utf-8-sig", True
            else:
                if b"\x00" in head:
                    raise binary_file(path)
                encoding, declared = "utf-8", False
            fh.seek(0)
            candidates = [encoding] if declared else ["utf-8", "cp1252"]
            for candidate in candidates:
                problem_line = _check_decodes(fh, candidate, size, report, cancelled)
                if problem_line is None:
                    return candidate
                if declared and encoding.startswith("utf-8"):
                    raise bad_utf8(path, problem_line)
                fh.seek(0)
            assert problem_line is not None  # the loop ran: no candidate decoded
            raise unknown_encoding(path, problem_line)
    except OSError as exc:
        raise unreadable(path, exc) from exc


def _check_decodes(
    fh: BinaryIO,
    encoding: str,
    size: int,
    report: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> int | None:
    """None if the whole file decodes, else the (1-based) line of the first bad byte.

    Raises ``empty_file`` if it holds nothing but white space (and a BOM).
    """
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 1
    content = False
    done = 0
    while True:
        check_cancel(cancelled)
        block = fh.read(BLOCK)
        final = not block
        try:
            chunk = decoder.decode(block, final=final)
        except UnicodeDecodeError:
            return _bad_line(fh, encoding, lines)
        if "\x00" in chunk:
            raise binary_file(fh.name)
        content = content or bool(chunk.strip().lstrip("\ufeff").strip())
        lines += block.count(b"\n")
        done += len(block)
        if report is not None:
            report(done // 2, max(size, 1))
        if final:
            break
    if not content:
        raise empty_file(fh.name)
    return None


def _bad_line(fh: BinaryIO, encoding: str, fallback: int) -> int:
    """The first line that does not decode (a slow second look, only after an error)."""
    if encoding.startswith("utf-16"):
        return fallback
    fh.seek(0)
    base = "utf-8" if encoding == "utf-8-sig" else encoding
    for number, line in enumerate(fh, 1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            line.decode(base)
        except UnicodeDecodeError:
            return number
    return fallback


def looks_like_vcard(path: Path, encoding: str) -> bool:
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        head = fh.read(4096).lstrip("\ufeff \t\r\n")
    return head[:11].upper() == "BEGIN:VCARD"
