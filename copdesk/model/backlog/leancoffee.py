"""The Lean Coffee board of one meeting: collect, dot-vote, discuss in timeboxes, close.

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
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import backlog, text
from copdesk.model import entities as E
from copdesk.model.backlog.dto import (
    Board,
    BoardNote,
    BoardTopic,
    CloseResult,
    Participant,
    TimerRecord,
    TopicData,
)
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError

C = E.BoardColumn
S = E.TopicStatus
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


def order_key(topic: BoardTopic) -> tuple:
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
    return int(round(limit))


# --- errors ------------------------------------------------------------------------------


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


# --- reading ------------------------------------------------------------------------------


def _meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def is_closed(session: Session, meeting_id: int) -> bool:
    closed = session.scalar(select(E.Meeting.board_closed_at).where(E.Meeting.id == meeting_id))
    return closed is not None


def _present_ids(session: Session, meeting_id: int) -> set[int]:
    return set(
        session.scalars(
            select(E.Attendance.member_id).where(
                E.Attendance.meeting_id == meeting_id,
                E.Attendance.status == E.AttendanceStatus.ATTENDED,
            )
        )
    )


def _entries(session: Session, meeting_id: int) -> list[E.BoardEntry]:
    return list(
        session.scalars(
            select(E.BoardEntry)
            .where(E.BoardEntry.meeting_id == meeting_id)
            .order_by(E.BoardEntry.position, E.BoardEntry.topic_id)
        )
    )


def board(session: Session, meeting_id: int) -> Board:
    """Everything the board window shows, for one meeting only."""
    meeting = _meeting(session, meeting_id)
    t, m, o = E.Topic, E.Member, E.Organisation
    entries = session.execute(
        select(
            E.BoardEntry,
            t.title,
            t.proposed_by_id,
            m.first_name,
            m.last_name,
            t.proposed_on,
            t.status,
            t.created_at,
        )
        .join(t, t.id == E.BoardEntry.topic_id)
        .outerjoin(m, m.id == t.proposed_by_id)
        .where(E.BoardEntry.meeting_id == meeting_id)
    ).all()
    present = _present_ids(session, meeting_id)
    votes: dict[int, int] = defaultdict(int)
    member_votes: dict[tuple[int, int | None], int] = defaultdict(int)
    used: dict[int, int] = defaultdict(int)
    for topic_id, member_id, count in session.execute(
        select(E.TopicVote.topic_id, E.TopicVote.member_id, E.TopicVote.count).where(
            E.TopicVote.meeting_id == meeting_id
        )
    ):
        votes[topic_id] += count
        member_votes[(topic_id, member_id)] += count
        if member_id is not None:
            used[member_id] += count
    new_since = meeting.start_at - dt.timedelta(hours=12)
    topics = [
        BoardTopic(
            topic_id=entry.topic_id,
            title=title,
            proposer_id=pid,
            proposer=backlog.member_name(first, last),
            proposer_present=pid in present,
            proposed_on=proposed_on,
            column=entry.column,
            position=entry.position,
            votes=votes.get(entry.topic_id, 0),
            seconds_used=entry.seconds_used,
            extensions=entry.extensions,
            status=status,
            new_in_meeting=created is not None and created >= new_since,
        )
        for entry, title, pid, first, last, proposed_on, status, created in entries
    ]
    discussing = next((x for x in topics if x.column == C.DISCUSSING), None)
    to_discuss = tuple(order_topics(x for x in topics if x.column == C.TO_DISCUSS))
    discussed = tuple(
        sorted(
            (x for x in topics if x.column == C.DISCUSSED), key=lambda x: (x.position, x.topic_id)
        )
    )

    gm, att = E.GroupMembership, E.Attendance
    ids = set(
        session.scalars(
            select(m.id).where(
                m.active.is_(True),
                m.id.in_(select(gm.member_id).where(gm.group_id == meeting.group_id)),
            )
        )
    )
    ids |= set(session.scalars(select(att.member_id).where(att.meeting_id == meeting_id)))
    ids |= set(used)
    participants = tuple(
        Participant(
            mid, backlog.member_name(first, last), org or "", mid in present, used.get(mid, 0)
        )
        for mid, first, last, org in session.execute(
            select(m.id, m.first_name, m.last_name, o.name)
            .outerjoin(o, o.id == m.organisation_id)
            .where(m.id.in_(ids))
            .order_by(func.lower(m.first_name), func.lower(m.last_name), m.id)
        )
    )
    return Board(
        meeting_id=meeting.id,
        group_id=meeting.group_id,
        title=meeting.title,
        start_at=meeting.start_at,
        end_at=meeting.end_at,
        tz=meeting.tz,
        budget=effective_budget(meeting.vote_budget, len(topics)),
        budget_setting=meeting.vote_budget,
        timebox_minutes=meeting.timebox_minutes,
        extension_minutes=meeting.extension_minutes,
        closed=is_closed(session, meeting_id),
        to_discuss=to_discuss,
        discussing=discussing,
        discussed=discussed,
        participants=participants,
        total_votes=sum(votes.values()),
        member_votes=dict(member_votes),
        notes=tuple(_notes(session, meeting_id)),
        timer=_timer(session, meeting, discussing.topic_id) if discussing else None,
    )


def _notes(session: Session, meeting_id: int) -> list[BoardNote]:
    on_board = select(E.BoardEntry.topic_id).where(E.BoardEntry.meeting_id == meeting_id)
    n, d, a, m = E.MinutesNote, E.Decision, E.ActionItem, E.Member
    out: list[tuple[int, BoardNote]] = []
    for nid, tid, kind, body, pos in session.execute(
        select(n.id, n.topic_id, n.kind, n.text, n.position).where(
            n.meeting_id == meeting_id,
            n.topic_id.in_(on_board),
            n.kind.in_((E.NoteKind.NOTE, E.NoteKind.TAKEAWAY)),
        )
    ):
        out.append((pos, BoardNote(kind, nid, tid, body)))
    for did, tid, body, pos in session.execute(
        select(d.id, d.topic_id, d.text, d.position).where(
            d.meeting_id == meeting_id, d.topic_id.in_(on_board)
        )
    ):
        out.append((10_000 + pos, BoardNote("decision", did, tid, body)))
    for aid, tid, body, owner_id, first, last, due in session.execute(
        select(a.id, a.topic_id, a.description, a.owner_id, m.first_name, m.last_name, a.due_on)
        .outerjoin(m, m.id == a.owner_id)
        .where(a.meeting_id == meeting_id, a.topic_id.in_(on_board))
    ):
        out.append(
            (
                20_000 + aid,
                BoardNote(
                    "action", aid, tid, body, owner_id, backlog.member_name(first, last), due
                ),
            )
        )
    out.sort(key=lambda x: x[0])
    return [note for _, note in out]


def _events(session: Session, meeting_id: int, topic_id: int) -> list[E.TimeboxEvent]:
    return list(
        session.scalars(
            select(E.TimeboxEvent)
            .where(E.TimeboxEvent.meeting_id == meeting_id, E.TimeboxEvent.topic_id == topic_id)
            .order_by(E.TimeboxEvent.at, E.TimeboxEvent.id)
        )
    )


def _timer(session: Session, meeting: E.Meeting, topic_id: int) -> TimerRecord | None:
    events = _events(session, meeting.id, topic_id)
    starts = [n for n, ev in enumerate(events) if ev.kind == "start"]
    if not starts:
        return None
    start = events[starts[-1]]
    since = events[starts[-1] + 1 :]
    if any(ev.kind == "end" for ev in since):
        return None
    extends = [(ev.at, ev.minutes) for ev in since if ev.kind == "extend"]
    return TimerRecord(
        topic_id=topic_id,
        started_at=start.at,
        limit_seconds=timer_limit(start.at, start.minutes or meeting.timebox_minutes, extends),
        extensions=len(extends),
        thumbs=tuple(
            (ev.thumbs_up, ev.thumbs_side, ev.thumbs_down) for ev in since if ev.kind == "thumbs"
        ),
    )


# --- writing: guards -----------------------------------------------------------------------


def _open_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = _meeting(session, meeting_id)
    if is_closed(session, meeting_id):
        raise BoardClosed(meeting=meeting.title)
    return meeting


def _entry(session: Session, meeting_id: int, topic_id: int) -> tuple[E.BoardEntry, E.Topic]:
    entry = session.get(E.BoardEntry, (meeting_id, topic_id))
    topic = session.get(E.Topic, topic_id)
    if entry is None or topic is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "This topic is not on the board of this meeting.")
        )
    return entry, topic


def _discussing(session: Session, meeting_id: int) -> E.BoardEntry | None:
    return session.scalar(
        select(E.BoardEntry).where(
            E.BoardEntry.meeting_id == meeting_id, E.BoardEntry.column == C.DISCUSSING
        )
    )


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)


# --- collecting topics ----------------------------------------------------------------------


def add_topics(session: Session, meeting_id: int, topic_ids: Iterable[int]) -> int:
    """Put backlog topics on the board (To discuss); returns how many were added."""
    meeting = _open_meeting(session, meeting_id)
    entries = _entries(session, meeting_id)
    on_board = {e.topic_id for e in entries}
    position = max((e.position for e in entries), default=-1) + 1
    added = 0
    for topic_id in topic_ids:
        if topic_id in on_board:
            continue
        topic = session.get(E.Topic, topic_id)
        if topic is None:
            raise NotFoundError()
        if topic.group_id != meeting.group_id:
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "“{title}” belongs to another group's backlog."),
                title=topic.title,
            )
        if topic.status == S.MERGED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors", "“{title}” was merged into another topic; put that one on the board."
                ),
                title=topic.title,
            )
        if topic.status not in BOARDABLE:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” has been discussed already. To discuss it again, set "
                    "it back to open in the backlog first.",
                ),
                title=topic.title,
            )
        session.add(
            E.BoardEntry(
                meeting_id=meeting_id, topic_id=topic_id, column=C.TO_DISCUSS, position=position
            )
        )
        on_board.add(topic_id)
        position += 1
        added += 1
    return added


def new_topic(
    session: Session,
    meeting_id: int,
    title: str,
    proposer_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> int:
    """A topic typed in during the meeting: into the backlog and onto the board."""
    meeting = _open_meeting(session, meeting_id)
    topic_id = backlog.add_topic(
        session,
        meeting.group_id,
        TopicData(
            title=title,
            proposed_by_id=proposer_id,
            proposed_on=today or backlog.local_date(_now(None), meeting.tz),
        ),
    )
    add_topics(session, meeting_id, [topic_id])
    return topic_id


def remove_from_board(session: Session, meeting_id: int, topic_id: int) -> None:
    """Take a topic off the board again (with its votes of this meeting); not once discussed."""
    _open_meeting(session, meeting_id)
    entry, topic = _entry(session, meeting_id, topic_id)
    if entry.column != C.TO_DISCUSS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” has been discussed already and stays on the board."
            ),
            title=topic.title,
        )
    for vote in session.scalars(
        select(E.TopicVote).where(
            E.TopicVote.meeting_id == meeting_id, E.TopicVote.topic_id == topic_id
        )
    ):
        session.delete(vote)
    session.delete(entry)


def set_board_settings(
    session: Session,
    meeting_id: int,
    budget: int | None,
    timebox_minutes: int,
    extension_minutes: int,
) -> None:
    meeting = _open_meeting(session, meeting_id)
    if budget is not None and not MIN_BUDGET <= budget <= MAX_BUDGET:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vote budget must be between 1 and 12 votes per person (or “a "
                "third of the topics”).",
            ),
            field="budget",
        )
    if not 1 <= timebox_minutes <= MAX_TIMEBOX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The timebox must be between 1 and 60 minutes."),
            field="timebox",
        )
    if not 1 <= extension_minutes <= MAX_EXTENSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An extension must be between 1 and 30 minutes."),
            field="extension",
        )
    for key, value in (
        ("vote_budget", budget),
        ("timebox_minutes", timebox_minutes),
        ("extension_minutes", extension_minutes),
    ):
        if getattr(meeting, key) != value:
            setattr(meeting, key, value)


def set_presence(session: Session, meeting_id: int, present: Iterable[int]) -> None:
    """Record who is here: ``attended`` for *present*, ``absent`` for who was marked before."""
    _open_meeting(session, meeting_id)
    wanted = set(present)
    rows = {
        a.member_id: a
        for a in session.scalars(select(E.Attendance).where(E.Attendance.meeting_id == meeting_id))
    }
    for member_id in sorted(wanted):
        row = rows.get(member_id)
        if row is None:
            if session.get(E.Member, member_id) is None:
                raise NotFoundError()
            session.add(
                E.Attendance(
                    meeting_id=meeting_id, member_id=member_id, status=E.AttendanceStatus.ATTENDED
                )
            )
        elif row.status != E.AttendanceStatus.ATTENDED:
            row.status = E.AttendanceStatus.ATTENDED
    for member_id, row in rows.items():
        if member_id not in wanted and row.status == E.AttendanceStatus.ATTENDED:
            row.status = E.AttendanceStatus.ABSENT


# --- voting --------------------------------------------------------------------------------


def vote(
    session: Session, meeting_id: int, topic_id: int, member_id: int | None, delta: int = 1
) -> int:
    """Add (``delta`` = 1) or remove (-1) a vote; returns the topic's votes in this meeting.

    With *member_id* the vote is the participant's; without, it is part of the topic's
    total (the moderator counted the dots).
    """
    meeting = _open_meeting(session, meeting_id)
    entry, topic = _entry(session, meeting_id, topic_id)
    if delta not in (1, -1):
        raise ValueError("delta must be 1 or -1")
    v = E.TopicVote
    if delta > 0:
        if entry.column == C.DISCUSSED:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” has already been discussed. Votes go to topics still to discuss.",
                ),
                title=topic.title,
            )
        if entry.column == C.DISCUSSING:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "“{title}” is being discussed right now. Votes go to topics still to discuss.",
                ),
                title=topic.title,
            )
        count = (
            session.scalar(
                select(func.count())
                .select_from(E.BoardEntry)
                .where(E.BoardEntry.meeting_id == meeting_id)
            )
            or 0
        )
        budget = effective_budget(meeting.vote_budget, count)
        present = _present_ids(session, meeting_id)
        if member_id is not None:
            member = session.get(E.Member, member_id)
            if member is None:
                raise NotFoundError()
            if member_id not in present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} is not marked as present. Record who is here first (Ctrl+H).",
                    ),
                    name=member.display_name,
                )
            used = (
                session.scalar(
                    select(func.coalesce(func.sum(v.count), 0)).where(
                        v.meeting_id == meeting_id, v.member_id == member_id
                    )
                )
                or 0
            )
            if used + 1 > budget:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} has used all {budget} votes. Remove one of their votes first (−).",
                    ),
                    name=member.display_name,
                    budget=budget,
                )
        else:
            if not present:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Record who is here first (Ctrl+H): the vote budget is per "
                        "participant present.",
                    )
                )
        total = (
            session.scalar(
                select(func.coalesce(func.sum(v.count), 0)).where(v.meeting_id == meeting_id)
            )
            or 0
        )
        capacity = budget * len(present)
        if total + 1 > capacity:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "All {capacity} votes are used ({budget} per person × {present} "
                    "present). Remove a vote first, or record more participants as "
                    "present.",
                ),
                capacity=capacity,
                budget=budget,
                present=len(present),
            )
        row = session.scalar(
            select(v).where(
                v.meeting_id == meeting_id,
                v.topic_id == topic_id,
                v.member_id.is_(None) if member_id is None else v.member_id == member_id,
            )
        )
        if row is None:
            session.add(v(topic_id=topic_id, meeting_id=meeting_id, member_id=member_id, count=1))
        else:
            row.count += 1
    else:
        row = session.scalar(
            select(v).where(
                v.meeting_id == meeting_id,
                v.topic_id == topic_id,
                v.count > 0,
                v.member_id.is_(None) if member_id is None else v.member_id == member_id,
            )
        )
        if row is None:
            if member_id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("errors", "“{title}” has no counted votes to remove."),
                    title=topic.title,
                )
            member = session.get(E.Member, member_id)
            raise UserError(
                QT_TRANSLATE_NOOP("errors", "{name} has no vote on “{title}” to remove."),
                name=member.display_name if member else "",
                title=topic.title,
            )
        if row.count > 1:
            row.count -= 1
        else:
            session.delete(row)
    session.flush()
    return (
        session.scalar(
            select(func.coalesce(func.sum(v.count), 0)).where(
                v.meeting_id == meeting_id, v.topic_id == topic_id
            )
        )
        or 0
    )


# --- discussing ------------------------------------------------------------------------------


def _seconds_since_start(session: Session, meeting_id: int, topic_id: int, now: dt.datetime) -> int:
    starts = [ev for ev in _events(session, meeting_id, topic_id) if ev.kind == "start"]
    if not starts:
        return 0
    return max(0, int((now - starts[-1].at).total_seconds()))


def _finish(
    session: Session,
    meeting_id: int,
    entry: E.BoardEntry,
    seconds_used: int | None,
    now: dt.datetime,
) -> None:
    used = (
        seconds_used
        if seconds_used is not None
        else _seconds_since_start(session, meeting_id, entry.topic_id, now)
    )
    done = session.scalar(
        select(func.max(E.BoardEntry.position)).where(
            E.BoardEntry.meeting_id == meeting_id, E.BoardEntry.column == C.DISCUSSED
        )
    )
    entry.column = C.DISCUSSED
    entry.position = done + 1 if done is not None else 0  # the order of discussion
    entry.seconds_used = entry.seconds_used + max(0, int(used))
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id, topic_id=entry.topic_id, at=now, kind="end", minutes=0
        )
    )


def discuss(
    session: Session,
    meeting_id: int,
    topic_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> None:
    """Move a topic to Discussing and start its timebox.

    A topic still in Discussing moves to Discussed first (with *seconds_used*, or the
    time since its timer started)."""
    now = _now(now)
    meeting = _open_meeting(session, meeting_id)
    entry, topic = _entry(session, meeting_id, topic_id)
    if entry.column == C.DISCUSSING:
        return
    if entry.column == C.DISCUSSED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{title}” has already been discussed."), title=topic.title
        )
    current = _discussing(session, meeting_id)
    if current is not None:
        _finish(session, meeting_id, current, seconds_used, now)
        session.flush()
    entry.column = C.DISCUSSING
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=topic_id,
            at=now,
            kind="start",
            minutes=meeting.timebox_minutes,
        )
    )


def start_timebox(session: Session, meeting_id: int, *, now: dt.datetime | None = None) -> int:
    """(Re)start the timer of the topic in Discussing; returns the topic."""
    meeting = _open_meeting(session, meeting_id)
    entry = _discussing(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=_now(now),
            kind="start",
            minutes=meeting.timebox_minutes,
        )
    )
    return entry.topic_id


def extend(session: Session, meeting_id: int, *, now: dt.datetime | None = None) -> int:
    """Give the topic in Discussing one more extension; returns its minutes."""
    meeting = _open_meeting(session, meeting_id)
    entry = _discussing(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    entry.extensions += 1
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=_now(now),
            kind="extend",
            minutes=meeting.extension_minutes,
        )
    )
    return meeting.extension_minutes


def record_thumbs(
    session: Session,
    meeting_id: int,
    up: int,
    side: int,
    down: int,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Record a thumbs vote on the topic in Discussing; True if it says "extend"."""
    _open_meeting(session, meeting_id)
    entry = _discussing(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    for value in (up, side, down):
        if not 0 <= value <= 999:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Counts must be between 0 and 999."), field="thumbs"
            )
    if up + side + down == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Count at least one thumb."), field="thumbs"
        )
    session.add(
        E.TimeboxEvent(
            meeting_id=meeting_id,
            topic_id=entry.topic_id,
            at=_now(now),
            kind="thumbs",
            minutes=0,
            thumbs_up=up,
            thumbs_side=side,
            thumbs_down=down,
        )
    )
    return thumbs_say_extend(up, side, down)


