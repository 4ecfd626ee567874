"""Small input widgets the editors share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget


def four_digit_year_format() -> str:
    """The locale's short date format, but with a four-digit year (27.11.2026)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class OptionalDateEdit(QWidget):
    """A date that may be empty: a check box enables the date field."""

    changed = Signal()

    def __init__(self, label: str, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(four_digit_year_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class FieldMessage(QLabel):
    """An inline message under a field: an icon and a word, never colour alone."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#b42318")

    def show_warning(self, text: str) -> None:
        self._show(text, "#a15c07")

    def clear(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, colour: str) -> None:
        self.setText("⚠ " + text)
        self.setStyleSheet(f"color: {colour};")
        self.setAccessibleDescription(text)
        self.show()
