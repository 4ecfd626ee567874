"""Add or edit one member, with inline checks (name, e-mail syntax, duplicate e-mail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from copdesk.model import text
from copdesk.model.dto import GroupRow, MemberData, OrganisationRow
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.widgets.fields import OptionalDateEdit


class MemberDialog(FormDialog[MemberData]):
    def __init__(
        self,
        *,
        organisations: Sequence[OrganisationRow],
        groups: Sequence[GroupRow],
        data: MemberData | None = None,
        duplicate_of: Callable[[str], str | None] = lambda _e: None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit member") if data else self.tr("New member"))
        self._duplicate_of = duplicate_of
        data = data or MemberData()

        self.first_name = self.add_field("first_name", self.tr("&First name"), QLineEdit())
        self.last_name = self.add_field("last_name", self.tr("&Last name"), QLineEdit())
        self.organisation = self.add_field("organisation_id", self.tr("&Organisation"), QComboBox())
        self.organisation.addItem(self.tr("(none)"), None)
        for org in organisations:
            self.organisation.addItem(org.name, org.id)
        self.email = self.add_field("email", self.tr("&E-mail"), QLineEdit())
        self.email.setPlaceholderText(self.tr("name@stadt.de"))
        self.phone = self.add_field("phone", self.tr("&Phone"), QLineEdit())
        self.function = self.add_field("function", self.tr("F&unction"), QLineEdit())
        self.function.setPlaceholderText(self.tr("e.g. personnel development, digitalisation"))
        self.active = self.add_field(
            "active", self.tr("Status"), QCheckBox(self.tr("&Active member"))
        )
        self.joined = self.add_field(
            "joined_on", self.tr("Joined"), OptionalDateEdit(self.tr("&Date known"))
        )
        self.left = self.add_field(
            "left_on", self.tr("Left"), OptionalDateEdit(self.tr("Le&ft on"))
        )
        self.consent = self.add_field(
            "consent_on", self.tr("Consent to storage"), OptionalDateEdit(self.tr("&Given on"))
        )

        more = QTabWidget()
        self.offers = QPlainTextEdit()
        self.offers.setPlaceholderText(self.tr("Topics this member can offer to the others"))
        self.seeks = QPlainTextEdit()
        self.seeks.setPlaceholderText(self.tr("Topics this member is looking for"))
        self.notes = QPlainTextEdit()
        self.groups = QListWidget()
        for group in groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if group.id in data.group_ids else Qt.CheckState.Unchecked
            )
            self.groups.addItem(item)
        for widget in (self.offers, self.seeks, self.notes):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(80)
        more.addTab(self.offers, self.tr("Offers"))
        more.addTab(self.seeks, self.tr("Seeks"))
        more.addTab(self.groups, self.tr("Groups"))
        more.addTab(self.notes, self.tr("Notes"))
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(more)
        self.main_layout.insertWidget(1, holder)

        self._load(data)
        self.first_name.textChanged.connect(self._check_name)
        self.last_name.textChanged.connect(self._check_name)
        self.email.textChanged.connect(self._check_email)
        self.first_name.setFocus()
        self.resize(max(self.width(), 560), self.height())

    def _load(self, data: MemberData) -> None:
        self.first_name.setText(data.first_name)
        self.last_name.setText(data.last_name)
        index = self.organisation.findData(data.organisation_id)
        self.organisation.setCurrentIndex(max(index, 0))
        self.email.setText(data.email)
        self.phone.setText(data.phone)
        self.function.setText(data.function)
        self.active.setChecked(data.active)
        self.joined.set_value(data.joined_on)
        self.left.set_value(data.left_on)
        self.consent.set_value(data.consent_on)
        self.offers.setPlainText(data.offers)
        self.seeks.setPlainText(data.seeks)
        self.notes.setPlainText(data.notes)

    def _check_name(self) -> None:
        empty = not (self.first_name.text().strip() or self.last_name.text().strip())
        self.set_error(
            "last_name", self.tr("Enter a name (first or last name).") if empty else None
        )

    def _check_email(self) -> None:
        value = self.email.text().strip()
        if value and not text.is_email(value):
            self.set_error(
                "email", self.tr("This is not a valid e-mail address (example: name@stadt.de).")
            )
            return
        self.set_error("email", None)
        other = self._duplicate_of(value) if value else None
        self.set_warning(
            "email",
            self.tr("{name} already uses this e-mail address.").format(name=other)
            if other
            else None,
        )

    def data(self) -> MemberData:
        group_ids = tuple(
            self.groups.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.groups.count())
            if self.groups.item(i).checkState() == Qt.CheckState.Checked
        )
        return MemberData(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation_id=self.organisation.currentData(),
            email=self.email.text(),
            phone=self.phone.text(),
            function=self.function.text(),
            offers=self.offers.toPlainText(),
            seeks=self.seeks.toPlainText(),
            joined_on=self.joined.value(),
            left_on=self.left.value(),
            active=self.active.isChecked(),
            consent_on=self.consent.value(),
            notes=self.notes.toPlainText(),
            group_ids=group_ids,
        )
