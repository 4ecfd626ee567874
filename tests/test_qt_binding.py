"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did).

pyproject.toml excludes that combination; this test fails if it comes back, before a
Lean Coffee board crashes mid-meeting with "Fatal Python error: deallocating None".
"""

import sys

from PySide6.QtGui import QFont


def test_void_calls_keep_none_alive(qapp):
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        font.setBold(True)
    after = sys.getrefcount(None)
    assert before - after < 100, f"{before - after} references to None lost"
