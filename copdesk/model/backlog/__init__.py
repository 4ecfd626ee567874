"""The topic backlog (Themenspeicher): list, edit, tag, merge, plan, park and review.

Between meetings the community collects topics here; Lean Coffee boards
(``leancoffee.py``) take them into a meeting and bring back what was not reached. The
backlog's memory — votes per meeting, times deferred, where a topic was discussed, what
was merged into it — is what makes it useful with three months between meetings.

Rules
    * A title is required (at most 200 characters); tags are free words (at most 60
      characters each), matched to existing tags ignoring case.
    * **Stale** (for review): an *open* topic deferred three times or more, or proposed
      more than a year ago. Planned, discussed, parked and merged topics are settled.
    * **Votes last meeting**: the votes a topic got in the group's most recent meeting
      that had a vote (the last Lean Coffee), so the column compares like with like.
    * **Merge** a duplicate into the topic that remains: its votes, board entries, timer
      records, agenda items and tags move to the survivor; the duplicate keeps its text
      and gets status *merged* with a link to the survivor; minutes stay as they were
      written and are shown with the survivor's history.
    * **Plan** a topic into a meeting that has not taken place: an agenda item (kind
      topic, presenter = proposer) after the last topic of that agenda; status *planned*.

Every write goes through ORM objects so that the row log gives undo/redo.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.backlog.dto import (
    AgendaRef,
    BacklogOptions,
    MeetingChoice,
    MergeResult,
    NamedRef,
    TopicData,
    TopicDetail,
    TopicNote,
    TopicRef,
    TopicRow,
    VoteHistory,
)
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.localtime import local_date

TITLE_MAX = 200
DESCRIPTION_MAX = 4000
TAG_MAX = 60
STALE_DEFERRED = 3
DEFAULT_AGENDA_MINUTES = 20

S = E.TopicStatus

# Status names for the UI (translated with context "TopicStatus").
STATUS_LABELS: dict[str, str] = {
    S.OPEN: QT_TRANSLATE_NOOP("TopicStatus", "open"),
    S.PLANNED: QT_TRANSLATE_NOOP("TopicStatus", "planned"),
    S.DISCUSSED: QT_TRANSLATE_NOOP("TopicStatus", "discussed"),
    S.PARKED: QT_TRANSLATE_NOOP("TopicStatus", "parked"),
    S.MERGED: QT_TRANSLATE_NOOP("TopicStatus", "merged"),
}
# Statuses a user may pick in the editor (merged only comes from "Merge").
EDITABLE_STATUSES = (S.OPEN, S.PLANNED, S.DISCUSSED, S.PARKED)


class TopicHasHistory(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” cannot be deleted: it has votes, was on a Lean Coffee board, is on an "
        "agenda or is mentioned in the minutes. Park it instead (it stays in the history "
        "but leaves the open backlog).",
    )


# --- small rules ---------------------------------------------------------------------


def one_year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def is_stale(status: str, times_deferred: int, proposed_on: dt.date, today: dt.date) -> bool:
    """Open and deferred three times or more, or proposed more than a year ago."""
    if status != S.OPEN:
        return False
    return times_deferred >= STALE_DEFERRED or proposed_on < one_year_before(today)


def member_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first or "", last or "") if p)


def last_vote_meeting(session: Session, group_id: int) -> int | None:
    """The group's most recent meeting (by start) in which any vote was recorded."""
    mt = E.Meeting
    return session.scalar(
        select(mt.id)
        .where(mt.group_id == group_id, mt.id.in_(select(E.TopicVote.meeting_id).distinct()))
        .order_by(mt.start_at.desc(), mt.id.desc())
        .limit(1)
    )


# --- reading -----------------------------------------------------------------------------


