"""What a meeting says in an invitation: time, place, video link (the meeting's own, else
its host organisation's), agenda and the backlog's open topics."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.invitations.dto import AgendaLine, TopicLine
from copdesk.model.invitations.values import name_of, one_line, utc
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.tables import MeetingFormat, TopicStatus

MAX_TOPICS = 15


@dataclass(frozen=True, slots=True)
class Video:
    """How to join online; every field empty for a meeting in person."""

    host: str
    video_tool: str
    join_url: str
    meeting_code: str
    passcode: str
    dialin: str
    tool_text: str


@dataclass(frozen=True, slots=True)
class Facts:
    """One meeting (or a series' first session) as the invitation describes it."""

    title: str
    start: dt.datetime
    end: dt.datetime
    tz: str
    format: str
    place: str
    group: str
    moderator: str
    agenda: tuple[AgendaLine, ...]
    topics: tuple[TopicLine, ...]
    more_topics: int
    video: Video
    whiteboard_url: str = ""


def video(session: Session, meeting: E.Meeting) -> Video:
    """Link, id, passcode, dial-in: the meeting's own, else the host organisation's."""
    host = session.get(E.Organisation, meeting.host_org_id) if meeting.host_org_id else None
    online = meeting.format != MeetingFormat.IN_PERSON
    join_url = (meeting.join_url or "").strip()
    dialin = (meeting.dialin or "").strip()
    tool = meeting.video_tool or ""
    tool_text = ""
    if online and host is not None:
        if not join_url:
            join_url = (host.video_link or "").strip()
        if not dialin:
            dialin = (host.video_dialin or "").strip()
        tool = tool or host.video_tool or ""
        own = (host.video_text or "").strip()
        # the organisation's text only where it does not contradict the meeting's link
        if own and (not meeting.join_url or meeting.join_url.strip() in own):
            tool_text = own
    if not online:
        join_url = dialin = tool = tool_text = ""
    return Video(
        host=host.name if host else "",
        video_tool=tool,
        join_url=join_url,
        meeting_code=(meeting.meeting_code or "").strip() if online else "",
        passcode=(meeting.passcode or "").strip() if online else "",
        dialin=dialin,
        tool_text=tool_text,
    )


def agenda(session: Session, meeting: E.Meeting) -> tuple[AgendaLine, ...]:
    lines = []
    at = utc(meeting.start_at)
    for item in sorted(meeting.agenda_items, key=lambda i: (i.position, i.id)):
        presenter = session.get(E.Member, item.presenter_id) if item.presenter_id else None
        minutes = max(int(item.minutes or 0), 0)
        lines.append(
            AgendaLine(
                start=at,
                minutes=minutes,
                title=one_line(item.title),
                kind=item.kind,
                presenter=name_of(presenter),
            )
        )
        at += dt.timedelta(minutes=minutes)
    return tuple(lines)


def open_topics(
    session: Session, group_id: int, skip: set[int]
) -> tuple[tuple[TopicLine, ...], int]:
    """The backlog's open and planned topics, except those already on the agenda; at most
    ``MAX_TOPICS`` of them, and how many more there are."""
    t = E.Topic
    rows = session.execute(
        select(t.title, E.Member)
        .outerjoin(E.Member, E.Member.id == t.proposed_by_id)
        .where(
            t.group_id == group_id,
            t.id.not_in(skip),
            t.status.in_((TopicStatus.PLANNED, TopicStatus.OPEN)),
        )
        .order_by(t.status != TopicStatus.PLANNED, t.proposed_on, t.id)
    ).all()
    lines = tuple(TopicLine(one_line(title), name_of(member)) for title, member in rows)
    return lines[:MAX_TOPICS], max(0, len(lines) - MAX_TOPICS)


def meeting_facts(session: Session, meeting: E.Meeting, *, with_agenda: bool = True) -> Facts:
    group = session.get(E.Group, meeting.group_id)
    moderator = session.get(E.Member, meeting.moderator_id) if meeting.moderator_id else None
    on_agenda = {i.topic_id for i in meeting.agenda_items if i.topic_id is not None}
    topics, more = open_topics(session, meeting.group_id, on_agenda)
    return Facts(
        title=one_line(meeting.title),
        start=utc(meeting.start_at),
        end=utc(meeting.end_at),
        tz=meeting.tz or DEFAULT_TZ,
        format=meeting.format or MeetingFormat.ONLINE.value,
        place=(meeting.place or "").strip(),
        group=group.name if group else "",
        moderator=name_of(moderator),
        agenda=agenda(session, meeting) if with_agenda else (),
        topics=topics,
        more_topics=more,
        video=video(session, meeting),
        whiteboard_url=(meeting.whiteboard_url or "").strip(),
    )
