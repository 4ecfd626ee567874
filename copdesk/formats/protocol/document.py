"""The PDF around the sections: A4 pages with header and footer ("Page X of Y"), the
document's metadata (title, author, subject, language) and the suggested file name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QLocale

from copdesk import __version__
from copdesk.formats.dates import date_short, local, meeting_when
from copdesk.formats.protocol.fonts import FONT
from copdesk.formats.protocol.options import DEFAULT_OPTIONS, ProtocolOptions
from copdesk.formats.protocol.text import printable, tr
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.minutes import Minutes

CM = 28.35  # points


@dataclass
class DocumentInfo:
    """What the page decorations and the metadata need."""

    community: str
    date: str
    footer: str
    title: str
    author: str
    subject: str
    lang: str
    page_label: str  # "Page %1 of %2", translated


class PdfDocument(Protocol):
    """What is used of reportlab's ``SimpleDocTemplate`` (reportlab has no types)."""

    def build(self, flowables: list[object], *, canvasmaker: type) -> None: ...


def _lang() -> str:
    name = QLocale().name()  # de_DE
    return name.replace("_", "-") if name and name != "C" else "en"


def version_text(m: Minutes) -> str:
    """ "Version 2 of 08.09.2026", or which draft this is."""
    last = m.last_version
    if last is None:
        return tr(QT_TRANSLATE_NOOP("protocol", "Draft – not finalised yet"))
    when = date_short(local(last.finalised_at, m.tz).date())
    if m.changed_since_version:
        return (
            tr(QT_TRANSLATE_NOOP("protocol", "Draft – changed since version %1 of %2"))
            .replace("%1", str(last.number))
            .replace("%2", when)
        )
    return (
        tr(QT_TRANSLATE_NOOP("protocol", "Version %1 of %2"))
        .replace("%1", str(last.number))
        .replace("%2", when)
    )


def document_info(m: Minutes, options: ProtocolOptions) -> DocumentInfo:
    day = date_short(local(m.start_at, m.tz).date())
    title = tr(QT_TRANSLATE_NOOP("protocol", "Minutes: %1")).replace("%1", printable(m.title, 200))
    subject = f"{printable(m.community, 200)} – {meeting_when(m.start_at, m.end_at, m.tz)}"
    word = tr(QT_TRANSLATE_NOOP("protocol", "Minutes"))
    footer = f"{word} · {printable(m.title, 90)}"
    footer += f" · {version_text(m)}"
    if options.share_safe:
        footer += " · " + tr(QT_TRANSLATE_NOOP("protocol", "for circulation"))
    return DocumentInfo(
        community=printable(m.community, 120),
        date=day,
        footer=footer,
        title=title,
        author=printable(m.protocol_writer or m.community, 200),
        subject=subject,
        lang=_lang(),
        page_label=tr(QT_TRANSLATE_NOOP("protocol", "Page %1 of %2")),
    )


def canvas_class(info: DocumentInfo) -> type:
    """A canvas that writes header and footer after the last page (for "Page X of Y")."""
    # deferred: reportlab costs start-up time
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as rl_canvas

    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            left, right = 2.0 * CM, width - 2.0 * CM
            self.saveState()
            self.setStrokeColor(colors.HexColor("#9aa5b1"))
            self.setLineWidth(0.5)
            self.setFillColor(colors.HexColor("#52606d"))
            self.setFont(FONT, 8.5)
            top = height - 1.35 * CM
            self.drawString(left, top, fit(info.community, FONT, 8.5, (right - left) * 0.7))
            self.drawRightString(right, top, info.date)
            self.line(left, top - 5, right, top - 5)
            bottom = 1.2 * CM
            self.line(left, bottom + 10, right, bottom + 10)
            label = info.page_label.replace("%1", str(self._pageNumber)).replace("%2", str(total))
            self.drawRightString(right, bottom, label)
            self.drawString(left, bottom, fit(info.footer, FONT, 8.5, (right - left) * 0.78))
            self.restoreState()

    return NumberedCanvas


def fit(text: str, font: str, size: float, width: float) -> str:
    """*text*, cut with "…" where it would be wider than *width* points."""
    # deferred: reportlab costs start-up time
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def make_document(
    target: object,
    info: DocumentInfo,
    *,
    on_flowable: Callable[[object], None] | None = None,
) -> PdfDocument:
    """The reportlab document (A4, margins, metadata) the protocol is laid out in.

    *target* is a file name or a binary file object."""
    # deferred: reportlab costs start-up time
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    class Doc(SimpleDocTemplate):  # type: ignore[misc]  # reportlab has no types
        def afterFlowable(self, flowable: object) -> None:
            if on_flowable is not None:
                on_flowable(flowable)

    return Doc(
        target if hasattr(target, "write") else str(target),
        pagesize=A4,
        leftMargin=2.0 * CM,
        rightMargin=2.0 * CM,
        topMargin=2.2 * CM,
        bottomMargin=2.0 * CM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=f"CoP Desk {__version__}",
        producer="CoP Desk (reportlab)",
        keywords=f"{info.community}, {info.date}",
        lang=info.lang,
        displayDocTitle=1,
        initialFontName=FONT,
        initialFontSize=10,
        initialLeading=12,
    )


def default_file_name(m: Minutes, options: ProtocolOptions = DEFAULT_OPTIONS) -> str:
    """ "Protokoll 2026-09-08 CoP-Treffen Q3-2026.pdf" — safe on Windows too."""
    day = local(m.start_at, m.tz).date().isoformat()
    word = tr(QT_TRANSLATE_NOOP("protocol", "Minutes"))
    name = f"{word} {day} {m.title}"
    if options.share_safe:
        name += " " + tr(QT_TRANSLATE_NOOP("protocol", "(for circulation)"))
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .")
    return name[:150] + ".pdf"
