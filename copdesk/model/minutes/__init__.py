"""The minutes of a meeting: attendance, check-in, notes, decisions, action items, versions.

Use cases take a session and return frozen DTOs (``minutes_dto.py``). ``load_minutes``
gathers everything the editor and the protocol PDF show; the editing functions change
one row each through ORM objects (so undo/redo records them); ``finalise`` stores a
numbered :class:`~copdesk.model.entities.ProtocolVersion` with a JSON snapshot and, from
the second version on, a readable list of what changed since the previous one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.minutes import actions as act
from copdesk.model.minutes.dto import (
    ActionData,
    ActionRow,
    AgendaRow,
    AttendeeRow,
    DecisionData,
    DecisionRow,
    GuestData,
    GuestRow,
    MeetingChoice,
    Minutes,
    NextMeeting,
    NoteData,
    NoteRow,
    TopicRow,
    VersionRow,
    attendance_group,
)

NOTE_MAX = 20_000
DECISION_MAX = 4_000
ACTION_MAX = 2_000
GUEST_MAX = 200
TOP_TOPICS = 5

Translate = Callable[[str, str], str]

MINUTES_STATUSES = (
    E.AttendanceStatus.ATTENDED,
    E.AttendanceStatus.EXCUSED,
    E.AttendanceStatus.ABSENT,
)


def _identity(_context: str, source: str) -> str:
    return source


def _name(member: E.Member | None) -> str:
    return member.display_name if member is not None else ""


def _local(instant: dt.datetime, tz: str) -> dt.datetime:
    return instant.astimezone(ZoneInfo(tz or "Europe/Berlin"))


def community_name(session: Session) -> str:
    root = session.scalar(
        select(E.Group).where(E.Group.parent_id.is_(None)).order_by(E.Group.id).limit(1)
    )
    return root.name if root else ""


def _meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


# --- choosing a meeting ----------------------------------------------------------------


def list_meetings(
    session: Session, group_id: int, *, now: dt.datetime | None = None
) -> list[MeetingChoice]:
    """Meetings of the group that can have minutes, newest first: those held or started,
    and the next one (its check-in and Lean Coffee notes are written while it runs)."""
    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting
    next_id = session.scalar(
        select(mt.id)
        .where(mt.group_id == group_id, mt.status != E.MeetingStatus.CANCELLED, mt.start_at > now)
        .order_by(mt.start_at, mt.id)
        .limit(1)
    )
    last_version = (
        select(E.ProtocolVersion.meeting_id, func.max(E.ProtocolVersion.number).label("n"))
        .group_by(E.ProtocolVersion.meeting_id)
        .subquery()
    )
    rows = session.execute(
        select(mt.id, mt.title, mt.start_at, mt.end_at, mt.status, last_version.c.n)
        .outerjoin(last_version, last_version.c.meeting_id == mt.id)
        .where(
            mt.group_id == group_id,
            mt.status != E.MeetingStatus.CANCELLED,
            or_(mt.status == E.MeetingStatus.HELD, mt.start_at <= now, mt.id == next_id),
        )
        .order_by(mt.start_at.desc(), mt.id.desc())
    ).all()
    return [MeetingChoice(*r) for r in rows]


def meeting_group(session: Session, meeting_id: int) -> int | None:
    """The group a meeting belongs to (None if it no longer exists)."""
    return session.scalar(select(E.Meeting.group_id).where(E.Meeting.id == meeting_id))


def default_meeting(
    session: Session, group_id: int, *, now: dt.datetime | None = None
) -> int | None:
    """The last held meeting of the group (or the last that started)."""
    now = now or dt.datetime.now(dt.UTC)
    choices = list_meetings(session, group_id, now=now)
    held = [c for c in choices if c.status == E.MeetingStatus.HELD]
    started = [c for c in choices if c.start_at <= now]
    pick = (held or started or choices or [None])[0]
    return pick.id if pick else None


# --- reading ---------------------------------------------------------------------------


def load_minutes(session: Session, meeting_id: int, *, today: dt.date | None = None) -> Minutes:
    today = today or dt.date.today()
    m = _meeting(session, meeting_id)
    group = session.get(E.Group, m.group_id)
    host = session.get(E.Organisation, m.host_org_id) if m.host_org_id else None

    def member(member_id):
        return session.get(E.Member, member_id) if member_id else None

    # attendance: the meeting's rows, plus active group members without one
    org_names = dict(session.execute(select(E.Organisation.id, E.Organisation.name)).all())
    attendees: dict[int, AttendeeRow] = {}
    for att, mem in session.execute(
        select(E.Attendance, E.Member)
        .join(E.Member, E.Member.id == E.Attendance.member_id)
        .where(E.Attendance.meeting_id == meeting_id)
    ):
        attendees[mem.id] = AttendeeRow(
            mem.id,
            mem.display_name,
            org_names.get(mem.organisation_id, ""),
            att.status,
            att.note,
            mem.active,
        )
    meeting_day = _local(m.start_at, m.tz).date()
    for mem in session.scalars(
        select(E.Member)
        .join(E.GroupMembership, E.GroupMembership.member_id == E.Member.id)
        .where(E.GroupMembership.group_id == m.group_id, E.Member.active.is_(True))
    ):
        if mem.id in attendees:
            continue
        if mem.joined_on and mem.joined_on > meeting_day:
            continue
        attendees[mem.id] = AttendeeRow(
            mem.id, mem.display_name, org_names.get(mem.organisation_id, ""), "", "", mem.active
        )
    attendee_rows = tuple(
        sorted(
            attendees.values(),
            key=lambda a: (
                a.organisation.casefold(),
                a.name.split(" ")[-1].casefold(),
                a.name.casefold(),
            ),
        )
    )

    guests = tuple(
        GuestRow(g.id, g.name, g.organisation, g.email, g.attended)
        for g in sorted(m.guests, key=lambda g: g.id)
    )

    member_names = {}
    topic_titles = {}

    def member_name(member_id):
        if member_id is None:
            return ""
        if member_id not in member_names:
            member_names[member_id] = _name(member(member_id))
        return member_names[member_id]

    def topic_title(topic_id):
        if topic_id is None:
            return ""
        if topic_id not in topic_titles:
            topic = session.get(E.Topic, topic_id)
            topic_titles[topic_id] = topic.title if topic else ""
        return topic_titles[topic_id]

    agenda = tuple(
        AgendaRow(a.id, a.position, a.kind, a.title, a.topic_id, member_name(a.presenter_id))
        for a in m.agenda_items
    )
    notes = tuple(
        NoteRow(
            n.id,
            n.agenda_item_id,
            n.topic_id,
            topic_title(n.topic_id),
            n.member_id,
            member_name(n.member_id),
            n.kind,
            n.text,
            n.private,
            n.position,
        )
        for n in session.scalars(
            select(E.MinutesNote)
            .where(E.MinutesNote.meeting_id == meeting_id)
            .order_by(E.MinutesNote.position, E.MinutesNote.id)
        )
    )
    decisions = tuple(
        DecisionRow(d.id, d.agenda_item_id, d.topic_id, d.text, d.position, topic_title(d.topic_id))
        for d in session.scalars(
            select(E.Decision)
            .where(E.Decision.meeting_id == meeting_id)
            .order_by(E.Decision.position, E.Decision.id)
        )
    )
    a, mt = E.ActionItem, E.Meeting
    actions = tuple(
        act.action_rows(session, a.meeting_id == meeting_id, today=today, order=(a.id,))
    )
    earlier = tuple(_earlier_actions(session, m, today))

    versions = tuple(
        VersionRow(v.number, v.finalised_at, v.changes)
        for v in session.scalars(
            select(E.ProtocolVersion)
            .where(E.ProtocolVersion.meeting_id == meeting_id)
            .order_by(E.ProtocolVersion.number)
        )
    )
    nxt = session.scalar(
        select(mt)
        .where(
            mt.group_id == m.group_id,
            mt.start_at > m.start_at,
            mt.status != E.MeetingStatus.CANCELLED,
        )
        .order_by(mt.start_at)
        .limit(1)
    )
    next_meeting = None
    if nxt is not None:
        nxt_host = session.get(E.Organisation, nxt.host_org_id) if nxt.host_org_id else None
        next_meeting = NextMeeting(
            nxt.title,
            nxt.start_at,
            nxt.end_at,
            nxt.tz,
            _name(member(nxt.moderator_id)),
            nxt_host.name if nxt_host else "",
        )

    minutes = Minutes(
        meeting_id=m.id,
        group_id=m.group_id,
        group_name=group.name if group else "",
        community=community_name(session),
        title=m.title,
        start_at=m.start_at,
        end_at=m.end_at,
        tz=m.tz,
        format=m.format,
        video_tool=m.video_tool,
        place=m.place,
        status=m.status,
        host=host.name if host else "",
        moderator=_name(member(m.moderator_id)),
        co_moderator=_name(member(m.co_moderator_id)),
        protocol_writer=_name(member(m.protocol_writer_id)),
        attendees=attendee_rows,
        guests=guests,
        agenda=agenda,
        notes=notes,
        decisions=decisions,
        actions=actions,
        earlier_actions=earlier,
        versions=versions,
        next_meeting=next_meeting,
        top_topics=tuple(_top_topics(session, m.group_id)),
        version=m.version,
    )
    last = session.scalar(
        select(E.ProtocolVersion)
        .where(E.ProtocolVersion.meeting_id == meeting_id)
        .order_by(E.ProtocolVersion.number.desc())
        .limit(1)
    )
    changed = True
    if last is not None:
        old = _parse(last.snapshot)
        changed = old is not None and old != snapshot(minutes)
    return replace(minutes, changed_since_version=changed)


def _earlier_actions(session: Session, m: E.Meeting, today: dt.date) -> list[ActionRow]:
    """Action items of earlier meetings of the group to review in this one: the open ones,
    and those closed between this meeting and the next (reviewed here)."""
    a, mt = E.ActionItem, E.Meeting
    day = _local(m.start_at, m.tz).date()
    nxt = session.scalar(
        select(mt.start_at)
        .where(
            mt.group_id == m.group_id,
            mt.start_at > m.start_at,
            mt.status != E.MeetingStatus.CANCELLED,
        )
        .order_by(mt.start_at)
        .limit(1)
    )
    closed_window = a.done_on >= day
    if nxt is not None:
        closed_window = closed_window & (a.done_on < _local(nxt, m.tz).date())
    return act.action_rows(
        session,
        mt.group_id == m.group_id,
        mt.start_at < m.start_at,
        or_(a.status == E.ActionStatus.OPEN, closed_window),
        today=today,
        order=(mt.start_at, a.id),
    )


def _top_topics(session: Session, group_id: int) -> list[TopicRow]:
    votes = (
        select(E.TopicVote.topic_id, func.sum(E.TopicVote.count).label("v"))
        .group_by(E.TopicVote.topic_id)
        .subquery()
    )
    t = E.Topic
    name = func.trim(E.Member.first_name + " " + E.Member.last_name)
    rows = session.execute(
        select(t.title, func.coalesce(name, ""), func.coalesce(votes.c.v, 0))
        .outerjoin(votes, votes.c.topic_id == t.id)
        .outerjoin(E.Member, E.Member.id == t.proposed_by_id)
        .where(t.group_id == group_id, t.status == E.TopicStatus.OPEN)
        .order_by(func.coalesce(votes.c.v, 0).desc(), t.proposed_on, t.id)
        .limit(TOP_TOPICS)
    ).all()
    return [TopicRow(*r) for r in rows]


# --- attendance and guests ----------------------------------------------------------------


def set_attendance(
    session: Session, meeting_id: int, member_id: int, status: str, note: str | None = None
) -> None:
    """Present / excused / absent (or any attendance status) for one member."""
    if status not in {s.value for s in E.AttendanceStatus}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown attendance status."), field="status"
        )
    _meeting(session, meeting_id)
    if session.get(E.Member, member_id) is None:
        raise NotFoundError()
    row = session.get(E.Attendance, (meeting_id, member_id))
    if row is None:
        row = E.Attendance(
            meeting_id=meeting_id,
            member_id=member_id,
            status=status,
            note=text.clean(note or "", max_len=200, field="note"),
        )
        session.add(row)
        return
    if row.status != status:
        row.status = status
    if note is not None:
        cleaned = text.clean(note, max_len=200, field="note")
        if row.note != cleaned:
            row.note = cleaned


def _guest_data(data: GuestData) -> GuestData:
    name = text.clean(data.name, max_len=GUEST_MAX, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the guest's name.")
    )
    return GuestData(
        name=name,
        organisation=text.clean(data.organisation, max_len=GUEST_MAX, field="organisation"),
        email=text.check_email(text.clean(data.email, max_len=254, field="email")),
    )


def add_guest(session: Session, meeting_id: int, data: GuestData) -> int:
    _meeting(session, meeting_id)
    data = _guest_data(data)
    guest = E.Guest(
        meeting_id=meeting_id,
        name=data.name,
        organisation=data.organisation,
        email=data.email,
        attended=True,
    )
    session.add(guest)
    session.flush()
    return guest.id


def update_guest(session: Session, guest_id: int, data: GuestData) -> None:
    guest = session.get(E.Guest, guest_id)
    if guest is None:
        raise NotFoundError()
    data = _guest_data(data)
    for key in ("name", "organisation", "email"):
        if getattr(guest, key) != getattr(data, key):
            setattr(guest, key, getattr(data, key))


def remove_guest(session: Session, guest_id: int) -> None:
    guest = session.get(E.Guest, guest_id)
    if guest is None:
        raise NotFoundError()
    session.delete(guest)


# --- notes --------------------------------------------------------------------------------


def _check_refs(
    session: Session, meeting_id: int, agenda_item_id, topic_id, member_id=None
) -> None:
    if agenda_item_id is not None:
        item = session.get(E.AgendaItem, agenda_item_id)
        if item is None or item.meeting_id != meeting_id:
            raise NotFoundError()
    if topic_id is not None and session.get(E.Topic, topic_id) is None:
        raise NotFoundError()
    if member_id is not None and session.get(E.Member, member_id) is None:
        raise NotFoundError()


def _note_data(data: NoteData) -> NoteData:
    if data.kind not in {k.value for k in E.NoteKind}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown kind of note."), field="kind")
    body = text.clean(data.text, max_len=NOTE_MAX, field="text", multiline=True)
    text.required(
        body, field="text", template=QT_TRANSLATE_NOOP("errors", "Write the note's text.")
    )
    return replace(data, text=body)


def _next_position(session: Session, cls, meeting_id: int) -> int:
    return (
        session.scalar(select(func.max(cls.position)).where(cls.meeting_id == meeting_id)) or 0
    ) + 1


def add_note(session: Session, meeting_id: int, data: NoteData) -> int:
    _meeting(session, meeting_id)
    data = _note_data(data)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id, data.member_id)
    note = E.MinutesNote(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        member_id=data.member_id,
        kind=data.kind,
        text=data.text,
        private=data.private,
        position=_next_position(session, E.MinutesNote, meeting_id),
    )
    session.add(note)
    session.flush()
    return note.id


def update_note(session: Session, note_id: int, data: NoteData) -> None:
    note = session.get(E.MinutesNote, note_id)
    if note is None:
        raise NotFoundError()
    data = _note_data(data)
    _check_refs(session, note.meeting_id, data.agenda_item_id, data.topic_id, data.member_id)
    for key in ("agenda_item_id", "topic_id", "member_id", "kind", "text", "private"):
        if getattr(note, key) != getattr(data, key):
            setattr(note, key, getattr(data, key))


def delete_note(session: Session, note_id: int) -> None:
    note = session.get(E.MinutesNote, note_id)
    if note is None:
        raise NotFoundError()
    session.delete(note)


# --- decisions ----------------------------------------------------------------------------


def _decision_text(value: str) -> str:
    body = text.clean(value, max_len=DECISION_MAX, field="text", multiline=True)
    return text.required(
        body, field="text", template=QT_TRANSLATE_NOOP("errors", "Write the decision.")
    )


def add_decision(session: Session, meeting_id: int, data: DecisionData) -> int:
    _meeting(session, meeting_id)
    body = _decision_text(data.text)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id)
    decision = E.Decision(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        text=body,
        position=_next_position(session, E.Decision, meeting_id),
    )
    session.add(decision)
    session.flush()
    return decision.id


def update_decision(session: Session, decision_id: int, data: DecisionData) -> None:
    decision = session.get(E.Decision, decision_id)
    if decision is None:
        raise NotFoundError()
    body = _decision_text(data.text)
    _check_refs(session, decision.meeting_id, data.agenda_item_id, data.topic_id)
    for key, value in (
        ("text", body),
        ("agenda_item_id", data.agenda_item_id),
        ("topic_id", data.topic_id),
    ):
        if getattr(decision, key) != value:
            setattr(decision, key, value)


def delete_decision(session: Session, decision_id: int) -> None:
    decision = session.get(E.Decision, decision_id)
    if decision is None:
        raise NotFoundError()
    session.delete(decision)


# --- action items -------------------------------------------------------------------------


def _action_data(data: ActionData) -> ActionData:
    body = text.clean(data.description, max_len=ACTION_MAX, field="description", multiline=True)
    text.required(
        body,
        field="description",
        template=QT_TRANSLATE_NOOP("errors", "Describe what is to be done."),
    )
    if data.status not in {s.value for s in E.ActionStatus}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown status."), field="status")
    done_on = data.done_on if data.status == E.ActionStatus.DONE else None
    return replace(data, description=body, done_on=done_on)


def action_warnings(session: Session, meeting_id: int, data: ActionData) -> list[ValidationError]:
    """Problems that do not block saving: no owner, a due date before the meeting."""
    meeting = _meeting(session, meeting_id)
    return action_warnings_for(_local(meeting.start_at, meeting.tz).date(), data)


def action_warnings_for(meeting_day: dt.date, data: ActionData) -> list[ValidationError]:
    """The warnings (not raised) with the field they concern: ``owner_id`` / ``due_on``."""
    found: list[ValidationError] = []
    if data.owner_id is None:
        found.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "Nobody is responsible for this action item yet."),
                field="owner_id",
            )
        )
    if data.due_on is not None and data.due_on < meeting_day:
        found.append(
            ValidationError(
                QT_TRANSLATE_NOOP("errors", "The due date is before the meeting ({day})."),
                field="due_on",
                day=meeting_day.strftime("%d.%m.%Y"),
            )
        )
    return found


def add_action(session: Session, meeting_id: int, data: ActionData) -> int:
    _meeting(session, meeting_id)
    data = _action_data(data)
    _check_refs(session, meeting_id, data.agenda_item_id, data.topic_id, data.owner_id)
    item = E.ActionItem(
        meeting_id=meeting_id,
        agenda_item_id=data.agenda_item_id,
        topic_id=data.topic_id,
        owner_id=data.owner_id,
        description=data.description,
        due_on=data.due_on,
        status=data.status,
        done_on=data.done_on,
    )
    session.add(item)
    session.flush()
    return item.id


def update_action(
    session: Session, action_id: int, data: ActionData, version: int | None = None
) -> None:
    item = session.get(E.ActionItem, action_id)
    if item is None:
        raise NotFoundError()
    if version is not None and item.version != version:
        raise ConflictError()
    data = _action_data(data)
    if data.status == E.ActionStatus.DONE and data.done_on is None:
        data = replace(data, done_on=item.done_on or dt.date.today())
    _check_refs(session, item.meeting_id, data.agenda_item_id, data.topic_id, data.owner_id)
    for key in (
        "agenda_item_id",
        "topic_id",
        "owner_id",
        "description",
        "due_on",
        "status",
        "done_on",
    ):
        if getattr(item, key) != getattr(data, key):
            setattr(item, key, getattr(data, key))


def delete_action(session: Session, action_id: int) -> None:
    item = session.get(E.ActionItem, action_id)
    if item is None:
        raise NotFoundError()
    for successor in session.scalars(
        select(E.ActionItem).where(E.ActionItem.carried_from_id == action_id)
    ):
        successor.carried_from_id = None
    session.delete(item)


# re-exported for the minutes editor's review of earlier action items
set_action_done = act.set_done
move_due = act.move_due
carry_over = act.carry_over


# --- versions -----------------------------------------------------------------------------


def snapshot(m: Minutes) -> dict:
    """The protocol's content as plain JSON values (what a version freezes)."""
    items = {a.id: a.title for a in m.agenda}
    return {
        "meeting": {
            "title": m.title,
            "start": m.start_at.isoformat(),
            "end": m.end_at.isoformat(),
            "format": m.format,
            "place": m.place,
            "host": m.host,
            "moderator": m.moderator,
            "co_moderator": m.co_moderator,
            "protocol_writer": m.protocol_writer,
        },
        "attendance": {str(a.member_id): [a.name, a.group] for a in m.attendees if a.status},
        "guests": {str(g.id): g.name for g in m.guests if g.attended},
        "notes": {
            str(n.id): {
                "item": items.get(n.agenda_item_id, ""),
                "kind": n.kind,
                "text": n.text,
                "private": n.private,
                "member": n.member_name,
            }
            for n in m.notes
        },
        "decisions": {str(d.id): d.text for d in m.decisions},
        "actions": {
            str(a.id): {
                "owner": a.owner,
                "description": a.description,
                "due": a.due_on.isoformat() if a.due_on else "",
                "status": a.status,
            }
            for a in m.actions
        },
    }


