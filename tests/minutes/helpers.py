"""Running a piece of Python in a fresh process from the checkout (a crash, a clean import)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRELUDE = (
    "import os, sys\n"
    "sys.path.insert(0, '.')\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "app = QCoreApplication([])\n"
)


def run_python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """*code* after a QCoreApplication is made, offscreen, in the checkout's root."""
    return subprocess.run(
        [sys.executable, "-c", PRELUDE + code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
