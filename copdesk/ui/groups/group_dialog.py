"""Create or edit a sub-group: name, purpose, cadence, weekdays, time window, duration,
the defaults of its new meetings (video tool, join link, whiteboard) and whether its
moderation rotates."""

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
from copdesk.ui.dialogs.organisation_dialog import VIDEO_LABELS, label
from copdesk.ui.i18n import plural
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
        self.interval.setAccessibleName(self.tr("Number of weeks or months"))
        self.unit = QComboBox()
        self.unit.addItem("", "week")
        self.unit.addItem("", "month")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.cadence_text = QLabel()
        self.cadence_text.setEnabled(False)  # grey: it repeats the choice as a sentence
        cadence = self.add_field(
            "cadence", self.tr("&Cadence"), _row(self.interval, self.unit, self.cadence_text)
        )
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

        self.video_tool = self.add_field("video_tool", self.tr("&Video tool"), QComboBox())
        for key in VIDEO_LABELS:
            self.video_tool.addItem(label(VIDEO_LABELS, key), str(key))
        self.join_url = self.add_field("join_url", self.tr("&Join link"), QLineEdit())
        self.join_url.setPlaceholderText("https://")
        self.join_url.setToolTip(
            self.tr("New meetings of the group take this link (else the host organisation's)")
        )
        self.whiteboard_url = self.add_field("whiteboard_url", self.tr("W&hiteboard"), QLineEdit())
        self.whiteboard_url.setPlaceholderText(self.tr("https:// (Miro, Conceptboard, …)"))
        self.rotates = self.add_field(
            "rotates_moderation",
            self.tr("Rotation"),
            QCheckBox(self.tr("&Moderation rotates (turns are suggested)")),
        )
        self._load(data)
        self.interval.valueChanged.connect(self._update_cadence)
        self.unit.currentIndexChanged.connect(self._update_cadence)
        self.join_url.textChanged.connect(lambda: self._check_link("join_url"))
        self.whiteboard_url.textChanged.connect(lambda: self._check_link("whiteboard_url"))
        self.name.textChanged.connect(self._check_name)
        self.name.setFocus()
        restored = settings is not None and settings.geometry(type(self).__name__) is not None
        if not restored:  # as tall as the fields need: no gaps around the purpose box
            hint = self.sizeHint()
            self.resize(max(hint.width(), 560), hint.height())

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
        self.video_tool.setCurrentIndex(max(self.video_tool.findData(data.video_tool), 0))
        self.join_url.setText(data.join_url)
        self.whiteboard_url.setText(data.whiteboard_url)
        self.rotates.setChecked(data.rotates_moderation)
        self._update_cadence()

    def _update_cadence(self) -> None:
        """Unit names and the sentence in the right plural form ("every month", "alle 2
        Wochen"): English from the source text, German from the catalogue."""
        n = self.interval.value()
        self.unit.setItemText(0, plural(self.tr("week(s)", "", n), n))
        self.unit.setItemText(1, plural(self.tr("month(s)", "", n), n))
        if self.unit.currentData() == "week":
            sentence = self.tr("meets every %n week(s)", "", n)
        else:
            sentence = self.tr("meets every %n month(s)", "", n)
        self.cadence_text.setText(plural(sentence, n))

    def _check_link(self, field: str) -> None:
        from copdesk.model.links import is_url  # deferred: first paint needs Core only

        link = getattr(self, field).text().strip()
        message = (
            self.tr("This is not a web link. Paste the join link; it starts with https://.")
            if field == "join_url"
            else self.tr(
                "This is not a web link. Copy the whiteboard's address; it starts with https://."
            )
        )
        self.set_error(field, message if link and not is_url(link) else None)

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
            video_tool=str(self.video_tool.currentData() or ""),
            join_url=self.join_url.text(),
            whiteboard_url=self.whiteboard_url.text(),
            rotates_moderation=self.rotates.isChecked(),
        )
