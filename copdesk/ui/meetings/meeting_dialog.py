"""Plan or edit one meeting: when, how, who — with inline checks.

Errors (block OK): no title, a local time that does not exist or exists twice on a DST
change day, an end before the start, a join link that is not a web link.
Warnings (do not block): a date in the past for a new meeting, another meeting of the
group or of the moderator at the same time, a public holiday in a member state, a role
holder who declared an absence that day.

Choosing the host organisation fills in its video tool, join link, meeting id, passcode
and dial-in, unless they were typed by hand or come from the group's own defaults (a new
meeting starts with them: ``meetings.with_group_defaults``). The dialog never touches the database: the
page passes the lists, a ``check`` callable for the warnings and a ``save`` callable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QLocale, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from copdesk.formats.meeting_text import (
    FORMAT,
    STATUS,
    absent_text,
    format_label,
    holiday_text,
    status_label,
)
from copdesk.model.dto import GroupRow
from copdesk.model.meetings import (
    DEFAULT_TZ,
    HostOption,
    MeetingChecks,
    MeetingData,
    PersonOption,
    is_url,
    local_time_problem,
)
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.dialogs.organisation_dialog import VIDEO_LABELS, label

VIDEO_FIELDS = (
    ("video_tool", "video_tool"),
    ("join_url", "video_link"),
    ("meeting_code", "meeting_code"),
    ("passcode", "passcode"),
    ("dialin", "video_dialin"),
)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def full_year(edit: QDateEdit, weekday: bool = False) -> QDateEdit:
    """Show the locale's short date with a four-digit year (27.11.2026, not 27.11.26),
    optionally after the weekday ("Fr, 27.11.2026")."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    edit.setDisplayFormat(f"ddd, {fmt}" if weekday else fmt)
    return edit


