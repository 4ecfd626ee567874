"""Choosing topics (merge target, topics for a board) and meetings (plan, board)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
)

from copdesk.formats.dates import date_short, meeting_when
from copdesk.model.backlog import MeetingChoice, TopicRow
from copdesk.ui.backlog.filter import IncrementalFilterProxy
from copdesk.ui.backlog.labels import status_label
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column, DtoTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class _IntoTable(QObject):
    """Down / Enter in the search field go to the list."""

    def __init__(self, dialog: TopicPickDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            table = self._dialog.table
            table.setFocus()
            if not table.currentIndex().isValid() and self._dialog.proxy.rowCount():
                table.selectRow(0)
            return True
        return False


class TopicPickDialog(QDialog):
    """A searchable list of topics; one (merge) or several (board) can be chosen."""

    def __init__(
        self,
        rows: Sequence[TopicRow],
        *,
        title: str,
        prompt: str,
        parent=None,
        settings=None,
        exclude: int | None = None,
        multi: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._settings = settings
        lay = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type to filter: title, tag, proposer …"))
        self.search.setAccessibleName(self.tr("Filter topics"))
        lay.addWidget(self.search)
        columns: list[Column[TopicRow]] = [
            Column(self.tr("Topic"), lambda r: r.title),
            Column(self.tr("Status"), lambda r: status_label(r.status)),
            Column(self.tr("Proposed by"), lambda r: r.proposer),
            Column(self.tr("Tags"), lambda r: ", ".join(r.tags)),
            Column(
                self.tr("Votes (total)"),
                lambda r: str(r.votes_total) if r.votes_total else "",
                sort_key=lambda r: r.votes_total,
                align=RIGHT,
                searchable=False,
            ),
            Column(
                self.tr("Proposed"),
                lambda r: date_short(r.proposed_on),
                sort_key=lambda r: r.proposed_on,
                searchable=False,
            ),
        ]
        self.model: DtoTableModel[TopicRow] = DtoTableModel(columns, self)
        self.model.set_rows([r for r in rows if r.id != exclude])
        self.proxy: IncrementalFilterProxy[TopicRow] = IncrementalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Topics"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.horizontalHeader().fontMetrics()
        for col, width in enumerate((0, 100, 130, 120, 80, 80)):
            if width:  # German headers are long: never narrower than the header text
                title = self.model.headerData(col, Qt.Orientation.Horizontal)
                self.table.setColumnWidth(col, max(width, metrics.horizontalAdvance(title) + 28))
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        lay.addWidget(self.table, 1)
        self.hint = QLabel()
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(_IntoTable(self))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        if multi:
            select_all = QShortcut(QKeySequence.StandardKey.SelectAll, self.table)
            select_all.activated.connect(self.table.selectAll)
        self._multi = multi
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()
        self.search.setFocus()
        self.resize(900, 560)
        if settings is not None:
            geometry = settings.geometry(f"{type(self).__name__}/{int(multi)}")
            if geometry is not None:
                self.restoreGeometry(geometry)

    def _filter(self, text: str) -> None:
        self.proxy.set_search(text)
        if not self.table.selectionModel().hasSelection() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        n = len(self.chosen())
        shown = self.proxy.rowCount()
        if self._multi:
            self.hint.setText(
                plural(self.tr("%n topic(s) selected", "", n), n)
                + " · "
                + self.tr("Shift+arrows or Ctrl+A select more; Enter adds them.")
            )
        else:
            self.hint.setText(plural(self.tr("%n topic(s) shown", "", shown), shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(n > 0)

    def chosen(self) -> list[TopicRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = (self.proxy.object_at(self.proxy.index(r, 0)) for r in rows)
        return [row for row in found if row is not None]

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry(
                f"{type(self).__name__}/{int(self._multi)}", self.saveGeometry()
            )
        super().done(result)


class MeetingPickDialog(QDialog):
    """Choose one meeting from a list (newest or next first); Enter confirms."""

    def __init__(
        self,
        choices: Sequence[MeetingChoice],
        *,
        title: str,
        prompt: str,
        parent=None,
        default_id: int | None = None,
        show_board: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        label.setBuddy(self.list)
        for choice in choices:
            text = f"{meeting_when(choice.start_at, choice.end_at, choice.tz)} – {choice.title}"
            if show_board:
                if choice.board_closed:
                    text += " · " + plural(
                        self.tr("board closed, %n topic(s)", "", choice.board_topics),
                        choice.board_topics,
                    )
                elif choice.board_topics:
                    text += " · " + plural(
                        self.tr("board with %n topic(s)", "", choice.board_topics),
                        choice.board_topics,
                    )
            if choice.upcoming and choice.id == default_id:
                text += " · " + self.tr("next meeting")
            item = QListWidgetItem(icon("board" if choice.board_topics else "meetings"), text)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.list.addItem(item)
            if choice.id == default_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.setFocus()
        self.resize(640, 420)

    def chosen(self) -> MeetingChoice | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
