"""The printed protocol (Protokoll / Minutes) as a PDF, built with reportlab.

What it guarantees (see ``INTEROP.md`` "Protocol PDF" and ``RELIABILITY.md`` "Exports"):

* every user string is cleaned, length-capped and escaped before it reaches a reportlab
  ``Paragraph`` (which parses markup): ``<``, ``&``, ``<font>``, ``<a href=…>``,
  ``<img src=…>`` or unbalanced tags print as the characters typed, never as formatting,
  links or embedded files;
* an embedded TrueType font (DejaVu Sans, shipped in ``resources/fonts``; reportlab's
  Bitstream Vera as a fallback) so every German character prints; characters the font
  lacks (emoji, CJK) print as "□" instead of vanishing or crashing;
* header and footer with the community, the meeting date, the version and
  "Seite X von Y"; tables split across pages with their header row repeated;
  document metadata (title, author, subject, language);
* the file is written to a temporary file in the target folder and renamed into place,
  so the target is either the old file or the complete new one; a cancelled or failed
  build leaves nothing behind.

Texts follow the UI language: ``QCoreApplication.translate`` with context "protocol",
dates through ``QLocale`` (``formats/dates.py``). reportlab is imported inside the
functions that use it (start-up speed).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk import __version__
from copdesk.formats.dates import date_short, local, meeting_when
from copdesk.model import tempfiles
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.export_files import make_private
from copdesk.model.minutes.dto import ActionRow, Minutes, NoteRow
from copdesk.model.text import escape_controls
from copdesk.paths import resource_path

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

# Longest user text printed as one block (longer text is cut and marked); a
# megabyte paragraph took minutes to lay out (RELIABILITY.md).
MAX_TEXT = 10_000
# Longest text in a table cell: a row must fit on one page.
MAX_CELL = 1_500
MAX_LINE = 300  # names, titles, places
PROGRESS_TOTAL = 1000
MISSING_GLYPH = "\u25a1"  # □
LABEL_WIDTH = 5.4 * 28.35  # "Gastgeber-Organisation" on one line

FONT = "CopDeskSans"
FONT_BOLD = "CopDeskSans-Bold"
FONT_ITALIC = "CopDeskSans-Italic"

_NONCHARACTERS = re.compile("[\ud800-\udfff\ufffe\uffff]")
_TOOLS = {"teams": "Microsoft Teams", "zoom": "Zoom", "webex": "Webex", "bbb": "BigBlueButton"}


class Cancelled(Exception):
    """The user cancelled the build; nothing was written."""


@dataclass(frozen=True)
class ProtocolOptions:
    share_safe: bool = False
    logo: Path | str | None = None
    include_topics: bool = True
    include_earlier: bool = True


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("protocol", …)."""
    return QCoreApplication.translate("protocol", text)


def _plural(text: str, n: int) -> str:
    """English "(s)" of an untranslated "%n …(s)" message resolved (German has its forms)."""
    return text.replace("(s)", "" if n == 1 else "s")


# --- fonts ---------------------------------------------------------------------------------

_font_lock = threading.Lock()
_font_state: dict[str, object] = {}


def _font_files() -> tuple[Path, Path, Path] | None:
    """DejaVu Sans (regular, bold, oblique): shipped with the program, else the system's."""
    names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    folders = [
        resource_path("fonts"),
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/local/share/fonts"),
    ]
    windir = os.environ.get("WINDIR")
    if windir:
        folders.append(Path(windir) / "Fonts")
    for folder in folders:
        files = tuple(folder / n for n in names)
        if all(f.is_file() for f in files):
            return files  # type: ignore[return-value]
    return None


def register_fonts() -> set[int]:
    """Register the protocol fonts once; returns the code points the font can print."""
    with _font_lock:
        if "glyphs" in _font_state:
            return _font_state["glyphs"]  # type: ignore[return-value]
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = _font_files()
        fonts = None
        if files is not None:
            try:
                fonts = [
                    TTFont(name, str(path))
                    for name, path in zip((FONT, FONT_BOLD, FONT_ITALIC), files, strict=True)
                ]
            except Exception:  # noqa: BLE001 - a damaged font file: use the bundled one
                fonts = None
        if fonts is None:
            import reportlab

            folder = Path(reportlab.__file__).parent / "fonts"
            fonts = [
                TTFont(name, str(folder / f))
                for name, f in zip(
                    (FONT, FONT_BOLD, FONT_ITALIC),
                    ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"),
                    strict=True,
                )
            ]
        for font in fonts:
            pdfmetrics.registerFont(font)
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT_ITALIC)
        addMapping(FONT, 1, 1, FONT_BOLD)
        glyphs = set(fonts[0].face.charToGlyph) & set(fonts[1].face.charToGlyph)
        _font_state["glyphs"] = glyphs
        _font_state["file"] = str(getattr(fonts[0].face, "filename", ""))
        return glyphs


