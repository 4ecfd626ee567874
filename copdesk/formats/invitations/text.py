"""The words of an invitation: plain text, HTML, subject, headings, file names.

Shared by the .ics DESCRIPTION, the e-mail draft's bodies and the clipboard text, so all
three say the same. Every wording goes through ``QCoreApplication.translate`` (context
``"invitations"``) and every date through ``QLocale``: generated files follow the UI
language. User text is escaped in HTML; only http(s) links become links.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk.formats.dates import date_with_weekday, meeting_when, time_short
from copdesk.formats.invitations.changes import change_lines
from copdesk.formats.invitations.phrases import day_time, is_link, tool_name, zone_of
from copdesk.model.invitations import Invitation, SeriesRule

_BAD_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def when(inv: Invitation, locale: QLocale | None = None) -> str:
    """ "Do, 12.03.2026, 14:00–16:00 Uhr" — or the rule of a series."""
    if inv.rule is not None:
        return series_when(inv, inv.rule, locale)
    return meeting_when(inv.start, inv.end, zone_of(inv), locale)


def series_when(inv: Invitation, rule: SeriesRule, locale: QLocale | None = None) -> str:
    """ "every Thursday, 14:00–16:00, 6 sessions from …": *inv*'s series by its *rule*."""
    loc = locale or QLocale()
    zone = zone_of(inv)
    s, e = inv.start.astimezone(zone), inv.end.astimezone(zone)
    span = f"{time_short(s.time(), loc)}–{time_short(e.time(), loc)}"
    weekday = loc.dayName(s.isoweekday(), QLocale.FormatType.LongFormat)
    if rule.freq == "daily":
        every = QCoreApplication.translate("invitations", "daily")
    elif rule.freq == "monthly":
        every = QCoreApplication.translate("invitations", "monthly")
    elif rule.interval == 1:
        every = QCoreApplication.translate("invitations", "every %1").replace("%1", weekday)
    else:
        every = (
            QCoreApplication.translate("invitations", "every %1 weeks on %2")
            .replace("%1", str(rule.interval))
            .replace("%2", weekday)
        )
    text = (
        QCoreApplication.translate("invitations", "%1, %2, %3 sessions from %4")
        .replace("%1", every)
        .replace("%2", span)
        .replace("%3", str(rule.count))
        .replace("%4", date_with_weekday(s.date(), loc))
    )
    if loc.language() == QLocale.Language.German:
        text = text.replace(span, span + " Uhr", 1)
    return text


def where(inv: Invitation) -> str:
    """Where it takes place, in one line."""
    tool = tool_name(inv.video_tool)
    if inv.format == "in_person":
        return inv.place or QCoreApplication.translate("invitations", "in person")
    if inv.format == "hybrid":
        if inv.place:
            return (
                QCoreApplication.translate("invitations", "%1 and online via %2")
                .replace("%1", inv.place)
                .replace("%2", tool)
            )
        return QCoreApplication.translate(
            "invitations", "hybrid: on site and online via %1"
        ).replace("%1", tool)
    if inv.place:
        return (
            QCoreApplication.translate("invitations", "%1 and online via %2")
            .replace("%1", inv.place)
            .replace("%2", tool)
        )
    return QCoreApplication.translate("invitations", "online via %1").replace("%1", tool)


def location(inv: Invitation) -> str:
    """LOCATION: the place; for an online meeting without one, the join link."""
    if inv.place:
        return inv.place
    if inv.format != "in_person" and inv.join_url:
        return inv.join_url
    return ""


# --- headings -------------------------------------------------------------------------------


def heading(inv: Invitation) -> str:
    if inv.withdrawn:
        return QCoreApplication.translate("invitations", "Invitation withdrawn: %1").replace(
            "%1", inv.title
        )
    if inv.cancelled:
        return QCoreApplication.translate("invitations", "Cancelled: %1").replace("%1", inv.title)
    if inv.is_update:
        return QCoreApplication.translate("invitations", "Updated invitation: %1").replace(
            "%1", inv.title
        )
    return QCoreApplication.translate("invitations", "Invitation: %1").replace("%1", inv.title)


def subject(inv: Invitation, locale: QLocale | None = None) -> str:
    """The e-mail subject: what, which meeting, when."""
    moment = when(inv, locale)
    if inv.withdrawn:
        template = QCoreApplication.translate("invitations", "Invitation withdrawn: %1 – %2")
    elif inv.cancelled:
        template = QCoreApplication.translate("invitations", "Cancelled: %1 – %2")
    elif inv.is_update:
        template = QCoreApplication.translate("invitations", "Updated: %1 – %2")
    else:
        template = QCoreApplication.translate("invitations", "Invitation: %1 – %2")
    return template.replace("%1", inv.title).replace("%2", moment)


