"""The building blocks the protocol's sections are laid out with: paragraphs, headings,
user text split into blocks, and tables that split across pages with their header.

reportlab ships no type information: its flowables are typed ``object`` here.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from copdesk.formats.protocol.fonts import FONT, register_fonts
from copdesk.formats.protocol.options import ProtocolOptions
from copdesk.formats.protocol.styles import Styles
from copdesk.formats.protocol.text import MAX_DETAILS, MAX_TEXT, keep_spaces, printable
from copdesk.model.minutes import Minutes

StyleCommand = tuple[object, ...]  # ("LINEBELOW", (0, 0), (-1, -1), 0.25, colour)

_BLOCKS = re.compile(r"\n\s*\n")


class Layout:
    """A story (list of flowables) being built for one protocol."""

    def __init__(self, m: Minutes, options: ProtocolOptions) -> None:
        register_fonts()
        self.m = m.shareable() if options.share_safe else m
        self.options = options
        self.s = Styles()
        self.story: list[object] = []
        self.width = 0.0  # of the text area, set by build()

    def p(self, text_markup: str, style: object = None) -> object:
        # deferred: reportlab costs start-up time
        from reportlab.platypus import Paragraph

        return Paragraph(text_markup, style or self.s.para)

    def add(self, flowable: object) -> None:
        self.story.append(flowable)

    def heading(self, text: str, style: object = None) -> None:
        self.add(self.p(escape(text), style or self.s.h2))

    def user_paragraphs(self, value: str, style: object = None, prefix: str = "") -> None:
        """A user text as paragraphs (one per line block) so long text splits over pages."""
        blocks = [b for b in _BLOCKS.split(printable(value, MAX_TEXT)) if b.strip()]
        for k, block in enumerate(blocks or [""]):
            lead = prefix if k == 0 else ""
            self.add(self.p(lead + keep_spaces(escape(block)), style or self.s.para))

    def text_lines(self, value: str) -> None:
        """A structured plain text (an agenda item's text, e.g. the sub-groups' news) line
        by line, so that it splits over pages anywhere: "• " lines hang, indented lines
        stay indented, a blank line leaves a gap."""
        # deferred: reportlab costs start-up time
        from reportlab.platypus import Spacer

        for line in printable(value, MAX_DETAILS).split("\n"):
            if not line.strip():
                self.add(Spacer(1, 5))
            elif line.startswith("• "):
                self.add(self.p(escape(line), self.s.line_bullet))
            elif line[0].isspace():
                self.add(self.p(escape(line.strip()), self.s.line_indent))
            else:
                self.add(self.p(escape(line), self.s.line))

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: list[float],
        *,
        zebra: bool = True,
        header_row: bool = True,
        flags: list[StyleCommand] | None = None,
    ) -> object:
        """A table of plain (already safe) markup cells that splits with a repeated header."""
        # deferred: reportlab costs start-up time
        from reportlab.platypus import Table, TableStyle

        data = []
        if header_row:
            data.append([self.p(escape(h), self.s.cell_head) for h in header])
        for row in rows:
            data.append([self.p(cell, self.s.cell) for cell in row])
        style: list[StyleCommand] = [
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
        style.extend(flags or ())
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