def font_file() -> str:
    register_fonts()
    return str(_font_state.get("file", ""))


# --- user text ----------------------------------------------------------------------------


def printable(value: str | None, limit: int = MAX_TEXT) -> str:
    """Plain text that the font can print: control characters shown as ``\\xNN``, tabs
    expanded, length capped, characters outside the font replaced by "□" (or "?")."""
    glyphs = register_fonts()
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _NONCHARACTERS.sub("", escape_controls(text, keep="\n\t"))
    text = text.replace("\t", "    ")
    if len(text) > limit:
        text = text[:limit].rstrip() + " […] " + _t(QT_TRANSLATE_NOOP("protocol", "(shortened)"))
    missing = MISSING_GLYPH if ord(MISSING_GLYPH) in glyphs else "?"
    if all(ord(c) in glyphs or c == "\n" for c in text):
        return text
    return "".join(c if (c == "\n" or ord(c) in glyphs) else missing for c in text)


def _warn_sign() -> str:
    """ "⚠ " where the font has it (DejaVu), "! " otherwise (Vera)."""
    return "\u26a0 " if 0x26A0 in register_fonts() else "! "


def markup(value: str | None, limit: int = MAX_TEXT) -> str:
    """User text as safe Paragraph markup: escaped, line breaks kept, runs of spaces kept."""
    text = escape(printable(value, limit))
    text = re.sub(r"  +", lambda m: " " + "&nbsp;" * (len(m.group()) - 1), text)
    return text.replace("\n", "<br/>")


# --- the logo ------------------------------------------------------------------------------


def check_logo(path: Path | str) -> tuple[int, int]:
    """Width and height of a usable logo image, or a ``UserError`` saying what is wrong."""
    from reportlab.lib.utils import ImageReader

    p = Path(path)
    if not p.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The logo “{path}” does not exist. Choose another file in the "
                "settings, or remove the logo.",
            ),
            path=str(p),
        )
    try:
        with p.open("rb") as fh:
            head = fh.read(16)
        if not head.startswith((b"\x89PNG", b"\xff\xd8", b"GIF8")):
            raise ValueError("not PNG/JPEG/GIF")
        width, height = ImageReader(str(p)).getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception:  # noqa: BLE001 - whatever PIL or reportlab reject is "not an image"
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The logo “{path}” is not an image CoP Desk can print. Choose a PNG or JPEG file.",
            ),
            path=str(p),
        ) from None
    return int(width), int(height)


# --- building ------------------------------------------------------------------------------


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle

        self.ink = colors.HexColor("#1f2933")
        self.muted = colors.HexColor("#52606d")
        self.rule = colors.HexColor("#9aa5b1")
        self.head_bg = colors.HexColor("#e4e7eb")
        self.zebra = colors.HexColor("#f5f7fa")
        base = ParagraphStyle(
            "base",
            fontName=FONT,
            bulletFontName=FONT,
            fontSize=10,
            leading=13.5,
            textColor=self.ink,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.muted_p = ParagraphStyle("muted", parent=base, textColor=self.muted)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5)
        self.cell_head = ParagraphStyle("cellhead", parent=self.cell, fontName=FONT_BOLD)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=17, spaceAfter=10
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=14,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.h4 = ParagraphStyle(
            "h4",
            parent=base,
            fontName=FONT_ITALIC,
            fontSize=10,
            leading=13.5,
            spaceBefore=4,
            spaceAfter=1,
            keepWithNext=1,
        )
        self.para = ParagraphStyle("para", parent=base, spaceAfter=4)
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3
        )


@dataclass
class _Doc:
    """What the page decorations and the metadata need."""

    community: str
    date: str
    footer: str
    title: str
    author: str
    subject: str
    lang: str
    page_label: str  # "Page %1 of %2", translated


def _lang() -> str:
    name = QLocale().name()  # de_DE
    return name.replace("_", "-") if name and name != "C" else "en"


def _version_text(m: Minutes) -> str:
    last = m.last_version
    if last is None:
        return _t(QT_TRANSLATE_NOOP("protocol", "Draft – not finalised yet"))
    when = date_short(local(last.finalised_at, m.tz).date())
    if m.changed_since_version:
        return (
            _t(QT_TRANSLATE_NOOP("protocol", "Draft – changed since version %1 of %2"))
            .replace("%1", str(last.number))
            .replace("%2", when)
        )
    return (
        _t(QT_TRANSLATE_NOOP("protocol", "Version %1 of %2"))
        .replace("%1", str(last.number))
        .replace("%2", when)
    )


