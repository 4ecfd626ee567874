"""The built standalone program, smoke-tested (packaging/smoke.py).

Building takes about a minute (more on two CI cores), so the normal test run only smoke-tests
a build that already exists and is newer than the sources. Otherwise it skips and says why:

    COPDESK_BUILD=1 pytest tests/packaging             build dist/copdesk/, then smoke-test
    COPDESK_SMOKE_DIST=path/to/copdesk pytest ...      smoke-test that folder (e.g. a release)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "copdesk"
CLI = DIST / ("copdesk-cli.exe" if sys.platform.startswith("win") else "copdesk-cli")
SOURCES = [ROOT / "copdesk", ROOT / "resources", ROOT / "copdesk.spec", ROOT / "packaging"]


def _pyinstaller_installed() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


def newest_source_change() -> float:
    newest = 0.0
    for source in SOURCES:
        paths = [source] if source.is_file() else source.rglob("*")
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                newest = max(newest, path.stat().st_mtime)
    return newest


def folder_to_test() -> Path:
    """The folder to smoke-test, building it if asked to; skips with the reason otherwise."""
    given = os.environ.get("COPDESK_SMOKE_DIST")
    if given:
        return Path(given).resolve()
    if os.environ.get("COPDESK_BUILD") == "1":
        if not _pyinstaller_installed():
            pytest.skip(
                'COPDESK_BUILD=1, but PyInstaller is not installed (pip install -e ".[package]")'
            )
        proc = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--quiet"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=45 * 60,
            check=False,
        )
        assert proc.returncode == 0, f"build failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
        return DIST
    if not _pyinstaller_installed():
        pytest.skip(
            'PyInstaller is not installed (pip install -e ".[package]"): the '
            "standalone program is not built or smoke-tested"
        )
    if not CLI.is_file():
        pytest.skip(
            "no build in dist/copdesk; building takes about a minute: run with "
            "COPDESK_BUILD=1 to build and smoke-test it"
        )
    if CLI.stat().st_mtime < newest_source_change():
        pytest.skip(
            "dist/copdesk is older than the sources: run with COPDESK_BUILD=1 to "
            "rebuild and smoke-test it"
        )
    return DIST


def test_built_program_passes_the_smoke_test():
    dist = folder_to_test()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke.py"), str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=20 * 60,
        check=False,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    assert "0 failed" in proc.stdout, report
    for step in ("--version", "demo", "check (German)", "window (first paint)"):
        assert any(
            line.split()[:1] == ["ok"] and step in line for line in proc.stdout.splitlines()
        ), f"{step} not ok:\n{report}"
