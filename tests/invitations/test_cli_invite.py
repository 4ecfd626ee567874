"""``copdesk invite`` as a user runs it: real files, exit codes, one-line errors."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from copdesk.model import db, uow
from copdesk.model import entities as E

from .conftest import move_by
from .helpers import event_props, props


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        COPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", "invite", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def demo_file(tmp_path) -> tuple[Path, int]:
    from copdesk import demo

    path = tmp_path / "demo.copdesk"
    demo.write_demo(path, today=dt.date(2025, 1, 15))
    com = db.open_community(path)
    try:
        meeting_id = uow.read(
            com,
            lambda s: s.scalar(
                select(E.Meeting.id)
                .where(E.Meeting.status == "planned", E.Meeting.series_id.is_(None))
                .order_by(E.Meeting.start_at)
            ),
        )
    finally:
        com.close()
    return path, meeting_id


def test_invite_update_cancel_and_eml(demo_file, tmp_path, copdesk_home):
    path, mid = demo_file
    who = [
        "--organiser-email",
        "lea.schaefer@heidelberg.example",
        "--organiser-name",
        "Schäfer, Lea",
    ]
    first = tmp_path / "invite.ics"
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "--kind",
        "request",
        "-o",
        str(first),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 0, result.stderr
    data = first.read_bytes()
    assert props(data, "METHOD") == ["METHOD:REQUEST"] and props(data, "SEQUENCE") == ["SEQUENCE:0"]
    assert len(props(data, "ATTENDEE")) >= 12
    uid = props(data, "UID")
    com = db.open_community(path)
    try:
        move_by(com, mid, 7)
    finally:
        com.close()
    update = tmp_path / "update"  # the suffix is added by the dialog, not the CLI
    result = run(str(path), "--meeting", str(mid), "-o", str(update), *who, home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "Moved from" in result.stdout
    data = update.read_bytes()
    assert props(data, "UID") == uid and props(data, "SEQUENCE") == ["SEQUENCE:1"]
    start = event_props(first.read_bytes(), "DTSTART")[0][-15:]
    moved = event_props(data, "DTSTART")[0][-15:]
    assert dt.datetime.strptime(moved, "%Y%m%dT%H%M%S") - dt.datetime.strptime(
        start, "%Y%m%dT%H%M%S"
    ) == dt.timedelta(days=7)
    cancel = tmp_path / "cancel.ics"
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "--kind",
        "cancel",
        "-o",
        str(cancel),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 0, result.stderr
    data = cancel.read_bytes()
    assert props(data, "METHOD") == ["METHOD:CANCEL"] and props(data, "UID") == uid
    assert props(data, "SEQUENCE") == ["SEQUENCE:2"]
    draft = tmp_path / "draft.eml"
    result = run(
        str(path),
        "--meeting",
        str(mid - 1),
        "--kind",
        "eml",
        "-o",
        str(draft),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 0, result.stderr
    assert b"X-Unsent: 1\r\n" in draft.read_bytes()


def test_organiser_from_the_settings_or_a_clear_error(demo_file, tmp_path, copdesk_home):
    path, mid = demo_file
    out = tmp_path / "x.ics"
    result = run(str(path), "--meeting", str(mid), "-o", str(out), home=copdesk_home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--organiser-email" in lines[0]
    assert not out.exists()
    config = copdesk_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "copdesk.ini").write_text(
        "[organiser]\nname=Lea Sch\\xe4fer\nemail=lea.schaefer@heidelberg.example\n",
        encoding="utf-8",
    )
    result = run(str(path), "--meeting", str(mid), "-o", str(out), home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "mailto:lea.schaefer@heidelberg.example" in props(out.read_bytes(), "ORGANIZER")[0]


def test_bad_input_exits_1_or_2_and_changes_nothing(demo_file, tmp_path, copdesk_home):
    path, mid = demo_file
    who = ["--organiser-email", "lea.schaefer@heidelberg.example"]
    before = path.read_bytes()
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "--kind",
        "cancel",
        "-o",
        str(tmp_path / "c.ics"),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 1 and "nothing" not in result.stdout
    assert "cancellation" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "-o",
        str(tmp_path / "missing" / "x.ics"),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 1 and "does not exist" in result.stderr
    result = run(
        str(path), "--meeting", "99999", "-o", str(tmp_path / "y.ics"), *who, home=copdesk_home
    )
    assert result.returncode == 1
    assert run(str(path), "-o", str(tmp_path / "z.ics"), home=copdesk_home).returncode == 2
    assert (
        run(
            str(path), "--meeting", str(mid), "--kind", "fax", "-o", "z", home=copdesk_home
        ).returncode
        == 2
    )
    com = db.open_community(path)
    try:
        assert (
            uow.read(
                com,
                lambda s: s.scalar(
                    select(E.InvitationSend.id).where(E.InvitationSend.meeting_id == mid)
                ),
            )
            is None
        )
    finally:
        com.close()
    del before


def test_withdraw_for_people_taken_off_the_list(demo_file, tmp_path, copdesk_home):
    path, mid = demo_file
    who = [
        "--organiser-email",
        "lea.schaefer@heidelberg.example",
        "--organiser-name",
        "Schäfer, Lea",
        "--skip-missing",
    ]
    assert (
        run(
            str(path), "--meeting", str(mid), "-o", str(tmp_path / "a.ics"), *who, home=copdesk_home
        ).returncode
        == 0
    )
    # nobody taken off yet: a clear one-line refusal, exit 1, no file
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "--withdraw",
        "-o",
        str(tmp_path / "w0.ics"),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 1 and "Nobody has to be told" in result.stderr
    assert not (tmp_path / "w0.ics").exists()
    com = db.open_community(path)
    try:
        gone = uow.read(
            com,
            lambda s: s.scalars(
                select(E.Member)
                .where(
                    E.Member.active.is_(True),
                    E.Member.email != "",
                    E.Member.email != "lea.schaefer@heidelberg.example",
                )
                .order_by(E.Member.id)
            ).first(),
        )
        email, gone_id = gone.email, gone.id

        def leave(session):
            session.get(E.Member, gone_id).active = False

        uow.write(com, leave)
    finally:
        com.close()
    assert (
        run(
            str(path), "--meeting", str(mid), "-o", str(tmp_path / "b.ics"), *who, home=copdesk_home
        ).returncode
        == 0
    )
    out = tmp_path / "withdrawal.ics"
    result = run(
        str(path), "--meeting", str(mid), "--withdraw", "-o", str(out), *who, home=copdesk_home
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert props(data, "METHOD") == ["METHOD:CANCEL"] and props(data, "STATUS") == []
    attendees = props(data, "ATTENDEE")
    assert len(attendees) == 1 and email.lower() in attendees[0].lower()
    assert props(data, "SEQUENCE") == ["SEQUENCE:2"]
    result = run(
        str(path),
        "--meeting",
        str(mid),
        "--withdraw",
        "--kind",
        "publish",
        "-o",
        str(tmp_path / "p.ics"),
        *who,
        home=copdesk_home,
    )
    assert result.returncode == 1 and "--withdraw" in result.stderr
