"""The changes since the last send as sentences, e.g. "Moved from Thu, 12.03. … to …"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk.formats.invitations.phrases import format_name, when_iso
from copdesk.model.invitations import Change
from copdesk.model.localtime import DEFAULT_TZ


def _span(values: tuple[str, ...], tz: str, locale: QLocale | None) -> str:
    """The first two *values* (start and end as ISO text) as a time span."""
    if len(values) < 2:
        return "?"
    return when_iso(values[0], values[1], tz, locale)


def change_lines(
    changes: tuple[Change, ...] | list[Change], tz: str = DEFAULT_TZ, locale: QLocale | None = None
) -> list[str]:
    """Readable sentences, e.g. "Termin verschoben von Do, 12.03. … auf Do, 19.03. …"."""
    lines = []
    for c in changes:
        b, a = c.before, c.after
        if c.kind == "moved":
            lines.append(
                QCoreApplication.translate("invitations", "Moved from %1 to %2")
                .replace("%1", _span(b, tz, locale))
                .replace("%2", _span(a, tz, locale))
            )
        elif c.kind == "duration":
            lines.append(
                QCoreApplication.translate(
                    "invitations", "Duration changed from %1 to %2 minutes (now %3)"
                )
                .replace("%1", b[0] if b else "?")
                .replace("%2", a[0] if a else "?")
                .replace("%3", when_iso(a[1], a[2], tz, locale) if len(a) > 2 else "?")
            )
        elif c.kind == "title":
            lines.append(
                QCoreApplication.translate("invitations", "Title changed from “%1” to “%2”")
                .replace("%1", b[0])
                .replace("%2", a[0])
            )
        elif c.kind == "format":
            lines.append(
                QCoreApplication.translate("invitations", "Format changed from %1 to %2")
                .replace("%1", format_name(b[0]))
                .replace("%2", format_name(a[0]))
            )
        elif c.kind == "place":
            if b[0] and a[0]:
                lines.append(
                    QCoreApplication.translate("invitations", "Place changed from “%1” to “%2”")
                    .replace("%1", b[0])
                    .replace("%2", a[0])
                )
            elif a[0]:
                lines.append(
                    QCoreApplication.translate("invitations", "Place added: %1").replace("%1", a[0])
                )
            else:
                lines.append(
                    QCoreApplication.translate("invitations", "Place removed (was “%1”)").replace(
                        "%1", b[0]
                    )
                )
        elif c.kind == "link":
            if a[0]:
                lines.append(
                    QCoreApplication.translate("invitations", "New join link: %1").replace(
                        "%1", a[0]
                    )
                )
            else:
                lines.append(QCoreApplication.translate("invitations", "The join link was removed"))
        elif c.kind == "whiteboard":
            if a[0]:
                lines.append(
                    QCoreApplication.translate("invitations", "New whiteboard link: %1").replace(
                        "%1", a[0]
                    )
                )
            else:
                lines.append(
                    QCoreApplication.translate("invitations", "The whiteboard link was removed")
                )
        elif c.kind == "dialin":
            lines.append(
                QCoreApplication.translate("invitations", "Meeting ID, passcode or dial-in changed")
            )
        elif c.kind == "added":
            lines.append(
                QCoreApplication.translate("invitations", "Newly invited: %1").replace(
                    "%1", ", ".join(a)
                )
            )
        elif c.kind == "removed":
            lines.append(
                QCoreApplication.translate("invitations", "No longer invited: %1").replace(
                    "%1", ", ".join(b)
                )
            )
        elif c.kind == "cancelled":
            lines.append(
                QCoreApplication.translate("invitations", "Cancelled (was %1)").replace(
                    "%1", _span(b, tz, locale)
                )
            )
        elif c.kind == "reinstated":
            lines.append(
                QCoreApplication.translate(
                    "invitations", "Takes place again after it was cancelled"
                )
            )
        elif c.kind == "session_moved":
            lines.append(
                QCoreApplication.translate("invitations", "Session moved from %1 to %2")
                .replace("%1", _span(b, tz, locale))
                .replace("%2", _span(a, tz, locale))
            )
        elif c.kind == "session_cancelled":
            lines.append(
                QCoreApplication.translate("invitations", "Session on %1 cancelled").replace(
                    "%1", _span(b, tz, locale)
                )
            )
        elif c.kind == "session_restored":
            lines.append(
                QCoreApplication.translate(
                    "invitations", "Session on %1 takes place again"
                ).replace("%1", _span(a, tz, locale))
            )
        elif c.kind == "rule":
            lines.append(
                QCoreApplication.translate(
                    "invitations", "Series changed: now %1 sessions (before: %2)"
                )
                .replace("%1", a[0] if a else "?")
                .replace("%2", b[0] if b else "?")
            )
        elif c.kind == "unknown":
            lines.append(
                QCoreApplication.translate(
                    "invitations",
                    "What was sent last time was not recorded; the update repeats all details.",
                )
            )
    return lines
