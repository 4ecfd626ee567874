"""Reading meetings for the list, the detail view and the editor's choices (hosts with
their video defaults, people who can take a role)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from copdesk.model import entities as E
from copdesk.model import groups
from copdesk.model.meetings.conflicts import conflict_index, conflicts_of
from copdesk.model.meetings.dto import (
    HostOption,
    MeetingData,
    MeetingDetail,
    MeetingRow,
    PersonOption,
)
from copdesk.model.meetings.records import load_meeting, meeting_data, member_name


def get_meeting(session: Session, meeting_id: int) -> tuple[MeetingData, int]:
    """The editable data of one meeting and its version (for conflict detection)."""
    meeting = load_meeting(session, meeting_id)
    return meeting_data(meeting), meeting.version


def get_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """One meeting with names resolved, its series and its conflicts."""
    meeting = load_meeting(session, meeting_id)
    host = session.get(E.Organisation, meeting.host_org_id) if meeting.host_org_id else None
    group = session.get(E.Group, meeting.group_id)
    series = session.get(E.MeetingSeries, meeting.series_id) if meeting.series_id else None
    return MeetingDetail(
        id=meeting.id,
        data=meeting_data(meeting),
        version=meeting.version,
        group=group.name if group else "",
        start_at=meeting.start_at,
        end_at=meeting.end_at,
        host=host.name if host else "",
        host_state=host.state if host else "",
        moderator=member_name(session, meeting.moderator_id),
        co_moderator=member_name(session, meeting.co_moderator_id),
        protocol_writer=member_name(session, meeting.protocol_writer_id),
        series_id=meeting.series_id,
        series_index=meeting.series_index,
        series_count=series.count if series else None,
        series_title=series.title if series else "",
        ics_uid=meeting.ics_uid,
        ics_sequence=meeting.ics_sequence,
        update_due=meeting.update_due,
        conflicts=tuple(conflicts_of(session, meeting.id)),
    )


def list_meetings(session: Session, group_id: int | None = None) -> list[MeetingRow]:
    """The meetings of a group (or all), latest first, with their conflict counts."""
    mt = E.Meeting
    mod = aliased(E.Member)
    writer = aliased(E.Member)
    org = E.Organisation
    agenda = (
        select(E.AgendaItem.meeting_id, func.sum(E.AgendaItem.minutes).label("total"))
        .group_by(E.AgendaItem.meeting_id)
        .subquery()
    )
    stmt = (
        select(
            mt.id,
            mt.group_id,
            mt.title,
            mt.start_at,
            mt.end_at,
            mt.tz,
            mt.status,
            mt.format,
            func.coalesce(org.name, ""),
            func.coalesce(func.trim(mod.first_name + " " + mod.last_name), ""),
            func.coalesce(func.trim(writer.first_name + " " + writer.last_name), ""),
            mt.series_id,
            mt.series_index,
            func.coalesce(agenda.c.total, 0),
            mt.ics_sequence.is_not(None),
            mt.version,
        )
        .outerjoin(org, org.id == mt.host_org_id)
        .outerjoin(mod, mod.id == mt.moderator_id)
        .outerjoin(writer, writer.id == mt.protocol_writer_id)
        .outerjoin(agenda, agenda.c.meeting_id == mt.id)
        .order_by(mt.start_at.desc(), mt.id.desc())
    )
    if group_id is not None:
        stmt = stmt.where(mt.group_id == group_id)
    rows = session.execute(stmt).all()
    counts = {mid: len(found) for mid, found in conflict_index(session).items()}
    return [
        MeetingRow(
            id=r[0],
            group_id=r[1],
            title=r[2],
            start_at=r[3],
            end_at=r[4],
            tz=r[5],
            status=r[6],
            format=r[7],
            host=r[8],
            moderator=r[9],
            protocol_writer=r[10],
            series_id=r[11],
            series_index=r[12],
            agenda_minutes=int(r[13]),
            invited=bool(r[14]),
            conflicts=counts.get(r[0], 0),
            version=r[15],
        )
        for r in rows
    ]


def list_hosts(session: Session) -> list[HostOption]:
    """Every organisation with the video defaults a new meeting takes from its host."""
    out = []
    for org in session.scalars(select(E.Organisation).order_by(func.lower(E.Organisation.name))):
        code, passcode = parse_video_text(org.video_text)
        out.append(
            HostOption(
                org.id,
                org.name,
                org.state,
                org.video_tool,
                org.video_link,
                org.video_dialin,
                code,
                passcode,
            )
        )
    return out


def list_people(
    session: Session,
    group_id: int | None = None,
    *,
    include: Iterable[int] = (),
    day: dt.date | None = None,
) -> list[PersonOption]:
    """Members who can take a role: the group's people on *day* (default: today) first,
    then everyone else active (sorted by name); inactive members only if listed in
    *include* (e.g. the moderator of a past meeting who has left since)."""
    m = E.Member
    in_group: set[int] = set()
    if group_id is not None:
        in_group = groups.people_of(session, group_id, day or dt.date.today())
    rows = session.execute(
        select(m.id, m.first_name, m.last_name, m.active, func.coalesce(E.Organisation.name, ""))
        .outerjoin(E.Organisation, E.Organisation.id == m.organisation_id)
        .where(m.forgotten_on.is_(None))
        .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
    ).all()
    people = [
        PersonOption(r[0], " ".join(p for p in (r[1], r[2]) if p), r[4], bool(r[3])) for r in rows
    ]
    keep = set(include)
    first = [p for p in people if p.id in in_group and p.active]
    rest = [p for p in people if p.id not in in_group and p.active]
    gone = [p for p in people if not p.active and p.id in keep]
    return first + rest + gone


_CODE_RE = re.compile(
    r"(?:Meeting-ID|Besprechungs-ID|Meeting ID|Meeting-Kennnummer(?: \(Zugriffscode\))?|"
    r"Meeting number|Konferenz-ID|Access code)\s*:\s*([0-9][0-9 ]{5,}[0-9])",
    re.IGNORECASE,
)
_PASS_RE = re.compile(
    r"(?:Kenncode|Kennung|Meeting-Passwort|Passwort|Passcode|Password|Zugangscode|Kennwort)"
    r"\s*:\s*(\S+)",
    re.IGNORECASE,
)


def parse_video_text(value: str) -> tuple[str, str]:
    """Meeting id and passcode from an organisation's invitation text, where they are named
    the way Teams, Zoom, Webex and BigBlueButton write them ("Meeting-ID: …")."""
    code = _CODE_RE.search(value or "")
    passcode = _PASS_RE.search(value or "")
    return (code.group(1).strip() if code else "", passcode.group(1).strip() if passcode else "")