def _parse(raw: str) -> dict | None:
    try:
        data = json.loads(raw or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) and "meeting" in data else None


_GROUP_WORDS = {
    "present": QT_TRANSLATE_NOOP("minutes", "present"),
    "excused": QT_TRANSLATE_NOOP("minutes", "excused"),
    "absent": QT_TRANSLATE_NOOP("minutes", "absent"),
    "unknown": QT_TRANSLATE_NOOP("minutes", "not recorded"),
}
_STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("minutes", "open"),
    "done": QT_TRANSLATE_NOOP("minutes", "done"),
    "cancelled": QT_TRANSLATE_NOOP("minutes", "cancelled"),
}


def _short(value: str, limit: int = 80) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def describe_changes(old: dict, new: dict, translate: Translate | None = None) -> list[str]:
    """A readable line per difference between two snapshots."""
    tl = translate or _identity
    lines: list[str] = []

    def add(template: str, **params) -> None:
        lines.append(tl("minutes", template).format(**params))

    if old.get("meeting") != new.get("meeting"):
        add(QT_TRANSLATE_NOOP("minutes", "Meeting details changed (date, roles or place)."))
    o_att, n_att = old.get("attendance", {}), new.get("attendance", {})
    for key in sorted(set(o_att) | set(n_att), key=lambda k: (n_att.get(k) or o_att.get(k))[0]):
        before = (o_att.get(key) or [None, "unknown"])[1]
        after = (n_att.get(key) or [None, "unknown"])[1]
        if before != after:
            name = (n_att.get(key) or o_att.get(key))[0]
            add(
                QT_TRANSLATE_NOOP("minutes", "Attendance of {name}: {before} → {after}"),
                name=name,
                before=tl("minutes", _GROUP_WORDS.get(before, before)),
                after=tl("minutes", _GROUP_WORDS.get(after, after)),
            )
    o_g, n_g = old.get("guests", {}), new.get("guests", {})
    for key in sorted(set(n_g) - set(o_g)):
        add(QT_TRANSLATE_NOOP("minutes", "Guest added: {name}"), name=n_g[key])
    for key in sorted(set(o_g) - set(n_g)):
        add(QT_TRANSLATE_NOOP("minutes", "Guest removed: {name}"), name=o_g[key])
    for key in sorted(set(o_g) & set(n_g)):
        if o_g[key] != n_g[key]:
            add(
                QT_TRANSLATE_NOOP("minutes", "Guest renamed: {before} → {after}"),
                before=o_g[key],
                after=n_g[key],
            )

    def compare(kind: str, added: str, changed: str, removed: str, show) -> None:
        o, n = old.get(kind, {}), new.get(kind, {})
        for key in sorted(set(n) - set(o), key=int):
            add(added, text=show(n[key]))
        for key in sorted(set(o) & set(n), key=int):
            if o[key] != n[key]:
                add(changed, text=show(n[key]))
        for key in sorted(set(o) - set(n), key=int):
            add(removed, text=show(o[key]))

    def note(n):
        where = f"{n['item']}: " if n.get("item") else ""
        return where + _short(n["text"])

    compare(
        "notes",
        QT_TRANSLATE_NOOP("minutes", "Note added – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Note changed – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Note removed – {text}"),
        note,
    )
    compare(
        "decisions",
        QT_TRANSLATE_NOOP("minutes", "Decision added – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Decision changed – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Decision removed – {text}"),
        _short,
    )

    def action(a):
        parts = [a["owner"] or "–", _short(a["description"], 60)]
        if a.get("due"):
            parts.append(a["due"])
        parts.append(tl("minutes", _STATUS_WORDS.get(a["status"], a["status"])))
        return " · ".join(parts)

    compare(
        "actions",
        QT_TRANSLATE_NOOP("minutes", "Action item added – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Action item changed – {text}"),
        QT_TRANSLATE_NOOP("minutes", "Action item removed – {text}"),
        action,
    )
    return lines


