"""Fixtures for the minutes feature: the demo community, protocol data, the UI language."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

DEMO_TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """One demo community per test run (deterministic); tests work on copies."""
    from copdesk.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.copdesk"
    write_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    """A copy of the demo community, open for writing."""
    from copdesk.model import db

    path = tmp_path / "demo.copdesk"
    shutil.copyfile(demo_template, path)
    com = db.open_community(path)
    try:
        yield com
    finally:
        com.close()


def _switch(lang: str):
    from PySide6.QtCore import QCoreApplication, QLocale

    from copdesk.ui import i18n

    app = QCoreApplication.instance()
    translators = i18n.install_translators(app, lang)
    try:
        yield
    finally:
        i18n.remove_translators(app, translators)
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def german(qapp):
    """The German UI language (catalogues and QLocale) for one test."""
    yield from _switch("de")


@pytest.fixture
def english(qapp):
    yield from _switch("en")


@pytest.fixture
def window(qtbot, demo, german, copdesk_home):
    """The main window on the demo community, in German."""
    from copdesk.ui import runner
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(demo, Settings(), host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    runner.wait_all()
