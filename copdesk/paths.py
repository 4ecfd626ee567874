"""Where CoP Desk keeps its files.

Everything goes through :func:`base_dirs`, which uses platformdirs unless the
environment variable ``COPDESK_HOME`` is set (tests and portable installs): then
data, config, logs and backups all live below that one folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "CoPDesk"
FILE_SUFFIX = ".copdesk"


@dataclass(frozen=True)
class Dirs:
    data: Path
    config: Path
    log: Path

    @property
    def backups(self) -> Path:
        return self.data / "backups"


def base_dirs() -> Dirs:
    home = os.environ.get("COPDESK_HOME")
    if home:
        root = Path(home)
        return Dirs(data=root / "data", config=root / "config", log=root / "log")
    import platformdirs  # deferred: not needed with COPDESK_HOME

    return Dirs(
        data=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        log=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
    )


def default_community_file() -> Path:
    """The file opened when none was given and none was opened before."""
    return base_dirs().data / f"community{FILE_SUFFIX}"


def resource_path(*parts: str) -> Path:
    """A file below ``resources/`` from a checkout, an installed wheel or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root, "resources", *parts)
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged.joinpath(*parts)
    return here.parent.joinpath("resources", *parts)


def private_mkdir(path: Path) -> Path:
    """Create a folder readable by the user only (where the platform supports modes)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def private_file(path: Path) -> Path:
    """Create *path* (empty) if missing and make it readable by the user only (0600 on
    POSIX), also when it exists with a wider mode from an older version.

    For the settings (the organiser's name and e-mail) and the log. Programs that replace
    the file when they save it keep its mode (QSettings does), so this is needed once.
    """
    private_mkdir(path.parent)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path
