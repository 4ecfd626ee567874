"""Tiny helpers for the rich-text panes: every piece of user text is escaped."""

from __future__ import annotations

from html import escape


def tag(name: str, text: str, cls: str = "") -> str:
    attr = f" class='{cls}'" if cls else ""
    return f"<{name}{attr}>{escape(text)}</{name}>"


def para(text: str, cls: str = "") -> str:
    """A paragraph whose line breaks are kept."""
    attr = f" class='{cls}'" if cls else ""
    return f"<p{attr}>{escape(text).replace(chr(10), '<br>')}</p>"
