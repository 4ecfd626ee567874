"""The organisation's logo on the protocol: checked before anything is built."""

from __future__ import annotations

from pathlib import Path

from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError


def check_logo(path: Path | str) -> tuple[int, int]:
    """Width and height of a usable logo image, or a ``UserError`` saying what is wrong."""
    # deferred: reportlab costs start-up time
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
