"""The hand-over sheet: what the next organiser needs to know first, as a short PDF.

Input is ``copdesk.model.handover.HandoverSheet``. Sections: next meeting (date, host,
moderation, protocol, link), open action items, top backlog topics, how the community
works (description, rhythm, rotating roles, recent decisions, agenda templates,
sub-groups), organisations, and a checklist for the first weeks.

Fonts, text cleaning and escaping are shared with the protocol PDF
(``protocol_pdf.register_fonts``, ``markup``, ``printable``): DejaVu Sans embedded, every
user string escaped before it reaches a reportlab ``Paragraph``, characters outside the
font printed as "□". Texts follow the UI language (context "HandoverPdf"); reportlab is
imported inside the functions.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk import __version__
from copdesk.formats.dates import date_short, date_with_weekday, local, meeting_when
from copdesk.formats.protocol import FONT, FONT_BOLD, markup, printable, register_fonts
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.handover import HandoverSheet

if TYPE_CHECKING:  # reportlab has no type information: these names are Any to mypy
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

CTX = "HandoverPdf"
CM = 28.35
MAX_CELL = 600

ROLES = {
    "host": QT_TRANSLATE_NOOP("HandoverPdf", "host organisation"),
    "moderator": QT_TRANSLATE_NOOP("HandoverPdf", "moderation"),
    "co_moderator": QT_TRANSLATE_NOOP("HandoverPdf", "co-moderation"),
    "protocol": QT_TRANSLATE_NOOP("HandoverPdf", "protocol"),
}
FORMATS = {
    "online": QT_TRANSLATE_NOOP("HandoverPdf", "online"),
    "in_person": QT_TRANSLATE_NOOP("HandoverPdf", "in person"),
    "hybrid": QT_TRANSLATE_NOOP("HandoverPdf", "hybrid (on site and online)"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("HandoverPdf", "Monday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Tuesday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Wednesday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Thursday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Friday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Saturday"),
    QT_TRANSLATE_NOOP("HandoverPdf", "Sunday"),
)
CHECKLIST = (
    QT_TRANSLATE_NOOP(
        "HandoverPdf",
        "Open the hand-over in CoP Desk (File → Open a hand-over…) and save the community in "
        "your documents folder, not on a network drive.",
    ),
    QT_TRANSLATE_NOOP(
        "HandoverPdf",
        "Check the next meeting: date, host organisation, moderation and protocol. Send the "
        "invitations from your own Outlook (Meetings → Invite…).",
    ),
    QT_TRANSLATE_NOOP(
        "HandoverPdf", "Go through the open action items and ask their owners about the state."
    ),
    QT_TRANSLATE_NOOP(
        "HandoverPdf",
        "Members marked “without consent” have not yet agreed to be stored: ask them, and "
        "record the date in their details.",
    ),
    QT_TRANSLATE_NOOP(
        "HandoverPdf",
        "The hand-over file contains every member's personal data. Delete it (and the "
        "e-mail it came with) once the community is open on your computer.",
    ),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _german() -> bool:
    return QLocale().language() == QLocale.Language.German


def default_sheet_name() -> str:
    return "Uebergabe.pdf" if _german() else "handover.pdf"


def _styles() -> dict[str, ParagraphStyle]:
    from reportlab.lib import colors  # deferred: start-up cost
    from reportlab.lib.styles import ParagraphStyle  # deferred: start-up cost

    ink = colors.HexColor("#1f2933")
    return {
        "title": ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ink, spaceAfter=4
        ),
        "sub": ParagraphStyle(
            "sub",
            fontName=FONT,
            fontSize=9.5,
            leading=13,
            textColor=colors.HexColor("#52606d"),
            spaceAfter=10,
        ),
        "h": ParagraphStyle(
            "h",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ink,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "p": ParagraphStyle(
            "p", fontName=FONT, fontSize=10, leading=13.5, textColor=ink, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9.5, leading=12, textColor=ink),
        "head": ParagraphStyle("head", fontName=FONT_BOLD, fontSize=9.5, leading=12, textColor=ink),
        "bullet": ParagraphStyle(
            "bullet",
            fontName=FONT,
            fontSize=10,
            leading=13.5,
            textColor=ink,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=3,
        ),
    }


class _Story:
    def __init__(self, width: float) -> None:
        self.width = width
        self.styles = _styles()
        self.items: list[Flowable] = []

    def p(self, marked: str, style: str = "p") -> None:
        from reportlab.platypus import Paragraph  # deferred: start-up cost

        self.items.append(Paragraph(marked, self.styles[style]))

    def gap(self, height: float = 6) -> None:
        from reportlab.platypus import Spacer  # deferred: start-up cost

        self.items.append(Spacer(1, height))

    def heading(self, text: str) -> None:
        self.p(markup(text, 200), "h")

    def bullet(self, marked: str) -> None:
        from reportlab.platypus import Paragraph  # deferred: start-up cost

        self.items.append(Paragraph(marked, self.styles["bullet"], bulletText="•"))

    def table(
        self, header: list[str] | None, rows: list[list[str]], fractions: list[float]
    ) -> None:
        from reportlab.lib import colors  # deferred: start-up cost
        from reportlab.platypus import Paragraph, Table, TableStyle  # deferred: start-up cost

        data = []
        if header:
            data.append([Paragraph(markup(h, 100), self.styles["head"]) for h in header])
        for row in rows:
            data.append([Paragraph(cell, self.styles["cell"]) for cell in row])
        table = Table(
            data,
            colWidths=[self.width * f for f in fractions],
            repeatRows=1 if header else 0,
            hAlign="LEFT",
        )
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cbd2d9")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e7eb")))
        table.setStyle(TableStyle(style))
        self.items.append(table)


def _m(value: str, limit: int = MAX_CELL) -> str:
    return markup(value, limit)


def build_story(sheet: HandoverSheet, width: float) -> list[Flowable]:
    register_fonts()
    s = _Story(width)
    title = QCoreApplication.translate("HandoverPdf", "Hand-over: %1")
    s.p(markup(title.replace("%1", printable(sheet.community, 200)), 260), "title")
    day = date_short(local(sheet.created_at).date())
    if sheet.organiser:
        made = QCoreApplication.translate("HandoverPdf", "Prepared on %1 by %2")
    else:
        made = QCoreApplication.translate("HandoverPdf", "Prepared on %1")
    s.p(markup(made.replace("%1", day).replace("%2", sheet.organiser), 300), "sub")
    s.p(
        _m(
            QCoreApplication.translate(
                "HandoverPdf",
                "This sheet comes with the community file. Open the .copdesk-handover file with CoP "
                "Desk (File → Open a hand-over…): it holds the members, organisations, meetings, "
                "minutes, the topic backlog and the rotation history.",
            )
        )
    )

    s.heading(QCoreApplication.translate("HandoverPdf", "Next meeting"))
    nm = sheet.next_meeting
    if nm is None:
        s.p(
            _m(
                QCoreApplication.translate(
                    "HandoverPdf",
                    "No meeting is planned yet. Plan the next one on the Meetings page.",
                )
            )
        )
    else:
        undecided = QCoreApplication.translate("HandoverPdf", "not yet decided")
        place = _t(FORMATS.get(nm.format, nm.format)) + (f", {nm.place}" if nm.place else "")
        rows = [
            (
                QCoreApplication.translate("HandoverPdf", "When"),
                meeting_when(nm.start_at, nm.end_at, nm.tz),
            ),
            (QCoreApplication.translate("HandoverPdf", "Title"), nm.title),
            (QCoreApplication.translate("HandoverPdf", "Format"), place),
        ]
        if nm.join_url:
            rows.append((QCoreApplication.translate("HandoverPdf", "Video link"), nm.join_url))
        rows += [
            (QCoreApplication.translate("HandoverPdf", "Host organisation"), nm.host or undecided),
            (QCoreApplication.translate("HandoverPdf", "Moderation"), nm.moderator or undecided),
            (
                QCoreApplication.translate("HandoverPdf", "Co-moderation"),
                nm.co_moderator or undecided,
            ),
            (
                QCoreApplication.translate("HandoverPdf", "Protocol"),
                nm.protocol_writer or undecided,
            ),
            (
                QCoreApplication.translate("HandoverPdf", "Invitations"),
                QCoreApplication.translate("HandoverPdf", "sent")
                if nm.invited
                else QCoreApplication.translate("HandoverPdf", "not yet sent"),
            ),
        ]
        s.table(None, [[_m(label), _m(value)] for label, value in rows], [0.28, 0.72])
    if sheet.last_meeting:
        title, start = sheet.last_meeting
        last = QCoreApplication.translate("HandoverPdf", "Last meeting: %1, %2")
        s.gap()
        s.p(_m(last.replace("%1", date_with_weekday(local(start).date())).replace("%2", title)))

    heading = QCoreApplication.translate("HandoverPdf", "Open action items (%1, %2 overdue)")
    s.heading(
        heading.replace("%1", str(sheet.open_action_count)).replace("%2", str(sheet.overdue_count))
    )
    if not sheet.open_actions:
        s.p(_m(QCoreApplication.translate("HandoverPdf", "No open action items.")))
    else:
        overdue = QCoreApplication.translate("HandoverPdf", "(overdue)")
        action_rows = []
        for a in sheet.open_actions:
            due = date_short(a.due_on) if a.due_on else "–"
            action_rows.append(
                [
                    _m(a.description),
                    _m(a.owner or "–"),
                    _m(f"{due} {overdue}" if a.overdue else due),
                ]
            )
        s.table(
            [
                QCoreApplication.translate("HandoverPdf", "What"),
                QCoreApplication.translate("HandoverPdf", "Who"),
                QCoreApplication.translate("HandoverPdf", "By when"),
            ],
            action_rows,
            [0.58, 0.22, 0.20],
        )
        more = sheet.open_action_count - len(sheet.open_actions)
        if more > 0:
            text_ = QCoreApplication.translate(
                "HandoverPdf", "… and %1 more in CoP Desk (Action items)."
            )
            s.p(_m(text_.replace("%1", str(more))))

    s.heading(QCoreApplication.translate("HandoverPdf", "Top topics in the backlog"))
    if not sheet.top_topics:
        s.p(_m(QCoreApplication.translate("HandoverPdf", "The backlog is empty.")))
    else:
        s.table(
            [
                QCoreApplication.translate("HandoverPdf", "Topic"),
                QCoreApplication.translate("HandoverPdf", "Proposed by"),
                QCoreApplication.translate("HandoverPdf", "Votes"),
            ],
            [[_m(t.title), _m(t.proposer or "–"), _m(str(t.votes))] for t in sheet.top_topics],
            [0.62, 0.26, 0.12],
        )

    s.heading(QCoreApplication.translate("HandoverPdf", "How the community works"))
    if sheet.description:
        s.p(_m(sheet.description, 3000))
    if sheet.cadence_unit == "week":
        unit = QCoreApplication.translate("HandoverPdf", "weeks")
    else:
        unit = QCoreApplication.translate("HandoverPdf", "months")
    rhythm = QCoreApplication.translate("HandoverPdf", "Meets every %1 %2 for about %3 minutes")
    rhythm = (
        rhythm.replace("%1", str(sheet.cadence_interval))
        .replace("%2", unit)
        .replace("%3", str(sheet.default_minutes))
    )
    days = ", ".join(_t(WEEKDAYS[d - 1]) for d in sheet.weekdays if 1 <= d <= 7)
    if days:
        when = QCoreApplication.translate("HandoverPdf", ", preferably on %1 between %2 and %3")
        rhythm += (
            when.replace("%1", days).replace("%2", sheet.window[0]).replace("%3", sheet.window[1])
        )
    s.bullet(_m(rhythm + "."))
    if sheet.rotating_roles:
        roles = ", ".join(_t(ROLES.get(r, r)) for r in sheet.rotating_roles)
        text_ = QCoreApplication.translate(
            "HandoverPdf",
            "These roles rotate among the members and organisations: %1. "
            "CoP Desk suggests who is next (Rotation).",
        )
        s.bullet(_m(text_.replace("%1", roles)))
    counts = sheet.counts
    text_ = QCoreApplication.translate(
        "HandoverPdf",
        "%1 active members from %2 organisations; %3 meetings held so far; "
        "%4 open topics in the backlog.",
    )
    s.bullet(
        _m(
            text_.replace("%1", str(counts.get("members", 0)))
            .replace("%2", str(counts.get("organisations", 0)))
            .replace("%3", str(counts.get("held", 0)))
            .replace("%4", str(counts.get("topics", 0)))
        )
    )
    if sheet.templates:
        text_ = QCoreApplication.translate("HandoverPdf", "Agenda templates: %1.")
        s.bullet(_m(text_.replace("%1", ", ".join(sheet.templates))))
    if sheet.subgroups:
        text_ = QCoreApplication.translate("HandoverPdf", "Sub-groups: %1.")
        s.bullet(_m(text_.replace("%1", ", ".join(sheet.subgroups))))
    if sheet.decisions:
        s.p(markup(QCoreApplication.translate("HandoverPdf", "Recent decisions"), 100), "head")
        for when_at, decision in sheet.decisions:
            s.bullet(_m(f"{date_short(local(when_at).date())}: {decision}"))

    if sheet.organisations:
        s.heading(QCoreApplication.translate("HandoverPdf", "Organisations"))
        s.table(
            [
                QCoreApplication.translate("HandoverPdf", "Organisation"),
                QCoreApplication.translate("HandoverPdf", "Federal state"),
                QCoreApplication.translate("HandoverPdf", "Active members"),
            ],
            [[_m(o.name), _m(o.state or "–"), _m(str(o.members))] for o in sheet.organisations],
            [0.6, 0.2, 0.2],
        )

    s.heading(QCoreApplication.translate("HandoverPdf", "Checklist for the new organiser"))
    for item in CHECKLIST:
        s.bullet(_m(_t(item)))
    return s.items


def _canvas_class(community: str, page_label: str) -> type[Canvas]:
    from reportlab.lib import colors  # deferred: start-up cost
    from reportlab.pdfgen import canvas as rl_canvas  # deferred: start-up cost

    # reportlab has no type information, so its Canvas is Any to mypy
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _height = self._pagesize
                self.saveState()
                self.setFillColor(colors.HexColor("#52606d"))
                self.setFont(FONT, 8.5)
                self.drawString(2 * CM, 1.2 * CM, community[:110])
                self.drawRightString(
                    width - 2 * CM,
                    1.2 * CM,
                    page_label.replace("%1", str(self._pageNumber)).replace("%2", str(total)),
                )
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def build_handover_pdf(sheet: HandoverSheet) -> bytes:
    """The hand-over sheet as PDF bytes (the bundle stores it next to the community file)."""
    from reportlab.lib.pagesizes import A4  # deferred: start-up cost
    from reportlab.platypus import SimpleDocTemplate  # deferred: start-up cost

    register_fonts()
    buffer = io.BytesIO()
    community = printable(sheet.community, 200)
    title = QCoreApplication.translate("HandoverPdf", "Hand-over: %1").replace("%1", community)
    subject = QCoreApplication.translate("HandoverPdf", "Hand-over to the next organiser")
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * CM,
        rightMargin=2 * CM,
        topMargin=1.8 * CM,
        bottomMargin=2 * CM,
        title=title,
        author=printable(sheet.organiser or community, 200),
        subject=subject,
        creator=f"CoP Desk {__version__}",
        producer="CoP Desk (reportlab)",
        lang="de-DE" if _german() else "en",
        displayDocTitle=1,
    )
    story = build_story(sheet, A4[0] - 4 * CM)
    word = QCoreApplication.translate("HandoverPdf", "Hand-over")
    footer = f"{community} · {word} · {date_short(local(sheet.created_at).date())}"
    page = QCoreApplication.translate("HandoverPdf", "Page %1 of %2")
    doc.build(story, canvasmaker=_canvas_class(footer, page))
    return buffer.getvalue()
