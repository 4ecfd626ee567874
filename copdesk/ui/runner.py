"""Background work on QThreadPool; results and progress come back by signal.

A job never touches widgets. It gets a ``report(done, total)`` callable and a
``cancelled()`` check, and opens its own database session if it needs one.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from copdesk.model.errors import UserError

log = logging.getLogger(__name__)


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception


class Job(QRunnable):
    def __init__(self, fn: Callable[..., object]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self._cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancelled = True

    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self.fn(report=self.signals.progress.emit, cancelled=self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - the GUI thread decides what to show
            if isinstance(exc, UserError):  # expected; its text may hold personal data
                log.info("background job stopped: %s", type(exc).__name__)
            else:
                log.error("background job failed\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


_running: set[Job] = set()


def start(fn: Callable[..., object], *, on_done=None, on_error=None, on_progress=None) -> Job:
    """Run ``fn(report=..., cancelled=...)`` in the pool; callbacks run on the GUI thread."""
    job = Job(fn)
    _running.add(job)
    if on_progress:
        job.signals.progress.connect(on_progress)
    if on_done:
        job.signals.finished.connect(on_done)
    if on_error:
        job.signals.failed.connect(on_error)
    job.signals.finished.connect(lambda _r: _running.discard(job))
    job.signals.failed.connect(lambda _e: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job


def wait_all(msecs: int = 10000) -> bool:
    return QThreadPool.globalInstance().waitForDone(msecs)
