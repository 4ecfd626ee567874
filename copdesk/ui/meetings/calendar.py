"""A month calendar that marks meetings, public holidays and members' absences.

Each marker is a symbol *and* a colour (never colour alone): ● meeting, ★ public holiday,
✈ absences (with their number). ``CalendarView`` adds the selected day's entries in
words and a legend: the meetings page's calendar tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_with_weekday
from copdesk.formats.meeting_text import absent_text, status_label
from copdesk.model.meetings import Absent, CalendarEntry

MEETING = "●"
CANCELLED = "○"
HOLIDAY = "★"
ABSENCE = "✈"

MEETING_COLOUR = QColor("#1d5fb4")
HOLIDAY_COLOUR = QColor("#b42318")
ABSENCE_COLOUR = QColor("#8a5a00")


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class MeetingCalendar(QCalendarWidget):
    # the visible month changed: (first, last) day shown, a few days around the month
    range_changed = Signal(object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: dict[dt.date, list[CalendarEntry]] = {}
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setAccessibleName(self.tr("Meeting calendar"))
        self.currentPageChanged.connect(lambda *_: self.range_changed.emit(*self.shown_range()))

    def shown_range(self) -> tuple[dt.date, dt.date]:
        first = dt.date(self.yearShown(), self.monthShown(), 1)
        start = first - dt.timedelta(days=first.weekday() + 7)
        return start, start + dt.timedelta(days=7 * 7 - 1)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._entries = {}
        for entry in entries:
            self._entries.setdefault(entry.day, []).append(entry)
        self.updateCells()

    def entries_on(self, day: dt.date) -> list[CalendarEntry]:
        return list(self._entries.get(day, ()))

    def selected_day(self) -> dt.date:
        return to_date(self.selectedDate())

    def show_day(self, day: dt.date) -> None:
        self.setSelectedDate(to_qdate(day))

    def paintCell(self, painter, rect: QRect, date: QDate) -> None:
        super().paintCell(painter, rect, date)
        entries = self._entries.get(to_date(date))
        if not entries:
            return
        meetings = [e for e in entries if e.kind == "meeting"]
        holiday = any(e.kind == "holiday" for e in entries)
        absences = sum(1 for e in entries if e.kind == "absence")
        painter.save()
        font = QFont(painter.font())
        size = max(6.0, font.pointSizeF() * 0.8) if font.pointSizeF() > 0 else 7.0
        font.setPointSizeF(size)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        bottom = QRect(rect.left() + 2, rect.bottom() - line - 1, rect.width() - 4, line)
        selected = date == self.selectedDate()
        parts: list[tuple[str, QColor]] = []
        for m in meetings[:2]:
            parts.append((CANCELLED if m.status == "cancelled" else MEETING, MEETING_COLOUR))
        if holiday:
            parts.append((HOLIDAY, HOLIDAY_COLOUR))
        if absences:
            parts.append((f"{ABSENCE}{absences}", ABSENCE_COLOUR))
        x = bottom.left()
        for text, colour in parts:
            if selected:
                colour = self.palette().color(QPalette.ColorRole.HighlightedText)
            painter.setPen(colour)
            width = metrics.horizontalAdvance(text)
            if x + width > bottom.right() + 1:
                break
            painter.drawText(
                QRect(x, bottom.top(), width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width + 3
        # a big cell has room for the meeting's time and title above the markers
        if meetings and rect.height() >= 5 * line + 4 and rect.width() >= 70:
            m = meetings[0]
            text = f"{m.detail.split('–')[0]} {m.title}"
            title_rect = QRect(bottom.left(), bottom.top() - line, bottom.width(), line)
            painter.setPen(
                self.palette().color(QPalette.ColorRole.HighlightedText)
                if selected
                else MEETING_COLOUR
            )
            painter.drawText(
                title_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, title_rect.width()),
            )
        if meetings and not selected:
            painter.setPen(MEETING_COLOUR)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()


class CalendarView(QWidget):
    """The meetings page's calendar tab: the month, the selected day's entries in words
    and a legend. Strings are in the translation context ``MeetingsPage``."""

    day_meeting = Signal(int)  # the selected day has this meeting (the list follows)
    open_meeting = Signal(int)  # Enter or double-click on a meeting
    plan_on = Signal(object)  # Enter or double-click on a day without a meeting (dt.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = MeetingCalendar()
        self.calendar.selectionChanged.connect(self._day_changed)
        self.calendar.activated.connect(lambda _d: self._activated())
        parts = (
            (MEETING, QCoreApplication.translate("MeetingsPage", "meeting")),
            (CANCELLED, QCoreApplication.translate("MeetingsPage", "cancelled")),
            (HOLIDAY, QCoreApplication.translate("MeetingsPage", "public holiday")),
            (ABSENCE, QCoreApplication.translate("MeetingsPage", "absences (number)")),
        )
        legend = QLabel("   ".join(f"{mark}\u00a0{text}" for mark, text in parts))
        legend.setWordWrap(True)
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(
            QCoreApplication.translate("MeetingsPage", "On the selected day")
        )
        self.day_list.itemActivated.connect(self._item_activated)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(self.calendar, 3)
        day_side = QVBoxLayout()
        day_side.addWidget(self.day_list, 1)
        day_side.addWidget(legend)
        lay.addLayout(day_side, 2)
        for widget in (self.day_list, self.calendar, *self.calendar.findChildren(QTableView)):
            widget.installEventFilter(self)  # Delete there must not delete the meeting

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self.calendar.set_entries(entries)
        self.fill_day_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.key() == Qt.Key.Key_Delete
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def fill_day_list(self) -> None:
        day = self.calendar.selected_day()
        self.day_list.clear()
        head = QListWidgetItem(date_with_weekday(day))
        font = QFont(head.font())
        font.setBold(True)
        head.setFont(font)
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.day_list.addItem(head)
        entries = self.calendar.entries_on(day)
        for e in entries:
            item = QListWidgetItem(entry_text(e))
            item.setData(Qt.ItemDataRole.UserRole, e)
            self.day_list.addItem(item)
        if not entries:
            hint = QListWidgetItem(
                QCoreApplication.translate(
                    "MeetingsPage",
                    "Nothing planned. Enter or double-click the day to plan a meeting on it.",
                )
            )
            hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.day_list.addItem(hint)

    def _meetings_on_selected_day(self) -> list[CalendarEntry]:
        day = self.calendar.selected_day()
        return [e for e in self.calendar.entries_on(day) if e.kind == "meeting"]

    def _day_changed(self) -> None:
        self.fill_day_list()
        found = self._meetings_on_selected_day()
        if found and found[0].ref_id is not None:
            self.day_meeting.emit(found[0].ref_id)

    def _activated(self) -> None:
        found = self._meetings_on_selected_day()
        if found and found[0].ref_id is not None:
            self.open_meeting.emit(found[0].ref_id)
        else:
            self.plan_on.emit(self.calendar.selected_day())

    def _item_activated(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(entry, CalendarEntry) and entry.kind == "meeting" and entry.ref_id:
            self.open_meeting.emit(entry.ref_id)


def entry_text(e: CalendarEntry) -> str:
    """One entry of the day list in words."""
    if e.kind == "meeting":
        mark = CANCELLED if e.status == "cancelled" else MEETING
        return f"{mark} {e.detail} {e.title} ({status_label(e.status)})"
    if e.kind == "holiday":
        return f"{HOLIDAY} {e.title} ({e.detail.replace(',', ', ')})"
    return f"{ABSENCE} " + absent_text(Absent(e.ref_id or 0, e.title, e.detail))
