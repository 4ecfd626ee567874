"""Add or edit one member, with inline checks (name, e-mail syntax, duplicate e-mail).

The Groups tab ticks the groups the member belongs to now; groups they left say since
when. Opened while a sub-group is selected, the dialog offers to make the person a guest
of that sub-group (not a member of the community: the community's box is unticked)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short
from copdesk.model import text
from copdesk.model.dto import GroupRow, MemberData, OrganisationRow
from copdesk.model.groups import MemberGroup
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.widgets.fields import OptionalDateEdit


class MemberDialog(FormDialog[MemberData]):
    def __init__(
        self,
        *,
        organisations: Sequence[OrganisationRow],
        groups: Sequence[GroupRow],
        data: MemberData | None = None,
        new_group_ids: Sequence[int] = (),
        history: Sequence[MemberGroup] = (),
        guest_group: GroupRow | None = None,
        duplicate_of: Callable[[str], str | None] = lambda _e: None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Edit member") if data else self.tr("New member"))
        self._duplicate_of = duplicate_of
        data = data or MemberData(group_ids=tuple(new_group_ids))
        self._root = next((g.id for g in groups if g.parent_id is None), None)
        self._guest_group = guest_group

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
        self.guest: QCheckBox | None = None
        if guest_group is not None:
            self.guest = self.add_field(
                "guest",
                self.tr("Community"),
                QCheckBox(self.tr("Gue&st of this sub-group (not a member of the community)")),
            )
            self.guest.setToolTip(
                self.tr(
                    "%1: the person takes part there but is not listed in the community"
                ).replace("%1", guest_group.name)
            )

        more = QTabWidget()
        self.offers = QPlainTextEdit()
        self.offers.setPlaceholderText(self.tr("Topics this member can offer to the others"))
        self.seeks = QPlainTextEdit()
        self.seeks.setPlaceholderText(self.tr("Topics this member is looking for"))
        self.notes = QPlainTextEdit()
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Groups"))
        left = {h.group_id: h.left_on for h in history if h.left_on is not None}
        for group in groups:
            ticked = group.id in data.group_ids
            if not (group.active or ticked or group.id in left):
                continue  # an archived group the member never belonged to
            label = group.name
            if group.parent_id is None:
                label = self.tr("%1 (the community)").replace("%1", group.name)
            if not ticked and group.id in left:
                label = self.tr("%1 – left on %2").replace("%1", label)
                label = label.replace("%2", date_short(left[group.id]))
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        groups_tab = QWidget()
        groups_lay = QVBoxLayout(groups_tab)
        groups_lay.setContentsMargins(4, 4, 4, 4)
        groups_hint = QLabel(
            self.tr(
                "Ticked: belongs to the group now. Without the community ticked, the person "
                "is a guest of the ticked sub-groups. Unticking a group in which they took "
                "part marks them as left."
            )
        )
        groups_hint.setWordWrap(True)
        groups_lay.addWidget(groups_hint)
        groups_lay.addWidget(self.groups, 1)
        for widget in (self.offers, self.seeks, self.notes):
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(80)
        more.addTab(self.offers, self.tr("Offers"))
        more.addTab(self.seeks, self.tr("Seeks"))
        more.addTab(groups_tab, self.tr("Groups"))
        more.addTab(self.notes, self.tr("Notes"))
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(more)
        self.main_layout.insertWidget(1, holder)

        self._load(data)
        if self.guest is not None:
            self.guest.setChecked(self._is_guest())
            self.guest.toggled.connect(self._guest_toggled)
            self.groups.itemChanged.connect(self._group_ticked)
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

    # --- guest of a sub-group ------------------------------------------------------------
    def _item(self, group_id: int | None) -> QListWidgetItem | None:
        for i in range(self.groups.count()):
            if self.groups.item(i).data(Qt.ItemDataRole.UserRole) == group_id:
                return self.groups.item(i)
        return None

    def _ticked(self, group_id: int | None) -> bool:
        item = self._item(group_id)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _is_guest(self) -> bool:
        sub = self._guest_group.id if self._guest_group else None
        return self._ticked(sub) and not self._ticked(self._root)

    def _guest_toggled(self, guest: bool) -> None:
        """A guest: the sub-group ticked, the community not; else both ticked."""
        self.groups.blockSignals(True)
        for gid, on in (
            (self._guest_group.id if self._guest_group else None, True),
            (self._root, not guest),
        ):
            item = self._item(gid)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.groups.blockSignals(False)

    def _group_ticked(self, _item: QListWidgetItem) -> None:
        if self.guest is not None:
            self.guest.blockSignals(True)
            self.guest.setChecked(self._is_guest())
            self.guest.blockSignals(False)

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
