"""The "Check-in and notes" and "Decisions" tabs: texts written during the meeting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from copdesk.model import minutes
from copdesk.model.minutes import DecisionData, DecisionRow, Minutes, NoteData, NoteRow
from copdesk.ui.icons import icon
from copdesk.ui.minutes.dialogs import DecisionDialog, NoteDialog
from copdesk.ui.minutes.tab_base import (
    MinutesTab,
    button_row,
    current_row,
    item_title,
    make_table,
    one_line,
    people,
    set_columns,
    show_rows,
    tab_page,
)
from copdesk.ui.models.dto_table import Column, DtoTableModel
from copdesk.ui.page_base import PageContext


def note_kind(kind: str) -> str:
    return {
        "check_in": QCoreApplication.translate("MinutesPage", "Check-in"),
        "note": QCoreApplication.translate("MinutesPage", "Note"),
        "takeaway": QCoreApplication.translate("MinutesPage", "Result"),
        "check_out": QCoreApplication.translate("MinutesPage", "Check-out"),
    }.get(kind, kind)


def _private_text(n: NoteRow) -> str:
    return QCoreApplication.translate("MinutesPage", "private") if n.private else ""


class NotesTab(MinutesTab):
    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(ctx, minutes, page)
        self.model = DtoTableModel(
            [
                Column(
                    QCoreApplication.translate("MinutesPage", "Agenda item"),
                    lambda n: item_title(self.minutes, n.agenda_item_id),
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Kind"), lambda n: note_kind(n.kind)
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Who / topic"),
                    lambda n: n.member_name or n.topic_title,
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Private"),
                    _private_text,
                    decoration=lambda n: icon("lock") if n.private else None,
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Text"),
                    lambda n: one_line(n.text),
                    tooltip=lambda n: n.text[:2000],
                ),
            ],
            self,
        )
        self.table = make_table(self.model, QCoreApplication.translate("MinutesPage", "Notes"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        set_columns(self.table, (190, 80, 150, 100, 0), 4)
        buttons, made = button_row(
            (
                QCoreApplication.translate("MinutesPage", "Add check-&in note…"),
                lambda: self.add_note("check_in"),
                "new",
            ),
            (
                QCoreApplication.translate("MinutesPage", "Add &note…"),
                lambda: self.add_note("note"),
                "new",
            ),
            (
                QCoreApplication.translate("MinutesPage", "Mark &private / shareable"),
                self.toggle_private,
                "lock",
            ),
        )
        self.add_check_in_button, self.add_note_button, self.private_button = made
        self.widget = tab_page(self.table, buttons)
        self.tables = (self.table,)

    def load(self, m: Minutes | None) -> None:
        show_rows(self.table, self.model, m.notes if m else (), "id")

    def selected(self) -> NoteRow | None:
        note: NoteRow | None = current_row(self.table, self.model)
        return note

    def add(self) -> None:
        self.add_note("note")

    def delete(self) -> bool:
        note = self.selected()
        if note is None:
            return False
        self.run(
            QCoreApplication.translate("MinutesPage", "Delete note"), minutes.delete_note, note.id
        )
        return True

    def add_note(self, kind: str = "note") -> None:
        m = self.minutes
        if m is None:
            return
        wanted = "check_in" if kind == "check_in" else None
        default_item = next((i.id for i in m.agenda if wanted and i.kind == wanted), None)
        dialog = NoteDialog(
            agenda=m.agenda, people=people(m), parent=self.page, settings=self.ctx.settings
        )
        dialog.kind.setCurrentIndex(max(dialog.kind.findData(kind), 0))
        index = dialog.item.findData(default_item)
        if index >= 0:
            dialog.item.setCurrentIndex(index)

        text = QCoreApplication.translate("MinutesPage", "Add note")
        self.edit_in(dialog, self.table, text, minutes.add_note, m.meeting_id)

    def edit(self) -> None:
        note = self.selected()
        m = self.minutes
        if note is None or m is None:
            return
        dialog = NoteDialog(
            agenda=m.agenda,
            people=list(m.attendees),
            data=_note_data(note),
            parent=self.page,
            settings=self.ctx.settings,
        )

        text = QCoreApplication.translate("MinutesPage", "Edit note")
        self.edit_in(dialog, self.table, text, minutes.update_note, note.id)

    def toggle_private(self) -> None:
        note = self.selected()
        if note is None:
            return
        data = _note_data(note, private=not note.private)
        text = (
            QCoreApplication.translate("MinutesPage", "Mark note private")
            if data.private
            else QCoreApplication.translate("MinutesPage", "Mark note shareable")
        )
        self.run(text, minutes.update_note, note.id, data)
        self.table.setFocus()


def _note_data(note: NoteRow, private: bool | None = None) -> NoteData:
    return NoteData(
        text=note.text,
        kind=note.kind,
        agenda_item_id=note.agenda_item_id,
        topic_id=note.topic_id,
        member_id=note.member_id,
        private=note.private if private is None else private,
    )


class DecisionsTab(MinutesTab):
    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(ctx, minutes, page)
        self.model = DtoTableModel(
            [
                Column(
                    QCoreApplication.translate("MinutesPage", "No."),
                    lambda d: str(self._number(d)),
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Decision"),
                    lambda d: one_line(d.text, 240),
                    tooltip=lambda d: d.text[:2000],
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Agenda item"),
                    lambda d: item_title(self.minutes, d.agenda_item_id),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, QCoreApplication.translate("MinutesPage", "Decisions"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        set_columns(self.table, (45, 0, 220), 1)
        buttons, _ = button_row(
            (QCoreApplication.translate("MinutesPage", "Add &decision…"), self.add, "new")
        )
        self.widget = tab_page(self.table, buttons)
        self.tables = (self.table,)

    def _number(self, d: DecisionRow) -> int:
        rows = self.model.rows()
        return next((k for k, r in enumerate(rows, 1) if r.id == d.id), 0)

    def load(self, m: Minutes | None) -> None:
        show_rows(self.table, self.model, m.decisions if m else (), "id")

    def selected(self) -> DecisionRow | None:
        decision: DecisionRow | None = current_row(self.table, self.model)
        return decision

    def delete(self) -> bool:
        d = self.selected()
        if d is None:
            return False
        text = QCoreApplication.translate("MinutesPage", "Delete decision")
        self.run(text, minutes.delete_decision, d.id)
        return True

    def add(self) -> None:
        m = self.minutes
        if m is None:
            return
        dialog = DecisionDialog(agenda=m.agenda, parent=self.page, settings=self.ctx.settings)

        text = QCoreApplication.translate("MinutesPage", "Add decision")
        self.edit_in(dialog, self.table, text, minutes.add_decision, m.meeting_id)

    def edit(self) -> None:
        d = self.selected()
        m = self.minutes
        if d is None or m is None:
            return
        dialog = DecisionDialog(
            agenda=m.agenda,
            data=DecisionData(d.text, d.agenda_item_id, d.topic_id),
            parent=self.page,
            settings=self.ctx.settings,
        )

        text = QCoreApplication.translate("MinutesPage", "Edit decision")
        self.edit_in(dialog, self.table, text, minutes.update_decision, d.id)
