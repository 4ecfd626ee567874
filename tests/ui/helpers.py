"""Driving real widgets from tests: modal dialogs, German text, shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    """Type *text*; non-ASCII characters go through a QKeyEvent (QTest is ASCII-only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


def when_modal(qtbot, handler, *, timeout: int = 5000) -> list:
    """Run ``handler(dialog)`` as soon as a modal dialog is open; returns a list that
    records whether it ran (and any exception, which the test should re-raise)."""
    result: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            handler(dialog)
            result.append("ran")
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result.append(exc)
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    QTimer.singleShot(0, poll)
    return result


def check(result: list, qtbot=None, window=None) -> None:
    """Re-raise what went wrong in the dialog handler. With *window*, make it active again
    (see ``reactivate``)."""
    assert result, "the dialog never opened"
    if isinstance(result[0], BaseException):
        raise result[0]
    if window is not None:
        reactivate(qtbot, window)


def reactivate(qtbot, window) -> None:
    """Make *window* the active window again, as a desktop does when a modal dialog on it
    closes; the offscreen platform leaves no window active. Shortcuts and keyboard focus
    need the active window, so call it after every step that may have shown a modal dialog,
    also one that appears only on a slow run: a ``QProgressDialog`` shows itself when the
    work takes longer than its minimum duration."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def shortcut(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
