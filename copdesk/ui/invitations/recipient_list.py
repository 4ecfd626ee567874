"""The invite dialog's list of recipients: one row per person, a check box where they can
be chosen, their problem (no or an invalid address) marked, the organiser never chosen.

Its words are translated in the context ``InviteDialog``, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from copdesk.model import text
from copdesk.model.invitations import NO_EMAIL, Recipient

KEY_ROLE = Qt.ItemDataRole.UserRole


def problem_text(r: Recipient) -> str:
    if r.problem == NO_EMAIL:
        return QCoreApplication.translate("InviteDialog", "no e-mail address")
    return QCoreApplication.translate("InviteDialog", "invalid e-mail address")


class RecipientList(QTreeWidget):
    """Name, e-mail and organisation of each recipient; ``chosen_keys`` are checked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("InviteDialog", "Recipients"))
        self.setHeaderLabels(
            [
                QCoreApplication.translate("InviteDialog", "Name"),
                QCoreApplication.translate("InviteDialog", "E-mail"),
                QCoreApplication.translate("InviteDialog", "Organisation"),
            ]
        )
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(340)
        self.header().setStretchLastSection(True)

    def items(self) -> list[QTreeWidgetItem]:
        rows = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in rows if item is not None]

    def add_row(
        self, r: Recipient, *, checkable: bool, checked: bool, organiser_email: str
    ) -> QTreeWidgetItem:
        name = r.name
        me = r.email and text.email_key(r.email) == text.email_key(organiser_email)
        if me:  # the organiser is never an attendee of their own invitation
            name += " – " + QCoreApplication.translate("InviteDialog", "you, the organiser")
            checkable = False
        if r.is_guest:
            name += " – " + QCoreApplication.translate("InviteDialog", "guest, optional")
        email = r.email
        if not r.usable:
            name = "⚠ " + name
            email = f"{r.email} – {problem_text(r)}" if r.email else problem_text(r)
        item = QTreeWidgetItem([name, email, r.organisation])
        item.setData(0, KEY_ROLE, r.key)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        if not r.usable:
            for col in range(3):
                item.setToolTip(col, problem_text(r))
        self.addTopLevelItem(item)
        return item

    def fit_columns(self) -> None:
        for col in (0, 1):
            self.resizeColumnToContents(col)
            width = self.columnWidth(col)
            self.setColumnWidth(col, min(width + 8, 260))

    def unchecked_keys(self) -> set[str]:
        return {
            item.data(0, KEY_ROLE)
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Unchecked
        }

    def checkable(self) -> list[QTreeWidgetItem]:
        return [item for item in self.items() if item.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def toggle_all(self) -> None:
        """Check everybody, or nobody if everybody is checked (one change, no signals)."""
        items = self.checkable()
        everyone = all(item.checkState(0) == Qt.CheckState.Checked for item in items)
        state = Qt.CheckState.Unchecked if everyone else Qt.CheckState.Checked
        self.blockSignals(True)
        for item in items:
            item.setCheckState(0, state)
        self.blockSignals(False)

    def set_checked(self, key: str, on: bool) -> None:
        """Check or uncheck one recipient (as a click on its box does)."""
        for item in self.items():
            if item.data(0, KEY_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> tuple[str, ...]:
        return tuple(
            item.data(0, KEY_ROLE)
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )
