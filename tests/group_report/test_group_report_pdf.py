"""The report in the protocol PDF, read back with pypdf, in German and English; and the
invitation's agenda, which names the item only."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from copdesk.formats import protocol as P
from copdesk.formats.meeting_text import group_report_text
from copdesk.model import group_report, minutes, uow
from tests.group_report.helpers import build
from tests.meetings.conftest import demo, english, german, meetings_demo_template  # noqa: F401


def _pdf_text(community, meeting_id: int, path: Path, **options) -> str:
    m = uow.read(community, minutes.load_minutes, meeting_id)
    P.build_protocol(m, path, P.ProtocolOptions(**options))
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_german_protocol_prints_the_report(community, german, tmp_path):  # noqa: F811
    s = build(community)
    uow.write(community, group_report.fill_group_report, s.plenary, group_report_text)
    text = _pdf_text(community, s.plenary, tmp_path / "de.pdf")
    for expected in (
        "TOP 1 Neues aus den Teilgruppen",
        "KI-Werkstatt: 1 Treffen seit dem Plenum am 03.12.2026",
        "Do, 10.12.2026: KI Sprechstunde",
        "Erkenntnis: Prompts teilen spart Zeit.",
        "Working Out Loud: 2 Treffen seit dem Plenum am 03.12.2026",
        "Di, 08.12.2026: WOL Woche 1",
        "Beschluss: Wir treffen uns dienstags.",
        "Erkenntnis: Beziehungen zuerst, dann Ziele.",
        "Di, 22.12.2026: WOL Woche 3 (geplant)",
    ):
        assert expected in text, expected
    for absent in ("Privates Detail", "WOL Woche 0", "Alter Beschluss", "WOL Woche 2"):
        assert absent not in text
    assert "Keine Notizen" not in text.split("Neues aus den Teilgruppen")[1][:400]
    # the version for circulation carries it too (nothing private is in it)
    shared = _pdf_text(community, s.plenary, tmp_path / "share.pdf", share_safe=True)
    assert "Beschluss: Wir treffen uns dienstags." in shared


def test_english_protocol_prints_the_report(community, english, tmp_path):  # noqa: F811
    s = build(community)
    uow.write(community, group_report.fill_group_report, s.plenary, group_report_text)
    text = _pdf_text(community, s.plenary, tmp_path / "en.pdf")
    for expected in (
        "News from the sub-groups",
        "KI-Werkstatt: 1 meeting since the plenary on",
        "Working Out Loud: 2 meetings since the plenary on",
        "Decision: Wir treffen uns dienstags.",
        "Takeaway: Beziehungen zuerst, dann Ziele.",
        "(planned)",
    ):
        assert expected in text, expected


def test_quiet_sub_group_gets_one_line(community, english):  # noqa: F811
    s = build(community)
    report = uow.read(community, group_report.collect_group_report, s.last_plenary)
    title, details = group_report_text(report)
    blocks = details.split("\n\n")
    assert title == "News from the sub-groups"
    assert blocks[0].startswith("KI-Werkstatt: no meetings since the plenary on ")
    assert blocks[1].startswith("Working Out Loud: 1 meeting since the plenary on ")
    assert "Alter Beschluss vor dem Plenum" in blocks[1]


def test_demo_plenary_protocol_carries_the_circles_report(demo, german, tmp_path):  # noqa: F811
    from sqlalchemy import select

    from copdesk.model import entities as E

    def report_items(session):
        q = select(E.AgendaItem).where(E.AgendaItem.details != "")
        return [(i.meeting_id, i.kind) for i in session.scalars(q)]

    ((meeting_id, kind),) = uow.read(demo, report_items)  # the only item with a text
    assert kind == "group_report"
    text = _pdf_text(demo, meeting_id, tmp_path / "demo.pdf")
    assert "TOP 2 Neues aus den Teilgruppen" in text
    assert "Working Out Loud / lernOS: 10 Treffen seit dem Plenum am 05.02.2025" in text
    assert "Beschluss: Wir stellen unsere Circle-Erfahrungen im nächsten CoP-Treffen vor" in text
    assert "Erkenntnis: Ersten Beitrag im Intranet veröffentlicht." in text


def test_item_text_prints_as_typed(community, english, tmp_path):  # noqa: F811
    from copdesk.model import meetings

    s = build(community)
    item_id, _ = uow.write(community, group_report.fill_group_report, s.plenary, group_report_text)
    typed = "Markup <b>stays</b> & text\n\n• one\n   indented <i>"
    data = meetings.AgendaItemData("group_report", "News", 15, details=typed)
    uow.write(community, meetings.update_item, item_id, data)
    text = _pdf_text(community, s.plenary, tmp_path / "typed.pdf")
    assert "Markup <b>stays</b> & text • one indented <i>" in text
