"""A thin table model over a list of frozen DTOs, and the one filter proxy every list uses.

Columns are declared, not coded: title, how to show a row, how to sort it. ``data()``
never reads the database. Sorting is done here in Python (one ``sorted`` call) rather than
by the proxy, which would call back into Python for every comparison; the proxy only
filters, against a lower-case text per row computed once in ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from copdesk.model.text import sort_key

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def _no_value(_row):
    return None


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[object], str]
    sort_key: Callable[[object], object] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    decoration: Callable[[object], object] = _no_value
    foreground: Callable[[object], object] = _no_value
    tooltip: Callable[[object], str | None] = _no_value
    searchable: bool = True


def _safe_key(value):
    # None sorts last and never compares with real values
    return (value is None, "" if value is None else value)


class DtoTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list = []
        self._haystack: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -----------------------------------------------------------------
    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(
                key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        self._haystack = [self._text_of(r) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_object(self, row: int):
        return self._rows[row]

    def row_of(self, predicate: Callable[[object], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def haystack(self, row: int) -> str:
        return self._haystack[row]

    def _text_of(self, row_obj) -> str:
        return " ".join(c.display(row_obj) or "" for c in self._columns if c.searchable).casefold()

    def _key(self, column: int):
        col = self._columns[column]
        if col.sort_key is not None:
            key = col.sort_key
            return lambda r: _safe_key(key(r))
        return lambda r: sort_key(col.display(r))

    # --- Qt model API ------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.display(row)
        if role == ObjectRole:
            return row
        if role == SortRole:
            return self._key(index.column())(row)[1] if col.sort_key else col.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align.value)
        if role == Qt.ItemDataRole.DecorationRole:
            return col.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return col.foreground(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [self._rows[i.row()] for i in old_persistent]
        order_idx = sorted(
            range(len(self._rows)),
            key=lambda i: self._key(column)(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in order_idx]
        self._haystack = [self._haystack[i] for i in order_idx]
        new_pos = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(new_pos[id(r)], i.column())
                for r, i in zip(old_rows, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()


class FilterProxy(QSortFilterProxyModel):
    """Filters on every word typed (all must occur); sorting is delegated to the source."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self._extra: Callable[[object], bool] | None = None

    def set_search(self, text: str) -> None:
        needles = text.casefold().split()
        if needles != self._needles:
            self.beginFilterChange()
            self._needles = needles
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[object], bool] | None) -> None:
        self.beginFilterChange()
        self._extra = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if self._needles:
            hay = model.haystack(source_row)
            for needle in self._needles:
                if needle not in hay:
                    return False
        if self._extra is not None and not self._extra(model.row_object(source_row)):
            return False
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def object_at(self, index: QModelIndex | QPersistentModelIndex):
        if not index.isValid():
            return None
        return self.sourceModel().row_object(self.mapToSource(index).row())