def _agenda_rows(inv: Invitation, locale: QLocale | None) -> list[tuple[str, str, str]]:
    zone = zone_of(inv)
    rows = []
    for line in inv.agenda:
        start = time_short(line.start.astimezone(zone).time(), locale)
        minutes = QCoreApplication.translate("invitations", "%1 min").replace(
            "%1", str(line.minutes)
        )
        title = line.title
        if line.presenter:
            title = f"{title} – {line.presenter}"
        rows.append((start, title, minutes))
    return rows


def _exceptions(inv: Invitation, locale: QLocale | None) -> list[str]:
    if inv.rule is None:
        return []
    zone = zone_of(inv)
    lines = []
    for x in inv.rule.exceptions:
        lines.append(
            QCoreApplication.translate("invitations", "moved: %1 → %2")
            .replace("%1", day_time(_iso(x.original_start), zone.key, locale))
            .replace("%2", meeting_when(x.start, x.end, zone, locale))
        )
    for d in inv.rule.exdates:
        lines.append(
            QCoreApplication.translate("invitations", "cancelled: %1").replace(
                "%1", day_time(_iso(d), zone.key, locale)
            )
        )
    return lines


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the text ---------------------------------------------------------------------------------


def _sections(inv: Invitation, locale: QLocale | None) -> list[tuple[str, list[str]]]:
    """(heading, lines) pairs: the same structure for plain text and HTML."""
    sections: list[tuple[str, list[str]]] = []
    facts = []
    if inv.withdrawn:
        facts.append(
            QCoreApplication.translate(
                "invitations",
                "You are no longer on the invitation list of this meeting; the "
                "entry is removed from your calendar. The meeting itself takes "
                "place.",
            )
        )
    elif inv.cancelled:
        facts.append(
            QCoreApplication.translate(
                "invitations", "This meeting is cancelled and will not take place."
            )
        )
    facts.append(
        QCoreApplication.translate("invitations", "When: %1").replace("%1", when(inv, locale))
    )
    if inv.recurrence_id is not None and not inv.cancelled:
        facts.append(
            QCoreApplication.translate(
                "invitations", "This changes one session of the series (originally %1)."
            ).replace("%1", day_time(_iso(inv.recurrence_id), zone_of(inv).key, locale))
        )
    elif inv.recurrence_id is not None and not inv.withdrawn:
        facts.append(
            QCoreApplication.translate(
                "invitations", "Only this session of the series is cancelled (originally %1)."
            ).replace("%1", day_time(_iso(inv.recurrence_id), zone_of(inv).key, locale))
        )
    facts.append(QCoreApplication.translate("invitations", "Where: %1").replace("%1", where(inv)))
    if inv.whiteboard_url and not inv.cancelled:
        facts.append(
            QCoreApplication.translate("invitations", "Whiteboard: %1").replace(
                "%1", inv.whiteboard_url
            )
        )
    if inv.host:
        facts.append(QCoreApplication.translate("invitations", "Host: %1").replace("%1", inv.host))
    if inv.moderator and not inv.cancelled:
        facts.append(
            QCoreApplication.translate("invitations", "Moderation: %1").replace("%1", inv.moderator)
        )
    if inv.group and inv.group != inv.title:
        facts.append(
            QCoreApplication.translate("invitations", "Group: %1").replace("%1", inv.group)
        )
    sections.append(("", facts))
    exceptions = _exceptions(inv, locale)
    if exceptions and not inv.cancelled:
        sections.append((QCoreApplication.translate("invitations", "Exceptions"), exceptions))
    if inv.changes:
        title = (
            QCoreApplication.translate("invitations", "What changed") if not inv.cancelled else ""
        )
        lines = change_lines(inv.changes, zone_of(inv).key, locale)
        if inv.cancelled:
            lines = []
        if lines:
            sections.append((title, lines))
    if inv.cancelled:
        return sections
    online = []
    if inv.join_url:
        online.append(
            QCoreApplication.translate("invitations", "Join: %1").replace("%1", inv.join_url)
        )
    if inv.meeting_code:
        online.append(
            QCoreApplication.translate("invitations", "Meeting ID: %1").replace(
                "%1", inv.meeting_code
            )
        )
    if inv.passcode:
        online.append(
            QCoreApplication.translate("invitations", "Passcode: %1").replace("%1", inv.passcode)
        )
    if inv.dialin:
        online.append(QCoreApplication.translate("invitations", "Dial-in:"))
        online += [f"  {line}" for line in inv.dialin.splitlines() if line.strip()]
    if online:
        sections.append(
            (
                QCoreApplication.translate("invitations", "Join online (%1)").replace(
                    "%1", tool_name(inv.video_tool)
                ),
                online,
            )
        )
    if inv.tool_text:
        sections.append(
            (
                QCoreApplication.translate("invitations", "From the host organisation"),
                [line for line in inv.tool_text.splitlines()],
            )
        )
    agenda = _agenda_rows(inv, locale)
    if agenda:
        sections.append(
            (
                QCoreApplication.translate("invitations", "Agenda"),
                [f"{start}  {title} ({minutes})" for start, title, minutes in agenda],
            )
        )
    if inv.topics:
        lines = []
        for topic in inv.topics:
            if topic.proposer:
                lines.append(
                    "– "
                    + QCoreApplication.translate("invitations", "%1 (proposed by %2)")
                    .replace("%1", topic.title)
                    .replace("%2", topic.proposer)
                )
            else:
                lines.append(f"– {topic.title}")
        if inv.more_topics:
            lines.append(
                QCoreApplication.translate(
                    "invitations", "… and %1 more in the topic backlog"
                ).replace("%1", str(inv.more_topics))
            )
        sections.append(
            (QCoreApplication.translate("invitations", "Topics proposed so far"), lines)
        )
    return sections


