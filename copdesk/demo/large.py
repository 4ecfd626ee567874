"""The large demo: bulk organisations, members, sub-groups, meetings and topics on top of
the small story (100 organisations, 5,000 members, 2,000 meetings, 20,000 topics), for
performance work. Names and subjects come from ``data/large.json``."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from copdesk.demo.content import (
    ABSENCE_NOTES,
    ACTIONS,
    ASPECTS,
    BBB,
    CITIES,
    DECISIONS,
    FEMALE_FUNCTIONS,
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    FOUNDED,
    FUNCTIONS,
    LAST_NAMES,
    ORGANISATIONS,
    SUBGROUPS,
    SUBJECTS,
    TAGS,
    TEAMS,
    TOPICS,
    WEBEX,
    ZOOM,
    M,
    U,
)
from copdesk.demo.content import PHRASES as P
from copdesk.demo.formatting import DAY, WEEK, ascii_slug, at, drama_number
from copdesk.demo.state import Demo
from copdesk.demo.store import Row
from copdesk.demo.video import OrgInfo, meeting_video, video_details
from copdesk.model import entities as E
from copdesk.model.tables import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    MeetingFormat,
    MeetingStatus,
    NoteKind,
    RotationKind,
    RotationRole,
    TopicStatus,
)

LARGE_ORGANISATIONS = 100
LARGE_MEMBERS = 5000
LARGE_MEETINGS = 2000
LARGE_TOPICS = 20000
LARGE_SUBGROUPS = 20


@dataclass
class SubGroup:
    """One bulk sub-group while its meetings and topics are generated."""

    row: Row
    dates: list[dt.date]
    members: list[Row]
    host: Row
    start: str
    end: str
    held: list[tuple[dt.date, int]] = field(default_factory=list)  # day, meeting id


class LargeCommunity:
    """Bulk extras on top of the small demo: organisations, members, sub-groups, topics."""

    def __init__(self, demo: Demo) -> None:
        self.d = demo
        self.rng = demo.rng
        self.db = demo.db
        self.today = demo.today
        self.orgs: list[Row] = []
        self.people: list[Row] = []
        self.active: list[Row] = []
        self.groups: list[SubGroup] = []

    def build(self, report: Callable[[float], None]) -> None:
        self.organisations()
        self.members()
        report(0.15)
        self.absences()
        self.subgroups()
        report(0.3)
        self.meetings(report)
        report(0.75)
        self.topics()
        report(1.0)

    def random_day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(max(1, (end - start).days)))

    def organisations(self) -> None:
        d = self.d
        self.orgs = list(d.orgs)
        need = LARGE_ORGANISATIONS - len(self.orgs)
        names = [(P["large_city"].format(city=c), M, s, c) for c, s in CITIES]
        names += [(P["large_utility"].format(city=c), U, s, c) for c, s in CITIES]
        tools = (TEAMS, TEAMS, WEBEX, ZOOM, BBB)
        for n, (name, kind, state, city) in enumerate(names[:need]):
            prefix = "sw-" if kind == U else ""
            domain = f"{prefix}{ascii_slug(city.split(' (')[0])}.example"
            tool = self.rng.choice(tools)
            video = video_details(self.rng, tool, domain, 900 + (n % 100))
            row = self.db.add(
                E.Organisation,
                name=name,
                kind=kind,
                state=state,
                city=city,
                video_tool=tool,
                video_link=video.link,
                video_dialin=video.dialin,
                video_text=video.text,
                notes="",
                created_at=at(self.random_day(FOUNDED, self.today), "09:00"),
            )
            d.org_info[row["id"]] = OrgInfo(domain, video.code, video.pin)
            self.orgs.append(row)

    def members(self) -> None:
        rng, d = self.rng, self.d
        extra_orgs = self.orgs[len(ORGANISATIONS) :]
        self.people = list(d.people)
        seen = {p["email"] for p in self.people}
        phones = (n for n in range(5000) if drama_number(n) not in {p["phone"] for p in d.people})
        latest = self.today - 2 * WEEK
        for _ in range(len(self.people), LARGE_MEMBERS):
            female = rng.random() < 0.6
            first = rng.choice(FIRST_NAMES_F if female else FIRST_NAMES_M)
            last = rng.choice(LAST_NAMES)
            org = rng.choice(extra_orgs)
            joined = self.random_day(dt.date(2020, 3, 1), latest)
            left = None
            if rng.random() < 0.07:
                left = self.random_day(joined + 30 * DAY, self.today)
            function = rng.choice(FUNCTIONS)
            if female:
                function = FEMALE_FUNCTIONS.get(function, function)
            offers = ", ".join(rng.sample(TAGS, 2))
            seeks = ", ".join(rng.sample(TAGS, 2))
            row = d.member_row(
                first,
                last,
                org,
                function,
                offers,
                seeks,
                joined,
                rng.random() < 0.95,
                left,
                next(phones),
            )
            email = row["email"]
            k = 2
            while row["email"] in seen:
                local, domain = email.split("@")
                row["email"] = f"{local}{k}@{domain}"
                k += 1
            seen.add(row["email"])
            self.people.append(row)
            self.db.add(
                E.GroupMembership,
                group_id=d.root_id,
                member_id=row["id"],
                joined_on=joined,
                left_on=left,
            )
        self.active = [p for p in self.people[len(d.people) :] if p["active"]]

    def absences(self) -> None:
        rng = self.rng
        for p in rng.sample(self.people[len(self.d.people) :], 2400):
            start = self.random_day(
                max(p["joined_on"], dt.date(2022, 1, 1)), self.today + 26 * WEEK
            )
            if rng.random() < 0.04:
                end, note = (
                    start + dt.timedelta(days=rng.randint(90, 365)),
                    P["large_parental_leave"],
                )
            else:
                end, note = start + dt.timedelta(days=rng.randint(2, 20)), rng.choice(ABSENCE_NOTES)
            self.db.add(E.Absence, member_id=p["id"], start_on=start, end_on=end, note=note)

    def subgroups(self) -> None:
        rng = self.rng
        existing = len(self.db.rows[E.Meeting])
        remaining = LARGE_MEETINGS - existing
        names = SUBGROUPS[:LARGE_SUBGROUPS]
        for n, name in enumerate(names):
            count = remaining // len(names) + (1 if n < remaining % len(names) else 0)
            interval = rng.choice((1, 2, 2))
            iso_weekday = rng.choice((2, 3, 4, 2, 3, 4, 1, 5))
            start_time = rng.choice(("08:30", "09:00", "10:00", "13:00", "14:00", "15:00"))
            minutes = rng.choice((60, 60, 90))
            # the meetings end a few weeks ahead; the first one decides when the group began
            future = rng.randint(2, 4)
            anchor = self.today + dt.timedelta(days=rng.randint(1, 10))
            anchor += dt.timedelta(days=(iso_weekday - 1 - anchor.weekday()) % 7)
            step = interval * WEEK
            dates = [anchor + (k - (count - future)) * step for k in range(count)]
            founded = dates[0] - 2 * WEEK
            pool = [p for p in self.active if p["joined_on"] <= founded]
            members = rng.sample(pool, rng.randint(10, 35))
            lead = members[0]
            h, m = (int(x) for x in start_time.split(":"))
            end_time = f"{(h * 60 + m + minutes) // 60:02d}:{(m + minutes) % 60:02d}"
            row = self.db.add(
                E.Group,
                name=name,
                parent_id=self.d.root_id,
                description=P["large_group_description"].format(weeks=interval),
                cadence_unit="week",
                cadence_interval=interval,
                preferred_weekdays=str(iso_weekday),
                window_start=start_time,
                window_end=end_time,
                default_minutes=minutes,
                active=True,
                created_at=at(founded, "12:00"),
            )
            for p in members:
                self.db.add(
                    E.GroupMembership,
                    group_id=row["id"],
                    member_id=p["id"],
                    joined_on=founded,
                    left_on=None,
                )
            for role in (RotationRole.MODERATOR, RotationRole.PROTOCOL):
                self.db.add(
                    E.RotationRule,
                    group_id=row["id"],
                    role=role.value,
                    enabled=True,
                    min_attended=1,
                    excluded_member_ids="",
                )
            host = next(o for o in self.orgs if o["id"] == lead["organisation_id"])
            self.groups.append(SubGroup(row, dates, members, host, start_time, end_time))

    def meetings(self, report: Callable[[float], None]) -> None:
        rng, d = self.rng, self.d
        A, N, S = AgendaKind, NoteKind, MeetingStatus
        att_choices = (
            (AttendanceStatus.ATTENDED.value,) * 17
            + (AttendanceStatus.EXCUSED.value,) * 2
            + (AttendanceStatus.DECLINED.value,)
        )
        for g_no, g in enumerate(self.groups):
            gid = g.row["id"]
            members = g.members
            video = meeting_video(rng, g.host, d.org_info[g.host["id"]])
            first_future = True
            for k, day in enumerate(g.dates):
                held = day < self.today
                status = S.HELD if held else (S.INVITED if first_future else S.PLANNED)
                if not held:
                    first_future = False
                christmas = (day.month, day.day) >= (12, 23) or (day.month, day.day) <= (1, 1)
                if (
                    d.is_holiday(day, g.host["state"])
                    or christmas
                    or (held and rng.random() < 0.03)
                ):
                    status = S.CANCELLED
                moderator = members[k % len(members)]
                writer = members[(k + 1) % len(members)]
                start, end = at(day, g.start), at(day, g.end)
                meeting = self.db.add(
                    E.Meeting,
                    group_id=gid,
                    title=P["large_meeting"].format(group=g.row["name"], number=k + 1),
                    start_at=start,
                    end_at=end,
                    tz="Europe/Berlin",
                    format=MeetingFormat.ONLINE.value,
                    place="",
                    host_org_id=g.host["id"],
                    moderator_id=moderator["id"],
                    co_moderator_id=None,
                    protocol_writer_id=writer["id"],
                    status=status.value,
                    notes=P["large_cancelled"] if status == S.CANCELLED else "",
                    ics_sequence=0 if status in (S.HELD, S.INVITED) else None,
                    update_due=False,
                    vote_budget=None,
                    timebox_minutes=8,
                    extension_minutes=4,
                    created_at=start - 3 * WEEK,
                    **video,
                )
                meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
                lc = rng.random() < 0.5
                mid_minutes = g.row["default_minutes"] - 20
                items = [
                    self.db.add(
                        E.AgendaItem,
                        meeting_id=meeting["id"],
                        position=pos,
                        kind=kind.value,
                        title=title,
                        minutes=mins,
                        presenter_id=None,
                        topic_id=None,
                    )
                    for pos, (kind, title, mins) in enumerate(
                        (
                            (A.CHECK_IN, P["check_in"], 10),
                            (A.LEAN_COFFEE, P["agenda_lean_coffee"], mid_minutes)
                            if lc
                            else (
                                A.TOPIC,
                                P["large_topic"].format(
                                    subject=rng.choice(SUBJECTS), aspect=rng.choice(ASPECTS)
                                ),
                                mid_minutes,
                            ),
                            (A.CHECK_OUT, P["check_out"], 10),
                        )
                    )
                ]
                if status != S.HELD:
                    continue
                g.held.append((day, meeting["id"]))
                for p in members:
                    st = (
                        AttendanceStatus.ATTENDED.value
                        if p in (moderator, writer)
                        else rng.choice(att_choices)
                    )
                    self.db.add(
                        E.Attendance,
                        meeting_id=meeting["id"],
                        member_id=p["id"],
                        status=st,
                        note="",
                    )
                self.db.add(
                    E.MinutesNote,
                    meeting_id=meeting["id"],
                    agenda_item_id=items[1]["id"],
                    topic_id=None,
                    member_id=None,
                    kind=N.TAKEAWAY.value,
                    text=rng.choice(TOPICS).takeaway,
                    private=False,
                    position=0,
                )
                if rng.random() < 0.1:
                    self.db.add(
                        E.Decision,
                        meeting_id=meeting["id"],
                        agenda_item_id=items[1]["id"],
                        topic_id=None,
                        text=rng.choice(DECISIONS),
                        position=0,
                    )
                if rng.random() < 0.3:
                    due = day + dt.timedelta(days=rng.randint(14, 42))
                    done = due < self.today - 2 * WEEK and rng.random() < 0.85
                    self.db.add(
                        E.ActionItem,
                        meeting_id=meeting["id"],
                        agenda_item_id=items[1]["id"],
                        topic_id=None,
                        owner_id=rng.choice(members)["id"],
                        description=rng.choice(ACTIONS),
                        due_on=due,
                        status=(ActionStatus.DONE if done else ActionStatus.OPEN).value,
                        done_on=min(due, self.today - DAY) if done else None,
                        carried_from_id=None,
                    )
                for role, person in (
                    (RotationRole.MODERATOR, moderator),
                    (RotationRole.PROTOCOL, writer),
                ):
                    self.db.add(
                        E.RotationRecord,
                        group_id=gid,
                        meeting_id=meeting["id"],
                        role=role.value,
                        kind=RotationKind.TURN.value,
                        member_id=person["id"],
                        organisation_id=None,
                        other_member_id=None,
                        reason="",
                        created_at=end,
                    )
                if day < self.today - 3 * WEEK and rng.random() < 0.5:
                    self.db.add(
                        E.ProtocolVersion,
                        meeting_id=meeting["id"],
                        number=1,
                        finalised_at=end + dt.timedelta(days=rng.randint(2, 14)),
                        snapshot="{}",
                        changes="",
                    )
            report(0.3 + 0.45 * (g_no + 1) / len(self.groups))

    def topics(self) -> None:
        rng, d = self.rng, self.d
        existing = len(self.db.rows[E.Topic])
        remaining = LARGE_TOPICS - existing
        per_group = remaining * 3 // 10 // len(self.groups)
        root_held = [(p["date"], p["row"]["id"]) for p in d.held]
        targets = [
            (
                d.root_id,
                remaining - per_group * len(self.groups),
                self.people[:],
                root_held,
                FOUNDED,
            )
        ]
        for g in self.groups:
            targets.append((g.row["id"], per_group, g.members, g.held, g.dates[0] - 2 * WEEK))
        tag_ids = list(d.tag_ids.values())
        T = TopicStatus
        for gid, count, people, held, founded in targets:
            held_days = [day for day, _ in held]
            group_topics: list[Row] = []
            for _ in range(count):
                proposer = rng.choice(people)
                start = max(founded, proposer["joined_on"])
                proposed = self.random_day(start, self.today)
                r = rng.random()
                status, meeting_id, merged_into = T.OPEN, None, None
                later = bisect.bisect_right(held_days, proposed)
                if r < 0.2 and later < len(held):
                    status = T.DISCUSSED
                    meeting_id = held[rng.randrange(later, len(held))][1]
                elif r < 0.27:
                    status = T.PARKED
                elif r < 0.29 and group_topics:
                    status = T.MERGED
                    merged_into = rng.choice(group_topics[-50:])["id"]
                row = self.db.add(
                    E.Topic,
                    group_id=gid,
                    title=P["large_topic"].format(
                        subject=rng.choice(SUBJECTS), aspect=rng.choice(ASPECTS)
                    ),
                    description="",
                    proposed_by_id=proposer["id"],
                    proposed_on=proposed,
                    status=status.value,
                    times_deferred=rng.choice((0, 0, 0, 0, 1, 1, 2, 3, 4)),
                    discussed_meeting_id=meeting_id,
                    merged_into_id=merged_into,
                    created_at=at(proposed, "10:00"),
                )
                group_topics.append(row)
                for tag in rng.sample(tag_ids, rng.choice((1, 1, 2))):
                    self.db.add(E.TopicTag, topic_id=row["id"], tag_id=tag)
                if meeting_id is not None:
                    self.db.add(
                        E.TopicVote,
                        topic_id=row["id"],
                        meeting_id=meeting_id,
                        member_id=None,
                        count=rng.randint(1, 9),
                    )
