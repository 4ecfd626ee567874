"""Preferences: language, the organiser (for invitations), backups."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from copdesk.model import text
from copdesk.ui import settings as keys
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.i18n import available_languages


class SettingsData(TypedDict):
    language: str
    organiser_name: str
    organiser_email: str
    backups: bool


class SettingsDialog(FormDialog[SettingsData]):
    def __init__(
        self, settings: keys.Settings, backup_folder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, settings)
        self.setWindowTitle(self.tr("Settings"))
        self._prefs = settings
        self.language = self.add_field("language", self.tr("&Language"), QComboBox())
        self.language.addItem(self.tr("System default"), "system")
        for code, name in available_languages():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(keys.LANGUAGE))))
        self.organiser_name = self.add_field("organiser_name", self.tr("Your &name"), QLineEdit())
        self.organiser_name.setText(settings.get(keys.ORGANISER_NAME))
        self.organiser_email = self.add_field(
            "organiser_email", self.tr("Your &e-mail"), QLineEdit()
        )
        self.organiser_email.setText(settings.get(keys.ORGANISER_EMAIL))
        self.organiser_email.setToolTip(self.tr("Invitations are sent in your name"))
        self.organiser_email.textChanged.connect(self._check_email)
        self.backups = self.add_field(
            "backups",
            self.tr("Backups"),
            QCheckBox(self.tr("&Keep a daily backup (the last 10 days)")),
        )
        self.backups.setChecked(settings.get(keys.DAILY_BACKUPS))
        folder = QLabel(backup_folder)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(
            folder.textInteractionFlags() | folder.textInteractionFlags().TextSelectableByMouse
        )
        self.add_field("backup_folder", self.tr("Backup folder"), folder)
        self.set_saver(self._store)
        self.resize(max(self.width(), 520), self.height())

    def _check_email(self) -> None:
        value = self.organiser_email.text().strip()
        self.set_error(
            "organiser_email",
            self.tr("This is not a valid e-mail address.")
            if value and not text.is_email(value)
            else None,
        )

    def data(self) -> SettingsData:
        return {
            "language": str(self.language.currentData()),
            "organiser_name": self.organiser_name.text().strip(),
            "organiser_email": self.organiser_email.text().strip(),
            "backups": self.backups.isChecked(),
        }

    def _store(self, data: SettingsData) -> None:
        s = self._prefs
        s.set(keys.LANGUAGE, data["language"])
        s.set(keys.ORGANISER_NAME, data["organiser_name"])
        s.set(keys.ORGANISER_EMAIL, data["organiser_email"])
        s.set(keys.DAILY_BACKUPS, data["backups"])
        s.sync()
