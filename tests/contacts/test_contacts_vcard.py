"""vCard 2.1 (classic Outlook, Windows-1252, quoted-printable), 3.0 and 4.0; export as 3.0."""

from __future__ import annotations

import os

import pytest

from copdesk.formats.contacts import ContactFileError, read_contacts, write_contacts
from copdesk.formats.contacts.vcard import NO_N_OR_FN, UNREADABLE_CARD
from copdesk.model.contacts_import import X500_ONLY, ContactRecord


def test_outlook_vcard_21_windows_1252_quoted_printable(vcard21):
    result = read_contacts(vcard21)
    assert (result.kind, result.encoding) == ("vcard", "cp1252")
    weiss, gross = result.records
    assert (weiss.first_name, weiss.last_name, weiss.email, weiss.phone, weiss.organisation) == (
        "Jürgen",
        "Weiß",
        "juergen.weiss@heidelberg.example",
        "+49 30 23125 101",
        "Stadt Heidelberg",
    )
    # a quoted-printable soft line break inside the value
    assert weiss.function == "Verwaltungsleitung Personal- und Organisationsamt"
    assert (gross.first_name, gross.last_name) == ("Sabine", "Groß")
    # the X.400/X.500 address marked PREF is skipped for the SMTP one
    assert gross.email == "sabine.gross@heidelberg.example"
    assert weiss.line == 1 and gross.line > weiss.line


def test_vcard_30_utf8_escapes_and_preferred_address(vcard30):
    (ayse,) = read_contacts(vcard30).records
    assert (ayse.first_name, ayse.last_name) == ("Ayşe", "Demir")
    assert ayse.email == "ayse.demir@giessen.example"  # type=pref wins over the first one
    assert ayse.organisation == "Stadtwerke Gießen, Netz GmbH"  # escaped comma, no department
    assert ayse.function == "Digitallotsin"
    assert ayse.phone == "+49 69 90009 102"


def test_vcard_40_with_fn_only_and_a_card_without_any_name(vcard40):
    dragana, nobody = read_contacts(vcard40).records
    assert (dragana.first_name, dragana.last_name) == ("Dragana", "Petrović")
    assert dragana.email == "dragana.petrovic@offenbach.example"
    assert nobody.problem is not None and nobody.problem.template == NO_N_OR_FN
    assert "neither N nor FN" in nobody.problem.render()


def test_x500_only_card_is_kept_with_a_remark(tmp_path):
    path = tmp_path / "x500.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Muster;Max\r\n"
        "EMAIL;X400:/o=Exchange/cn=max\r\nEND:VCARD\r\n",
        encoding="ascii",
    )
    (rec,) = read_contacts(path).records
    assert rec.email == "" and rec.note is not None and rec.note.template == X500_ONLY


def test_a_broken_card_does_not_stop_the_others(tmp_path):
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Eins;Erste\r\nFN:Erste Eins\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zwei;Zweite\r\nFN;;;:Zweite Zwei\r\n"
        'EMAIL;TYPE="unclosed:zwei@x.example\r\nEND:VCARD\r\n'
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Drei Dritte\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    records = read_contacts(path).records
    assert len(records) == 3
    assert records[0].last_name == "Eins" and records[2].last_name == "Dritte"
    assert records[1].problem is not None and records[1].problem.template == UNREADABLE_CARD


def test_vcard_file_without_cards_is_empty(tmp_path):
    path = tmp_path / "none.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\n", encoding="utf-8")  # never ends
    with pytest.raises(ContactFileError, match="empty"):
        read_contacts(path)


RECORDS = [
    ContactRecord(
        first_name="Jürgen",
        last_name="Weiß",
        email="juergen.weiss@heidelberg.example",
        phone="+49 30 23125 101",
        organisation="Stadt Heidelberg; Personalamt",
        function="Verwaltungsleitung, Personal",
    ),
    ContactRecord(first_name="Ayşe", last_name="Demir", email="ayse@giessen.example"),
    ContactRecord(first_name="", last_name="Petrović"),
]


