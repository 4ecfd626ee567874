"""Invitations: who is invited, what was sent, what is due, and the send log.

A meeting keeps one calendar UID for ever (``Meeting.ics_uid``; a session of a series uses
its series' ``MeetingSeries.ics_uid``). Every exported file is one row of the send log
(``InvitationSend``) with its kind, sequence number, recipients and a JSON snapshot of what
it said. Whether an update is due is *computed*: the meeting as it is now is compared with
the last snapshot the recipients got — no other code has to remember to set a flag.

Sequence numbers: the first file for a UID carries 0; a file whose content differs from
the last one exported for that UID carries the last number + 1; a file with unchanged
content (the same invitation once more, or as an e-mail draft as well) carries the same
number. A cancellation always raises it. So the recipients' calendars (which keep the
highest SEQUENCE per UID) move with every change and never gain a duplicate.

People taken off the invitation list after they got it keep the meeting in their
calendars until they get a *withdrawal* (``InviteOptions.withdraw``): a cancellation
addressed to them only, without STATUS:CANCELLED, as RFC 5546 describes removing an
attendee; the others' entry is untouched and the meeting keeps its status.

The file itself is made by a *producer* handed to :func:`send_invitation`: it runs inside
the unit of work, so a file that cannot be written leaves the log unchanged.
``copdesk.formats.invitations.files`` writes it beside its target there and renames it into
place after the commit, so a failed commit leaves no file either.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.invitations.dto import (
    BAD_EMAIL,
    CANCEL,
    EML,
    KINDS,
    NO_EMAIL,
    OPTIONAL,
    PUBLISH,
    REQUEST,
    REQUIRED,
    SCOPE_MEETING,
    SCOPE_SERIES,
    TEXT,
    WITHDRAWAL,
    AgendaLine,
    Change,
    Invitation,
    InvitationState,
    Organiser,
    Recipient,
    SendRecord,
    SendResult,
    SeriesRule,
    SessionException,
    TopicLine,
)
from copdesk.model.localtime import DEFAULT_TZ

SNAPSHOT_VERSION = 1
MAX_TOPICS = 15
# kinds that reach the recipients (a PUBLISH file only goes into the organiser's calendar)
TO_RECIPIENTS = (REQUEST, EML, CANCEL)
INVITING = (REQUEST, EML)
# fields compared between what was sent and what would be sent now
COMPARED = (
    "title",
    "start",
    "end",
    "format",
    "place",
    "join_url",
    "meeting_code",
    "passcode",
    "dialin",
)


# --- errors ---------------------------------------------------------------------------


class NoOrganiser(ValidationError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter your e-mail address as the organiser first: invitations are sent in "
                "your name, and Outlook shows Accept / Decline only when the organiser has "
                "an address.",
            ),
            field="organiser_email",
        )


class BadOrganiser(ValidationError):
    def __init__(self, value: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{value}” is not a valid e-mail address for the organiser "
                "(example: name@stadt.de).",
            ),
            field="organiser_email",
            value=value,
        )


class RecipientProblems(UserError):
    """Chosen recipients without a usable e-mail address; never dropped silently."""

    def __init__(self, problems: Iterable[Recipient]) -> None:
        self.problems = tuple(problems)
        missing = [r.name for r in self.problems if r.problem == NO_EMAIL]
        invalid = [f"{r.name} ({r.email})" for r in self.problems if r.problem == BAD_EMAIL]
        if missing and invalid:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients cannot be invited: without an e-mail address: {missing}; "
                "with an invalid e-mail address: {invalid}. Correct them on the Members page, "
                "or leave them out (they are then listed as skipped).",
            )
        elif missing:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients have no e-mail address: {missing}. Add it on the Members "
                "page, or leave them out (they are then listed as skipped).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors",
                "These recipients have an invalid e-mail address: {invalid}. Correct it on "
                "the Members page, or leave them out (they are then listed as skipped).",
            )
        super().__init__(template, missing=", ".join(missing), invalid=", ".join(invalid))


class NoRecipients(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Nobody to invite: choose at least one recipient with an e-mail address (other "
        "than yourself as the organiser).",
    )


class NoTime(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” has no valid date and time (it must end after it starts). Set them "
                "on the Meetings page first.",
            ),
            title=title,
        )


class NeverSent(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "No invitation for “{title}” was ever sent, so there is no cancellation to "
                "send. Nobody has it in their calendar; mark it cancelled on the Meetings "
                "page.",
            ),
            title=title,
        )


class MeetingCancelled(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” is cancelled. Send the cancellation instead, or set the meeting "
                "back to planned on the Meetings page before inviting again.",
            ),
            title=title,
        )


class MeetingHeld(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{title}” has already taken place, so it cannot be cancelled any more.",
            ),
            title=title,
        )


class SeriesNotSent(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The series “{title}” has not been sent yet. Send the whole series first; "
                "a single session can then be changed or cancelled on its own.",
            ),
            title=title,
        )


class NotInSeries(UserError):
    template = QT_TRANSLATE_NOOP("errors", "This meeting does not belong to a series.")


class NobodyToWithdraw(UserError):
    def __init__(self, title: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Nobody has to be told about “{title}”: everyone who got the invitation is "
                "still on the list (or was told already). People taken off the list are "
                "told after the update for the others was sent.",
            ),
            title=title,
        )


class UnknownKind(UserError):
    def __init__(self, kind: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "Unknown kind of invitation: “{kind}”."), kind=kind
        )


# --- options ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InviteOptions:
    """What the user chose in the invite dialog (or on the command line).

    ``kind``: request | publish | cancel | eml | text. ``cancellation`` makes an e-mail
    draft or a text a cancellation (a ``cancel`` file always is one).
    ``recipient_keys``: None = the default choice (every listed recipient).
    ``withdraw``: a cancellation (file, draft or text) for the people who got the
    invitation but are no longer on the list; the meeting takes place for the others.
    ``skip_problems``: leave out chosen recipients without a usable address (listed in
    ``Invitation.skipped``) instead of refusing.
    """

    kind: str = REQUEST
    scope: str = SCOPE_MEETING
    organiser: Organiser | None = None
    recipient_keys: tuple[str, ...] | None = None
    skip_problems: bool = False
    reminder_minutes: int | None = None
    cancellation: bool = False
    withdraw: bool = False

    @property
    def cancels(self) -> bool:
        return self.kind == CANCEL or (
            (self.cancellation or self.withdraw) and self.kind in (EML, TEXT)
        )

    @property
    def method(self) -> str:
        if self.cancels:
            return "CANCEL"
        return "PUBLISH" if self.kind == PUBLISH else "REQUEST"

    @property
    def log_kind(self) -> str | None:
        """The kind written to the send log (None: not recorded)."""
        if self.kind == TEXT:
            return None
        if self.withdraw:
            return WITHDRAWAL
        return CANCEL if self.cancels else self.kind


# --- small helpers ----------------------------------------------------------------------


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:  # defensive: instants are stored as UTC
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _iso(value: dt.datetime) -> str:
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def _now(now: dt.datetime | None) -> dt.datetime:
    return _utc(now) if now is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def _sort_key(value: str | None) -> str:
    """Alphabetical as people expect it: Ö with O, ß with ss."""
    decomposed = unicodedata.normalize("NFKD", (value or "").replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name(member: E.Member | None) -> str:
    return _one_line(member.display_name) if member is not None else ""


def _get_meeting(session: Session, meeting_id: int) -> E.Meeting:
    meeting = session.get(E.Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError()
    return meeting


def _series_of(session: Session, meeting: E.Meeting) -> E.MeetingSeries | None:
    if meeting.series_id is None or meeting.series_index is None:
        return None
    return session.get(E.MeetingSeries, meeting.series_id)


def has_time(meeting: E.Meeting) -> bool:
    return (
        meeting.start_at is not None
        and meeting.end_at is not None
        and _utc(meeting.end_at) > _utc(meeting.start_at)
    )


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TZ)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_TZ)


def _check_email(value: str) -> str:
    return "" if not value.strip() else ("" if text.is_email(value.strip()) else BAD_EMAIL)


# --- recipients ----------------------------------------------------------------------------


def list_recipients(
    session: Session, meeting_id: int, *, scope: str = SCOPE_MEETING
) -> list[Recipient]:
    """Active members of the meeting's group (required), then its guests (optional).

    Members without an e-mail address or with an invalid one are listed with their
    ``problem``; duplicates (the same address twice) are listed once.
    """
    meeting = _get_meeting(session, meeting_id)
    series = _series_of(session, meeting)
    group_id = (
        series.group_id if (series is not None and scope == SCOPE_SERIES) else meeting.group_id
    )
    day = _utc(meeting.start_at).astimezone(_zone(meeting.tz)).date()
    m, gm = E.Member, E.GroupMembership
    members = session.execute(
        select(m, E.Organisation.name)
        .join(gm, gm.member_id == m.id)
        .outerjoin(E.Organisation, E.Organisation.id == m.organisation_id)
        .where(
            gm.group_id == group_id,
            m.active.is_(True),
            m.forgotten_on.is_(None),
            or_(gm.left_on.is_(None), gm.left_on >= day),
            or_(m.left_on.is_(None), m.left_on >= day),
        )
    ).all()
    members = sorted(
        members,
        key=lambda row: (_sort_key(row[0].last_name), _sort_key(row[0].first_name), row[0].id),
    )
    result: list[Recipient] = []
    seen: set[str] = set()

    def add(recipient: Recipient) -> None:
        address = text.email_key(recipient.email)
        if address and recipient.usable:
            if address in seen:
                return
            seen.add(address)
        result.append(recipient)

    for member, org in members:
        email = (member.email or "").strip()
        problem = NO_EMAIL if not email else _check_email(email)
        add(
            Recipient(
                key=f"m{member.id}",
                name=_name(member) or email,
                email=email,
                organisation=org or "",
                role=REQUIRED,
                problem=problem,
            )
        )
    if scope == SCOPE_MEETING or series is None:
        for guest in sorted(meeting.guests, key=lambda g: (g.name.casefold(), g.id)):
            email = (guest.email or "").strip()
            problem = NO_EMAIL if not email else _check_email(email)
            add(
                Recipient(
                    key=f"g{guest.id}",
                    name=_one_line(guest.name) or email,
                    email=email,
                    organisation=_one_line(guest.organisation),
                    role=OPTIONAL,
                    problem=problem,
                    is_guest=True,
                )
            )
    return result


def _choose(
    listed: list[Recipient], keys: tuple[str, ...] | None, skip: bool, organiser_email: str
) -> tuple[tuple[Recipient, ...], tuple[Recipient, ...]]:
    """The attendees and the skipped ones; raises on problems unless *skip*."""
    chosen = listed if keys is None else [r for r in listed if r.key in set(keys)]
    problems = [r for r in chosen if not r.usable]
    if problems and not skip:
        raise RecipientProblems(problems)
    me = text.email_key(organiser_email)
    attendees = tuple(r for r in chosen if r.usable and text.email_key(r.email) != me)
    return attendees, tuple(problems)


# --- what a meeting says --------------------------------------------------------------------


def _video(session: Session, meeting: E.Meeting) -> dict:
    """Link, id, passcode, dial-in: the meeting's own, else the host organisation's."""
    host = session.get(E.Organisation, meeting.host_org_id) if meeting.host_org_id else None
    online = meeting.format != E.MeetingFormat.IN_PERSON
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
    return {
        "host": host.name if host else "",
        "video_tool": tool,
        "join_url": join_url,
        "meeting_code": (meeting.meeting_code or "").strip() if online else "",
        "passcode": (meeting.passcode or "").strip() if online else "",
        "dialin": dialin,
        "tool_text": tool_text,
    }


def _agenda(session: Session, meeting: E.Meeting) -> tuple[AgendaLine, ...]:
    lines = []
    at = _utc(meeting.start_at)
    for item in sorted(meeting.agenda_items, key=lambda i: (i.position, i.id)):
        presenter = session.get(E.Member, item.presenter_id) if item.presenter_id else None
        minutes = max(int(item.minutes or 0), 0)
        lines.append(
            AgendaLine(
                start=at,
                minutes=minutes,
                title=_one_line(item.title),
                kind=item.kind,
                presenter=_name(presenter),
            )
        )
        at += dt.timedelta(minutes=minutes)
    return tuple(lines)


def _topics(session: Session, group_id: int, skip: set[int]) -> tuple[tuple[TopicLine, ...], int]:
    """The backlog's open and planned topics, except those already on the agenda."""
    t = E.Topic
    rows = session.execute(
        select(t.title, E.Member)
        .outerjoin(E.Member, E.Member.id == t.proposed_by_id)
        .where(
            t.group_id == group_id,
            t.id.not_in(skip),
            t.status.in_((E.TopicStatus.PLANNED, E.TopicStatus.OPEN)),
        )
        .order_by(t.status != E.TopicStatus.PLANNED, t.proposed_on, t.id)
    ).all()
    lines = tuple(TopicLine(_one_line(title), _name(member)) for title, member in rows)
    return lines[:MAX_TOPICS], max(0, len(lines) - MAX_TOPICS)