class MeetingDialog(FormDialog):
    def __init__(
        self,
        *,
        groups: Sequence[GroupRow],
        hosts: Sequence[HostOption],
        people_for: Callable[[int, Sequence[int]], Sequence[PersonOption]],
        data: MeetingData,
        is_new: bool,
        check: Callable[[MeetingData], MeetingChecks] | None = None,
        today: dt.date | None = None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("New meeting") if is_new else self.tr("Edit meeting"))
        self._is_new = is_new
        self._check = check
        self._people_for = people_for
        self._today = today or dt.date.today()
        self._hosts = {h.id: h for h in hosts}
        self._host_id = data.host_org_id
        self.checks = MeetingChecks()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(200)
        self._check_timer.timeout.connect(self.refresh_checks)

        # two columns: when and who on the left, where and how on the right
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.main_layout.insertLayout(1, columns)

        self.form = left
        self.group = self.add_field("group_id", self.tr("&Group"), QComboBox())
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.title = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. CoP meeting Q3/2026"))
        when = QWidget()
        when_lay = QHBoxLayout(when)
        when_lay.setContentsMargins(0, 0, 0, 0)
        self.date = full_year(QDateEdit(), weekday=True)
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date"))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Start time"))
        when_lay.addWidget(self.date, 1)
        when_lay.addWidget(self.time)
        when.setFocusProxy(self.date)
        self.add_field("start", self.tr("&Date, time"), when)
        length = QWidget()
        length_lay = QHBoxLayout(length)
        length_lay.setContentsMargins(0, 0, 0, 0)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        until = QLabel(self.tr("&ends at"))
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("End time"))
        until.setBuddy(self.end)
        length_lay.addWidget(self.minutes, 1)
        length_lay.addWidget(until)
        length_lay.addWidget(self.end)
        length.setFocusProxy(self.minutes)
        self.add_field("minutes", self.tr("&Length"), length)
        self.format = self.add_field("format", self.tr("&Format"), QComboBox())
        for key in FORMAT:
            self.format.addItem(format_label(key), key)
        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        for key in STATUS:
            self.status.addItem(status_label(key), key)
        self.moderator = self.add_field("moderator_id", self.tr("&Moderation"), QComboBox())
        self.co_moderator = self.add_field(
            "co_moderator_id", self.tr("&Co-moderation"), QComboBox()
        )
        self.protocol_writer = self.add_field(
            "protocol_writer_id", self.tr("&Protocol writer"), QComboBox()
        )

        self.form = right
        self.host = self.add_field("host_org_id", self.tr("&Host organisation"), QComboBox())
        self.host.addItem(self.tr("(none)"), None)
        for h in hosts:
            self.host.addItem(h.name, h.id)
        self.host.setToolTip(self.tr("Its video tool and join details are filled in"))
        self.video_tool = self.add_field("video_tool", self.tr("&Video tool"), QComboBox())
        for key in VIDEO_LABELS:
            self.video_tool.addItem(label(VIDEO_LABELS, key), str(key))
        self.join_url = self.add_field("join_url", self.tr("&Join link"), QLineEdit())
        self.join_url.setPlaceholderText("https://")
        self.meeting_code = self.add_field("meeting_code", self.tr("Meeting &ID"), QLineEdit())
        self.passcode = self.add_field("passcode", self.tr("Passc&ode"), QLineEdit())
        self.dialin = self.add_field("dialin", self.tr("Di&al-in"), QPlainTextEdit())
        self.place = self.add_field("place", self.tr("Place / &room"), QPlainTextEdit())
        self.place.setPlaceholderText(self.tr("Address and room, for meetings in person"))
        self.whiteboard_url = self.add_field("whiteboard_url", self.tr("&Whiteboard"), QLineEdit())
        self.whiteboard_url.setPlaceholderText(self.tr("https:// (Miro, Conceptboard, …)"))
        self.notes = self.add_field("notes", self.tr("&Notes"), QPlainTextEdit())
        for widget, height in ((self.dialin, 52), (self.place, 52), (self.notes, 64)):
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(height)

        self._load(data)
        self.title.textChanged.connect(self._check_title)
        self.join_url.textChanged.connect(self._check_link)
        self.whiteboard_url.textChanged.connect(self._check_whiteboard)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.host.currentIndexChanged.connect(self._host_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.date.dateChanged.connect(self._time_changed)
        self.time.timeChanged.connect(self._time_changed)
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.end.timeChanged.connect(self._end_changed)
        for combo in (self.moderator, self.co_moderator, self.protocol_writer):
            combo.currentIndexChanged.connect(self._schedule_check)
        self._time_changed()
        self.title.setFocus()
        self.title.selectAll()
        self.resize(max(self.width(), 900), self.height())
        self.refresh_checks()

    # --- loading ---------------------------------------------------------------------
    def _fill_people(self, group_id: int, keep: dict[QComboBox, int | None]) -> None:
        people = list(self._people_for(group_id, [v for v in keep.values() if v is not None]))
        known = {p.id for p in people}
        for combo, wanted in keep.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(nobody)"), None)
            for p in people:
                text = f"{p.name} ({p.organisation})" if p.organisation else p.name
                if not p.active:
                    text = self.tr("%1 – inactive").replace("%1", text)
                combo.addItem(text, p.id)
            if wanted is not None and wanted not in known:
                combo.addItem(self.tr("(member #%1)").replace("%1", str(wanted)), wanted)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)

    def _load(self, data: MeetingData) -> None:
        self.group.setCurrentIndex(max(0, self.group.findData(data.group_id)))
        self.title.setText(data.title)
        start = data.start or dt.datetime.combine(
            self._today + dt.timedelta(days=14), dt.time(14, 0)
        )
        self.date.setDate(_qdate(start.date()))
        self.time.setTime(QTime(start.hour, start.minute))
        self.minutes.setValue(max(5, data.minutes))
        self.format.setCurrentIndex(max(0, self.format.findData(data.format)))
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self._fill_people(
            data.group_id,
            {
                self.moderator: data.moderator_id,
                self.co_moderator: data.co_moderator_id,
                self.protocol_writer: data.protocol_writer_id,
            },
        )
        self.host.blockSignals(True)
        self.host.setCurrentIndex(max(0, self.host.findData(data.host_org_id)))
        self.host.blockSignals(False)
        self.video_tool.setCurrentIndex(max(0, self.video_tool.findData(data.video_tool)))
        self.join_url.setText(data.join_url)
        self.meeting_code.setText(data.meeting_code)
        self.passcode.setText(data.passcode)
        self.dialin.setPlainText(data.dialin)
        self.place.setPlainText(data.place)
        self.whiteboard_url.setText(data.whiteboard_url)
        self.notes.setPlainText(data.notes)
        self._tz = data.tz or DEFAULT_TZ
        self._format_changed()

    # --- reactions -------------------------------------------------------------------
    def _group_changed(self) -> None:
        keep = {
            c: c.currentData() for c in (self.moderator, self.co_moderator, self.protocol_writer)
        }
        self._fill_people(self.group.currentData(), keep)
        self._schedule_check()

    def _host_changed(self) -> None:
        """Fill in the new host's video details where the fields are empty or still hold
        the previous host's defaults (never over what was typed by hand)."""
        old = None if self._host_id is None else self._hosts.get(self._host_id)
        new = self._hosts.get(self.host.currentData())
        self._host_id = self.host.currentData()
        if new is None:
            self._schedule_check()
            return
        link = self._value("join_url")
        own_link = bool(link) and link != (old.video_link if old else "")  # typed, or the group's
        for field, attr in VIDEO_FIELDS:
            current = self._value(field)
            previous = getattr(old, attr) if old else ""
            tool_follows = field == "video_tool" and not old and not own_link
            if not current or current == previous or tool_follows:
                self._set_value(field, getattr(new, attr))
        self._schedule_check()

    def _value(self, field: str) -> str:
        widget = getattr(self, field)
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return widget.text().strip()

    def _set_value(self, field: str, value: str) -> None:
        widget = getattr(self, field)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            widget.setText(value)

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        online = fmt in ("online", "hybrid")
        self.place.setEnabled(fmt in ("in_person", "hybrid"))
        for widget in (
            self.video_tool,
            self.join_url,
            self.meeting_code,
            self.passcode,
            self.dialin,
        ):
            widget.setEnabled(online)

    def start(self) -> dt.datetime:
        d, t = self.date.date(), self.time.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _time_changed(self) -> None:
        start = self.start()
        problem = local_time_problem(start, self._tz)
        if problem == "gap":
            self.set_error(
                "start",
                self.tr(
                    "This time does not exist on this day: the clocks jump from 02:00 to 03:00 "
                    "(summer time begins). Choose another time."
                ),
            )
        elif problem == "fold":
            self.set_error(
                "start",
                self.tr(
                    "This time exists twice on this day: the clocks go back from 03:00 to 02:00 "
                    "(summer time ends). Choose another time."
                ),
            )
        else:
            self.set_error("start", None)
        self._minutes_changed()
        self._schedule_check()

    def _minutes_changed(self) -> None:
        end = self.start() + dt.timedelta(minutes=self.minutes.value())
        self.end.blockSignals(True)
        self.end.setTime(QTime(end.hour, end.minute))
        self.end.blockSignals(False)
        self.set_error("minutes", None)
        self._schedule_check()

    def _end_changed(self) -> None:
        start = self.start()
        t = self.end.time()
        end = dt.datetime.combine(start.date(), dt.time(t.hour(), t.minute()))
        if end <= start:
            self.set_error("minutes", self.tr("The meeting must end after it starts."))
            return
        self.minutes.blockSignals(True)
        self.minutes.setValue(int((end - start).total_seconds() // 60))
        self.minutes.blockSignals(False)
        self.set_error("minutes", None)
        self._schedule_check()

    def _check_title(self) -> None:
        self.set_error(
            "title",
            None if self.title.text().strip() else self.tr("Enter a title for the meeting."),
        )

    def _check_link(self) -> None:
        link = self.join_url.text().strip()
        self.set_error(
            "join_url",
            self.tr(
                "This is not a web link. Paste the join link from the video tool's invitation; "
                "it starts with https://."
            )
            if link and not is_url(link)
            else None,
        )

    def _check_whiteboard(self) -> None:
        link = self.whiteboard_url.text().strip()
        self.set_error(
            "whiteboard_url",
            self.tr(
                "This is not a web link. Copy the whiteboard's address; it starts with https://."
            )
            if link and not is_url(link)
            else None,
        )

    def _schedule_check(self, *_args) -> None:
        self._check_timer.start()

    def refresh_checks(self) -> None:
        """Show the warnings for the current input (conflicts, holidays, absences)."""
        self._check_timer.stop()
        checks = MeetingChecks()
        if self._check is not None and "start" not in self._errors:
            checks = self._check(self.data())
        self.checks = checks
        lines = []
        if self._is_new and self.start().date() < self._today:
            lines.append(self.tr("This date is in the past."))
        for c in checks.conflicts:
            if c.kind == "group":
                lines.append(
                    self.tr("Overlaps with “%1” of the same group.").replace("%1", c.other_title)
                )
            else:
                lines.append(
                    self.tr("%1 also moderates “%2” at this time.")
                    .replace("%1", c.member)
                    .replace("%2", c.other_title)
                )
        for h in checks.holidays:
            lines.append(self.tr("Public holiday: %1").replace("%1", holiday_text(h)))
        self.set_warning("start", "\n⚠ ".join(lines) if lines else None)
        for field, role in (
            ("moderator_id", "moderator"),
            ("co_moderator_id", "co_moderator"),
            ("protocol_writer_id", "protocol_writer"),
        ):
            away = [a for a in checks.absent if a.role == role]
            self.set_warning(
                field,
                self.tr("Absent that day: %1").replace(
                    "%1", absent_text(away[0]).split(": ", 1)[-1]
                )
                if away
                else None,
            )

    # --- result ----------------------------------------------------------------------
    def data(self) -> MeetingData:
        return MeetingData(
            group_id=self.group.currentData(),
            title=self.title.text(),
            start=self.start(),
            minutes=self.minutes.value(),
            tz=self._tz,
            format=self.format.currentData(),
            host_org_id=self.host.currentData(),
            video_tool=self.video_tool.currentData(),
            join_url=self.join_url.text(),
            meeting_code=self.meeting_code.text(),
            passcode=self.passcode.text(),
            dialin=self.dialin.toPlainText(),
            place=self.place.toPlainText(),
            whiteboard_url=self.whiteboard_url.text(),
            moderator_id=self.moderator.currentData(),
            co_moderator_id=self.co_moderator.currentData(),
            protocol_writer_id=self.protocol_writer.currentData(),
            status=self.status.currentData(),
            notes=self.notes.toPlainText(),
        )
