"""The "Action items" tab (this meeting's) and the "Earlier action items" tab (the open ones
of earlier meetings, reviewed here: done, a new due date, or carried over)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from copdesk.formats.dates import date_short, local
from copdesk.model import minutes
from copdesk.model.minutes import ActionData, ActionRow, Minutes
from copdesk.ui.icons import icon
from copdesk.ui.minutes.dialogs import ActionDialog, DueDateDialog
from copdesk.ui.minutes.tab_base import (
    MinutesTab,
    button_row,
    current_row,
    make_table,
    one_line,
    people,
    set_columns,
    show_rows,
    tab_page,
)
from copdesk.ui.models.dto_table import Column, DtoTableModel
from copdesk.ui.page_base import PageContext

RED = QColor("#b42318")


def action_state(a: ActionRow) -> str:
    if a.status == "open":
        if a.overdue:
            return "⚠ " + QCoreApplication.translate("MinutesPage", "overdue")
        return QCoreApplication.translate("MinutesPage", "open")
    if a.status == "done":
        return (
            QCoreApplication.translate("MinutesPage", "done %1").replace(
                "%1", date_short(a.done_on)
            )
            if a.done_on
            else QCoreApplication.translate("MinutesPage", "done")
        )
    if a.carried_to_meeting:
        return QCoreApplication.translate("MinutesPage", "carried over to %1").replace(
            "%1", a.carried_to_meeting
        )
    return QCoreApplication.translate("MinutesPage", "cancelled")


def action_columns(with_meeting: bool) -> list[Column]:
    red = QBrush(RED)
    nobody = "⚠ " + QCoreApplication.translate("MinutesPage", "nobody yet")
    cols = [
        Column(
            QCoreApplication.translate("MinutesPage", "Who"),
            lambda a: a.owner or nobody,
            foreground=lambda a: red if not a.owner else None,
        ),
        Column(
            QCoreApplication.translate("MinutesPage", "What"),
            lambda a: one_line(a.description),
            tooltip=lambda a: a.description[:2000],
        ),
        Column(
            QCoreApplication.translate("MinutesPage", "By when"),
            lambda a: date_short(a.due_on) if a.due_on else "–",
            sort_key=lambda a: a.due_on,
        ),
        Column(
            QCoreApplication.translate("MinutesPage", "Status"),
            action_state,
            decoration=lambda a: icon("overdue") if a.overdue else None,
            foreground=lambda a: red if a.overdue else None,
        ),
    ]
    if with_meeting:
        cols.append(
            Column(
                QCoreApplication.translate("MinutesPage", "From meeting"),
                lambda a: a.meeting_title,
            )
        )
    return cols


class _ActionTab(MinutesTab):
    """What both action item tabs do: show ActionRows, mark one done or open again."""

    model: DtoTableModel
    table: QTableView

    def current(self) -> ActionRow | None:
        row: ActionRow | None = current_row(self.table, self.model)
        return row

    def selected(self) -> ActionRow | None:
        return self.current()

    def toggle_done(self) -> None:
        a = self.current()
        if a is None:
            return
        done = a.status == "open"
        text = (
            QCoreApplication.translate("MinutesPage", "Mark action item done")
            if done
            else QCoreApplication.translate("MinutesPage", "Reopen action item")
        )
        self.run(text, minutes.set_action_done, a.id, done, version=a.version)
        self.table.setFocus()


class ActionsTab(_ActionTab):
    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(ctx, minutes, page)
        self.model = DtoTableModel(action_columns(False), self)
        self.table = make_table(
            self.model, QCoreApplication.translate("MinutesPage", "Action items")
        )
        self.table.doubleClicked.connect(lambda _i: self.edit())
        set_columns(self.table, (170, 0, 100, 150), 1)
        buttons, (self.done_button,) = button_row(
            (
                QCoreApplication.translate("MinutesPage", "Mark &done / reopen"),
                self.toggle_done,
                "check",
            )
        )
        self.widget = tab_page(self.table, buttons)
        self.tables = (self.table,)

    def load(self, m: Minutes | None) -> None:
        show_rows(self.table, self.model, m.actions if m else (), "id")

    def _meeting_day(self) -> dt.date:
        m = self.minutes
        return local(m.start_at, m.tz).date() if m else dt.date.today()

    def add(self) -> None:
        m = self.minutes
        if m is None:
            return
        dialog = ActionDialog(
            agenda=m.agenda,
            people=people(m),
            meeting_day=self._meeting_day(),
            parent=self.page,
            settings=self.ctx.settings,
        )

        text = QCoreApplication.translate("MinutesPage", "Add action item")
        self.edit_in(dialog, self.table, text, minutes.add_action, m.meeting_id)

    def edit(self) -> None:
        a = self.selected()
        m = self.minutes
        if a is None or m is None:
            return
        data = ActionData(
            description=a.description,
            owner_id=a.owner_id,
            due_on=a.due_on,
            agenda_item_id=a.agenda_item_id,
            topic_id=a.topic_id,
            status=a.status,
            done_on=a.done_on,
        )
        dialog = ActionDialog(
            agenda=m.agenda,
            people=list(m.attendees),
            meeting_day=self._meeting_day(),
            data=data,
            parent=self.page,
            settings=self.ctx.settings,
        )

        text = QCoreApplication.translate("MinutesPage", "Edit action item")
        self.edit_in(dialog, self.table, text, minutes.update_action, a.id, version=a.version)

    def delete(self) -> bool:
        a = self.selected()
        if a is None:
            return False
        text = QCoreApplication.translate("MinutesPage", "Delete action item")
        self.run(text, minutes.delete_action, a.id)
        return True


class EarlierTab(_ActionTab):
    can_add = False

    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(ctx, minutes, page)
        self.model = DtoTableModel(action_columns(True), self)
        self.table = make_table(
            self.model,
            QCoreApplication.translate("MinutesPage", "Action items from earlier meetings"),
        )
        set_columns(self.table, (160, 0, 95, 150, 170), 1)
        hint = QLabel(
            QCoreApplication.translate(
                "MinutesPage",
                "Open action items of earlier meetings of this group, for review "
                "in this meeting: mark them done, give them a new due date, or "
                "carry them over into this meeting's minutes.",
            )
        )
        hint.setWordWrap(True)
        buttons, made = button_row(
            (
                QCoreApplication.translate("MinutesPage", "Mark &done / reopen"),
                self.toggle_done,
                "check",
            ),
            (
                QCoreApplication.translate("MinutesPage", "&New due date…"),
                self.move_due,
                "calendar-add",
            ),
            (QCoreApplication.translate("MinutesPage", "Carry &over…"), self.carry_over, "redo"),
        )
        self.done_button, self.move_due_button, self.carry_button = made
        self.widget = tab_page(self.table, buttons, hint)
        self.tables = (self.table,)

    def load(self, m: Minutes | None) -> None:
        show_rows(self.table, self.model, m.earlier_actions if m else (), "id")

    def selected(self) -> None:
        return None  # reviewed with the tab's own buttons, not edited or deleted here

    def enter(self, focus: QWidget | None) -> bool:
        return False

    def move_due(self) -> None:
        a = self.current()
        if a is None:
            return
        title = QCoreApplication.translate("MinutesPage", "New due date")
        dialog = DueDateDialog(title, a.due_on, parent=self.page, settings=self.ctx.settings)

        self.edit_in(dialog, self.table, title, minutes.move_due, a.id, version=a.version)

    def carry_over(self) -> None:
        a = self.current()
        m = self.minutes
        if a is None or m is None:
            return
        mid = m.meeting_id
        dialog = DueDateDialog(
            QCoreApplication.translate("MinutesPage", "Carry over into this meeting"),
            a.due_on,
            parent=self.page,
            settings=self.ctx.settings,
        )

        def save(due: dt.date | None) -> None:
            text = QCoreApplication.translate("MinutesPage", "Carry over action item")
            self.ctx.commands.run(
                text, minutes.carry_over, a.id, mid, due_on=due, version=a.version
            )

        dialog.set_saver(save)
        if dialog.exec():
            self.ctx.events.status.emit(
                QCoreApplication.translate(
                    "MinutesPage", "Carried over into this meeting's action items."
                )
            )
        self.table.setFocus()
