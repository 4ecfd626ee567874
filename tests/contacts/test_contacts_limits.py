"""Contact files too big for memory are refused with one clear message, and change nothing:
above MAX_FILE_MB before a byte is read, above MAX_CONTACTS while streaming."""

from __future__ import annotations

import pytest

from copdesk.formats.contacts import (
    MAX_CONTACTS,
    MAX_FILE_MB,
    ContactFileError,
    read_contacts,
)
from tests.contacts.conftest import csv_text
from tests.contacts.test_contacts_cli import members_in, run

HEADER = ["Vorname", "Nachname", "E-Mail-Adresse"]


def _csv(path, rows: int):
    path.write_text(
        csv_text(HEADER, [[f"Vor{i}", f"Nach{i}", f"p{i}@stadt.example"] for i in range(rows)]),
        encoding="utf-8",
    )
    return path


def _vcards(path, cards: int):
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vor{i} Nach{i}\r\n"
            f"EMAIL:p{i}@stadt.example\r\nEND:VCARD\r\n"
            for i in range(cards)
        ),
        encoding="utf-8",
    )
    return path


def _huge(path, megabytes: int):
    """A valid CSV at the start, then (sparse, costing no disk) up to *megabytes* MB."""
    _csv(path, 3)
    with open(path, "r+b") as fh:
        fh.truncate(megabytes * 1_000_000)
    return path


def test_a_200_mb_file_is_refused_before_reading(tmp_path):
    path = _huge(tmp_path / "Adressbuch.csv", 200)
    reports = []
    with pytest.raises(ContactFileError) as caught:
        read_contacts(path, report=lambda done, total: reports.append(done))
    message = caught.value.render()
    assert f"is 200 MB; CoP Desk imports contact files of up to {MAX_FILE_MB} MB" in message
    assert "Export only the contacts of the community" in message
    assert reports == []  # not one block was read


def test_the_size_limit_itself_is_allowed(tmp_path):
    path = _csv(tmp_path / "klein.csv", 2)
    with open(path, "a", encoding="utf-8", newline="") as fh:  # blank lines: still valid
        rest = MAX_FILE_MB * 1_000_000 - path.stat().st_size
        fh.write((" " * 998 + "\r\n") * (rest // 1000) + " " * (rest % 1000))
    assert path.stat().st_size == MAX_FILE_MB * 1_000_000
    assert len(read_contacts(path).records) == 2


@pytest.mark.parametrize("write", [_csv, _vcards], ids=["csv", "vcard"])
def test_more_contacts_than_the_limit_are_refused(tmp_path, write):
    assert len(read_contacts(write(tmp_path / "genau", MAX_CONTACTS)).records) == MAX_CONTACTS
    with pytest.raises(ContactFileError) as caught:
        read_contacts(write(tmp_path / "zu-viele", MAX_CONTACTS + 1))
    assert f"holds more than {MAX_CONTACTS} contacts" in caught.value.render()


def test_the_refusals_in_german(qapp, tmp_path):
    from copdesk.ui import i18n

    huge = _huge(tmp_path / "gross.csv", 101)
    many = _csv(tmp_path / "viele.csv", MAX_CONTACTS + 1)
    translators = i18n.install_translators(qapp, "de")
    try:
        texts = []
        for path in (huge, many):
            with pytest.raises(ContactFileError) as caught:
                read_contacts(path)
            texts.append(i18n.translate_error(caught.value))
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.install_translators(qapp, "en")  # the English locale again for the next tests
    assert f"ist 101 MB groß; CoP Desk importiert Kontaktdateien bis {MAX_FILE_MB} MB" in texts[0]
    assert f"enthält mehr als {MAX_CONTACTS} Kontakte" in texts[1]


def test_the_command_line_refuses_with_one_line_and_changes_nothing(
    demo_path, tmp_path, copdesk_home
):
    before = members_in(demo_path)
    result = run(
        "import", str(demo_path), str(_huge(tmp_path / "riesig.csv", 200)), home=copdesk_home
    )
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "is 200 MB" in line
    assert members_in(demo_path) == before


def test_a_field_longer_than_16_mi_characters_is_refused_with_its_line(tmp_path):
    """``csv`` holds a field at 4 bytes a character: one 100 MB field took 635 MB. Such a
    field is refused where it starts, before it is held whole."""
    from copdesk.formats.contacts.csv_format import FIELD_LIMIT_MAX

    path = tmp_path / "notiz.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write('Vorname,Nachname,E-Mail-Adresse,Notizen\r\nLea,Schäfer,lea@stadt.example,"')
        fh.write("x" * (FIELD_LIMIT_MAX + 1) + '"\r\nUte,Krüger,ute@stadt.example,""\r\n')
    with pytest.raises(ContactFileError) as caught:
        read_contacts(path)
    assert "Line 2 of" in caught.value.render()
    assert "field larger than field limit" in caught.value.render()
