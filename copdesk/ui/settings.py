"""Every user preference, declared once with its type and default (one QSettings wrapper).

Tests point QSettings at a temporary folder through ``COPDESK_HOME`` (see ``paths.py``);
nothing is read from or written to the real user profile then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from copdesk.paths import base_dirs, private_file

MAX_RECENT = 8
MAX_STORAGE_TOLD = 50


@dataclass(frozen=True)
class Key:
    name: str
    default: object
    type: type


LANGUAGE = Key("ui/language", "system", str)  # system | de | en
LAST_FILE = Key("files/last", "", str)
RECENT_FILES = Key("files/recent", [], list)
ORGANISER_NAME = Key("organiser/name", "", str)
ORGANISER_EMAIL = Key("organiser/email", "", str)
LOGO_PATH = Key("protocol/logo", "", str)
DAILY_BACKUPS = Key("backups/daily", True, bool)
CURRENT_GROUP = Key("ui/group", 0, int)
# files on a network drive or in a synced folder whose user was told what that means
STORAGE_TOLD = Key("files/storage_told", [], list)


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._private: Path | None = None  # made private before the first write
        if qsettings is None:
            path = base_dirs().config / "copdesk.ini"
            if path.exists():
                private_file(path)  # 0644 from an older version
            else:
                self._private = path
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self._q = qsettings

    def _before_write(self) -> None:
        """QSettings creates the file with the default mode (0644 here): create it 0600
        first; QSettings keeps the mode of the file it replaces."""
        if self._private is not None:
            private_file(self._private)
            self._private = None

    def get(self, key: Key):
        value = self._q.value(key.name, key.default)
        if key.type is bool:
            return value in (True, "true", "1", 1)
        if key.type is int:
            try:
                return int(value) if isinstance(value, int | float | str) else key.default
            except ValueError:
                return key.default
        if key.type is list:
            if value in (None, ""):
                return []
            return list(value) if isinstance(value, (list, tuple)) else [value]
        return str(value) if value is not None else key.default

    def set(self, key: Key, value) -> None:
        self._before_write()
        self._q.setValue(key.name, value)

    def sync(self) -> None:
        self._q.sync()

    # window and splitter state, saved per widget name
    def geometry(self, name: str) -> QByteArray | None:
        value = self._q.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._before_write()
        self._q.setValue(f"geometry/{name}", data)

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        recent = recent[:MAX_RECENT]
        self.set(RECENT_FILES, recent)
        self.set(LAST_FILE, path)
        return recent
