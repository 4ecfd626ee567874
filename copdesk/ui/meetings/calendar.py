"""A month calendar that marks meetings, public holidays and members' absences.

Each marker is a symbol *and* a colour (never colour alone): ● meeting, ★ public holiday,
✈ absences (with their number). The page lists the selected day's entries in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QCalendarWidget

from copdesk.model.meetings import CalendarEntry

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
