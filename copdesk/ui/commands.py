"""Running use cases from the UI: one unit of work, one undo step, one refresh signal.

Every page edits data through :meth:`Commands.run`. It runs the use case in its own
session, pushes a :class:`RecordedChange` onto the window's ``QUndoStack`` and emits
``DataEvents.changed``. :meth:`Commands.start` does the same for a long use case (an
import of thousands of rows): the unit of work runs in the background with progress, the
undo step is recorded on the GUI thread when it has committed. Undo and redo replay the recorded rows (``model/changes.py``), so
a new page gets Undo / Redo for its edits without writing any inverse operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from copdesk.model import uow
from copdesk.model.changes import Changes
from copdesk.model.db import Community
from copdesk.model.errors import UserError
from copdesk.ui import runner
from copdesk.ui.events import DataEvents

T = TypeVar("T")


class RecordedChange(QUndoCommand):
    def __init__(self, commands: Commands, text: str, changes: Changes) -> None:
        super().__init__(text)
        self._commands = commands
        self.changes = changes
        self._done = True  # the change was applied when it was recorded

    def redo(self) -> None:
        if self._done:
            return
        if self._commands.replay(self.changes, undo=False):
            self._done = True
        else:  # the data moved on elsewhere: drop this step rather than pretend
            self.setObsolete(True)

    def undo(self) -> None:
        if self._commands.replay(self.changes, undo=True):
            self._done = False
        else:
            self.setObsolete(True)


class Commands:
    def __init__(
        self,
        community: Community,
        events: DataEvents,
        stack: QUndoStack,
        show_error: Callable[[UserError], None],
    ) -> None:
        self.community = community
        self.events = events
        self.stack = stack
        self._show_error = show_error

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        return uow.read(self.community, fn, *args, **kwargs)

    def run(self, text: str, fn: Callable[..., T], *args, undoable: bool = True, **kwargs) -> T:
        """Run a use case as one undoable step; ``UserError``s propagate to the caller."""
        result, changes = uow.write(self.community, fn, *args, **kwargs)
        self._record(text, changes, undoable)
        return result

    def start(
        self,
        text: str,
        fn: Callable[..., T],
        *args,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        undoable: bool = True,
        **kwargs,
    ) -> runner.Job:
        """Like ``run``, but in the background (``runner``): *fn* also gets ``report`` and
        ``cancelled`` keyword arguments; the step is recorded and *on_done* called with the
        result on the GUI thread once it has committed, *on_error* with the exception (a
        ``UserError``, ``Cancelled`` …) if it did not, and then nothing has changed."""

        def work(report, cancelled):
            return uow.write(
                self.community, fn, *args, report=report, cancelled=cancelled, **kwargs
            )

        def finished(outcome) -> None:
            result, changes = outcome
            self._record(text, changes, undoable)
            on_done(result)

        return runner.start(work, on_done=finished, on_error=on_error, on_progress=on_progress)

    def _record(self, text: str, changes: Changes, undoable: bool) -> None:
        if changes:
            if undoable:
                self.stack.push(RecordedChange(self, text, changes))
            else:
                self.stack.clear()  # undo data of irreversible steps must not linger
            self.events.changed.emit(changes)

    def try_run(
        self, parent: QWidget | None, text: str, fn: Callable[..., T], *args, **kwargs
    ) -> tuple[bool, T | None]:
        """Like ``run`` but shows a user error as a message; returns (ok, result)."""
        try:
            return True, self.run(text, fn, *args, **kwargs)
        except UserError as exc:
            self._show_error(exc)
            return False, None

    def replay(self, changes: Changes, *, undo: bool) -> bool:
        try:
            applied = uow.replay(self.community, changes, undo=undo)
        except UserError as exc:
            self._show_error(exc)
            return False
        self.events.changed.emit(applied)
        return True
