"""The start-up import budget, as a check.

The layer rules (model never imports Qt or the UI, formats takes only QtCore, the arrows
point down) are import-linter contracts in .importlinter, run by .ci/run and pre-commit;
tests/test_import_contracts.py checks that contract set. What no contract can say is which
heavy libraries a start-up import pulls in: that is this test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


STARTUP_MODULES = ["copdesk.model.db", "copdesk.model.uow", "copdesk.model.members"]
HEAVY = ["alembic", "holidays", "icalendar", "reportlab", "PySide6"]


def test_core_imports_stay_light():
    code = (
        "import json, sys\n"
        + "".join(f"import {m}\n" for m in STARTUP_MODULES)
        + f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=REPO_ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported at start-up: {loaded}"
