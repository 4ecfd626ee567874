"""The timebox of a Lean Coffee topic: a pure state machine driven by an injected clock.

No Qt and no sleeping: the board window asks it, a few times a second, how much time is
left (``remaining``) and whether the time has just run out (``poll``). Tests drive it
with a fake clock. The clock returns seconds (any origin, e.g. ``time.time``); a timer
that was started earlier — say before the board window was reopened — is rebuilt with
:meth:`Timebox.restore` from the recorded start.

States::

    idle --start--> running --pause--> paused --resume--> running
                      |  ^                |
                      |  +----extend------+  (extend works in every state but idle)
                      v
                   (remaining <= 0: "expired"; still counting, as overtime)
    running/paused/expired --stop--> idle (returns the seconds used)
"""

from __future__ import annotations

import enum
from collections.abc import Callable


class TimerState(enum.StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"


class TimerError(RuntimeError):
    """A call that does not fit the state (a programming error, not a user error)."""


class Timebox:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self.state = TimerState.IDLE
        self._started = 0.0
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self.limit = 0.0  # seconds allowed: the timebox plus every extension
        self.extensions = 0
        self._signalled_limit: float | None = None  # the limit whose end was reported

    # --- transitions ------------------------------------------------------------------
    def start(self, seconds: float) -> None:
        if seconds <= 0:
            raise TimerError("a timebox needs a positive length")
        self.state = TimerState.RUNNING
        self._started = self._clock()
        self._paused_at = None
        self._paused_total = 0.0
        self.limit = float(seconds)
        self.extensions = 0
        self._signalled_limit = None

    def restore(self, started_at: float, limit: float, extensions: int = 0) -> None:
        """Continue a timer that started at *started_at* (clock seconds), e.g. after a restart.

        An end that already lies in the past counts as reported: reopening the board does
        not beep again.
        """
        self.start(limit)
        self._started = started_at
        self.extensions = extensions
        if self.remaining() <= 0:
            self._signalled_limit = self.limit

    def pause(self) -> None:
        if self.state is not TimerState.RUNNING:
            raise TimerError("only a running timer can be paused")
        self._paused_at = self._clock()
        self.state = TimerState.PAUSED

    def resume(self) -> None:
        if self.state is not TimerState.PAUSED:
            raise TimerError("only a paused timer can be resumed")
        self._paused_total += self._clock() - (self._paused_at or 0.0)
        self._paused_at = None
        self.state = TimerState.RUNNING

    def toggle(self) -> None:
        if self.state is TimerState.RUNNING:
            self.pause()
        elif self.state is TimerState.PAUSED:
            self.resume()
        else:
            raise TimerError("the timer is not started")

    def extend(self, seconds: float) -> None:
        if self.state is TimerState.IDLE:
            raise TimerError("extend a started timer only")
        if seconds <= 0:
            raise TimerError("an extension needs a positive length")
        if self.remaining() < 0:
            # the extension counts from now: overtime already used is not taken from it
            self.limit = self.elapsed() + float(seconds)
        else:
            self.limit += float(seconds)
        self.extensions += 1
        if self.state is TimerState.PAUSED:
            self.resume()

    def stop(self) -> int:
        """Stop the timer; returns the whole seconds used (pauses not counted)."""
        if self.state is TimerState.IDLE:
            raise TimerError("the timer is not started")
        used = round(self.elapsed())
        self.state = TimerState.IDLE
        self._paused_at = None
        return used

    # --- questions --------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.state is not TimerState.IDLE

    def elapsed(self) -> float:
        if self.state is TimerState.IDLE:
            return 0.0
        now = self._paused_at if self._paused_at is not None else self._clock()
        return max(0.0, now - self._started - self._paused_total)

    def remaining(self) -> float:
        """Seconds left; negative once the time is up (overtime)."""
        if self.state is TimerState.IDLE:
            return 0.0
        return self.limit - self.elapsed()

    @property
    def expired(self) -> bool:
        return self.active and self.remaining() <= 0

    def poll(self) -> bool:
        """True exactly once each time the (possibly extended) timebox runs out."""
        if not self.expired or self._signalled_limit == self.limit:
            return False
        self._signalled_limit = self.limit
        return True

    def fraction_left(self) -> float:
        """0.0–1.0 of the current limit, for a progress bar."""
        if not self.active or self.limit <= 0:
            return 0.0
        return min(1.0, max(0.0, self.remaining() / self.limit))


def clock_text(seconds: float) -> str:
    """ "07:59", "00:00", "+01:05" (overtime); rounds towards the displayed second."""
    if seconds < 0:
        s = int(-seconds)
        return f"+{s // 60:02d}:{s % 60:02d}"
    s = int(seconds + 0.999)  # 7:59.2 left shows 08:00 until a whole second has gone
    return f"{s // 60:02d}:{s % 60:02d}"
