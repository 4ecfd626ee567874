"""A thin table model over a list of frozen DTOs, and the one filter proxy every list uses.

Columns are declared, not coded: title, how to show a row, how to sort it. ``data()``
never reads the database. Sorting is done here in Python (one ``sorted`` call) rather than
by the proxy, which would call back into Python for every comparison; the proxy only
filters, against a lower-case text per row computed once in ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from typing_extensions import TypeVar  # default= needs Python 3.13's typing

from copdesk.model.text import sort_key

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
NO_INDEX = QModelIndex()  # the default parent: Qt's "no parent" (never changed)


# The type of the rows (DTOs) of a table; ``Column[MemberRow](...)`` checks the lambdas
# against the row type, a bare ``Column(...)`` leaves them unchecked (Any).
R = TypeVar("R", default=Any)


def _no_value(_row: object) -> None:
    return None


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    display: Callable[[R], str]
    sort_key: Callable[[R], object] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    decoration: Callable[[R], object] = _no_value
    foreground: Callable[[R], object] = _no_value
    tooltip: Callable[[R], str | None] = _no_value
    searchable: bool = True


def _safe_key(value: object) -> tuple[bool, object]:
    # None sorts last and never compares with real values
    return (value is None, "" if value is None else value)


class DtoTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._haystack: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- content -----------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows.sort(
                key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder
            )
        self._haystack = [self._text_of(r) for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_object(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        for i, r in enumerate(self._rows):
            if predicate(r):
                return i
        return -1

    def haystack(self, row: int) -> str:
        return self._haystack[row]

    def _text_of(self, row_obj: R) -> str:
        return " ".join(c.display(row_obj) or "" for c in self._columns if c.searchable).casefold()

    def _key(self, column: int) -> Callable[[R], Any]:
        col = self._columns[column]
        if col.sort_key is not None:
            key = col.sort_key
            return lambda r: _safe_key(key(r))
        return lambda r: sort_key(col.display(r))

    # --- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
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


class FilterProxy(QSortFilterProxyModel, Generic[R]):
    """Filters on every word typed (all must occur); sorting is delegated to the source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self._extra: Callable[[R], bool] | None = None

    def set_search(self, text: str) -> None:
        needles = text.casefold().split()
        if needles != self._needles:
            self.beginFilterChange()
            self._needles = needles
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self.beginFilterChange()
        self._extra = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def table(self) -> DtoTableModel[R]:
        """The source model, typed (``sourceModel()`` is any ``QAbstractItemModel``)."""
        model = self.sourceModel()
        if not isinstance(model, DtoTableModel):
            raise TypeError(f"FilterProxy needs a DtoTableModel, not {type(model).__name__}")
        return model

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.table()
        if self._needles:
            hay = model.haystack(source_row)
            if any(needle not in hay for needle in self._needles):
                return False
        return self._extra is None or self._extra(model.row_object(source_row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.table().sort(column, order)

    def object_at(self, index: QModelIndex | QPersistentModelIndex) -> R | None:
        if not index.isValid():
            return None
        return self.table().row_object(self.mapToSource(index).row())
