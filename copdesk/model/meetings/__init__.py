"""Meetings: plan, edit, cancel, delete; attendance and guests; conflicts; series.

Use cases take a ``Session`` and return DTOs from ``meeting_dto.py``. Other areas build on
these small functions:

* invitations read a meeting with :func:`get_detail` and the people with
  :func:`get_attendance`; they may set ``ics_sequence`` / ``update_due`` themselves.
  :func:`update_meeting` marks an already invited meeting ``update_due`` when its time,
  place or join details change.
* rotation writes the roles with :func:`set_roles` (host organisation, moderator,
  co-moderator, protocol writer) without touching anything else.

Times: the editor sends the local wall-clock time (naive) and the zone; :func:`to_instant`
turns it into a UTC instant and refuses a time that does not exist (spring gap) or exists
twice (autumn) instead of shifting it silently. Lengths are real elapsed minutes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.meetings.dto import (
    Absent,
    AttendanceRow,
    AttendanceSheet,
    Conflict,
    GuestData,
    GuestRow,
    HostOption,
    MeetingChecks,
    MeetingData,
    MeetingDetail,
    MeetingRow,
    PersonOption,
    SeriesData,
    SeriesSession,
)

UTC = dt.UTC
MAX_MINUTES = 24 * 60
TITLE_MAX = 200
SERIES_MAX = 52

_UNSET = object()
_NAME = func.trim(E.Member.first_name + " " + E.Member.last_name)

ROLES = ("moderator", "co_moderator", "protocol_writer")


# --- local time ------------------------------------------------------------------------


def zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz or DEFAULT_TZ)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown time zone “{tz}”."), field="start", tz=tz
        ) from None


def local_time_problem(local: dt.datetime, tz: str = DEFAULT_TZ) -> str:
    """ "" if *local* exists exactly once in *tz*; "gap" (it does not exist) or "fold"
    (it exists twice) on the days the clocks change."""
    z = zone(tz)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=z, fold=0)
    second = naive.replace(tzinfo=z, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    back = first.astimezone(UTC).astimezone(z).replace(tzinfo=None)
    return "gap" if back != naive else "fold"


def to_instant(local: dt.datetime, tz: str = DEFAULT_TZ, *, field: str = "start") -> dt.datetime:
    """The UTC instant of a local wall-clock time; ``ValidationError`` on a DST change."""
    problem = local_time_problem(local, tz)
    if problem == "gap":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{time} does not exist on this day: the clocks jump forward an hour at night "
                "(summer time begins). Choose another time, for example an hour later.",
            ),
            field=field,
            time=f"{local:%H:%M}",
        )
    if problem == "fold":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{time} exists twice on this day: the clocks go back an hour at night "
                "(summer time ends). Choose a time after 03:00 so everyone reads it the same.",
            ),
            field=field,
            time=f"{local:%H:%M}",
        )
    return local.replace(tzinfo=zone(tz)).astimezone(UTC)


def to_local(instant: dt.datetime, tz: str = DEFAULT_TZ) -> dt.datetime:
    """The naive local wall-clock time of an instant."""
    return instant.astimezone(zone(tz)).replace(tzinfo=None)


# --- checking input --------------------------------------------------------------------


def is_url(value: str) -> bool:
    """An absolute http(s) link with a host and no spaces."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(parts.hostname)
        and "." in (parts.hostname or "")
        and not any(c.isspace() for c in value)
    )


def check_url(value: str, *, field: str = "join_url") -> str:
    if value and not is_url(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{value}” is not a web link. Paste the join link from the invitation of the "
                "video tool; it starts with https://.",
            ),
            field=field,
            value=value,
        )
    return value


def _choice(value: str, enum_type, field: str) -> str:
    if value not in {e.value for e in enum_type}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a value from the list."), field=field
        )
    return value


