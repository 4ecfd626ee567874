"""Fixtures for the backlog and Lean Coffee tests: a copy of the demo community per test."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from copdesk.model import entities as E


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The small demo community, written once per test session (deterministic per day)."""
    from copdesk.demo import write_demo

    path = tmp_path_factory.mktemp("backlog-demo") / "demo.copdesk"
    write_demo(path)
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path):
    target = tmp_path / "demo.copdesk"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo(demo_path):
    from copdesk.model import db

    com = db.open_community(demo_path)
    try:
        yield com
    finally:
        com.close()


def next_meeting_id(session) -> int:
    """The demo community's next meeting (the root group's planned one)."""
    root = session.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
    return session.scalar(
        select(E.Meeting.id)
        .where(E.Meeting.group_id == root, E.Meeting.status == E.MeetingStatus.PLANNED)
        .order_by(E.Meeting.start_at)
        .limit(1)
    )


@pytest.fixture
def settings(copdesk_home):
    from copdesk.ui.settings import Settings

    return Settings()


@pytest.fixture
def demo_window(qtbot, demo, settings):
    """The main window on a copy of the demo community."""
    from copdesk.ui.main_window import MainWindow, WindowHost

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(demo, settings, host)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


class FakeClock:
    """Seconds since the epoch, moved by the test (the board's timer reads it)."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
