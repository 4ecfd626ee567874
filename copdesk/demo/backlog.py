"""Step three: the topic backlog and what the last meetings did with it (a small simulation).

Topics are proposed over the months before each meeting; the five meetings since the backlog
is kept here chose theirs by Lean Coffee votes (or by appeal), deferred the rest and parked
what kept losing.
"""

from __future__ import annotations

import datetime as dt

from copdesk.demo.agenda import attendance_for
from copdesk.demo.content import (
    IN_PERSON,
    MERGED_TOPIC,
    PLANNED_TOPICS,
    TAGS,
    TOOL_ERA_MEETINGS,
    TOPICS,
    WOL_FIRST_CIRCLE,
)
from copdesk.demo.formatting import DAY, WEEK, at
from copdesk.demo.state import Demo, Spec
from copdesk.model import entities as E
from copdesk.model.tables import TopicStatus


def topics(d: Demo) -> None:
    """The backlog and what happened to it in the last meetings (a small simulation)."""
    rng = d.rng
    for name in TAGS:
        d.tag_ids[name] = d.db.add(E.Tag, name=name)["id"]
    era = d.held[-TOOL_ERA_MEETINGS:]
    for plan in d.held:
        if plan is era[-1] or plan["quarter"] == IN_PERSON:
            plan["fmt"] = "lc"
        else:  # Lean Coffee became the standard format once the backlog was kept here
            plan["fmt"] = "lc" if rng.random() < (0.75 if plan in era else 0.6) else "topics"
    first = era[0]["date"] - dt.timedelta(days=200)
    last_day = d.today - 3 * DAY
    span = (last_day - first).days
    specs: dict[str, Spec] = {}
    for key, title, description, tags, takeaway in TOPICS:
        specs[key] = {
            "key": key,
            "title": title,
            "description": description,
            "tags": tags,
            "takeaway": takeaway,
            "appeal": rng.uniform(0.2, 2.0),
            "date": first + dt.timedelta(days=rng.randrange(span)),
        }
    specs["ai"]["date"] = first + dt.timedelta(days=12)
    specs["ai"]["appeal"] = 2.5
    specs["futureskills"]["date"] = min(era[-1]["date"] + 9 * DAY, last_day)
    wol_start = d.wol_start_day()
    specs["wol"]["date"] = max(specs["wol"]["date"], wol_start + 10 * WEEK)
    merged, target = MERGED_TOPIC
    later = specs[target]["date"] + dt.timedelta(days=rng.randrange(30, 90))
    specs[merged]["date"] = min(later, last_day)
    ordered = sorted(specs.values(), key=lambda s: (s["date"], s["key"]))
    wol_people = [d.people[n] for n in WOL_FIRST_CIRCLE]
    for spec in ordered:
        pool = wol_people if spec["key"] == "wol" else d.people
        proposers = [p for p in pool if d.was_member(p, spec["date"])]
        proposer = rng.choice(proposers)
        row = d.db.add(
            E.Topic,
            group_id=d.root_id,
            title=spec["title"],
            description=spec["description"],
            proposed_by_id=proposer["id"],
            proposed_on=spec["date"],
            status=TopicStatus.OPEN.value,
            times_deferred=0,
            discussed_meeting_id=None,
            merged_into_id=None,
            created_at=at(spec["date"], "10:15"),
        )
        spec["row"] = row
        d.topic_rows[spec["key"]] = row
        for tag in spec["tags"]:
            d.db.add(E.TopicTag, topic_id=row["id"], tag_id=d.tag_ids[tag])
    specs[merged]["row"]["status"] = TopicStatus.MERGED.value
    specs[merged]["row"]["merged_into_id"] = specs[target]["row"]["id"]
    d.specs = specs

    for plan in era:
        day = plan["date"]
        attendees = plan["attendees"] = attendance_for(d, plan)
        cands = [
            s
            for s in ordered
            if s["date"] < day - 2 * DAY and s["row"]["status"] == TopicStatus.OPEN.value
        ]
        if plan["fmt"] == "topics":
            chosen = sorted(
                (s for s in cands if s["key"] not in PLANNED_TOPICS),
                key=lambda s: (-s["appeal"], s["row"]["id"]),
            )[:2]
            plan["topics"] = chosen
        else:
            plan["row"]["vote_budget"] = 3
            votes: dict[str, dict[int, int]] = {s["key"]: {} for s in cands}
            for member_id in attendees:
                for _ in range(3):
                    pick = rng.choices(cands, weights=[s["appeal"] for s in cands])[0]
                    votes[pick["key"]][member_id] = votes[pick["key"]].get(member_id, 0) + 1
            total = {k: sum(v.values()) for k, v in votes.items()}
            board = sorted(cands, key=lambda s: (-total[s["key"]], s["row"]["id"]))
            if plan["quarter"] == IN_PERSON:
                n = 4
            else:
                n = 3 if plan is era[-1] else rng.choice((2, 3))
            plan["topics"] = [s for s in board if s["key"] not in PLANNED_TOPICS][:n]
            plan["board"] = board
            plan["votes"] = votes
            per_person = plan is era[-1]
            for s in board:
                if per_person:
                    for member_id, count in sorted(votes[s["key"]].items()):
                        d.db.add(
                            E.TopicVote,
                            topic_id=s["row"]["id"],
                            meeting_id=plan["row"]["id"],
                            member_id=member_id,
                            count=count,
                        )
                elif total[s["key"]]:
                    d.db.add(
                        E.TopicVote,
                        topic_id=s["row"]["id"],
                        meeting_id=plan["row"]["id"],
                        member_id=None,
                        count=total[s["key"]],
                    )
            for s in board:
                if s not in plan["topics"]:
                    s["row"]["times_deferred"] += 1
        for s in plan["topics"]:
            s["row"]["status"] = TopicStatus.DISCUSSED.value
            s["row"]["discussed_meeting_id"] = plan["row"]["id"]
        if plan["fmt"] == "lc":  # the group parks what keeps losing the vote
            for s in plan["board"]:
                deferred = s["row"]["times_deferred"]
                if (
                    s["row"]["status"] == TopicStatus.OPEN.value
                    and s["key"] not in PLANNED_TOPICS
                    and (deferred >= 4 or (deferred == 3 and rng.random() < 0.25))
                ):
                    s["row"]["status"] = TopicStatus.PARKED.value
    for key in PLANNED_TOPICS:
        specs[key]["row"]["status"] = TopicStatus.PLANNED.value
    d.next["topics"] = [specs[k] for k in PLANNED_TOPICS]