def _facts(session: Session, meeting: E.Meeting, *, with_agenda: bool = True) -> dict:
    group = session.get(E.Group, meeting.group_id)
    moderator = session.get(E.Member, meeting.moderator_id) if meeting.moderator_id else None
    on_agenda = {i.topic_id for i in meeting.agenda_items if i.topic_id is not None}
    topics, more = _topics(session, meeting.group_id, on_agenda)
    return {
        "title": _one_line(meeting.title),
        "start": _utc(meeting.start_at),
        "end": _utc(meeting.end_at),
        "tz": meeting.tz or DEFAULT_TZ,
        "format": meeting.format or E.MeetingFormat.ONLINE.value,
        "place": (meeting.place or "").strip(),
        "group": group.name if group else "",
        "moderator": _name(moderator),
        "agenda": _agenda(session, meeting) if with_agenda else (),
        "topics": topics,
        "more_topics": more,
        **_video(session, meeting),
    }


# --- series ----------------------------------------------------------------------------------


def _add_step(local: dt.datetime, freq: str, interval: int, k: int) -> dt.datetime:
    if freq == "daily":
        return local + dt.timedelta(days=interval * k)
    if freq == "monthly":
        months = local.month - 1 + interval * k
        year, month = local.year + months // 12, months % 12 + 1
        day = local.day
        while True:
            try:
                return local.replace(year=year, month=month, day=day)
            except ValueError:
                day -= 1
    return local + dt.timedelta(weeks=interval * k)


