"""What the board window shows, read for one meeting (and the guards the writes share)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.backlog import member_name
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from copdesk.model.leancoffee.dto import Board, BoardNote, BoardTopic, Participant, TimerRecord
from copdesk.model.leancoffee.rules import (
    BoardClosed,
    C,
    effective_budget,
    order_topics,
    timer_limit,
)
from copdesk.model.localtime import local_date
from copdesk.model.tables import AttendanceStatus, NoteKind


def load_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def is_closed(session: Session, meeting_id: int) -> bool:
    closed = session.scalar(select(E.Meeting.board_closed_at).where(E.Meeting.id == meeting_id))
    return closed is not None


def present_ids(session: Session, meeting_id: int) -> set[int]:
    return set(
        session.scalars(
            select(E.Attendance.member_id).where(
                E.Attendance.meeting_id == meeting_id,
                E.Attendance.status == AttendanceStatus.ATTENDED,
            )
        )
    )


def board_entries(session: Session, meeting_id: int) -> list[E.BoardEntry]:
    return list(
        session.scalars(
            select(E.BoardEntry)
            .where(E.BoardEntry.meeting_id == meeting_id)
            .order_by(E.BoardEntry.position, E.BoardEntry.topic_id)
        )
    )


def board(session: Session, meeting_id: int) -> Board:
    """Everything the board window shows, for one meeting only."""
    meeting = load_meeting(session, meeting_id)
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
    present = present_ids(session, meeting_id)
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
            proposer=member_name(first, last),
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

    # who may be here: the group's people on the meeting's day, and whoever answered or took part
    att = E.Attendance
    day = local_date(meeting.start_at, meeting.tz)
    ids = groups.people_of(session, meeting.group_id, day)
    former = groups.left_by(session, meeting.group_id, day)
    ids |= {
        member_id
        for member_id, status in session.execute(
            select(att.member_id, att.status).where(att.meeting_id == meeting_id)
        )
        if status == AttendanceStatus.ATTENDED or member_id not in former
    }
    ids |= set(used)
    participants = tuple(
        Participant(mid, member_name(first, last), org or "", mid in present, used.get(mid, 0))
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
            n.kind.in_((NoteKind.NOTE, NoteKind.TAKEAWAY)),
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
                BoardNote("action", aid, tid, body, owner_id, member_name(first, last), due),
            )
        )
    out.sort(key=lambda x: x[0])
    return [note for _, note in out]


def timebox_events(session: Session, meeting_id: int, topic_id: int) -> list[E.TimeboxEvent]:
    return list(
        session.scalars(
            select(E.TimeboxEvent)
            .where(E.TimeboxEvent.meeting_id == meeting_id, E.TimeboxEvent.topic_id == topic_id)
            .order_by(E.TimeboxEvent.at, E.TimeboxEvent.id)
        )
    )


def _timer(session: Session, meeting: E.Meeting, topic_id: int) -> TimerRecord | None:
    events = timebox_events(session, meeting.id, topic_id)
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


def open_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = load_meeting(session, meeting_id)
    if is_closed(session, meeting_id):
        raise BoardClosed(meeting=meeting.title)
    return meeting


def board_entry(session: Session, meeting_id: int, topic_id: int) -> tuple[E.BoardEntry, E.Topic]:
    entry = session.get(E.BoardEntry, (meeting_id, topic_id))
    topic = session.get(E.Topic, topic_id)
    if entry is None or topic is None:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "This topic is not on the board of this meeting.")
        )
    return entry, topic


def discussing_entry(session: Session, meeting_id: int) -> E.BoardEntry | None:
    return session.scalar(
        select(E.BoardEntry).where(
            E.BoardEntry.meeting_id == meeting_id, E.BoardEntry.column == C.DISCUSSING
        )
    )


def now_or_clock(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC)
