"""The protocol's embedded TrueType font: DejaVu Sans, else reportlab's Bitstream Vera.

Registered once per process (under a lock: PDFs are built on worker threads); the set of
code points the font can print decides what ``text.printable`` replaces with "□".
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from copdesk.paths import resource_path

FONT = "CopDeskSans"
FONT_BOLD = "CopDeskSans-Bold"
FONT_ITALIC = "CopDeskSans-Italic"

_font_lock = threading.Lock()
_glyphs: set[int] | None = None
_file = ""


def font_files() -> tuple[Path, Path, Path] | None:
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
        regular, bold, oblique = (folder / n for n in names)
        if regular.is_file() and bold.is_file() and oblique.is_file():
            return regular, bold, oblique
    return None


def register_fonts() -> set[int]:
    """Register the protocol fonts once; returns the code points the font can print."""
    global _glyphs, _file
    with _font_lock:
        if _glyphs is not None:
            return _glyphs
        # deferred: reportlab costs start-up time
        import reportlab
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = font_files()
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
        glyphs: set[int] = set(fonts[0].face.charToGlyph) & set(fonts[1].face.charToGlyph)
        _glyphs = glyphs
        _file = str(getattr(fonts[0].face, "filename", ""))
        return glyphs


def font_file() -> str:
    """The file of the regular font in use (for tests and the about box)."""
    register_fonts()
    return _file
