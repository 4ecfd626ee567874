"""Outlook CSV files: every encoding and separator the issue names, and every bad input."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from copdesk.formats.contacts import ContactFileError, read_contacts, write_contacts
from copdesk.formats.contacts import csv_format as contacts_csv
from copdesk.model.contacts_import import Cancelled, ContactRecord
from copdesk.model.errors import UserError
from tests.contacts.conftest import GERMAN_HEADER, csv_text, outlook_rows


def by_last(result):
    return {r.last_name: r for r in result.records}


def check_people(result, *, ascii_names: bool = False) -> None:
    people = by_last(result)
    assert set(people) == {
        "Weiß",
        "Groß",
        "Demir",
        "Petrović" if not ascii_names else "Petrovic",
        "Mustermann",
    }
    weiss = people["Weiß"]
    assert (weiss.first_name, weiss.email, weiss.phone, weiss.organisation, weiss.function) == (
        "Jürgen",
        "juergen.weiss@heidelberg.example",
        "+49 30 23125 101",
        "Stadt Heidelberg",
        "Verwaltungsleitung",
    )
    # the Exchange X.500 address is skipped in favour of the second e-mail column
    gross = people["Groß"]
    assert gross.email == "sabine.gross@heidelberg.example"
    assert gross.phone == "0170 1234567"  # mobile when there is no business phone
    assert gross.function == "Personalentwicklung"  # the department when no job title
    assert gross.note is None
    # only an X.500 address: imported without e-mail, with a remark
    muster = people["Mustermann"]
    assert muster.email == "" and muster.note is not None and "/o=" in muster.note.template
    # line numbers count physical lines: Weiß's notes hold a line break
    assert [r.line for r in result.records] == [2, 4, 5, 6, 9]


def test_german_outlook_export_cp1252_comma(german_outlook_csv):
    result = read_contacts(german_outlook_csv)
    assert (result.kind, result.encoding, result.delimiter) == ("csv", "cp1252", ",")
    check_people(result, ascii_names=True)
    assert "Vorname" in result.columns and "E-Mail 2: Adresse" in result.columns


def test_english_outlook_export_utf8(english_outlook_csv):
    result = read_contacts(english_outlook_csv)
    assert (result.encoding, result.delimiter) == ("utf-8", ",")
    check_people(result)
    assert by_last(result)["Demir"].first_name == "Ayşe"


def test_german_excel_resave_utf8_bom_semicolon(german_excel_csv):
    result = read_contacts(german_excel_csv)
    assert (result.encoding, result.delimiter) == ("utf-8-sig", ";")
    check_people(result)
    assert "Vorname" in result.columns  # the BOM did not stick to the first header


def test_tab_separated_utf16_unicode_text(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(
        csv_text(GERMAN_HEADER, outlook_rows(GERMAN_HEADER), sep="\t").encode("utf-16")
    )
    result = read_contacts(path)
    assert (result.encoding, result.delimiter) == ("utf-16", "\t")
    check_people(result)


def test_google_style_headers(tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(
        "Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,"
        "Organization 1 - Name,Organization 1 - Title,Phone 1 - Value\r\n"
        "Lea,Schäfer,* Work,lea@heidelberg.example,Stadt Heidelberg,Digitallotsin,"
        "030 1\r\n",
        encoding="utf-8",
    )
    (rec,) = read_contacts(path).records
    assert (
        rec.first_name,
        rec.last_name,
        rec.email,
        rec.organisation,
        rec.function,
        rec.phone,
    ) == ("Lea", "Schäfer", "lea@heidelberg.example", "Stadt Heidelberg", "Digitallotsin", "030 1")


def test_display_name_fallbacks(tmp_path):
    path = tmp_path / "display.csv"
    path.write_text(
        '"Name";"E-Mail-Adresse";"E-Mail-Typ";"E-Mail: Angezeigter Name"\r\n'
        '"Groß, Sabine";"/o=x/cn=y";"EX";"Sabine Groß (sabine@stadt.example)"\r\n'
        '"";"lea@stadt.example";"SMTP";"Lea Schäfer (lea@stadt.example)"\r\n',
        encoding="utf-8",
    )
    first, second = read_contacts(path).records
    assert (first.first_name, first.last_name, first.email) == (
        "Sabine",
        "Groß",
        "sabine@stadt.example",
    )
    assert (second.first_name, second.last_name) == ("Lea", "Schäfer")


def test_field_over_131072_characters_and_10000_columns(tmp_path):
    huge_note = "x" * 400_000
    header = ["Vorname", "Nachname", "E-Mail-Adresse", "Notizen"] + [f"C{i}" for i in range(9996)]
    row = ["Lea", "Schäfer", "lea@stadt.example", huge_note] + ["v"] * 9996
    path = tmp_path / "wide.csv"
    path.write_text(csv_text(header, [row, row[:3]]), encoding="utf-8")
    result = read_contacts(path)
    assert len(result.records) == 2
    assert result.records[0].email == "lea@stadt.example"


def test_long_values_are_cut_while_reading(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        csv_text(
            ["Vorname", "Nachname", "E-Mail-Adresse"], [["A" * 50_000, "B", "b@stadt.example"]]
        ),
        encoding="utf-8",
    )
    (rec,) = read_contacts(path).records
    assert len(rec.first_name) == 1000  # still invalid (too long), but never a memory hog


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"   \r\n\r\n  ", b"\xef\xbb\xbf\r\n"])
def test_empty_files_are_refused(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ContactFileError, match="empty"):
        read_contacts(path)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",  # an .xlsx
        b"Vorname,Nachname\r\nA,B\x00\x00\x00",
    ],
)
def test_binary_files_are_refused(tmp_path, content):
    path = tmp_path / "binary.csv"
    path.write_bytes(content)
    with pytest.raises(ContactFileError, match="not a text file"):
        read_contacts(path)


def test_invalid_utf8_in_a_file_declared_utf8(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(
        b"\xef\xbb\xbfVorname;Nachname;E-Mail-Adresse\r\n"
        b"Lea;Sch\xc3\xa4fer;lea@x.example\r\nJ\xfcrgen;Wei\xdf;j@x.example\r\n"
    )
    with pytest.raises(ContactFileError) as info:
        read_contacts(path)
    assert info.value.params["line"] == 3
    assert "UTF-8" in info.value.render()


def test_undecodable_bytes_without_bom_fall_back_to_cp1252_or_refuse(tmp_path):
    fine = tmp_path / "cp1252.csv"
    fine.write_bytes(
        "Vorname,Nachname,E-Mail-Adresse\r\nJürgen,Weiß,j@x.example\r\n".encode("cp1252")
    )
    assert read_contacts(fine).records[0].last_name == "Weiß"
    bad = tmp_path / "undefined.csv"  # 0x81 is undefined in cp1252 and invalid in UTF-8
    bad.write_bytes(b"Vorname,Nachname,E-Mail-Adresse\r\nA\x81,B,c@x.example\r\n")
    with pytest.raises(ContactFileError) as info:
        read_contacts(bad)
    assert info.value.params["line"] == 2


@pytest.mark.parametrize(
    "header, message",
    [
        ("Firma;Telefon geschäftlich;E-Mail-Adresse", "no name column"),
        ("Vorname;Nachname;Firma", "no e-mail column"),
        ("Spalte A;Spalte B", "no name column"),
    ],
)
def test_missing_name_or_email_column(tmp_path, header, message):
    path = tmp_path / "columns.csv"
    path.write_text(header + "\r\nx;y;z\r\n", encoding="utf-8")
    with pytest.raises(ContactFileError, match=message):
        read_contacts(path)


def test_unclosed_quote_names_the_line(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text(
        'Vorname,Nachname,E-Mail-Adresse\r\nLea,"Schäfer,lea@x.example\r\n'
        "Jürgen,Weiß,j@x.example\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ContactFileError) as info:
        read_contacts(path)
    assert info.value.params["line"] >= 2 and "CSV" in info.value.render()


def test_reading_can_be_cancelled(german_excel_csv):
    with pytest.raises(Cancelled):
        read_contacts(german_excel_csv, cancelled=lambda: True)


def test_progress_is_reported_up_to_the_end(german_excel_csv):
    seen = []
    read_contacts(german_excel_csv, report=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)


def test_sniffing_ignores_separators_inside_quotes():
    assert contacts_csv.sniff_delimiter('"a;b;c","d;e"\r\n') == ","
    assert contacts_csv.sniff_delimiter('"Vorname";"Nachname"\r\n') == ";"
    assert contacts_csv.sniff_delimiter("Vorname\r\n") == ","


# --- any text: imported or refused with a message, never a crash ----------------------------

CSV_ALPHABET = st.sampled_from(
    list(",;\t\"\r\n '=+-@äöüßŞ") + list("abcXYZ@.") + ["\x00", "\ufeff"]
)
HEADERS = st.sampled_from(
    ["Vorname", "Nachname", "E-Mail-Adresse", "First Name", "E-mail Address", "Firma", "x", ""]
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    header=st.lists(HEADERS, max_size=5),
    body=st.text(alphabet=CSV_ALPHABET, max_size=200),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_any_csv_text_is_imported_or_refused_with_a_message(tmp_path, header, body, encoding):
    path = tmp_path / "any.csv"
    text = ",".join(header) + "\r\n" + body
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path.write_bytes(data)
    try:
        result = read_contacts(path)
    except UserError as exc:
        assert exc.render().strip()
        return
    assert all(isinstance(r, ContactRecord) for r in result.records)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=300))
def test_any_bytes_are_imported_or_refused_with_a_message(tmp_path, data):
    path = tmp_path / "bytes.csv"
    path.write_bytes(data)
    try:
        read_contacts(path)
    except UserError as exc:
        assert exc.render().strip()


# --- writing ----------------------------------------------------------------------------------

RECORDS = [
    ContactRecord(
        first_name="Jürgen",
        last_name="Weiß",
        email="juergen.weiss@heidelberg.example",
        phone="+49 30 23125 101",
        organisation="Stadt Heidelberg",
        function="Verwaltungsleitung",
    ),
    ContactRecord(
        first_name='=HYPERLINK("http://evil.example";"klick")',
        last_name="@SUM(A1)",
        email="x@y.example",
        phone="-1+1",
        organisation="+cmd|' /C calc'!A0",
        function="\tTab",
    ),
    ContactRecord(
        first_name="Ayşe",
        last_name="Demir",
        organisation="Stadtwerke Gießen; Netz",
        function='Sie sagt "Hallo"\nzweite Zeile',
    ),
]


def read_back(path: Path, encoding="utf-8-sig", delimiter=";") -> list[list[str]]:
    """An independent reader: the csv module, as Excel would split the file."""
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_export_for_german_excel_and_outlook(tmp_path):
    path = write_contacts(tmp_path / "Mitglieder.csv", RECORDS, language="de")
    raw = path.read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf"Anrede";"Vorname";')
    # CRLF ends every record; the one bare LF is the line break inside a quoted cell
    assert raw.count(b"\r\n") == len(RECORDS) + 1
    assert raw.count(b"\n") == raw.count(b"\r\n") + 1
    rows = read_back(path)
    assert rows[0] == list(contacts_csv.GERMAN_HEADER)
    assert rows[1][1:4] == ["Jürgen", "Weiß", "Stadt Heidelberg"]
    assert rows[3][1] == "Ayşe" and rows[3][4] == 'Sie sagt "Hallo"\nzweite Zeile'
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_export_english_headers(tmp_path):
    rows = read_back(write_contacts(tmp_path / "members.csv", RECORDS, language="en"))
    assert rows[0] == list(contacts_csv.ENGLISH_HEADER)


def test_formula_injection_is_neutralised(tmp_path):
    rows = read_back(write_contacts(tmp_path / "x.csv", RECORDS))
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    evil = rows[2]
    assert evil[1] == '\'=HYPERLINK("http://evil.example";"klick")'
    assert evil[2] == "'@SUM(A1)" and evil[3] == "'+cmd|' /C calc'!A0"
    assert evil[5] == "'-1+1"
    # and CoP Desk reads its own export back unchanged
    back = read_contacts(tmp_path / "x.csv").records
    assert [(r.first_name, r.last_name, r.organisation, r.phone, r.function) for r in back] == [
        (r.first_name, r.last_name, r.organisation, r.phone, r.function) for r in RECORDS
    ]


def test_export_replaces_the_target_atomically(tmp_path, monkeypatch):
    target = tmp_path / "m.csv"
    target.write_text("old", encoding="utf-8")

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csv, "writer", broken)
    with pytest.raises(UserError, match="full"):
        write_contacts(target, RECORDS)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.csv"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.lists(
        st.tuples(
            *[st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)] * 4
        ),
        min_size=1,
        max_size=5,
    )
)
@example(values=[("", "", "", "'=")])  # an apostrophe the user typed before "=" (found once)
@example(values=[("''-1", "@", "'", "+49 30")])
def test_any_values_survive_export_and_import(tmp_path, values):
    records = [
        ContactRecord(
            first_name=a.strip(),
            last_name=b.strip() or "X",
            email="",
            phone=c.strip(),
            organisation=d.strip(),
        )
        for a, b, c, d in values
    ]
    path = write_contacts(tmp_path / "prop.csv", records)
    back = read_contacts(path).records
    assert [(r.first_name, r.last_name, r.phone, r.organisation) for r in back] == [
        (r.first_name, r.last_name, r.phone, r.organisation) for r in records
    ]


def test_utf8_bom_decoding_matches_excel_expectation(tmp_path):
    """What German Excel sees: a BOM, then ';'-separated text it decodes as UTF-8."""
    raw = write_contacts(tmp_path / "m.csv", RECORDS[:1]).read_bytes()
    text = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8").read()
    assert text.startswith("\ufeff")
    assert text.splitlines()[0].count(";") == len(contacts_csv.GERMAN_HEADER) - 1