def _format_text(m: Minutes) -> str:
    tool = _TOOLS.get(m.video_tool) or _t(QT_TRANSLATE_NOOP("protocol", "video conference"))
    if m.format == "in_person":
        return _t(QT_TRANSLATE_NOOP("protocol", "In person"))
    if m.format == "hybrid":
        return _t(QT_TRANSLATE_NOOP("protocol", "Hybrid: on site and online via %1")).replace(
            "%1", tool
        )
    return _t(QT_TRANSLATE_NOOP("protocol", "Online via %1")).replace("%1", tool)


def _name_list(names) -> str:
    return ", ".join(names)


class _Builder:
    def __init__(self, m: Minutes, options: ProtocolOptions) -> None:
        register_fonts()
        self.m = m.shareable() if options.share_safe else m
        self.options = options
        self.s = _Styles()
        self.story: list = []
        self.item_numbers: dict[int, int] = {}

    # small helpers
    def p(self, text_markup: str, style=None):
        from reportlab.platypus import Paragraph

        return Paragraph(text_markup, style or self.s.para)

    def add(self, flowable) -> None:
        self.story.append(flowable)

    def heading(self, text: str, style=None) -> None:
        self.add(self.p(escape(text), style or self.s.h2))

    def user_paragraphs(self, value: str, style=None, prefix: str = "") -> None:
        """A user text as paragraphs (one per line block) so long text splits over pages."""
        blocks = [b for b in re.split(r"\n\s*\n", printable(value, MAX_TEXT)) if b.strip()]
        for k, block in enumerate(blocks or [""]):
            body = escape(block).replace("\n", "<br/>")
            body = re.sub(r"  +", lambda mm: " " + "&nbsp;" * (len(mm.group()) - 1), body)
            lead = prefix if k == 0 else ""
            self.add(self.p(lead + body, style or self.s.para))

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        *,
        zebra: bool = True,
        header_row: bool = True,
        flags=None,
    ):
        """A table of plain (already safe) markup cells that splits with a repeated header."""
        from reportlab.platypus import Table, TableStyle

        data = []
        if header_row:
            data.append([self.p(escape(h), self.s.cell_head) for h in header])
        for row in rows:
            data.append([self.p(cell, self.s.cell) for cell in row])
        style = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, self.s.rule),
        ]
        if header_row:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), self.s.head_bg),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, self.s.ink),
            ]
        if zebra:
            first = 1 if header_row else 0
            for r in range(first, len(data)):
                if (r - first) % 2 == 1:
                    style.append(("BACKGROUND", (0, r), (-1, r), self.s.zebra))
        for cmd in flags or ():
            style.append(cmd)
        table = Table(
            data,
            colWidths=widths,
            repeatRows=1 if header_row else 0,
            splitByRow=1,
            hAlign="LEFT",
            style=TableStyle(style),
            spaceAfter=6,
        )
        self.add(table)
        return table

    # sections
    def build(self, width: float) -> list:
        from reportlab.platypus import Spacer

        self.width = width
        self.title_block()
        self.attendance()
        self.agenda()
        self.decisions()
        self.actions()
        if self.options.include_earlier:
            self.earlier()
        self.next_meeting()
        if self.options.include_topics:
            self.topics()
        self.changes()
        self.add(Spacer(1, 18))
        self.closing()
        return self.story

    def title_block(self) -> None:
        from reportlab.platypus import Image, Table, TableStyle

        m = self.m
        title = [
            self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "Minutes"))), self.s.title),
            self.p(markup(m.title, MAX_LINE), self.s.subtitle),
        ]
        if self.options.logo:
            w, h = check_logo(self.options.logo)
            max_w, max_h = 4.2 * 28.35, 2.2 * 28.35
            scale = min(max_w / w, max_h / h)
            logo = Image(str(self.options.logo), width=w * scale, height=h * scale)
            logo.hAlign = "RIGHT"
            block = Table(
                [[title, logo]],
                colWidths=[self.width - max_w - 6, max_w + 6],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ]
                ),
            )
            self.add(block)
        else:
            for flowable in title:
                self.add(flowable)
        if m.share_safe:
            self.add(
                self.p(
                    "<i>"
                    + escape(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "protocol",
                                "Version for circulation: without check-in notes and notes "
                                "marked private.",
                            )
                        )
                    )
                    + "</i>",
                    self.s.muted_p,
                )
            )
        facts: list[tuple[str, str]] = [
            (_t(QT_TRANSLATE_NOOP("protocol", "Community")), markup(m.community, MAX_LINE)),
        ]
        if m.is_sub_group:
            facts.append(
                (_t(QT_TRANSLATE_NOOP("protocol", "Sub-group")), markup(m.group_name, MAX_LINE))
            )
        facts.append(
            (
                _t(QT_TRANSLATE_NOOP("protocol", "Date and time")),
                escape(meeting_when(m.start_at, m.end_at, m.tz)),
            )
        )
        facts.append((_t(QT_TRANSLATE_NOOP("protocol", "Format")), escape(_format_text(m))))
        if m.place and m.format != "online":
            facts.append((_t(QT_TRANSLATE_NOOP("protocol", "Place")), markup(m.place, MAX_LINE)))
        dash = "–"
        facts += [
            (
                _t(QT_TRANSLATE_NOOP("protocol", "Host organisation")),
                markup(m.host, MAX_LINE) or dash,
            ),
            (_t(QT_TRANSLATE_NOOP("protocol", "Moderator")), markup(m.moderator, MAX_LINE) or dash),
        ]
        if m.co_moderator:
            facts.append(
                (
                    _t(QT_TRANSLATE_NOOP("protocol", "Co-moderator")),
                    markup(m.co_moderator, MAX_LINE),
                )
            )
        facts.append(
            (
                _t(QT_TRANSLATE_NOOP("protocol", "Protocol writer")),
                markup(m.protocol_writer, MAX_LINE) or dash,
            )
        )
        facts.append((_t(QT_TRANSLATE_NOOP("protocol", "Version")), escape(_version_text(m))))
        label_w = LABEL_WIDTH
        self.table(
            [],
            [[f"<b>{escape(k)}</b>", v] for k, v in facts],
            [label_w, self.width - label_w],
            zebra=False,
            header_row=False,
            flags=[("LINEBELOW", (0, 0), (-1, -1), 0.25, self.s.head_bg)],
        )

    def attendance(self) -> None:
        m = self.m
        present = m.present()
        orgs: dict[str, list[str]] = {}
        for a in present:
            orgs.setdefault(a.organisation, []).append(a.name)
        guests = [g for g in m.guests if g.attended]
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Attendance")))
        # plain names as counts: older lupdate skips calls whose count is an expression
        n_present, n_guests = len(present), len(guests)
        count = _plural(
            QCoreApplication.translate("protocol", "%n member(s) present", "", n_present), n_present
        )
        n_orgs = len([o for o in orgs if o])
        org_count = _plural(
            QCoreApplication.translate("protocol", "%n organisation(s)", "", n_orgs), n_orgs
        )
        summary = f"{count} · {org_count}"
        if guests:
            summary += " · " + _plural(
                QCoreApplication.translate("protocol", "%n guest(s)", "", n_guests), n_guests
            )
        self.add(self.p(escape(summary), self.s.muted_p))
        no_org = _t(QT_TRANSLATE_NOOP("protocol", "without organisation"))
        if orgs:
            rows = [
                [
                    markup(org or no_org, MAX_LINE),
                    markup(_name_list(sorted(names, key=_last_name_key)), MAX_CELL),
                ]
                for org, names in sorted(orgs.items(), key=lambda kv: (not kv[0], kv[0].casefold()))
            ]
            w0 = 6.2 * 28.35
            self.table(
                [
                    _t(QT_TRANSLATE_NOOP("protocol", "Organisation")),
                    _t(QT_TRANSLATE_NOOP("protocol", "Present")),
                ],
                rows,
                [w0, self.width - w0],
            )
        else:
            self.add(self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "No attendance recorded.")))))

        def people(label: str, rows, with_note: bool) -> None:
            if not rows:
                return
            parts = []
            for a in rows:
                who = a.name + (f" ({a.organisation})" if a.organisation else "")
                parts.append(markup(who, MAX_LINE))
            self.add(self.p(f"<b>{escape(label)}:</b> " + ", ".join(parts)))

        people(_t(QT_TRANSLATE_NOOP("protocol", "Excused")), m.excused(), True)
        people(_t(QT_TRANSLATE_NOOP("protocol", "Absent")), m.absent(), False)
        if guests:
            parts = [
                markup(g.name + (f" ({g.organisation})" if g.organisation else ""), MAX_LINE)
                for g in guests
            ]
            label = _t(QT_TRANSLATE_NOOP("protocol", "Guests"))
            self.add(self.p(f"<b>{escape(label)}:</b> " + ", ".join(parts)))

    def _notes_of(self, item_id) -> list[NoteRow]:
        return [n for n in self.m.notes if n.agenda_item_id == item_id and n.kind != "check_in"]

    def agenda(self) -> None:
        m = self.m
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Agenda and results")))
        check_ins = [n for n in m.notes if n.kind == "check_in"]
        decisions_by_item: dict[int | None, list] = {}
        for d in m.decisions:
            decisions_by_item.setdefault(d.agenda_item_id, []).append(d)
        known = {a.id for a in m.agenda}
        items = []
        has_check_in_item = any(a.kind == "check_in" for a in m.agenda)
        if not has_check_in_item and (check_ins or m.share_safe):
            items.append((None, _t(QT_TRANSLATE_NOOP("protocol", "Check-in")), "check_in", ""))
        for a in m.agenda:
            if a.kind == "break" and not self._notes_of(a.id) and not decisions_by_item.get(a.id):
                continue
            items.append((a.id, a.title, a.kind, a.presenter))
        loose = [
            n
            for n in m.notes
            if n.kind != "check_in" and (n.agenda_item_id is None or n.agenda_item_id not in known)
        ]
        loose_decisions = [
            d for d in m.decisions if d.agenda_item_id is None or d.agenda_item_id not in known
        ]
        if loose or loose_decisions:
            items.append(("loose", _t(QT_TRANSLATE_NOOP("protocol", "Further notes")), "other", ""))
        if not items:
            self.add(self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "No agenda recorded.")))))
            return
        for number, (item_id, title, kind, presenter) in enumerate(items, 1):
            if isinstance(item_id, int):
                self.item_numbers[item_id] = number
            label = _t(QT_TRANSLATE_NOOP("protocol", "Item %1")).replace("%1", str(number))
            head = f"{escape(label)}&nbsp;&nbsp;{markup(title, MAX_LINE)}"
            if presenter:
                head += (
                    " <font size='9' color='#52606d'>(" + markup(presenter, MAX_LINE) + ")</font>"
                )
            self.add(self.p(head, self.s.h3))
            if kind == "check_in":
                self.check_in(check_ins)
                notes = self._notes_of(item_id) if isinstance(item_id, int) else []
            elif item_id == "loose":
                notes = loose
            else:
                notes = self._notes_of(item_id)
            topic = self.notes(notes)
            decisions = (
                loose_decisions
                if item_id == "loose"
                else decisions_by_item.get(item_id, [])
                if isinstance(item_id, int)
                else []
            )
            for d in decisions:
                if d.topic_title and d.topic_title != topic:  # say what it was decided on
                    topic = d.topic_title
                    self.add(self.p(markup(topic, MAX_LINE), self.s.h4))
                self.user_paragraphs(
                    d.text,
                    prefix="<b>" + escape(_t(QT_TRANSLATE_NOOP("protocol", "Decision:"))) + "</b> ",
                )
            if not notes and not decisions and kind != "check_in":
                self.add(
                    self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "No notes."))), self.s.muted_p)
                )

    def check_in(self, notes: list[NoteRow]) -> None:
        if self.m.share_safe:
            self.add(
                self.p(
                    escape(
                        _t(
                            QT_TRANSLATE_NOOP(
                                "protocol",
                                "The check-in notes are not part of the version for circulation.",
                            )
                        )
                    ),
                    self.s.muted_p,
                )
            )
            return
        if not notes:
            self.add(
                self.p(
                    escape(_t(QT_TRANSLATE_NOOP("protocol", "No check-in notes."))), self.s.muted_p
                )
            )
            return
        for n in notes:
            lead = f"<b>{markup(n.member_name, MAX_LINE)}:</b> " if n.member_name else ""
            self.user_paragraphs(n.text, self.s.bullet, prefix="<bullet>•</bullet>" + lead)

    def notes(self, notes: list[NoteRow]) -> str | None:
        """The notes of one agenda item, under their topic's title; returns the last title."""
        topic = None
        result = "<b>" + escape(_t(QT_TRANSLATE_NOOP("protocol", "Result:"))) + "</b> "
        for n in notes:
            if n.topic_title and n.topic_title != topic:
                topic = n.topic_title
                self.add(self.p(markup(topic, MAX_LINE), self.s.h4))
            prefix = result if n.kind == "takeaway" else ""
            self.user_paragraphs(n.text, prefix=prefix)
        return topic

    def decisions(self) -> None:
        m = self.m
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Decisions")))
        if not m.decisions:
            self.add(
                self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "No decisions."))), self.s.muted_p)
            )
            return
        rows = []
        for k, d in enumerate(m.decisions, 1):
            item = self.item_numbers.get(d.agenda_item_id)
            rows.append([str(k), markup(d.text, MAX_CELL), str(item) if item else "–"])
        w0, w2 = 1.1 * 28.35, 1.4 * 28.35
        self.table(
            [
                _t(QT_TRANSLATE_NOOP("protocol", "No.")),
                _t(QT_TRANSLATE_NOOP("protocol", "Decision")),
                _t(QT_TRANSLATE_NOOP("protocol", "Item")),
            ],
            rows,
            [w0, self.width - w0 - w2, w2],
        )

    def _who(self, a: ActionRow) -> str:
        if not a.owner:
            return escape(_warn_sign() + _t(QT_TRANSLATE_NOOP("protocol", "nobody yet")))
        who = markup(a.owner, MAX_LINE)
        if a.organisation:
            who += f"<br/><font size='8' color='#52606d'>{markup(a.organisation, MAX_LINE)}</font>"
        return who

    def _what(self, a: ActionRow, with_state: bool) -> str:
        what = markup(a.description, MAX_CELL)
        extra = []
        item = self.item_numbers.get(a.agenda_item_id)
        if item:
            extra.append(_t(QT_TRANSLATE_NOOP("protocol", "Item %1")).replace("%1", str(item)))
        if a.carried_from_id:
            extra.append(_t(QT_TRANSLATE_NOOP("protocol", "carried over")))
        if with_state and a.status == "done":
            extra.append(
                _t(QT_TRANSLATE_NOOP("protocol", "done on %1")).replace("%1", date_short(a.done_on))
                if a.done_on
                else _t(QT_TRANSLATE_NOOP("protocol", "done"))
            )
        if extra:
            what += f"<br/><font size='8' color='#52606d'>{escape(' · '.join(extra))}</font>"
        return what

    def _due(self, a: ActionRow) -> str:
        return escape(date_short(a.due_on)) if a.due_on else "–"

    def actions(self) -> None:
        m = self.m
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Action items")))
        if not m.actions:
            self.add(
                self.p(
                    escape(_t(QT_TRANSLATE_NOOP("protocol", "No action items."))), self.s.muted_p
                )
            )
            return
        rows = [
            [str(k), self._who(a), self._what(a, True), self._due(a)]
            for k, a in enumerate(m.actions, 1)
        ]
        w0, w1, w3 = 1.1 * 28.35, 4.4 * 28.35, 2.3 * 28.35
        self.table(
            [
                _t(QT_TRANSLATE_NOOP("protocol", "No.")),
                _t(QT_TRANSLATE_NOOP("protocol", "Who")),
                _t(QT_TRANSLATE_NOOP("protocol", "What")),
                _t(QT_TRANSLATE_NOOP("protocol", "By when")),
            ],
            rows,
            [w0, w1, self.width - w0 - w1 - w3, w3],
        )

    def earlier(self) -> None:
        m = self.m
        if not m.earlier_actions:
            return
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Action items from earlier meetings")))
        rows = []
        for a in m.earlier_actions:
            if a.status == "open":
                state = (
                    (_warn_sign() + _t(QT_TRANSLATE_NOOP("protocol", "overdue")))
                    if a.overdue
                    else _t(QT_TRANSLATE_NOOP("protocol", "open"))
                )
            elif a.status == "done":
                state = (
                    _t(QT_TRANSLATE_NOOP("protocol", "done on %1")).replace(
                        "%1", date_short(a.done_on)
                    )
                    if a.done_on
                    else _t(QT_TRANSLATE_NOOP("protocol", "done"))
                )
            elif a.carried_to_meeting:
                state = _t(QT_TRANSLATE_NOOP("protocol", "carried over"))
            else:
                state = _t(QT_TRANSLATE_NOOP("protocol", "cancelled"))
            what = markup(a.description, MAX_CELL) + (
                f"<br/><font size='8' color='#52606d'>{markup(a.meeting_title, MAX_LINE)}</font>"
            )
            rows.append([self._who(a), what, self._due(a), escape(state)])
        w0, w2, w3 = 4.0 * 28.35, 2.3 * 28.35, 2.9 * 28.35
        self.table(
            [
                _t(QT_TRANSLATE_NOOP("protocol", "Who")),
                _t(QT_TRANSLATE_NOOP("protocol", "What")),
                _t(QT_TRANSLATE_NOOP("protocol", "By when")),
                _t(QT_TRANSLATE_NOOP("protocol", "Status")),
            ],
            rows,
            [w0, self.width - w0 - w2 - w3, w2, w3],
        )

    def next_meeting(self) -> None:
        nxt = self.m.next_meeting
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Next meeting")))
        if nxt is None:
            self.add(self.p(escape(_t(QT_TRANSLATE_NOOP("protocol", "Not scheduled yet.")))))
            return
        when = _t(QT_TRANSLATE_NOOP("protocol", "Date and time"))
        host = _t(QT_TRANSLATE_NOOP("protocol", "Host organisation"))
        moderator = _t(QT_TRANSLATE_NOOP("protocol", "Moderator"))
        open_ = escape(_t(QT_TRANSLATE_NOOP("protocol", "not decided yet")))
        rows = [
            [f"<b>{escape(when)}</b>", escape(meeting_when(nxt.start_at, nxt.end_at, nxt.tz))],
            [f"<b>{escape(host)}</b>", markup(nxt.host, MAX_LINE) or open_],
            [f"<b>{escape(moderator)}</b>", markup(nxt.moderator, MAX_LINE) or open_],
        ]
        label_w = LABEL_WIDTH
        self.table(
            [],
            rows,
            [label_w, self.width - label_w],
            zebra=False,
            header_row=False,
            flags=[("LINEBELOW", (0, 0), (-1, -1), 0.25, self.s.head_bg)],
        )

    def topics(self) -> None:
        topics = self.m.top_topics
        if not topics:
            return
        self.heading(_t(QT_TRANSLATE_NOOP("protocol", "Top open topics in the backlog")))
        rows = [
            [str(k), markup(t.title, MAX_CELL), markup(t.proposer, MAX_LINE), escape(str(t.votes))]
            for k, t in enumerate(topics, 1)
        ]
        w0, w2, w3 = 1.1 * 28.35, 4.4 * 28.35, 1.6 * 28.35
        self.table(
            [
                _t(QT_TRANSLATE_NOOP("protocol", "No.")),
                _t(QT_TRANSLATE_NOOP("protocol", "Topic")),
                _t(QT_TRANSLATE_NOOP("protocol", "Proposed by")),
                _t(QT_TRANSLATE_NOOP("protocol", "Votes")),
            ],
            rows,
            [w0, self.width - w0 - w2 - w3, w2, w3],
        )

    def changes(self) -> None:
        versions = self.m.versions
        last = versions[-1] if versions else None
        if (
            last is None
            or last.number < 2
            or not last.changes.strip()
            or self.m.changed_since_version
        ):
            return
        self.heading(
            _t(QT_TRANSLATE_NOOP("protocol", "Changes since version %1")).replace(
                "%1", str(last.number - 1)
            )
        )
        for line in last.changes.splitlines()[:200]:
            if line.strip():
                self.add(self.p("<bullet>•</bullet>" + markup(line, MAX_CELL), self.s.bullet))

    def closing(self) -> None:
        m = self.m
        if m.protocol_writer:
            self.add(
                self.p(
                    escape(
                        _t(QT_TRANSLATE_NOOP("protocol", "Minutes taken by %1")).replace(
                            "%1", printable(m.protocol_writer, MAX_LINE)
                        )
                    ),
                    self.s.muted_p,
                )
            )


