"""The printed protocol (Protokoll / Minutes) as a PDF, built with reportlab.

What it guarantees (see ``INTEROP.md`` "Protocol PDF" and ``RELIABILITY.md`` "Exports"):
user text escaped before reportlab parses it, an embedded TrueType font (``fonts``) so
every German character prints and missing ones show as "□" (``text``); header, footer and
metadata (``document``); the sections (``sections`` on ``layout``); the file written
atomically through ``model.export_files.StagedFile`` (``writing``). Texts follow the UI
language (context "protocol"); reportlab is imported only when a protocol is built.
"""

from copdesk.formats.protocol.document import default_file_name
from copdesk.formats.protocol.fonts import FONT, FONT_BOLD, font_file, register_fonts
from copdesk.formats.protocol.logo import check_logo
from copdesk.formats.protocol.options import (
    PROGRESS_TOTAL,
    Cancelled,
    CancelledFn,
    ProgressFn,
    ProtocolOptions,
)
from copdesk.formats.protocol.text import markup, printable
from copdesk.formats.protocol.writing import build_protocol, build_story, not_writable, save_copy

__all__ = [
    "FONT",
    "FONT_BOLD",
    "PROGRESS_TOTAL",
    "Cancelled",
    "CancelledFn",
    "ProgressFn",
    "ProtocolOptions",
    "build_protocol",
    "build_story",
    "check_logo",
    "default_file_name",
    "font_file",
    "markup",
    "not_writable",
    "printable",
    "register_fonts",
    "save_copy",
]
