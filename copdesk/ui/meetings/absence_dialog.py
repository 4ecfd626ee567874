"""A member's absences (holiday, training, parental leave …): date ranges with a note.

Opened from the members page (action "Absences…"). Date suggestions avoid these days
and the meetings calendar shows them. The dialog never touches the database: the list
goes to the ``save`` callable on OK, as one undoable change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from copdesk.formats.dates import date_with_weekday
from copdesk.model import meetings
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.meetings import AbsenceData, AbsenceRow
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import icon
from copdesk.ui.meetings.meeting_dialog import full_year
from copdesk.ui.widgets.fields import FieldMessage


def _q(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _d(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class AbsenceDialog(QDialog):
    def __init__(
        self,
        *,
        member_name: str,
        absences: Sequence[AbsenceRow],
        today: dt.date | None = None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Absences – %1").replace("%1", member_name))
        self._settings = settings
        self._today = today or dt.date.today()
        self._save: Callable[[list[AbsenceData]], None] | None = None
        self._items: list[AbsenceData] = [
            AbsenceData(a.start_on, a.end_on, a.note, a.id) for a in absences
        ]
        self._loading = False

        intro = QLabel(
            self.tr(
                "Days on which %1 cannot come. Date suggestions avoid them; "
                "the meetings calendar shows them."
            ).replace("%1", member_name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Absences"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())

        self.add_button = QPushButton(icon("new"), self.tr("&Add absence"))
        self.add_button.clicked.connect(self.add_absence)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_absence)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        self.start = full_year(QDateEdit())
        self.start.setCalendarPopup(True)
        self.end = full_year(QDateEdit())
        self.end.setCalendarPopup(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Urlaub, Fortbildung, Elternzeit"))
        self.note.setMaxLength(200)
        self.message = FieldMessage()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&First day"), self.start),
            (self.tr("&Last day"), self.end),
            (self.tr("&Note"), self.note),
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow(self.message)
        self.start.dateChanged.connect(self._edited)
        self.end.dateChanged.connect(self._edited)
        self.note.textEdited.connect(self._edited)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill_table()
        if self._items:
            self.table.setCurrentCell(len(self._items) - 1, 0)
        self._show_current()
        self.resize(560, 460)
        if settings is not None:
            geometry = settings.geometry(type(self).__name__)
            if geometry is not None:
                self.restoreGeometry(geometry)

    # --- the list ----------------------------------------------------------------------
    def items(self) -> list[AbsenceData]:
        return list(self._items)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._items))
        for n, item in enumerate(self._items):
            self._fill_row(n, item)

    def _fill_row(self, n: int, item: AbsenceData) -> None:
        bad = item.end_on < item.start_on
        cells = (
            date_with_weekday(item.start_on),
            ("⚠ " if bad else "") + date_with_weekday(item.end_on),
            item.note,
        )
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(n, col, cell)

    def _row(self) -> int:
        return self.table.currentRow()

    def _show_current(self) -> None:
        row = self._row()
        has = 0 <= row < len(self._items)
        for w in (self.start, self.end, self.note, self.remove_button):
            w.setEnabled(has)
        self._loading = True
        if has:
            item = self._items[row]
            self.start.setDate(_q(item.start_on))
            self.end.setDate(_q(item.end_on))
            self.note.setText(item.note)
        else:
            self.note.clear()
        self._loading = False
        self._validate()

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        row = self._row()
        if not 0 <= row < len(self._items):
            return
        item = AbsenceData(
            _d(self.start.date()), _d(self.end.date()), self.note.text(), self._items[row].id
        )
        self._items[row] = item
        self._fill_row(row, item)
        self._validate()

    def _validate(self) -> bool:
        bad = [n for n, i in enumerate(self._items) if i.end_on < i.start_on]
        if bad:
            self.message.show_error(
                self.tr("The last day is before the first day (row %1).").replace(
                    "%1", str(bad[0] + 1)
                )
            )
        else:
            self.message.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)
        return not bad

    def add_absence(self) -> None:
        start = self._today
        self._items.append(AbsenceData(start, start + dt.timedelta(days=6), ""))
        self.table.setRowCount(len(self._items))
        self._fill_row(len(self._items) - 1, self._items[-1])
        self.table.setCurrentCell(len(self._items) - 1, 0)
        self._show_current()
        self.start.setFocus()

    def remove_absence(self) -> None:
        row = self._row()
        if 0 <= row < len(self._items):
            del self._items[row]
            self.table.removeRow(row)
            self.table.setCurrentCell(min(row, len(self._items) - 1), 0)
            self._show_current()

    # --- saving ------------------------------------------------------------------------
    def set_saver(self, save: Callable[[list[AbsenceData]], None]) -> None:
        self._save = save

    def _on_ok(self) -> None:
        if not self._validate():
            return
        try:
            if self._save is not None:
                self._save(self.items())
        except ValidationError as exc:
            self.message.show_error(translate_error(exc))
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), translate_error(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry(type(self).__name__, self.saveGeometry())
        super().done(result)


def add_absences_action(page) -> QAction:
    """Give the members page its "Absences…" action (enabled when a member is selected)."""

    def open_dialog() -> None:
        row = page.current()
        if row is None:
            return
        try:
            current = page.ctx.commands.read(meetings.list_absences, row.id)
        except UserError as exc:
            page.show_error(exc)
            return
        dialog = AbsenceDialog(
            member_name=row.name, absences=current, parent=page, settings=page.ctx.settings
        )
        dialog.set_saver(
            lambda items: page.ctx.commands.run(
                QCoreApplication.translate("AbsenceDialog", "Edit absences of %1").replace(
                    "%1", row.name
                ),
                meetings.replace_absences,
                row.id,
                items,
            )
        )
        dialog.exec()
        page.table.setFocus()

    action = page.make_action(
        QCoreApplication.translate("AbsenceDialog", "A&bsences…"),
        "calendar-add",
        open_dialog,
        "Ctrl+Shift+A",
        QCoreApplication.translate(
            "AbsenceDialog", "Holidays and other absences of the selected member (Ctrl+Shift+A)"
        ),
    )
    action.setPriority(QAction.Priority.LowPriority)  # icon only in the (full) toolbar
    action.setEnabled(page.current() is not None)
    page.table.selectionModel().currentRowChanged.connect(
        lambda *_: action.setEnabled(page.current() is not None)
    )
    page.model.modelReset.connect(lambda: action.setEnabled(page.current() is not None))
    return action
