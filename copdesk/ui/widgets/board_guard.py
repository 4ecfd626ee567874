"""Keeps ``None`` (and ``True``/``False``) alive under PySide6 6.12.0 on CPython 3.11.

Measured here: with PySide6/shiboken6 6.12.0 on Python 3.11, every call of a C++ method
that returns ``void`` (``label.setText``, ``painter.setPen``, ``font.setBold`` …) takes one
reference from ``None`` and never gives it back. ``None`` starts with a few thousand
references, so after some thousand such calls Python aborts with "Fatal Python error:
none_dealloc: deallocating None" — a Lean Coffee board (a painted card per topic, a timer
ticking four times a second) reaches that within minutes. From Python 3.12 on ``None`` is
immortal and this module does nothing.

The guard tops the count up (CPython only: the count is the object's first field) on a
timer, twice a second. It adds to the count directly rather than holding ``None`` in a
list: a list would give its references back while the interpreter shuts down, and the
lost ones would then abort the exit.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer

LOW = 1_000_000  # top up below this many references ...
TOP_UP = 10_000_000  # ... by this many
_timer: QTimer | None = None


def needed() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


#: The singletons seen losing references: ``None`` (void methods) and the two booleans.
GUARDED = (None, True, False)


def keep_none_alive() -> None:
    if not needed():
        return
    for obj in GUARDED:
        if sys.getrefcount(obj) < LOW:
            ctypes.c_ssize_t.from_address(id(obj)).value += TOP_UP


def start(parent: QObject | None = None) -> None:
    """Start the periodic guard once per application (idempotent)."""
    global _timer
    if not needed():
        return
    keep_none_alive()
    app = parent or QCoreApplication.instance()
    if _timer is not None or app is None:
        return
    _timer = QTimer(app)
    _timer.setInterval(500)
    _timer.timeout.connect(keep_none_alive)
    _timer.start()
    _timer.destroyed.connect(_forget)


def _forget(*_args) -> None:
    global _timer
    _timer = None