def _last_name_key(name: str) -> tuple[str, str]:
    return (name.split(" ")[-1].casefold(), name.casefold())


def document_info(m: Minutes, options: ProtocolOptions) -> _Doc:
    day = date_short(local(m.start_at, m.tz).date())
    title = _t(QT_TRANSLATE_NOOP("protocol", "Minutes: %1")).replace("%1", printable(m.title, 200))
    subject = f"{printable(m.community, 200)} – {meeting_when(m.start_at, m.end_at, m.tz)}"
    word = _t(QT_TRANSLATE_NOOP("protocol", "Minutes"))
    footer = f"{word} · {printable(m.title, 90)}"
    footer += f" · {_version_text(m)}"
    if options.share_safe:
        footer += " · " + _t(QT_TRANSLATE_NOOP("protocol", "for circulation"))
    return _Doc(
        community=printable(m.community, 120),
        date=day,
        footer=footer,
        title=title,
        author=printable(m.protocol_writer or m.community, 200),
        subject=subject,
        lang=_lang(),
        page_label=_t(QT_TRANSLATE_NOOP("protocol", "Page %1 of %2")),
    )


def _canvas_class(info: _Doc):
    """A canvas that writes header and footer after the last page (for "Page X of Y")."""
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas as rl_canvas

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

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
            left, right = 2.0 * 28.35, width - 2.0 * 28.35
            self.saveState()
            self.setStrokeColor(colors.HexColor("#9aa5b1"))
            self.setLineWidth(0.5)
            self.setFillColor(colors.HexColor("#52606d"))
            self.setFont(FONT, 8.5)
            top = height - 1.35 * 28.35
            self.drawString(left, top, _fit(info.community, FONT, 8.5, (right - left) * 0.7))
            self.drawRightString(right, top, info.date)
            self.line(left, top - 5, right, top - 5)
            bottom = 1.2 * 28.35
            self.line(left, bottom + 10, right, bottom + 10)
            label = info.page_label.replace("%1", str(self._pageNumber)).replace("%2", str(total))
            self.drawRightString(right, bottom, label)
            self.drawString(left, bottom, _fit(info.footer, FONT, 8.5, (right - left) * 0.78))
            self.restoreState()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def make_document(target, info: _Doc, *, on_flowable=None):
    """The reportlab document (A4, margins, metadata) the protocol is laid out in."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable) -> None:
            if on_flowable is not None:
                on_flowable(flowable)

    cm = 28.35
    return Doc(
        str(target),
        pagesize=A4,
        leftMargin=2.0 * cm,
        rightMargin=2.0 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.0 * cm,
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


def build_story(m: Minutes, options: ProtocolOptions = ProtocolOptions()) -> tuple[list, _Doc]:
    """The flowables of the protocol and the page information (no file written)."""
    from reportlab.lib.pagesizes import A4

    info = document_info(m, options)
    width = A4[0] - 4.0 * 28.35
    return _Builder(m, options).build(width), info


def build_protocol(
    m: Minutes,
    target: Path | str,
    options: ProtocolOptions = ProtocolOptions(),
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write the protocol PDF to *target* (temporary file in the same folder, then renamed).

    Raises ``Cancelled`` when *cancelled()* turns true, ``UserError`` for a folder that
    cannot be written or a logo that is not an image; in every such case nothing is left
    behind and an existing *target* is unchanged.
    """
    target = Path(target)
    report = progress or (lambda _d, _t: None)
    is_cancelled = cancelled or (lambda: False)
    report(0, PROGRESS_TOTAL)
    if options.logo:
        check_logo(options.logo)
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{path}” is a folder. Choose a file name for the PDF."),
            path=str(target),
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder “{path}” does not exist. Choose another folder."
            ),
            path=str(folder),
        )
    story, info = build_story(m, options)
    if is_cancelled():
        raise Cancelled()
    report(PROGRESS_TOTAL // 10, PROGRESS_TOTAL)
    try:
        fd, tmp = tempfiles.mkstemp(folder, target.name)
    except OSError as exc:
        raise _not_writable(folder, exc) from None
    os.close(fd)
    total = max(len(story), 1)
    done = [0]

    def on_flowable(_flowable) -> None:
        done[0] += 1
        if is_cancelled():
            raise Cancelled()
        report(
            PROGRESS_TOTAL // 10 + (PROGRESS_TOTAL * 85 // 100) * min(done[0], total) // total,
            PROGRESS_TOTAL,
        )

    try:
        doc = make_document(tmp, info, on_flowable=on_flowable)
        doc.build(story, canvasmaker=_canvas_class(info))
        if is_cancelled():
            raise Cancelled()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        make_private(tmp)  # names of people: readable by the user only (RELIABILITY.md)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{path}” could not be replaced. If it is open in a PDF viewer, close "
                    "it there and try again. ({detail})",
                ),
                path=str(target),
                detail=exc.strerror or str(exc),
            ) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _not_writable(folder, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return target


def _not_writable(folder: Path, exc: OSError) -> UserError:
    import errno

    if exc.errno == errno.ENOSPC:
        return UserError(
            QT_TRANSLATE_NOOP(
                "errors", "The disk holding “{path}” is full. Free some space and try again."
            ),
            path=str(folder),
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The PDF cannot be written to the folder “{path}” ({detail}). Choose another "
            "folder, for example your documents.",
        ),
        path=str(folder),
        detail=exc.strerror or str(exc),
    )


def default_file_name(m: Minutes, options: ProtocolOptions = ProtocolOptions()) -> str:
    """ "Protokoll 2026-09-08 CoP-Treffen Q3-2026.pdf" — safe on Windows too."""
    day = local(m.start_at, m.tz).date().isoformat()
    word = _t(QT_TRANSLATE_NOOP("protocol", "Minutes"))
    name = f"{word} {day} {m.title}"
    if options.share_safe:
        name += " " + _t(QT_TRANSLATE_NOOP("protocol", "(for circulation)"))
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", name).strip(" .")
    return name[:150] + ".pdf"
