"""What every page gets, and the searchable master–detail list most pages are made of."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from copdesk.model.changes import Changes
from copdesk.model.errors import UserError
from copdesk.ui.commands import Commands
from copdesk.ui.events import DataEvents
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column, DtoTableModel, FilterProxy, R
from copdesk.ui.settings import Settings


@dataclass(frozen=True)
class PageContext:
    """The few services a page needs, handed in by the main window."""

    commands: Commands
    events: DataEvents
    settings: Settings
    current_group: Callable[[], int]


class Page(QWidget):
    """A navigation area. Subclasses set ``title`` and ``icon_name`` and fill ``actions``."""

    icon_name = ""
    nav_title = ""  # marked for translation in context "Navigation"; known before building
    tables: frozenset[str] = frozenset()  # reload when a change touches one of these
    opens: frozenset[str] = frozenset()  # kinds of ``DataEvents.open_request`` it shows

    def __init__(self, ctx: PageContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_actions: list[QAction] = []
        self._stale = True
        ctx.events.changed.connect(self._on_changed)
        ctx.events.group_changed.connect(lambda _gid: self._mark_stale())

    @classmethod
    def nav_label(cls) -> str:
        return QCoreApplication.translate("Navigation", cls.nav_title) if cls.nav_title else ""

    def title(self) -> str:
        return self.nav_label()

    def make_action(self, text: str, icon_name: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        self.page_actions.append(action)
        return action

    def show_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, self.title(), translate_error(exc))

    # --- refreshing: only what is shown, only when shown ------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if not self.tables or changes.touches(*self.tables):
            self.note_change(changes)
            self._mark_stale()

    def note_change(self, changes: Changes) -> None:
        """Remember what a change means for the page before it reloads (see ListPage)."""

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        """Read what the page shows from the database (a subclass duty)."""

    def open_item(self, kind: str, item_id: object) -> None:
        """Show the item asked for through ``DataEvents.open_request`` (see ``opens``)."""


class _SearchKeys(QObject):
    """Down/Enter in the search field moves into the table; Escape clears the search."""

    def __init__(self, search: QLineEdit, table: QTableView) -> None:
        super().__init__(search)
        self._search, self._table = search, table

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._table.setFocus()
                if not self._table.currentIndex().isValid() and self._table.model().rowCount():
                    self._table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                return True
        return False


class ListPage(Page, Generic[R]):
    """Search field, sortable table and a detail pane, side by side in a splitter.

    ``ListPage[MemberRow]``: the rows are ``MemberRow``s (``current``, ``detail_html``, the
    columns' lambdas are checked against it); a bare ``ListPage`` leaves them unchecked.
    """

    def __init__(
        self, ctx: PageContext, columns: Sequence[Column[R]], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.model: DtoTableModel[R] = DtoTableModel(columns, self)
        self.proxy: FilterProxy[R] = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_search)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.toolbar_row = QHBoxLayout()
        self.toolbar_row.addWidget(self.search, 1)
        self.toolbar_row.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's default is descending
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda _i: self.activate_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.search.installEventFilter(_SearchKeys(self.search, self.table))
        self.table.installEventFilter(self)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detail.setMinimumWidth(180)  # never squeezed to a word per line

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(self.toolbar_row)
        left_lay.addWidget(self.table, 1)
        left_lay.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([680, 280])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.search)

        state = ctx.settings.geometry(f"{type(self).__name__}/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = ctx.settings.geometry(f"{type(self).__name__}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        self.splitter.splitterMoved.connect(lambda *_: self._save_layout())
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self._save_layout)
        )

    def _save_layout(self) -> None:
        name = type(self).__name__
        self.ctx.settings.set_geometry(f"{name}/splitter", self.splitter.saveState())
        self.ctx.settings.set_geometry(f"{name}/header", self.table.horizontalHeader().saveState())

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.activate_current()
            return True
        return super().eventFilter(obj, event)

    # --- rows ----------------------------------------------------------------------------
    # the table whose rows the list shows; a row that comes back (added, or restored by
    # undo) is selected after the reload
    row_table = ""

    def note_change(self, changes: Changes) -> None:
        added = changes.inserted(self.row_table) if self.row_table else []
        self._select_after_reload = added[-1] if added else None

    def set_rows(self, rows: Sequence[R], keep: Callable[[R], bool] | None = None) -> None:
        current = self.current()
        self.model.set_rows(rows)
        self._update_count()
        self._detail_shown = False  # a selection change below shows it; else the end does
        wanted = getattr(self, "_select_after_reload", None)
        self._select_after_reload = None
        if keep is None and wanted is not None:
            keep = lambda r: getattr(r, "id", None) == wanted
            if self.select(keep):
                if not self._detail_shown:
                    self._show_detail()
                return
            keep = None
        if keep is None and current is not None and hasattr(current, "id"):
            cid = current.id
            keep = lambda r: getattr(r, "id", None) == cid
        if (keep is None or not self.select(keep)) and self.proxy.rowCount():
            self.table.selectRow(0)
        if not self._detail_shown:
            self._show_detail()

    def select(self, predicate: Callable[[R], bool]) -> bool:
        row = self.model.row_of(predicate)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current(self) -> R | None:
        return self.proxy.object_at(self.table.currentIndex())

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.count_text(shown, total))
        message = self.empty_text() if total == 0 else self.no_match_text() if shown == 0 else ""
        self.table.setVisible(not message)
        self.empty_label.setVisible(bool(message))
        self.empty_label.setText(message)

    def _show_detail(self) -> None:
        self._detail_shown = True
        row = self.current()
        self.detail.setHtml(self.detail_html(row) if row is not None else "")
        self.selection_changed(row)

    # --- for subclasses -------------------------------------------------------------
    def count_text(self, shown: int, total: int) -> str:
        return f"{shown} / {total}" if shown != total else str(total)

    def empty_text(self) -> str:
        return ""

    def no_match_text(self) -> str:
        """Shown instead of an empty table when the search or a filter hides every row.
        (``translate`` with a fixed context: PySide's ``self.tr`` would look up the subclass.)"""
        search = " ".join(self.search.text().split())
        if search:
            return QCoreApplication.translate(
                "ListPage", "Nothing matches “%1”.\nEsc clears the search."
            ).replace("%1", search)
        return QCoreApplication.translate("ListPage", "Nothing matches the chosen filter.")

    def detail_html(self, row: R) -> str:
        return ""

    def selection_changed(self, row: R | None) -> None:
        """Enable or disable actions for the selected row."""

    def activate_current(self) -> None:
        """Enter or double-click on a row (usually: edit it)."""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
