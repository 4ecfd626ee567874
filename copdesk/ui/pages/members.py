"""Members: search, sort, add, edit, deactivate, delete — all from the keyboard; several
selected members can be added to a group or removed from it in one step. Under a
sub-group its guests (not members of the community) are listed and marked."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMessageBox

from copdesk.formats.dates import date_short
from copdesk.model import groups, members, organisations
from copdesk.model.dto import MemberData, MemberRow
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.text import sort_key
from copdesk.ui import contacts
from copdesk.ui.dialogs.member_dialog import MemberDialog
from copdesk.ui.groups import ChooseGroupDialog
from copdesk.ui.html import tag
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.icons import icon
from copdesk.ui.meetings import add_absences_action
from copdesk.ui.models.dto_table import Column
from copdesk.ui.page_base import ListPage, PageContext

ALL, ACTIVE, INACTIVE = "all", "active", "inactive"
GUEST_COLUMN = 5  # "Membership": "Guest" for a guest of the sub-group


class MembersPage(ListPage[MemberRow]):
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Members")
    icon_name = "members"
    tables = frozenset({"member", "organisation", "group_membership", "cop_group"})
    opens = frozenset({"member"})
    row_table = "member"

    def __init__(self, ctx: PageContext, parent=None) -> None:
        grey = QBrush(QColor("#6b7280"))
        columns: list[Column[MemberRow]] = [
            Column(
                self.tr("Name"),
                lambda r: r.name,
                sort_key=lambda r: (sort_key(r.last_name), sort_key(r.first_name)),
                decoration=lambda r: None if r.active else icon("person-off"),
                foreground=lambda r: None if r.active else grey,
                tooltip=lambda r: None if r.active else self.tr("Inactive"),
            ),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Function"), lambda r: r.function),
            Column(
                self.tr("Joined"),
                lambda r: date_short(r.joined_on),
                sort_key=lambda r: r.joined_on,
                searchable=False,
            ),
            contacts.consent_column(),
            Column(
                self.tr("Membership"),
                lambda r: self.tr("Guest") if r.guest else "",
                tooltip=lambda r: (
                    self.tr("Guest of sub-groups, not a member of the community")
                    if r.guest
                    else None
                ),
            ),
            Column(self.tr("E-mail"), lambda r: r.email),
        ]
        super().__init__(ctx, columns, parent)
        self.search.setPlaceholderText(self.tr("Search: name, organisation, e-mail … (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search members"))
        self.table.setAccessibleName(self.tr("Members"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Active members"), ACTIVE)
        self.status_filter.addItem(self.tr("All members"), ALL)
        self.status_filter.addItem(self.tr("Inactive members"), INACTIVE)
        contacts.add_consent_filter(self.status_filter)
        self.status_filter.setAccessibleName(self.tr("Show"))
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        self.toolbar_row.insertWidget(1, self.status_filter)
        self._apply_status_filter()
        for col, width in enumerate((170, 150, 110, 85, 95, 110)):
            if ctx.settings.geometry("MembersPage/header") is None:
                self.table.setColumnWidth(col, width)

        self.new_action = self.make_action(
            self.tr("&New member…"),
            "new",
            self.new_member,
            QKeySequence.StandardKey.New,
            self.tr("Add a member (Ctrl+N)"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit member…"),
            "edit",
            self.activate_current,
            "Ctrl+E",
            self.tr("Edit the selected member (Enter)"),
        )
        self.toggle_action = self.make_action(
            self.tr("Mark &inactive"),
            "person-off",
            self.toggle_active,
            "Ctrl+I",
            self.tr("Inactive members stay in the records but are no longer invited"),
        )
        self.delete_action = self.make_action(
            self.tr("&Delete member"),
            "delete",
            self.delete_member,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected member (Del)"),
        )
        self.add_to_group_action = self.make_action(
            self.tr("Add to &group…"),
            "members",
            self.add_to_group,
            "Ctrl+Shift+G",
            self.tr("Add the selected members to a group (Ctrl+Shift+G)"),
        )
        self.remove_from_group_action = self.make_action(
            self.tr("Remove from gro&up…"),
            "close",
            self.remove_from_group,
            None,
            self.tr("Remove the selected members from a group; who took part is marked as left"),
        )
        self.absences_action = add_absences_action(self)
        self.contact_actions = contacts.ContactActions(self)
        # several at once (Shift/Ctrl+click, Shift+arrows) for "Add to group…"
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_multi())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(self.page_actions)
        self.selection_changed(None)

    def reload(self) -> None:
        rows = self.ctx.commands.read(members.list_members, group_id=self.ctx.current_group())
        # the "Membership" column only where it says something: a sub-group with guests
        self.table.setColumnHidden(GUEST_COLUMN, not any(r.guest for r in rows))
        self.set_rows(rows)

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        self.search.clear()
        if not self.select(lambda r: r.id == item_id):
            self.status_filter.setCurrentIndex(self.status_filter.findData(ALL))
            self.select(lambda r: r.id == item_id)

    def _apply_status_filter(self) -> None:
        mode = self.status_filter.currentData()
        if mode == ACTIVE:
            self.proxy.set_predicate(lambda r: r.active)
        elif mode == INACTIVE:
            self.proxy.set_predicate(lambda r: not r.active)
        elif mode == contacts.NO_CONSENT:
            self.proxy.set_predicate(contacts.without_consent)
        else:
            self.proxy.set_predicate(None)
        self._update_count()

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return plural(self.tr("%n member(s)", "", total), total)
        return self.tr("%n of %1 shown", "", shown).replace("%1", str(total))

    def empty_text(self) -> str:
        return self.tr(
            "No members yet.\nAdd the first one with “New member” (Ctrl+N), or import "
            "them from an Outlook contacts export."
        )

    def selected_rows(self) -> list[MemberRow]:
        """The selected members (the current one if the selection is empty)."""
        rows = [
            r
            for r in (self.proxy.object_at(i) for i in self.table.selectionModel().selectedRows())
            if r is not None
        ]
        current = self.current()
        return rows or ([current] if current is not None else [])

    def _update_multi(self) -> None:
        has = bool(self.selected_rows())
        self.add_to_group_action.setEnabled(has)
        self.remove_from_group_action.setEnabled(has)

    def selection_changed(self, row: MemberRow | None) -> None:
        has = row is not None
        for action in (self.edit_action, self.toggle_action, self.delete_action):
            action.setEnabled(has)
        self.contact_actions.selection_changed(row)
        self._update_multi()
        if row is not None:
            self.toggle_action.setText(
                self.tr("Mark &inactive") if row.active else self.tr("Mark &active")
            )

    def detail_html(self, row: MemberRow) -> str:
        data, _version = self.ctx.commands.read(members.get_member, row.id)
        past = self.ctx.commands.read(members.history, row.id)
        lines = [f"<h2>{escape(row.name)}</h2>"]
        sub = ", ".join(escape(x) for x in (row.function, row.organisation) if x)
        if sub:
            lines.append(f"<p>{sub}</p>")
        if not row.active:
            lines.append(tag("p", "⚠ " + self.tr("Inactive"), "warn"))
        if row.guest:
            lines.append(
                tag("p", self.tr("Guest of sub-groups, not a member of the community"), "warn")
            )
        contact = [escape(x) for x in (row.email, row.phone) if x]
        if contact:
            lines.append("<p>" + "<br>".join(contact) + "</p>")

        def section(title: str, body: str) -> None:
            if body.strip():
                text = escape(body).replace("\n", "<br>")
                lines.append(f"<h4>{escape(title)}</h4><p>{text}</p>")

        section(self.tr("Offers"), data.offers)
        section(self.tr("Seeks"), data.seeks)
        facts = []
        if data.joined_on:
            facts.append(self.tr("Joined: %1").replace("%1", date_short(data.joined_on)))
        if data.left_on:
            facts.append(self.tr("Left: %1").replace("%1", date_short(data.left_on)))
        facts.append(
            self.tr("Consent to storage: %1").replace(
                "%1", date_short(data.consent_on) if data.consent_on else self.tr("⚠ not recorded")
            )
        )
        for g in self.ctx.commands.read(groups.member_groups, row.id):
            facts.append(self._group_fact(g))
        facts.append(
            self.tr("Meetings (invited or attended): %1").replace("%1", str(past.attendances))
        )
        facts.append(self.tr("Roles held: %1").replace("%1", str(past.roles)))
        lines.append("<p>" + "<br>".join(escape(f) for f in facts) + "</p>")
        section(self.tr("Notes"), data.notes)
        return "\n".join(lines)

    def _group_fact(self, g: groups.MemberGroup) -> str:
        name = self.tr("%1 (the community)").replace("%1", g.name) if g.is_community else g.name
        if g.left_on is not None:
            return (
                self.tr("%1: left on %2").replace("%1", name).replace("%2", date_short(g.left_on))
            )
        return self.tr("Group: %1").replace("%1", name)

    # --- actions ---------------------------------------------------------------------
    def _dialog(self, data=None, exclude_id=None) -> MemberDialog:
        read = self.ctx.commands.read
        orgs = read(organisations.list_organisations)
        group_rows = read(groups.list_groups)
        shown = next((g for g in group_rows if g.id == self.ctx.current_group()), None)
        return MemberDialog(
            organisations=orgs,
            groups=group_rows,
            data=data,
            new_group_ids=self._default_groups(),
            history=read(groups.member_groups, exclude_id) if exclude_id is not None else (),
            guest_group=shown if shown is not None and shown.parent_id is not None else None,
            parent=self,
            settings=self.ctx.settings,
            duplicate_of=lambda email: self.ctx.commands.read(
                members.duplicate_email, email, exclude_id=exclude_id
            ),
        )

    def new_member(self) -> None:
        dialog = self._dialog()
        created: list[int] = []

        def save(data: MemberData) -> None:
            if not data.group_ids:  # nothing ticked: the community and the group shown here
                data = replace(data, group_ids=self._default_groups())
            created.append(
                self.ctx.commands.run(
                    self.tr("Add member %1").replace("%1", data.last_name or data.first_name),
                    members.add_member,
                    data,
                )
            )

        dialog.set_saver(save)
        if dialog.exec() and created:
            self.search.clear()
            self.refresh_if_stale()
            if not self.select(lambda r: r.id == created[0]):
                self.status_filter.setCurrentIndex(self.status_filter.findData(ALL))
                self.select(lambda r: r.id == created[0])
            self.table.setFocus()

    def _default_groups(self) -> tuple[int, ...]:
        rows = self.ctx.commands.read(groups.list_groups)
        shown = self.ctx.current_group()
        return tuple(r.id for r in rows if r.parent_id is None or r.id == shown)

    def activate_current(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            data, version = self.ctx.commands.read(members.get_member, row.id)
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = self._dialog(data, exclude_id=row.id)
        dialog.set_saver(
            lambda new: self.ctx.commands.run(
                self.tr("Edit member %1").replace("%1", row.name),
                members.update_member,
                row.id,
                new,
                version,
            )
        )
        dialog.exec()
        self.table.setFocus()

    # --- several members and a group ---------------------------------------------------
    def add_to_group(self) -> None:
        self._change_group(adding=True)

    def remove_from_group(self) -> None:
        self._change_group(adding=False)

    def _change_group(self, *, adding: bool) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        read = self.ctx.commands.read
        ids = [r.id for r in rows]
        group_rows = [g for g in read(groups.list_groups) if g.active]
        key = "add" if adding else "remove"
        dialog = ChooseGroupDialog(
            adding=adding,
            groups=group_rows,
            names={r.id: r.name for r in rows},
            effect=lambda gid: read(groups.membership_effect, gid, **{key: ids}),
            current_group=self.ctx.current_group(),
            parent=self,
        )
        if not dialog.exec():
            return
        gid = dialog.group_id()
        name = next((g.name for g in group_rows if g.id == gid), "")
        n = len(ids)
        text = (
            self.tr("Add %n member(s) to %1", "", n)
            if adding
            else self.tr("Remove %n member(s) from %1", "", n)
        )
        ok, _ = self.ctx.commands.try_run(
            self, plural(text, n).replace("%1", name), groups.set_group_members, gid, **{key: ids}
        )
        if ok:
            self.ctx.events.status.emit(
                plural(text, n).replace("%1", name) + " – " + self.tr("undo with Ctrl+Z.")
            )

    def toggle_active(self) -> None:
        row = self.current()
        if row is None:
            return
        text = (self.tr("Mark %1 inactive") if row.active else self.tr("Mark %1 active")).replace(
            "%1", row.name
        )
        self.ctx.commands.try_run(self, text, members.set_active, row.id, not row.active)

    def delete_member(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            self.ctx.commands.run(
                self.tr("Delete member %1").replace("%1", row.name), members.delete_member, row.id
            )
            self.ctx.events.status.emit(
                self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", row.name)
            )
        except members.MemberHasHistory as exc:
            self._offer_deactivate(row, exc)
        except UserError as exc:
            self.show_error(exc)

    def _offer_deactivate(self, row: MemberRow, exc: members.MemberHasHistory) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Delete member"),
            translate_error(exc),
            parent=self,
        )
        deactivate = box.addButton(self.tr("Mark &inactive"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(deactivate)
        if not row.active:
            deactivate.setEnabled(False)
        box.exec()
        if box.clickedButton() is deactivate:
            self.ctx.commands.try_run(
                self,
                self.tr("Mark %1 inactive").replace("%1", row.name),
                members.set_active,
                row.id,
                False,
            )
