"""Create or edit a sub-group: name, purpose, cadence, weekdays, time window, duration."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from copdesk.model.groups import GroupData
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.settings import Settings


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    lay = QHBoxLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        lay.addWidget(widget)
    lay.addStretch(1)
    return holder


class GroupDialog(FormDialog[GroupData]):
    def __init__(
        self,
        *,
        data: GroupData | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit group") if data else self.tr("New sub-group"))
        data = data or GroupData(name="")
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. Working Out Loud circle"))
        self.purpose = self.add_field("purpose", self.tr("&Purpose"), QPlainTextEdit())
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(64)
        self.purpose.setPlaceholderText(self.tr("What the group works on together"))

        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setAccessibleName(self.tr("Meets every"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("weeks"), "week")
        self.unit.addItem(self.tr("months"), "month")
        self.unit.setAccessibleName(self.tr("Unit"))
        cadence = self.add_field("cadence", self.tr("Meets &every"), _row(self.interval, self.unit))
        cadence.setFocusProxy(self.interval)

        locale = QLocale()
        self.weekdays: dict[int, QCheckBox] = {}
        for day in range(1, 8):
            box = QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day))
            self.weekdays[day] = box
        days = self.add_field("weekdays", self.tr("&Weekdays"), _row(*self.weekdays.values()))
        days.setFocusProxy(self.weekdays[1])

        self.window_start, self.window_end = QTimeEdit(), QTimeEdit()
        self.window_start.setAccessibleName(self.tr("Earliest start"))
        self.window_end.setAccessibleName(self.tr("Latest end"))
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat("HH:mm")
        window = self.add_field(
            "window",
            self.tr("&Time window"),
            _row(self.window_start, QLabel(self.tr("to")), self.window_end),
        )
        window.setFocusProxy(self.window_start)
        self.minutes = self.add_field("default_minutes", self.tr("&Duration"), QSpinBox())
        self.minutes.setRange(5, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self._load(data)
        self.name.textChanged.connect(self._check_name)
        self.name.setFocus()
        self.resize(max(self.width(), 520), self.height())

    def _load(self, data: GroupData) -> None:
        self.name.setText(data.name)
        self.purpose.setPlainText(data.purpose)
        self.interval.setValue(data.cadence_interval)
        self.unit.setCurrentIndex(max(self.unit.findData(data.cadence_unit), 0))
        for day, box in self.weekdays.items():
            box.setChecked(day in data.weekdays)
        self.window_start.setTime(QTime.fromString(data.window_start, "HH:mm"))
        self.window_end.setTime(QTime.fromString(data.window_end, "HH:mm"))
        self.minutes.setValue(data.default_minutes)

    def _check_name(self) -> None:
        self.set_error(
            "name", None if self.name.text().strip() else self.tr("Enter the group's name.")
        )

    def data(self) -> GroupData:
        return GroupData(
            name=self.name.text(),
            purpose=self.purpose.toPlainText(),
            cadence_unit=str(self.unit.currentData()),
            cadence_interval=self.interval.value(),
            weekdays=tuple(day for day, box in self.weekdays.items() if box.isChecked()),
            window_start=self.window_start.time().toString("HH:mm"),
            window_end=self.window_end.time().toString("HH:mm"),
            default_minutes=self.minutes.value(),
        )
