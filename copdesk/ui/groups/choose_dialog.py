"""Add the selected members to a group, or remove them: choose the group, read what will
happen (who is marked as left, and on which day), confirm."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short
from copdesk.model.dto import GroupRow
from copdesk.model.groups import MembershipEffect
from copdesk.ui.i18n import plural


class ChooseGroupDialog(QDialog):
    """*effect(group id)* says what the change would do; *names* maps member ids to names."""

    def __init__(
        self,
        *,
        adding: bool,
        groups: Sequence[GroupRow],
        names: Mapping[int, str],
        effect: Callable[[int], MembershipEffect],
        current_group: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._adding, self._names, self._effect = adding, names, effect
        n = len(names)
        if adding:
            self.setWindowTitle(self.tr("Add to group"))
            intro = self.tr("Add %n selected member(s) to this group:", "", n)
        else:
            self.setWindowTitle(self.tr("Remove from group"))
            intro = self.tr("Remove %n selected member(s) from this group:", "", n)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.group = QComboBox()
        for row in groups:
            label = row.name if row.parent_id is not None else self.tr("%1 (the community)")
            self.group.addItem(label.replace("%1", row.name), row.id)
        self.group.setCurrentIndex(max(0, self.group.findData(current_group)))
        form.addRow(QLabel(plural(intro, n)))
        form.addRow(self.tr("&Group"), self.group)
        lay.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(64)
        lay.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.group.currentIndexChanged.connect(self._update)
        self._update()
        self.group.setFocus()
        self.resize(460, self.sizeHint().height())

    def group_id(self) -> int:
        return int(self.group.currentData())

    def _people(self, ids: Sequence[int]) -> str:
        shown = [self._names.get(i, "") for i in ids[:8]]
        more = len(ids) - len(shown)
        text = ", ".join(shown)
        if more:
            text += " " + plural(self.tr("and %n more", "", more), more)
        return escape(text)

    def _update(self) -> None:
        if self.group.currentIndex() < 0:
            self.summary.setText("")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        e = self._effect(self.group_id())
        lines: list[str] = []
        if self._adding:
            if e.joining:
                n = len(e.joining)
                lines.append(escape(plural(self.tr("%n member(s) join the group.", "", n), n)))
            if e.already:
                n = len(e.already)
                text = self.tr("Already in it, unchanged (%n): %1", "", n)
                lines.append(escape(plural(text, n)).replace("%1", self._people(e.already)))
            changes = bool(e.joining)
        else:
            if e.removed:
                n = len(e.removed)
                text = self.tr("Leave the group (%n): %1", "", n)
                lines.append(escape(plural(text, n)).replace("%1", self._people(e.removed)))
            if e.marked_left:
                n = len(e.marked_left)
                text = self.tr(
                    "Took part in its meetings, so they stay in its records, marked as left "
                    "on %2 (%n): %1",
                    "",
                    n,
                )
                lines.append(
                    escape(plural(text, n))
                    .replace("%1", self._people(e.marked_left))
                    .replace("%2", date_short(e.day))
                )
            if e.not_member:
                n = len(e.not_member)
                text = self.tr("Not in the group, unchanged (%n): %1", "", n)
                lines.append(escape(plural(text, n)).replace("%1", self._people(e.not_member)))
            changes = bool(e.removed or e.marked_left)
        if not changes:
            lines.append("<b>" + escape(self.tr("Nothing to change in this group.")) + "</b>")
        else:
            lines.append(escape(self.tr("Undo with Ctrl+Z.")))
        *effects, last = lines
        self.summary.setText("".join(f"• {line}<br>" for line in effects) + "<br>" + last)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(changes)
