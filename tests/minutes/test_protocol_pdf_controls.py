"""Control characters in a received file's minutes are printed visibly, not dropped."""

from __future__ import annotations

from .factory import make_minutes
from .test_protocol_pdf import build, flat, text_of


def test_control_characters_print_as_escapes(german, tmp_path):
    value = "Steuer\x00zeichen\x1b[2J und\x07 Klingel"
    m = make_minutes(note_text=value, title="Titel\x1b]0;x\x07")
    text = flat(text_of(build(m, tmp_path / "controls.pdf")))
    assert "Steuer\\x00zeichen\\x1b[2J und\\x07 Klingel" in text
    assert "Titel\\x1b]0;x\\x07" in text
    assert "\x00" not in text and "\x1b" not in text
