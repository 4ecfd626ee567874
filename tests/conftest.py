"""Shared fixtures: every test runs with its own COPDESK_HOME and its own community file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt-based tests (tests/ui) need no display; the model tests never import Qt at all.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def copdesk_home(tmp_path_factory, monkeypatch) -> Path:
    """Data, config, logs and backups go below a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("copdesk-home")
    monkeypatch.setenv("COPDESK_HOME", str(home))
    return home


@pytest.fixture
def community_path(tmp_path) -> Path:
    """A freshly created (and closed) community file."""
    from copdesk.model import db

    path = tmp_path / "test.copdesk"
    db.create_community(path, name="Test CoP")
    return path


@pytest.fixture
def community(community_path):
    """The fresh community file, open for writing; closed (and unlocked) afterwards."""
    from copdesk.model import db

    com = db.open_community(community_path)
    try:
        yield com
    finally:
        com.close()
