"""Meeting words as people read them (UI, command line, documents): statuses, formats,
agenda kinds, attendance, the reasons behind date suggestions, and the text of "News from
the sub-groups".

QtCore only (``QCoreApplication.translate``, ``QLocale``), so the command line, the window
and generated files say the same thing in the same language.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from copdesk.formats.dates import date_short, date_with_weekday, local
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.group_report import GroupReport, ReportMeeting, SubGroupReport
from copdesk.model.meetings import Absent, Cadence, Candidate, Holiday, Skipped
from copdesk.model.states import FEDERAL_STATES

STATUS = {
    "planned": QT_TRANSLATE_NOOP("meetings", "planned"),
    "invited": QT_TRANSLATE_NOOP("meetings", "invited"),
    "held": QT_TRANSLATE_NOOP("meetings", "held"),
    "cancelled": QT_TRANSLATE_NOOP("meetings", "cancelled"),
}
FORMAT = {
    "online": QT_TRANSLATE_NOOP("meetings", "online"),
    "in_person": QT_TRANSLATE_NOOP("meetings", "in person"),
    "hybrid": QT_TRANSLATE_NOOP("meetings", "hybrid"),
}
AGENDA_KIND = {
    "check_in": QT_TRANSLATE_NOOP("meetings", "Check-in"),
    "topic": QT_TRANSLATE_NOOP("meetings", "Topic"),
    "lean_coffee": QT_TRANSLATE_NOOP("meetings", "Lean Coffee"),
    "break": QT_TRANSLATE_NOOP("meetings", "Break"),
    "check_out": QT_TRANSLATE_NOOP("meetings", "Check-out"),
    "other": QT_TRANSLATE_NOOP("meetings", "Other"),
    "group_report": QT_TRANSLATE_NOOP("meetings", "Sub-groups"),
}
ATTENDANCE = {
    "": QT_TRANSLATE_NOOP("meetings", "(no answer)"),
    "invited": QT_TRANSLATE_NOOP("meetings", "invited"),
    "accepted": QT_TRANSLATE_NOOP("meetings", "accepted"),
    "tentative": QT_TRANSLATE_NOOP("meetings", "tentative"),
    "declined": QT_TRANSLATE_NOOP("meetings", "declined"),
    "attended": QT_TRANSLATE_NOOP("meetings", "attended"),
    "excused": QT_TRANSLATE_NOOP("meetings", "excused"),
    "absent": QT_TRANSLATE_NOOP("meetings", "absent without excuse"),
}
ROLE = {
    "moderator": QT_TRANSLATE_NOOP("meetings", "moderator"),
    "co_moderator": QT_TRANSLATE_NOOP("meetings", "co-moderator"),
    "protocol_writer": QT_TRANSLATE_NOOP("meetings", "protocol writer"),
}


def label(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("meetings", text) if text else key


def status_label(status: str) -> str:
    return label(STATUS, status)


def format_label(fmt: str) -> str:
    return label(FORMAT, fmt)


def kind_label(kind: str) -> str:
    return label(AGENDA_KIND, kind)


def attendance_label(status: str) -> str:
    return label(ATTENDANCE, status)


def role_label(role: str) -> str:
    return label(ROLE, role)


def holiday_language() -> str:
    """The language for holiday names: the UI's (German or English)."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def state_name(code: str) -> str:
    name = FEDERAL_STATES.get(code)
    return QCoreApplication.translate("states", name) if name else code


