"""vCard files: reading 2.1 (classic Outlook), 3.0 and 4.0; writing 3.0.

Classic Outlook writes vCard 2.1 in Windows-1252 with quoted-printable values
(``FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen Gro=DF``), whose long values
continue after a soft line break (``=`` at the end of the line, next line *not* indented).
``vobject`` parses 2.1 and 3.0 but mishandles those soft breaks and decodes
quoted-printable without a CHARSET as UTF-8 only. So each card is first unfolded here,
quoted-printable values are decoded with their CHARSET (else UTF-8, else cp1252), and
only the properties the community needs (N, FN, EMAIL, TEL, ORG, TITLE, ROLE) are handed
to ``vobject`` for the value syntax (escapes, components). Notes, photos and addresses
never get that far (data minimisation; a photo can be megabytes of base64).

The file is read in one pass, in parts of at most ``CHUNK`` characters, and unfolded as
it is read (``_Card``): a property is recognised by its name and, if not wanted, skipped
without being held, so time is linear in the file's size and memory does not grow with a
photo (``benchmarks/contacts_vcard.py``).

A card with neither N nor FN is invalid ("no name"). A card ``vobject`` cannot parse is
invalid with a message; ``vobject``'s own error text is not shown or logged, because it
quotes the line — personal data.

Writing: vCard 3.0 (RFC 2426) in UTF-8, CRLF, one card per member with N, FN, EMAIL
(INTERNET, WORK), TEL (WORK), ORG and TITLE; ``vobject`` escapes and folds the values.
"""

from __future__ import annotations

import codecs
import io
import quopri
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from copdesk.formats.contacts.csv_format import is_x500, split_name
from copdesk.formats.contacts.files import ContactsFile, Progress, check_cancel, empty_file, keep
from copdesk.model.contacts_import import RAW_FIELD_MAX, X500_ONLY, ContactRecord, Reason
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.export_files import write_private

WANTED = {"VERSION", "N", "FN", "EMAIL", "TEL", "ORG", "TITLE", "ROLE"}
CHUNK = 1 << 16  # characters: a longer physical line is read in parts
LINE_KEEP = RAW_FIELD_MAX * 16  # characters kept of a wanted line (quoted-printable: 3 per one)

NO_N_OR_FN = QT_TRANSLATE_NOOP("import", "The vCard has no name (neither N nor FN).")
UNREADABLE_CARD = QT_TRANSLATE_NOOP(
    "import", "This vCard could not be read (it does not follow the vCard format)."
)
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")


# --- reading -------------------------------------------------------------------------


