"""The protocol PDF, read back with an independent parser (pypdf)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from copdesk.formats import protocol as P
from copdesk.model import minutes, uow
from copdesk.model.errors import UserError

from .conftest import DEMO_TODAY
from .factory import make_minutes, version
from .helpers import run_python


def build(m, path: Path, **options) -> PdfReader:
    P.build_protocol(m, path, P.ProtocolOptions(**options))
    return PdfReader(str(path))


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_german_protocol_has_names_organisations_decisions_and_action_items(german, tmp_path):
    reader = build(make_minutes(), tmp_path / "p.pdf")
    text = flat(text_of(reader))
    for expected in (
        "Protokoll",
        "CoP-Treffen Q1/2026",
        "CoP Personalentwicklung Süd-West",
        "Do, 12.03.2026, 14:00–16:00 Uhr",
        "Online über Microsoft Teams",
        "Gastgeber-Organisation",
        "Stadt Heidelberg",
        "Moderation",
        "Jürgen Weiß",
        "Co-Moderation",
        "Katrin Özdemir",
        "Protokollführung",
        "Björn Meißner",
        "Anwesenheit",
        "Stadtwerke Gießen",
        "Nadine Jäger",
        "Stadt Offenbach am Main",
        "Dragana Petrović",
        "Entschuldigt: Ursula Köhler (Stadt Darmstadt)",
        "Gäste: Dr. Petra Lindemann (Stadt Mannheim)",
        "TOP 1 Check-in-Runde",
        "Sabine Groß: Gerade viel los mit der Haushaltsplanung.",
        "Straßenbau, Größe, Maß",
        "Ergebnis: Ergebnis 1: weniger ist mehr.",
        "Beschlüsse",
        ("Die Größe der Teilgruppe bleibt bei fünf Personen; Maßstab ist die Lernzeit."),
        "Aufgaben",
        "Wer",
        "Was",
        "Bis wann",
        "Aufgabe 1: Fortbildungsmaßnahmen prüfen",
        "30.04.2026",
        "Aufgaben aus früheren Treffen",
        "⚠ überfällig",
        "Nächstes Treffen",
        "Stadt Reutlingen",
        "Entwurf – noch nicht abgeschlossen",
        "Seite 1 von 2",
        "Seite 2 von 2",
        "Für das Protokoll: Björn Meißner",
    ):
        assert expected in text, expected
    meta = reader.metadata
    assert meta.title == "Protokoll: CoP-Treffen Q1/2026"
    assert meta.author == "Björn Meißner"
    assert "CoP Personalentwicklung Süd-West" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded TrueType
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    assert "/Annots" not in reader.pages[0]


def test_english_protocol(english, tmp_path):
    text = flat(text_of(build(make_minutes(), tmp_path / "p.pdf")))
    for expected in (
        "Minutes",
        "Host organisation",
        "Protocol writer",
        "Who",
        "What",
        "By when",
        "Page 1 of 2",
        "Decisions",
        "Item 1 Check-in-Runde",
    ):
        assert expected in text, expected


def test_forty_topics_and_150_action_items_span_several_pages(german, tmp_path):
    reader = build(make_minutes(topics=40, actions=150), tmp_path / "long.pdf")
    pages = [flat(p.extract_text()) for p in reader.pages]
    n = len(pages)
    assert n >= 6
    for i, page in enumerate(pages, 1):
        assert f"Seite {i} von {n}" in page
        assert "CoP Personalentwicklung Süd-West" in page and "12.03.2026" in page
    text = " ".join(pages)
    assert "TOP 41 Thema 40: Führung und Ausbildung" in text
    assert "Aufgabe 150: Fortbildungsmaßnahmen prüfen" in text
    # the action table splits with its header row repeated on every page it covers
    table_pages = [p for p in pages if "Fortbildungsmaßnahmen prüfen" in p]
    assert len(table_pages) >= 2
    assert all("Wer Was Bis wann" in p for p in table_pages)


NASTY = {
    "lt_amp": "a < b && c > d; 3 < 4 & 5",
    "font_tag": "<font color='red' size=40>ROT</font> und <b>fett</b>",
    "unbalanced": "<b>offen <i>kursiv </b> </para> <?xml version='1.0'?> <br> &amp &#xZZ;",
    "link": "<a href='javascript:alert(1)'>klick</a> <link href='https://x.example'>L</link>",
    "image": "<img src='/etc/passwd' width=100 height=100/>",
    "long": "Sehr langer Text. " * 2800,  # 50,400 characters
    "long_word": "x" * 50_000,
    "emoji": "Danke 😀👍 für die Runde 🎉",
    "rtl": "שלום עולם – مرحبا بالعالم – Hallo",
    "cjk": "会议记录 – 議事録",
    "tabs_breaks": "Spalte1\tSpalte2\t\tSpalte3\nZeile 2\r\nZeile 3\rZeile 4\n\n\nAbsatz",
    "controls": "Steuer\x00zeichen\x07 und \u200b\ufeff unsichtbar",
}


@pytest.mark.parametrize("kind", sorted(NASTY))
def test_nasty_inputs_build_and_print_as_typed(german, tmp_path, kind):
    value = NASTY[kind]
    m = make_minutes(
        note_text=value,
        title=value[:180],
        host=value[:120],
        protocol_writer=value[:80],
        decisions=(make_minutes().decisions[0].__class__(1, 101, None, value, 0),),
    )
    reader = build(m, tmp_path / f"{kind}.pdf")
    text = text_of(reader)
    for page in reader.pages:
        assert "/Annots" not in page, "no links may come from user text"
        xobjects = page["/Resources"].get("/XObject", {})
        assert not xobjects, "no images may come from user text"
    if kind == "font_tag":
        assert "<font color='red' size=40>ROT</font>" in text
    if kind == "lt_amp":
        assert "a < b && c > d; 3 < 4 & 5" in text
    if kind == "link":
        assert "<a href='javascript:alert(1)'>klick</a>" in text
    if kind in ("long", "long_word"):
        assert "(gekürzt)" in text
    if kind in ("emoji", "cjk"):
        assert "□" in text  # outside the font: visible replacement, no crash
    if kind == "rtl":
        assert "Hallo" in text


def test_share_safe_leaves_out_check_in_and_private_notes(german, tmp_path):
    m = make_minutes()
    full = text_of(build(m, tmp_path / "full.pdf"))
    assert "GEHEIME-NOTIZ" in full and "VERTRAULICH-CHECKIN" in full
    safe = flat(text_of(build(m, tmp_path / "safe.pdf", share_safe=True)))
    assert "GEHEIME-NOTIZ" not in safe and "VERTRAULICH-CHECKIN" not in safe
    assert "Gerade viel los mit der Haushaltsplanung" not in safe
    assert "Fassung zum Weitergeben" in safe
    assert "Erfahrungsaustausch zu Thema 1" in safe  # ordinary notes stay


def test_version_and_changes_are_printed(german, tmp_path):
    m = make_minutes(versions=(version(1), version(2, "Beschluss ergänzt – Öffnungszeiten")))
    text = flat(text_of(build(m, tmp_path / "v.pdf")))
    assert "Fassung 2 vom 26.03.2026" in text
    assert "Änderungen gegenüber Fassung 1" in text and "Beschluss ergänzt – Öffnungszeiten" in text
    draft = make_minutes(versions=(version(1),), changed_since_version=True)
    assert "Entwurf – geändert seit Fassung 1" in flat(text_of(build(draft, tmp_path / "d.pdf")))


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_unwritable_output_gives_a_clear_message_and_leaves_nothing(german, tmp_path):
    with pytest.raises(UserError) as err:
        P.build_protocol(make_minutes(), Path("/proc/copdesk-protokoll.pdf"))
    assert "/proc" in str(err.value) and "Choose another folder" in str(err.value)
    not_a_folder = tmp_path / "datei.txt"
    not_a_folder.write_text("x")
    with pytest.raises(UserError, match="does not exist"):
        P.build_protocol(make_minutes(), not_a_folder / "p.pdf")
    with pytest.raises(UserError, match="is a folder"):
        P.build_protocol(make_minutes(), tmp_path)
    assert folder_listing(tmp_path) == ["datei.txt"]


def test_logo_that_is_not_an_image_gives_a_clear_message(german, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("kein Bild")
    target = tmp_path / "p.pdf"
    with pytest.raises(UserError) as err:
        P.build_protocol(make_minutes(), target, P.ProtocolOptions(logo=fake))
    assert "not an image" in str(err.value) and "PNG or JPEG" in str(err.value)
    with pytest.raises(UserError, match="does not exist"):
        P.build_protocol(make_minutes(), target, P.ProtocolOptions(logo=tmp_path / "nix.png"))
    assert folder_listing(tmp_path) == ["logo.png"]


def test_logo_is_printed(german, tmp_path):
    from PIL import Image

    logo = tmp_path / "wappen.png"
    Image.new("RGB", (300, 120), (30, 90, 160)).save(logo)
    reader = build(make_minutes(), tmp_path / "p.pdf", logo=logo)
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    assert "/XObject" not in reader.pages[1]["/Resources"]


def test_progress_and_cancel_leave_the_old_file(german, tmp_path):
    target = tmp_path / "p.pdf"
    seen: list[int] = []
    P.build_protocol(
        make_minutes(topics=10, actions=30), target, progress=lambda done, total: seen.append(done)
    )
    assert seen[0] == 0 and seen[-1] == P.PROGRESS_TOTAL and seen == sorted(seen)
    old = target.read_bytes()
    with pytest.raises(P.Cancelled):
        P.build_protocol(
            make_minutes(topics=10, actions=30),
            target,
            progress=lambda done, total: None,
            cancelled=lambda: len(seen) > 0 and seen.append(1) is None and len(seen) > 40,
        )
    assert target.read_bytes() == old
    assert folder_listing(tmp_path) == ["p.pdf"]


def test_protocol_of_the_demo_community(german, demo, tmp_path):
    mid = uow.read(demo, minutes.default_meeting, 1, now=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))
    m = uow.read(demo, minutes.load_minutes, mid, today=DEMO_TODAY)
    reader = build(m, tmp_path / "demo.pdf")
    text = flat(text_of(reader))
    for a in m.present():
        assert a.name in text and a.organisation in text
    for d in m.decisions:
        assert flat(d.text) in text
    for a in m.actions:
        assert a.owner in text
    assert f"Seite 1 von {len(reader.pages)}" in text
    if os.name == "posix":
        assert oct((tmp_path / "demo.pdf").stat().st_mode & 0o777) == "0o600"


def test_without_dejavu_the_bundled_vera_font_is_used(tmp_path):
    """Where no DejaVu Sans exists, reportlab's Bitstream Vera is embedded instead."""
    result = run_python(
        "from copdesk.formats import protocol as P\n"
        "from copdesk.formats.protocol import fonts\n"
        "fonts.font_files = lambda: None\n"
        "from tests.minutes.factory import make_minutes\n"
        f"P.build_protocol(make_minutes(note_text='Straße 😀'), {str(tmp_path / 'v.pdf')!r})\n"
        "print(P.font_file())\n",
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Vera" in result.stdout
    reader = PdfReader(str(tmp_path / "v.pdf"))
    fonts = {
        str(f.get_object()["/BaseFont"])
        for p in reader.pages
        for f in p["/Resources"]["/Font"].values()
    }
    assert fonts and all("Vera" in f for f in fonts), fonts
    assert "Straße" in text_of(reader)


def test_a_decision_on_a_lean_coffee_topic_is_printed_under_the_topic(german, tmp_path):
    from dataclasses import replace

    from copdesk.model.minutes.dto import DecisionRow

    m = make_minutes()
    on_topic = DecisionRow(
        2, 101, 77, "Wir starten einen Pilot mit KI-Werkzeugen.", 1, "KI in der Personalentwicklung"
    )
    m = replace(m, decisions=(*m.decisions, on_topic))
    text = flat(text_of(build(m, tmp_path / "p.pdf")))
    title = text.index("KI in der Personalentwicklung")
    assert title < text.index("Wir starten einen Pilot mit KI-Werkzeugen.")