def join_names(names: list[str]) -> str:
    """ "A, B and C" / "A, B und C"."""
    if len(names) <= 1:
        return "".join(names)
    return (
        QCoreApplication.translate("meetings", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def holiday_text(holiday: Holiday, all_states: tuple[str, ...] = ()) -> str:
    """ "Fronleichnam in Baden-Württemberg and Hesse" / "Tag der Deutschen Einheit
    (nationwide)"."""
    if holiday.nationwide:
        return QCoreApplication.translate("meetings", "%1 (nationwide)").replace("%1", holiday.name)
    states = [state_name(s) for s in holiday.states if s]
    if not states:
        return holiday.name
    return (
        QCoreApplication.translate("meetings", "%1 in %2")
        .replace("%1", holiday.name)
        .replace("%2", join_names(states))
    )


def absent_text(absent: Absent) -> str:
    """ "Sabine Groß: Urlaub" (with the role when they hold one)."""
    name = absent.name
    if absent.role:
        name = f"{name} ({role_label(absent.role)})"
    note = absent.note or QCoreApplication.translate("meetings", "absent")
    return f"{name}: {note}"


def candidate_summary(candidate: Candidate) -> str:
    n = len(candidate.absent)
    if n == 0:
        text = QCoreApplication.translate("meetings", "everyone can come")
    else:
        text = QCoreApplication.translate("meetings", "%n cannot come", "", n)
        if "(s)" in text:
            text = text.replace("(s)", "" if n == 1 else "s")
    if candidate.bridge_day:
        text += " · " + QCoreApplication.translate("meetings", "bridge day")
    return text


def distance_text(days: int) -> str:
    if days == 0:
        return QCoreApplication.translate("meetings", "on target")
    if days > 0:
        return QCoreApplication.translate("meetings", "%n day(s) after target", "", days).replace(
            "(s)", "" if days == 1 else "s"
        )
    before = -days  # a plain name: older lupdate skips calls whose count is an expression
    return QCoreApplication.translate("meetings", "%n day(s) before target", "", before).replace(
        "(s)", "" if before == 1 else "s"
    )


def skipped_text(skipped: Skipped) -> str:
    if skipped.reason == "holiday" and skipped.holiday is not None:
        return holiday_text(skipped.holiday)
    if skipped.reason == "absent":
        return "; ".join(absent_text(a) for a in skipped.absent)
    if skipped.reason == "meeting":
        return QCoreApplication.translate("meetings", "already a meeting: %1").replace(
            "%1", skipped.meeting
        )
    if skipped.reason == "busy":
        return QCoreApplication.translate(
            "meetings", "the moderator is in another meeting: %1"
        ).replace("%1", skipped.meeting)
    if skipped.reason == "time":
        return QCoreApplication.translate("meetings", "the clocks change that night")
    return skipped.reason


def weekday_name(iso: int, short: bool = True, locale: QLocale | None = None) -> str:
    loc = locale or QLocale()
    return loc.dayName(
        iso, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    )


def weekdays_text(days: tuple[int, ...], locale: QLocale | None = None) -> str:
    """ "Tue–Thu" for a run of days, else "Mon, Wed"."""
    days = tuple(sorted(days))
    if len(days) >= 3 and days == tuple(range(days[0], days[-1] + 1)):
        return f"{weekday_name(days[0], locale=locale)}–{weekday_name(days[-1], locale=locale)}"
    return ", ".join(weekday_name(d, locale=locale) for d in days)


def cadence_text(cadence: Cadence, locale: QLocale | None = None) -> str:
    """ "every 3 months, Tue–Thu, 14:00–16:00"."""
    n = cadence.interval
    if n == 1:
        every = (
            QCoreApplication.translate("meetings", "every week")
            if cadence.unit == "week"
            else QCoreApplication.translate("meetings", "every month")
        )
    elif cadence.unit == "week":
        every = QCoreApplication.translate("meetings", "every %n week(s)", "", n)
    else:
        every = QCoreApplication.translate("meetings", "every %n month(s)", "", n)
    every = every.replace("(s)", "s")
    end = (
        dt.datetime.combine(dt.date(2000, 1, 3), cadence.window_start)
        + dt.timedelta(minutes=cadence.minutes)
    ).time()
    return (
        f"{every}, {weekdays_text(cadence.weekdays, locale)}, "
        f"{cadence.window_start:%H:%M}–{end:%H:%M}"
    )


# --- "News from the sub-groups" ---------------------------------------------------------


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _report_meeting(m: ReportMeeting) -> list[str]:
    head = (
        QCoreApplication.translate("meetings", "• %1: %2")
        .replace("%1", date_with_weekday(local(m.start_at, m.tz).date()))
        .replace("%2", _one_line(m.title))
    )
    if not m.held:
        head += " " + QCoreApplication.translate("meetings", "(planned)")
    lines = [head]
    decision = QCoreApplication.translate("meetings", "Decision: %1")
    takeaway = QCoreApplication.translate("meetings", "Takeaway: %1")
    lines += ["   " + decision.replace("%1", _one_line(t)) for t in m.decisions]
    lines += ["   " + takeaway.replace("%1", _one_line(t)) for t in m.takeaways]
    return lines


def _report_group(g: SubGroupReport, since: str) -> list[str]:
    n = len(g.meetings)
    if n == 0:
        if since:
            text = QCoreApplication.translate("meetings", "%1: no meetings since the plenary on %2")
        else:
            text = QCoreApplication.translate("meetings", "%1: no meetings yet")
        return [text.replace("%1", g.name).replace("%2", since)]
    if since:
        text = QCoreApplication.translate(
            "meetings", "%1: %n meeting(s) since the plenary on %2", "", n
        )
    else:
        text = QCoreApplication.translate("meetings", "%1: %n meeting(s)", "", n)
    text = text.replace("(s)", "" if n == 1 else "s").replace("%1", g.name).replace("%2", since)
    lines = [text]
    for m in g.meetings:
        lines += _report_meeting(m)
    return lines


def group_report_title() -> str:
    return QCoreApplication.translate("meetings", "News from the sub-groups")


def group_report_text(report: GroupReport) -> tuple[str, str]:
    """The item's title and its text: one block per sub-group (a blank line between), a
    line per meeting (date, title), its decisions and takeaways indented below it.

    Sub-groups without meetings in the period get one line: the plenary learns that they
    were quiet rather than wondering whether they were forgotten. (Archived ones without
    meetings are not in the report at all.)"""
    since = date_short(local(report.since, report.since_tz).date()) if report.since else ""
    blocks = ["\n".join(_report_group(g, since)) for g in report.groups]
    if not blocks:
        blocks = [QCoreApplication.translate("meetings", "No sub-group met in this period.")]
    return group_report_title(), "\n\n".join(blocks)
