"""The command line, as a user runs it: exit codes, one-line errors, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, env_home: Path) -> subprocess.CompletedProcess:
    import os

    env = dict(
        os.environ,
        COPDESK_HOME=str(env_home),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-m", "copdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def test_version(copdesk_home):
    from copdesk import __version__

    result = run("--version", env_home=copdesk_home)
    assert result.returncode == 0
    assert result.stdout.strip() == f"copdesk {__version__}"


def test_demo_then_check(tmp_path, copdesk_home):
    path = tmp_path / "demo.copdesk"
    result = run("demo", str(path), env_home=copdesk_home)
    assert result.returncode == 0, result.stderr
    assert path.exists()
    checked = run("check", str(path), env_home=copdesk_home)
    assert checked.returncode == 0, checked.stderr
    assert "Integrity: ok" in checked.stdout
    from copdesk.model.migrations import HEAD

    assert HEAD in checked.stdout
    member_line = next(
        line for line in checked.stdout.splitlines() if line.strip().startswith("member ")
    )
    assert int(member_line.split()[-1]) >= 12
    again = run("demo", str(path), env_home=copdesk_home)
    assert again.returncode == 1 and "already exists" in again.stderr


@pytest.mark.parametrize("content", [b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", b""])
def test_check_refuses_foreign_files_with_one_line(tmp_path, copdesk_home, content):
    path = tmp_path / "protocol.copdesk"
    path.write_bytes(content)
    result = run("check", str(path), env_home=copdesk_home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "not a CoP Desk" in lines[0]
    assert path.read_bytes() == content


def test_usage_errors_exit_2(copdesk_home, tmp_path):
    assert run("check", env_home=copdesk_home).returncode == 2
    assert (
        run("demo", str(tmp_path / "x.copdesk"), "--size", "huge", env_home=copdesk_home).returncode
        == 2
    )


def test_messages_follow_the_language(tmp_path, copdesk_home):
    (copdesk_home / "config").mkdir(parents=True, exist_ok=True)
    (copdesk_home / "config" / "copdesk.ini").write_text("[ui]\nlanguage=de\n")
    path = tmp_path / "leer.copdesk"
    path.write_bytes(b"")
    result = run("check", str(path), env_home=copdesk_home)
    assert result.returncode == 1
    assert "keine CoP-Desk" in result.stderr or "keine" in result.stderr


def test_readme_test_command_is_what_ci_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in readme.splitlines()
        if "pytest" in line and line.strip().startswith("python3 -m venv")
    ]
    assert len(commands) == 1
    assert commands[0] in ci
