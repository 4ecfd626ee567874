"""What the tabs of the minutes editor share: the controller base class and table helpers.

Each tab of the minutes page has one controller (a ``MinutesTab``): it builds its widgets,
wires them, shows the rows of the loaded ``Minutes`` and runs its edits as undoable
commands. The page asks the current tab's controller what to add, edit or delete.
Texts keep the translation context "MinutesPage" they had when the page did all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from copdesk.model.minutes import AttendeeRow, Minutes
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import DtoTableModel
from copdesk.ui.page_base import PageContext

ButtonSpec = tuple[str, Callable[[], None], str]  # text, slot, icon name


def make_table(model: DtoTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAccessibleName(name)
    return table


def set_columns(table: QTableView, widths: tuple[int, ...], stretch: int) -> None:
    """Starting widths; the *stretch* column (the long text) takes the remaining room."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for col, width in enumerate(widths):
        if col != stretch:
            table.setColumnWidth(col, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)


def one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def button_row(*specs: ButtonSpec) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    made = []
    for text, slot, icon_name in specs:
        button = QPushButton(icon(icon_name) if icon_name else QPushButton().icon(), text)
        button.clicked.connect(slot)
        row.addWidget(button)
        made.append(button)
    row.addStretch(1)
    return holder, made


def tab_page(table: QTableView, buttons: QWidget, hint: QLabel | None = None) -> QWidget:
    page = QWidget()
    lay = QVBoxLayout(page)
    if hint is not None:
        lay.addWidget(hint)
    lay.addWidget(table, 1)
    lay.addWidget(buttons)
    page.setFocusProxy(table)
    return page


def current_row(table: QTableView, model: DtoTableModel) -> Any:
    """The row object under the table's current index (None when there is none)."""
    index = table.currentIndex()
    if not index.isValid() or index.row() >= model.rowCount():
        return None
    return model.row_object(index.row())


def show_rows(table: QTableView, model: DtoTableModel, rows: Sequence[object], key: str) -> None:
    """New rows; the row that was current (same *key*) stays current, else the first."""
    current = table.currentIndex()
    keep = (
        getattr(model.row_object(current.row()), key, None)
        if current.isValid() and current.row() < model.rowCount()
        else None
    )
    model.set_rows(rows)
    row = model.row_of(lambda r: getattr(r, key, None) == keep) if keep is not None else -1
    if row < 0 and model.rowCount():
        row = 0
    if row >= 0:
        table.selectRow(row)


def item_title(m: Minutes | None, item_id: int | None) -> str:
    """ "2. Title" of an agenda item, numbered as in the protocol (breaks not counted)."""
    if m is None or item_id is None:
        return ""
    number = 0
    for item in m.agenda:
        if item.kind == "break":
            continue
        number += 1
        if item.id == item_id:
            return f"{number}. {item.title}"
    return ""


def people(m: Minutes | None) -> list[AttendeeRow]:
    """Who can own an action item or speak in a note: those present, else everyone."""
    if m is None:
        return []
    present = [a for a in m.attendees if a.group == "present"]
    return present or list(m.attendees)


class MinutesTab(QObject):
    """One tab of the minutes page: its widget, its rows, its add / edit / delete."""

    can_add = True

    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self._minutes = minutes
        self.page = page  # the parent of the tab's dialogs and messages
        self.widget = QWidget()
        self.tables: tuple[QTableView, ...] = ()

    @property
    def minutes(self) -> Minutes | None:
        return self._minutes()

    def edit_in(
        self,
        dialog: FormDialog,
        focus_after: QWidget | None,
        text: str,
        fn: Callable[..., object],
        *args: object,
        **kwargs: object,
    ) -> bool:
        """Show *dialog*; what it saves is stored by ``fn(session, *args, data, **kwargs)`` as
        one undoable command named *text* (a user error keeps the dialog open). Returns
        whether it was saved; *focus_after* gets the focus back."""

        def save(data: object) -> None:
            self.ctx.commands.run(text, partial(fn, **kwargs), *args, data)

        dialog.set_saver(save)
        saved = bool(dialog.exec())
        if focus_after is not None:
            focus_after.setFocus()
        return saved

    def run(self, text: str, fn: Callable[..., object], *args: object, **kwargs: object) -> bool:
        """One undoable command; a user error is shown as a message. True if it ran."""
        ok, _ = self.ctx.commands.try_run(self.page, text, fn, *args, **kwargs)
        return ok

    # --- what the page asks the current tab ----------------------------------------------
    def load(self, m: Minutes | None) -> None:
        """Show the rows of *m* (no rows for None)."""
        raise NotImplementedError

    def selected(self) -> object | None:
        """The entry Edit and Delete act on, if any."""
        return None

    def add(self) -> None:
        """Add an entry (Ctrl+N)."""

    def edit(self) -> None:
        """Edit the selected entry (Ctrl+E, Enter)."""

    def delete(self) -> bool:
        """Delete the selected entry; False when there was nothing to delete."""
        return False

    def enter(self, focus: QWidget | None) -> bool:
        """Enter was pressed on *focus*: True if this tab handled it."""
        if focus is not None and focus in self.tables:
            self.edit()
            return True
        return False
