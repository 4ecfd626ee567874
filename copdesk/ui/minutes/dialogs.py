"""Editors of the minutes: a note, a decision, an action item, a guest, a new due date.

They never touch the database: the minutes page hands in the data to show and a ``save``
callable (``FormDialog.set_saver``). Multi-line texts take Enter as a line break;
Ctrl+Enter saves, Escape cancels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from copdesk.model import minutes
from copdesk.model.minutes import (
    ActionData,
    AgendaRow,
    AttendeeRow,
    DecisionData,
    GuestData,
    NoteData,
)
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.i18n import translate_error
from copdesk.ui.settings import Settings
from copdesk.ui.widgets.fields import OptionalDateEdit

W = TypeVar("W", bound=QWidget)


def _text_edit(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(110)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _fill_items(
    box: QComboBox, agenda: Sequence[AgendaRow], none_text: str, current: int | None
) -> None:
    box.addItem(none_text, None)
    number = 0
    for item in agenda:
        if item.kind == "break":
            continue
        number += 1
        box.addItem(f"{number}. {item.title}", item.id)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))


def _fill_people(
    box: QComboBox, people: Sequence[AttendeeRow], none_text: str, current: int | None
) -> None:
    box.addItem(none_text, None)
    for person in sorted(people, key=lambda p: p.name.casefold()):
        label = f"{person.name} ({person.organisation})" if person.organisation else person.name
        box.addItem(label, person.member_id)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))


class _MinutesForm(FormDialog):
    def __init__(
        self, title: str, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(title, parent, settings)
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self._on_ok)
        save2 = QShortcut(QKeySequence("Ctrl+Enter"), self)
        save2.activated.connect(self._on_ok)
        self.buttons.button(self.buttons.StandardButton.Ok).setToolTip(self.tr("Save (Ctrl+Enter)"))

    def add_field(self, name: str, label: str, widget: W) -> W:
        if isinstance(widget, QPlainTextEdit):
            widget.installEventFilter(self)  # Ctrl+Enter saves even where Enter is a new line
        super().add_field(name, label, widget)
        return widget

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._on_ok()
            return True
        return super().eventFilter(obj, event)


class NoteDialog(_MinutesForm):
    KINDS = ("check_in", "note", "takeaway", "check_out")

    def __init__(
        self,
        *,
        agenda: Sequence[AgendaRow],
        people: Sequence[AttendeeRow],
        data: NoteData | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit note") if data else self.tr("New note"))
        data = data or NoteData()
        self.kind = self.add_field("kind", self.tr("&Kind"), QComboBox())
        for kind, label in zip(
            self.KINDS,
            (self.tr("Check-in"), self.tr("Note"), self.tr("Result"), self.tr("Check-out")),
            strict=True,
        ):
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
        self.item = self.add_field("agenda_item_id", self.tr("Agenda &item"), QComboBox())
        _fill_items(self.item, agenda, self.tr("(no agenda item)"), data.agenda_item_id)
        self.member = self.add_field("member_id", self.tr("&Who"), QComboBox())
        _fill_people(self.member, people, self.tr("(nobody in particular)"), data.member_id)
        self.text = self.add_field(
            "text",
            self.tr("&Text"),
            _text_edit(
                self.tr("What was said or agreed; Enter starts a new line, Ctrl+Enter saves")
            ),
        )
        self.text.setPlainText(data.text)
        self.private = self.add_field(
            "private",
            self.tr("Private"),
            QCheckBox(self.tr("&Private: leave out of the version for circulation")),
        )
        self.private.setChecked(data.private)
        self._topic_id = data.topic_id
        self.text.textChanged.connect(lambda: self.set_error("text", None))
        self.text.setFocus()
        self.resize(max(self.width(), 620), self.height())

    def data(self) -> NoteData:
        return NoteData(
            text=self.text.toPlainText(),
            kind=self.kind.currentData(),
            agenda_item_id=self.item.currentData(),
            topic_id=self._topic_id,
            member_id=self.member.currentData(),
            private=self.private.isChecked(),
        )


class DecisionDialog(_MinutesForm):
    def __init__(
        self,
        *,
        agenda: Sequence[AgendaRow],
        data: DecisionData | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit decision") if data else self.tr("New decision"))
        data = data or DecisionData()
        self.text = self.add_field(
            "text",
            self.tr("&Decision"),
            _text_edit(self.tr("What was decided, as one clear sentence")),
        )
        self.text.setPlainText(data.text)
        self.item = self.add_field("agenda_item_id", self.tr("Agenda &item"), QComboBox())
        _fill_items(self.item, agenda, self.tr("(no agenda item)"), data.agenda_item_id)
        self._topic_id = data.topic_id
        self.text.textChanged.connect(lambda: self.set_error("text", None))
        self.text.setFocus()
        self.resize(max(self.width(), 600), self.height())

    def data(self) -> DecisionData:
        return DecisionData(
            text=self.text.toPlainText(),
            agenda_item_id=self.item.currentData(),
            topic_id=self._topic_id,
        )


class ActionDialog(_MinutesForm):
    """An action item: who, what, by when; warns (without blocking) about a missing owner
    and a due date before the meeting."""

    def __init__(
        self,
        *,
        agenda: Sequence[AgendaRow],
        people: Sequence[AttendeeRow],
        meeting_day: dt.date,
        data: ActionData | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit action item") if data else self.tr("New action item"))
        self._meeting_day = meeting_day
        is_new = data is None
        data = data or ActionData()
        self.description = self.add_field(
            "description", self.tr("W&hat"), _text_edit(self.tr("What is to be done"))
        )
        self.description.setMinimumHeight(80)
        self.description.setPlainText(data.description)
        self.owner = self.add_field("owner_id", self.tr("&Who"), QComboBox())
        _fill_people(self.owner, people, self.tr("(nobody yet)"), data.owner_id)
        self.due = self.add_field(
            "due_on", self.tr("&By when"), OptionalDateEdit(self.tr("&Due date"))
        )
        # a new action item gets a due date four weeks after the meeting ("bis wann")
        self.due.set_value(meeting_day + dt.timedelta(days=28) if is_new else data.due_on)
        self.item = self.add_field("agenda_item_id", self.tr("Agenda &item"), QComboBox())
        _fill_items(self.item, agenda, self.tr("(no agenda item)"), data.agenda_item_id)
        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        for value, label in (
            ("open", self.tr("Open")),
            ("done", self.tr("Done")),
            ("cancelled", self.tr("Cancelled")),
        ):
            self.status.addItem(label, value)
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self._topic_id = data.topic_id
        self._done_on = data.done_on
        self.description.textChanged.connect(lambda: self.set_error("description", None))
        self.owner.currentIndexChanged.connect(self._warn)
        self.due.changed.connect(self._warn)
        self._warn()
        self.description.setFocus()
        self.resize(max(self.width(), 600), self.height())

    def _warn(self) -> None:
        found = {
            w.field: translate_error(w)
            for w in minutes.action_warnings_for(self._meeting_day, self.data())
        }
        self.set_warning("owner_id", found.get("owner_id"))
        self.set_warning("due_on", found.get("due_on"))

    def data(self) -> ActionData:
        status = self.status.currentData()
        done_on = self._done_on if status == "done" else None
        if status == "done" and done_on is None:
            done_on = dt.date.today()
        return ActionData(
            description=self.description.toPlainText(),
            owner_id=self.owner.currentData(),
            due_on=self.due.value(),
            agenda_item_id=self.item.currentData(),
            topic_id=self._topic_id,
            status=status,
            done_on=done_on,
        )


class GuestDialog(_MinutesForm):
    def __init__(
        self,
        *,
        data: GuestData | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit guest") if data else self.tr("New guest"))
        data = data or GuestData()
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit(data.name))
        self.organisation = self.add_field(
            "organisation", self.tr("&Organisation"), QLineEdit(data.organisation)
        )
        self.email = self.add_field("email", self.tr("&E-mail"), QLineEdit(data.email))
        self.name.textChanged.connect(lambda: self.set_error("name", None))
        self.email.textChanged.connect(lambda: self.set_error("email", None))
        self.name.setFocus()
        self.resize(max(self.width(), 480), self.height())

    def data(self) -> GuestData:
        return GuestData(
            name=self.name.text(), organisation=self.organisation.text(), email=self.email.text()
        )


class DueDateDialog(_MinutesForm):
    """A new due date (move it, or carry the item over into this meeting)."""

    def __init__(
        self,
        title: str,
        due_on: dt.date | None,
        *,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(title, parent, settings)
        self.due = self.add_field(
            "due_on", self.tr("&By when"), OptionalDateEdit(self.tr("&Due date"))
        )
        self.due.set_value(due_on)
        self.due.check.setFocus()

    def data(self) -> dt.date | None:
        due: dt.date | None = self.due.value()
        return due
