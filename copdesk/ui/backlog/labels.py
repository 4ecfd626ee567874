"""Texts the backlog's widgets share: a topic status in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from copdesk.model import backlog


def status_label(status: str) -> str:
    return QCoreApplication.translate("TopicStatus", backlog.STATUS_LABELS.get(status, status))
