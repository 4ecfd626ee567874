"""Invitation files and texts: the .ics calendar file (REQUEST, PUBLISH, CANCEL), the .eml
draft for Outlook, and their words (plain text, HTML, subject, the change list).

Owns how an ``Invitation`` from ``copdesk.model.invitations`` is written, and
:func:`send_to_file`, which records a send and puts its file in place only together.
"""

from __future__ import annotations

from copdesk.formats.invitations.changes import change_lines
from copdesk.formats.invitations.eml import build_message, draft_bytes, eml_bytes
from copdesk.formats.invitations.files import render, send_to_file, stage_file
from copdesk.formats.invitations.ics import build_calendar, ics_bytes
from copdesk.formats.invitations.phrases import format_name, is_link, tool_name
from copdesk.formats.invitations.text import (
    file_name,
    heading,
    html_text,
    kind_label,
    location,
    plain_text,
    subject,
    when,
    where,
)

__all__ = [
    "build_calendar",
    "build_message",
    "change_lines",
    "draft_bytes",
    "eml_bytes",
    "file_name",
    "format_name",
    "heading",
    "html_text",
    "ics_bytes",
    "is_link",
    "kind_label",
    "location",
    "plain_text",
    "render",
    "send_to_file",
    "stage_file",
    "subject",
    "tool_name",
    "when",
    "where",
]
