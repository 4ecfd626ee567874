"""The overview tab of the meetings page: one meeting's facts, conflicts, agenda length
and attendance as HTML (strings in the translation context ``MeetingsPage``)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import meeting_when
from copdesk.formats.meeting_text import attendance_label, format_label, status_label
from copdesk.model.meetings import MeetingDetail, MeetingRow
from copdesk.ui.dialogs.organisation_dialog import VIDEO_LABELS, label
from copdesk.ui.html import para, tag


def overview_html(
    row: MeetingRow, d: MeetingDetail, counts: dict[str, int], away: tuple[str, ...]
) -> str:
    """The overview of the meeting *row* from its detail and attendance summary."""
    data = d.data
    out = [
        f"<h2>{escape(data.title)}</h2>",
        (
            f"<p><b>{escape(meeting_when(d.start_at, d.end_at, data.tz))}</b><br>"
            f"{escape(status_label(data.status))} · {escape(format_label(data.format))}</p>"
        ),
    ]
    if data.status == "cancelled":
        out.append(
            para("⚠ " + QCoreApplication.translate("MeetingsPage", "This meeting is cancelled."))
        )
    for c in d.conflicts:
        text = (
            QCoreApplication.translate("MeetingsPage", "Overlaps with “%1” of the same group (%2).")
            if c.kind == "group"
            else QCoreApplication.translate("MeetingsPage", "%3 also moderates “%1” (%2).").replace(
                "%3", c.member
            )
        )
        text = text.replace("%1", c.other_title).replace(
            "%2", meeting_when(c.other_start, c.other_end)
        )
        out.append(f"<p style='color:#a15c07'>⚠ {escape(text)}</p>")
    if d.update_due:
        out.append(
            para(
                "⚠ "
                + QCoreApplication.translate(
                    "MeetingsPage", "Changed since the invitation was sent: send an update."
                )
            )
        )
    facts = []

    def fact(label: str, value: str) -> None:
        if value:
            facts.append(
                f"<tr><td style='padding-right:10px'>{escape(label)}</td>"
                f"<td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            )

    fact(QCoreApplication.translate("MeetingsPage", "Group"), d.group)
    fact(QCoreApplication.translate("MeetingsPage", "Host"), d.host)
    fact(QCoreApplication.translate("MeetingsPage", "Moderation"), d.moderator)
    fact(QCoreApplication.translate("MeetingsPage", "Co-moderation"), d.co_moderator)
    fact(QCoreApplication.translate("MeetingsPage", "Protocol"), d.protocol_writer)
    if data.format != "in_person":
        fact(
            QCoreApplication.translate("MeetingsPage", "Video tool"),
            label(VIDEO_LABELS, data.video_tool) if data.video_tool else "",
        )
        fact(QCoreApplication.translate("MeetingsPage", "Join link"), data.join_url)
        fact(QCoreApplication.translate("MeetingsPage", "Meeting ID"), data.meeting_code)
        fact(QCoreApplication.translate("MeetingsPage", "Passcode"), data.passcode)
        fact(QCoreApplication.translate("MeetingsPage", "Dial-in"), data.dialin)
    if data.format != "online":
        fact(QCoreApplication.translate("MeetingsPage", "Place"), data.place)
    fact(QCoreApplication.translate("MeetingsPage", "Whiteboard"), data.whiteboard_url)
    if d.series_id is not None:
        fact(
            QCoreApplication.translate("MeetingsPage", "Series"),
            QCoreApplication.translate("MeetingsPage", "session %1 of %2 of “%3”")
            .replace("%1", str((d.series_index or 0) + 1))
            .replace("%2", str(d.series_count or "?"))
            .replace("%3", d.series_title),
        )
    if facts:
        out.append("<table>" + "".join(facts) + "</table>")
    minutes = row.minutes
    agenda_text = (
        QCoreApplication.translate("MeetingsPage", "Agenda: %1 of %2 min planned.")
        .replace("%1", str(row.agenda_minutes))
        .replace("%2", str(minutes))
    )
    if row.agenda_minutes > minutes:
        agenda_text = (
            "⚠ " + agenda_text + " " + QCoreApplication.translate("MeetingsPage", "It runs over.")
        )
    out.append(f"<p>{escape(agenda_text)}</p>")
    parts = [f"{attendance_label(k)}: {v}" for k, v in sorted(counts.items()) if k]
    if parts:
        out.append(
            para(
                QCoreApplication.translate("MeetingsPage", "Attendance: %1").replace(
                    "%1", ", ".join(parts)
                )
            )
        )
    if away:
        out.append(
            para(
                "✈ "
                + QCoreApplication.translate("MeetingsPage", "Declared absent: %1").replace(
                    "%1", ", ".join(away)
                )
            )
        )
    if data.notes:
        out.append(
            tag("h4", QCoreApplication.translate("MeetingsPage", "Notes")) + para(data.notes)
        )
    return "\n".join(out)
