"""The group selector's menu: new sub-group, edit, members, archive/restore, delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from copdesk.model import groups
from copdesk.model.dto import GroupRow
from copdesk.ui.commands import Commands
from copdesk.ui.groups.group_dialog import GroupDialog
from copdesk.ui.groups.members_dialog import GroupMembersDialog
from copdesk.ui.settings import Settings


class GroupMenu(QToolButton):
    """A small button beside the group selector; its menu acts on the selected group.

    *select* is called with a new group's id so that the selector shows it;
    *show_archived_changed* when the user asks to see (or hide) archived groups.
    """

    def __init__(
        self,
        commands: Commands,
        settings: Settings,
        current_group: Callable[[], int],
        select: Callable[[int], None],
        show_archived_changed: Callable[[bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._commands = commands
        self._settings = settings
        self._current = current_group
        self._select = select
        self.setText("…")
        self.setToolTip(self.tr("Groups: create, edit, members, archive"))
        self.setAccessibleName(self.tr("Group actions"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.new_action = menu.addAction(self.tr("&New sub-group…"), self.new_group)
        self.edit_action = menu.addAction(self.tr("&Edit group…"), self.edit_group)
        self.members_action = menu.addAction(self.tr("&Members of this group…"), self.edit_members)
        self.cohort_action = menu.addAction(self.tr("&Learning circle…"), self.open_cohorts)
        menu.addSeparator()
        self.archive_action = menu.addAction(self.tr("&Archive group"), self.archive)
        self.restore_action = menu.addAction(self.tr("&Restore group"), self.restore)
        self.delete_action = menu.addAction(self.tr("&Delete group"), self.delete)
        menu.addSeparator()
        self.show_archived = QAction(self.tr("&Show archived groups"), self)
        self.show_archived.setCheckable(True)
        self.show_archived.toggled.connect(show_archived_changed)
        menu.addAction(self.show_archived)
        menu.aboutToShow.connect(self._update_actions)
        self.setMenu(menu)

    def _row(self) -> GroupRow | None:
        gid = self._current()
        return next((r for r in self._commands.read(groups.list_groups) if r.id == gid), None)

    def _update_actions(self) -> None:
        row = self._row()
        sub = row is not None and row.parent_id is not None
        self.edit_action.setEnabled(row is not None)
        self.members_action.setEnabled(row is not None)
        self.cohort_action.setEnabled(sub)
        self.archive_action.setVisible(not (row is not None and not row.active))
        self.archive_action.setEnabled(sub and row is not None and row.active)
        self.restore_action.setVisible(row is not None and not row.active)
        self.delete_action.setEnabled(sub)

    def new_group(self) -> None:
        dialog = GroupDialog(parent=self.window(), settings=self._settings)
        created: list[int] = []

        def save(data: groups.GroupData) -> None:
            created.append(self._commands.run(self.tr("New sub-group"), groups.add_group, data))

        dialog.set_saver(save)
        if dialog.exec() and created:
            self._select(created[0])

    def edit_group(self) -> None:
        gid = self._current()
        data, version = self._commands.read(groups.get_group, gid)
        dialog = GroupDialog(data=data, parent=self.window(), settings=self._settings)
        dialog.set_saver(
            lambda new: self._commands.run(
                self.tr("Edit group"), groups.update_group, gid, new, version
            )
        )
        dialog.exec()

    def edit_members(self) -> None:
        row = self._row()
        if row is None:
            return
        from copdesk.model import members  # deferred: first paint needs Core only

        # the community's members and this group's guests (who are not in the community)
        everyone = self._commands.read(members.list_members)
        known = {m.id for m in everyone}
        everyone += [
            m
            for m in self._commands.read(members.list_members, group_id=row.id)
            if m.id not in known
        ]
        current = self._commands.read(groups.current_member_ids, row.id)
        dialog = GroupMembersDialog(row.name, everyone, current, self.window())
        if not dialog.exec():
            return
        add, remove = dialog.changes()
        if add or remove:
            self._commands.try_run(
                self.window(),
                self.tr("Change group members"),
                groups.set_group_members,
                row.id,
                add=add,
                remove=remove,
            )

    def open_cohorts(self) -> None:
        row = self._row()
        if row is None or row.parent_id is None:
            return
        from copdesk.ui.cohorts import open_cohort_dialog  # deferred: start-up cost
        from copdesk.ui.page_base import PageContext  # deferred: with the dialog

        ctx = PageContext(self._commands, self._commands.events, self._settings, self._current)
        open_cohort_dialog(ctx, row.id, row.name, self.window())

    def archive(self) -> None:
        self._commands.try_run(
            self.window(), self.tr("Archive group"), groups.archive_group, self._current()
        )

    def restore(self) -> None:
        self._commands.try_run(
            self.window(), self.tr("Restore group"), groups.restore_group, self._current()
        )

    def delete(self) -> None:
        row = self._row()
        if row is None:
            return
        answer = QMessageBox.question(
            self.window(),
            self.tr("Delete group"),
            self.tr("Delete the group “%1”? Undo brings it back.").replace("%1", row.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._commands.try_run(
                self.window(), self.tr("Delete group"), groups.delete_group, row.id
            )
