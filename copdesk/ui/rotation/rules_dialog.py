"""Rotation settings of a group: per role whether it rotates, the newcomer threshold K and
who is never proposed. One tab per role; saving stores all roles as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from copdesk.model import rotation
from copdesk.model.rotation import RuleData, RulesInfo
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.widgets.fields import FieldMessage


class RotationRulesDialog(FormDialog):
    def __init__(self, info: RulesInfo, parent=None, settings=None) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Rotation settings – %1").replace("%1", info.group_name))
        intro = QLabel(
            self.tr(
                "Which roles rotate in this group, and who takes part. Members who joined after "
                "the group's first meeting take turns once they have attended the number of "
                "meetings set here."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.tabs = QTabWidget()
        self.form.addRow(self.tabs)
        self._rows: dict[str, tuple[QCheckBox, QSpinBox, QListWidget]] = {}
        self._hidden: dict[str, tuple[int, ...]] = {}
        for rule in info.rules:
            self._add_tab(rule, info)
        self.setMinimumSize(560, 480)

    def _add_tab(self, rule: RuleData, info: RulesInfo) -> None:
        role = rule.role
        page = QWidget()
        lay = QVBoxLayout(page)
        enabled = QCheckBox(self.tr("This role &rotates in this group"))
        enabled.setChecked(rule.enabled)
        lay.addWidget(enabled)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        spin = QSpinBox()
        spin.setRange(0, rotation.MAX_MIN_ATTENDED)
        spin.setValue(rule.min_attended)
        spin.setAccessibleName(self.tr("Meetings to attend first"))
        message = FieldMessage()
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(spin)
        hl.addWidget(message)
        label = QLabel(self.tr("&Meetings a newcomer attends first"))
        label.setBuddy(spin)
        form.addRow(label, holder)
        lay.addLayout(form)
        host = role == rotation.HOST
        excluded_label = QLabel(
            self.tr("Never propose these &organisations:")
            if host
            else self.tr("Never propose these &people:")
        )
        choices = info.organisations if host else info.members
        listing = QListWidget()
        listing.setAccessibleName(excluded_label.text().replace("&", ""))
        excluded_label.setBuddy(listing)
        for choice in choices:
            text = choice.name + (f" ({choice.detail})" if choice.detail else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in rule.excluded_ids else Qt.CheckState.Unchecked
            )
            listing.addItem(item)
        self._hidden[role] = tuple(
            i for i in rule.excluded_ids if i not in {c.id for c in choices}
        )  # former members
        lay.addWidget(excluded_label)
        lay.addWidget(listing, 1)

        def toggle(on: bool) -> None:
            for widget in (spin, listing, label, excluded_label):
                widget.setEnabled(on)

        enabled.toggled.connect(toggle)
        toggle(rule.enabled)
        name = f"{role}.min_attended"
        self._messages[name] = message
        self._fields[name] = spin
        spin.valueChanged.connect(lambda _v, n=name: self.set_error(n, None))
        self._rows[role] = (enabled, spin, listing)
        self.tabs.addTab(page, QCoreApplication.translate("rotation", rotation.ROLE_LABELS[role]))

    def set_error(self, name: str, text: str | None) -> None:
        super().set_error(name, text)
        if text:  # show the tab with the problem
            role = name.split(".", 1)[0]
            if role in self._rows:
                self.tabs.setCurrentIndex(list(self._rows).index(role))

    def data(self) -> tuple[RuleData, ...]:
        out = []
        for role, (enabled, spin, listing) in self._rows.items():
            excluded = tuple(
                sorted(
                    {
                        *self._hidden.get(role, ()),
                        *(
                            listing.item(i).data(Qt.ItemDataRole.UserRole)
                            for i in range(listing.count())
                            if listing.item(i).checkState() == Qt.CheckState.Checked
                        ),
                    }
                )
            )
            out.append(RuleData(role, enabled.isChecked(), spin.value(), excluded))
        return tuple(out)
