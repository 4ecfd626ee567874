"""``copdesk.ini`` (the organiser's name and e-mail) and the log are readable by the user
only: when they are created, after the log rolls over, and when an older version left them
0644 (RELIABILITY.md, "Data protection")."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from copdesk.paths import base_dirs

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def default_umask():
    old = os.umask(0o022)  # what most systems use: new files come out 0644
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_settings_file_is_private(copdesk_home):
    from copdesk.ui.settings import ORGANISER_EMAIL, ORGANISER_NAME, Settings

    path = base_dirs().config / "copdesk.ini"
    assert not path.exists()
    settings = Settings()
    settings.set(ORGANISER_NAME, "Jürgen Weiß")
    settings.set(ORGANISER_EMAIL, "juergen.weiss@heidelberg.example")
    settings.sync()
    assert "juergen.weiss" in path.read_text(encoding="utf-8")
    assert mode(path) == 0o600
    settings.set(ORGANISER_NAME, "Jürgen Weiß-Berger")  # rewritten: the mode stays
    settings.sync()
    assert mode(path) == 0o600


def test_an_old_world_readable_settings_file_is_made_private(copdesk_home):
    from copdesk.ui.settings import ORGANISER_EMAIL, Settings

    path = base_dirs().config / "copdesk.ini"
    path.parent.mkdir(parents=True)
    path.write_text("[organiser]\nemail=juergen.weiss@heidelberg.example\n", encoding="utf-8")
    os.chmod(path, 0o644)
    settings = Settings()
    assert mode(path) == 0o600
    assert settings.get(ORGANISER_EMAIL) == "juergen.weiss@heidelberg.example"


@pytest.fixture
def log_setup():
    """setup_logging adds a handler to the root logger: removed again afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_is_private_also_after_a_rollover(copdesk_home, log_setup):
    from copdesk.app import setup_logging

    path = setup_logging(base_dirs())
    logging.getLogger("copdesk.test").warning("first line")
    assert mode(path) == 0o600
    [handler] = [
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)
    ]
    handler.doRollover()
    logging.getLogger("copdesk.test").warning("after the rollover")
    assert mode(path) == 0o600
    assert mode(path.with_name("copdesk.log.1")) == 0o600


def test_old_world_readable_logs_are_made_private(copdesk_home, log_setup):
    from copdesk.app import setup_logging

    folder = base_dirs().log
    folder.mkdir(parents=True)
    for name in ("copdesk.log", "copdesk.log.1", "copdesk.log.3"):
        (folder / name).write_text("2025-01-01 INFO copdesk: member 4 saved\n")
        os.chmod(folder / name, 0o644)
    setup_logging(base_dirs())
    assert {p.name: mode(p) for p in folder.iterdir()} == {
        "copdesk.log": 0o600,
        "copdesk.log.1": 0o600,
        "copdesk.log.3": 0o600,
    }
