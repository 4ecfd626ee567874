"""The protocol PDF of the minutes page: its options (version for circulation, logo),
building it on a worker thread with a progress dialog that can cancel, preview, print and
export. The window never waits for reportlab; files are written by ``formats.protocol``
(atomically). Texts keep the translation context "MinutesPage".
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from copdesk.formats import protocol
from copdesk.model import tempfiles
from copdesk.model.errors import UserError
from copdesk.model.minutes import Minutes
from copdesk.ui import runner
from copdesk.ui.icons import icon
from copdesk.ui.minutes.preview import PreviewDialog, print_pdf
from copdesk.ui.page_base import PageContext
from copdesk.ui.settings import LOGO_PATH, Key

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# the folder the last protocol was exported to (a page-local preference)
EXPORT_DIR = Key("protocol/export_dir", "", str)


class ProtocolExport(QObject):
    """Preview, print and export of the shown meeting's protocol."""

    def __init__(
        self,
        ctx: PageContext,
        fresh_minutes: Callable[[], Minutes | None],
        page: QWidget,
        show_error: Callable[[UserError], None],
    ) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self._fresh_minutes = fresh_minutes  # the minutes read again, right before a build
        self._show_error = show_error
        self.job: runner.Job | None = None
        self.progress_dialog: QProgressDialog | None = None  # tests look at it
        self.preview_dialog: PreviewDialog | None = None
        self.share_safe = QCheckBox(
            QCoreApplication.translate(
                "MinutesPage", "Version for &circulation (without check-in and private notes)"
            )
        )
        self.share_safe.setToolTip(
            QCoreApplication.translate(
                "MinutesPage",
                "For sharing across organisations: the PDF leaves "
                "out check-in notes and notes marked private",
            )
        )
        self.logo_button = QToolButton()
        self.logo_button.setText(QCoreApplication.translate("MinutesPage", "&Logo"))
        self.logo_button.setIcon(icon("open"))
        self.logo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.logo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        logo_menu = QMenu(self.logo_button)
        logo_menu.addAction(
            QCoreApplication.translate("MinutesPage", "&Choose a logo for the protocol…"),
            self.choose_logo,
        )
        self.remove_logo_action = logo_menu.addAction(
            QCoreApplication.translate("MinutesPage", "&Remove the logo"), self.remove_logo
        )
        self.logo_button.setMenu(logo_menu)
        self._update_logo_tip()

    # --- the logo (a user setting: it belongs to the person's organisation) -------------
    def _update_logo_tip(self) -> None:
        logo = self.ctx.settings.get(LOGO_PATH)
        self.logo_button.setToolTip(
            QCoreApplication.translate("MinutesPage", "Logo on the protocol: %1").replace(
                "%1", logo
            )
            if logo
            else QCoreApplication.translate(
                "MinutesPage", "No logo on the protocol. Choose one (PNG or JPEG)."
            )
        )
        self.remove_logo_action.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        current = self.ctx.settings.get(LOGO_PATH)
        name, _filter = QFileDialog.getOpenFileName(
            self.page,
            QCoreApplication.translate("MinutesPage", "Logo for the protocol"),
            current or str(Path.home()),
            QCoreApplication.translate("MinutesPage", "Images (*.png *.jpg *.jpeg)"),
        )
        if not name:
            return
        try:
            protocol.check_logo(name)
        except UserError as exc:
            self._show_error(exc)
            return
        self.ctx.settings.set(LOGO_PATH, name)
        self._update_logo_tip()
        self.ctx.events.status.emit(
            QCoreApplication.translate(
                "MinutesPage", "The protocol now shows the logo %1."
            ).replace("%1", Path(name).name)
        )

    def remove_logo(self) -> None:
        self.ctx.settings.set(LOGO_PATH, "")
        self._update_logo_tip()

    # --- the PDF: built in the background ---------------------------------------------------
    def options(self) -> protocol.ProtocolOptions:
        logo = self.ctx.settings.get(LOGO_PATH) or None
        return protocol.ProtocolOptions(share_safe=self.share_safe.isChecked(), logo=logo)

    def build_pdf(self, target: Path, on_done: Callable[[Path], None]) -> None:
        """Build the protocol of the shown meeting into *target* on a worker thread."""
        if self.job is not None:
            return
        data = self._fresh_minutes()
        if data is None:
            return
        options = self.options()
        progress = QProgressDialog(
            QCoreApplication.translate("MinutesPage", "Building the protocol …"),
            QCoreApplication.translate("MinutesPage", "Cancel"),
            0,
            protocol.PROGRESS_TOTAL,
            self.page,
        )
        progress.setWindowTitle(QCoreApplication.translate("MinutesPage", "Protocol"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def work(report: protocol.ProgressFn, cancelled: protocol.CancelledFn) -> Path:
            return protocol.build_protocol(
                data, target, options, progress=report, cancelled=cancelled
            )

        def finished(result: Path) -> None:
            self.job = None
            progress.close()
            progress.deleteLater()
            on_done(Path(result))

        def failed(exc: BaseException) -> None:
            self.job = None
            progress.close()
            progress.deleteLater()
            if isinstance(exc, protocol.Cancelled):
                self.ctx.events.status.emit(
                    QCoreApplication.translate("MinutesPage", "Cancelled; no file was written.")
                )
            elif isinstance(exc, UserError):
                self._show_error(exc)
            else:
                QMessageBox.critical(
                    self.page,
                    QCoreApplication.translate("MinutesPage", "Protocol"),
                    QCoreApplication.translate(
                        "MinutesPage",
                        "The protocol could not be built because of an error in CoP Desk. "
                        "Details are in the log file (Help › Show the log folder).",
                    ),
                )

        self.job = runner.start(
            work,
            on_done=finished,
            on_error=failed,
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(self.job.cancel)
        self.progress_dialog = progress

    def _temp_target(self, m: Minutes) -> Path:
        """A fresh private folder for a PDF that is only previewed or printed."""
        folder = tempfiles.mkdtemp("protocol")
        return folder / protocol.default_file_name(m, self.options())

    def preview(self, m: Minutes | None) -> None:
        if m is not None:
            self.build_pdf(self._temp_target(m), lambda path: self.show_preview(path, m))

    def show_preview(self, path: Path, m: Minutes) -> None:
        title = QCoreApplication.translate("MinutesPage", "Preview: %1").replace("%1", path.name)
        dialog = PreviewDialog(
            path,
            title,
            parent=self.page,
            on_print=lambda: self.print_file(path, dialog),
            on_export=lambda: self.export_pdf(m, dialog, built=path),
        )
        self.preview_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
            shutil.rmtree(path.parent, ignore_errors=True)

    def print_protocol(self, m: Minutes | None) -> None:
        if m is None:
            return

        def print_and_clean(path: Path) -> None:
            try:
                self.print_file(path, self.page)
            finally:
                shutil.rmtree(path.parent, ignore_errors=True)

        self.build_pdf(self._temp_target(m), print_and_clean)

    def print_file(self, path: Path, parent: QWidget) -> None:
        # deferred: QtPrintSupport only when printing
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("MinutesPage", "Print the protocol"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.send_to_printer(path, printer)

    def send_to_printer(self, path: Path, printer: QPrinter) -> int:
        pages = print_pdf(path, printer)
        self.ctx.events.status.emit(
            QCoreApplication.translate(
                "MinutesPage", "%n page(s) sent to the printer.", "", pages
            ).replace("(s)", "" if pages == 1 else "s")
        )
        return pages

    def ask_export_target(self, m: Minutes, parent: QWidget | None = None) -> Path | None:
        folder = Path(self.ctx.settings.get(EXPORT_DIR) or Path.home())
        suggested = str(folder / protocol.default_file_name(m, self.options()))
        name, _filter = QFileDialog.getSaveFileName(
            parent or self.page,
            QCoreApplication.translate("MinutesPage", "Export protocol as PDF"),
            suggested,
            QCoreApplication.translate("MinutesPage", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.ctx.settings.set(EXPORT_DIR, str(target.parent))
        return target

    def export_pdf(
        self, m: Minutes | None, parent: QWidget | None = None, built: Path | None = None
    ) -> None:
        if m is None:
            return
        target = self.ask_export_target(m, parent)
        if target is None:
            return
        if built is not None and built.exists():
            try:  # the previewed file, already built, saved under the chosen name
                protocol.save_copy(built, target)
            except UserError as exc:
                self._show_error(exc)
                return
            self._exported(target)
        else:
            self.build_pdf(target, self._exported)

    def _exported(self, path: Path) -> None:
        self.ctx.events.status.emit(
            QCoreApplication.translate("MinutesPage", "Protocol saved as %1").replace(
                "%1", str(path)
            )
        )
