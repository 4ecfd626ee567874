"""Suggest dates: the best candidates near the cadence target, each with who cannot come
and why, and the days near the target that were left out (holidays, absences, meetings).

One click (or Enter) on a candidate plans the meeting. The cadence can be adjusted here
and saved for the group. The dialog never touches the database: the page passes a
``suggest`` callable (parameters → ``Suggestions``), a ``plan`` callable and, optionally,
``save_cadence``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QEvent, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_with_weekday, meeting_when
from copdesk.formats.meeting_text import (
    absent_text,
    cadence_text,
    candidate_summary,
    distance_text,
    join_names,
    skipped_text,
    state_name,
    weekday_name,
)
from copdesk.model.errors import UserError
from copdesk.model.meetings import Cadence, Candidate, PersonOption, Suggestions
from copdesk.ui.i18n import translate_error
from copdesk.ui.meetings.meeting_dialog import full_year

ROLE = Qt.ItemDataRole.UserRole


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class SuggestParams:
    """What the dialog asks the page to compute."""

    def __init__(
        self, cadence: Cadence, after: dt.date, count: int, moderator_id: int | None
    ) -> None:
        self.cadence, self.after, self.count, self.moderator_id = (
            cadence,
            after,
            count,
            moderator_id,
        )


class MeetingSuggestDialog(QDialog):
    def __init__(
        self,
        *,
        group_name: str,
        cadence: Cadence,
        people: Sequence[PersonOption],
        suggest: Callable[[SuggestParams], Suggestions],
        plan: Callable[[Candidate], int],
        save_cadence: Callable[[Cadence], None] | None = None,
        today: dt.date | None = None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest dates – %1").replace("%1", group_name))
        self._suggest, self._plan, self._save_cadence = suggest, plan, save_cadence
        self._settings = settings
        self._today = today or dt.date.today()
        self.result_suggestions: Suggestions | None = None
        self.planned: int | None = None  # the id of the meeting planned here
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)

        # --- parameters ----------------------------------------------------------------
        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setAccessibleName(self.tr("Interval"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("weeks"), "week")
        self.unit.addItem(self.tr("months"), "month")
        self.unit.setAccessibleName(self.tr("Unit"))
        every = QWidget()
        every_lay = QHBoxLayout(every)
        every_lay.setContentsMargins(0, 0, 0, 0)
        every_lay.addWidget(self.interval)
        every_lay.addWidget(self.unit)
        every_lay.addStretch(1)
        every.setFocusProxy(self.interval)

        self.days: dict[int, QCheckBox] = {}
        days = QWidget()
        days_lay = QHBoxLayout(days)
        days_lay.setContentsMargins(0, 0, 0, 0)
        for iso in range(1, 6):
            box = QCheckBox(weekday_name(iso))
            box.setAccessibleName(weekday_name(iso, short=False))
            self.days[iso] = box
            days_lay.addWidget(box)
        days_lay.addStretch(1)
        days.setFocusProxy(self.days[1])

        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 24 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        time_row = QWidget()
        time_lay = QHBoxLayout(time_row)
        time_lay.setContentsMargins(0, 0, 0, 0)
        time_lay.addWidget(self.start_time)
        time_lay.addWidget(self.minutes)
        time_lay.addStretch(1)
        time_row.setFocusProxy(self.start_time)

        self.after = full_year(QDateEdit())
        self.after.setCalendarPopup(True)
        self.after.setDate(_qdate(self._today))
        self.count = QSpinBox()
        self.count.setRange(1, 20)
        self.count.setValue(5)
        self.moderator = QComboBox()
        self.moderator.addItem(self.tr("(not decided yet)"), None)
        for p in people:
            self.moderator.addItem(p.name, p.id)
        self.moderator.setToolTip(
            self.tr("Days on which the moderator is away or in another meeting are left out")
        )
        after_row = QWidget()
        after_lay = QHBoxLayout(after_row)
        after_lay.setContentsMargins(0, 0, 0, 0)
        after_lay.addWidget(self.after)
        count_label = QLabel(self.tr("&Number:"))
        count_label.setBuddy(self.count)
        after_lay.addWidget(count_label)
        after_lay.addWidget(self.count)
        after_lay.addStretch(1)
        after_row.setFocusProxy(self.after)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(text: str, widget: QWidget) -> None:
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)

        row(self.tr("&Every"), every)
        row(self.tr("On &weekdays"), days)
        row(self.tr("&Start, length"), time_row)
        row(self.tr("&After"), after_row)
        row(self.tr("&Moderation"), self.moderator)

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Candidate date"), self.tr("Who cannot come")])
        self.tree.setAccessibleName(self.tr("Suggested dates"))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnWidth(0, 330)
        self.tree.itemActivated.connect(lambda *_: self.plan_current())
        self.tree.itemDoubleClicked.connect(lambda *_: self.plan_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.installEventFilter(self)
        list_label = QLabel(self.tr("&Candidates, best first (Enter plans the selected date):"))
        list_label.setBuddy(self.tree)

        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.plan_button = QPushButton(self.tr("&Plan this date"))
        self.plan_button.setDefault(True)
        self.plan_button.setAutoDefault(True)
        self.buttons.addButton(self.plan_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.plan_button.clicked.connect(self.plan_current)
        self.save_button = QPushButton(self.tr("Save as the group's ca&dence"))
        self.save_button.setToolTip(self.tr("Use these settings for this group from now on"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save_cadence)
        self.save_button.setVisible(save_cadence is not None)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton) and button is not self.plan_button:
                button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(list_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(self.buttons)

        self._load_cadence(cadence)
        for signal in (
            self.interval.valueChanged,
            self.unit.currentIndexChanged,
            self.start_time.timeChanged,
            self.minutes.valueChanged,
            self.after.dateChanged,
            self.count.valueChanged,
            self.moderator.currentIndexChanged,
        ):
            signal.connect(self._schedule)
        for box in self.days.values():
            box.toggled.connect(self._schedule)
        self.resize(860, 640)
        if settings is not None:
            geometry = settings.geometry(type(self).__name__)
            if geometry is not None:
                self.restoreGeometry(geometry)
        self.refresh()
        self.tree.setFocus()

    # --- parameters ------------------------------------------------------------------
    def _load_cadence(self, cadence: Cadence) -> None:
        self.interval.setValue(cadence.interval)
        self.unit.setCurrentIndex(max(0, self.unit.findData(cadence.unit)))
        for iso, box in self.days.items():
            box.setChecked(iso in cadence.weekdays)
        self.start_time.setTime(QTime(cadence.window_start.hour, cadence.window_start.minute))
        self.minutes.setValue(cadence.minutes)

    def cadence(self) -> Cadence:
        t = self.start_time.time()
        start = dt.time(t.hour(), t.minute())
        end = (
            dt.datetime.combine(self._today, start) + dt.timedelta(minutes=self.minutes.value())
        ).time()
        return Cadence(
            self.unit.currentData(),
            self.interval.value(),
            tuple(iso for iso, box in self.days.items() if box.isChecked()),
            start,
            end,
            self.minutes.value(),
        )

    def params(self) -> SuggestParams:
        d = self.after.date()
        return SuggestParams(
            self.cadence(),
            dt.date(d.year(), d.month(), d.day()),
            self.count.value(),
            self.moderator.currentData(),
        )

    def _schedule(self, *_args) -> None:
        self.save_button.setText(self.tr("Save as the group's ca&dence"))
        self._timer.start()

    # --- results ---------------------------------------------------------------------
    def refresh(self) -> None:
        self._timer.stop()
        self.tree.clear()
        self.skipped.setText("")
        if not any(box.isChecked() for box in self.days.values()):
            self.result_suggestions = None
            self.info.setText("⚠ " + self.tr("Choose at least one weekday."))
            self._update_buttons()
            return
        try:
            found = self._suggest(self.params())
        except UserError as exc:
            self.result_suggestions = None
            self.info.setText("⚠ " + translate_error(exc))
            self._update_buttons()
            return
        self.result_suggestions = found
        self.info.setText(self._info_text(found))
        for n, c in enumerate(found.candidates):
            when = meeting_when(c.start_at, c.end_at)
            top = QTreeWidgetItem([when, candidate_summary(c)])
            top.setData(0, ROLE, c)
            top.setToolTip(0, distance_text(c.distance))
            top.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"{n + 1}. {when}, {candidate_summary(c)}"
            )
            for a in c.absent:
                child = QTreeWidgetItem(["", absent_text(a)])
                child.setData(0, ROLE, c)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if found.candidates and first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No free date found."), ""]))
        if found.skipped:
            lines = [self.tr("Left out near the target:")]
            for s in found.skipped:
                lines.append(f"• {date_with_weekday(s.day)}: {skipped_text(s)}")
            self.skipped.setText("\n".join(lines))
        self._update_buttons()

    def _info_text(self, found: Suggestions) -> str:
        parts = [self.tr("Cadence: %1.").replace("%1", cadence_text(found.cadence))]
        if found.last_meeting:
            parts.append(
                self.tr("Target: %1 (after the last meeting on %2).")
                .replace("%1", date_with_weekday(found.target))
                .replace("%2", date_with_weekday(found.last_meeting))
            )
        else:
            parts.append(
                self.tr("Target: %1 (no earlier meeting).").replace(
                    "%1", date_with_weekday(found.target)
                )
            )
        if found.states:
            parts.append(
                self.tr("Public holidays avoided for: %1.").replace(
                    "%1", join_names([state_name(s) for s in found.states])
                )
            )
        text = " ".join(parts)
        if found.organisations_without_state:
            text += "\n⚠ " + self.tr(
                "No federal state set for %1: only nationwide holidays are checked there."
            ).replace("%1", join_names(list(found.organisations_without_state)))
        return text

    def current_candidate(self) -> Candidate | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        self.plan_button.setEnabled(self.current_candidate() is not None)
        self.save_button.setEnabled(any(b.isChecked() for b in self.days.values()))

    # --- actions ---------------------------------------------------------------------
    def plan_current(self) -> None:
        candidate = self.current_candidate()
        if candidate is None:
            return
        try:
            self.planned = self._plan(candidate)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), translate_error(exc))
            return
        self.accept()

    def save_cadence(self) -> None:
        if self._save_cadence is None:
            return
        try:
            self._save_cadence(self.cadence())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), translate_error(exc))
            return
        self.save_button.setText(self.tr("Cadence saved"))
        self.save_button.setEnabled(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.tree.setFocus()  # Up/Down choose, Enter plans

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.tree
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.plan_current()
            return True
        return super().eventFilter(obj, event)

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry(type(self).__name__, self.saveGeometry())
        super().done(result)
