"""Outlook contact exports as CSV: reading (German or English headers) and writing.

Reading
    The header row is in Outlook's UI language (``Vorname``/``First Name``,
    ``E-Mail-Adresse``/``E-mail Address`` …; Google's ``Given Name``/``E-mail 1 - Value``
    work too). Headers are compared after dropping case, spaces and punctuation, so
    ``E-Mail 2: Adresse`` and ``E-mail 2 Address`` both become ``email2…``. The separator
    is taken from the header line (``,`` from Outlook, ``;`` from German Excel, tab from
    "Unicode text"). Quoted fields may hold line breaks (Outlook's notes do). The file is
    streamed row by row; a row with 10,000 columns costs only the columns we read.

    Python's ``csv`` refuses fields over 131,072 characters by default; the limit is raised
    to the file's size, at most ``FIELD_LIMIT_MAX`` (16 Mi characters: ``csv`` holds a field
    as 4 bytes a character, so one 100 MB field took 635 MB; a field that long is an
    unclosed quotation mark swallowing the file), and any remaining ``csv.Error`` becomes a
    message naming the line. The limit is process-wide and only ever raised.

    Exchange contacts may carry an X.500 address (``/o=…/cn=…``, type ``EX``) instead of an
    SMTP address: such values are skipped and the next e-mail column is used; failing that,
    an address in the display-name column (``Name (name@stadt.de)``).

Writing
    UTF-8 with BOM, ``;`` as separator, CRLF, every field quoted, headers as the German (or
    English) Outlook export names them. Why: German Excel splits CSV columns at its list
    separator, which is ``;`` in the German locale, and detects UTF-8 only by the BOM
    (without it, umlauts and names like "Ayşe" or "Petrović" come out garbled; cp1252
    cannot hold ş or ć at all). The first column is Outlook's own first column
    (``Anrede``/``Title``, left empty), so that a reader that does not expect a BOM spoils
    only a column we do not fill. Cells starting with ``=``, ``+``, ``-`` or ``@`` (or a
    tab or carriage return) are prefixed with an apostrophe so that Excel never runs them
    as formulas; the reader strips that prefix again, so export → import keeps every value.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from copdesk.formats.contacts.files import (
    BLOCK,
    ContactFileError,
    ContactsFile,
    Progress,
    check_cancel,
    empty_file,
    keep,
)
from copdesk.model.contacts_import import RAW_FIELD_MAX, X500_ONLY, ContactRecord, Reason
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.export_files import write_private

FIELD_LIMIT_MAX = 1 << 24
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# --- header names --------------------------------------------------------------------

FIRST = ("vorname", "firstname", "givenname")
MIDDLE = ("weiterevornamen", "middlename", "additionalname")
LAST = ("nachname", "lastname", "familyname", "surname")
FULL = ("name", "anzeigename", "displayname", "fullname")
COMPANY = ("firma", "company", "organisation", "organization", "organization1name", "unternehmen")
DEPARTMENT = ("abteilung", "department", "organization1department")
JOB = ("position", "jobtitle", "funktion", "function", "organization1title")
PHONES = (
    (
        "telefongeschäftlich",
        "businessphone",
        "telefon",
        "phone",
        "telefondienstlich",
        "phone1value",
    ),
    ("mobiltelefon", "mobilephone", "mobile", "handy"),
    ("telefongeschäftlich2", "businessphone2", "phone2value"),
)
EMAIL_SLOTS = (
    # (address, type, display name)
    (
        ("emailadresse", "emailaddress", "email", "mail", "email1value", "email1adresse"),
        ("emailtyp", "emailtype", "email1type"),
        ("emailangezeigtername", "emaildisplayname"),
    ),
    (
        ("email2adresse", "email2address", "email2value"),
        ("email2typ", "email2type"),
        ("email2angezeigtername", "email2displayname"),
    ),
    (
        ("email3adresse", "email3address", "email3value"),
        ("email3typ", "email3type"),
        ("email3angezeigtername", "email3displayname"),
    ),
)

GERMAN_HEADER = (
    "Anrede",
    "Vorname",
    "Nachname",
    "Firma",
    "Position",
    "Telefon geschäftlich",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
)
ENGLISH_HEADER = (
    "Title",
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "Business Phone",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
)

_KEY = re.compile(r"[\W_]+")
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def header_key(name: str) -> str:
    return _KEY.sub("", name.replace("\ufeff", "").casefold())


def no_name_column(path: Path | str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” has no name column. CoP Desk needs “Vorname”/“Nachname” (or “First "
            "Name”/“Last Name”) in the first row, as Outlook exports them.",
        ),
        path=path,
    )


def no_email_column(path: Path | str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "“{path}” has no e-mail column. CoP Desk needs “E-Mail-Adresse” (or “E-mail "
            "Address”) in the first row, as Outlook exports it.",
        ),
        path=path,
    )


def bad_csv(path: Path | str, line: int, detail: str) -> ContactFileError:
    return ContactFileError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Line {line} of “{path}” is not valid CSV: a quotation mark is not closed or a "
            "field is malformed. Open the file in Excel and save it again as “CSV UTF-8”. "
            "(Technical detail: {detail})",
        ),
        path=path,
        line=line,
        detail=detail,
    )


# --- reading -------------------------------------------------------------------------


def sniff_delimiter(head: str) -> str:
    """The separator of the first (header) line: the most frequent of , ; tab outside quotes."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for ch in head.lstrip("\ufeff"):
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(counts, key=lambda c: (counts[c], c == ","))
    return best if counts[best] else ","