def list_topics(session: Session, group_id: int, *, today: dt.date | None = None) -> list[TopicRow]:
    """Every topic of a group with its votes, tags and history, in a few set queries."""
    today = today or dt.date.today()
    t, m, o, mt = E.Topic, E.Member, E.Organisation, E.Meeting
    rows = session.execute(
        select(
            t.id,
            t.title,
            t.proposed_by_id,
            m.first_name,
            m.last_name,
            m.organisation_id,
            o.name,
            t.proposed_on,
            t.status,
            t.times_deferred,
            t.discussed_meeting_id,
            mt.title,
            mt.start_at,
            mt.tz,
            t.merged_into_id,
            t.version,
        )
        .outerjoin(m, m.id == t.proposed_by_id)
        .outerjoin(o, o.id == m.organisation_id)
        .outerjoin(mt, mt.id == t.discussed_meeting_id)
        .where(t.group_id == group_id)
        .order_by(t.id)
    ).all()
    v = E.TopicVote
    in_group = select(t.id).where(t.group_id == group_id)
    totals = dict(
        session.execute(
            select(v.topic_id, func.sum(v.count))
            .where(v.topic_id.in_(in_group))
            .group_by(v.topic_id)
        ).all()
    )
    last = last_vote_meeting(session, group_id)
    last_votes: dict[int, int] = {}
    if last is not None:
        last_votes = dict(
            session.execute(
                select(v.topic_id, func.sum(v.count))
                .where(v.meeting_id == last)
                .group_by(v.topic_id)
            ).all()
        )
    tags: dict[int, list[str]] = defaultdict(list)
    for topic_id, name in session.execute(
        select(E.TopicTag.topic_id, E.Tag.name)
        .join(E.Tag, E.Tag.id == E.TopicTag.tag_id)
        .where(E.TopicTag.topic_id.in_(in_group))
        .order_by(func.lower(E.Tag.name))
    ):
        tags[topic_id].append(name)
    cutoff = one_year_before(today)
    out = []
    for (
        tid,
        title,
        pid,
        first,
        last_name,
        org_id,
        org,
        proposed,
        status,
        deferred,
        dmid,
        dtitle,
        dstart,
        dtz,
        merged_into,
        version,
    ) in rows:
        out.append(
            TopicRow(
                id=tid,
                title=title,
                proposer_id=pid,
                proposer=member_name(first, last_name),
                organisation_id=org_id,
                organisation=org or "",
                proposed_on=proposed,
                tags=tuple(tags.get(tid, ())),
                status=status,
                votes_last=int(last_votes.get(tid, 0) or 0),
                votes_total=int(totals.get(tid, 0) or 0),
                times_deferred=deferred,
                age_days=max(0, (today - proposed).days),
                discussed_meeting_id=dmid,
                discussed_in=dtitle or "",
                discussed_on=local_date(dstart, dtz),
                merged_into_id=merged_into,
                stale=status == S.OPEN and (deferred >= STALE_DEFERRED or proposed < cutoff),
                version=version,
            )
        )
    return out


def get_topic(session: Session, topic_id: int) -> tuple[TopicData, int]:
    topic = _topic(session, topic_id)
    data = TopicData(
        title=topic.title,
        description=topic.description,
        proposed_by_id=topic.proposed_by_id,
        proposed_on=topic.proposed_on,
        tags=tuple(_tag_names(session, topic_id)),
        status=topic.status,
    )
    return data, topic.version


def _topic(session: Session, topic_id: int) -> E.Topic:
    topic = session.get(E.Topic, topic_id)
    if topic is None:
        raise NotFoundError()
    return topic


def _tag_names(session: Session, topic_id: int) -> list[str]:
    return list(
        session.scalars(
            select(E.Tag.name)
            .join(E.TopicTag, E.TopicTag.tag_id == E.Tag.id)
            .where(E.TopicTag.topic_id == topic_id)
            .order_by(func.lower(E.Tag.name))
        )
    )


def merged_family(session: Session, topic_id: int) -> list[int]:
    """The topic and every topic merged into it (directly or through others)."""
    family, frontier = [topic_id], [topic_id]
    while frontier:
        children = list(
            session.scalars(select(E.Topic.id).where(E.Topic.merged_into_id.in_(frontier)))
        )
        children = [c for c in children if c not in family]
        family += children
        frontier = children
    return family


