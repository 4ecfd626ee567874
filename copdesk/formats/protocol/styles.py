"""The protocol's look: colours and paragraph styles (one set per build)."""

from __future__ import annotations

from copdesk.formats.protocol.fonts import FONT, FONT_BOLD, FONT_ITALIC


class Styles:
    def __init__(self) -> None:
        # deferred: reportlab costs start-up time
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
        # an item's structured text, line by line: a line, a "• " line, an indented line
        self.line = ParagraphStyle("line", parent=base, spaceAfter=1)
        self.line_bullet = ParagraphStyle(
            "line_bullet", parent=self.line, leftIndent=10, firstLineIndent=-10
        )
        self.line_indent = ParagraphStyle("line_indent", parent=self.line, leftIndent=18)
        self.bullet = ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=3
        )
