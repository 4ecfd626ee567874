"""Attendance of one meeting: each member's answer or presence, and guests.

Statuses: invited, accepted, tentative, declined, attended, excused (and absent without
excuse). Change one in place (type or F2 in the Status column), or select several rows and
set them at once. The editor never touches the database; the page sets the handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.meeting_text import attendance_label
from copdesk.model.meetings import AttendanceRow, AttendanceSheet, GuestData, GuestRow
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon
from copdesk.ui.meetings.agenda_table import compact_rows

NAME, STATUS, NOTE, ORG, AWAY = range(5)
STATUS_ORDER = ("invited", "accepted", "tentative", "declined", "attended", "excused", "absent")

ROOT = QModelIndex()  # the invisible root: rowCount()'s default parent


class AttendanceModel(QAbstractTableModel):
    edited = Signal(int, str, object)  # member id, new status, new note (None: unchanged)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AttendanceRow] = []
        self._headers = [
            self.tr("Member"),
            self.tr("Status"),
            self.tr("Note"),
            self.tr("Organisation"),
            self.tr("Declared absence"),
        ]

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 5 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                return row.name
            if col == STATUS:
                return attendance_label(row.status) if row.status else "–"
            if col == NOTE:
                return row.note
            if col == ORG:
                return row.organisation
            if col == AWAY:
                return (
                    f"✈ {row.absence}"
                    if row.absence and row.absence != "-"
                    else ("✈" if row.absence else "")
                )
        if role == Qt.ItemDataRole.EditRole:
            return {STATUS: row.status, NOTE: row.note}.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (NAME, AWAY) and row.absence:
            return self.tr("Declared an absence for this day: %1").replace(
                "%1", row.absence if row.absence != "-" else ""
            )
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and (
            index.column() == STATUS or (index.column() == NOTE and self.rows[index.row()].status)
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if index.column() == STATUS and value != row.status:
            self.edited.emit(row.member_id, value or "", None)
            return True
        if index.column() == NOTE and (value or "") != row.note:
            self.edited.emit(row.member_id, row.status, str(value or ""))
            return True
        return False


class _StatusDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key in ("",) + STATUS_ORDER:
            combo.addItem(attendance_label(key), key)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class GuestDialog(FormDialog):
    def __init__(self, data: GuestData | None = None, parent=None, settings=None) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit guest") if data else self.tr("New guest"))
        data = data or GuestData()
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit(data.name))
        self.organisation = self.add_field(
            "organisation", self.tr("&Organisation"), QLineEdit(data.organisation)
        )
        self.email = self.add_field("email", self.tr("&E-mail"), QLineEdit(data.email))
        self.attended = self.add_field(
            "attended", self.tr("Presence"), QCheckBox(self.tr("&Attended"))
        )
        self.attended.setChecked(data.attended)
        self.name.textChanged.connect(
            lambda t: self.set_error(
                "name", None if t.strip() else self.tr("Enter the guest's name.")
            )
        )
        self.name.setFocus()
        self.resize(max(self.width(), 420), self.height())

    def data(self) -> GuestData:
        return GuestData(
            self.name.text(), self.organisation.text(), self.email.text(), self.attended.isChecked()
        )


class AttendanceEditor(QWidget):
    def __init__(self, parent=None, settings=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._sheet: AttendanceSheet | None = None
        self._save: Callable[[dict[int, str], dict[int, str] | None], bool] = lambda _s, _n: False
        self._invite_all: Callable[[], bool] = lambda: False
        self._add_guest: Callable[[GuestData], None] = lambda _d: None
        self._update_guest: Callable[[int, GuestData], None] = lambda _i, _d: None
        self._remove_guest: Callable[[int], bool] = lambda _i: False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = AttendanceModel(self)
        self.model.edited.connect(self._on_edited)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.table.setItemDelegateForColumn(STATUS, _StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((NAME, 150), (STATUS, 110), (NOTE, 110), (ORG, 150)):
            self.table.setColumnWidth(col, width)

        self.status_box = QComboBox()
        for key in STATUS_ORDER:
            self.status_box.addItem(attendance_label(key), key)
        self.status_box.addItem(attendance_label(""), "")
        self.status_box.setAccessibleName(self.tr("Status for the selected members"))
        set_label = QLabel(self.tr("&Selected members:"))
        set_label.setBuddy(self.status_box)
        self.apply_button = QPushButton(self.tr("Appl&y"))
        self.apply_button.setToolTip(self.tr("Give every selected member this status"))
        self.apply_button.clicked.connect(self.apply_to_selected)
        self.invite_button = QPushButton(icon("invite"), self.tr("Mark all as &invited"))
        self.invite_button.setToolTip(
            self.tr("Every active member without an answer gets the status “invited”")
        )
        self.invite_button.clicked.connect(lambda: self._invite_all())
        row = QHBoxLayout()
        row.addWidget(set_label)
        row.addWidget(self.status_box)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.invite_button)

        self.guest_label = QLabel(self.tr("Guests"))
        self.guest_label.setStyleSheet("font-weight: bold;")
        self.guests = QTableView()
        self.guests.setAccessibleName(self.tr("Guests"))
        self.guest_model = _GuestModel(self)
        self.guests.setModel(self.guest_model)
        self.guests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guests.verticalHeader().hide()
        compact_rows(self.guests)
        self.guests.horizontalHeader().setStretchLastSection(True)
        self.guests.setTabKeyNavigation(False)
        self.guests.doubleClicked.connect(lambda _i: self.edit_guest())
        self.guests.activated.connect(lambda _i: self.edit_guest())
        self.add_guest_button = QPushButton(self.tr("Add &guest…"))
        self.add_guest_button.setToolTip(
            self.tr("A guest for this meeting only (name and organisation)")
        )
        self.add_guest_button.clicked.connect(self.add_guest)
        self.edit_guest_button = QPushButton(self.tr("Edi&t…"))
        self.edit_guest_button.setToolTip(self.tr("Edit the selected guest"))
        self.edit_guest_button.clicked.connect(self.edit_guest)
        self.remove_guest_button = QPushButton(self.tr("&Remove"))
        self.remove_guest_button.setToolTip(self.tr("Remove the selected guest"))
        self.remove_guest_button.clicked.connect(self.remove_guest)
        guest_buttons = QHBoxLayout()
        guest_buttons.setSpacing(4)
        for b in (self.add_guest_button, self.edit_guest_button, self.remove_guest_button):
            guest_buttons.addWidget(b)
        guest_buttons.addStretch(1)
        guest_side = QWidget()
        guest_lay = QVBoxLayout(guest_side)
        guest_lay.setContentsMargins(0, 0, 0, 0)
        guest_lay.addWidget(self.guest_label)
        guest_lay.addWidget(self.guests, 1)
        guest_lay.addLayout(guest_buttons)
        member_side = QWidget()
        member_lay = QVBoxLayout(member_side)
        member_lay.setContentsMargins(0, 0, 0, 0)
        member_lay.addLayout(top)
        member_lay.addWidget(self.table, 1)
        member_lay.addLayout(row)
        # members and guests side by side: the member list keeps the full height
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(member_side)
        self.split.addWidget(guest_side)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.setFocusProxy(self.table)
        # Delete here means "no answer" / "remove this guest", never the page's "delete meeting"
        self.table.installEventFilter(self)
        self.guests.installEventFilter(self)
        self.set_sheet(None)

    def eventFilter(self, obj, event) -> bool:
        if (
            obj in (self.table, self.guests)
            and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
            and obj.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                if obj is self.table:
                    ids = self.selected_members()
                    if ids:
                        self._save({i: "" for i in ids}, None)
                else:
                    self.remove_guest()
            return True
        return super().eventFilter(obj, event)

    def set_handlers(self, *, save, invite_all, add_guest, update_guest, remove_guest) -> None:
        """*save(statuses, notes)* → bool; *add_guest* / *update_guest* raise ``UserError``."""
        self._save, self._invite_all = save, invite_all
        self._add_guest, self._update_guest, self._remove_guest = (
            add_guest,
            update_guest,
            remove_guest,
        )

    def set_sheet(self, sheet: AttendanceSheet | None) -> None:
        same = (
            sheet is not None
            and self._sheet is not None
            and sheet.meeting_id == self._sheet.meeting_id
        )
        current = self.table.currentIndex()
        member = self.model.rows[current.row()].member_id if same and current.isValid() else None
        self._sheet = sheet
        self.model.set_rows(sheet.rows if sheet else [])
        self.guest_model.set_rows(sheet.guests if sheet else [])
        self.setEnabled(sheet is not None)
        if member is not None:
            for n, row in enumerate(self.model.rows):
                if row.member_id == member:
                    self.table.setCurrentIndex(self.model.index(n, current.column()))
                    break
        self._update_summary()
        self.edit_guest_button.setEnabled(bool(sheet and sheet.guests))
        self.remove_guest_button.setEnabled(bool(sheet and sheet.guests))

    def _update_summary(self) -> None:
        if self._sheet is None:
            self.summary.setText("")
            return
        counts = self._sheet.counts()
        parts = [f"{attendance_label(k)}: {counts[k]}" for k in STATUS_ORDER if counts.get(k)]
        if counts.get(""):
            parts.append(f"{attendance_label('')}: {counts['']}")
        guests = len(self._sheet.guests)
        if guests:
            parts.append(plural(self.tr("%n guest(s)", "", guests), guests))
        self.summary.setText(" · ".join(parts) if parts else self.tr("No members in this group."))

    # --- editing ---------------------------------------------------------------------
    def _on_edited(self, member_id: int, status: str, note) -> None:
        notes = None if note is None else {member_id: note}
        QTimer.singleShot(0, lambda: self._save({member_id: status}, notes))

    def selected_members(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[r].member_id for r in rows]

    def apply_to_selected(self) -> None:
        ids = self.selected_members()
        if ids:
            status = self.status_box.currentData()
            self._save({i: status for i in ids}, None)

    def _guest_row(self) -> GuestRow | None:
        index = self.guests.currentIndex()
        if not index.isValid() and self.guest_model.rows:
            return None
        return self.guest_model.rows[index.row()] if index.isValid() else None

    def add_guest(self) -> None:
        dialog = GuestDialog(parent=self, settings=self._settings)
        dialog.set_saver(self._add_guest)
        dialog.exec()

    def edit_guest(self) -> None:
        row = self._guest_row()
        if row is None:
            return
        dialog = GuestDialog(
            GuestData(row.name, row.organisation, row.email, row.attended),
            parent=self,
            settings=self._settings,
        )
        dialog.set_saver(lambda data: self._update_guest(row.id, data))
        dialog.exec()

    def remove_guest(self) -> None:
        row = self._guest_row()
        if row is not None:
            self._remove_guest(row.id)


class _GuestModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[GuestRow] = []
        self._headers = [
            self.tr("Guest"),
            self.tr("Organisation"),
            self.tr("E-mail"),
            self.tr("Attended"),
        ]

    def set_rows(self, rows: Sequence[GuestRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 4 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (
            row.name,
            row.organisation,
            row.email,
            self.tr("yes") if row.attended else self.tr("no"),
        )[index.column()]
