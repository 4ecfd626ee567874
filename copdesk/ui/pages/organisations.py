"""Organisations: the municipalities and utilities of the community, with video defaults."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from copdesk.model import organisations
from copdesk.model.dto import OrganisationRow
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.ui.dialogs.organisation_dialog import (
    KIND_LABELS,
    VIDEO_LABELS,
    OrganisationDialog,
    label,
    state_name,
)
from copdesk.ui.html import para, tag
from copdesk.ui.i18n import plural
from copdesk.ui.models.dto_table import Column
from copdesk.ui.page_base import ListPage, PageContext


class OrganisationsPage(ListPage[OrganisationRow]):
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Organisations")
    icon_name = "organisations"
    tables = frozenset({"organisation", "member"})
    opens = frozenset({"organisation"})
    row_table = "organisation"

    def __init__(self, ctx: PageContext, parent=None) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns: list[Column[OrganisationRow]] = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: label(KIND_LABELS, r.kind)),
            Column(self.tr("Federal state"), lambda r: state_name(r.state)),
            Column(self.tr("City"), lambda r: r.city),
            Column(self.tr("Video tool"), lambda r: label(VIDEO_LABELS, r.video_tool)),
            Column(
                self.tr("Members"),
                lambda r: str(r.member_count),
                sort_key=lambda r: r.member_count,
                align=right,
                searchable=False,
            ),
        ]
        super().__init__(ctx, columns, parent)
        self.search.setPlaceholderText(self.tr("Search organisations (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.table.setAccessibleName(self.tr("Organisations"))
        if ctx.settings.geometry("OrganisationsPage/header") is None:
            for col, width in enumerate((240, 130, 170, 140, 150)):
                self.table.setColumnWidth(col, width)
        self.new_action = self.make_action(
            self.tr("&New organisation…"),
            "new",
            self.new_org,
            QKeySequence.StandardKey.New,
            self.tr("Add an organisation (Ctrl+N)"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit organisation…"),
            "edit",
            self.activate_current,
            "Ctrl+E",
            self.tr("Edit the selected organisation (Enter)"),
        )
        self.delete_action = self.make_action(
            self.tr("&Delete organisation"),
            "delete",
            self.delete_org,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected organisation (Del)"),
        )
        self.selection_changed(None)

    def reload(self) -> None:
        self.set_rows(self.ctx.commands.read(organisations.list_organisations))

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        self.search.clear()
        self.select(lambda r: r.id == item_id)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return plural(self.tr("%n organisation(s)", "", total), total)
        return self.tr("%n of %1 shown", "", shown).replace("%1", str(total))

    def empty_text(self) -> str:
        return self.tr(
            "No organisations yet.\nAdd the municipalities and utilities of your "
            "community with “New organisation” (Ctrl+N)."
        )

    def selection_changed(self, row: OrganisationRow | None) -> None:
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)

    def detail_html(self, row: OrganisationRow) -> str:
        data, _version = self.ctx.commands.read(organisations.get_organisation, row.id)
        parts = [f"<h2>{escape(data.name)}</h2>"]
        facts = [label(KIND_LABELS, data.kind)]
        if data.city or data.state:
            facts.append(", ".join(x for x in (data.city, state_name(data.state)) if x))
        facts.append(plural(self.tr("%n member(s)", "", row.member_count), row.member_count))
        parts.append("<p>" + "<br>".join(escape(f) for f in facts) + "</p>")
        if data.video_tool or data.video_link:
            parts.append(tag("h4", self.tr("Video conference")))
            video = [label(VIDEO_LABELS, data.video_tool)] if data.video_tool else []
            video += [x for x in (data.video_link, data.video_dialin, data.video_text) if x]
            parts.append(
                "<p>" + "<br>".join(escape(v).replace("\n", "<br>") for v in video) + "</p>"
            )
        if data.notes:
            parts.append(tag("h4", self.tr("Notes")) + para(data.notes))
        return "\n".join(parts)

    def new_org(self) -> None:
        dialog = OrganisationDialog(parent=self, settings=self.ctx.settings)
        created: list[int] = []
        dialog.set_saver(
            lambda data: created.append(
                self.ctx.commands.run(
                    self.tr("Add organisation %1").replace("%1", data.name),
                    organisations.add_organisation,
                    data,
                )
            )
        )
        if dialog.exec() and created:
            self.search.clear()
            self.refresh_if_stale()
            self.select(lambda r: r.id == created[0])
            self.table.setFocus()

    def activate_current(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            data, version = self.ctx.commands.read(organisations.get_organisation, row.id)
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = OrganisationDialog(data=data, parent=self, settings=self.ctx.settings)
        dialog.set_saver(
            lambda new: self.ctx.commands.run(
                self.tr("Edit organisation %1").replace("%1", row.name),
                organisations.update_organisation,
                row.id,
                new,
                version,
            )
        )
        dialog.exec()
        self.table.setFocus()

    def delete_org(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Delete organisation %1").replace("%1", row.name),
            organisations.delete_organisation,
            row.id,
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", row.name)
            )