def finish(
    session: Session,
    meeting_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Move the topic in Discussing to Discussed; returns it."""
    _open_meeting(session, meeting_id)
    entry = _discussing(session, meeting_id)
    if entry is None:
        raise NothingDiscussing()
    _finish(session, meeting_id, entry, seconds_used, _now(now))
    return entry.topic_id


# --- notes ------------------------------------------------------------------------------------


def _agenda_item_for(session: Session, meeting_id: int, topic_id: int) -> int | None:
    """The topic's own agenda item in this meeting, else the meeting's Lean Coffee item."""
    items = list(
        session.scalars(
            select(E.AgendaItem)
            .where(E.AgendaItem.meeting_id == meeting_id)
            .order_by(E.AgendaItem.position)
        )
    )
    for item in items:
        if item.topic_id == topic_id:
            return item.id
    for item in items:
        if item.kind == E.AgendaKind.LEAN_COFFEE:
            return item.id
    return None


def add_note(
    session: Session,
    meeting_id: int,
    topic_id: int,
    kind: str,
    body: str,
    *,
    owner_id: int | None = None,
    due_on: dt.date | None = None,
) -> int:
    """A note, takeaway, decision or action item on a board topic (part of the minutes)."""
    meeting = _open_meeting(session, meeting_id)
    _entry(session, meeting_id, topic_id)
    if kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    body = text.clean(body, max_len=NOTE_MAX, field="text", multiline=True)
    text.required(
        body,
        field="text",
        template=QT_TRANSLATE_NOOP("errors", "Type the text first, then add it."),
    )
    if owner_id is not None and session.get(E.Member, owner_id) is None:
        raise NotFoundError()
    if due_on is not None and due_on < backlog.local_date(meeting.start_at, meeting.tz):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date lies before the meeting."), field="due_on"
        )
    item = _agenda_item_for(session, meeting_id, topic_id)
    if kind in ("note", "takeaway"):
        pos = session.scalar(
            select(func.max(E.MinutesNote.position)).where(E.MinutesNote.meeting_id == meeting_id)
        )
        row = E.MinutesNote(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            kind=E.NoteKind.NOTE if kind == "note" else E.NoteKind.TAKEAWAY,
            text=body,
            position=(pos or 0) + 1,
        )
    elif kind == "decision":
        pos = session.scalar(
            select(func.max(E.Decision.position)).where(E.Decision.meeting_id == meeting_id)
        )
        row = E.Decision(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            text=body,
            position=(pos or 0) + 1,
        )
    else:
        row = E.ActionItem(
            meeting_id=meeting_id,
            agenda_item_id=item,
            topic_id=topic_id,
            owner_id=owner_id,
            description=body,
            due_on=due_on,
            status=E.ActionStatus.OPEN,
        )
    session.add(row)
    session.flush()
    return row.id


_NOTE_MODELS = {
    "note": E.MinutesNote,
    "takeaway": E.MinutesNote,
    "decision": E.Decision,
    "action": E.ActionItem,
}


def delete_note(session: Session, meeting_id: int, kind: str, note_id: int) -> None:
    _open_meeting(session, meeting_id)
    row = session.get(_NOTE_MODELS[kind], note_id)
    if row is None or row.meeting_id != meeting_id:
        raise NotFoundError()
    session.delete(row)


# --- closing -------------------------------------------------------------------------------------


def close_board(
    session: Session,
    meeting_id: int,
    *,
    seconds_used: int | None = None,
    now: dt.datetime | None = None,
) -> CloseResult:
    """Close the board in one step (see the module's rules); undo gives it back."""
    now = _now(now)
    meeting = _open_meeting(session, meeting_id)
    current = _discussing(session, meeting_id)
    if current is not None:
        _finish(session, meeting_id, current, seconds_used, now)
        session.flush()
    info = board(session, meeting_id)
    discussed, deferred = [], []
    for item in info.discussed:
        topic = session.get(E.Topic, item.topic_id)
        if topic.status != S.DISCUSSED:
            topic.status = S.DISCUSSED
        if topic.discussed_meeting_id != meeting_id:
            topic.discussed_meeting_id = meeting_id
        discussed.append(topic.id)
    position = len(info.discussed)
    for item in info.to_discuss:  # the order they had on the board
        topic = session.get(E.Topic, item.topic_id)
        if topic.status in (S.PLANNED, S.PARKED):
            topic.status = S.OPEN
        if topic.status == S.OPEN:  # back in the backlog, one meeting older
            topic.times_deferred += 1
            deferred.append(topic.id)
        entry = session.get(E.BoardEntry, (meeting_id, item.topic_id))
        if entry.position != position:
            entry.position = position
        position += 1
    for n, item in enumerate(info.discussed):
        entry = session.get(E.BoardEntry, (meeting_id, item.topic_id))
        if entry.position != n:
            entry.position = n
    meeting.board_closed_at = now
    return CloseResult(tuple(discussed), tuple(deferred))
