"""Import contacts: choose a file, see every row as new / duplicate / invalid, map the
companies to organisations, confirm.

The dialog never touches the database. The page hands in three callables:

* ``read(path, report, cancelled) -> ContactsFile`` — parse the file (no database);
* ``check(records, report, cancelled) -> ImportPreview`` — classify against the members;
* ``save(preview, choices, organisation_id, on_done=, on_error=, on_progress=) -> Job`` —
  starts the import itself in the background, through ``Commands.start`` (one undo step,
  recorded when it has committed).

Reading, checking and importing run in the background (``copdesk/ui/runner.py``) behind a
``QProgressDialog`` that can cancel (cancelling the import rolls it back), so neither a
50 MB file nor 10,000 new members freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from copdesk.model.contacts_import import (
    Cancelled,
    ImportPreview,
    ImportResult,
    OrgChoice,
    PreviewRow,
    RowStatus,
)
from copdesk.model.dto import OrganisationRow
from copdesk.model.errors import UserError
from copdesk.ui import runner
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column, DtoTableModel, FilterProxy

ALL = "all"
CREATE = "create"
PROGRESS_STEPS = 1000
# More new members than this is unusual for a CoP: the dialog asks before importing.
MANY = 200


def _render(reason) -> str:
    return reason.render(QCoreApplication.translate) if reason is not None else ""


def _message(exc: BaseException, bug: str) -> str:
    """What to tell about a failed background job: a user error's own text, else *bug*."""
    return translate_error(exc) if isinstance(exc, UserError) else bug