def topic_detail(session: Session, topic_id: int, *, today: dt.date | None = None) -> TopicDetail:
    topic = _topic(session, topic_id)
    row = next(r for r in _rows_for(session, topic, today) if r.id == topic_id)
    mt, v = E.Meeting, E.TopicVote
    votes = session.execute(
        select(mt.id, mt.title, mt.start_at, func.sum(v.count))
        .join(v, v.meeting_id == mt.id)
        .where(v.topic_id == topic_id)
        .group_by(mt.id, mt.title, mt.start_at)
        .order_by(mt.start_at)
    ).all()
    columns = dict(
        session.execute(
            select(E.BoardEntry.meeting_id, E.BoardEntry.column).where(
                E.BoardEntry.topic_id == topic_id
            )
        ).all()
    )
    history = [
        VoteHistory(mid, title, start, int(n or 0), columns.pop(mid, ""))
        for mid, title, start, n in votes
    ]
    for mid, column in columns.items():  # on a board without votes
        meeting = session.get(E.Meeting, mid)
        if meeting is not None:
            history.append(VoteHistory(mid, meeting.title, meeting.start_at, 0, column))
    history.sort(key=lambda h: h.meeting_start)
    from copdesk.model.backlog import leancoffee

    history = [
        replace(h, board_closed=leancoffee.is_closed(session, h.meeting_id))
        if h.board_column
        else h
        for h in history
    ]
    merged_from = tuple(
        TopicRef(*r)
        for r in session.execute(
            select(E.Topic.id, E.Topic.title, E.Topic.status)
            .where(E.Topic.merged_into_id == topic_id)
            .order_by(E.Topic.id)
        )
    )
    merged_into = None
    if topic.merged_into_id:
        target = session.get(E.Topic, topic.merged_into_id)
        if target is not None:
            merged_into = TopicRef(target.id, target.title, target.status)
    planned = tuple(
        AgendaRef(*r)
        for r in session.execute(
            select(mt.id, mt.title, mt.start_at)
            .join(E.AgendaItem, E.AgendaItem.meeting_id == mt.id)
            .where(E.AgendaItem.topic_id == topic_id)
            .order_by(mt.start_at)
        )
    )
    family = merged_family(session, topic_id)
    notes: list[tuple[dt.datetime, int, TopicNote]] = []
    n = E.MinutesNote
    for kind, body, title, start, pos in session.execute(
        select(n.kind, n.text, mt.title, mt.start_at, n.position)
        .join(mt, mt.id == n.meeting_id)
        .where(
            n.topic_id.in_(family),
            n.private.is_(False),
            n.kind.in_((E.NoteKind.NOTE, E.NoteKind.TAKEAWAY)),
        )
    ):
        notes.append((start, pos, TopicNote(kind, body, title, start)))
    d = E.Decision
    for body, title, start, pos in session.execute(
        select(d.text, mt.title, mt.start_at, d.position)
        .join(mt, mt.id == d.meeting_id)
        .where(d.topic_id.in_(family))
    ):
        notes.append((start, 10_000 + pos, TopicNote("decision", body, title, start)))
    a = E.ActionItem
    for body, title, start, aid in session.execute(
        select(a.description, mt.title, mt.start_at, a.id)
        .join(mt, mt.id == a.meeting_id)
        .where(a.topic_id.in_(family))
    ):
        notes.append((start, 20_000 + aid, TopicNote("action", body, title, start)))
    notes.sort(key=lambda x: (x[0], x[1]))
    return TopicDetail(
        row=row,
        description=topic.description,
        votes=tuple(history),
        merged_from=merged_from,
        merged_into=merged_into,
        planned_in=planned,
        notes=tuple(x[2] for x in notes),
    )


def _rows_for(session: Session, topic: E.Topic, today: dt.date | None) -> list[TopicRow]:
    """The list row of one topic (the same computation as the list, for one id)."""
    today = today or dt.date.today()
    m = session.get(E.Member, topic.proposed_by_id) if topic.proposed_by_id else None
    org = session.get(E.Organisation, m.organisation_id) if m and m.organisation_id else None
    meeting = (
        session.get(E.Meeting, topic.discussed_meeting_id) if topic.discussed_meeting_id else None
    )
    v = E.TopicVote
    total = (
        session.scalar(select(func.coalesce(func.sum(v.count), 0)).where(v.topic_id == topic.id))
        or 0
    )
    last = last_vote_meeting(session, topic.group_id)
    last_votes = 0
    if last is not None:
        last_votes = (
            session.scalar(
                select(func.coalesce(func.sum(v.count), 0)).where(
                    v.topic_id == topic.id, v.meeting_id == last
                )
            )
            or 0
        )
    return [
        TopicRow(
            id=topic.id,
            title=topic.title,
            proposer_id=topic.proposed_by_id,
            proposer=m.display_name if m else "",
            organisation_id=org.id if org else None,
            organisation=org.name if org else "",
            proposed_on=topic.proposed_on,
            tags=tuple(_tag_names(session, topic.id)),
            status=topic.status,
            votes_last=int(last_votes),
            votes_total=int(total),
            times_deferred=topic.times_deferred,
            age_days=max(0, (today - topic.proposed_on).days),
            discussed_meeting_id=topic.discussed_meeting_id,
            discussed_in=meeting.title if meeting else "",
            discussed_on=local_date(meeting.start_at, meeting.tz) if meeting else None,
            merged_into_id=topic.merged_into_id,
            stale=is_stale(topic.status, topic.times_deferred, topic.proposed_on, today),
            version=topic.version,
        )
    ]


