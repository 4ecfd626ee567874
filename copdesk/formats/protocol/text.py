"""User text on its way into the PDF: printable by the font, escaped for ``Paragraph``.

reportlab's ``Paragraph`` parses markup, so every user string goes through ``markup`` (or
``printable`` + ``escape``): ``<``, ``&``, tags and links print as typed. Control
characters print as ``\\xNN``; characters the font lacks print as "□"; long text is cut.
Texts of the protocol itself are translated in context "protocol" (``tr``).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from copdesk.formats.protocol.fonts import register_fonts
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.text import escape_controls

# Longest user text printed as one block (longer text is cut and marked); a
# megabyte paragraph took minutes to lay out (RELIABILITY.md).
MAX_TEXT = 10_000
# Longest text in a table cell: a row must fit on one page.
MAX_CELL = 1_500
MAX_LINE = 300  # names, titles, places
MAX_DETAILS = 100_000  # an agenda item's text, printed line by line (as long as it may be)
MISSING_GLYPH = "\u25a1"  # □

_NONCHARACTERS = re.compile("[\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"  +")


def tr(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("protocol", …)."""
    return QCoreApplication.translate("protocol", text)


def plural(text: str, n: int) -> str:
    """English "(s)" of an untranslated "%n …(s)" message resolved (German has its forms)."""
    return text.replace("(s)", "" if n == 1 else "s")


def printable(value: str | None, limit: int = MAX_TEXT) -> str:
    """Plain text that the font can print: control characters shown as ``\\xNN``, tabs
    expanded, length capped, characters outside the font replaced by "□" (or "?")."""
    glyphs = register_fonts()
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _NONCHARACTERS.sub("", escape_controls(text, keep="\n\t"))
    text = text.replace("\t", "    ")
    if len(text) > limit:
        text = text[:limit].rstrip() + " […] " + tr(QT_TRANSLATE_NOOP("protocol", "(shortened)"))
    missing = MISSING_GLYPH if ord(MISSING_GLYPH) in glyphs else "?"
    if all(ord(c) in glyphs or c == "\n" for c in text):
        return text
    return "".join(c if (c == "\n" or ord(c) in glyphs) else missing for c in text)


def warn_sign() -> str:
    """ "⚠ " where the font has it (DejaVu), "! " otherwise (Vera)."""
    return "\u26a0 " if 0x26A0 in register_fonts() else "! "


def keep_spaces(escaped: str) -> str:
    """Runs of spaces kept (``&nbsp;``) and line breaks as ``<br/>`` in escaped text."""
    text = _SPACES.sub(lambda m: " " + "&nbsp;" * (len(m.group()) - 1), escaped)
    return text.replace("\n", "<br/>")


def markup(value: str | None, limit: int = MAX_TEXT) -> str:
    """User text as safe Paragraph markup: escaped, line breaks kept, runs of spaces kept."""
    return keep_spaces(escape(printable(value, limit)))