class _Columns:
    """Which column index holds what, from the header row."""

    def __init__(self, header: Sequence[str]) -> None:
        index: dict[str, int] = {}
        for i, name in enumerate(header):
            index.setdefault(header_key(name), i)

        def find(keys: tuple[str, ...]) -> int | None:
            return next((index[k] for k in keys if k in index), None)

        self.first, self.middle, self.last = find(FIRST), find(MIDDLE), find(LAST)
        self.full = find(FULL)
        self.company, self.department, self.job = find(COMPANY), find(DEPARTMENT), find(JOB)
        self.phones = [i for i in (find(keys) for keys in PHONES) if i is not None]
        self.emails = [(find(a), find(t), find(d)) for a, t, d in EMAIL_SLOTS]
        self.emails = [slot for slot in self.emails if slot[0] is not None or slot[2] is not None]
        self.names = [
            header[i]
            for i in (self.first, self.last, self.full, self.company, self.job, *self.phones)
            if i is not None
        ]
        self.names += [header[a] for a, _t, _d in self.emails if a is not None]

    @property
    def has_name(self) -> bool:
        return any(i is not None for i in (self.first, self.last, self.full)) or any(
            d is not None for _a, _t, d in self.emails
        )

    @property
    def has_email(self) -> bool:
        return any(a is not None for a, _t, _d in self.emails)


def _formula_like(value: str) -> bool:
    """A formula character after any number of apostrophes: such values get one more
    apostrophe on export, so that the reader can tell "'=x" typed by a user from "=x"."""
    rest = value.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_START


def unneutralise(value: str) -> str:
    """Undo the apostrophe that :func:`neutralise` put before a formula character."""
    if value.startswith("'") and _formula_like(value[1:]):
        return value[1:]
    return value


