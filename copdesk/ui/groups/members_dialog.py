"""Tick who belongs to a group: several members at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.model.dto import MemberRow


class GroupMembersDialog(QDialog):
    def __init__(
        self,
        group_name: str,
        members: list[MemberRow],
        current: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Members of “%1”").replace("%1", group_name))
        self._current = set(current)
        lay = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Tick the people who belong to this group. Someone who has already taken "
                "part stays in its records, marked as left."
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or organisation"))
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.textChanged.connect(self._apply_filter)
        lay.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Members"))
        for row in sorted(members, key=lambda r: (r.last_name.casefold(), r.first_name.casefold())):
            label = f"{row.name} ({row.organisation})" if row.organisation else row.name
            if row.guest:
                label += " – " + self.tr("guest")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row.id in self._current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        lay.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.setFocus()
        self.resize(420, 480)

    def _apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for n in range(self.list.count()):
            item = self.list.item(n)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def checked(self) -> set[int]:
        return {
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.list.item(n) for n in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }

    def changes(self) -> tuple[list[int], list[int]]:
        """(members to add, members to remove)."""
        checked = self.checked()
        return sorted(checked - self._current), sorted(self._current - checked)
