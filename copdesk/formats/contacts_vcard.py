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
from collections.abc import Callable, Sequence
from pathlib import Path

from copdesk.formats.contacts_csv import is_x500, split_name
from copdesk.formats.contacts_io import ContactsFile, Progress, check_cancel, empty_file
from copdesk.model.contacts_import import RAW_FIELD_MAX, X500_ONLY, ContactRecord, Reason
from copdesk.model.errors import QT_TRANSLATE_NOOP

WANTED = {"VERSION", "N", "FN", "EMAIL", "TEL", "ORG", "TITLE", "ROLE"}

NO_N_OR_FN = QT_TRANSLATE_NOOP("import", "The vCard has no name (neither N nor FN).")
UNREADABLE_CARD = QT_TRANSLATE_NOOP(
    "import", "This vCard could not be read (it does not follow the vCard format).")
_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")


# --- reading -------------------------------------------------------------------------


def _split_line(line: str) -> tuple[str, list[str], str] | None:
    """'item1.EMAIL;TYPE="a,b";PREF:value' → ("EMAIL", ['TYPE="a,b"', 'PREF'], "value")."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1:]
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
    return any(p.upper().replace(" ", "") in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")
               for p in params)


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


def _logical_lines(physical: list[str]) -> list[str]:
    """Unfold RFC 2425 continuation lines and 2.1 quoted-printable soft breaks."""
    lines: list[str] = []
    for raw in physical:
        line = raw.rstrip("\r\n")
        if lines and line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        elif lines and lines[-1].endswith("=") and _qp_line(lines[-1]):
            lines[-1] = lines[-1][:-1] + line
        else:
            lines.append(line)
    return lines


def _qp_line(line: str) -> bool:
    split = _split_line(line)
    return bool(split) and _is_qp(split[1])


def _clean_card(physical: list[str], file_encoding: str) -> str:
    """The card with only the wanted properties, quoted-printable already decoded."""
    out = ["BEGIN:VCARD"]
    for line in _logical_lines(physical):
        split = _split_line(line)
        if split is None:
            continue
        name, params, value = split
        if name not in WANTED:
            continue
        if _is_qp(params):
            value = _decode_qp(value, params, file_encoding)
            params = [p for p in params if not _is_qp([p])
                      and p.partition("=")[0].strip().upper() != "CHARSET"]
        else:
            params = [p for p in params if p.partition("=")[0].strip().upper() != "CHARSET"]
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        out.append(";".join([name, *params]) + ":" + value[:RAW_FIELD_MAX * 4])
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value if v).strip()
    return str(value or "").strip()


def _types(line) -> set[str]:
    types = {p.upper() for p in getattr(line, "singletonparams", [])}
    for key, values in getattr(line, "params", {}).items():
        if key.upper() == "TYPE":
            for v in values:
                types.update(t.strip().upper() for t in str(v).split(","))
        elif key.upper() == "PREF":
            types.add("PREF")
    return types


def _card_record(start: int, card_text: str) -> ContactRecord:
    import vobject

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
        line=start, first_name=cut(first), last_name=cut(last), email=cut(email),
        phone=cut(phone), organisation=cut(organisation), function=cut(function),
        note=Reason(X500_ONLY) if x500 and not email else None,
    )


def read_vcards(path: Path, encoding: str, *, report: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ContactsFile:
    """Every card in a .vcf file, as contact records (invalid cards carry a problem)."""
    path = Path(path)
    size = max(path.stat().st_size, 1)
    records: list[ContactRecord] = []
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        card: list[str] | None = None
        start = 0
        for number, line in enumerate(text, 1):
            stripped = line.strip().lstrip("\ufeff").upper()
            if stripped == "BEGIN:VCARD":
                card, start = [], number
            elif stripped == "END:VCARD" and card is not None:
                records.append(_card_record(start, _clean_card(card, encoding)))
                card = None
                if len(records) % 200 == 0:
                    check_cancel(cancelled)
                    if report is not None:
                        report(size // 2 + raw.tell() // 2, size)
            elif card is not None:
                card.append(line)
        text.detach()
    if not records:
        raise empty_file(path)
    if report is not None:
        report(size, size)
    return ContactsFile(tuple(records), "vcard", encoding)


# --- writing -------------------------------------------------------------------------


def vcard_text(records: Sequence[ContactRecord]) -> str:
    import vobject

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
    from copdesk.model.export_files import write_private

    return write_private(Path(path), vcard_text(records).encode("utf-8"))