def normalise(session: Session, data: MeetingData) -> tuple[MeetingData, dt.datetime, dt.datetime]:
    """Cleaned data and the start and end instants, or a ``ValidationError`` for a field."""
    if session.get(E.Group, data.group_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a group."), field="group_id")
    title = text.clean(data.title, max_len=TITLE_MAX, field="title")
    text.required(
        title, field="title", template=QT_TRANSLATE_NOOP("errors", "Enter a title for the meeting.")
    )
    if data.start is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date and time."), field="start"
        )
    if data.minutes <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The meeting must end after it starts: give it a length of at least one minute.",
            ),
            field="minutes",
        )
    if data.minutes > MAX_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A meeting can last at most 24 hours."), field="minutes"
        )
    start = to_instant(data.start, data.tz)
    end = start + dt.timedelta(minutes=data.minutes)
    _choice(data.format, E.MeetingFormat, "format")
    _choice(data.status, E.MeetingStatus, "status")
    _choice(data.video_tool, E.VideoTool, "video_tool")
    if data.host_org_id is not None and session.get(E.Organisation, data.host_org_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a host organisation."), field="host_org_id"
        )
    for role in ROLES:
        member_id = getattr(data, f"{role}_id")
        if member_id is not None and session.get(E.Member, member_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose a member from the list."), field=f"{role}_id"
            )
    if data.moderator_id is not None and data.co_moderator_id == data.moderator_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Co-moderation needs someone other than the moderator."),
            field="co_moderator_id",
        )
    url = check_url(text.clean(data.join_url, max_len=500, field="join_url"))
    cleaned = replace(
        data,
        title=title,
        start=data.start.replace(tzinfo=None, second=0, microsecond=0),
        tz=data.tz or DEFAULT_TZ,
        join_url=url,
        meeting_code=text.clean(data.meeting_code, max_len=100, field="meeting_code"),
        passcode=text.clean(data.passcode, max_len=100, field="passcode"),
        dialin=text.clean(data.dialin, max_len=2000, field="dialin", multiline=True),
        place=text.clean(data.place, max_len=2000, field="place", multiline=True),
        notes=text.clean(data.notes, max_len=20000, field="notes", multiline=True),
    )
    return cleaned, start, end


# --- reading ---------------------------------------------------------------------------


