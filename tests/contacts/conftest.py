"""Fixtures for contacts, hand-over and data protection: contact files in every format and
encoding the issue names (German and English headers), written by the tests themselves,
and the demo community."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

DEMO_TODAY = dt.date(2025, 1, 15)

# --- Outlook CSV exports ------------------------------------------------------------------

#: The first columns of a German Outlook (2016–365) contacts export, in Outlook's order.
GERMAN_HEADER = [
    "Anrede",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Suffix",
    "Firma",
    "Abteilung",
    "Position",
    "Straße geschäftlich",
    "Ort geschäftlich",
    "Postleitzahl geschäftlich",
    "Telefon geschäftlich",
    "Telefon privat",
    "Mobiltelefon",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse",
    "E-Mail 2: Typ",
    "E-Mail 2: Angezeigter Name",
    "Kategorien",
    "Notizen",
]
ENGLISH_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business City",
    "Business Postal Code",
    "Business Phone",
    "Home Phone",
    "Mobile Phone",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "Categories",
    "Notes",
]

#: (first, last, company, department, job title, business phone, mobile, e-mail, type,
#:  e-mail 2, type 2, notes)
PEOPLE = [
    (
        "Jürgen",
        "Weiß",
        "Stadt Heidelberg",
        "Personal- und Organisationsamt",
        "Verwaltungsleitung",
        "+49 30 23125 101",
        "",
        "juergen.weiss@heidelberg.example",
        "SMTP",
        "",
        "",
        'Mag Kaffee.\r\nZweite Zeile; mit Semikolon, Komma und "Zitat".',
    ),
    (
        "Sabine",
        "Groß",
        "Stadt Heidelberg",
        "Personalentwicklung",
        "",
        "",
        "0170 1234567",
        (
            "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/"
            "cn=3f2a-Sabine Groß"
        ),
        "EX",
        "sabine.gross@heidelberg.example",
        "SMTP",
        "",
    ),
    (
        "Ayşe",
        "Demir",
        "Stadtwerke Gießen",
        "",
        "Digitallotsin",
        "+49 69 90009 102",
        "",
        "ayse.demir@giessen.example",
        "SMTP",
        "",
        "",
        "",
    ),
    (
        "Dragana",
        "Petrović",
        "Stadt Offenbach am Main",
        "",
        "Personalentwicklung",
        "",
        "",
        "Dragana.Petrovic@Offenbach.example",
        "SMTP",
        "",
        "",
        "Notiz über\nmehrere\nZeilen",
    ),
    ("Max", "Mustermann", "", "", "", "", "", "/o=Exchange/cn=Recipients/cn=max", "EX", "", "", ""),
]


def outlook_rows(header: list[str], people=PEOPLE) -> list[list[str]]:
    rows = []
    for (
        first,
        last,
        company,
        dept,
        job,
        phone,
        mobile,
        email,
        etype,
        email2,
        etype2,
        notes,
    ) in people:
        display = f"{first} {last} ({email})" if etype == "SMTP" else f"{last}, {first}"
        display2 = f"{first} {last} ({email2})" if email2 else ""
        values = {
            0: "",
            1: first,
            2: "",
            3: last,
            4: "",
            5: company,
            6: dept,
            7: job,
            8: "",
            9: "",
            10: "",
            11: phone,
            12: "",
            13: mobile,
            14: email,
            15: etype,
            16: display,
            17: email2,
            18: etype2,
            19: display2,
            20: "",
            21: notes,
        }
        rows.append([values[i] for i in range(len(header))])
    return rows


def csv_text(header: list[str], rows: list[list[str]], sep: str = ",") -> str:
    """Every field quoted, CRLF, quotes doubled — as Outlook and Excel write it."""

    def q(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    return "".join(sep.join(q(v) for v in row) + "\r\n" for row in [header, *rows])


@pytest.fixture
def german_outlook_csv(tmp_path) -> Path:
    """German Outlook's own export: comma, every field quoted, Windows-1252."""
    path = tmp_path / "Kontakte.CSV"
    path.write_bytes(
        csv_text(GERMAN_HEADER, outlook_rows(GERMAN_HEADER))
        .replace("ş", "s")
        .replace("ć", "c")  # cp1252 has neither
        .encode("cp1252")
    )
    return path