def _from_local(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return naive.replace(tzinfo=zone).astimezone(dt.UTC)


@dataclass(frozen=True)
class _SeriesPlan:
    series: E.MeetingSeries
    sessions: tuple[E.Meeting, ...]
    zone: ZoneInfo
    anchor: dt.datetime  # naive local wall time of session 0 in the rule
    duration: dt.timedelta
    count: int
    freq: str
    interval: int

    def original(self, index: int) -> dt.datetime:
        return _from_local(_add_step(self.anchor, self.freq, self.interval, index), self.zone)

    def original_of(self, meeting: E.Meeting) -> dt.datetime:
        """RECURRENCE-ID: the stored original start, else the one the rule gives."""
        if meeting.series_original_start is not None:
            return _utc(meeting.series_original_start)
        return self.original(meeting.series_index or 0)

    def moved(self, meeting: E.Meeting) -> bool:
        original = self.original_of(meeting)
        return (
            _utc(meeting.start_at) != original
            or _utc(meeting.end_at) - _utc(meeting.start_at) != self.duration
        )

    def rule(self) -> SeriesRule:
        present = {m.series_index: m for m in self.sessions}
        exdates = []
        exceptions = []
        for index in range(self.count):
            meeting = present.get(index)
            if meeting is None:
                exdates.append(self.original(index))
            elif meeting.status == E.MeetingStatus.CANCELLED:
                exdates.append(self.original_of(meeting))
            elif self.moved(meeting):
                exceptions.append(
                    SessionException(
                        index=index,
                        original_start=self.original_of(meeting),
                        start=_utc(meeting.start_at),
                        end=_utc(meeting.end_at),
                        title=_one_line(meeting.title),
                    )
                )
        return SeriesRule(
            freq=self.freq,
            interval=self.interval,
            count=self.count,
            exdates=tuple(sorted(exdates)),
            exceptions=tuple(exceptions),
        )


def _series_plan(session: Session, series: E.MeetingSeries) -> _SeriesPlan:
    sessions = tuple(
        session.scalars(
            select(E.Meeting)
            .where(E.Meeting.series_id == series.id, E.Meeting.series_index.is_not(None))
            .order_by(E.Meeting.series_index, E.Meeting.id)
        )
    )
    if not sessions:
        raise NotFoundError()
    zone = _zone(sessions[0].tz)
    freq = series.freq if series.freq in ("daily", "weekly", "monthly") else "weekly"
    interval = max(int(series.interval or 1), 1)

    def back(local: dt.datetime, index: int) -> dt.datetime:
        return _add_step(local, freq, interval, -index)

    # the rule's first start: where the stored original starts (else the actual starts)
    # of the sessions agree most; moved sessions are the outliers
    stored = [
        back(_utc(m.series_original_start).astimezone(zone).replace(tzinfo=None), m.series_index)
        for m in sessions
        if m.series_original_start is not None
    ]
    actual = [
        back(_utc(m.start_at).astimezone(zone).replace(tzinfo=None), m.series_index)
        for m in sessions
    ]
    anchor = Counter(stored or actual).most_common(1)[0][0]
    durations = Counter(_utc(m.end_at) - _utc(m.start_at) for m in sessions)
    duration = max(durations.items(), key=lambda kv: (kv[1], -kv[0].total_seconds()))[0]
    count = max(int(series.count or 0), max(m.series_index for m in sessions) + 1)
    return _SeriesPlan(
        series=series,
        sessions=sessions,
        zone=zone,
        anchor=anchor,
        duration=duration,
        count=count,
        freq=freq,
        interval=interval,
    )


# --- the send log -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Log:
    """The sends that share one UID, oldest first."""

    uid: str
    rows: tuple[E.InvitationSend, ...]
    floor: int | None  # sequence columns on the rows (older data may only have these)

    @property
    def last_sequence(self) -> int | None:
        values = [r.sequence for r in self.rows]
        if self.floor is not None:
            values.append(self.floor)
        return max(values) if values else None

    def where(self, *, meeting_id=..., kinds: tuple[str, ...] | None = None):
        rows = self.rows
        if meeting_id is not ...:
            rows = tuple(r for r in rows if r.meeting_id == meeting_id)
        if kinds is not None:
            rows = tuple(r for r in rows if r.kind in kinds)
        return rows


def _order(rows: Iterable[E.InvitationSend]) -> tuple[E.InvitationSend, ...]:
    return tuple(sorted(rows, key=lambda r: (_utc(r.sent_at), r.id or 0)))


def _log(session: Session, meeting: E.Meeting, series: E.MeetingSeries | None) -> _Log:
    s = E.InvitationSend
    if series is not None:
        rows = session.scalars(select(s).where(s.series_id == series.id))
        floors = [series.ics_sequence] + list(
            session.scalars(select(E.Meeting.ics_sequence).where(E.Meeting.series_id == series.id))
        )
        uid = series.ics_uid
    else:
        rows = session.scalars(select(s).where(s.meeting_id == meeting.id, s.series_id.is_(None)))
        floors = [meeting.ics_sequence]
        uid = meeting.ics_uid
    floors = [f for f in floors if f is not None]
    return _Log(uid=uid, rows=_order(rows), floor=max(floors) if floors else None)


def _snapshot(row: E.InvitationSend | None) -> dict | None:
    """The content a send recorded; None when it recorded nothing usable."""
    if row is None:
        return None
    try:
        data = json.loads(row.snapshot or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict) or "start" not in data:
        return None
    return data


def send_history(session: Session, meeting_id: int) -> list[SendRecord]:
    meeting = _get_meeting(session, meeting_id)
    log = _log(session, meeting, _series_of(session, meeting))
    return [_record_dto(r) for r in reversed(log.rows)]


def _record_dto(row: E.InvitationSend) -> SendRecord:
    return SendRecord(
        id=row.id,
        sent_at=_utc(row.sent_at),
        kind=row.kind,
        sequence=row.sequence,
        recipients=tuple(x for x in (row.recipients or "").splitlines() if x),
        scope=SCOPE_SERIES if row.meeting_id is None else SCOPE_MEETING,
    )


# --- content and comparison ----------------------------------------------------------------


def _recipients_json(attendees: Iterable[Recipient]) -> list[list[str]]:
    return sorted([r.email.lower(), r.name, r.role] for r in attendees)


def _content(
    facts: dict,
    attendees: Iterable[Recipient],
    *,
    cancelled: bool,
    rule: SeriesRule | None = None,
    recurrence_id: dt.datetime | None = None,
    plan: _SeriesPlan | None = None,
) -> dict:
    data = {key: facts[key] for key in COMPARED}
    data["start"] = _iso(facts["start"])
    data["end"] = _iso(facts["end"])
    data["tz"] = facts["tz"]
    data["cancelled"] = cancelled
    data["recipients"] = _recipients_json(attendees)
    if rule is not None and plan is not None:
        data["rule"] = {
            "freq": rule.freq,
            "interval": rule.interval,
            "count": rule.count,
            "exdates": [_iso(x) for x in rule.exdates],
        }
        data["sessions"] = {
            str(m.series_index): [
                _iso(m.start_at),
                _iso(m.end_at),
                m.status == E.MeetingStatus.CANCELLED,
                _iso(plan.original_of(m)),
            ]
            for m in plan.sessions
        }
    if recurrence_id is not None:
        data["recurrence_id"] = _iso(recurrence_id)
    return data


def _same(a: dict | None, b: dict, *, recipients: bool = True) -> bool:
    if a is None:
        return False
    keys = set(COMPARED) | {"cancelled", "rule", "sessions", "recurrence_id"}
    if recipients and _recipient_keys(a) != _recipient_keys(b):
        return False
    return all(a.get(k) == b.get(k) for k in keys)


def _recipient_keys(snapshot: dict) -> list[list[str]]:
    """A snapshot's recipients with their addresses as ``text.email_key`` (snapshots hold
    them lower-cased as written, so an address retyped in another form is no change)."""
    return sorted([text.email_key(r[0]), *r[1:]] for r in snapshot.get("recipients", []))


def _changes(before: dict | None, now: dict) -> tuple[Change, ...]:
    """What the recipients would see change, in reading order."""
    if before is None:
        return (Change("unknown"),)
    out: list[Change] = []
    if before.get("cancelled") and not now.get("cancelled"):
        out.append(Change("reinstated"))
    if now.get("cancelled") and not before.get("cancelled"):
        out.append(Change("cancelled", (before.get("start", ""), before.get("end", ""))))
    if before.get("start") != now["start"]:
        out.append(
            Change(
                "moved",
                (before.get("start", ""), before.get("end", "")),
                (now["start"], now["end"]),
            )
        )
    elif before.get("end") != now["end"]:

        def minutes(d: dict) -> str:
            try:
                return str(
                    int((_parse_iso(d["end"]) - _parse_iso(d["start"])).total_seconds() // 60)
                )
            except (KeyError, ValueError):
                return ""

        out.append(Change("duration", (minutes(before),), (minutes(now), now["start"], now["end"])))
    for key in ("title", "format", "place"):
        if (before.get(key) or "") != (now.get(key) or ""):
            out.append(Change(key, (before.get(key) or "",), (now.get(key) or "",)))
    if (before.get("join_url") or "") != (now.get("join_url") or ""):
        out.append(Change("link", (before.get("join_url") or "",), (now.get("join_url") or "",)))
    if any(
        (before.get(k) or "") != (now.get(k) or "") for k in ("meeting_code", "passcode", "dialin")
    ):
        out.append(Change("dialin"))
    old = {text.email_key(r[0]): r for r in before.get("recipients", [])}
    new = {text.email_key(r[0]): r for r in now.get("recipients", [])}
    added = tuple(
        new[e][1] or new[e][0] for e in sorted(new.keys() - old.keys(), key=lambda e: new[e][1])
    )
    removed = tuple(
        old[e][1] or old[e][0] for e in sorted(old.keys() - new.keys(), key=lambda e: old[e][1])
    )
    if added:
        out.append(Change("added", (), added))
    if removed:
        out.append(Change("removed", removed, ()))
    if "rule" in now:
        old_rule = before.get("rule") or {}
        new_rule = now["rule"]
        if any(old_rule.get(k) != new_rule.get(k) for k in ("freq", "interval", "count")):
            out.append(
                Change("rule", (str(old_rule.get("count", "")),), (str(new_rule.get("count", "")),))
            )
        old_sessions = before.get("sessions") or {}
        for index, (start, end, cancelled, _original) in sorted(
            now.get("sessions", {}).items(), key=lambda kv: int(kv[0])
        ):
            prev = old_sessions.get(index)
            if prev is None:
                continue
            if cancelled and not prev[2]:
                out.append(Change("session_cancelled", (prev[0], prev[1])))
            elif prev[2] and not cancelled:
                out.append(Change("session_restored", (), (start, end)))
            elif (prev[0], prev[1]) != (start, end) and not cancelled:
                out.append(Change("session_moved", (prev[0], prev[1]), (start, end)))
    return tuple(out)


# --- building --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    """What one invitation is about: a meeting, a whole series, or one session."""

    meeting: E.Meeting
    series: E.MeetingSeries | None
    scope: str
    plan: _SeriesPlan | None
    log: _Log

    @property
    def is_session(self) -> bool:
        return self.series is not None and self.scope == SCOPE_MEETING

    def level_rows(self, kinds: tuple[str, ...] | None = None):
        """The sends that describe this target itself (not the series' other sessions)."""
        if self.series is None:
            return self.log.where(kinds=kinds)
        if self.scope == SCOPE_SERIES:
            return self.log.where(meeting_id=None, kinds=kinds)
        rows = self.log.where(meeting_id=None, kinds=kinds) + self.log.where(
            meeting_id=self.meeting.id, kinds=kinds
        )
        return _order(rows)

    def baseline(self, row: E.InvitationSend | None) -> dict | None:
        """What the recipients got about this target in *row*."""
        data = _snapshot(row)
        if data is None or not self.is_session or row.meeting_id is not None:
            return data
        # a whole-series send: take this session's line of it
        entry = (data.get("sessions") or {}).get(str(self.meeting.series_index))
        if entry is None:
            return None
        data = {k: v for k, v in data.items() if k not in ("rule", "sessions")}
        data.update(
            start=entry[0],
            end=entry[1],
            cancelled=bool(entry[2]) or bool(data.get("cancelled")),
            recurrence_id=entry[3] if len(entry) > 3 else None,
        )
        return data

    @property
    def series_sent(self) -> bool:
        return bool(self.series is not None and self.log.where(meeting_id=None, kinds=INVITING))


def _target(session: Session, meeting_id: int, scope: str) -> _Target:
    meeting = _get_meeting(session, meeting_id)
    series = _series_of(session, meeting)
    if scope == SCOPE_SERIES and series is None:
        raise NotInSeries()
    plan = _series_plan(session, series) if series is not None else None
    return _Target(
        meeting=meeting, series=series, scope=scope, plan=plan, log=_log(session, meeting, series)
    )


def _target_facts(
    session: Session, target: _Target
) -> tuple[dict, SeriesRule | None, dt.datetime | None]:
    meeting = target.meeting
    if target.scope == SCOPE_SERIES:
        plan = target.plan
        first = next(
            (m for m in plan.sessions if m.status != E.MeetingStatus.CANCELLED), plan.sessions[0]
        )
        facts = _facts(session, first, with_agenda=False)
        facts["title"] = _one_line(plan.series.title) or facts["title"]
        facts["start"] = plan.original(0)
        facts["end"] = facts["start"] + plan.duration
        facts["group"] = (
            session.get(E.Group, plan.series.group_id).name
            if session.get(E.Group, plan.series.group_id)
            else facts["group"]
        )
        return facts, plan.rule(), None
    facts = _facts(session, meeting)
    recurrence_id = None
    if target.is_session:  # one instance of the recurring event keeps the series' name
        recurrence_id = target.plan.original_of(meeting)
        facts["title"] = _one_line(target.series.title) or facts["title"]
    return facts, None, recurrence_id


def _holders(target: _Target) -> dict[str, tuple[str, str]]:
    """``text.email_key`` -> (address as sent, name) of everyone whose calendar has the entry
    (or, after a cancellation, the cancelled one): every invitation adds its recipients, a
    withdrawal removes its."""
    emails: dict[str, tuple[str, str]] = {}
    for row in target.level_rows(TO_RECIPIENTS + (WITHDRAWAL,)):
        if row.kind == CANCEL:  # who has it now: those the cancellation went to
            emails.clear()
        names = {}
        snap = _snapshot(row)
        if snap:
            names = {text.email_key(r[0]): r[1] for r in snap.get("recipients", [])}
        for email in (row.recipients or "").splitlines():
            email, key = email.strip(), text.email_key(email)
            if not key:
                continue
            if row.kind == WITHDRAWAL:
                emails.pop(key, None)
            else:
                emails.setdefault(key, (email, names.get(key) or ""))
    return emails


def _emails(row: E.InvitationSend) -> set[str]:
    """The ``text.email_key`` of every address *row* went to."""
    return {text.email_key(e) for e in (row.recipients or "").splitlines() if e.strip()}


def _withdraw_emails(
    session: Session, target: _Target, *, repeat: bool = False
) -> dict[str, tuple[str, str]]:
    """Those who hold the entry but are no longer on the list: left out of the last
    invitation or update, and not among the recipients listed now (someone merely
    unchecked for one send is due an update, not a withdrawal).

    *repeat*: when nobody is due one but the last thing sent was a withdrawal, its
    recipients again (a lost file or a discarded draft can be made once more)."""
    rows = target.level_rows(TO_RECIPIENTS + (WITHDRAWAL,))
    sent = [r for r in rows if r.kind != WITHDRAWAL]
    if not sent or sent[-1].kind == CANCEL:
        return {}
    last = target.level_rows(INVITING)[-1]
    listed = {
        text.email_key(r.email)
        for r in list_recipients(session, target.meeting.id, scope=target.scope)
        if r.email
    }
    holders = _holders(target)
    last_sent = _emails(last)
    due = {
        key: holder for key, holder in holders.items() if key not in last_sent and key not in listed
    }
    if due or not repeat or rows[-1].kind != WITHDRAWAL:
        return due
    names = {text.email_key(r[0]): r[1] for r in (_snapshot(rows[-1]) or {}).get("recipients", [])}
    again = {text.email_key(e): e.strip() for e in (rows[-1].recipients or "").splitlines()}
    return {
        key: (address, names.get(key, ""))
        for key, address in again.items()
        if key and key not in listed
    }


def _cancel_recipients(
    session: Session, target: _Target, *, withdraw: bool = False, repeat: bool = False
) -> tuple[Recipient, ...]:
    """Everyone who was sent the invitation (or, after a cancellation, that one); with
    *withdraw*, only those of them taken off the list since (see ``_withdraw_emails``)."""
    emails = _withdraw_emails(session, target, repeat=repeat) if withdraw else _holders(target)
    if not emails:
        return ()
    known = {
        text.email_key(email): mid
        for mid, email in session.execute(
            select(E.Member.id, E.Member.email).where(E.Member.email != "")
        )
    }
    result = []
    for ident, (address, name) in sorted(emails.items()):
        member = session.get(E.Member, known[ident]) if ident in known else None
        name = name or (_name(member) if member else "") or address
        key = f"m{member.id}" if member else f"e:{address}"
        org = member.organisation.name if member is not None and member.organisation else ""
        result.append(
            Recipient(
                key=key,
                name=name,
                email=address,
                organisation=org,
                role=REQUIRED,
                problem="" if text.is_email(address) else BAD_EMAIL,
            )
        )
    return tuple(result)


def _validate_organiser(organiser: Organiser | None) -> Organiser:
    email = (organiser.email if organiser else "").strip()
    if not email:
        raise NoOrganiser()
    if not text.is_email(email):
        raise BadOrganiser(email)
    name = _one_line(organiser.name if organiser else "") or email
    return Organiser(name=name, email=email)


def _build(
    session: Session, meeting_id: int, options: InviteOptions, now: dt.datetime
) -> tuple[Invitation, dict, _Target]:
    if options.kind not in KINDS:
        raise UnknownKind(options.kind)
    target = _target(session, meeting_id, options.scope)
    meeting = target.meeting
    title = (
        _one_line(target.series.title) if target.scope == SCOPE_SERIES else _one_line(meeting.title)
    )
    if target.scope == SCOPE_SERIES:
        if not all(has_time(m) for m in target.plan.sessions):
            raise NoTime(title)
    elif not has_time(meeting):
        raise NoTime(title)
    if target.is_session and not target.series_sent and options.kind != TEXT:
        raise SeriesNotSent(_one_line(target.series.title))
    cancels = options.cancels
    inviting_rows = target.level_rows(INVITING)
    if cancels and not inviting_rows:
        raise NeverSent(title)
    if cancels and target.scope == SCOPE_MEETING and meeting.status == E.MeetingStatus.HELD:
        raise MeetingHeld(title)
    if (not cancels or options.withdraw) and options.kind != PUBLISH:
        # a cancelled meeting gets its cancellation (which reaches the removed people too)
        cancelled_now = (
            meeting.status == E.MeetingStatus.CANCELLED if target.scope == SCOPE_MEETING else False
        )
        if cancelled_now:
            raise MeetingCancelled(title)
    organiser = (
        _validate_organiser(options.organiser)
        if options.kind != TEXT
        else Organiser(
            _one_line(options.organiser.name) if options.organiser else "",
            (options.organiser.email if options.organiser else "").strip(),
        )
    )

    facts, rule, recurrence_id = _target_facts(session, target)
    skipped: tuple[Recipient, ...] = ()
    if cancels:
        attendees = tuple(
            r
            for r in _cancel_recipients(session, target, withdraw=options.withdraw, repeat=True)
            if r.usable and text.email_key(r.email) != text.email_key(organiser.email)
        )
        if options.withdraw and not attendees:
            raise NobodyToWithdraw(title)
        last = _snapshot(inviting_rows[-1])
        if last and target.scope == SCOPE_MEETING and not target.is_session:
            # the cancellation names the time the recipients have in their calendars
            facts = dict(facts, start=_parse_iso(last["start"]), end=_parse_iso(last["end"]))
    elif options.kind == PUBLISH:
        listed = list_recipients(session, meeting.id, scope=target.scope)
        attendees, skipped = _choose(listed, options.recipient_keys, True, organiser.email)
    else:
        listed = list_recipients(session, meeting.id, scope=target.scope)
        attendees, skipped = _choose(
            listed,
            options.recipient_keys,
            options.skip_problems or options.kind == TEXT,
            organiser.email,
        )
    if not attendees and options.kind in (REQUEST, EML, CANCEL):
        raise NoRecipients()

    content = _content(
        facts,
        attendees,
        cancelled=cancels,
        rule=rule,
        recurrence_id=recurrence_id,
        plan=target.plan,
    )
    # sequence: unchanged content keeps the number, anything else raises it
    last_any = target.log.rows[-1] if target.log.rows else None
    last_seq = target.log.last_sequence
    if last_seq is None:
        sequence = 0
    else:
        ignore_recipients = options.kind == PUBLISH or (
            last_any is not None and last_any.kind == PUBLISH
        )
        previous = target.baseline(last_any) if last_any is not None else None
        if previous is not None and target.is_session and last_any.meeting_id is None:
            previous = None  # a session never repeats the whole series' file
        same = _same(previous, content, recipients=not ignore_recipients)
        sequence = last_seq if same else last_seq + 1
    sent_rows = target.level_rows(TO_RECIPIENTS)
    baseline = target.baseline(sent_rows[-1]) if sent_rows else None
    changes = _changes(baseline, content) if inviting_rows else ()
    is_update = bool(inviting_rows) and not cancels and bool(changes) and options.kind != PUBLISH

    invitation = Invitation(
        kind=options.kind,
        method=options.method,
        uid=target.log.uid,
        sequence=sequence,
        dtstamp=now,
        title=facts["title"],
        start=facts["start"],
        end=facts["end"],
        tz=facts["tz"],
        organiser=organiser,
        attendees=() if options.kind == PUBLISH else attendees,
        cancelled=cancels,
        withdrawn=options.withdraw,
        meeting_id=meeting.id if target.scope == SCOPE_MEETING else None,
        series_id=target.series.id if target.series is not None else None,
        format=facts["format"],
        place=facts["place"],
        video_tool=facts["video_tool"],
        join_url=facts["join_url"],
        meeting_code=facts["meeting_code"],
        passcode=facts["passcode"],
        dialin=facts["dialin"],
        tool_text=facts["tool_text"],
        host=facts["host"],
        group=facts["group"],
        moderator=facts["moderator"],
        agenda=facts["agenda"],
        topics=facts["topics"] if not cancels else (),
        more_topics=facts["more_topics"] if not cancels else 0,
        reminder_minutes=(
            options.reminder_minutes if options.reminder_minutes and not cancels else None
        ),
        rule=rule,
        recurrence_id=recurrence_id,
        is_update=is_update,
        changes=changes if (is_update or cancels) and not options.withdraw else (),
        skipped=skipped,
    )
    return invitation, content, target


def build_invitation(
    session: Session, meeting_id: int, options: InviteOptions, *, now: dt.datetime | None = None
) -> Invitation:
    """Everything the file will say, checked; writes nothing."""
    return _build(session, meeting_id, options, _now(now))[0]


def send_invitation(
    session: Session,
    meeting_id: int,
    options: InviteOptions,
    produce: Callable[[Invitation], object],
    *,
    now: dt.datetime | None = None,
) -> SendResult:
    """Build the invitation, let *produce* write it, then record the send.

    *produce* raises a ``UserError`` when it cannot write; nothing is recorded then.
    A ``text`` invitation is produced but not recorded (nothing reached a calendar).
    """
    now = _now(now)
    invitation, content, target = _build(session, meeting_id, options, now)
    produced = produce(invitation)
    kind = options.log_kind
    emails = tuple(r.email for r in invitation.attendees)
    if kind is None:
        return SendResult(None, options.kind, invitation.sequence, invitation.uid, emails, produced)
    snapshot = dict(
        content,
        version=SNAPSHOT_VERSION,
        kind=kind,
        uid=invitation.uid,
        sequence=invitation.sequence,
        method=invitation.method,
        organiser=[invitation.organiser.name, invitation.organiser.email],
        reminder=invitation.reminder_minutes,
        sent_at=_iso(now),
        skipped=[r.name for r in invitation.skipped],
    )
    row = E.InvitationSend(
        meeting_id=invitation.meeting_id if target.scope == SCOPE_MEETING else None,
        series_id=target.series.id if target.series is not None else None,
        sent_at=now,
        kind=kind,
        sequence=invitation.sequence,
        recipients="\n".join(emails),
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    _after_send(target, kind, invitation.sequence)
    session.flush()
    return SendResult(row.id, kind, invitation.sequence, invitation.uid, emails, produced)


def _set(obj, key: str, value) -> None:
    if getattr(obj, key) != value:
        setattr(obj, key, value)


def _after_send(target: _Target, kind: str, sequence: int) -> None:
    S = E.MeetingStatus
    meeting, series = target.meeting, target.series
    if series is not None:
        _set(series, "ics_sequence", max(sequence, series.ics_sequence or 0))
    if kind == WITHDRAWAL:  # only the removed people's entry goes; nothing else changes
        if target.scope == SCOPE_MEETING:
            _set(meeting, "ics_sequence", max(sequence, meeting.ics_sequence or 0))
        return
    if target.scope == SCOPE_SERIES:
        for m in target.plan.sessions:
            if kind == CANCEL and m.status in (S.PLANNED, S.INVITED):
                _set(m, "status", S.CANCELLED.value)
            elif kind in INVITING and m.status == S.PLANNED:
                _set(m, "status", S.INVITED.value)
            _set(m, "update_due", False)
        return
    _set(meeting, "ics_sequence", sequence)
    _set(meeting, "update_due", False)
    if kind == CANCEL and meeting.status != S.CANCELLED:
        _set(meeting, "status", S.CANCELLED.value)
    elif kind in INVITING and meeting.status == S.PLANNED:
        _set(meeting, "status", S.INVITED.value)


# --- the state the dialog shows -----------------------------------------------------------


def _default_scope(target_meeting: E.Meeting, series_sent: bool, deviates: bool) -> str:
    if target_meeting.series_id is None or target_meeting.series_index is None:
        return SCOPE_MEETING
    return SCOPE_MEETING if (series_sent and deviates) else SCOPE_SERIES


def invitation_state(
    session: Session,
    meeting_id: int,
    *,
    scope: str | None = None,
    organiser_email: str = "",
    now: dt.datetime | None = None,
) -> InvitationState:
    """What was sent, what is due now, and whom it would go to."""
    meeting = _get_meeting(session, meeting_id)
    series = _series_of(session, meeting)
    deviates = False
    series_sent = False
    if series is not None:
        probe = _target(session, meeting_id, SCOPE_SERIES)
        series_sent = probe.series_sent
        deviates = meeting.status == E.MeetingStatus.CANCELLED or probe.plan.moved(meeting)
    default_scope = _default_scope(meeting, series_sent, deviates)
    scope = scope or default_scope
    target = _target(session, meeting_id, scope)
    listed = list_recipients(session, meeting_id, scope=scope)
    last_organiser = None
    for row in reversed(target.log.rows):
        snap = _snapshot(row)
        if snap and isinstance(snap.get("organiser"), list) and len(snap["organiser"]) == 2:
            last_organiser = Organiser(*snap["organiser"])
            break
    if not organiser_email.strip() and last_organiser is not None:
        organiser_email = last_organiser.email  # compare as the last sender did
    me = text.email_key(organiser_email)
    attendees = tuple(r for r in listed if r.usable and text.email_key(r.email) != me)
    timed = (
        all(has_time(m) for m in target.plan.sessions)
        if scope == SCOPE_SERIES
        else has_time(meeting)
    )
    inviting = target.level_rows(INVITING)
    sent_rows = target.level_rows(TO_RECIPIENTS)
    last_sent = sent_rows[-1] if sent_rows else None
    cancel_sent = last_sent is not None and last_sent.kind == CANCEL
    cancelled_now = (
        (meeting.status == E.MeetingStatus.CANCELLED)
        if scope == SCOPE_MEETING
        else all(m.status == E.MeetingStatus.CANCELLED for m in target.plan.sessions)
    )
    due = ""
    changes: tuple[Change, ...] = ()
    next_sequence = 0
    last_seq = target.log.last_sequence
    if timed:
        facts, rule, recurrence_id = _target_facts(session, target)
        content = _content(
            facts,
            attendees,
            cancelled=cancelled_now,
            rule=rule,
            recurrence_id=recurrence_id,
            plan=target.plan,
        )
        baseline = target.baseline(last_sent) if last_sent is not None else None
        if inviting:
            changes = _changes(baseline, content)
            if cancelled_now:
                due = "" if cancel_sent else "cancel"
            elif changes and changes != (Change("unknown"),):
                due = "update"
        if last_seq is not None:
            last_any = target.log.rows[-1] if target.log.rows else None
            previous = target.baseline(last_any) if last_any is not None else None
            if previous is not None and target.is_session and last_any.meeting_id is None:
                previous = None
            same = _same(
                previous,
                dict(content, cancelled=False),
                recipients=not (last_any is not None and last_any.kind == PUBLISH),
            )
            next_sequence = last_seq if same else last_seq + 1
    if changes == (Change("unknown"),) and not due:
        changes = ()
    return InvitationState(
        meeting_id=meeting.id,
        title=_one_line(series.title)
        if (scope == SCOPE_SERIES and series)
        else _one_line(meeting.title),
        start=_utc(meeting.start_at),
        end=_utc(meeting.end_at),
        tz=meeting.tz or DEFAULT_TZ,
        status=meeting.status,
        uid=target.log.uid,
        scope=scope,
        last_sequence=last_seq,
        next_sequence=next_sequence,
        sent=bool(inviting),
        due=due,
        changes=changes,
        recipients=tuple(listed),
        history=tuple(_record_dto(r) for r in reversed(target.level_rows())),
        can_cancel=(
            bool(inviting)
            and timed
            and not (cancel_sent and cancelled_now)
            and not (scope == SCOPE_MEETING and meeting.status == E.MeetingStatus.HELD)
        ),
        cancel_sent=cancel_sent,
        has_time=timed,
        series_id=series.id if series is not None else None,
        series_title=_one_line(series.title) if series is not None else "",
        session_index=meeting.series_index if series is not None else None,
        session_deviates=deviates,
        series_sent=series_sent,
        default_scope=default_scope,
        problems=tuple(r for r in listed if not r.usable),
        last_organiser=last_organiser,
        # none while a cancellation is due (it reaches them too) or after the meeting
        withdraw=tuple(
            r
            for r in _cancel_recipients(session, target, withdraw=True)
            if r.usable and text.email_key(r.email) != me
        )
        if inviting and not cancelled_now and meeting.status != E.MeetingStatus.HELD
        else (),
    )


def invitation_due(session: Session, meeting_id: int) -> str:
    """ "" | "update" | "cancel" — for lists that want to show a marker."""
    return invitation_state(session, meeting_id).due


def with_organiser(options: InviteOptions, name: str, email: str) -> InviteOptions:
    return replace(options, organiser=Organiser(name=name, email=email))
