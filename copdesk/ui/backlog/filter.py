"""An incremental filter proxy for long lists (the backlog holds 20,000 topics).

``FilterProxy`` (``dto_table.py``) is a ``QSortFilterProxyModel``: on every keystroke Qt
calls ``filterAcceptsRow`` — a Python function — once per source row, which costs
25–60 ms on 20,000 rows. This proxy keeps the list of shown source rows itself:

* a keystroke that only narrows the search (every earlier word is still contained in a
  word typed now, e.g. "ki" → "ki pers") re-checks only the rows shown so far;
* anything else re-checks all rows, in one list comprehension over the pre-computed
  lower-case texts of the source model (no call into Qt per row);
* the view is told through ``layoutChanged`` with its persistent indexes (current row,
  selection) moved to where their rows are now, so the selection survives filtering.

It offers the same calls as ``FilterProxy`` (``set_search``, ``set_predicate``,
``object_at``, ``sort``) over a ``DtoTableModel`` and passes ``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Generic, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from copdesk.ui.models.dto_table import DtoTableModel, R

NO_PARENT = QModelIndex()  # a list's rows hang from the invisible root


def _narrows(old: list[str], new: list[str]) -> bool:
    """True if every row matching *new* also matches *old* (so only old hits need a look)."""
    return bool(old) and all(any(o in n for n in new) for o in old)


class IncrementalFilterProxy(QAbstractProxyModel, Generic[R]):
    """``IncrementalFilterProxy[TopicRow]`` filters a ``DtoTableModel[TopicRow]``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []  # source rows shown, in source order
        self._pos: dict[int, int] | None = None  # source row -> proxy row, built on demand
        self._needles: list[str] = []
        self._extra: Callable[[R], bool] | None = None
        self._saved: list[tuple[QModelIndex, int]] = []  # during a source layout change

    def table(self) -> DtoTableModel[R] | None:
        """The source model, typed (``sourceModel()`` is any ``QAbstractItemModel``)."""
        model = self.sourceModel()
        if model is None:
            return None
        if not isinstance(model, DtoTableModel):
            raise TypeError(f"the proxy needs a DtoTableModel, not {type(model).__name__}")
        return model

    # --- wiring -----------------------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        if model is not None:
            for signal, slot in self._connections(model):
                signal.connect(slot)
        self._rows = self._filter(range(model.rowCount()) if model else range(0))
        self._pos = None
        self.endResetModel()

    def _connections(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._source_layout_about),
            (model.layoutChanged, self._source_layout_changed),
            (model.dataChanged, self._source_data_changed),
        ]

    def _source_reset(self) -> None:
        source = self.sourceModel()
        self._rows = self._filter(range(source.rowCount() if source is not None else 0))
        self._pos = None
        self.endResetModel()

    def _source_layout_about(self, *_args: object) -> None:
        self.layoutAboutToBeChanged.emit()
        source = self.table()
        self._saved = []
        for index in self.persistentIndexList():
            if source is not None and index.isValid() and index.row() < len(self._rows):
                obj = source.row_object(self._rows[index.row()])
                self._saved.append((index, id(obj)))
            else:
                self._saved.append((index, 0))

    def _source_layout_changed(self, *_args: object) -> None:
        source = self.table()
        self._rows = self._filter(range(source.rowCount() if source is not None else 0))
        self._pos = None
        if self._saved and source is not None:
            where = {id(source.row_object(s)): p for p, s in enumerate(self._rows)}
            self.changePersistentIndexList(
                [old for old, _ in self._saved],
                [
                    self.index(where[key], old.column()) if key in where else QModelIndex()
                    for old, key in self._saved
                ],
            )
        self._saved = []
        self.layoutChanged.emit()

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        rows = [self._proxy_row(r) for r in range(top_left.row(), bottom_right.row() + 1)]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), top_left.column()),
                self.index(max(rows), bottom_right.column()),
                roles,
            )

    # --- filtering --------------------------------------------------------------------
    def _filter(self, candidates: Iterable[int]) -> list[int]:
        source = self.table()
        if source is None:
            return []
        needles, extra = self._needles, self._extra
        hay = source.haystack
        for needle in needles:  # word by word: each pass looks at fewer rows
            candidates = [r for r in candidates if needle in hay(r)]
        if extra is not None:
            obj = source.row_object
            candidates = [r for r in candidates if extra(obj(r))]
        return list(candidates)

    def _replace_rows(self, rows: list[int]) -> None:
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [
            self._rows[p.row()] if p.isValid() and p.row() < len(self._rows) else -1
            for p in persistent
        ]
        self._rows = rows
        self._pos = None
        if persistent:
            self.changePersistentIndexList(
                persistent,
                [
                    self.index(self._proxy_row(s), p.column())
                    if s >= 0 and self._proxy_row(s) >= 0
                    else QModelIndex()
                    for s, p in zip(sources, persistent, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def set_search(self, text: str) -> None:
        needles = text.casefold().split()
        if needles == self._needles:
            return
        narrower = _narrows(self._needles, needles)
        self._needles = needles
        source = self.sourceModel()
        if source is None:
            return
        candidates = self._rows if narrower else range(source.rowCount())
        self._replace_rows(self._filter(candidates))

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self._extra = predicate
        source = self.sourceModel()
        if source is not None:
            self._replace_rows(self._filter(range(source.rowCount())))

    def search_text(self) -> str:
        return " ".join(self._needles)

    # --- mapping ----------------------------------------------------------------------
    def _proxy_row(self, source_row: int) -> int:
        if self._pos is None:
            self._pos = {s: p for p, s in enumerate(self._rows)}
        return self._pos.get(source_row, -1)

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        source = self.sourceModel()
        if not proxy_index.isValid() or source is None:
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._rows):
            return QModelIndex()
        return source.index(self._rows[row], proxy_index.column())

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    # --- the model API ------------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = NO_PARENT
    ) -> QModelIndex:
        if (
            parent.isValid()
            or not (0 <= row < len(self._rows))
            or not (0 <= column < self.columnCount())
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: QModelIndex | QPersistentModelIndex, /) -> QModelIndex: ...
    def parent(
        self, index: QModelIndex | QPersistentModelIndex | None = None
    ) -> QObject | QModelIndex | None:
        """A list's rows have no parent row; ``parent()`` alone is the QObject's parent."""
        if index is None:
            return super().parent()
        return QModelIndex()

    def sibling(
        self, row: int, column: int, _index: QModelIndex | QPersistentModelIndex
    ) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and bool(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Straight to the source row (the view asks this for every visible cell and role)."""
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        source = self.sourceModel()
        return source.data(source.index(self._rows[row], index.column()), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def object_at(self, index: QModelIndex | QPersistentModelIndex) -> R | None:
        source = self.table()
        if not index.isValid() or source is None:
            return None
        source_index = self.mapToSource(self.index(index.row(), 0))
        return source.row_object(source_index.row()) if source_index.isValid() else None

    def shown_objects(self) -> list[R]:
        source = self.table()
        return [source.row_object(r) for r in self._rows] if source is not None else []