@pytest.fixture
def english_outlook_csv(tmp_path) -> Path:
    """English Outlook export saved as UTF-8 without BOM."""
    path = tmp_path / "contacts.csv"
    path.write_bytes(csv_text(ENGLISH_HEADER, outlook_rows(ENGLISH_HEADER)).encode("utf-8"))
    return path


@pytest.fixture
def german_excel_csv(tmp_path) -> Path:
    """The German export re-saved by German Excel as "CSV UTF-8": BOM and semicolons."""
    path = tmp_path / "Kontakte-Excel.csv"
    path.write_bytes(
        b"\xef\xbb\xbf"
        + csv_text(GERMAN_HEADER, outlook_rows(GERMAN_HEADER), sep=";").encode("utf-8")
    )
    return path


# --- vCards ---------------------------------------------------------------------------------

VCARD21_CP1252 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Wei=DF;J=FCrgen\r\n"
    "FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen Wei=DF\r\n"
    "ORG;CHARSET=Windows-1252:Stadt Heidelberg;Personal- und Organisationsamt\r\n"
    "TITLE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Verwaltungsleitung Personal- und Orga=\r\n"
    "nisationsamt\r\n"
    "TEL;WORK;VOICE:+49 30 23125 101\r\n"
    "TEL;CELL;VOICE:0170 1234567\r\n"
    "EMAIL;PREF;INTERNET:juergen.weiss@heidelberg.example\r\n"
    "NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile mit Gr=\r\n"
    "=FC=DFen\r\n"
    "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\n"
    "PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n"
    " /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U\r\n"
    " HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/\r\n"
    "\r\n"
    "REV:20240102T101112Z\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=Windows-1252:Gro\xdf;Sabine\r\n"
    "FN;CHARSET=Windows-1252:Sabine Gro\xdf\r\n"
    "ORG:Stadt Heidelberg\r\n"
    "EMAIL;PREF;X400:/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=sabine\r\n"
    "EMAIL;INTERNET:sabine.gross@heidelberg.example\r\n"
    "END:VCARD\r\n"
)

VCARD30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
    "N:Demir;Ayşe;;;\r\n"
    "FN:Ayşe Demir\r\n"
    "ORG:Stadtwerke Gießen\\, Netz GmbH;Personal\r\n"
    "TITLE:Digitallotsin\r\n"
    "item1.EMAIL;type=INTERNET;type=HOME:ayse@privat.example\r\n"
    "item2.EMAIL;type=INTERNET;type=WORK;type=pref:ayse.demir@giessen.example\r\n"
    "TEL;type=WORK;type=VOICE:+49 69 90009 102\r\n"
    "NOTE:Lange Notiz\\nmit Umbruch\r\n"
    "END:VCARD\r\n"
)

VCARD40 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Dragana Petrović\r\n"
    "ORG:Stadt Offenbach am Main\r\n"
    "EMAIL;TYPE=work;PREF=1:dragana.petrovic@offenbach.example\r\n"
    'TEL;VALUE=uri;TYPE="work,voice":tel:+49-69-90009-103\r\n'
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "EMAIL:nobody@offenbach.example\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def vcard21(tmp_path) -> Path:
    path = tmp_path / "outlook.vcf"
    path.write_bytes(VCARD21_CP1252.encode("cp1252"))
    return path


@pytest.fixture
def vcard30(tmp_path) -> Path:
    path = tmp_path / "apple.vcf"
    path.write_bytes(VCARD30.encode("utf-8"))
    return path


@pytest.fixture
def vcard40(tmp_path) -> Path:
    path = tmp_path / "nextcloud.vcf"
    path.write_bytes(VCARD40.encode("utf-8"))
    return path


# --- the demo community ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One deterministic demo community per test run; tests work on copies."""
    from copdesk.demo import write_demo

    path = tmp_path_factory.mktemp("contacts-demo") / "demo.copdesk"
    write_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    path = tmp_path / "demo.copdesk"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo(demo_path):
    from copdesk.model import db

    com = db.open_community(demo_path)
    try:
        yield com
    finally:
        com.close()
