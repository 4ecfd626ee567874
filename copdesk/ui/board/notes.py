"""Notes, takeaways, decisions and action items typed while a topic is discussed.

The panel only collects input and shows what is stored; the board window writes through
the Lean Coffee use cases, which store minutes rows (so the protocol has them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short
from copdesk.model.leancoffee import BoardNote, BoardTopic, Participant

KINDS = ("note", "takeaway", "decision", "action")


def four_digit_year_format() -> str:
    """The locale's short date format, with the year in four digits (21.03.2025)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class NotesPanel(QWidget):
    add_requested = Signal(str, str, object, object)  # kind, text, owner id, due date
    delete_requested = Signal(str, int)  # kind, id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.header = QLabel()
        self.header.setObjectName("columnHeader")
        self.header.setWordWrap(True)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of note"))
        self.kind_combo.setToolTip(
            self.tr("Ctrl+1 note, Ctrl+2 takeaway, Ctrl+3 decision, Ctrl+4 action item")
        )
        for kind in KINDS:
            self.kind_combo.addItem(self.kind_label(kind), kind)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Text of the note"))
        self.text.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add (Enter)"))
        self.add_button.clicked.connect(self._add)
        self.add_button.setAutoDefault(False)
        entry = QHBoxLayout()
        entry.addWidget(self.kind_combo)
        entry.addWidget(self.text, 1)
        entry.addWidget(self.add_button)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner_label = QLabel(self.tr("Who:"))
        self.owner_label.setBuddy(self.owner)
        self.due_check = QCheckBox(self.tr("Due by"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(four_digit_year_format())
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setEnabled(False)
        self.due_check.toggled.connect(self.due.setEnabled)
        action_row = QHBoxLayout()
        action_row.addWidget(self.owner_label)
        action_row.addWidget(self.owner, 1)
        action_row.addWidget(self.due_check)
        action_row.addWidget(self.due)
        self.action_box = QWidget()
        self.action_box.setLayout(action_row)
        action_row.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes on this topic"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addLayout(entry)
        lay.addWidget(self.action_box)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._kind_changed())
        self._topic: BoardTopic | None = None
        self._kind_changed()
        self.set_target(None, [], [], enabled=False, empty_text="")

    # --- texts -------------------------------------------------------------------------
    def kind_label(self, kind: str) -> str:
        return {
            "note": self.tr("Note"),
            "takeaway": self.tr("Takeaway"),
            "decision": self.tr("Decision"),
            "action": self.tr("Action item"),
        }[kind]

    def _placeholder(self, kind: str) -> str:
        return {
            "note": self.tr("What was said? Type and press Enter"),
            "takeaway": self.tr("What do we take away? Type and press Enter"),
            "decision": self.tr("What was decided? Type and press Enter"),
            "action": self.tr("What is to be done? Choose who and by when, press Enter"),
        }[kind]

    def describe(self, note: BoardNote) -> str:
        text = f"{self.kind_label(note.kind)}: {note.text}"
        if note.kind == "action":
            extra = [note.owner or self.tr("owner open")]
            if note.due_on:
                extra.append(self.tr("by %1").replace("%1", date_short(note.due_on)))
            text += " — " + ", ".join(extra)
        return text

    # --- state --------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData() or KINDS[0]

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.text.setFocus()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.text.setPlaceholderText(self._placeholder(kind))
        self.action_box.setVisible(kind == "action")

    def set_target(
        self,
        topic: BoardTopic | None,
        notes: Sequence[BoardNote],
        participants: Sequence[Participant],
        *,
        enabled: bool,
        empty_text: str,
        meeting_day: dt.date | None = None,
    ) -> None:
        self._topic = topic
        if topic is None:
            self.header.setText(self.tr("Notes"))
        else:
            self.header.setText(self.tr("Notes on “%1”").replace("%1", topic.title))
        current_owner = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("(decide later)"), None)
        present = [p for p in participants if p.present]
        others = [p for p in participants if not p.present]
        for p in present + others:
            name = p.name if p.present else self.tr("%1 (absent)").replace("%1", p.name)
            self.owner.addItem(name, p.member_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current_owner)))
        self.owner.blockSignals(False)
        if meeting_day is not None and not self.due_check.isChecked():
            later = meeting_day + dt.timedelta(days=28)
            self.due.setDate(QDate(later.year, later.month, later.day))
        selected = (
            self.list.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.list.currentItem()
            else None
        )
        self.list.clear()
        for note in notes:
            item = QListWidgetItem(self.describe(note))
            item.setData(Qt.ItemDataRole.UserRole, (note.kind, note.id))
            self.list.addItem(item)
            if (note.kind, note.id) == selected:
                self.list.setCurrentItem(item)
        for widget in (
            self.text,
            self.add_button,
            self.owner,
            self.due_check,
            self.list,
            self.kind_combo,
        ):
            widget.setEnabled(enabled and topic is not None)
        self.due.setEnabled(enabled and topic is not None and self.due_check.isChecked())
        show_empty = topic is None or not notes
        self.empty.setText(
            empty_text
            if topic is None
            else self.tr(
                "Nothing written down yet. Ctrl+1 note, Ctrl+2 takeaway, Ctrl+3 decision, "
                "Ctrl+4 action item."
            )
        )
        self.empty.setVisible(show_empty)

    def topic(self) -> BoardTopic | None:
        return self._topic

    # --- input --------------------------------------------------------------------------
    def _add(self) -> None:
        text = self.text.text()
        owner = due = None
        kind = self.kind()
        if kind == "action":
            owner = self.owner.currentData()
            if self.due_check.isChecked():
                d = self.due.date()
                due = dt.date(d.year(), d.month(), d.day())
        self.add_requested.emit(kind, text, owner, due)

    def clear_input(self) -> None:
        self.text.clear()
        self.due_check.setChecked(False)
        self.owner.setCurrentIndex(0)

    def delete_current(self) -> bool:
        item = self.list.currentItem()
        if item is None:
            return False
        kind, note_id = item.data(Qt.ItemDataRole.UserRole)
        self.delete_requested.emit(kind, note_id)
        return True