def options(session: Session, group_id: int) -> BacklogOptions:
    """Tags, proposers and organisations to filter by (only those the group's topics use)."""
    t, m, o = E.Topic, E.Member, E.Organisation
    tags = tuple(session.scalars(select(E.Tag.name).order_by(func.lower(E.Tag.name))))
    proposers = tuple(
        NamedRef(mid, member_name(first, last), org or "")
        for mid, first, last, org in session.execute(
            select(m.id, m.first_name, m.last_name, o.name)
            .outerjoin(o, o.id == m.organisation_id)
            .where(m.id.in_(select(t.proposed_by_id).where(t.group_id == group_id).distinct()))
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )
    orgs = tuple(
        NamedRef(oid, name)
        for oid, name in session.execute(
            select(o.id, o.name)
            .where(
                o.id.in_(
                    select(m.organisation_id)
                    .join(t, t.proposed_by_id == m.id)
                    .where(t.group_id == group_id)
                    .distinct()
                )
            )
            .order_by(func.lower(o.name))
        )
    )
    return BacklogOptions(tags, proposers, orgs)


def member_choices(
    session: Session, group_id: int, include: int | None = None
) -> tuple[NamedRef, ...]:
    """Active members of the group (plus *include*, e.g. a proposer who has left)."""
    m, o, gm = E.Member, E.Organisation, E.GroupMembership
    cond = (m.active.is_(True)) & m.id.in_(select(gm.member_id).where(gm.group_id == group_id))
    if include is not None:
        cond = cond | (m.id == include)
    return tuple(
        NamedRef(mid, member_name(first, last), org or "")
        for mid, first, last, org in session.execute(
            select(m.id, m.first_name, m.last_name, o.name)
            .outerjoin(o, o.id == m.organisation_id)
            .where(cond)
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )


def meeting_choices(
    session: Session, group_id: int, *, now: dt.datetime | None = None, plannable: bool = False
) -> list[MeetingChoice]:
    """The group's meetings (not cancelled), oldest first; *plannable*: not yet held."""
    from copdesk.model.backlog import leancoffee

    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting
    stmt = select(mt).where(mt.group_id == group_id, mt.status != E.MeetingStatus.CANCELLED)
    if plannable:
        stmt = stmt.where(mt.status != E.MeetingStatus.HELD, mt.end_at >= now)
    meetings = list(session.scalars(stmt.order_by(mt.start_at, mt.id)))
    counts = (
        dict(
            session.execute(
                select(E.BoardEntry.meeting_id, func.count())
                .where(E.BoardEntry.meeting_id.in_([x.id for x in meetings]))
                .group_by(E.BoardEntry.meeting_id)
            ).all()
        )
        if meetings
        else {}
    )
    return [
        MeetingChoice(
            id=x.id,
            title=x.title,
            start_at=x.start_at,
            end_at=x.end_at,
            tz=x.tz,
            status=x.status,
            board_topics=counts.get(x.id, 0),
            board_closed=bool(counts.get(x.id)) and leancoffee.is_closed(session, x.id),
            upcoming=x.end_at >= now,
        )
        for x in meetings
    ]


# --- writing -----------------------------------------------------------------------------


def split_tags(value: str) -> tuple[str, ...]:
    """ "Führung, KI;  Lernen" -> ("Führung", "KI", "Lernen")."""
    parts = [p for chunk in value.replace(";", ",").split(",") if (p := " ".join(chunk.split()))]
    return tuple(parts)


def normalise(data: TopicData) -> TopicData:
    title = text.clean(data.title, max_len=TITLE_MAX, field="title")
    text.required(
        title, field="title", template=QT_TRANSLATE_NOOP("errors", "Enter a title for the topic.")
    )
    description = text.clean(
        data.description, max_len=DESCRIPTION_MAX, field="description", multiline=True
    )
    seen: dict[str, str] = {}
    for tag in data.tags:
        name = text.clean(tag, max_len=TAG_MAX, field="tags")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    if data.status not in STATUS_LABELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status “{value}”."),
            field="status",
            value=data.status,
        )
    return TopicData(
        title=title,
        description=description,
        proposed_by_id=data.proposed_by_id,
        proposed_on=data.proposed_on,
        tags=tuple(seen.values()),
        status=data.status,
    )


def _tag_ids(session: Session, names: tuple[str, ...]) -> list[int]:
    ids = []
    existing = {name.casefold(): tid for tid, name in session.execute(select(E.Tag.id, E.Tag.name))}
    for name in names:
        tid = existing.get(name.casefold())
        if tid is None:
            tag = E.Tag(name=name)
            session.add(tag)
            session.flush()
            tid = existing[name.casefold()] = tag.id
        if tid not in ids:
            ids.append(tid)
    return ids


def _set_tags(session: Session, topic_id: int, names: tuple[str, ...]) -> None:
    wanted = _tag_ids(session, names)
    current = {
        tt.tag_id: tt
        for tt in session.scalars(select(E.TopicTag).where(E.TopicTag.topic_id == topic_id))
    }
    for tag_id, link in current.items():
        if tag_id not in wanted:
            session.delete(link)
    for tag_id in wanted:
        if tag_id not in current:
            session.add(E.TopicTag(topic_id=topic_id, tag_id=tag_id))


def _check_member(session: Session, member_id: int | None) -> None:
    if member_id is not None and session.get(E.Member, member_id) is None:
        raise NotFoundError()


def add_topic(
    session: Session, group_id: int, data: TopicData, *, today: dt.date | None = None
) -> int:
    data = normalise(data)
    if session.get(E.Group, group_id) is None:
        raise NotFoundError()
    _check_member(session, data.proposed_by_id)
    status = data.status if data.status in (S.OPEN, S.PARKED) else S.OPEN
    topic = E.Topic(
        group_id=group_id,
        title=data.title,
        description=data.description,
        proposed_by_id=data.proposed_by_id,
        proposed_on=data.proposed_on or today or dt.date.today(),
        status=status,
        times_deferred=0,
    )
    session.add(topic)
    session.flush()
    _set_tags(session, topic.id, data.tags)
    return topic.id


def update_topic(session: Session, topic_id: int, data: TopicData, version: int) -> None:
    topic = _topic(session, topic_id)
    if topic.version != version:
        raise ConflictError()
    data = normalise(data)
    _check_member(session, data.proposed_by_id)
    if data.status != topic.status:
        if topic.status == S.MERGED or data.status == S.MERGED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Merged topics change through “Merge into…” only."),
                field="status",
            )
    for key in ("title", "description", "proposed_by_id", "status"):
        if getattr(topic, key) != getattr(data, key):
            setattr(topic, key, getattr(data, key))
    if data.proposed_on and topic.proposed_on != data.proposed_on:
        topic.proposed_on = data.proposed_on
    _set_tags(session, topic_id, data.tags)