def _split_line(line: str) -> tuple[str, list[str], str] | None:
    """'item1.EMAIL;TYPE="a,b";PREF:value' → ("EMAIL", ['TYPE="a,b"', 'PREF'], "value")."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return None
    parts = []
    current, quoted = "", False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    match = _NAME.match(parts[0])
    if not match:
        return None
    return match.group(1).upper(), parts[1:], value


def _is_qp(params: list[str]) -> bool:
    return any(
        p.upper().replace(" ", "") in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")
        for p in params
    )


def _charset(params: list[str]) -> str | None:
    for p in params:
        key, _, value = p.partition("=")
        if key.strip().upper() == "CHARSET":
            try:
                return codecs.lookup(value.strip().strip('"')).name
            except LookupError:
                return None
    return None


def _decode_qp(value: str, params: list[str], file_encoding: str) -> str:
    base = "cp1252" if file_encoding == "cp1252" else "utf-8"
    data = quopri.decodestring(value.encode(base, errors="replace"))
    for charset in (_charset(params), "utf-8", "cp1252"):
        if charset:
            try:
                return data.decode(charset)
            except UnicodeDecodeError:
                continue
    return data.decode("cp1252", errors="replace")


class _Card:
    """The wanted property lines of one card, unfolded while the card is read.

    Linear in the card's size: a logical line is collected as a list of parts and joined
    once (appending to one growing string copied it for every continuation line: a folded
    11 MB photo took minutes). A property that is not wanted (a photo, notes, addresses) is
    recognised by its name and skipped part by part, never held; a wanted line is kept up to
    ``LINE_KEEP`` characters (a longer value is too long to import anyway).
    """

    _HEAD, _KEEP, _SKIP = range(3)

    def __init__(self, start: int) -> None:
        self.start = start
        self.lines: list[str] = []
        self._open = False  # a logical line has begun (continuations need one)
        self._mode = self._SKIP
        self._parts: list[str] = []
        self._size = 0
        self._quoted = False  # inside "…" while looking for the end of the name and params
        self._qp = False  # the line's value is quoted-printable
        self._soft = False  # the line so far ends with "=" (a quoted-printable soft break)

    def add(self, text: str, fresh: bool) -> None:
        """One physical line (*fresh*) or the next part of a long one, without line break."""
        if not fresh:
            self._extend(text)
        elif self._open and text[:1] in (" ", "\t"):  # RFC 2425 folding
            self._extend(text[1:])
        elif self._open and self._soft and self._qp:  # vCard 2.1: "=" at the end of the line
            if self._parts and self._parts[-1].endswith("="):
                self._parts[-1] = self._parts[-1][:-1]
                self._size -= 1
            self._soft = False
            self._extend(text)
        else:
            self._finish()
            self._open, self._mode, self._parts, self._size = True, self._HEAD, [], 0
            self._quoted = self._qp = self._soft = False
            self._extend(text)

    def _extend(self, text: str) -> None:
        if not text:
            return
        self._soft = text.endswith("=")
        if self._mode == self._SKIP:
            return
        if self._size < LINE_KEEP:
            self._parts.append(text)
            self._size += len(text)
        if self._mode == self._HEAD:
            end, self._quoted = _head_end(text, self._quoted)
            if end >= 0:
                self._decide()
            elif self._size >= LINE_KEEP:  # no name and parameters in sight: not a property
                self._mode, self._parts = self._SKIP, []

    def _decide(self) -> None:
        split = _split_line("".join(self._parts))
        self._qp = split is not None and _is_qp(split[1])
        if split is not None and split[0] in WANTED:
            self._mode = self._KEEP
        else:
            self._mode, self._parts = self._SKIP, []

    def _finish(self) -> None:
        if self._mode == self._KEEP and self._parts:
            self.lines.append("".join(self._parts))
        self._parts = []

    def logical_lines(self) -> list[str]:
        """The wanted lines, unfolded (call once, at END:VCARD)."""
        self._finish()
        self._open, self._mode = False, self._SKIP
        return self.lines


def _head_end(text: str, quoted: bool) -> tuple[int, bool]:
    """The index of the first ":" outside double quotes in *text* (-1: none), and whether
    *text* ends inside quotes (*quoted*: whether it starts inside)."""
    pos = 0
    while True:
        colon = text.find(":", pos)
        stop = len(text) if colon < 0 else colon
        quoted ^= text.count('"', pos, stop) % 2 == 1
        if colon < 0:
            return -1, quoted
        if not quoted:
            return colon, quoted
        pos = colon + 1


def _clean_card(lines: list[str], file_encoding: str) -> str:
    """The card with only the wanted properties, quoted-printable already decoded."""
    out = ["BEGIN:VCARD"]
    for line in lines:
        split = _split_line(line)
        if split is None:
            continue
        name, params, value = split
        if name not in WANTED:
            continue
        if _is_qp(params):
            value = _decode_qp(value, params, file_encoding)
            params = [
                p
                for p in params
                if not _is_qp([p]) and p.partition("=")[0].strip().upper() != "CHARSET"
            ]
        else:
            params = [p for p in params if p.partition("=")[0].strip().upper() != "CHARSET"]
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        out.append(";".join([name, *params]) + ":" + value[: RAW_FIELD_MAX * 4])
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def _pieces(text: io.TextIOBase) -> Iterator[tuple[str, bool, int]]:
    """The file's physical lines as (text without the line break, first part?, number).

    A line longer than ``CHUNK`` characters comes in several parts, so that a photo written
    on one line is never held whole either.
    """
    number, fresh, after_cr = 0, True, False
    while True:
        piece = text.readline(CHUNK)
        if not piece:
            return
        if fresh and after_cr and piece == "\n":  # a CRLF split at the end of a part
            after_cr = False
            continue
        ends = piece.endswith(("\n", "\r"))
        after_cr = piece.endswith("\r")
        if fresh:
            number += 1
        yield (piece.rstrip("\r\n") if ends else piece), fresh, number
        fresh = ends


def _text(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _types(line: object) -> set[str]:
    types = {p.upper() for p in getattr(line, "singletonparams", [])}
    for key, values in getattr(line, "params", {}).items():
        if key.upper() == "TYPE":
            for v in values:
                types.update(t.strip().upper() for t in str(v).split(","))
        elif key.upper() == "PREF":
            types.add("PREF")
    return types


def _card_record(start: int, card_text: str) -> ContactRecord:
    import vobject  # deferred: start-up cost (import of contacts only)

    try:
        card = vobject.readOne(card_text, validate=False)
    except Exception:  # noqa: BLE001 - vobject raises many types; its message quotes the data
        return ContactRecord(line=start, problem=Reason(UNREADABLE_CARD))
    contents = card.contents
    first = last = ""
    if "n" in contents:
        n = contents["n"][0].value
        if hasattr(n, "family"):
            last = _text(n.family)
            first = " ".join(p for p in (_text(n.given), _text(n.additional)) if p)
        else:
            last = _text(n)
    full = _text(contents["fn"][0].value) if "fn" in contents else ""
    if not first and not last and full:
        first, last = split_name(full)
    if "n" not in contents and "fn" not in contents:
        return ContactRecord(line=start, problem=Reason(NO_N_OR_FN))

    email, x500 = "", False
    emails = sorted(contents.get("email", []), key=lambda ln: "PREF" not in _types(ln))
    for line in emails:
        value = _text(line.value)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        types = _types(line)
        if is_x500(value) or types & {"X400", "X500", "EX"}:
            x500 = x500 or bool(value)
            continue
        if value:
            email = value
            break
    phones = contents.get("tel", [])
    phone = ""
    for wanted in ("WORK", "CELL", None):
        for line in phones:
            if wanted is None or wanted in _types(line):
                phone = _text(line.value)
                break
        if phone:
            break
    organisation = department = ""
    if "org" in contents:
        org = contents["org"][0].value
        parts = [org] if isinstance(org, str) else list(org)
        organisation = _text(parts[0]) if parts else ""
        department = _text(parts[1]) if len(parts) > 1 else ""
    function = ""
    for key in ("title", "role"):
        if key in contents:
            function = _text(contents[key][0].value)
            if function:
                break
    function = function or department

    def cut(value: str) -> str:
        return value[:RAW_FIELD_MAX]

    return ContactRecord(
        line=start,
        first_name=cut(first),
        last_name=cut(last),
        email=cut(email),
        phone=cut(phone),
        organisation=cut(organisation),
        function=cut(function),
        note=Reason(X500_ONLY) if x500 and not email else None,
    )


def read_vcards(
    path: Path,
    encoding: str,
    *,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ContactsFile:
    """Every card in a .vcf file, as contact records (invalid cards carry a problem)."""
    path = Path(path)
    size = max(path.stat().st_size, 1)
    records: list[ContactRecord] = []
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        card: _Card | None = None
        for count, (line, fresh, number) in enumerate(_pieces(text), 1):
            if count % 4096 == 0:
                check_cancel(cancelled)
                if report is not None:
                    report(size // 2 + raw.tell() // 2, size)
            if fresh and len(line) < 64:
                word = line.strip().lstrip("\ufeff").upper()
                if word == "BEGIN:VCARD":
                    card = _Card(number)
                    continue
                if word == "END:VCARD" and card is not None:
                    keep(
                        records,
                        _card_record(card.start, _clean_card(card.logical_lines(), encoding)),
                        path,
                    )
                    card = None
                    continue
            if card is not None:
                card.add(line, fresh)
        text.detach()
    if not records:
        raise empty_file(path)
    if report is not None:
        report(size, size)
    return ContactsFile(tuple(records), "vcard", encoding)


# --- writing -------------------------------------------------------------------------


def vcard_text(records: Sequence[ContactRecord]) -> str:
    import vobject  # deferred: start-up cost (import of contacts only)

    cards = []
    for rec in records:
        card = vobject.vCard()
        card.add("n").value = vobject.vcard.Name(family=rec.last_name, given=rec.first_name)
        name = " ".join(p for p in (rec.first_name, rec.last_name) if p)
        card.add("fn").value = name or rec.email
        if rec.email:
            email = card.add("email")
            email.value = rec.email
            email.type_paramlist = ["INTERNET", "WORK"]
        if rec.phone:
            tel = card.add("tel")
            tel.value = rec.phone
            tel.type_param = "WORK"
        if rec.organisation:
            card.add("org").value = [rec.organisation]
        if rec.function:
            card.add("title").value = rec.function
        cards.append(card.serialize())
    return "".join(cards)


def write_vcards(path: Path, records: Sequence[ContactRecord]) -> Path:
    return write_private(Path(path), vcard_text(records).encode("utf-8"))
