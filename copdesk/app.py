"""Composition root of the GUI: builds the application, opens files, wires the window.

No rules live here; it decides which file is open and rebuilds the window when the file or
the language changes.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from copdesk import APP_NAME, __version__
from copdesk.model import backups, db, errors, tempfiles, uow
from copdesk.model.errors import UserError
from copdesk.paths import FILE_SUFFIX, Dirs, base_dirs, private_file, private_mkdir
from copdesk.ui import i18n, runner
from copdesk.ui import settings as keys
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import app_icon

if TYPE_CHECKING:
    from copdesk.ui.main_window import MainWindow

log = logging.getLogger("copdesk")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, also the new one after a rollover, readable by the user only."""

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(dirs: Dirs) -> Path:
    """A rotating log in the user log folder. It holds ids and tracebacks, no names."""
    private_mkdir(dirs.log)
    path = dirs.log / "copdesk.log"
    for older in dirs.log.glob("copdesk.log.*"):  # 0644 from an older version
        private_file(older)
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class Controller:
    """Owns the open community and the window; handles the File menu."""

    def __init__(
        self,
        app: QApplication,
        settings: keys.Settings,
        dirs: Dirs,
        log_path: Path,
        precheck: db.Precheck | None = None,
    ) -> None:
        self.app = app
        self.settings = settings
        self.dirs = dirs
        self.log_path = log_path
        self.community: db.Community | None = None
        self._precheck = precheck
        self._values_pending: db.Precheck | None = None  # see confirm_values
        self.window: MainWindow | None = None
        self.translators = i18n.install_translators(
            app, i18n.resolve_language(settings.get(keys.LANGUAGE))
        )
        self._bug_shown = False

    # --- errors ----------------------------------------------------------------------------
    def excepthook(self, exc_type, exc, tb) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, UserError):
            QMessageBox.warning(self.window, APP_NAME, translate_error(exc))
            return
        if self._bug_shown:
            return
        self._bug_shown = True
        QMessageBox.critical(
            self.window,
            APP_NAME,
            QApplication.translate(
                "App",
                "Something went wrong inside CoP Desk. Your saved data is safe.\n\n"
                "The details were written to:\n%1\n\nPlease send this file to the people who "
                "maintain CoP Desk.",
            ).replace("%1", str(self.log_path)),
        )

    def warn(self, exc: UserError) -> None:
        QMessageBox.warning(self.window, APP_NAME, translate_error(exc))

    # --- opening ---------------------------------------------------------------------------
    def start(self, path: Path | None, demo: bool = False) -> bool:
        if demo:
            path = self.dirs.data / f"demo{FILE_SUFFIX}"
            if not path.exists():
                from copdesk import demo as demo_data  # deferred: only for demo files

                private_mkdir(path.parent)
                demo_data.write_demo(path, translate=QApplication.translate)
        if path is None:
            last = self.settings.get(keys.LAST_FILE)
            if last and Path(last).exists():
                path = Path(last)
        if path is not None and self.open_path(Path(path)):
            return True
        return self.welcome()

    def welcome(self) -> bool:
        """No file yet: offer to create one, open one, or look at the demo."""
        resume_garbage_collection()  # no first paint to wait for
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            QApplication.translate("App", "Welcome to CoP Desk!"),
        )
        box.setInformativeText(
            QApplication.translate(
                "App",
                "CoP Desk keeps your community in one file on this computer. "
                "Create a new community, open a file you received, or look "
                "around in a demo community first.",
            )
        )
        new = box.addButton(
            QApplication.translate("App", "&New community…"), QMessageBox.ButtonRole.AcceptRole
        )
        open_ = box.addButton(
            QApplication.translate("App", "&Open a file…"), QMessageBox.ButtonRole.ActionRole
        )
        handover = box.addButton(
            QApplication.translate("App", "Open a &hand-over…"), QMessageBox.ButtonRole.ActionRole
        )
        demo = box.addButton(
            QApplication.translate("App", "Try the &demo"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if clicked is new:
            return self.new_file()
        if clicked is open_:
            return self.open_file(None)
        if clicked is handover:
            return self.open_handover()
        if clicked is demo:
            return self.start(None, demo=True)
        return False

    def open_path(self, path: Path) -> bool:
        precheck, self._precheck = self._precheck, None
        info = precheck.info_for(path) if precheck is not None else None
        if info is None:  # not the start-up file, or a check failed: the open checks all
            precheck = None
        try:
            # the backup before an upgrade goes where "Restore a backup" looks
            community = db.open_community(
                path, backup_dir=self.dirs.backups / db.backup_folder_name(path), info=info
            )
        except UserError as exc:
            log.info("refused to open a file: %s", type(exc).__name__)
            self.warn(exc)
            return False
        old = self.community
        self.community = community
        self.settings.add_recent(str(path.resolve()))
        old_window = self.window
        try:
            window = self._build_window(community)
        except Exception:
            # a value the scan still running would refuse can break the window: say so
            problem = precheck.values_problem() if precheck is not None else None
            if problem is None:
                raise
            if self.window is not None and self.window is not old_window:
                self.window.close()
                self.window.deleteLater()
            self.window, self.community = old_window, old
            community.close()
            log.info("refused to open a file: %s", type(problem).__name__)
            self.warn(problem)
            return False
        self._values_pending = precheck
        if old is not None:
            old.close()
        self._tell_about_storage(community, window)  # before: the upgrade's status message wins
        if community.upgraded_from:
            log.info(
                "file upgraded from revision %s, backup: %s",
                community.upgraded_from,
                community.upgrade_backup,
            )
            window.statusBar().showMessage(
                QApplication.translate(
                    "App",
                    "The file was updated for this version of CoP Desk. The previous version "
                    "is kept as a backup (File › Restore a backup…).",
                ),
                30000,
            )
        QTimer.singleShot(1500, self._daily_backup)
        return True

    def confirm_values(self) -> None:
        """Right after the first paint: the result of the value scan that start-up left
        running (see ``db.Precheck``). A value the program cannot use closes the file
        again, unchanged, with the message that names it, before the user can act."""
        precheck, self._values_pending = self._values_pending, None
        if precheck is None:
            return
        problem = precheck.values_problem()
        if problem is None or self.community is None:
            return
        log.info("refused to open a file: %s", type(problem).__name__)
        window, community = self.window, self.community
        self.window = self.community = None
        if window is not None:
            window.close()
            window.deleteLater()
        community.close()
        self.warn(problem)
        if not self.welcome():
            self.app.quit()

    def _tell_about_storage(self, community: db.Community, window: MainWindow) -> None:
        """A file on a network drive or in a synced folder: why it is opened differently and
        what the user must avoid (see ``db.make_engine``). The status bar says it at every
        open, a message box the first time for each file."""
        storage = community.storage
        if not storage.shared:
            return
        log.info(
            "file on shared storage: network=%s synced=%s",
            storage.network or "-",
            storage.synced or "-",
        )
        if storage.synced:
            short = QApplication.translate(
                "App",
                "This file is in a synced folder (%1): never open it on two PCs at the same time.",
            ).replace("%1", storage.synced)
        else:
            short = QApplication.translate(
                "App",
                "This file is on a network drive: it stays reserved for this window "
                "until you close it.",
            )
        window.statusBar().showMessage(short, 30000)
        key = str(community.path.resolve())
        told = self.settings.get(keys.STORAGE_TOLD)
        if key in told:
            return
        self.settings.set(keys.STORAGE_TOLD, [key, *told][: keys.MAX_STORAGE_TOLD])
        parts = []
        if storage.network:
            parts.append(
                QApplication.translate(
                    "App",
                    "“%1” is on a network drive.\n\nCoP Desk opens it in the mode that is safe "
                    "there: every change goes straight into the file, and the file stays reserved "
                    "for this window until you close it. Nobody else, on this PC or another, can "
                    "open it in the meantime, and saving may take a little longer.",
                ).replace("%1", str(community.path))
            )
        if storage.synced:
            parts.append(
                QApplication.translate(
                    "App",
                    "“%1” is in a folder that %2 synchronises.\n\nNever open it on two PCs at the "
                    "same time: the sync cannot merge two versions of the file, so changes get "
                    "lost or the file is damaged. Close CoP Desk on one PC and let the sync "
                    "finish before you open the file on the other.",
                )
                .replace("%1", str(community.path))
                .replace("%2", storage.synced)
            )
        parts.append(
            QApplication.translate(
                "App",
                "Faster and safer: keep your working file in a folder on this PC that is not "
                "synchronised, and save a copy to the shared place when others need it (File › "
                "Save a copy as…).",
            )
        )
        QMessageBox.warning(self.window, APP_NAME, "\n\n".join(parts))

    def _build_window(self, community: db.Community) -> MainWindow:
        from copdesk.ui.main_window import MainWindow, WindowHost  # deferred: start-up cost

        host = WindowHost(
            new_file=self.new_file,
            open_file=self.open_file,
            save_copy=self.save_copy,
            restore_backup=self.restore_backup,
            show_settings=self.show_settings,
            show_log_folder=self.show_log_folder,
        )
        old = self.window
        self.window = window = MainWindow(community, self.settings, host)
        if old is not None:
            old.close()
            old.deleteLater()
            # what start-up froze (see resume_garbage_collection) may now become garbage
            gc.unfreeze()
        window.show()
        return window

    def remove_stale_temps(self) -> None:
        """In the background: temporary files of killed runs (see ``tempfiles``) in the data
        folder, every backup folder and the system's temporary folder."""

        def work(report, cancelled) -> None:
            backups = self.dirs.backups
            folders = [p for p in backups.iterdir() if p.is_dir()] if backups.is_dir() else []
            tempfiles.remove_stale(self.dirs.data, backups, *folders, Path(tempfile.gettempdir()))

        runner.start(
            work, on_error=lambda exc: log.warning("cleaning up failed: %s", type(exc).__name__)
        )

    def _daily_backup(self) -> None:
        """The day's backup, then the retention rule; the rule alone without daily backups."""
        if self.community is None:
            return
        community, folder = self.community, self.dirs.backups
        daily = self.settings.get(keys.DAILY_BACKUPS)

        def work(report, cancelled):
            if daily:
                return backups.rolling_backup(community.path, community.engine, folder)
            return backups.prune(folder)

        runner.start(
            work, on_error=lambda exc: log.warning("daily backup failed: %s", type(exc).__name__)
        )

    # --- File menu -------------------------------------------------------------------------
    def _documents(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _parent(self) -> QWidget | None:
        return self.window

    def new_file(self) -> bool:
        name, ok = QInputDialog.getText(
            self._parent(),
            QApplication.translate("App", "New community"),
            QApplication.translate("App", "Name of the community:"),
            text=QApplication.translate("App", "Community of Practice"),
        )
        if not ok:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self._parent(),
            QApplication.translate("App", "Save the new community as"),
            str(Path(self._documents()) / f"{name.strip() or 'community'}{FILE_SUFFIX}"),
            QApplication.translate("App", "CoP Desk communities (*%1)").replace("%1", FILE_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        try:
            db.create_community(target, name=name, translate=QApplication.translate)
        except UserError as exc:
            self.warn(exc)
            return False
        return self.open_path(target)

    def open_file(self, path: str | None) -> bool:
        if path is None:
            start = str(self.community.path.parent) if self.community else self._documents()
            path, _ = QFileDialog.getOpenFileName(
                self._parent(),
                QApplication.translate("App", "Open a community"),
                start,
                QApplication.translate("App", "CoP Desk communities (*%1);;All files (*)").replace(
                    "%1", FILE_SUFFIX
                ),
            )
            if not path:
                return False
        if self.community and Path(path).resolve() == self.community.path.resolve():
            return True
        return self.open_path(Path(path))

    def save_copy(self) -> None:
        if self.community is None:
            return
        suggestion = self.community.path.with_name(f"{self.community.path.stem}-copy{FILE_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self._parent(),
            QApplication.translate("App", "Save a copy as"),
            str(suggestion),
            QApplication.translate("App", "CoP Desk communities (*%1)").replace("%1", FILE_SUFFIX),
        )
        if not path:
            return
        target = Path(path)
        if target.resolve() == self.community.path.resolve():
            QMessageBox.information(
                self._parent(),
                APP_NAME,
                QApplication.translate("App", "Choose another name: this is the open file itself."),
            )
            return
        try:
            db.backup_to(self.community.engine, target)
        except OSError as exc:
            self.warn(errors.cannot_write(target, exc.strerror or str(exc)))
            return
        if self.window is not None:
            self.window.statusBar().showMessage(
                QApplication.translate("App", "Copy saved: %1").replace("%1", str(target)), 8000
            )

    def restore_backup(self) -> None:
        if self.community is None:
            return
        found = backups.list_backups(self.community.path, self.dirs.backups)
        if not found:
            QMessageBox.information(
                self._parent(),
                APP_NAME,
                QApplication.translate(
                    "App",
                    "There is no backup of this file yet. CoP Desk makes one each day you open it.",
                ),
            )
            return
        from copdesk.formats.backup_text import backup_label  # deferred: only when asked

        names = [backup_label(b) for b in found]
        choice, ok = QInputDialog.getItem(
            self._parent(),
            QApplication.translate("App", "Restore a backup"),
            QApplication.translate(
                "App", "Backup to restore (the current state is kept as a backup too):"
            ),
            names,
            0,
            False,
        )
        if not ok:
            return
        backup = found[names.index(choice)].path
        path = self.community.path
        if self.window is not None:
            self.window.close()
        self.window = None
        self.community.close()
        self.community = None
        try:
            db.restore_backup(path, backup, self.dirs.backups)
        except (UserError, OSError) as exc:
            log.error("restore failed: %s", type(exc).__name__)
            if isinstance(exc, UserError):
                self.warn(exc)
        self.open_path(path)

    def pass_on(self) -> None:
        """File → Pass the community on…: one file with a copy and a hand-over sheet."""
        from copdesk.ui.contacts import pass_on  # deferred: start-up cost

        if self.community is not None:
            pass_on(self._parent(), self.community, self.settings)

    def open_handover(self) -> bool:
        """File → Open a hand-over…: unpack, check, open (asks before replacing newer data)."""
        from copdesk.ui.contacts import open_handover  # deferred: start-up cost

        opened = open_handover(
            self._parent(),
            settings=self.settings,
            backup_dir=self.dirs.backups,
            open_path=self.open_path,
            current_path=self.community.path if self.community else None,
            close_current=self._close_current,
        )
        return opened is not None

    def _close_current(self) -> None:
        """Close the window and release the file (before it is replaced)."""
        if self.window is not None:
            self.window.close()
            self.window = None
        if self.community is not None:
            self.community.close()
            self.community = None

    def show_settings(self) -> None:
        from copdesk.ui.dialogs.settings_dialog import SettingsDialog  # deferred: start-up cost

        before = self.settings.get(keys.LANGUAGE)
        dialog = SettingsDialog(self.settings, str(self.dirs.backups), self._parent())
        if dialog.exec() and self.settings.get(keys.LANGUAGE) != before:
            self.switch_language(self.settings.get(keys.LANGUAGE))

    def switch_language(self, setting: str) -> None:
        i18n.remove_translators(self.app, self.translators)
        self.translators = i18n.install_translators(self.app, i18n.resolve_language(setting))
        if self.community is not None:
            self._build_window(self.community)

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))

    def shutdown(self) -> None:
        runner.wait_all(15000)
        if self.community is not None:
            self.community.close()
            self.community = None


def resume_garbage_collection() -> None:
    """Undo the pause of ``cli.main``; what start-up made is moved out of the collector's
    sight (``gc.freeze``): it lives as long as the program, so walking it is wasted time."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def after_first_paint() -> None:
    """What start-up left for after the window is visible: the ORM classes, then the
    garbage collector (so that it never walks the mappers either)."""
    uow.prepare_orm()
    resume_garbage_collection()


class _FirstPaint(QObject):
    """Runs once the window has painted: :func:`after_first_paint`; for the start-up
    benchmark, says so on stdout and quits."""

    def __init__(self, parent: QObject, exit_after: bool, then=None) -> None:
        super().__init__(parent)
        self.exit_after = exit_after
        self.then = then  # first of all (the controller's confirm_values)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if self.then is not None:
                QTimer.singleShot(0, self.then)
            if self.exit_after:
                print("first-paint", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            QTimer.singleShot(0, after_first_paint)
        return False


def run_gui(path: Path | None, demo: bool = False, precheck: db.Precheck | None = None) -> int:
    dirs = base_dirs()
    log_path = setup_logging(dirs)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CoPDesk")
    app.setDesktopFileName("copdesk")
    app.setWindowIcon(app_icon())
    controller = Controller(app, keys.Settings(), dirs, log_path, precheck)
    sys.excepthook = controller.excepthook
    if not controller.start(path, demo=demo):
        controller.shutdown()
        return 0
    # COPDESK_EXIT_AFTER_PAINT: benchmarks/startup.py measures the time to the first paint
    first_paint = _FirstPaint(  # referenced until app.exec() returns
        app, bool(os.environ.get("COPDESK_EXIT_AFTER_PAINT")), then=controller.confirm_values
    )
    if controller.window is not None:
        controller.window.installEventFilter(first_paint)
    QTimer.singleShot(3000, controller.confirm_values)  # in case it is never painted
    QTimer.singleShot(3000, after_first_paint)  # (minimised)
    QTimer.singleShot(2000, controller.remove_stale_temps)
    code = app.exec()
    controller.shutdown()
    return code
