"""The Lean Coffee board's controller: its state, the use cases it runs, the live timer.

The board window (``window.py``) builds and fills widgets; this object holds what they show
(the ``Board`` read from the model, whose votes are being recorded, the ``Timebox``) and
runs every change as a use case through ``Commands.run`` — one undo step each. It tells
the window through signals: ``reloaded`` (show the new board), ``gone`` (the meeting was
deleted elsewhere), ``ticked`` (show the time), ``time_up`` (the timebox has just run out)
and ``failed`` (a user error to show). Undo texts keep the translation context
``BoardWindow``, where they were written first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from copdesk.model import backlog
from copdesk.model import leancoffee as lc
from copdesk.model.changes import Changes
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.ui.i18n import plural
from copdesk.ui.page_base import PageContext

translate = QCoreApplication.translate  # the texts' context: BoardWindow

BOARD_TABLES = (
    "board_entry",
    "topic_vote",
    "topic",
    "attendance",
    "group_membership",  # who is here follows the group's people
    "meeting",
    "minutes_note",
    "decision",
    "action_item",
    "timebox_event",
    "setting",
    "member",
)
BLINK_SECONDS = 6
TICK_MS = 250

R = TypeVar("R")


class BoardController(QObject):
    reloaded = Signal()
    gone = Signal()
    ticked = Signal()
    time_up = Signal()
    failed = Signal(object)  # a UserError

    def __init__(
        self,
        ctx: PageContext,
        meeting_id: int,
        clock: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        """Reads the board; raises ``UserError`` if the meeting does not exist."""
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.clock = clock
        self.board: lc.Board = ctx.commands.read(lc.board, meeting_id)
        self.timer = lc.Timebox(clock)
        self.voter: int | None = None  # whose votes are recorded; None: totals
        self._timer_key: tuple[int, dt.datetime] | None = None
        self._alarm_since: float | None = None
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        ctx.events.changed.connect(self._on_changed)

    def detach(self) -> None:
        """The window closes: no more ticks, no more reloads."""
        self.ticker.stop()
        try:
            self.ctx.events.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass

    # --- reading ----------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*BOARD_TABLES):
            self.reload()

    def reload(self) -> None:
        try:
            self.board = self.ctx.commands.read(lc.board, self.meeting_id)
        except UserError:  # the meeting was deleted elsewhere
            self.gone.emit()
            return
        self.reloaded.emit()

    def mine(self) -> dict[int, int]:
        """The current voter's votes per topic still to discuss (empty for totals)."""
        if self.voter is None:
            return {}
        return {
            t.topic_id: self.board.votes_of(t.topic_id, self.voter) for t in self.board.to_discuss
        }

    def votes_left(self) -> int:
        """Votes the current voter (or everyone together) may still give."""
        b = self.board
        if self.voter is None:
            return max(0, b.capacity - b.total_votes)
        p = next((p for p in b.participants if p.member_id == self.voter), None)
        return max(0, b.budget - (p.votes_used if p else 0))

    def voter_first_name(self) -> str:
        return next(
            (p.name.split(" ")[0] for p in self.board.participants if p.member_id == self.voter),
            "",
        )

    def notes_target(self, selected_discussed: lc.BoardTopic | None) -> lc.BoardTopic | None:
        """Notes belong to the topic in Discussing, else to the one selected in Discussed."""
        if self.board.discussing is not None:
            return self.board.discussing
        return selected_discussed

    def meeting_day(self) -> dt.date | None:
        return backlog.local_date(self.board.start_at, self.board.tz)

    def backlog_candidates(self) -> list[backlog.TopicRow]:
        """The group's topics that can still go on this board."""
        on_board = {t.topic_id for t in self.board.topics}
        return [
            r
            for r in self.ctx.commands.read(backlog.list_topics, self.board.group_id)
            if r.status in lc.BOARDABLE and r.id not in on_board
        ]

    # --- the timer --------------------------------------------------------------------
    def now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC)

    def sync_timer(self) -> None:
        """Run the live timer as the board records it (restored after a reopen or undo)."""
        rec = self.board.timer
        if rec is None:
            if self.timer.active:
                self.timer.stop()
            self._timer_key = None
            self._alarm_since = None
            self.ticker.stop()
            return
        key = (rec.topic_id, rec.started_at)
        if (
            key != self._timer_key
            or rec.extensions != self.timer.extensions
            or not self.timer.active
        ):
            self.timer.restore(rec.started_at.timestamp(), rec.limit_seconds, rec.extensions)
            self._timer_key = key
            self._alarm_since = None
        if not self.ticker.isActive():
            self.ticker.start()

    def _resync_timer(self) -> None:
        """After a refused change: take the timer from the records again."""
        self._timer_key = None
        self.sync_timer()

    def tick(self) -> None:
        if not self.timer.active:
            self.ticker.stop()
            return
        if self.timer.poll():
            self._alarm_since = self.clock()
            self.time_up.emit()
        self.ticked.emit()

    def timer_running(self) -> bool:
        """The live timer runs for the topic in Discussing."""
        return self.board.discussing is not None and self.timer.active

    def alarm_lit(self) -> bool:
        """The time-is-up banner is shown (it blinks for a few seconds after the end)."""
        now = self.clock()
        blink = (
            self._alarm_since is not None
            and now - self._alarm_since < BLINK_SECONDS
            and int(now * 2) % 2 == 1
        )
        return not blink

    def seconds_used(self) -> int | None:
        """Seconds the live timer counted for the topic in Discussing (None: no live timer)."""
        rec = self.board.timer
        if (
            rec is not None
            and self.timer.active
            and self._timer_key
            and self._timer_key[0] == rec.topic_id
        ):
            return round(self.timer.elapsed())
        return None

    # --- running use cases ------------------------------------------------------------
    def run(
        self, text: str, fn: Callable[..., R], *args: Any, **kwargs: Any
    ) -> tuple[bool, R | None]:
        """One undo step; a user error is reported through ``failed``."""
        try:
            return True, self.ctx.commands.run(text, fn, *args, **kwargs)
        except UserError as exc:
            self.failed.emit(exc)
            return False, None

    def _nothing_discussing(self) -> bool:
        if self.board.discussing is None:
            self.failed.emit(lc.NothingDiscussing())
            return True
        return False

    # --- topics -----------------------------------------------------------------------
    def new_topic(self, title: str, proposer: int | None) -> int:
        """A topic typed in during the meeting; a user error is raised (the dialog shows it)."""
        return self.ctx.commands.run(
            translate("BoardWindow", "New topic %1").replace("%1", title.strip()),
            lc.new_topic,
            self.meeting_id,
            title,
            proposer,
        )

    def add_topics(self, topic_ids: list[int]) -> None:
        n = len(topic_ids)
        text = plural(translate("BoardWindow", "Add %n topic(s) to the board", "", n), n)
        self.run(text, lc.add_topics, self.meeting_id, topic_ids)

    def remove(self, topic: lc.BoardTopic) -> None:
        self.run(
            translate("BoardWindow", "Remove %1 from the board").replace("%1", topic.title),
            lc.remove_from_board,
            self.meeting_id,
            topic.topic_id,
        )

    def set_presence(self, present: Iterable[int]) -> None:
        self.run(
            translate("BoardWindow", "Who is here"), lc.set_presence, self.meeting_id, list(present)
        )

    def set_settings(self, budget: int | None, timebox: int, extension: int) -> None:
        self.run(
            translate("BoardWindow", "Lean Coffee settings"),
            lc.set_board_settings,
            self.meeting_id,
            budget,
            timebox,
            extension,
        )

    def close_board(self) -> lc.CloseResult | None:
        _ok, result = self.run(
            translate("BoardWindow", "Close the Lean Coffee"),
            lc.close_board,
            self.meeting_id,
            seconds_used=self.seconds_used(),
            now=self.now(),
        )
        return result

    # --- votes ------------------------------------------------------------------------
    def vote(self, topic: lc.BoardTopic, delta: int) -> None:
        text = (
            translate("BoardWindow", "Vote for %1")
            if delta > 0
            else translate("BoardWindow", "Remove a vote from %1")
        ).replace("%1", topic.title)
        self.run(text, lc.vote, self.meeting_id, topic.topic_id, self.voter, delta)

    # --- discussing -------------------------------------------------------------------
    def discuss(self, topic: lc.BoardTopic | None) -> bool:
        """Discuss *topic* (or the first one still to discuss); True if it worked."""
        topic = topic or (self.board.to_discuss[0] if self.board.to_discuss else None)
        if topic is None:
            self.failed.emit(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is nothing left to discuss. Add topics with Ctrl+B or Ctrl+N.",
                    )
                )
            )
            return False
        ok, _ = self.run(
            translate("BoardWindow", "Discuss %1").replace("%1", topic.title),
            lc.discuss,
            self.meeting_id,
            topic.topic_id,
            seconds_used=self.seconds_used(),
            now=self.now(),
        )
        return ok

    def toggle_timer(self) -> None:
        """Pause or continue the live timer; start it (recorded) if it does not run."""
        if self.timer_running():
            self.timer.toggle()
            self.ticked.emit()
            return
        self.run(
            translate("BoardWindow", "Start the timer"),
            lc.start_timebox,
            self.meeting_id,
            now=self.now(),
        )

    def extend(self) -> None:
        if self._nothing_discussing():
            return
        minutes = self.board.extension_minutes
        if self.timer.active:
            self.timer.extend(minutes * 60)  # first, so that the reload keeps pauses
        ok, _ = self.run(
            translate("BoardWindow", "Extend by %1 min").replace("%1", str(minutes)),
            lc.extend,
            self.meeting_id,
            now=self.now(),
        )
        if not ok:
            self._resync_timer()
        self.ticked.emit()

    def can_thumbs(self) -> lc.BoardTopic | None:
        """The topic a thumbs vote is about (reports an error if there is none)."""
        if self._nothing_discussing():
            return None
        return self.board.discussing

    def thumbs(self, topic: lc.BoardTopic, counts: tuple[int, int, int], go_on: bool) -> None:
        """Record a thumbs vote, then extend (*go_on*) or finish the topic: one step."""
        up, side, down = counts
        seconds = self.seconds_used()
        if go_on and self.timer.active:
            self.timer.extend(self.board.extension_minutes * 60)
        text = (
            translate("BoardWindow", "Thumbs vote: extend %1")
            if go_on
            else translate("BoardWindow", "Thumbs vote: finish %1")
        )
        ok, _ = self.run(
            text.replace("%1", topic.title),
            lc.thumbs_vote,
            self.meeting_id,
            up,
            side,
            down,
            go_on=go_on,
            seconds_used=seconds,
            now=self.now(),
        )
        if not ok:
            self._resync_timer()
        self.ticked.emit()

    def finish(self) -> bool:
        """Move the topic in Discussing to Discussed; True if it worked."""
        topic = self.board.discussing
        if topic is None:
            self.failed.emit(lc.NothingDiscussing())
            return False
        ok, _ = self.run(
            translate("BoardWindow", "Finish %1").replace("%1", topic.title),
            lc.finish,
            self.meeting_id,
            seconds_used=self.seconds_used(),
            now=self.now(),
        )
        return ok

    # --- notes ------------------------------------------------------------------------
    def add_note(
        self,
        target: lc.BoardTopic,
        kind: str,
        label: str,
        text: str,
        owner: int | None,
        due: dt.date | None,
    ) -> bool:
        ok, _ = self.run(
            translate("BoardWindow", "%1 on %2").replace("%1", label).replace("%2", target.title),
            lc.add_note,
            self.meeting_id,
            target.topic_id,
            kind,
            text,
            owner_id=owner,
            due_on=due,
        )
        return ok

    def delete_note(self, kind: str, label: str, note_id: int) -> None:
        self.run(
            translate("BoardWindow", "Delete %1").replace("%1", label),
            lc.delete_note,
            self.meeting_id,
            kind,
            note_id,
        )
