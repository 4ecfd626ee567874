"""The readable form of a subject-access report (Art. 15 GDPR), in the UI language.

Input is the dict from ``copdesk.model.privacy.subject_access``; the same dict is also
written as JSON (machine-readable, Art. 20). Plain UTF-8 text with CRLF line ends opens in
Notepad on every Windows version and can be attached to a reply as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import date_short, local
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.export_files import write_private
from copdesk.model.privacy import subject_access_json

CTX = "PrivacyReport"

Entry = dict[str, Any]
"""One JSON object of the report (``privacy.subject_access``): str keys, JSON values."""

STATUS = {
    "invited": QT_TRANSLATE_NOOP("PrivacyReport", "invited"),
    "accepted": QT_TRANSLATE_NOOP("PrivacyReport", "accepted"),
    "tentative": QT_TRANSLATE_NOOP("PrivacyReport", "tentative"),
    "declined": QT_TRANSLATE_NOOP("PrivacyReport", "declined"),
    "attended": QT_TRANSLATE_NOOP("PrivacyReport", "present"),
    "excused": QT_TRANSLATE_NOOP("PrivacyReport", "excused"),
    "absent": QT_TRANSLATE_NOOP("PrivacyReport", "absent"),
    "open": QT_TRANSLATE_NOOP("PrivacyReport", "open"),
    "done": QT_TRANSLATE_NOOP("PrivacyReport", "done"),
    "cancelled": QT_TRANSLATE_NOOP("PrivacyReport", "cancelled"),
    "planned": QT_TRANSLATE_NOOP("PrivacyReport", "planned"),
    "discussed": QT_TRANSLATE_NOOP("PrivacyReport", "discussed"),
    "parked": QT_TRANSLATE_NOOP("PrivacyReport", "parked"),
    "merged": QT_TRANSLATE_NOOP("PrivacyReport", "merged"),
    "moderator": QT_TRANSLATE_NOOP("PrivacyReport", "moderator"),
    "co_moderator": QT_TRANSLATE_NOOP("PrivacyReport", "co-moderator"),
    "protocol": QT_TRANSLATE_NOOP("PrivacyReport", "protocol writer"),
    "host": QT_TRANSLATE_NOOP("PrivacyReport", "host"),
    "check_in": QT_TRANSLATE_NOOP("PrivacyReport", "check-in"),
    "check_out": QT_TRANSLATE_NOOP("PrivacyReport", "check-out"),
    "note": QT_TRANSLATE_NOOP("PrivacyReport", "note"),
    "takeaway": QT_TRANSLATE_NOOP("PrivacyReport", "takeaway"),
    "turn": QT_TRANSLATE_NOOP("PrivacyReport", "turn"),
    "skip": QT_TRANSLATE_NOOP("PrivacyReport", "skipped"),
    "swap": QT_TRANSLATE_NOOP("PrivacyReport", "swap"),
    "volunteer": QT_TRANSLATE_NOOP("PrivacyReport", "volunteered"),
    "hand_back": QT_TRANSLATE_NOOP("PrivacyReport", "handed back"),
    "request": QT_TRANSLATE_NOOP("PrivacyReport", "invitation"),
    "publish": QT_TRANSLATE_NOOP("PrivacyReport", "calendar entry"),
    "cancel": QT_TRANSLATE_NOOP("PrivacyReport", "cancellation"),
    "eml": QT_TRANSLATE_NOOP("PrivacyReport", "e-mail draft"),
}

FIELDS = (
    ("first_name", QT_TRANSLATE_NOOP("PrivacyReport", "First name")),
    ("last_name", QT_TRANSLATE_NOOP("PrivacyReport", "Last name")),
    ("email", QT_TRANSLATE_NOOP("PrivacyReport", "E-mail")),
    ("phone", QT_TRANSLATE_NOOP("PrivacyReport", "Phone")),
    ("organisation", QT_TRANSLATE_NOOP("PrivacyReport", "Organisation")),
    ("function", QT_TRANSLATE_NOOP("PrivacyReport", "Function")),
    ("offers", QT_TRANSLATE_NOOP("PrivacyReport", "Offers")),
    ("seeks", QT_TRANSLATE_NOOP("PrivacyReport", "Seeks")),
    ("notes", QT_TRANSLATE_NOOP("PrivacyReport", "Notes")),
    ("joined_on", QT_TRANSLATE_NOOP("PrivacyReport", "Joined")),
    ("left_on", QT_TRANSLATE_NOOP("PrivacyReport", "Left")),
    ("active", QT_TRANSLATE_NOOP("PrivacyReport", "Active")),
    ("consent_on", QT_TRANSLATE_NOOP("PrivacyReport", "Consent to storage given on")),
    ("forgotten_on", QT_TRANSLATE_NOOP("PrivacyReport", "Personal data erased on")),
    ("created_at", QT_TRANSLATE_NOOP("PrivacyReport", "Stored since")),
)

TABLES = {
    "meeting": QT_TRANSLATE_NOOP("PrivacyReport", "meeting"),
    "minutes_note": QT_TRANSLATE_NOOP("PrivacyReport", "minutes note"),
    "decision": QT_TRANSLATE_NOOP("PrivacyReport", "decision"),
    "action_item": QT_TRANSLATE_NOOP("PrivacyReport", "action item"),
    "topic": QT_TRANSLATE_NOOP("PrivacyReport", "topic"),
    "agenda_item": QT_TRANSLATE_NOOP("PrivacyReport", "agenda item"),
    "member": QT_TRANSLATE_NOOP("PrivacyReport", "another member's entry"),
    "organisation": QT_TRANSLATE_NOOP("PrivacyReport", "organisation"),
    "guest": QT_TRANSLATE_NOOP("PrivacyReport", "guest list"),
    "rotation_record": QT_TRANSLATE_NOOP("PrivacyReport", "rotation history"),
    "invitation_send": QT_TRANSLATE_NOOP("PrivacyReport", "invitation log"),
    "protocol_version": QT_TRANSLATE_NOOP("PrivacyReport", "finalised protocol"),
    "attendance": QT_TRANSLATE_NOOP("PrivacyReport", "attendance note"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _date(value: str | None) -> str:
    if not value:
        return ""
    if "T" in value or " " in value:
        return date_short(local(dt.datetime.fromisoformat(value)).date())
    return date_short(dt.date.fromisoformat(value))


def _value(key: str, value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _t(YES) if value else _t(NO)
    if key.endswith(("_on", "_at")) and isinstance(value, str):
        return _date(value)
    return str(value)


def _meeting(ref: Entry | None) -> str:
    if not ref:
        return QCoreApplication.translate("PrivacyReport", "(no meeting)")
    return f"{_date(ref.get('start'))} {ref.get('title', '')}".strip()


def _word(value: str) -> str:
    return _t(STATUS[value]) if value in STATUS else value


def _indent(text: str) -> str:
    return "\n".join("      " + line for line in str(text).splitlines()) or "      –"


def _note(text: str) -> str:
    return f" ({text})" if text else ""


YES = QT_TRANSLATE_NOOP("PrivacyReport", "yes")
NO = QT_TRANSLATE_NOOP("PrivacyReport", "no")


def _group(g: Entry) -> str:
    text = QCoreApplication.translate("PrivacyReport", "%1, joined %2")
    return text.replace("%1", g["group"]).replace("%2", _value("joined_on", g["joined_on"]))


def _action(a: Entry) -> str:
    state = _word(a["status"])
    if a["due_on"]:
        due = QCoreApplication.translate("PrivacyReport", "due %1")
        state += ", " + due.replace("%1", _date(a["due_on"]))
    return f"{a['description']} ({state})"


def _minutes_note(n: Entry) -> str:
    head = f"{_meeting(n['meeting'])}, {_word(n['kind'])}"
    if n["private"]:
        head += " (" + QCoreApplication.translate("PrivacyReport", "private") + ")"
    return head + ":\n" + _indent(n["text"])


def _rotation(r: Entry) -> str:
    reason = f" – {r['reason']}" if r["reason"] else ""
    return f"{_meeting(r['meeting'])}: {_word(r['role'])}, {_word(r['kind'])}{reason}"


SECTIONS: tuple[tuple[str, str, Callable[[Entry], str]], ...] = (
    ("groups", QT_TRANSLATE_NOOP("PrivacyReport", "Groups"), _group),
    (
        "absences",
        QT_TRANSLATE_NOOP("PrivacyReport", "Absences"),
        lambda a: f"{_date(a['start_on'])}–{_date(a['end_on'])}" + _note(a["note"]),
    ),
    (
        "attendance",
        QT_TRANSLATE_NOOP("PrivacyReport", "Meetings (invitations and attendance)"),
        lambda a: f"{_meeting(a['meeting'])}: {_word(a['status'])}" + _note(a["note"]),
    ),
    (
        "roles",
        QT_TRANSLATE_NOOP("PrivacyReport", "Roles in meetings"),
        lambda r: f"{_meeting(r['meeting'])}: {_word(r['role'])}",
    ),
    (
        "agenda_items",
        QT_TRANSLATE_NOOP("PrivacyReport", "Agenda items presented"),
        lambda a: f"{_meeting(a['meeting'])}: {a['title']}",
    ),
    ("rotation", QT_TRANSLATE_NOOP("PrivacyReport", "Rotation history"), _rotation),
    ("action_items", QT_TRANSLATE_NOOP("PrivacyReport", "Action items"), _action),
    (
        "topics",
        QT_TRANSLATE_NOOP("PrivacyReport", "Topics proposed"),
        lambda t: f"{t['title']} ({_date(t['proposed_on'])}, {_word(t['status'])})",
    ),
    (
        "votes",
        QT_TRANSLATE_NOOP("PrivacyReport", "Votes"),
        lambda v: f"{v['topic']}: {v['count']} – {_meeting(v['meeting'])}",
    ),
    (
        "minutes_notes",
        QT_TRANSLATE_NOOP("PrivacyReport", "Own notes in the minutes"),
        _minutes_note,
    ),
    (
        "invitations",
        QT_TRANSLATE_NOOP("PrivacyReport", "Invitations sent"),
        lambda i: f"{_meeting(i['meeting'])}: {_word(i['kind'])}, {_date(i['sent_at'])}",
    ),
    (
        "mentions",
        QT_TRANSLATE_NOOP("PrivacyReport", "Mentions in other texts"),
        lambda m: _t(TABLES.get(m["table"], str(m["table"]))) + ":\n" + _indent(m["text"]),
    ),
)


def render_text(report: Entry) -> str:
    """The report as plain text (lines joined with \\n; :func:`write_report` writes CRLF)."""
    member = report["member"]
    title = QCoreApplication.translate(
        "PrivacyReport", "Information under Art. 15 GDPR: data stored about a member"
    )
    created = QCoreApplication.translate("PrivacyReport", "Created: %1 with %2")
    out = [
        title,
        "=" * len(title),
        QCoreApplication.translate("PrivacyReport", "Community: %1").replace(
            "%1", report.get("community", "")
        ),
        created.replace("%1", _date(report.get("created_at"))).replace(
            "%2", report.get("program", "")
        ),
        QCoreApplication.translate(
            "PrivacyReport",
            "The same data in machine-readable form is in the JSON file of the same name.",
        ),
        "",
        QCoreApplication.translate("PrivacyReport", "Stored personal data"),
        "-" * 20,
    ]
    for key, label in FIELDS:
        value = _value(key, member.get(key))
        if "\n" in value:
            out += [f"  {_t(label)}:", _indent(value)]
        else:
            out.append(f"  {_t(label)}: {value}")
    for key, heading, line in SECTIONS:
        items = report.get(key, [])
        out += ["", f"{_t(heading)} ({len(items)})", "-" * max(len(_t(heading)) + 4, 8)]
        if not items:
            out.append("  " + QCoreApplication.translate("PrivacyReport", "none"))
        out += ["  - " + line(item) for item in items]
    out.append("")
    return "\n".join(out)


def text_path_for(json_path: Path) -> Path:
    return Path(json_path).with_suffix(".txt")


def write_report(json_path: Path, report: Entry) -> tuple[Path, Path]:
    """Write the JSON and, next to it, the readable text (.txt); both mode 0600."""

    json_path = Path(json_path)
    text_path = text_path_for(json_path)
    if text_path == json_path:
        text_path = json_path.with_name(json_path.name + ".txt")
    write_private(json_path, subject_access_json(report))
    body = render_text(report).replace("\n", "\r\n")
    write_private(text_path, b"\xef\xbb\xbf" + body.encode("utf-8"))
    return json_path, text_path