def finalise(
    session: Session,
    meeting_id: int,
    *,
    translate: Translate | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> int:
    """Store the minutes as the next protocol version; returns its number.

    From the second version on, ``changes`` lists what differs from the previous one, in
    the language of *translate* (the UI passes ``QCoreApplication.translate``).
    """
    tl = translate or _identity
    meeting = _meeting(session, meeting_id)
    if meeting.status == E.MeetingStatus.CANCELLED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "A cancelled meeting has no protocol to finalise.")
        )
    now = now or dt.datetime.now(dt.UTC)
    current = snapshot(load_minutes(session, meeting_id, today=today))
    last = session.scalar(
        select(E.ProtocolVersion)
        .where(E.ProtocolVersion.meeting_id == meeting_id)
        .order_by(E.ProtocolVersion.number.desc())
        .limit(1)
    )
    number = (last.number + 1) if last else 1
    changes = ""
    if last is not None:
        old = _parse(last.snapshot)
        if old is None:
            changes = tl(
                "minutes",
                QT_TRANSLATE_NOOP(
                    "minutes",
                    "Version {number} has no stored content; the differences cannot be listed.",
                ),
            ).format(number=last.number)
        else:
            lines = describe_changes(old, current, tl)
            if not lines:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nothing has changed since version {number}; no new version was stored.",
                    ),
                    number=last.number,
                )
            changes = "\n".join(lines)
    if (
        meeting.status in (E.MeetingStatus.PLANNED, E.MeetingStatus.INVITED)
        and meeting.start_at <= now
    ):
        meeting.status = E.MeetingStatus.HELD.value
    session.add(
        E.ProtocolVersion(
            meeting_id=meeting_id,
            number=number,
            finalised_at=now,
            snapshot=json.dumps(current, ensure_ascii=False, sort_keys=True),
            changes=changes,
        )
    )
    session.flush()
    return number


def attendance_words() -> dict[str, str]:
    """The untranslated names of the attendance groups (translate in context "minutes")."""
    return dict(_GROUP_WORDS)


__all__ = [
    "ActionData",
    "DecisionData",
    "GuestData",
    "NoteData",
    "attendance_group",
    "default_meeting",
    "finalise",
    "list_meetings",
    "load_minutes",
    "snapshot",
]
