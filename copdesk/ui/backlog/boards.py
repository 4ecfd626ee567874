"""The Lean Coffee board windows the backlog page opens, at most one per meeting.

The page owns one ``BoardWindows``: it asks which meeting's board to open (Ctrl+L), opens
or raises the window, hands it the backlog's topic picker and forgets it when it closes.
The texts keep the translation context ``BacklogPage``, where they were written first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from copdesk.model import backlog
from copdesk.model.backlog import TopicRow
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.ui.backlog.pickers import MeetingPickDialog, TopicPickDialog
from copdesk.ui.board import BoardWindow
from copdesk.ui.page_base import Page


class BoardWindows:
    """The open board windows of *page*, by meeting id."""

    def __init__(self, page: Page, group: Callable[[], int]) -> None:
        self._page = page
        self._group = group
        self._windows: dict[int, BoardWindow] = {}
        self.clock: Callable[[], float] = time.time  # the timers' clock (tests use a fake)

    def by_meeting(self) -> dict[int, BoardWindow]:
        return dict(self._windows)

    def any_active(self) -> bool:
        return any(w.isActiveWindow() for w in self._windows.values())

    def choose(self) -> None:
        """Ask for the meeting, then open its board."""
        page = self._page
        choices = page.ctx.commands.read(backlog.meeting_choices, self._group())
        if not choices:
            page.show_error(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This group has no meetings yet. Plan a meeting on the Meetings page "
                        "first; its Lean Coffee board opens from there or from here.",
                    )
                )
            )
            return
        upcoming = [c for c in choices if c.upcoming]
        default = upcoming[0].id if upcoming else choices[-1].id
        dialog = MeetingPickDialog(
            list(reversed(choices)),
            title=QCoreApplication.translate("BacklogPage", "Lean Coffee board"),
            prompt=QCoreApplication.translate(
                "BacklogPage", "Open the Lean Coffee board of which meeting?"
            ),
            parent=page,
            default_id=default,
            show_board=True,
        )
        if dialog.exec():
            chosen = dialog.chosen()
            if chosen is not None:
                self.open(chosen.id)

    def open(self, meeting_id: int) -> BoardWindow | None:
        """Open (or bring to the front) the board of the meeting; None if it cannot open."""
        window = self._windows.get(meeting_id)
        if window is None:
            try:
                window = BoardWindow(
                    self._page.ctx,
                    meeting_id,
                    self._pick_topics,
                    parent=self._page.window(),
                    clock=self.clock,
                )
            except UserError as exc:
                self._page.show_error(exc)
                return None
            self._windows[meeting_id] = window
            window.closed.connect(lambda mid=meeting_id: self._closed(mid))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _pick_topics(
        self, rows: Sequence[TopicRow], *, title: str, prompt: str, parent: QWidget
    ) -> list[int]:
        """The board's Ctrl+B: several topics from the backlog, with the same picker."""
        dialog = TopicPickDialog(
            rows,
            title=title,
            prompt=prompt,
            parent=parent,
            settings=self._page.ctx.settings,
            multi=True,
        )
        return [r.id for r in dialog.chosen()] if dialog.exec() else []

    def _closed(self, meeting_id: int) -> None:
        window = self._windows.pop(meeting_id, None)
        if window is not None:
            window.deleteLater()
        if self._page.isVisible():
            self._page.refresh_if_stale()