def test_export_is_vcard_30_that_vobject_reads_back(tmp_path):
    import vobject

    path = write_contacts(tmp_path / "members.vcf", RECORDS)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    raw.decode("utf-8")
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    cards = list(vobject.readComponents(raw.decode("utf-8")))
    assert len(cards) == 3
    first = cards[0]
    assert first.version.value == "3.0"
    assert (first.n.value.family, first.n.value.given) == ("Weiß", "Jürgen")
    assert first.fn.value == "Jürgen Weiß"
    assert first.email.value == "juergen.weiss@heidelberg.example"
    assert set(first.email.params["TYPE"]) == {"INTERNET", "WORK"}
    assert first.tel.value == "+49 30 23125 101"
    assert first.org.value == ["Stadt Heidelberg; Personalamt"]
    assert first.title.value == "Verwaltungsleitung, Personal"
    assert cards[2].fn.value == "Petrović"


def test_vcard_round_trip(tmp_path):
    back = read_contacts(write_contacts(tmp_path / "rt.vcf", RECORDS)).records
    assert [
        (r.first_name, r.last_name, r.email, r.phone, r.organisation, r.function) for r in back
    ] == [
        (r.first_name, r.last_name, r.email, r.phone, r.organisation, r.function) for r in RECORDS
    ]


# --- big photos: read in one pass, never held ------------------------------------------------


def _photo_card(tmp_path, photo_bytes: int, *, folded: bool = True):
    """A card as Apple and Google write it: the photo's base64 folded into 75-character
    lines (or, unfolded, on one line), the e-mail address after it."""
    import base64

    data = base64.b64encode(os.urandom(photo_bytes * 3 // 4)).decode("ascii")
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + data
    if folded:
        photo = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = tmp_path / "foto.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Groß;Sabine\r\nFN:Sabine Groß\r\n"
        + photo
        + "\r\nEMAIL;TYPE=WORK:sabine.gross@heidelberg.example\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lea Schäfer\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    return path


@pytest.mark.parametrize("folded", [True, False])
def test_a_big_photo_is_skipped_without_being_held_in_memory(tmp_path, folded):
    """The photo is neither collected line by line nor joined into one string: the most
    memory reading takes stays far below the photo's size (the reader used to collect the
    card's lines and then join the folded photo by repeated concatenation, quadratic)."""
    import tracemalloc

    import vobject  # noqa: F401 - imported before measuring: its import is no part of it

    path = _photo_card(tmp_path, 8_000_000, folded=folded)
    read_contacts(_photo_card(tmp_path / "..", 1000))  # warm up the code paths
    tracemalloc.start()
    try:
        sabine, lea = read_contacts(path).records
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sabine.email == "sabine.gross@heidelberg.example"
    assert (lea.first_name, lea.last_name) == ("Lea", "Schäfer")
    # what remains are the encoding check's and the reader's blocks (about 1 MB)
    assert peak < path.stat().st_size / 5, peak


def test_folding_anywhere_and_skipped_quoted_printable_notes(tmp_path):
    path = tmp_path / "gefaltet.vcf"
    path.write_bytes(
        (
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            # the property name itself folded (RFC 2425 allows a break anywhere)
            "N:Weiß;Jürgen\r\nEMA\r\n IL;TYPE=WORK:juergen.weiss@heidel\r\n berg.example\r\n"
            # a skipped note whose soft line break is followed by what looks like a property
            "NOTE;ENCODING=QUOTED-PRINTABLE:Bitte an=\r\nEMAIL:falsch@example.org senden\r\n"
            "TITLE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Verwaltungs=\r\nleitung=\r\n\r\n"
            "END:VCARD\r\n"
        ).encode()
    )
    (weiss,) = read_contacts(path).records
    assert weiss.email == "juergen.weiss@heidelberg.example"
    assert weiss.function == "Verwaltungsleitung"


def test_lines_longer_than_a_read_part_and_a_crlf_split_between_parts(tmp_path):
    from copdesk.formats.contacts.vcard import CHUNK

    path = tmp_path / "lang.vcf"
    # X-LONG ends exactly where a part ends, so its CRLF is split into two reads
    long_line = "X-LONG:" + "x" * (CHUNK - 1 - len("X-LONG:"))
    path.write_bytes(
        (
            "BEGIN:VCARD\r\nFN:Ute Krüger\r\n" + long_line + "\r\n"
            "EMAIL:ute@stadt.example\r\nNOTE:" + "n" * (3 * CHUNK) + "\r\n"
            "FN:" + "F" * (2 * CHUNK) + "\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nFN:Lea Schäfer\r\nEND:VCARD\r\n"
        ).encode("utf-8")
    )
    ute, lea = read_contacts(path).records
    assert ute.email == "ute@stadt.example"
    assert ute.last_name == "Krüger"  # the first FN; the second is cut, not held whole
    assert lea.line == 8  # physical lines counted right across the split CRLF