def split_name(full: str) -> tuple[str, str]:
    """ "Groß, Sabine" or "Sabine Groß" → ("Sabine", "Groß")."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, _, last = full.rpartition(" ")
    return first, last


def _display_name(value: str) -> str:
    """ "Sabine Groß (sabine@stadt.de)" → "Sabine Groß"."""
    return re.sub(r"\s*\([^)]*@[^)]*\)\s*$", "", value).strip()


def _strip_scheme(value: str) -> str:
    low = value.lower()
    for prefix in ("smtp:", "mailto:"):
        if low.startswith(prefix):
            return value[len(prefix) :].strip()
    return value


def is_x500(value: str) -> bool:
    return value.strip().lower().startswith("/o=")


def _record(line: int, row: list[str], cols: _Columns) -> ContactRecord | None:
    def get(i: int | None) -> str:
        if i is None or i >= len(row):
            return ""
        return unneutralise(row[i].strip())[:RAW_FIELD_MAX]

    email, x500, display = "", False, ""
    for addr_i, type_i, disp_i in cols.emails:
        addr = _strip_scheme(get(addr_i))
        display = display or get(disp_i)
        if not addr:
            continue
        if is_x500(addr) or get(type_i).upper() == "EX":
            x500 = True
            continue
        email = addr
        break
    if not email:  # an address in a display name: "Sabine Groß (sabine@stadt.de)"
        for _a, _t, disp_i in cols.emails:
            found = _ADDRESS.search(get(disp_i))
            if found and not is_x500(get(disp_i)):
                email = found.group(0)
                break
    first, last = get(cols.first), get(cols.last)
    middle = get(cols.middle)
    if middle:
        first = f"{first} {middle}".strip()
    if not first and not last:
        full = get(cols.full) or _display_name(display)
        if full and "@" not in full and not is_x500(full):
            first, last = split_name(full)
    phone = next((p for p in (get(i) for i in cols.phones) if p), "")
    company = get(cols.company)
    function = get(cols.job) or get(cols.department)
    if not any((first, last, email, phone, company, x500)):
        return None  # an empty line
    note = Reason(X500_ONLY) if x500 and not email else None
    return ContactRecord(
        line=line,
        first_name=first,
        last_name=last,
        email=email,
        phone=phone,
        organisation=company,
        function=function,
        note=note,
    )


def read_csv(
    path: Path,
    encoding: str,
    *,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ContactsFile:
    """Stream the contacts out of an Outlook/Excel CSV file decoded with *encoding*."""
    path = Path(path)
    size = max(path.stat().st_size, 1)
    csv.field_size_limit(max(csv.field_size_limit(), min(size + 1, FIELD_LIMIT_MAX)))
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        head = text.read(BLOCK)
        delimiter = sniff_delimiter(head)
        text.seek(0)
        reader = csv.reader(text, delimiter=delimiter, strict=True)
        records: list[ContactRecord] = []
        cols: _Columns | None = None
        rows = 0
        try:
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                if cols is None:
                    if not any(cell.strip() for cell in row):
                        continue
                    cols = _Columns(row)
                    if not cols.has_name:
                        raise no_name_column(path)
                    if not cols.has_email:
                        raise no_email_column(path)
                    continue
                record = _record(start, row, cols)
                if record is not None:
                    keep(records, record, path)
                rows += 1
                if rows % 1000 == 0:
                    check_cancel(cancelled)
                    if report is not None:
                        report(size // 2 + raw.tell() // 2, size)
        except csv.Error as exc:
            raise bad_csv(path, reader.line_num, str(exc)) from None
        text.detach()
    if cols is None:
        raise empty_file(path)
    if report is not None:
        report(size, size)
    return ContactsFile(tuple(records), "csv", encoding, delimiter, tuple(cols.names))


# --- writing -------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    return "'" + value if _formula_like(value) else value


def csv_rows(records: Sequence[ContactRecord], *, language: str = "de") -> Iterator[Sequence[str]]:
    yield GERMAN_HEADER if language == "de" else ENGLISH_HEADER
    for rec in records:
        name = " ".join(p for p in (rec.first_name, rec.last_name) if p)
        display = f"{name} ({rec.email})" if rec.email and name else rec.email
        yield [
            neutralise(v)
            for v in (
                "",
                rec.first_name,
                rec.last_name,
                rec.organisation,
                rec.function,
                rec.phone,
                rec.email,
                "SMTP" if rec.email else "",
                display,
            )
        ]


def write_csv(
    path: Path, records: Sequence[ContactRecord], *, language: str = "de", delimiter: str = ";"
) -> Path:
    """Members as a CSV file German Excel and Outlook open (see the module docstring)."""

    def write(fh: BinaryIO) -> None:
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerows(csv_rows(records, language=language))
        text.flush()
        text.detach()

    return write_private(Path(path), write)