class ImportDialog(QDialog):
    def __init__(
        self,
        *,
        organisations: Sequence[OrganisationRow],
        read: Callable,
        check: Callable,
        save: Callable[..., runner.Job],
        settings=None,
        start_folder: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts"))
        self._organisations = list(organisations)
        self._read, self._check, self._save = read, check, save
        self._settings = settings
        self._start_folder = start_folder
        self._job: runner.Job | None = None
        self._saving = False
        self._progress: QProgressDialog | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None

        # --- the file
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.path_edit.setAccessibleName(self.tr("Contacts file"))
        self.choose_button = QPushButton(icon("open"), self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.hint = QLabel(
            self.tr(
                "In Outlook: File → Open & Export → Import/Export → Export to a file → Comma "
                "Separated Values, then choose the contacts folder. vCard files (.vcf) work too."
            )
        )
        self.hint.setWordWrap(True)

        # --- the preview
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show rows"))
        for text_, value in (
            (self.tr("All rows"), ALL),
            (self.tr("New"), RowStatus.NEW),
            (self.tr("Duplicates"), RowStatus.DUPLICATE),
            (self.tr("Invalid"), RowStatus.INVALID),
        ):
            self.filter.addItem(text_, value)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        filter_label = QLabel(self.tr("&Show:"))
        filter_label.setBuddy(self.filter)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(filter_label)
        summary_row.addWidget(self.filter)

        grey = QBrush(QColor("#6b7280"))
        words = {
            RowStatus.NEW: self.tr("New"),
            RowStatus.DUPLICATE: self.tr("Duplicate"),
            RowStatus.INVALID: self.tr("Invalid"),
        }
        icons = {RowStatus.NEW: "new", RowStatus.DUPLICATE: "members", RowStatus.INVALID: "warning"}
        order = {RowStatus.INVALID: 0, RowStatus.NEW: 1, RowStatus.DUPLICATE: 2}
        columns = [
            Column(
                self.tr("Line"),
                lambda r: str(r.line),
                sort_key=lambda r: r.line,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(
                self.tr("Status"),
                lambda r: words[r.status],
                sort_key=lambda r: (order[r.status], r.line),
                decoration=lambda r: icon(icons[r.status]),
            ),
            Column(
                self.tr("Name"),
                lambda r: r.name,
                foreground=lambda r: grey if r.status != RowStatus.NEW else None,
            ),
            Column(self.tr("E-mail"), lambda r: r.email),
            Column(self.tr("Company"), lambda r: r.organisation),
            Column(
                self.tr("Remark"),
                lambda r: _render(r.reason or r.note),
                tooltip=lambda r: _render(r.reason or r.note) or None,
            ),
        ]
        self.model = DtoTableModel(columns, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Contacts in the file"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # file order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((54, 110, 180, 230, 170)):
            self.table.setColumnWidth(col, width)
        preview_box = QWidget()
        preview_lay = QVBoxLayout(preview_box)
        preview_lay.setContentsMargins(0, 0, 0, 0)
        preview_lay.addLayout(summary_row)
        preview_lay.addWidget(self.table, 1)

        # --- organisations
        self.mapping_box = QGroupBox(self.tr("Organisations of the new members"))
        self.by_company = QRadioButton(self.tr("By &company in the file:"))
        self.everyone = QRadioButton(self.tr("&Everyone into:"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_company)
        self.mode.addButton(self.everyone)
        self.by_company.setChecked(True)
        self.single_org = QComboBox()
        self.single_org.setAccessibleName(self.tr("Organisation for everyone"))
        for org in self._organisations:
            self.single_org.addItem(org.name, org.id)
        self.everyone.setEnabled(bool(self._organisations))
        self.single_org.setEnabled(False)
        self.everyone.toggled.connect(self._mode_changed)
        self.companies = QTableWidget(0, 2)
        self.companies.setHorizontalHeaderLabels(
            [self.tr("Company in the file"), self.tr("Organisation in CoP Desk")]
        )
        self.companies.verticalHeader().hide()
        self.companies.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.companies.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.companies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.companies.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.companies.setTabKeyNavigation(False)
        self.companies.setAccessibleName(self.tr("Companies and organisations"))
        self.no_companies = QLabel(self.tr("The new members have no company in the file."))
        self.no_companies.setWordWrap(True)
        self.no_companies.hide()
        everyone_row = QHBoxLayout()
        everyone_row.addWidget(self.everyone)
        everyone_row.addWidget(self.single_org, 1)
        map_lay = QVBoxLayout(self.mapping_box)
        map_lay.addWidget(self.by_company)
        map_lay.addWidget(self.companies, 1)
        map_lay.addWidget(self.no_companies)
        map_lay.addLayout(everyone_row)
        self._combos: list[tuple[str, QComboBox]] = []

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(preview_box)
        splitter.addWidget(self.mapping_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.privacy_note = QLabel(
            self.tr(
                "Only name, e-mail, phone, company and function are imported; notes, addresses "
                "and birthdays stay out. Imported members are flagged “without consent” until "
                "you record their consent to be stored."
            )
        )
        self.privacy_note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setIcon(icon("import"))
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.privacy_note)
        layout.addWidget(self.buttons)
        self._show_preview(None)
        self.resize(940, 620)
        if settings is not None:
            geometry = settings.geometry(type(self).__name__)
            if geometry is not None:
                self.restoreGeometry(geometry)
        self.choose_button.setFocus()

    # --- choosing and reading the file -----------------------------------------------
    def choose_file(self) -> None:
        start = self._start_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a contacts file"),
            start,
            self.tr("Contacts (*.csv *.vcf *.txt);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check *path* in the background; the preview appears when done."""
        self._cancel_job()
        path = Path(path)
        self.path_edit.setText(str(path))
        self._start_folder = str(path.parent)
        self._show_preview(None)
        self.summary.setText(self.tr("Reading the file …"))
        progress = self._open_progress(self.tr("Reading “%1” …").replace("%1", path.name))
        read, check = self._read, self._check

        def work(report, cancelled):
            def reading(done, total):  # reading is the first 80 %
                report(int(PROGRESS_STEPS * 0.8 * done / max(total, 1)), PROGRESS_STEPS)

            def checking(done, total):
                report(int(PROGRESS_STEPS * (0.8 + 0.2 * done / max(total, 1))), PROGRESS_STEPS)

            contacts = read(path, report=reading, cancelled=cancelled)
            return contacts, check(contacts.records, report=checking, cancelled=cancelled)

        job = runner.start(
            work, on_done=self._loaded, on_error=self._failed, on_progress=self._on_progress
        )
        progress.canceled.connect(job.cancel)
        self._job = job

    def _open_progress(self, label: str) -> QProgressDialog:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, PROGRESS_STEPS, self)
        progress.setWindowTitle(self.tr("Import contacts"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self._progress = progress
        return progress

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setValue(min(done, PROGRESS_STEPS - 1))

    def _close_progress(self) -> None:
        self._job = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _loaded(self, result) -> None:
        self._close_progress()
        contacts, preview = result
        self._show_preview(preview, contacts)

    def _failed(self, exc) -> None:
        self._close_progress()
        self._show_preview(None)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled. Choose the file again to read it."))
            return
        message = _message(
            exc,
            self.tr(
                "The file could not be read because of an error in CoP Desk. Details are in the "
                "log file (Help › Show the log folder)."
            ),
        )
        self.summary.setText("⚠ " + message)
        QMessageBox.warning(self, self.windowTitle(), message)

    def _cancel_job(self) -> None:
        if self._job is not None:
            job = self._job
            job.cancel()
            for signal in (job.signals.finished, job.signals.failed, job.signals.progress):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass
        self._close_progress()

    # --- showing the preview ---------------------------------------------------------
    def _show_preview(self, preview: ImportPreview | None, contacts=None) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows if preview else [])
        self._fill_companies(preview)
        has = preview is not None
        self.table.setEnabled(has)
        self.filter.setEnabled(has)
        self.mapping_box.setEnabled(preview is not None and preview.new > 0)
        n = preview.new if preview else 0
        self.import_button.setText(plural(self.tr("&Import %n member(s)", "", n), n))
        self.import_button.setEnabled(n > 0)
        if preview is None:
            self.summary.setText(self.tr("Choose the contacts file exported from Outlook."))
            return
        parts = [
            plural(self.tr("%n new", "", preview.new), preview.new),
            plural(self.tr("%n duplicate(s)", "", preview.duplicates), preview.duplicates),
            plural(self.tr("%n invalid", "", preview.invalid), preview.invalid),
        ]
        text_ = " · ".join(parts)
        if contacts is not None:
            encoding = {
                "cp1252": "Windows-1252",
                "utf-8": "UTF-8",
                "utf-8-sig": "UTF-8 (BOM)",
                "utf-16": "UTF-16",
            }.get(contacts.encoding, contacts.encoding)
            if contacts.kind == "vcard":
                how = self.tr("vCard, %1").replace("%1", encoding)
            else:
                sep = {",": ",", ";": ";", "\t": self.tr("tab")}.get(contacts.delimiter, "?")
                how = self.tr("CSV, %1, separator “%2”").replace("%1", encoding).replace("%2", sep)
            text_ += f"  ({how})"
        if not preview.rows:
            text_ = self.tr("The file holds no contacts.")
        self.summary.setText(text_)
        if preview.new:
            self.import_button.setFocus()

    def _apply_filter(self) -> None:
        mode = self.filter.currentData()

        def shown(row: PreviewRow) -> bool:
            return bool(row.status == mode)

        self.proxy.set_predicate(None if mode == ALL else shown)

    def _fill_companies(self, preview: ImportPreview | None) -> None:
        self.companies.setRowCount(0)
        self._combos = []
        matches = preview.companies if preview else ()
        self.companies.setVisible(bool(matches) or preview is None)
        self.no_companies.setVisible(preview is not None and not matches)
        for match in matches:
            row = self.companies.rowCount()
            self.companies.insertRow(row)
            label = plural(self.tr("%1 (%n new member(s))", "", match.count), match.count)
            self.companies.setCellWidget(row, 0, QLabel(label.replace("%1", match.company)))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Organisation for “%1”").replace("%1", match.company))
            combo.addItem(
                icon("new"), self.tr("New organisation “%1”").replace("%1", match.company), CREATE
            )
            for org in self._organisations:
                combo.addItem(org.name, org.id)
            combo.addItem(self.tr("(no organisation)"), None)
            index = combo.findData(match.organisation_id) if match.organisation_id else 0
            combo.setCurrentIndex(max(index, 0))
            self.companies.setCellWidget(row, 1, combo)
            self._combos.append((match.company, combo))
        self.companies.resizeRowsToContents()

    def _mode_changed(self, everyone: bool) -> None:
        self.single_org.setEnabled(everyone)
        self.companies.setEnabled(not everyone)

    # --- confirming --------------------------------------------------------------------
    def choices(self) -> tuple[OrgChoice, ...]:
        result = []
        for company, combo in self._combos:
            data = combo.currentData()
            if data == CREATE:
                result.append(OrgChoice(company, None, create=True))
            else:
                result.append(OrgChoice(company, data, create=False))
        return tuple(result)

    def organisation_for_everyone(self) -> int | None:
        return self.single_org.currentData() if self.everyone.isChecked() else None

    def _confirm(self) -> None:
        if self.preview is None or not self.preview.new:
            return
        n = self.preview.new
        if (
            n > MANY
            and QMessageBox.question(
                self,
                self.windowTitle(),
                plural(
                    self.tr(
                        "Add %n member(s)? A community of practice usually has 10 to 30 members: "
                        "check that you exported only the contacts of the community, not a whole "
                        "address book.",
                        "",
                        n,
                    ),
                    n,
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        progress = self._open_progress(plural(self.tr("Importing %n member(s) …", "", n), n))
        self._saving = True
        self.import_button.setEnabled(False)

        def scaled(done: int, total: int) -> None:
            self._on_progress(PROGRESS_STEPS * done // max(total, 1), PROGRESS_STEPS)

        job = self._save(
            self.preview,
            self.choices(),
            self.organisation_for_everyone(),
            on_done=self._saved,
            on_error=self._save_failed,
            on_progress=scaled,
        )
        progress.canceled.connect(job.cancel)

    def _saved(self, result: ImportResult) -> None:
        self._saving = False
        self._close_progress()
        self.imported = result
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._close_progress()
        self.import_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Import cancelled: no member was added."))
            return
        QMessageBox.warning(
            self,
            self.windowTitle(),
            _message(
                exc,
                self.tr(
                    "The import failed because of an error in CoP Desk; no member was added. Details "
                    "are in the log file (Help › Show the log folder)."
                ),
            ),
        )

    def done(self, result: int) -> None:
        if self._saving:  # the import finishes or rolls back first; its progress can cancel
            return
        self._cancel_job()
        if self._settings is not None:
            self._settings.set_geometry(type(self).__name__, self.saveGeometry())
        super().done(result)

    def rows(self) -> list[PreviewRow]:
        return self.model.rows()
