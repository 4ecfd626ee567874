"""The Lean Coffee board of one meeting: collect, dot-vote, discuss in timeboxes, close.

The board is the meeting's ``BoardEntry`` rows; votes, timer events, notes and who is here
are stored as they happen, in the rows the rest of the program reads (the rules are in
``rules.py``). Topics come from and go back to ``copdesk.model.backlog``; ``Timebox`` is the
live timer the board window runs, a pure state machine with an injected clock.
"""

from copdesk.model.leancoffee.closing import close_board
from copdesk.model.leancoffee.collecting import (
    add_topics,
    new_topic,
    remove_from_board,
    set_board_settings,
    set_presence,
)
from copdesk.model.leancoffee.discussing import (
    discuss,
    extend,
    finish,
    record_thumbs,
    start_timebox,
    thumbs_vote,
)
from copdesk.model.leancoffee.dto import (
    Board,
    BoardNote,
    BoardTopic,
    CloseResult,
    Participant,
    TimerRecord,
)
from copdesk.model.leancoffee.notes import add_note, delete_note
from copdesk.model.leancoffee.reading import board, is_closed
from copdesk.model.leancoffee.rules import (
    BOARDABLE,
    MAX_BUDGET,
    MAX_EXTENSION,
    MAX_TIMEBOX,
    MIN_BUDGET,
    NOTE_KINDS,
    NOTE_MAX,
    BoardClosed,
    NothingDiscussing,
    effective_budget,
    order_key,
    order_topics,
    thumbs_say_extend,
    timer_limit,
)
from copdesk.model.leancoffee.timer import Timebox, TimerError, TimerState, clock_text
from copdesk.model.leancoffee.voting import vote

__all__ = [
    "BOARDABLE",
    "MAX_BUDGET",
    "MAX_EXTENSION",
    "MAX_TIMEBOX",
    "MIN_BUDGET",
    "NOTE_KINDS",
    "NOTE_MAX",
    "Board",
    "BoardClosed",
    "BoardNote",
    "BoardTopic",
    "CloseResult",
    "NothingDiscussing",
    "Participant",
    "Timebox",
    "TimerError",
    "TimerRecord",
    "TimerState",
    "add_note",
    "add_topics",
    "board",
    "clock_text",
    "close_board",
    "delete_note",
    "discuss",
    "effective_budget",
    "extend",
    "finish",
    "is_closed",
    "new_topic",
    "order_key",
    "order_topics",
    "record_thumbs",
    "remove_from_board",
    "set_board_settings",
    "set_presence",
    "start_timebox",
    "thumbs_say_extend",
    "thumbs_vote",
    "timer_limit",
    "vote",
]
