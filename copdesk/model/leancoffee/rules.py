"""The Lean Coffee board's rules: budget, order, timebox, closing; its user errors.

The board is the meeting's :class:`~copdesk.model.entities.BoardEntry` rows (one per
topic, in one of the columns To discuss / Discussing / Discussed). Everything typed or
decided on the board is stored as it happens, in the rows the rest of the program reads:

* votes: :class:`TopicVote` rows of this meeting — per participant (``member_id``) or as
  a total per topic (``member_id`` NULL);
* the timer: :class:`TimeboxEvent` rows (``start``, ``extend``, ``thumbs``, ``end``);
* notes, takeaways, decisions and action items: :class:`MinutesNote`, :class:`Decision`
  and :class:`ActionItem` rows with the meeting and the topic (and the topic's agenda item,
  or the meeting's Lean Coffee item) — that is how they become part of the minutes;
* who is present: :class:`Attendance` rows with status ``attended``.

Rules
    **Vote budget** (votes per present participant): the meeting's ``vote_budget`` if set
    (1–12), otherwise a third of the topics on the board, rounded to the nearest whole
    number, at least 1 and at most 12. Per participant, votes used ≤ budget. Recorded as
    totals, all votes together ≤ budget × participants present. Only topics still to
    discuss can get votes; votes can be removed again.

    **Order** of the To discuss column: most votes first; on a tie the older topic first
    (proposed earlier); then topics whose proposer is present; then the one added to the
    backlog first. Topics in Discussed keep the order in which they were discussed.

    **Timebox**: the meeting's ``timebox_minutes`` (default 8) per topic, extended by
    ``extension_minutes`` (default 4) after a thumbs vote with more thumbs up than down
    (sideways thumbs do not count either way). An extension after the time ran out counts
    from the moment it is given.

    **Closing** (one step, undoable): topics in Discussed (and one still in Discussing)
    get status *discussed* and a link to the meeting; topics not reached go back to the
    open backlog with ``times_deferred`` + 1; votes stay stored with the meeting. A closed
    board is read-only; ``Meeting.board_closed_at`` records when it was closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.leancoffee.dto import BoardTopic
from copdesk.model.tables import BoardColumn, TopicStatus

C = BoardColumn
S = TopicStatus


MIN_BUDGET, MAX_BUDGET = 1, 12
MAX_TIMEBOX, MAX_EXTENSION = 60, 30
NOTE_MAX = 4000
NOTE_KINDS = ("note", "takeaway", "decision", "action")
# Topics that can be taken onto a board.
BOARDABLE = (S.OPEN, S.PLANNED, S.PARKED)


# --- pure rules ----------------------------------------------------------------------


def effective_budget(setting: int | None, topic_count: int) -> int:
    """Votes per present participant: the fixed setting, or a third of the topics."""
    if setting is not None:
        return setting
    return max(MIN_BUDGET, min(MAX_BUDGET, (topic_count + 1) // 3))


def order_key(topic: BoardTopic) -> tuple[int, dt.date, bool, int]:
    """Sort key of the To discuss column (see the module's rules)."""
    return (-topic.votes, topic.proposed_on, not topic.proposer_present, topic.topic_id)


def order_topics(topics: Iterable[BoardTopic]) -> list[BoardTopic]:
    return sorted(topics, key=order_key)


def thumbs_say_extend(up: int, side: int, down: int) -> bool:
    """More thumbs up than down: go on for another timebox extension."""
    return up > down


def timer_limit(
    start: dt.datetime, timebox_minutes: int, extends: Iterable[tuple[dt.datetime, int]]
) -> int:
    """Seconds allowed after *start*: the timebox and every extension given since.

    An extension given in overtime counts from the moment it was given (as the live
    timer does, ``timer.Timebox.extend``)."""
    limit = timebox_minutes * 60.0
    for at, minutes in extends:
        elapsed = (at - start).total_seconds()
        limit = max(limit, elapsed) + minutes * 60
    return round(limit)


class BoardClosed(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The Lean Coffee board of “{meeting}” is closed. Undo the closing (Ctrl+Z) to change "
        "it; notes can still be edited in the minutes.",
    )


class NothingDiscussing(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No topic is in Discussing. Select a topic in To discuss and press Ctrl+D to "
        "discuss it; its timer starts then.",
    )
