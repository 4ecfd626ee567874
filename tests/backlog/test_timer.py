"""The timebox state machine, driven by a fake clock (no sleeps, no Qt)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copdesk.model.leancoffee.timer import Timebox, TimerError, TimerState, clock_text


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


def test_runs_down_and_signals_the_end_once(clock):
    timer = Timebox(clock)
    assert timer.state is TimerState.IDLE and not timer.expired
    timer.start(8 * 60)
    assert timer.remaining() == 480 and clock_text(timer.remaining()) == "08:00"
    clock.advance(0.4)
    assert clock_text(timer.remaining()) == "08:00"  # a whole second must pass first
    clock.advance(479.5)
    assert not timer.poll() and clock_text(timer.remaining()) == "00:01"
    clock.advance(0.1)
    assert timer.expired and timer.poll()
    assert not timer.poll()  # once only
    clock.advance(65)
    assert timer.poll() is False
    assert clock_text(timer.remaining()) == "+01:05"  # overtime keeps counting
    assert timer.stop() == 545
    assert timer.state is TimerState.IDLE


def test_extension_in_overtime_counts_from_now(clock):
    timer = Timebox(clock)
    timer.start(480)
    clock.advance(500)  # 20 s over while the thumbs were counted
    assert timer.poll()
    timer.extend(240)
    assert timer.extensions == 1
    assert timer.remaining() == 240 and not timer.expired
    clock.advance(239)
    assert not timer.poll()
    clock.advance(1)
    assert timer.poll()  # the extended timebox ends: signalled again


def test_extension_before_the_end_adds_up(clock):
    timer = Timebox(clock)
    timer.start(480)
    clock.advance(100)
    timer.extend(240)
    assert timer.remaining() == 620 and timer.limit == 720


def test_pause_does_not_count(clock):
    timer = Timebox(clock)
    timer.start(60)
    clock.advance(10)
    timer.toggle()
    assert timer.state is TimerState.PAUSED
    clock.advance(1000)
    assert timer.remaining() == 50 and not timer.poll()
    timer.toggle()
    clock.advance(50)
    assert timer.poll()
    assert timer.stop() == 60


def test_extend_resumes_a_paused_timer(clock):
    timer = Timebox(clock)
    timer.start(60)
    timer.pause()
    timer.extend(30)
    assert timer.state is TimerState.RUNNING and timer.remaining() == 90


def test_restore_continues_without_beeping_again(clock):
    timer = Timebox(clock)
    timer.restore(clock.now - 600, 480, extensions=0)  # ended two minutes ago
    assert timer.expired and not timer.poll()
    timer.extend(240)
    assert timer.remaining() == 240
    other = Timebox(clock)
    other.restore(clock.now - 100, 480)
    assert other.remaining() == 380


def test_wrong_calls_are_programming_errors(clock):
    timer = Timebox(clock)
    for call in (timer.pause, timer.resume, timer.stop, timer.toggle, lambda: timer.extend(1)):
        with pytest.raises(TimerError):
            call()
    with pytest.raises(TimerError):
        timer.start(0)
    assert timer.fraction_left() == 0.0


@settings(max_examples=60, deadline=None)
@given(
    box=st.integers(1, 3600),
    steps=st.lists(
        st.tuples(st.sampled_from(["tick", "pause", "extend"]), st.floats(0, 400, allow_nan=False)),
        max_size=25,
    ),
)
def test_elapsed_never_decreases_and_end_is_signalled_at_most_once_per_limit(box, steps):
    clock = FakeClock()
    timer = Timebox(clock)
    timer.start(box)
    last_elapsed = 0.0
    signals: list[float] = []
    for kind, amount in steps:
        if kind == "tick":
            clock.advance(amount)
        elif kind == "pause":
            timer.toggle()
        else:
            timer.extend(max(1, int(amount)))
        assert timer.elapsed() >= last_elapsed - 1e-9
        last_elapsed = timer.elapsed()
        assert 0.0 <= timer.fraction_left() <= 1.0
        if timer.poll():
            assert timer.remaining() <= 0
            signals.append(timer.limit)
    assert len(signals) == len(set(signals))
