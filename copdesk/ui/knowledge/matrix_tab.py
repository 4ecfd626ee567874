"""The "Matrix" tab: subjects (rows) × organisations (columns), each cell a compact
"▲ offers ▼ seeks ● presented ■ shared" with the last date; who and when in its tooltip.

Subjects as rows: their names are long and many, organisations are few and their names
fit a column header; the filter box narrows the rows, Enter opens "who to ask" for the
first subject shown."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short
from copdesk.model.knowledge import Cell, Matrix

OFFER, SEEK, PRESENTED, SHARED = "▲", "▼", "●", "■"
TAG_ROLE = Qt.ItemDataRole.UserRole + 1


def cell_text(cell: Cell) -> str:
    parts = [
        f"{symbol}{len(items)}"
        for symbol, items in (
            (OFFER, cell.offers),
            (SEEK, cell.seeks),
            (PRESENTED, cell.presented),
            (SHARED, cell.shared),
        )
        if items
    ]
    last = cell.last
    return " ".join(parts) + (f"  {date_short(last)}" if last else "")


class _SubjectFilter(QSortFilterProxyModel):
    """Rows whose subject (the vertical header) contains the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = " ".join(text.split()).casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._text:
            return True
        name = self.sourceModel().headerData(source_row, Qt.Orientation.Vertical)
        return self._text in str(name).casefold()


class _FilterKeys(QObject):
    """Enter in the filter asks for the first subject shown; Escape clears the filter."""

    def __init__(self, tab: MatrixTab) -> None:
        super().__init__(tab)
        self._tab = tab

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._tab.ask_first()
                return True
            if event.key() == Qt.Key.Key_Down:
                self._tab.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape and self._tab.filter.text():
                self._tab.filter.clear()
                return True
        return False


class MatrixTab(QWidget):
    ask = Signal(int)  # a subject's tag id: show who to ask

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter subjects… (Enter: who to ask)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(_FilterKeys(self))
        legend = QLabel(
            self.tr(
                "▲ offers   ▼ seeks   ● presented in a meeting   ■ material shared   "
                "· the last date; point at a cell for who and when"
            )
        )
        legend.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.proxy = _SubjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(self._ask_index)
        self.table.activated.connect(self._ask_index)
        self.empty = QLabel(
            self.tr(
                "No subjects yet. Members and organisations name the subjects they offer "
                "and seek on their forms; presentations and materials carry subjects too."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def show_matrix(self, matrix: Matrix) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([o.name for o in matrix.organisations])
        self.model.setVerticalHeaderLabels([s.name for s in matrix.subjects])
        for row, subject in enumerate(matrix.subjects):
            for col, org in enumerate(matrix.organisations):
                cell = matrix.cell(org.id, subject.id)
                item = QStandardItem(cell_text(cell))
                item.setData(subject.id, TAG_ROLE)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not cell.empty:
                    item.setToolTip(self.cell_tooltip(subject.name, org.name, cell))
                self.model.setItem(row, col, item)
        for row, subject in enumerate(matrix.subjects):
            header = self.model.verticalHeaderItem(row)
            if header is not None:
                header.setData(subject.id, TAG_ROLE)
        self.empty.setVisible(not matrix.subjects)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, max(110, min(self.table.columnWidth(col), 220)))

    def cell_tooltip(self, subject: str, organisation: str, cell: Cell) -> str:
        lines = [f"{subject} · {organisation}"]
        if cell.offers:
            lines.append(self.tr("▲ Offers: %1").replace("%1", ", ".join(cell.offers)))
        if cell.seeks:
            lines.append(self.tr("▼ Seeks: %1").replace("%1", ", ".join(cell.seeks)))
        for p in cell.presented:
            who = f" ({p.person})" if p.person else ""
            lines.append(
                self.tr("● Presented on %1 in “%2”: %3")
                .replace("%1", date_short(p.day))
                .replace("%2", p.meeting_title)
                .replace("%3", p.item_title + who)
            )
        for m in cell.shared:
            when = f" ({date_short(m.day)})" if m.day else ""
            lines.append(self.tr("■ Shared: %1").replace("%1", m.title + when))
        return "\n".join(lines)

    def tag_at(self, row: int) -> int | None:
        """The subject of the *row*-th row shown."""
        if row >= self.proxy.rowCount():
            return None
        source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        header = self.model.verticalHeaderItem(source)
        return None if header is None else header.data(TAG_ROLE)

    def ask_first(self) -> None:
        current = self.table.currentIndex()
        row = current.row() if current.isValid() and self.table.hasFocus() else 0
        tag_id = self.tag_at(row)
        if tag_id is not None:
            self.ask.emit(tag_id)

    def _ask_index(self, index: QModelIndex) -> None:
        tag_id = self.tag_at(index.row())
        if tag_id is not None:
            self.ask.emit(tag_id)
