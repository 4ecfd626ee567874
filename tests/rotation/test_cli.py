"""``copdesk rotation FILE --group NAME [--next N] [--role ...]`` as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(*args: str, home) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        COPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", "rotation", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def demo_file(tmp_path):
    from copdesk import demo

    path = tmp_path / "demo.copdesk"
    demo.write_demo(path)
    return path


def test_forecast_with_explanations(demo_file, copdesk_home):
    result = run(str(demo_file), "--group", "CoP Personalentwicklung Süd-West", home=copdesk_home)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Rotation of CoP Personalentwicklung Süd-West – the next 4 meetings")
    assert out.count("  Moderator:") == 4 and out.count("  Host organisation:") == 4
    assert "CoP-Treffen Q" in out and "≈ " in out  # a planned meeting, then estimated dates
    assert "moderated" in out and "last on" in out
    assert "Hints:" in out and "Uneven moderation" in out
    assert result.stderr == ""


def test_one_role_more_meetings_and_a_sub_group(demo_file, copdesk_home):
    result = run(str(demo_file), "--role", "moderator", "--next", "6", home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("  Moderator:") == 6
    assert "Host organisation" not in result.stdout and "Protocol writer" not in result.stdout
    wol = run(str(demo_file), "--group", "working out loud", "--role", "host", home=copdesk_home)
    assert wol.returncode == 0, wol.stderr
    assert "The role “Host organisation” does not rotate in this group." in wol.stdout


def test_german(demo_file, copdesk_home):
    (copdesk_home / "config").mkdir(parents=True, exist_ok=True)
    (copdesk_home / "config" / "copdesk.ini").write_text("[ui]\nlanguage=de\n")
    result = run(str(demo_file), "--next", "2", home=copdesk_home)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "die nächsten 2 Treffen" in out
    assert "  Moderation:" in out and "  Gastgeber-Organisation:" in out
    assert "moderiert, zuletzt am" in out or "hat noch nie moderiert" in out
    assert "Hinweise:" in out


def test_errors(demo_file, copdesk_home, tmp_path):
    unknown = run(str(demo_file), "--group", "Nirgendwo", home=copdesk_home)
    assert unknown.returncode == 1
    lines = unknown.stderr.strip().splitlines()
    assert len(lines) == 1 and "There is no group named “Nirgendwo”" in lines[0]
    assert run(str(demo_file), "--next", "0", home=copdesk_home).returncode == 2
    assert run(str(demo_file), "--role", "chair", home=copdesk_home).returncode == 2
    missing = run(str(tmp_path / "nope.copdesk"), home=copdesk_home)
    assert missing.returncode == 1 and "nope.copdesk" in missing.stderr


def test_empty_community_says_nobody(community_path, copdesk_home):
    result = run(str(community_path), "--next", "1", home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert "Nobody is eligible for this role. Check the rotation settings." in result.stdout
    assert "⚠ nobody" in result.stdout
