"""Create a series in one step, e.g. a Working Out Loud circle: weekly, 12 sessions of
60 minutes. A preview lists every date, computed in local time, with public holidays
marked; sessions on a holiday can be created as cancelled right away.

The dialog never touches the database: the page passes the lists, ``states_for`` (the
federal states whose holidays count for a group) and a ``save`` callable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from copdesk.formats.dates import date_with_weekday
from copdesk.formats.meeting_text import FORMAT, format_label, holiday_language
from copdesk.model.dto import GroupRow
from copdesk.model.meetings import HostOption, MeetingData, SeriesData, TemplateRow, plan_series
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.meetings.meeting_dialog import full_year


class SeriesDialog(FormDialog):
    def __init__(
        self,
        *,
        groups: Sequence[GroupRow],
        group_id: int,
        hosts: Sequence[HostOption],
        templates: Sequence[TemplateRow],
        states_for: Callable[[int], tuple[str, ...]],
        today: dt.date | None = None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("New series"))
        self._states_for = states_for
        self._hosts = {h.id: h for h in hosts}
        today = today or dt.date.today()

        self.group = self.add_field("group_id", self.tr("&Group"), QComboBox())
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.title = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. WOL circle spring 2026"))
        self.title.setToolTip(self.tr("Each session is called “title (n/count)”"))
        first = QWidget()
        lay = QHBoxLayout(first)
        lay.setContentsMargins(0, 0, 0, 0)
        self.date = full_year(QDateEdit())
        self.date.setCalendarPopup(True)
        start = today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7)  # next Tuesday
        self.date.setDate(QDate(start.year, start.month, start.day))
        self.date.setAccessibleName(self.tr("Date of the first session"))
        self.time = QTimeEdit(QTime(8, 30))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Start time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        lay.addWidget(self.date, 1)
        lay.addWidget(self.time)
        lay.addWidget(self.minutes)
        first.setFocusProxy(self.date)
        self.add_field("start", self.tr("&First session"), first)
        rhythm = QWidget()
        lay = QHBoxLayout(rhythm)
        lay.setContentsMargins(0, 0, 0, 0)
        self.interval = QSpinBox()
        self.interval.setRange(1, 8)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" week(s)"))
        self.interval.setAccessibleName(self.tr("Weeks between sessions"))
        self.count = QSpinBox()
        self.count.setRange(1, 52)
        self.count.setValue(12)
        self.count.setSuffix(self.tr(" sessions"))
        self.count.setAccessibleName(self.tr("Number of sessions"))
        lay.addWidget(self.interval, 1)
        lay.addWidget(self.count, 1)
        rhythm.setFocusProxy(self.interval)
        self.add_field("interval", self.tr("&Rhythm"), rhythm)
        self.format = self.add_field("format", self.tr("F&ormat"), QComboBox())
        for key in FORMAT:
            self.format.addItem(format_label(key), key)
        self.host = self.add_field("host_org_id", self.tr("&Host organisation"), QComboBox())
        self.host.addItem(self.tr("(none)"), None)
        for h in hosts:
            self.host.addItem(h.name, h.id)
        self.host.setToolTip(self.tr("Its video tool and join details are used for every session"))
        self.template = self.add_field("template", self.tr("&Agenda"), QComboBox())
        self.template.addItem(self.tr("(no agenda)"), None)
        for t in templates:
            self.template.addItem(
                self.tr("%1 (%2 min)").replace("%1", t.name).replace("%2", str(t.total_minutes)),
                t.id,
            )
        lernos = next((t for t in templates if t.builtin and t.total_minutes == 60), None)
        if lernos is not None:
            self.template.setCurrentIndex(self.template.findData(lernos.id))
        self.cancel_holidays = self.add_field(
            "holidays",
            self.tr("Public holidays"),
            QCheckBox(self.tr("Create sessions on a public holiday as &cancelled")),
        )
        self.cancel_holidays.setChecked(True)
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Dates of the series"))
        self.preview.setMinimumHeight(150)
        self.add_field("preview", self.tr("Dates"), self.preview)
        self.summary = QLabel()
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.summary)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for signal in (
            self.group.currentIndexChanged,
            self.date.dateChanged,
            self.time.timeChanged,
            self.minutes.valueChanged,
            self.interval.valueChanged,
            self.count.valueChanged,
            self.cancel_holidays.toggled,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.title.textChanged.connect(
            lambda t: self.set_error(
                "title", None if t.strip() else self.tr("Enter a title for the series.")
            )
        )
        self.update_preview()
        self.title.setFocus()
        self.resize(max(self.width(), 600), self.height())

    def start(self) -> dt.datetime:
        d, t = self.date.date(), self.time.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def data(self) -> SeriesData:
        host = self._hosts.get(self.host.currentData())
        first = MeetingData(
            group_id=self.group.currentData(),
            title=self.title.text(),
            start=self.start(),
            minutes=self.minutes.value(),
            format=self.format.currentData(),
            host_org_id=host.id if host else None,
        )
        if host is not None and first.format != "in_person":
            first = replace(
                first,
                video_tool=host.video_tool,
                join_url=host.video_link,
                meeting_code=host.meeting_code,
                passcode=host.passcode,
                dialin=host.video_dialin,
            )
        return SeriesData(
            first=first,
            interval=self.interval.value(),
            count=self.count.value(),
            template_id=self.template.currentData(),
            cancel_on_holidays=self.cancel_holidays.isChecked(),
            holiday_states=self._states_for(self.group.currentData()),
        )

    def update_preview(self) -> None:
        self._timer.stop()
        data = self.data()
        sessions = plan_series(data, language=holiday_language())
        self.preview.clear()
        holidays = 0
        problems = 0
        for s in sessions:
            text = (
                self.tr("%1. %2, %3")
                .replace("%1", str(s.index + 1))
                .replace("%2", date_with_weekday(s.start.date()))
                .replace("%3", f"{s.start:%H:%M}")
            )
            if s.holiday:
                holidays += 1
                note = (
                    self.tr("cancelled: %1")
                    if data.cancel_on_holidays
                    else self.tr("public holiday: %1")
                ).replace("%1", s.holiday)
                text += f" — ⚠ {note}"
            if s.problem:
                problems += 1
                text += " — ⚠ " + self.tr("the clocks change at this time")
            self.preview.addItem(text)
        self.set_error(
            "start",
            self.tr(
                "A session falls on a time that does not exist or "
                "exists twice (clock change). Choose another time."
            )
            if problems
            else None,
        )
        summary = self.tr("%n session(s)", "", len(sessions))
        summary = summary.replace("(s)", "" if len(sessions) == 1 else "s")
        if holidays:
            summary += " · ⚠ " + self.tr("%n on a public holiday", "", holidays)
        self.summary.setText(summary)