def _get(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def meeting_data(meeting: E.Meeting) -> MeetingData:
    minutes = int((meeting.end_at - meeting.start_at).total_seconds() // 60)
    return MeetingData(
        group_id=meeting.group_id,
        title=meeting.title,
        start=to_local(meeting.start_at, meeting.tz),
        minutes=minutes,
        tz=meeting.tz,
        format=meeting.format,
        host_org_id=meeting.host_org_id,
        video_tool=meeting.video_tool,
        join_url=meeting.join_url,
        meeting_code=meeting.meeting_code,
        passcode=meeting.passcode,
        dialin=meeting.dialin,
        place=meeting.place,
        moderator_id=meeting.moderator_id,
        co_moderator_id=meeting.co_moderator_id,
        protocol_writer_id=meeting.protocol_writer_id,
        status=meeting.status,
        notes=meeting.notes,
    )


def get_meeting(session: Session, meeting_id: int) -> tuple[MeetingData, int]:
    """The editable data of one meeting and its version (for conflict detection)."""
    meeting = _get(session, meeting_id)
    return meeting_data(meeting), meeting.version


def _member_name(session: Session, member_id: int | None) -> str:
    if member_id is None:
        return ""
    member = session.get(E.Member, member_id)
    return member.display_name if member else ""


def get_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """One meeting with names resolved, its series and its conflicts."""
    meeting = _get(session, meeting_id)
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
        moderator=_member_name(session, meeting.moderator_id),
        co_moderator=_member_name(session, meeting.co_moderator_id),
        protocol_writer=_member_name(session, meeting.protocol_writer_id),
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
    counts = {mid: len(found) for mid, found in _conflict_index(session).items()}
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
    session: Session, group_id: int | None = None, *, include: Iterable[int] = ()
) -> list[PersonOption]:
    """Members who can take a role: the group's active members first, then everyone else
    active (sorted by name); inactive members only if listed in *include* (e.g. the
    moderator of a past meeting who has left since)."""
    m = E.Member
    in_group: set[int] = set()
    if group_id is not None:
        in_group = set(
            session.scalars(
                select(E.GroupMembership.member_id).where(E.GroupMembership.group_id == group_id)
            )
        )
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


# --- conflicts -------------------------------------------------------------------------


def _overlapping(
    session: Session, start: dt.datetime, end: dt.datetime, exclude_id: int | None = None
) -> list[E.Meeting]:
    mt = E.Meeting
    stmt = select(mt).where(
        mt.start_at < end, mt.end_at > start, mt.status != E.MeetingStatus.CANCELLED
    )
    if exclude_id is not None:
        stmt = stmt.where(mt.id != exclude_id)
    return list(session.scalars(stmt.order_by(mt.start_at)))


def find_conflicts(
    session: Session,
    *,
    group_id: int,
    start: dt.datetime,
    end: dt.datetime,
    moderators: Iterable[int | None] = (),
    exclude_id: int | None = None,
) -> list[Conflict]:
    """Meetings overlapping [start, end): of the same group, or where one of *moderators*
    (moderator or co-moderator) also moderates."""
    wanted = {m for m in moderators if m is not None}
    groups = {g.id: g.name for g in session.scalars(select(E.Group))}
    out: list[Conflict] = []
    for other in _overlapping(session, start, end, exclude_id):
        base = dict(
            other_id=other.id,
            other_title=other.title,
            other_group=groups.get(other.group_id, ""),
            other_start=other.start_at,
            other_end=other.end_at,
        )
        if other.group_id == group_id:
            out.append(Conflict("group", **base))
        for member_id in sorted(wanted & {other.moderator_id, other.co_moderator_id}):
            out.append(Conflict("moderator", member=_member_name(session, member_id), **base))
    return out


def conflicts_of(session: Session, meeting_id: int) -> list[Conflict]:
    """The conflicts of a stored meeting (none for a cancelled one)."""
    meeting = _get(session, meeting_id)
    if meeting.status == E.MeetingStatus.CANCELLED:
        return []
    return find_conflicts(
        session,
        group_id=meeting.group_id,
        start=meeting.start_at,
        end=meeting.end_at,
        moderators=(meeting.moderator_id, meeting.co_moderator_id),
        exclude_id=meeting.id,
    )


def _conflict_index(session: Session) -> dict[int, list[tuple[str, int]]]:
    """For every meeting in conflict: (kind, other id) — one sweep over all meetings."""
    mt = E.Meeting
    rows = session.execute(
        select(mt.id, mt.group_id, mt.start_at, mt.end_at, mt.moderator_id, mt.co_moderator_id)
        .where(mt.status != E.MeetingStatus.CANCELLED)
        .order_by(mt.start_at)
    ).all()
    found: dict[int, list[tuple[str, int]]] = {}
    active: list[tuple] = []
    for row in rows:
        active = [a for a in active if a[3] > row[2]]
        for other in active:
            kinds = []
            if other[1] == row[1]:
                kinds.append("group")
            if ({row[4], row[5]} - {None}) & {other[4], other[5]}:
                kinds.append("moderator")
            for kind in kinds:
                found.setdefault(row[0], []).append((kind, other[0]))
                found.setdefault(other[0], []).append((kind, row[0]))
        active.append(row)
    return found


def check_meeting(
    session: Session, data: MeetingData, *, exclude_id: int | None = None, language: str = "de"
) -> MeetingChecks:
    """Warnings for the editor: conflicts, public holidays in the group's states on that
    day, and role holders who declared an absence. Never raises for incomplete input."""
    if data.start is None or data.minutes <= 0 or local_time_problem(data.start, data.tz):
        return MeetingChecks()
    start = to_instant(data.start, data.tz)
    end = start + dt.timedelta(minutes=data.minutes)
    found = find_conflicts(
        session,
        group_id=data.group_id,
        start=start,
        end=end,
        moderators=(data.moderator_id, data.co_moderator_id),
        exclude_id=exclude_id,
    )
    from copdesk.model.meetings import absences, scheduling

    day = data.start.date()
    states = scheduling.group_states(session, data.group_id)[0]
    if data.host_org_id is not None:
        host = session.get(E.Organisation, data.host_org_id)
        if host is not None and host.state and host.state not in states:
            states = tuple(sorted({*states, host.state}))
    holidays = scheduling.holidays_between(states, day, day, language=language) if states else []
    absent = []
    role_of = {}
    for role in ROLES:
        member_id = getattr(data, f"{role}_id")
        if member_id is not None:
            role_of.setdefault(member_id, role)
    if role_of:
        for row in absences.absences_between(session, day, day, member_ids=role_of):
            absent.append(Absent(row.member_id, row.member, row.note, role_of[row.member_id]))
    return MeetingChecks(tuple(found), tuple(holidays), tuple(absent))


# --- writing ---------------------------------------------------------------------------

_RESEND_FIELDS = (
    "start_at",
    "end_at",
    "format",
    "join_url",
    "meeting_code",
    "passcode",
    "dialin",
    "place",
    "title",
    "status",
)


def _apply(meeting: E.Meeting, data: MeetingData, start: dt.datetime, end: dt.datetime) -> None:
    values = {
        "group_id": data.group_id,
        "title": data.title,
        "start_at": start,
        "end_at": end,
        "tz": data.tz,
        "format": data.format,
        "host_org_id": data.host_org_id,
        "video_tool": data.video_tool,
        "join_url": data.join_url,
        "meeting_code": data.meeting_code,
        "passcode": data.passcode,
        "dialin": data.dialin,
        "place": data.place,
        "moderator_id": data.moderator_id,
        "co_moderator_id": data.co_moderator_id,
        "protocol_writer_id": data.protocol_writer_id,
        "status": data.status,
        "notes": data.notes,
    }
    changed = False
    for key, value in values.items():
        if getattr(meeting, key) != value:
            setattr(meeting, key, value)
            changed = changed or key in _RESEND_FIELDS
    if changed and meeting.ics_sequence is not None and not meeting.update_due:
        meeting.update_due = True  # the invitations area sends an update


def add_meeting(session: Session, data: MeetingData) -> int:
    """Plan a meeting; returns its id. (A date in the past is allowed: the UI warns.)"""
    data, start, end = normalise(session, data)
    meeting = E.Meeting()
    _apply(meeting, data, start, end)
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(session: Session, meeting_id: int, data: MeetingData, version: int) -> None:
    meeting = _get(session, meeting_id)
    if meeting.version != version:
        raise ConflictError()
    data, start, end = normalise(session, data)
    _apply(meeting, data, start, end)


def set_status(session: Session, meeting_id: int, status: str) -> None:
    meeting = _get(session, meeting_id)
    _choice(status, E.MeetingStatus, "status")
    if meeting.status != status:
        meeting.status = status
        if meeting.ics_sequence is not None and status == E.MeetingStatus.CANCELLED:
            meeting.update_due = True


def cancel_meeting(session: Session, meeting_id: int) -> None:
    """Cancel one meeting (also one session of a series; the others stay as they are)."""
    set_status(session, meeting_id, E.MeetingStatus.CANCELLED)


def move_meeting(
    session: Session, meeting_id: int, start: dt.datetime, minutes: int | None = None
) -> None:
    """Move one meeting (or one session of a series) to a new local start; the length
    stays unless *minutes* is given. The series' other sessions are not touched."""
    meeting = _get(session, meeting_id)
    data = meeting_data(meeting)
    data = replace(data, start=start, minutes=minutes if minutes is not None else data.minutes)
    data, new_start, new_end = normalise(session, data)
    _apply(meeting, data, new_start, new_end)


def set_roles(
    session: Session,
    meeting_id: int,
    *,
    host_org_id=_UNSET,
    moderator_id=_UNSET,
    co_moderator_id=_UNSET,
    protocol_writer_id=_UNSET,
) -> None:
    """Set some of the roles of a meeting (for the rotation); arguments left out stay."""
    meeting = _get(session, meeting_id)
    data = meeting_data(meeting)
    given = {
        k: v
        for k, v in dict(
            host_org_id=host_org_id,
            moderator_id=moderator_id,
            co_moderator_id=co_moderator_id,
            protocol_writer_id=protocol_writer_id,
        ).items()
        if v is not _UNSET
    }
    data, start, end = normalise(session, replace(data, **given))
    _apply(meeting, data, start, end)


class MeetingHasRecords(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” cannot be deleted: minutes, votes, rotation turns or sent invitations "
        "refer to it. Cancel the meeting instead; it then stays in the history.",
    )


_RECORD_TABLES = (
    E.MinutesNote,
    E.Decision,
    E.ActionItem,
    E.ProtocolVersion,
    E.TopicVote,
    E.BoardEntry,
    E.TimeboxEvent,
    E.InvitationSend,
)


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a meeting with its agenda, attendance and guests — only while nothing else
    (minutes, votes, rotation, invitations) refers to it; otherwise ``MeetingHasRecords``."""
    meeting = _get(session, meeting_id)
    for table in _RECORD_TABLES:
        if session.scalar(
            select(func.count()).select_from(table).where(table.meeting_id == meeting_id)
        ):
            raise MeetingHasRecords(title=meeting.title)
    if session.scalar(
        select(func.count())
        .select_from(E.RotationRecord)
        .where(E.RotationRecord.meeting_id == meeting_id)
    ):
        raise MeetingHasRecords(title=meeting.title)
    if meeting.ics_sequence is not None:
        raise MeetingHasRecords(title=meeting.title)
    for topic in session.scalars(select(E.Topic).where(E.Topic.discussed_meeting_id == meeting_id)):
        topic.discussed_meeting_id = None
    session.delete(meeting)


# --- attendance and guests -------------------------------------------------------------


def _sheet_members(meeting: E.Meeting, day: dt.date):
    """Who is on a meeting's attendance sheet, as a WHERE clause on Member: everyone who
    answered, and the group's active members (not left before the day)."""
    a, gm, m = E.Attendance, E.GroupMembership, E.Member
    in_group = select(gm.member_id).where(
        gm.group_id == meeting.group_id, (gm.left_on.is_(None)) | (gm.left_on >= day)
    )
    answered = select(a.member_id).where(a.meeting_id == meeting.id)
    return m.id.in_(answered) | (m.id.in_(in_group) & m.active.is_(True))


def get_attendance(session: Session, meeting_id: int) -> AttendanceSheet:
    """One row per member of the meeting's group (active, or with an answer recorded),
    plus everyone else who has an answer; sorted by name. Guests separately.

    Reads columns with subqueries, not Member objects and id lists: a group can have
    thousands of members."""
    meeting = _get(session, meeting_id)
    day = to_local(meeting.start_at, meeting.tz).date()
    a, m, o = E.Attendance, E.Member, E.Organisation
    recorded = {
        member_id: (status, note)
        for member_id, status, note in session.execute(
            select(a.member_id, a.status, a.note).where(a.meeting_id == meeting_id)
        )
    }
    from copdesk.model.meetings import absences

    away = {row.member_id: row.note or "-" for row in absences.absences_between(session, day, day)}
    rows = []
    for member_id, first, last, active, org in session.execute(
        select(m.id, m.first_name, m.last_name, m.active, func.coalesce(o.name, ""))
        .outerjoin(o, o.id == m.organisation_id)
        .where(_sheet_members(meeting, day))
        .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
    ):
        answer = recorded.get(member_id)
        rows.append(
            AttendanceRow(
                member_id,
                " ".join(p for p in (first, last) if p),
                org,
                active,
                answer[0] if answer else "",
                answer[1] if answer else "",
                away.get(member_id, ""),
            )
        )
    guests = tuple(
        GuestRow(g.id, g.name, g.organisation, g.email, g.attended)
        for g in sorted(meeting.guests, key=lambda g: (g.name.casefold(), g.id))
    )
    return AttendanceSheet(meeting_id, tuple(rows), guests)


def attendance_summary(session: Session, meeting_id: int) -> tuple[dict[str, int], tuple[str, ...]]:
    """What a meeting's overview says about attendance, without building the sheet:
    the number of answers per status, and the names on the sheet with an absence that
    day (the same as ``get_attendance(...).counts()`` and its rows with an absence)."""
    meeting = _get(session, meeting_id)
    day = to_local(meeting.start_at, meeting.tz).date()
    a, m, ab = E.Attendance, E.Member, E.Absence
    counts = dict(
        session.execute(
            select(a.status, func.count()).where(a.meeting_id == meeting_id).group_by(a.status)
        ).all()
    )
    away = tuple(
        " ".join(p for p in (first, last) if p)
        for first, last in session.execute(
            select(m.first_name, m.last_name)
            .where(
                _sheet_members(meeting, day),
                m.id.in_(select(ab.member_id).where(ab.start_on <= day, ab.end_on >= day)),
            )
            .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
        )
    )
    return counts, away


def set_attendance(
    session: Session, meeting_id: int, member_id: int, status: str, note: str | None = None
) -> None:
    """Record one member's answer or presence; status "" removes the record."""
    set_attendances(
        session, meeting_id, {member_id: status}, notes=None if note is None else {member_id: note}
    )


def set_attendances(
    session: Session,
    meeting_id: int,
    statuses: dict[int, str],
    *,
    notes: dict[int, str] | None = None,
) -> None:
    """Several answers at once (one undo step), e.g. "all selected: attended"."""
    meeting = _get(session, meeting_id)
    current = {a.member_id: a for a in meeting.attendances}
    for member_id, status in statuses.items():
        if status:
            _choice(status, E.AttendanceStatus, "status")
        if session.get(E.Member, member_id) is None:
            raise NotFoundError()
        note = None
        if notes is not None and member_id in notes:
            note = text.clean(notes[member_id], max_len=200, field="note")
        record = current.get(member_id)
        if not status:
            if record is not None:
                meeting.attendances.remove(record)
            continue
        if record is None:
            meeting.attendances.append(
                E.Attendance(member_id=member_id, status=status, note=note or "")
            )
        else:
            if record.status != status:
                record.status = status
            if note is not None and record.note != note:
                record.note = note


def invite_group(session: Session, meeting_id: int) -> int:
    """Mark every active member of the group "invited" who has no answer yet; returns how
    many were added."""
    sheet = get_attendance(session, meeting_id)
    todo = {
        r.member_id: E.AttendanceStatus.INVITED.value
        for r in sheet.rows
        if r.active and not r.status
    }
    if todo:
        set_attendances(session, meeting_id, todo)
    return len(todo)


def _guest(session: Session, meeting_id: int, guest_id: int) -> E.Guest:
    guest = session.get(E.Guest, guest_id)
    if guest is None or guest.meeting_id != meeting_id:
        raise NotFoundError()
    return guest


def _clean_guest(data: GuestData) -> GuestData:
    name = text.clean(data.name, max_len=200, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the guest's name.")
    )
    return replace(
        data,
        name=name,
        organisation=text.clean(data.organisation, max_len=200, field="organisation"),
        email=text.check_email(text.clean(data.email, max_len=254, field="email")),
    )


def add_guest(session: Session, meeting_id: int, data: GuestData) -> int:
    meeting = _get(session, meeting_id)
    data = _clean_guest(data)
    guest = E.Guest(
        name=data.name, organisation=data.organisation, email=data.email, attended=data.attended
    )
    meeting.guests.append(guest)
    session.flush()
    return guest.id


def update_guest(session: Session, meeting_id: int, guest_id: int, data: GuestData) -> None:
    guest = _guest(session, meeting_id, guest_id)
    data = _clean_guest(data)
    for key in ("name", "organisation", "email", "attended"):
        if getattr(guest, key) != getattr(data, key):
            setattr(guest, key, getattr(data, key))


def remove_guest(session: Session, meeting_id: int, guest_id: int) -> None:
    session.delete(_guest(session, meeting_id, guest_id))


# --- series ----------------------------------------------------------------------------


def plan_series(data: SeriesData, *, language: str = "de") -> list[SeriesSession]:
    """The dates of a series, computed in local time (a weekly 08:30 stays 08:30 across
    the DST change), each flagged with a public holiday or a local-time problem."""
    start = data.first.start
    if start is None or data.count <= 0 or data.interval <= 0:
        return []
    count = min(data.count, SERIES_MAX)
    days = [start + dt.timedelta(weeks=data.interval * k) for k in range(count)]
    names: dict[dt.date, str] = {}
    if data.holiday_states:
        from copdesk.model.meetings.scheduling import holidays_between

        for h in holidays_between(
            data.holiday_states, days[0].date(), days[-1].date(), language=language
        ):
            names[h.day] = h.name
    return [
        SeriesSession(k, day, names.get(day.date(), ""), local_time_problem(day, data.first.tz))
        for k, day in enumerate(days)
    ]


def series_title(title: str, index: int, count: int) -> str:
    return f"{title} ({index + 1}/{count})"


def create_series(session: Session, data: SeriesData, *, language: str = "de") -> int:
    """Create a series and its sessions in one step; returns the series id.

    Every session is a meeting linked to the series (``series_id``, ``series_index`` and
    its original start for a later recurring invitation), so moving or cancelling one
    leaves the others alone.
    """
    if not 1 <= data.count <= SERIES_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A series has between 1 and {max} sessions."),
            field="count",
            max=SERIES_MAX,
        )
    if not 1 <= data.interval <= 8:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Sessions are 1 to 8 weeks apart."), field="interval"
        )
    first, _start, _end = normalise(session, data.first)
    sessions = plan_series(replace(data, first=first), language=language)
    for s in sessions:
        if s.problem:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Session {n} would start at {time} on the night the clocks change, a time "
                    "that does not exist or exists twice. Choose another time.",
                ),
                field="start",
                n=s.index + 1,
                time=f"{s.start:%H:%M}",
            )
    template_items = ()
    if data.template_id is not None:
        template = session.get(E.AgendaTemplate, data.template_id)
        if template is None:
            raise NotFoundError()
        template_items = tuple((i.kind, i.title, i.minutes) for i in template.items)
    series = E.MeetingSeries(
        group_id=first.group_id,
        title=first.title,
        freq="weekly",
        interval=data.interval,
        count=len(sessions),
    )
    session.add(series)
    session.flush()
    for s in sessions:
        start = to_instant(s.start, first.tz)
        meeting = E.Meeting(series_id=series.id, series_index=s.index, series_original_start=start)
        status = first.status
        notes = first.notes
        if data.cancel_on_holidays and s.holiday:
            status = E.MeetingStatus.CANCELLED.value
            notes = (notes + "\n" if notes else "") + s.holiday
        _apply(
            meeting,
            replace(
                first,
                title=series_title(first.title, s.index, len(sessions)),
                status=status,
                notes=notes,
            ),
            start,
            start + dt.timedelta(minutes=first.minutes),
        )
        meeting.agenda_items = [
            E.AgendaItem(position=n, kind=k, title=t, minutes=m)
            for n, (k, t, m) in enumerate(template_items)
        ]
        session.add(meeting)
    session.flush()
    return series.id


def series_meetings(session: Session, series_id: int) -> list[MeetingRow]:
    return sorted(
        (r for r in list_meetings(session) if r.series_id == series_id),
        key=lambda r: (r.series_index or 0, r.id),
    )
