"""File → "Pass the community on…" and "Open a hand-over…".

Two functions for the application controller (``copdesk/app.py``) to call:

* :func:`pass_on` shows what the hand-over contains, asks where to save it, and writes the
  ``.copdesk-handover`` file in the background (consistent copy + PDF sheet, one file).
* :func:`open_handover` asks for a hand-over file, shows what it is, asks where to keep
  the community, warns before replacing a file that has newer data, extracts and checks
  it, optionally saves the PDF sheet next to it, and opens the community.

See ``copdesk/model/handover/`` for the format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, local, meeting_when, time_short
from copdesk.model import db, handover, uow
from copdesk.model.contacts_import import Cancelled
from copdesk.model.errors import UserError
from copdesk.paths import FILE_SUFFIX
from copdesk.ui import runner
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import icon
from copdesk.ui.settings import ORGANISER_NAME, Settings

CTX = "HandoverDialog"
PROGRESS_STEPS = 1000
PROGRESS_DELAY_MS = 300  # a quick check shows no progress dialog at all

T = TypeVar("T")


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _path_row(
    parent: QWidget, edit: QLineEdit, button_text: str, choose: Callable[[], None]
) -> QWidget:
    row = QWidget(parent)
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(edit, 1)
    button = QPushButton(icon("open"), button_text)
    button.clicked.connect(choose)
    lay.addWidget(button)
    return row


# --- passing the community on ------------------------------------------------------------


class PassOnDialog(QDialog):
    """What goes into the hand-over, and where to save it."""

    def __init__(self, sheet: handover.HandoverSheet, target: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pass the community on"))
        intro = QLabel(
            self.tr(
                "This writes one file for the next organiser: the whole community (members, "
                "organisations, meetings, minutes, backlog, rotation) and a hand-over sheet as "
                "PDF. They open it with CoP Desk: File → Open a hand-over…"
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Community:"), QLabel(sheet.community))
        counts = sheet.counts
        form.addRow(
            self.tr("Contents:"),
            QLabel(
                self.tr("%1 active members, %2 organisations, %3 meetings held, %4 open topics")
                .replace("%1", str(counts.get("members", 0)))
                .replace("%2", str(counts.get("organisations", 0)))
                .replace("%3", str(counts.get("held", 0)))
                .replace("%4", str(counts.get("topics", 0)))
            ),
        )
        nm = sheet.next_meeting
        next_text = (
            meeting_when(nm.start_at, nm.end_at, nm.tz)
            + (
                " – " + self.tr("moderation: %1").replace("%1", nm.moderator)
                if nm.moderator
                else ""
            )
            if nm
            else self.tr("none planned yet")
        )
        next_label = QLabel(next_text)
        next_label.setWordWrap(True)
        form.addRow(self.tr("Next meeting:"), next_label)
        form.addRow(self.tr("Open action items:"), QLabel(str(sheet.open_action_count)))
        self.path = QLineEdit(str(target))
        self.path.setAccessibleName(self.tr("Hand-over file"))
        row = _path_row(self, self.path, self.tr("&Choose…"), self._choose)
        label = QLabel(self.tr("&Save as:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        warning = QLabel(
            "⚠ "
            + self.tr(
                "The file contains the personal data of every member. Send it only in a way "
                "your organisation allows (for example encrypted e-mail, or hand it over on a USB "
                "stick), and ask the next organiser to delete it once opened."
            )
        )
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Write hand-over file"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setIcon(icon("handover"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.ok.setFocus()

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        if not path.name.endswith(handover.SUFFIX):
            path = path.with_name(path.name + handover.SUFFIX)
        return path

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the hand-over as"),
            self.path.text(),
            self.tr("CoP Desk hand-overs (*%1)").replace("%1", handover.SUFFIX),
        )
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if self.path.text().strip():
            self.accept()


def pass_on(
    parent: QWidget | None,
    community: db.Community,
    settings: Settings | None,
    *,
    target: Path | None = None,
    confirm: Callable[[PassOnDialog], bool] | None = None,
    done: Callable[[Path | None], None] | None = None,
) -> None:
    """File → Pass the community on… (*confirm*/*done* let tests skip the modal steps)."""
    from copdesk.formats import handover_pdf  # deferred: loads the protocol PDF

    organiser = settings.get(ORGANISER_NAME) if settings is not None else ""
    try:
        sheet = uow.read(community, handover.handover_sheet, organiser=organiser)
    except UserError as exc:
        QMessageBox.warning(parent, _title(), translate_error(exc))
        return
    suggestion = target or _documents() / handover.suggested_name(
        sheet.community,
        dt.date.today(),
        QCoreApplication.translate("HandoverDialog", "handover", "part of a file name"),
    )
    dialog = PassOnDialog(sheet, suggestion, parent)
    ok = confirm(dialog) if confirm is not None else dialog.exec() == QDialog.DialogCode.Accepted
    chosen = dialog.target()
    dialog.deleteLater()
    if not ok:
        if done:
            done(None)
        return
    if chosen.exists() and confirm is None:
        answer = QMessageBox.question(
            parent,
            _title(),
            QCoreApplication.translate(
                "HandoverDialog", "“%1” already exists. Replace it?"
            ).replace("%1", str(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    progress = QProgressDialog(
        QCoreApplication.translate("HandoverDialog", "Writing the hand-over …"),
        QCoreApplication.translate("HandoverDialog", "Cancel"),
        0,
        3,
        parent,
    )
    progress.setWindowTitle(_title())
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setCancelButton(None)  # a consistent snapshot takes a moment; no half files
    progress.setValue(0)
    sheet_name = handover_pdf.default_sheet_name()

    def work(report, cancelled):
        return handover.pass_on(
            community,
            chosen,
            handover_pdf.build_handover_pdf,
            organiser=organiser,
            sheet_name=sheet_name,
            report=report,
        )

    def finished(_manifest) -> None:
        progress.close()
        progress.deleteLater()
        if done is not None:
            done(chosen)
            return
        QMessageBox.information(
            parent,
            _title(),
            QCoreApplication.translate(
                "HandoverDialog",
                "The hand-over was written:\n%1\n\nSend this one file to the next organiser. "
                "They open it with CoP Desk: File → Open a hand-over…",
            ).replace("%1", str(chosen)),
        )

    def failed(exc) -> None:
        progress.close()
        progress.deleteLater()
        if isinstance(exc, UserError):
            message = translate_error(exc)
        else:
            message = QCoreApplication.translate(
                "HandoverDialog",
                "The hand-over could not be written because of an error in "
                "CoP Desk. Details are in the log file (Help › Show the log folder).",
            )
        if done is not None:
            done(None)
        QMessageBox.warning(parent, _title(), message)

    runner.start(
        work, on_done=finished, on_error=failed, on_progress=lambda d, _t: progress.setValue(d)
    )


def _title() -> str:
    return QCoreApplication.translate("HandoverDialog", "Hand-over")


# --- opening a hand-over -----------------------------------------------------------------


class OpenHandoverDialog(QDialog):
    """What the hand-over holds, and where to keep the community on this computer."""

    def __init__(self, manifest: handover.Manifest, target: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a hand-over"))
        self.manifest = manifest
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Community:"), _plain_label(manifest.community))
        made = date_short(local(manifest.created).date())
        if manifest.organiser:
            made = self.tr("%1 by %2").replace("%1", made).replace("%2", manifest.organiser)
        form.addRow(self.tr("Prepared:"), _plain_label(made))
        form.addRow(
            self.tr("Size:"),
            QLabel(self.tr("%1 kB").replace("%1", str(max(1, manifest.size // 1024)))),
        )
        self.path = QLineEdit(str(target))
        self.path.setAccessibleName(self.tr("Community file"))
        row = _path_row(self, self.path, self.tr("&Choose…"), self._choose)
        label = QLabel(self.tr("&Keep the community as:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        self.save_sheet = QCheckBox(self.tr("Also save the hand-over &sheet (PDF) next to it"))
        self.save_sheet.setChecked(True)
        form.addRow("", self.save_sheet)
        hint = QLabel(
            self.tr(
                "Keep the community in your documents folder, not on a network drive. After "
                "opening, delete the hand-over file: it contains every member's personal data."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(
            self.tr("&Open community"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setIcon(icon("handover"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self.ok.setFocus()

    def target(self) -> Path:
        path = Path(self.path.text().strip())
        if path.suffix != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        return path

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Keep the community as"),
            self.path.text(),
            self.tr("CoP Desk communities (*%1)").replace("%1", FILE_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if self.path.text().strip():
            self.accept()


def replace_question(
    state: handover.TargetState, manifest: handover.Manifest, target: Path
) -> tuple[str, bool]:
    """The question before replacing *target*, and whether it warns of newer data."""
    made = date_short(local(manifest.created).date())
    changed = date_short(local(state.modified_at).date()) if state.modified_at else "?"
    if state.ahead:
        when = local(manifest.created)
        text = QCoreApplication.translate(
            "HandoverDialog",
            "“%1” already exists and was last changed on %2. This hand-over states that it "
            "was made on %3, a time still to come: the clock of the computer that made it was "
            "ahead, so CoP Desk cannot tell whether your file holds newer changes. Replacing "
            "it may lose them; merging both is not possible.\n\nA backup of the current file "
            "is kept. Replace it anyway?",
        )
        return text.replace("%1", str(target)).replace("%2", changed).replace(
            "%3", f"{date_short(when.date())}, {time_short(when.time())}"
        ), True
    if state.newer:
        text = QCoreApplication.translate(
            "HandoverDialog",
            "“%1” already exists and was changed on %2, after this hand-over was made (%3). "
            "Replacing it loses those newer changes; merging both is not possible.\n\nA backup "
            "of the current file is kept. Replace it anyway?",
        )
        return text.replace("%1", str(target)).replace("%2", changed).replace("%3", made), True
    text = QCoreApplication.translate(
        "HandoverDialog",
        "“%1” already exists (older than this hand-over). Replace it with the hand-over? A "
        "backup of the current file is kept.",
    )
    return text.replace("%1", str(target)), False


def in_background(
    parent: QWidget | None,
    label: str,
    work: Callable[[handover.Progress, Callable[[], bool]], T],
    *,
    cancellable: bool = False,
) -> T:
    """Run ``work(report, cancelled)`` on the thread pool behind a progress dialog.

    Waits in a local event loop, so the window keeps painting and the dialog can cancel,
    and returns the job's result or raises its exception here (a ``Cancelled`` if the user
    cancelled and the job honoured it). *report* takes ``(done, total)`` in any unit.
    """
    progress = QProgressDialog(
        label, QCoreApplication.translate("HandoverDialog", "Cancel"), 0, PROGRESS_STEPS, parent
    )
    progress.setWindowTitle(_title())
    # not only its window: that may be none yet, or closed (its file is being replaced)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if not cancellable:
        progress.setCancelButton(None)
    progress.setValue(0)
    results: list[T] = []
    failures: list[BaseException] = []
    loop = QEventLoop()

    def succeeded(result: T) -> None:
        results.append(result)
        loop.quit()

    def failed(exc: BaseException) -> None:
        failures.append(exc)
        loop.quit()

    def scaled(report: handover.Progress) -> handover.Progress:
        return lambda done, total: report(PROGRESS_STEPS * done // max(total, 1), PROGRESS_STEPS)

    def show(done: int, _total: int) -> None:
        progress.setValue(min(done, PROGRESS_STEPS - 1))

    job = runner.start(
        lambda report, cancelled: work(scaled(report), cancelled),
        on_done=succeeded,
        on_error=failed,
        on_progress=show,
    )
    if cancellable:
        progress.canceled.connect(job.cancel)
    if not results and not failures:  # the job's signals are queued: they arrive in this loop
        loop.exec()
    progress.close()
    progress.deleteLater()
    if failures:
        raise failures[0]
    return results[0]


def _plain_label(text: str) -> QLabel:
    """A label for text from a bundle: shown as it is, never as markup or a link."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _refused(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        message = translate_error(exc)
    else:  # a bug: the runner logged the traceback
        message = QCoreApplication.translate(
            "HandoverDialog",
            "The hand-over could not be opened because of an error in CoP "
            "Desk. Details are in the log file (Help › Show the log folder).",
        )
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names from the bundle are not markup
    box.exec()


def open_handover(
    parent: QWidget | None,
    *,
    settings=None,
    backup_dir: Path | None = None,
    open_path: Callable[[Path], bool] | None = None,
    current_path: Path | None = None,
    close_current: Callable[[], None] | None = None,
    bundle: Path | None = None,
    target: Path | None = None,
    confirm: Callable[[QDialog], bool] | None = None,
    ask: Callable[[str, bool], bool] | None = None,
) -> Path | None:
    """File → Open a hand-over…; returns the community file it opened (or None).

    Checking the bundle and extracting it run in the background with progress (a bundle
    may be large, or hostile); nothing is replaced unless the whole bundle passed.
    *open_path* opens the extracted community (the controller's ``open_path``);
    *close_current* is called before replacing the file that is open right now.
    *bundle*, *target*, *confirm* and *ask* let tests skip the file and message dialogs.
    """
    from copdesk.formats import handover_pdf  # deferred: loads the protocol PDF

    title = QCoreApplication.translate("HandoverDialog", "Open a hand-over")
    if bundle is None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            title,
            str(_documents()),
            QCoreApplication.translate(
                "HandoverDialog", "CoP Desk hand-overs (*%1);;All files (*)"
            ).replace("%1", handover.SUFFIX),
        )
        if not path:
            return None
        bundle = Path(path)
    try:
        checked = in_background(
            parent,
            QCoreApplication.translate("HandoverDialog", "Checking the hand-over …"),
            lambda report, cancelled: handover.inspect_bundle(bundle),
        )
    except Exception as exc:  # noqa: BLE001 - shown; a bug was logged by the runner
        _refused(parent, title, exc)
        return None
    manifest = checked.manifest
    suggestion = target or _documents() / handover.file_stem(manifest.community, " ")
    suggestion = (
        suggestion
        if suggestion.suffix == FILE_SUFFIX
        else suggestion.with_name(suggestion.name + FILE_SUFFIX)
    )
    dialog = OpenHandoverDialog(manifest, suggestion, parent)
    ok = confirm(dialog) if confirm is not None else dialog.exec() == QDialog.DialogCode.Accepted
    chosen, save_sheet = dialog.target(), dialog.save_sheet.isChecked()
    dialog.deleteLater()
    if not ok:
        return None
    state = handover.check_target(manifest, chosen)
    if state.exists:
        question, newer = replace_question(state, manifest, chosen)
        if ask is not None:
            agreed = ask(question, newer)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Warning if newer else QMessageBox.Icon.Question,
                title,
                question,
                parent=parent,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            replace = box.addButton(
                QCoreApplication.translate("HandoverDialog", "&Replace"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(cancel)
            box.exec()
            agreed = box.clickedButton() is replace
        if not agreed:
            return None
    closed: Path | None = None  # the file that was open, closed to be replaced
    if (
        state.exists
        and current_path is not None
        and close_current is not None
        and Path(current_path).resolve() == chosen.resolve()
    ):
        close_current()  # the open file is locked; release it before replacing it
        closed = Path(current_path)
    # the sheet's name is ours, never the one in the bundle
    sheet = (
        chosen.with_name(f"{chosen.stem}-{handover_pdf.default_sheet_name()}")
        if save_sheet
        else None
    )
    try:
        in_background(
            parent,
            QCoreApplication.translate("HandoverDialog", "Opening the hand-over …"),
            lambda report, cancelled: handover.extract_bundle(
                bundle,
                chosen,
                backup_dir=backup_dir,
                sheet=sheet,
                report=report,
                cancelled=cancelled,
            ),
            cancellable=True,
        )
    except Exception as exc:  # noqa: BLE001 - shown; a bug was logged by the runner
        if not isinstance(exc, Cancelled):
            _refused(parent, title, exc)
        if closed and open_path is not None:
            open_path(closed)  # nothing was replaced: reopen what was open
        return None
    if open_path is not None:
        open_path(chosen)
    return chosen
