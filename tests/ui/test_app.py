"""The application controller: opening files, refusing bad ones, unexpected errors."""

from __future__ import annotations

import hashlib
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from copdesk.app import Controller
from copdesk.model.backups import backup_paths
from copdesk.paths import base_dirs
from tests.ui.helpers import check, when_modal


@pytest.fixture
def controller(qtbot, settings, tmp_path):
    dirs = base_dirs()
    log_path = tmp_path / "copdesk.log"
    ctl = Controller(QApplication.instance(), settings, dirs, log_path)
    yield ctl
    if ctl.window is not None:
        ctl.window.close()
    ctl.shutdown()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_builds_the_window_and_remembers_the_file(controller, community_path, settings):
    from copdesk.ui.settings import LAST_FILE

    assert controller.open_path(community_path)
    assert controller.window.isVisible()
    assert community_path.name in controller.window.windowTitle()
    assert settings.get(LAST_FILE) == str(community_path.resolve())


@pytest.mark.parametrize(
    "content", [b"%PDF-1.7 not a database", b"", b"SQLite format 3\x00" + b"\x00" * 200]
)
def test_bad_file_gives_a_message_naming_it_and_stays_unchanged(
    controller, qtbot, tmp_path, content
):
    path = tmp_path / "bericht.copdesk"
    path.write_bytes(content)
    before = digest(path)
    seen = []

    def read(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    done = when_modal(qtbot, read)
    assert not controller.open_path(path)
    check(done)
    assert str(path) in seen[0]
    assert digest(path) == before
    assert controller.window is None


def test_second_window_on_the_same_file_is_told_who_has_it(controller, qtbot, community_path):
    from copdesk.model import db

    holder = db.open_community(community_path)
    try:
        seen = []
        done = when_modal(qtbot, lambda box: (seen.append(box.text()), box.accept()))
        assert not controller.open_path(community_path)
        check(done)
        assert "already open" in seen[0]
    finally:
        holder.close()
    assert controller.open_path(community_path)


def test_unexpected_error_is_logged_and_shown_once(controller, qtbot, community_path):
    assert controller.open_path(community_path)
    controller.log_path.parent.mkdir(parents=True, exist_ok=True)
    import logging

    handler = logging.FileHandler(controller.log_path, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            info = sys.exc_info()
        seen = []
        done = when_modal(qtbot, lambda box: (seen.append(box.text()), box.accept()))
        controller.excepthook(*info)
        check(done)
        assert str(controller.log_path) in seen[0]
        controller.excepthook(*info)  # a second bug does not show a second box
        assert QApplication.activeModalWidget() is None
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    log = controller.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log and "Traceback" in log


def test_window_size_and_last_file_are_remembered(controller, community_path, settings, qtbot):
    assert controller.open_path(community_path)
    controller.window.resize(760, 540)  # within the offscreen screen (800×600)
    controller.window.close()
    controller.window = None
    controller.community.close()
    controller.community = None
    from copdesk.app import Controller

    again = Controller(QApplication.instance(), settings, base_dirs(), controller.log_path)
    try:
        assert again.start(None)  # no file given: the last one opens
        assert again.community.path == community_path.resolve()
        assert again.window.size().width() == 760 and again.window.size().height() == 540
    finally:
        again.window.close()
        again.shutdown()


def test_switching_language_rebuilds_the_window_in_german(controller, community_path, qtbot):
    assert controller.open_path(community_path)
    assert controller.window.menuBar().actions()[0].text() == "&File"
    controller.switch_language("de")
    try:
        assert controller.window.menuBar().actions()[0].text() == "&Datei"
        assert controller.window.nav.item(1).text() == "Mitglieder"
    finally:
        controller.switch_language("en")
    assert controller.window.nav.item(1).text() == "Members"


def test_an_older_file_is_upgraded_and_its_backup_can_be_restored(controller, community_path):
    """The message after an upgrade points to File › Restore a backup, and that lists it."""
    from copdesk.model import db
    from copdesk.model.migrations import REVISIONS, run_downgrade

    engine = db.make_engine(community_path)
    try:
        run_downgrade(engine, REVISIONS[-2])
    finally:
        engine.dispose()

    assert controller.open_path(community_path)
    message = controller.window.statusBar().currentMessage()
    assert "Restore a backup" in message and str(community_path.parent) not in message
    backups = backup_paths(community_path, controller.dirs.backups)
    assert [db.inspect_file(b).revision for b in backups] == [REVISIONS[-2]]
    assert controller.community.upgrade_backup in backups


# --- the value scan that start-up leaves running (db.Precheck) ------------------------------


@pytest.fixture
def slow_scan(monkeypatch):
    """The real value scan, held until the test releases it: as on a busy machine, where
    the window is painted before the scan of a large file ends."""
    import threading

    from copdesk.model.integrity import values as value_check

    release = threading.Event()
    real = value_check.first_problem

    def held(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            assert release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(value_check, "first_problem", held)
    return release


def tamper(path, statement):
    import sqlite3

    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.close()


def test_a_bad_value_found_after_the_first_paint_closes_the_file_with_its_message(
    qtbot, settings, tmp_path, community_path, slow_scan
):
    from copdesk.model import db
    from copdesk.model.integrity import values as value_check

    tamper(
        community_path,
        "INSERT INTO rotation_rule (group_id, role, enabled, min_attended, "
        "excluded_member_ids) VALUES (1, 'host', 1, 1, '¹')",
    )
    before = digest(community_path)
    controller = Controller(
        QApplication.instance(),
        settings,
        base_dirs(),
        tmp_path / "log",
        db.Precheck(community_path),
    )
    try:
        assert controller.open_path(community_path)  # painted while the scan runs
        assert controller.window.isVisible()
        slow_scan.set()
        seen = []
        done = when_modal(
            qtbot,
            lambda box: (
                seen.append(box.text()),
                box.accept(),
                when_modal(qtbot, lambda welcome: welcome.reject()),
            ),
        )  # then the welcome
        controller.confirm_values()
        check(done)
        assert "excluded_member_ids “¹” is not a list of numbers" in seen[0]
        assert str(community_path) in seen[0]
        assert controller.window is None and controller.community is None
        assert digest(community_path) == before
        with pytest.raises(value_check.BadValue):  # not locked any more, still refused
            db.open_community(community_path)
    finally:
        slow_scan.set()
        controller.shutdown()


def test_a_bad_value_that_breaks_the_window_gives_its_message_not_a_crash(
    qtbot, settings, tmp_path, community_path, slow_scan
):
    import datetime as dt

    from sqlalchemy import select

    from copdesk.model import db, uow
    from copdesk.model import entities as E

    soon = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=3)
    with db.open_community(community_path) as community:  # the next meeting, on show
        uow.write(
            community,
            lambda s: s.add(
                E.Meeting(
                    group_id=s.scalar(select(E.Group.id)),
                    title="Next",
                    start_at=soon,
                    end_at=soon + dt.timedelta(hours=1),
                )
            ),
        )
    tamper(community_path, "UPDATE meeting SET start_at = 'not a date'")
    before = digest(community_path)
    controller = Controller(
        QApplication.instance(),
        settings,
        base_dirs(),
        tmp_path / "log",
        db.Precheck(community_path),
    )
    try:
        seen = []
        done = when_modal(qtbot, lambda box: (seen.append(box.text()), box.accept()))
        import threading

        threading.Timer(1.0, slow_scan.set).start()  # while the window is being built
        assert not controller.open_path(community_path)
        check(done)
        assert "start_at “not a date” is not a date and time" in seen[0]
        assert controller.window is None and controller.community is None
        assert digest(community_path) == before
    finally:
        slow_scan.set()
        controller.shutdown()