def plain_text(inv: Invitation, locale: QLocale | None = None, *, with_heading: bool = True) -> str:
    """The invitation as plain text: for the clipboard, DESCRIPTION and the e-mail."""
    parts: list[str] = []
    if with_heading:
        parts.append(heading(inv))
    for title, lines in _sections(inv, locale):
        block = ([title] if title else []) + lines
        parts.append("\n".join(block))
    if inv.organiser.name or inv.organiser.email:
        parts.append(
            QCoreApplication.translate("invitations", "Invitation sent by %1").replace(
                "%1", _organiser_text(inv)
            )
        )
    return "\n\n".join(p for p in parts if p.strip()) + "\n"


def _organiser_text(inv: Invitation) -> str:
    name, email = inv.organiser.name, inv.organiser.email
    if name and email and name != email:
        return f"{name} <{email}>"
    return name or email


def _html_line(line: str) -> str:
    """Escape; make a whole-line or trailing http(s) link clickable."""
    stripped = line.strip()
    for word in stripped.split():
        if is_link(word):
            before, _, after = line.partition(word)
            return (
                f'{escape(before)}<a href="{escape(word, quote=True)}">{escape(word)}</a>'
                f"{escape(after)}"
            )
    return escape(line)


def html_text(inv: Invitation, locale: QLocale | None = None) -> str:
    """The same as :func:`plain_text`, as a small HTML document (X-ALT-DESC, e-mail)."""
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"></head>',
        '<body style="font-family: Segoe UI, Arial, sans-serif; font-size: 11pt">',
        f"<h2>{escape(heading(inv))}</h2>",
    ]
    for title, lines in _sections(inv, locale):
        if title:
            out.append(f"<h3>{escape(title)}</h3>")
        out.append("<p>" + "<br>\n".join(_html_line(line) for line in lines) + "</p>")
    if inv.organiser.name or inv.organiser.email:
        out.append(
            "<p>"
            + escape(
                QCoreApplication.translate("invitations", "Invitation sent by %1").replace(
                    "%1", _organiser_text(inv)
                )
            )
            + "</p>"
        )
    out.append("</body></html>")
    return "\n".join(out)


# --- file names and writing ------------------------------------------------------------------


def kind_label(inv: Invitation) -> str:
    if inv.withdrawn:
        return QCoreApplication.translate("invitations", "withdrawal")
    if inv.cancelled:
        return QCoreApplication.translate("invitations", "cancellation")
    if inv.kind == "publish":
        return QCoreApplication.translate("invitations", "calendar entry")
    if inv.is_update:
        return QCoreApplication.translate("invitations", "update")
    return QCoreApplication.translate("invitations", "invitation")


def file_name(inv: Invitation, suffix: str) -> str:
    """A safe file name: "2026-03-12 CoP-Treffen Q1-2026 – invitation.ics"."""
    day = inv.start.astimezone(zone_of(inv)).date().isoformat()
    title = _BAD_FILE_CHARS.sub("-", inv.title).strip(" .-") or "meeting"
    stem = f"{day} {title[:60].rstrip(' .-')} – {kind_label(inv)}"
    return f"{stem}{suffix}"
