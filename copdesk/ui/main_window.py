"""The window: navigation, menus, toolbar, status bar. Pages do the work.

File handling (new, open, save a copy, switching language) is delegated to the
controller in ``app.py`` through the callbacks in :class:`WindowHost`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTime
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk import APP_NAME, __version__
from copdesk.model import groups
from copdesk.model.db import Community
from copdesk.model.errors import UserError
from copdesk.ui.commands import Commands
from copdesk.ui.events import DataEvents
from copdesk.ui.groups import GroupMenu
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import app_icon, icon
from copdesk.ui.page_base import Page, PageContext
from copdesk.ui.pages.registry import PAGES
from copdesk.ui.settings import CURRENT_GROUP, RECENT_FILES, Settings


@dataclass(frozen=True)
class WindowHost:
    """What the window asks of the application controller."""

    new_file: Callable[[], object]  # what they return is for the controller's own use
    open_file: Callable[[str | None], object]
    save_copy: Callable[[], None]
    restore_backup: Callable[[], None]
    show_settings: Callable[[], None]
    show_log_folder: Callable[[], None]
    pass_on: Callable[[], None] = lambda: None
    open_handover: Callable[[], None] = lambda: None


class MainWindow(QMainWindow):
    def __init__(self, community: Community, settings: Settings, host: WindowHost) -> None:
        super().__init__()
        self.community = community
        self.settings = settings
        self.host = host
        self.events = DataEvents(self)
        self.undo_stack = QUndoStack(self)
        self.commands = Commands(community, self.events, self.undo_stack, self.show_user_error)
        self.setWindowIcon(app_icon())
        self._group_id = 0

        self.group_box = QComboBox()
        self.group_box.setAccessibleName(self.tr("Group"))
        self.group_box.currentIndexChanged.connect(self._on_group_selected)
        self.group_box.currentTextChanged.connect(self._show_group_name)
        # a long name (a learning circle's) is cut in the closed box: the list shows it whole
        self.group_box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self._show_archived = False
        self.group_menu = GroupMenu(
            self.commands,
            settings,
            lambda: self._group_id,
            self._select_group,
            self._set_show_archived,
        )
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()

        ctx = PageContext(self.commands, self.events, settings, lambda: self._group_id)
        # the order is the navigation order and gives Ctrl+1, Ctrl+2, …
        self._ctx = ctx
        self._pages: dict[int, Page] = {}
        self._titles = [QCoreApplication.translate("Navigation", spec.nav_title) for spec in PAGES]
        for spec, title in zip(PAGES, self._titles, strict=True):
            self.nav.addItem(QListWidgetItem(icon(spec.icon), title))
            self.stack.addWidget(QWidget())  # the page is built when first shown

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(6, 6, 0, 6)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_box, 1)
        group_row.addWidget(self.group_menu)
        left_lay.addLayout(group_row)
        left_lay.addWidget(self.nav, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([280, 900])  # room for "CoP Personalentwicklung Süd-West"
        self.setCentralWidget(self.splitter)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)

        self.file_label = QLabel()
        self.saved_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.events.changed.connect(self._on_saved)
        self.events.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.events.open_request.connect(self._open_request)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_page)
        self._load_groups()
        self.nav.setCurrentRow(0)
        self._update_title()
        geometry = settings.geometry("MainWindow")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        state = settings.geometry("MainWindow/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # --- menus ---------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New community…"), self.host.new_file, "Ctrl+Shift+N", "new")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open…"),
                lambda: self.host.open_file(None),
                QKeySequence.StandardKey.Open,
                "open",
            )
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(
            self._action(
                self.tr("Save a &copy as…"),
                self.host.save_copy,
                QKeySequence.StandardKey.SaveAs,
                "save-copy",
            )
        )
        file_menu.addAction(self._action(self.tr("Restore a &backup…"), self.host.restore_backup))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Pass the community on…"), self.host.pass_on, None, "handover")
        )
        file_menu.addAction(self._action(self.tr("Open a &hand-over…"), self.host.open_handover))
        file_menu.addSeparator()
        prefs = self._action(
            self.tr("&Settings…"),
            self.host.show_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        if prefs.shortcut().isEmpty():
            prefs.setShortcut(QKeySequence("Ctrl+,"))
        file_menu.addAction(prefs)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        if quit_action.shortcut().isEmpty():
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo"), self.undo_stack.undo, QKeySequence.StandardKey.Undo, "undo"
        )
        self.redo_action = self._action(self.tr("&Redo"), self.undo_stack.redo, None, "redo")
        self.redo_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) + [QKeySequence("Ctrl+Y")]
        )
        # a "deleted – undo with Ctrl+Z" message is stale once undo or redo happened
        self.undo_stack.indexChanged.connect(self.statusBar().clearMessage)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self._undo_text("")
        self._redo_text("")
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("&Find"), self._focus_search, QKeySequence.StandardKey.Find, "search"
            )
        )
        self.page_menu = bar.addMenu(self.tr("&Actions"))
        # the group selector's menu, also in the menu bar so that it is found without the "…"
        group_menu = self.group_menu.menu()
        group_menu.setTitle(self.tr("&Group"))
        bar.addMenu(group_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        for n, spec in enumerate(PAGES):
            action = self._action(
                self._titles[n],
                lambda _=False, n=n: self.nav.setCurrentRow(n),
                f"Ctrl+{n + 1}",
                spec.icon,
            )
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("Show the &log folder"), self.host.show_log_folder)
        )
        help_menu.addAction(self._action(self.tr("&About CoP Desk"), self._about))

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", text).strip() if text else self.tr("&Undo")
        )
        self.undo_action.setToolTip(self.undo_action.text().replace("&", ""))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", text).strip() if text else self.tr("&Redo")
        )
        self.redo_action.setToolTip(self.redo_action.text().replace("&", ""))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.get(RECENT_FILES) if p]
        for n, path in enumerate(recent, 1):
            label = f"&{n} {Path(path).name}" if n < 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.host.open_file(p))
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)

    # --- pages ----------------------------------------------------------------------------
    def page(self, n: int) -> Page:
        """The page at navigation position *n*, built on first use."""
        page = self._pages.get(n)
        if page is None:
            page = PAGES[n].load()(self._ctx)
            self._pages[n] = page
            placeholder = self.stack.widget(n)
            self.stack.insertWidget(n, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        return page

    @property
    def pages(self) -> list[Page]:
        """The pages built so far."""
        return [self._pages[n] for n in sorted(self._pages)]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(row)
        for other in self.pages:  # the shown page's shortcuts work wherever the focus is
            context = (
                Qt.ShortcutContext.WindowShortcut
                if other is page
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            for action in other.page_actions:
                action.setShortcutContext(context)
        self.stack.setCurrentWidget(page)
        self.toolbar.clear()
        self.page_menu.clear()
        for action in page.page_actions:
            self.toolbar.addAction(action)
            self.page_menu.addAction(action)
        self.page_menu.setEnabled(bool(page.page_actions))
        if page.page_actions:
            self.toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
            # icons only: the page's own actions need the room (German labels are long);
            # the full "Undo <what>" text is in the tooltip and the Edit menu
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        page.setFocus()

    def current_page(self) -> Page:
        return self.page(self.nav.currentRow())

    @property
    def page_types(self) -> list[type[Page]]:
        """The page classes in navigation order (imports them all; not for start-up)."""
        return [spec.load() for spec in PAGES]

    def show_page(self, page_type: type) -> Page:
        n = self.page_types.index(page_type)
        self.nav.setCurrentRow(n)
        return self.page(n)

    def _open_request(self, kind: str, item_id: object) -> None:
        """Another page asked to show something (e.g. ("meeting", 12)): find who shows it."""
        for n, spec in enumerate(PAGES):
            if kind in spec.opens:
                self.nav.setCurrentRow(n)
                self.page(n).open_item(kind, item_id)
                return

    def _focus_search(self) -> None:
        page = self.current_page()
        if hasattr(page, "focus_search"):
            page.focus_search()

    # --- groups ---------------------------------------------------------------------------
    def _load_groups(self) -> None:
        rows = self.commands.read(groups.list_groups)
        wanted = self.settings.get(CURRENT_GROUP)
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for row in rows:
            if not (row.active or self._show_archived):
                continue
            prefix = "" if row.parent_id is None else "   "
            suffix = "" if row.active else " " + self.tr("(archived)")
            self.group_box.addItem(prefix + row.name + suffix, row.id)
        index = self.group_box.findData(wanted)
        self.group_box.setCurrentIndex(max(index, 0))
        self.group_box.blockSignals(False)
        before = self._group_id
        self._group_id = self.group_box.currentData() or (rows[0].id if rows else 0)
        if before and self._group_id != before:  # the selected group was archived or deleted
            self.settings.set(CURRENT_GROUP, self._group_id)
            self.events.group_changed.emit(self._group_id)

    def _select_group(self, group_id: int) -> None:
        """Show *group_id* in the selector (a new sub-group)."""
        self._load_groups()
        index = self.group_box.findData(group_id)
        if index >= 0:
            self.group_box.setCurrentIndex(index)

    def _set_show_archived(self, show: bool) -> None:
        self._show_archived = show
        self._load_groups()

    def _on_group_selected(self, _index: int) -> None:
        gid = self.group_box.currentData()
        if gid is not None and gid != self._group_id:
            self._group_id = gid
            self.settings.set(CURRENT_GROUP, gid)
            self.events.group_changed.emit(gid)

    def current_group(self) -> int:
        return self._group_id

    def _show_group_name(self, text: str) -> None:
        """The whole name as the tooltip, for a name wider than the box."""
        self.group_box.setToolTip(
            text.strip() + "\n" + self.tr("The community or one of its sub-groups")
        )

    # --- status ----------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.community.path.name} – {APP_NAME}")
        self.file_label.setText(str(self.community.path))
        self.saved_label.setText(self.tr("All changes saved"))

    def _on_saved(self, changes) -> None:
        if changes.touches("cop_group", "group_membership"):
            self._load_groups()
        time = QTime.currentTime().toString("HH:mm")
        self.saved_label.setText(self.tr("Saved at %1").replace("%1", time))

    def show_user_error(self, exc: UserError) -> None:
        QMessageBox.warning(self, APP_NAME, translate_error(exc))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CoP Desk"),
            self.tr(
                "<h3>CoP Desk %1</h3><p>Members, meetings, backlog, rotation and minutes "
                "of a Community of Practice — in one file on your computer.</p>"
                "<p>The program makes no network connections.</p>"
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("MainWindow", self.saveGeometry())
        self.settings.set_geometry("MainWindow/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)
