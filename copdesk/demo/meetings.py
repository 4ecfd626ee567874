"""Step two: the quarterly root meetings since 2020, their hosts and rotating roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from copdesk.demo.content import HOST_OFFSET, HYBRID, IN_PERSON, PHRASES, SWAP_AT
from copdesk.demo.formatting import DAY, WEEK, at
from copdesk.demo.state import Demo, Plan
from copdesk.demo.store import Row
from copdesk.demo.video import meeting_video
from copdesk.model import entities as E
from copdesk.model.tables import (
    MeetingFormat,
    MeetingStatus,
    RotationKind,
    RotationRole,
    VideoTool,
)

Roles = dict[str, Any]
"""Member ids under "mod", "co", "prot"; under "swap" the member row who swapped, or None."""
LastTurns = dict[str, dict[int, int]]
"""Per role: member id -> index of the meeting of their last turn."""


def quarter_date(d: Demo, year: int, quarter: int) -> dt.date:
    months = {1: (2, 3), 2: (5, 6), 3: (9,), 4: (11,)}[quarter]
    month = 3 if (year, quarter) == (2020, 1) else d.rng.choice(months)
    days = [dt.date(year, month, n) for n in range(5, 26)]
    return d.rng.choice([day for day in days if d.good_day(day)])


def pick_roles(d: Demo, i: int, day: dt.date, host_idx: int, prev: Roles, last: LastTurns) -> Roles:
    """Moderation from the host organisation (last co-moderation first), co-moderation
    from the next host, protocol by whoever wrote it least recently."""
    available = [p for p in d.people if d.was_member(p, day) and not d.is_absent(p["id"], day)]

    def order(cands: list[Row], role: str) -> list[Row]:
        return sorted(cands, key=lambda p: (last[role].get(p["id"], -1), p["joined_on"], p["id"]))

    host_org = d.orgs[host_idx]["id"]
    next_org = d.orgs[(host_idx + 1) % len(d.orgs)]["id"]
    host_people = [
        p for p in available if p["organisation_id"] == host_org and p["id"] != prev.get("mod")
    ]
    cands = order(host_people, "mod") or order(
        [p for p in available if p["id"] != prev.get("mod")], "mod"
    )
    cands.sort(key=lambda p: p["id"] != prev.get("co"))  # stable: keeps the rotation order
    moderator = cands[0]
    swap = None
    if len(cands) > 1 and (day.year, (day.month - 1) // 3 + 1) == SWAP_AT:
        swap, moderator = moderator, cands[1]
    co = (
        order(
            [
                p
                for p in available
                if p["organisation_id"] == next_org and p["id"] != moderator["id"]
            ],
            "co",
        )
        or order([p for p in available if p["id"] != moderator["id"]], "co")
    )[0]
    taken = (moderator["id"], co["id"], prev.get("prot"), swap["id"] if swap else None)
    protocol = order([p for p in available if p["id"] not in taken], "prot")[0]
    for role, person in (("mod", moderator), ("co", co), ("prot", protocol)):
        last[role][person["id"]] = i
    return {"mod": moderator["id"], "co": co["id"], "prot": protocol["id"], "swap": swap}


def root_meetings(d: Demo) -> None:
    quarters = []
    y, q = 2020, 1
    current = (d.today.year, (d.today.month - 1) // 3 + 1)
    while (y, q) < current:
        quarters.append((y, q))
        y, q = (y + 1, 1) if q == 4 else (y, q + 1)
    last: LastTurns = {"mod": {}, "co": {}, "prot": {}}
    prev: Roles = {}
    for i, (year, quarter) in enumerate(quarters):
        day = quarter_date(d, year, quarter)
        plan = plan_meeting(d, i, day, (year, quarter), prev, last, held=True)
        d.held.append(plan)
        prev = plan["roles"]
    # the next meeting: 1–2 months ahead, on the day the fewest members are away
    days = [d.today + dt.timedelta(days=k) for k in range(30, 61)]
    days = [day for day in days if d.good_day(day)]
    busy = {
        day: sum(
            1
            for p in d.people
            if p["active"]
            and d.is_absent(p["id"], day)
            and not d.is_absent(p["id"], day + dt.timedelta(days=40))
        )
        for day in days
    }
    fewest = min(busy.values())
    day = d.rng.choice([day for day in days if busy[day] == fewest])
    d.next = plan_meeting(
        d, len(quarters), day, (day.year, (day.month - 1) // 3 + 1), prev, last, held=False
    )


def plan_meeting(
    d: Demo,
    i: int,
    day: dt.date,
    quarter: tuple[int, int],
    prev: Roles,
    last: LastTurns,
    *,
    held: bool,
) -> Plan:
    host_idx = (i + HOST_OFFSET) % len(d.orgs)
    host = d.orgs[host_idx]
    roles = pick_roles(d, i, day, host_idx, prev, last)
    title = PHRASES["meeting_title"].format(quarter=quarter[1], year=quarter[0])
    fmt, place, notes = MeetingFormat.ONLINE.value, "", ""
    video = meeting_video(d.rng, host, d.org_info[host["id"]])
    start, end = at(day, "14:00"), at(day, "16:00")
    if quarter == IN_PERSON:
        fmt = MeetingFormat.IN_PERSON.value
        title += PHRASES["in_person_title"]
        place = PHRASES["in_person_place"]
        notes = PHRASES["in_person_notes"]
        video = {
            "video_tool": VideoTool.NONE.value,
            "join_url": "",
            "meeting_code": "",
            "passcode": "",
            "dialin": "",
        }
        start, end = at(day, "10:00"), at(day, "15:00")
    elif quarter == HYBRID:
        fmt = MeetingFormat.HYBRID.value
        place = PHRASES["hybrid_place"]
        notes = PHRASES["hybrid_notes"]
    if i == 0:
        title = PHRASES["first_meeting_title"]
    meeting = d.db.add(
        E.Meeting,
        group_id=d.root_id,
        title=title,
        start_at=start,
        end_at=end,
        tz="Europe/Berlin",
        format=fmt,
        place=place,
        host_org_id=host["id"],
        moderator_id=roles["mod"],
        co_moderator_id=roles["co"],
        protocol_writer_id=roles["prot"],
        status=(MeetingStatus.HELD if held else MeetingStatus.PLANNED).value,
        notes=notes,
        ics_sequence=None,
        update_due=False,
        vote_budget=None,
        timebox_minutes=8,
        extension_minutes=4,
        created_at=min(start - 8 * WEEK, at(d.today, "09:00")),
        **video,
    )
    meeting["ics_uid"] = f"demo-{meeting['id']}@copdesk"
    plan = {
        "i": i,
        "date": day,
        "quarter": quarter,
        "row": meeting,
        "roles": roles,
        "host": host,
        "fmt": "lc",
        "topics": [],
        "held": held,
    }
    if roles["swap"] is not None:
        due = roles["swap"]
        d.add_absence(due["id"], day - 3 * DAY, day + 8 * DAY, PHRASES["swap_absence"])
        d.db.add(
            E.RotationRecord,
            group_id=d.root_id,
            meeting_id=meeting["id"],
            role=RotationRole.MODERATOR.value,
            kind=RotationKind.SWAP.value,
            member_id=roles["mod"],
            other_member_id=due["id"],
            reason=PHRASES["swap_reason"].format(
                due=f"{due['first_name']} {due['last_name']}", moderator=d.name(roles["mod"])
            ),
            created_at=start - 5 * WEEK,
        )
    return plan
