"""Web links the user pastes (a video tool's join link, a whiteboard): checked in one place.

Below the feature packages, so that groups (a group's defaults) and meetings (a meeting's
links) check them alike without importing each other.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from copdesk.model import text
from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError


def is_url(value: str) -> bool:
    """An absolute http(s) link with a host and no spaces."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and "." in (parts.hostname or "")
        and not any(c.isspace() for c in value)
    )


def check_url(value: str, *, field: str = "join_url") -> str:
    if value and not is_url(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{value}” is not a web link. Paste the join link from the invitation of the "
                "video tool; it starts with https://.",
            ),
            field=field,
            value=value,
        )
    return value


def check_whiteboard(value: str, *, field: str = "whiteboard_url") -> str:
    """A shared whiteboard's link (Miro, Conceptboard, Nextcloud …), cleaned; empty is fine."""
    value = text.clean(value, max_len=500, field=field)
    if value and not is_url(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{value}” is not a web link. Copy the whiteboard's address from the browser; "
                "it starts with https://.",
            ),
            field=field,
            value=value,
        )
    return value
