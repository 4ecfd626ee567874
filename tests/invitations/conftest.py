"""A small community with the names that break exporters, and helpers to send.

Nothing here imports Qt: the model tests of this folder run without it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from copdesk.model import entities as E
from copdesk.model import groups, invitations, uow
from copdesk.model.invitations import Organiser

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2025, 2, 10, 8, 0, tzinfo=dt.UTC)
ORGANISER = Organiser("Weiß, Jürgen", "juergen.weiss@heidelberg.example")
TITLE = 'CoP-Treffen, Q1; "Frühjahr" \\ Ümläute'
PLACE = "Rathaus Heidelberg, Marktplatz 10;\nGroßer Sitzungssaal"
JOIN = "https://teams.heidelberg.example/l/meetup-join/19%3ameeting_abc%40thread.v2/0"


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=BERLIN).astimezone(dt.UTC)


@dataclass(frozen=True)
class Cop:
    community: object
    group_id: int
    meeting_id: int
    org_id: int
    members: dict[str, int]
    guest_id: int
    uid: str


def build_cop(session) -> dict:
    root = groups.root_group(session)
    other = E.Group(name="Andere Teilgruppe", parent_id=root.id)
    org = E.Organisation(
        name="Stadt Heidelberg",
        state="BW",
        video_tool="teams",
        video_link="https://teams.heidelberg.example/org",
        video_dialin="Telefonische Einwahl: +49 30 23125 900,,123#\nKonferenz-ID: 123#",
        video_text="Microsoft Teams-Besprechung\nhttps://teams.heidelberg.example/org",
    )
    session.add_all([other, org])
    session.flush()
    people = {
        "juergen": ("Jürgen", "Weiß", "juergen.weiss@heidelberg.example", True, root),
        "sabine": ("Sabine", 'Groß, Dr.; "Bine"', "sabine.gross@heidelberg.example", True, root),
        "ayse": ("Ayşe", "Özdemir", "ayse.oezdemir@heidelberg.example", True, root),
        "bjoern": ("Björn", "Meißner", "bjoern.meissner@heidelberg.example", True, root),
        "nomail": ("Kein", "Postfach", "", True, root),
        "bad": ("Falsche", "Adresse", "falsch@", True, root),
        "inactive": ("Alt", "Inaktiv", "alt@heidelberg.example", False, root),
        "elsewhere": ("Andere", "Gruppe", "andere@heidelberg.example", True, other),
    }
    ids = {}
    for key, (first, last, email, active, group) in people.items():
        member = E.Member(
            first_name=first, last_name=last, email=email, active=active, organisation_id=org.id
        )
        member.groups.append(E.GroupMembership(group_id=group.id))
        session.add(member)
        session.flush()
        ids[key] = member.id
    meeting = E.Meeting(
        group_id=root.id,
        title=TITLE,
        start_at=local(2025, 3, 20, 14, 0),
        end_at=local(2025, 3, 20, 16, 0),
        format="online",
        video_tool="teams",
        join_url=JOIN,
        meeting_code="123 456 789",
        passcode="Xy7;,q",
        dialin="Telefonische Einwahl: +49 30 23125 900,,123456789#\nKonferenz-ID: 123456789#",
        host_org_id=org.id,
        moderator_id=ids["sabine"],
    )
    meeting.agenda_items = [
        E.AgendaItem(position=0, kind="check_in", title="Check-in", minutes=15),
        E.AgendaItem(
            position=1, kind="topic", title="KI, Daten; Recht", minutes=60, presenter_id=ids["ayse"]
        ),
        E.AgendaItem(position=2, kind="check_out", title="Check-out", minutes=15),
    ]
    meeting.guests = [
        E.Guest(
            name="Lindemann, Dr. Petra",
            organisation="Stadt Mannheim",
            email="petra.lindemann@mannheim.example",
        )
    ]
    session.add(meeting)
    session.add_all(
        [
            E.Topic(
                group_id=root.id,
                title="Lernzeit als Arbeitszeit",
                proposed_on=dt.date(2025, 1, 5),
                proposed_by_id=ids["bjoern"],
            ),
            E.Topic(
                group_id=root.id,
                title="Mentoring, organisationsübergreifend",
                proposed_on=dt.date(2025, 1, 7),
                status="planned",
            ),
        ]
    )
    session.flush()
    return {
        "group_id": root.id,
        "meeting_id": meeting.id,
        "org_id": org.id,
        "members": ids,
        "guest_id": meeting.guests[0].id,
        "uid": meeting.ics_uid,
    }


@pytest.fixture
def cop(community) -> Cop:
    data, _ = uow.write(community, build_cop)
    return Cop(community=community, **data)


def options(kind: str = "request", **kw) -> invitations.InviteOptions:
    kw.setdefault("organiser", ORGANISER)
    kw.setdefault("skip_problems", True)
    return invitations.InviteOptions(kind=kind, **kw)


def send(
    com, meeting_id: int, kind: str = "request", *, now: dt.datetime = NOW, produce=None, **kw
):
    """Send through the use case; returns (SendResult, Invitation)."""
    made = []

    def keep(inv):
        made.append(inv)
        return produce(inv) if produce else None

    result, _ = uow.write(
        com, invitations.send_invitation, meeting_id, options(kind, **kw), keep, now=now
    )
    return result, made[0]


def state(com, meeting_id: int, **kw):
    kw.setdefault("organiser_email", ORGANISER.email)
    return uow.read(com, invitations.invitation_state, meeting_id, **kw)


def send_count(com) -> int:
    return uow.read(com, lambda s: s.scalar(select(func.count()).select_from(E.InvitationSend)))


def edit_meeting(com, meeting_id: int, **values) -> None:
    def change(session):
        meeting = session.get(E.Meeting, meeting_id)
        for key, value in values.items():
            setattr(meeting, key, value)

    uow.write(com, change)


def move_by(com, meeting_id: int, days: int) -> None:
    """Move a meeting through the meetings use case when there is one, else via the ORM."""
    try:
        from copdesk.model import meetings

        move = meetings.move_meeting
    except (ImportError, AttributeError):
        move = None
    if move is not None:

        def start_of(session):
            m = session.get(E.Meeting, meeting_id)
            return m.start_at.astimezone(ZoneInfo(m.tz)).replace(tzinfo=None)

        start = uow.read(com, start_of)
        uow.write(com, move, meeting_id, start + dt.timedelta(days=days))
        return

    def shift(session):
        m = session.get(E.Meeting, meeting_id)
        zone = ZoneInfo(m.tz)
        length = m.end_at - m.start_at
        start = m.start_at.astimezone(zone).replace(tzinfo=None) + dt.timedelta(days=days)
        m.start_at = start.replace(tzinfo=zone).astimezone(dt.UTC)
        m.end_at = m.start_at + length

    uow.write(com, shift)


# --- a weekly series across both DST switches --------------------------------------------

SERIES_FIRST = dt.datetime(2025, 2, 25, 8, 30)  # a Tuesday, winter time
SERIES_COUNT = 40  # into December: crosses 30 March and 26 October


def build_series(
    session,
    group_id: int,
    *,
    moved: int = 3,
    cancelled: int = 5,
    no_original: int = 8,
    count: int = SERIES_COUNT,
) -> dict:
    series = E.MeetingSeries(
        group_id=group_id, title="WOL-Circle, Frühjahr", freq="weekly", interval=1, count=count
    )
    session.add(series)
    session.flush()
    ids = {}
    for k in range(count):
        start_local = SERIES_FIRST + dt.timedelta(weeks=k)
        original = start_local.replace(tzinfo=BERLIN).astimezone(dt.UTC)
        start = original
        if k == moved:  # moved to the Wednesday, 09:00
            start = (
                (start_local + dt.timedelta(days=1, minutes=30))
                .replace(tzinfo=BERLIN)
                .astimezone(dt.UTC)
            )
        meeting = E.Meeting(
            group_id=group_id,
            series_id=series.id,
            series_index=k,
            series_original_start=None if k == no_original else original,
            title=f"WOL-Circle – Woche {k + 1}",
            start_at=start,
            end_at=start + dt.timedelta(minutes=60),
            format="online",
            video_tool="teams",
            join_url="https://teams.heidelberg.example/wol",
            status="cancelled" if k == cancelled else "planned",
        )
        session.add(meeting)
        session.flush()
        ids[k] = meeting.id
    return {"series_id": series.id, "uid": series.ics_uid, "sessions": ids}


@pytest.fixture
def series(cop):
    data, _ = uow.write(cop.community, build_series, cop.group_id)
    return data
