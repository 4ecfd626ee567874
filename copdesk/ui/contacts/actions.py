"""The Members page's contact and data-protection actions, kept out of ``members.py``.

``MembersPage`` creates one :class:`ContactActions`; it adds

* "Import contacts…" (Outlook CSV / vCard, ``import_dialog.py``),
* "Data protection" with a menu: "Export members…" (CSV for Excel and Outlook, or vCard),
  "Data request (Art. 15)…" (JSON + readable text in one action) and
  "Forget member (Art. 17)…" (confirmation, then erasure without undo),

plus the consent column and the "Without consent" filter of the member list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QToolButton,
)

from copdesk.formats.dates import date_short
from copdesk.model import backups, contacts_import, organisations, privacy
from copdesk.model.dto import MemberRow
from copdesk.model.errors import UserError
from copdesk.paths import base_dirs
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column

NO_CONSENT = "no_consent"


def without_consent(row: MemberRow) -> bool:
    return row.active and row.consent_on is None


def consent_column() -> Column:
    """ "✓ 03.02.2020" or "⚠ missing" — a word, never colour alone."""

    def show(row: MemberRow) -> str:
        if row.consent_on is not None:
            return "✓ " + date_short(row.consent_on)
        return "⚠ " + QCoreApplication.translate("ContactActions", "missing")

    return Column(
        QCoreApplication.translate("ContactActions", "Consent"),
        show,
        sort_key=lambda r: r.consent_on,
        searchable=False,
        tooltip=lambda r: (
            None
            if r.consent_on
            else QCoreApplication.translate(
                "ContactActions",
                "No consent to storage recorded yet: ask the member and enter "
                "the date in their details.",
            )
        ),
    )


def add_consent_filter(combo: QComboBox) -> None:
    combo.addItem(QCoreApplication.translate("ContactActions", "Without consent"), NO_CONSENT)


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _language() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def _slug(text: str) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in text)
    return "-".join(p for p in safe.split("-") if p)[:60] or "member"


class ContactActions(QObject):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        if self.ctx.settings.geometry(f"{type(page).__name__}/header") is None:
            for col in range(page.model.columnCount()):  # room for "✓ 08.02.2020"
                if page.model.headerData(col, Qt.Orientation.Horizontal) == self.tr("Consent"):
                    page.table.setColumnWidth(col, 118)
        self.import_action = page.make_action(
            self.tr("Im&port contacts…"),
            "import",
            self.import_contacts,
            "Ctrl+Shift+I",
            self.tr("Import members from an Outlook contacts export (CSV) or a vCard file"),
        )
        self.menu = QMenu(page)
        self.privacy_action = page.make_action(
            self.tr("Data pro&tection"),
            "shield",
            self._show_menu,
            None,
            self.tr("Export members, answer a data request, forget a member"),
        )
        self.privacy_action.setMenu(self.menu)
        self.export_action = self._sub_action(
            self.tr("E&xport members…"),
            "export",
            self.export_members,
            "Ctrl+Shift+E",
            self.tr("Save the members shown as CSV for Excel and Outlook, or as vCard"),
        )
        self.menu.addSeparator()
        self.access_action = self._sub_action(
            self.tr("&Data request (Art. 15)…"),
            "shield",
            self.subject_access,
            None,
            self.tr("Save everything stored about the selected member (JSON and text)"),
        )
        self.forget_action = self._sub_action(
            self.tr("&Forget member (Art. 17)…"),
            "person-off",
            self.forget,
            None,
            self.tr("Erase the selected member's personal data; minutes stay complete"),
        )

    def _sub_action(self, text: str, icon_name: str, slot, shortcut, tip: str) -> QAction:
        action = QAction(icon(icon_name), text, self.page)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.page.addAction(action)
        self.menu.addAction(action)
        return action

    def _show_menu(self) -> None:
        """The toolbar button's main part opens the menu too (below the button)."""
        for widget in self.privacy_action.associatedObjects():
            if isinstance(widget, QToolButton) and widget.isVisible():
                self.menu.popup(widget.mapToGlobal(widget.rect().bottomLeft()))
                return
        self.menu.popup(self.page.mapToGlobal(self.page.rect().topLeft()))

    def selection_changed(self, row: MemberRow | None) -> None:
        self.access_action.setEnabled(row is not None)
        self.forget_action.setEnabled(row is not None)

    # --- import ------------------------------------------------------------------------
    def import_contacts(self, _checked=False, path: Path | None = None):
        from copdesk.formats.contacts import read_contacts  # deferred: page opens faster
        from copdesk.ui.contacts.import_dialog import ImportDialog  # deferred: page opens faster

        commands = self.ctx.commands
        orgs = commands.read(organisations.list_organisations)

        def check(records, report, cancelled):
            return commands.read(
                contacts_import.analyse, records, report=report, cancelled=cancelled
            )

        def save(preview, choices, organisation_id, **callbacks):
            text = plural(self.tr("Import %n contact(s)", "", preview.new), preview.new)
            return commands.start(
                text,
                contacts_import.confirm_import,
                preview.records,
                choices,
                organisation_id=organisation_id,
                **callbacks,
            )

        dialog = ImportDialog(
            organisations=orgs,
            read=read_contacts,
            check=check,
            save=save,
            settings=self.ctx.settings,
            parent=self.page,
        )
        if path is not None:
            dialog.load(path)
        accepted = dialog.exec()
        result = dialog.imported
        dialog.deleteLater()
        if accepted and result is not None:
            self.ctx.events.status.emit(
                plural(
                    self.tr("%n member(s) imported. Undo with Ctrl+Z.", "", result.added),
                    result.added,
                )
            )
            self.page.search.clear()
            self.page.table.setFocus()
        return result

    # --- export ------------------------------------------------------------------------
    def shown_member_ids(self) -> list[int]:
        proxy = self.page.proxy
        return [proxy.object_at(proxy.index(r, 0)).id for r in range(proxy.rowCount())]

    def export_members(self) -> None:
        from copdesk.formats.contacts import write_contacts  # deferred: page opens faster

        ids = self.shown_member_ids()
        if not ids:
            QMessageBox.information(
                self.page,
                self.tr("Export members"),
                self.tr("No members are shown; there is nothing to export."),
            )
            return
        csv_filter = self.tr("CSV for Excel and Outlook (*.csv)")
        vcf_filter = self.tr("vCard (*.vcf)")
        name = self.tr("members") + ".csv"
        path, chosen = QFileDialog.getSaveFileName(
            self.page,
            plural(self.tr("Export %n member(s)", "", len(ids)), len(ids)),
            str(Path(_documents()) / name),
            f"{csv_filter};;{vcf_filter}",
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".vcf" if chosen == vcf_filter else ".csv")
        try:
            records = self.ctx.commands.read(contacts_import.export_contacts, ids)
            write_contacts(target, records, language=_language())
        except UserError as exc:
            self.page.show_error(exc)
            return
        self.ctx.events.status.emit(
            plural(self.tr("%n member(s) exported to %1", "", len(records)), len(records)).replace(
                "%1", str(target)
            )
        )

    # --- Art. 15 -----------------------------------------------------------------------
    def subject_access(self) -> None:
        from copdesk.formats.privacy_report import write_report  # deferred: page opens faster

        row = self.page.current()
        if row is None:
            return
        try:
            report = self.ctx.commands.read(privacy.subject_access, row.id)
        except UserError as exc:
            self.page.show_error(exc)
            return
        name = (
            self.tr("data-request") + f"-{_slug(row.last_name or row.name)}-"
            f"{dt.date.today().isoformat()}.json"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Save the data request of %1").replace("%1", row.name),
            str(Path(_documents()) / name),
            self.tr("JSON and text (*.json)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_name(target.name + ".json")
        try:
            json_path, text_path = write_report(target, report)
        except UserError as exc:
            self.page.show_error(exc)
            return
        QMessageBox.information(
            self.page,
            self.tr("Data request (Art. 15)"),
            self.tr(
                "Everything stored about %1 was saved:\n\n%2 (readable text)\n%3 "
                "(machine-readable, JSON)\n\nSend both files to the member. They contain "
                "personal data: delete them once sent."
            )
            .replace("%1", row.name)
            .replace("%2", str(text_path))
            .replace("%3", str(json_path)),
        )

    # --- Art. 17 -----------------------------------------------------------------------
    def forget(self, _checked=False) -> bool:
        """Ask (what changes, what stays, which backups hold them), then erase."""
        from copdesk.ui.contacts.privacy_dialog import ForgetDialog  # deferred: page opens faster

        row = self.page.current()
        if row is None:
            return False
        commands = self.ctx.commands
        label = QCoreApplication.translate("privacy", privacy.PSEUDONYM_LABEL)
        removed = QCoreApplication.translate("privacy", privacy.REMOVED_LABEL)
        try:
            preview = commands.read(privacy.forget_preview, row.id, pseudonym=label)
        except privacy.AlreadyForgotten as exc:
            # finishing an erasure whose cleaning step could not complete before
            problem = privacy.clean_after_erasure(commands.community.engine)
            if problem is None:
                self.ctx.events.status.emit(
                    self.tr("%1: already forgotten; the file was cleaned again.").replace(
                        "%1", row.name
                    )
                )
            else:
                self.page.show_error(problem if problem.cause else exc)
            return False
        except UserError as exc:
            self.page.show_error(exc)
            return False
        backup_dir = base_dirs().backups
        holding = backups.holding_member(
            commands.community.path, backup_dir, row.id, identity=preview.identity
        )
        dialog = ForgetDialog(preview, holding, self.page)
        ok = dialog.exec() == ForgetDialog.DialogCode.Accepted
        delete_backups = dialog.delete_backups.isChecked()
        dialog.deleteLater()
        if not ok:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = commands.run(
                self.tr("Forget member"),
                privacy.forget_member,
                row.id,
                pseudonym=label,
                removed=removed,
                undoable=False,
            )
            problem = privacy.clean_after_erasure(commands.community.engine)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self.page.show_error(exc)
            return False
        deleted = backups.delete(holding) if delete_backups else 0
        QApplication.restoreOverrideCursor()
        if problem:
            self.page.show_error(problem)
        self.page.open_item("member", row.id)  # shown under the new name (search cleared)
        message = self.tr(
            "The member's personal data was erased; they now appear as “%1”."
        ).replace("%1", result.pseudonym)
        if deleted:
            message += " " + plural(self.tr("%n backup(s) deleted.", "", deleted), deleted)
        self.ctx.events.status.emit(message)
        return True
