"""The agenda's table: the model over the items (computed start times, the item that runs
over marked), the delegates for kind, presenter and minutes, and the view with its
keyboard commands and drag and drop; and the field for an item's text below its title.
``AgendaEditor`` puts them on the page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
)

from copdesk.formats.dates import local, time_short
from copdesk.formats.meeting_text import kind_label
from copdesk.model.meetings import (
    MAX_ITEM_MINUTES,
    AgendaItemData,
    start_times,
)

START, KIND, TITLE, MINUTES, PRESENTER = range(5)
WARN = "#a15c07"

ROOT = QModelIndex()  # the invisible root: rowCount()'s default parent


def compact_rows(table: QTableView) -> None:
    """Rows as high as the text needs (the style's default is roomier than lists need)."""
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(table.fontMetrics().height() + 10)


class AgendaModel(QAbstractTableModel):
    """The items as the editor shows them; edits are emitted, not applied here."""

    edited = Signal(object, int, int)  # new item list, row and column to keep current

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItemData] = []
        self.start: dt.datetime | None = None
        self.meeting_minutes = 0
        self.tz = "Europe/Berlin"
        self.people: dict[int, str] = {}
        self._headers = [
            self.tr("Start"),
            self.tr("Kind"),
            self.tr("Title"),
            self.tr("Minutes"),
            self.tr("Presenter"),
        ]

    def set_items(
        self,
        items: Sequence[AgendaItemData],
        start: dt.datetime | None,
        meeting_minutes: int,
        tz: str,
        people: dict[int, str],
    ) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.start, self.meeting_minutes, self.tz = start, meeting_minutes, tz
        self.people = dict(people)
        self.endResetModel()

    def starts(self) -> list[dt.datetime]:
        if self.start is None:
            return []
        return start_times(self.start, [i.minutes for i in self.items])

    def total(self) -> int:
        return sum(i.minutes for i in self.items)

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def _runs_over(self, row: int) -> bool:
        before = sum(i.minutes for i in self.items[: row + 1])
        return bool(self.meeting_minutes) and before > self.meeting_minutes

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == START:
                starts = self.starts()
                if not starts:
                    return ""
                text = time_short(local(starts[index.row()], self.tz).time())
                return f"⚠ {text}" if self._runs_over(index.row()) else text
            if col == KIND:
                return kind_label(item.kind)
            if col == TITLE:
                return item.title
            if col == MINUTES:
                return str(item.minutes)
            if col == PRESENTER:
                return self.people.get(item.presenter_id, "") if item.presenter_id else ""
        if role == Qt.ItemDataRole.EditRole:
            return {
                KIND: item.kind,
                TITLE: item.title,
                MINUTES: item.minutes,
                PRESENTER: item.presenter_id,
            }.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (START, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == START and self._runs_over(index.row()):
            return self.tr("This item ends after the planned end of the meeting.")
        if role == Qt.ItemDataRole.ForegroundRole and col == START and self._runs_over(index.row()):
            return QBrush(QColor(WARN))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() != START:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        item = self.items[row]
        if col == KIND:
            new = replace(item, kind=str(value))
        elif col == TITLE:
            new = replace(item, title=str(value))
        elif col == MINUTES:
            try:
                new = replace(item, minutes=int(value))
            except (TypeError, ValueError):
                return False
        elif col == PRESENTER:
            new = replace(item, presenter_id=value if value else None)
        else:
            return False
        if new == item:
            return False
        items = list(self.items)
        items[row] = new
        self.edited.emit(items, row, col)
        return True

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction


class ComboDelegate(QStyledItemDelegate):
    """A combo box editor over (label, value) pairs, committed as soon as one is picked."""

    def __init__(self, choices: Callable[[], list[tuple[str, object]]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for text, value in self._choices():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index) -> None:
        pos = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        spin = QSpinBox(parent)
        spin.setRange(1, MAX_ITEM_MINUTES)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor, index) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 1))

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaTable(QTableView):
    """Drag rows to reorder; Ctrl+Up / Ctrl+Down, Insert and Delete work in the table."""

    row_dropped = Signal(int, int)  # from row, to row (insert before)
    key_action = Signal(str)  # "up" | "down" | "add" | "remove"

    KEYS: ClassVar[dict[tuple[Qt.Key, Qt.KeyboardModifier], str]] = {
        (Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier): "up",
        (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier): "down",
        (Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier): "add",
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier): "remove",
    }

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)

    def _key(self, event) -> str | None:
        mods = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier
            | Qt.KeyboardModifier.AltModifier
        )
        return self.KEYS.get((Qt.Key(event.key()), mods))

    def event(self, event) -> bool:
        # keep Delete / Ctrl+Up … here instead of letting a window shortcut take them
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self._key(event)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        action = self._key(event)
        if action and self.state() != QAbstractItemView.State.EditingState:
            self.key_action.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)

    def drop_row(self, y: int) -> int:
        """The row a drop at height *y* inserts before."""
        index = self.indexAt(QPoint(5, y))
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if y > rect.center().y() else 0)

    def dropEvent(self, event) -> None:
        if event.source() is not self:
            event.ignore()
            return
        source = self.currentIndex().row()
        target = self.drop_row(int(event.position().y()))
        # nothing must be removed at the source: the page stores the new order and reloads
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        if source >= 0:
            self.row_dropped.emit(source, target)


class DetailsEdit(QPlainTextEdit):
    """The selected item's text; ``committed`` when the field is left or on Ctrl+Return,
    so that one stay in the field is one undo step (not one per key)."""

    committed = Signal(str)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if not self.isReadOnly():
            self.committed.emit(self.toPlainText())

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit(self.toPlainText())
            event.accept()
            return
        super().keyPressEvent(event)