def set_status(session: Session, topic_id: int, status: str) -> None:
    """Park a topic, or take it back into the open backlog."""
    topic = _topic(session, topic_id)
    if status not in (S.OPEN, S.PARKED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown status “{value}”."), field="status", value=status
        )
    if topic.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was merged into another topic; change that topic instead."
            ),
            title=topic.title,
        )
    if topic.status != status:
        topic.status = status


def history_count(session: Session, topic_id: int) -> int:
    def count(model, column) -> int:
        return (
            session.scalar(select(func.count()).select_from(model).where(column == topic_id)) or 0
        )

    return sum(
        (
            count(E.TopicVote, E.TopicVote.topic_id),
            count(E.BoardEntry, E.BoardEntry.topic_id),
            count(E.TimeboxEvent, E.TimeboxEvent.topic_id),
            count(E.AgendaItem, E.AgendaItem.topic_id),
            count(E.MinutesNote, E.MinutesNote.topic_id),
            count(E.Decision, E.Decision.topic_id),
            count(E.ActionItem, E.ActionItem.topic_id),
            count(E.Topic, E.Topic.merged_into_id),
        )
    )


def delete_topic(session: Session, topic_id: int) -> None:
    """Delete a topic without history (a typo, a test); otherwise park it."""
    topic = _topic(session, topic_id)
    if history_count(session, topic_id):
        raise TopicHasHistory(title=topic.title)
    for link in session.scalars(select(E.TopicTag).where(E.TopicTag.topic_id == topic_id)):
        session.delete(link)  # through the ORM, so that undo brings the tags back
    session.flush()  # before the topic: the database would cascade them unrecorded
    session.delete(topic)


def merge_topics(session: Session, source_id: int, target_id: int) -> MergeResult:
    """Merge the duplicate *source* into *target*; votes and history move to *target*."""
    if source_id == target_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A topic cannot be merged into itself. Choose the topic that remains."
            ),
            field="target",
        )
    src, dst = _topic(session, source_id), _topic(session, target_id)
    if src.group_id != dst.group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Topics of different groups cannot be merged."),
            field="target",
        )
    if src.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "“{title}” has already been merged into another topic."),
            title=src.title,
        )
    if dst.status == S.MERGED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was itself merged into another topic; merge into that one."
            ),
            field="target",
            title=dst.title,
        )
    moved = 0
    for vote in session.scalars(select(E.TopicVote).where(E.TopicVote.topic_id == source_id)):
        vote.topic_id = target_id
        moved += vote.count
    for entry in list(
        session.scalars(select(E.BoardEntry).where(E.BoardEntry.topic_id == source_id))
    ):
        other = session.get(E.BoardEntry, (entry.meeting_id, target_id))
        if other is not None:
            other.seconds_used += entry.seconds_used
            other.extensions += entry.extensions
            if _COLUMN_RANK[entry.column] > _COLUMN_RANK[other.column]:
                other.column = entry.column
        else:  # the key holds the topic: a new row for the survivor, not a key update
            session.add(
                E.BoardEntry(
                    meeting_id=entry.meeting_id,
                    topic_id=target_id,
                    column=entry.column,
                    position=entry.position,
                    seconds_used=entry.seconds_used,
                    extensions=entry.extensions,
                )
            )
        session.delete(entry)
        session.flush()
    for model in (E.TimeboxEvent, E.AgendaItem):
        for row in session.scalars(select(model).where(model.topic_id == source_id)):
            row.topic_id = target_id
    for child in session.scalars(select(E.Topic).where(E.Topic.merged_into_id == source_id)):
        child.merged_into_id = target_id
    names = tuple(_tag_names(session, target_id)) + tuple(_tag_names(session, source_id))
    _set_tags(session, target_id, names)
    dst.times_deferred = max(dst.times_deferred, src.times_deferred)
    if dst.status == S.OPEN and src.status == S.PLANNED:
        dst.status = S.PLANNED
    src.status = S.MERGED
    src.merged_into_id = target_id
    return MergeResult(target_id, moved)


_COLUMN_RANK = {
    E.BoardColumn.TO_DISCUSS: 0,
    E.BoardColumn.DISCUSSING: 1,
    E.BoardColumn.DISCUSSED: 2,
}


def plan_topic(
    session: Session, topic_id: int, meeting_id: int, *, minutes: int = DEFAULT_AGENDA_MINUTES
) -> int:
    """Put a topic on a meeting's agenda (after its last topic); returns the agenda item."""
    topic = _topic(session, topic_id)
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    if topic.status == S.MERGED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "errors", "“{title}” was merged into another topic; plan that topic instead."
            ),
            title=topic.title,
        )
    if meeting.group_id != topic.group_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a meeting of the topic's own group."),
            field="meeting",
        )
    if meeting.status in (E.MeetingStatus.HELD, E.MeetingStatus.CANCELLED):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{meeting}” has already taken place or was cancelled. Choose a "
                "meeting that is still to come.",
            ),
            field="meeting",
            meeting=meeting.title,
        )
    items = sorted(meeting.agenda_items, key=lambda i: (i.position, i.id))
    if any(i.topic_id == topic_id for i in items):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{title}” is already on the agenda of “{meeting}”."),
            field="meeting",
            title=topic.title,
            meeting=meeting.title,
        )
    A = E.AgendaKind
    topical = [n for n, i in enumerate(items) if i.kind in (A.TOPIC, A.LEAN_COFFEE)]
    if topical:
        index = topical[-1] + 1
    else:
        closing = [n for n, i in enumerate(items) if i.kind in (A.BREAK, A.CHECK_OUT)]
        index = closing[0] if closing else len(items)
    item = E.AgendaItem(
        meeting_id=meeting_id,
        kind=A.TOPIC,
        title=topic.title[:200],
        minutes=max(1, min(240, minutes)),
        presenter_id=topic.proposed_by_id,
        topic_id=topic_id,
        position=index,
    )
    for n, other in enumerate(items[:index] + [item] + items[index:]):
        if other.position != n:
            other.position = n
    session.add(item)
    if topic.status != S.PLANNED:
        topic.status = S.PLANNED
    session.flush()
    return item.id
