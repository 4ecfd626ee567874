"""The agenda and the attendance of a root meeting, as the story needs them."""

from __future__ import annotations

from copdesk.demo.content import EXCUSE_NOTES, HISTORIC_TOPICS, IN_PERSON
from copdesk.demo.content import PHRASES as P
from copdesk.demo.state import Demo, Plan, Spec
from copdesk.demo.store import Row
from copdesk.model import entities as E
from copdesk.model.tables import AgendaKind, AttendanceStatus

AgendaLine = tuple[str, AgendaKind, str, int, int | None, int | None]
"""key, kind, title, minutes, presenter id, topic id"""


def attendance_for(d: Demo, plan: Plan) -> list[int]:
    """Attendance rows for a held meeting (once); returns who attended."""
    if "attendees" in plan:
        attended: list[int] = plan["attendees"]
        return attended
    rng, day, roles = d.rng, plan["date"], plan["roles"]
    attendees: list[int] = []
    for p in d.people:
        if not d.was_member(p, day):
            continue
        note = ""
        if p["id"] in (roles["mod"], roles["co"], roles["prot"]):
            status = AttendanceStatus.ATTENDED
        elif absent := d.is_absent(p["id"], day):
            status, note = AttendanceStatus.EXCUSED, absent
        else:
            r = rng.random()
            if r < 0.80:
                status = AttendanceStatus.ATTENDED
            elif r < 0.94:
                status, note = AttendanceStatus.EXCUSED, rng.choice(EXCUSE_NOTES)
            else:
                status = AttendanceStatus.DECLINED
        d.db.add(
            E.Attendance,
            meeting_id=plan["row"]["id"],
            member_id=p["id"],
            status=status.value,
            note=note,
        )
        if status == AttendanceStatus.ATTENDED:
            attendees.append(p["id"])
    plan["attendees"] = attendees
    return attendees


def agenda(d: Demo, plan: Plan) -> dict[str, Row]:
    meeting_id = plan["row"]["id"]
    items: list[AgendaLine] = []
    A = AgendaKind
    topic_items: list[tuple[tuple[str, str], Spec | None]] = []
    if plan["held"] and plan["row"]["start_at"] < d.era_start and plan["fmt"] == "topics":
        topic_items = [(historic_topic(d), None) for _ in range(2)]
    elif plan["fmt"] == "topics":
        topic_items = [((s["title"], s["takeaway"]), s) for s in plan["topics"]]

    def presenter(spec: Spec | None) -> int:
        """Whoever proposed the topic, if they were there; else the moderator."""
        if spec:
            proposer = spec["row"]["proposed_by_id"]
            if proposer in plan.get("attendees", [proposer]):
                return int(proposer)
        return int(plan["roles"]["mod"])

    if plan["quarter"] == IN_PERSON:
        items = [
            ("check_in", A.CHECK_IN, P["agenda_arrival"], 30, None, None),
            ("news", A.OTHER, P["agenda_news"], 30, None, None),
            (
                "workshop",
                A.TOPIC,
                P["agenda_workshop"],
                75,
                plan["roles"]["mod"],
                None,
            ),
            ("lunch", A.BREAK, P["agenda_lunch"], 60, None, None),
            ("lc", A.LEAN_COFFEE, P["agenda_lean_coffee"], 60, None, None),
            ("next", A.OTHER, P["agenda_next"], 15, None, None),
            ("check_out", A.CHECK_OUT, P["check_out"], 30, None, None),
        ]
    elif not plan["held"]:
        ai, future = plan["topics"]
        items = [
            ("check_in", A.CHECK_IN, P["agenda_check_in"], 15, None, None),
            ("news", A.OTHER, P["agenda_news"], 15, None, None),
            (
                "t0",
                A.TOPIC,
                P["agenda_input"].format(title=ai["title"]),
                35,
                ai["row"]["proposed_by_id"],
                ai["row"]["id"],
            ),
            (
                "t1",
                A.TOPIC,
                future["title"],
                25,
                future["row"]["proposed_by_id"],
                future["row"]["id"],
            ),
            ("break", A.BREAK, P["agenda_break"], 5, None, None),
            ("next", A.OTHER, P["agenda_next"], 10, None, None),
            ("check_out", A.CHECK_OUT, P["check_out"], 15, None, None),
        ]
    else:
        items = [
            ("check_in", A.CHECK_IN, P["agenda_check_in"], 15, None, None),
            ("news", A.OTHER, P["agenda_news"], 15, None, None),
        ]
        if topic_items:
            for k, ((title, _takeaway), spec) in enumerate(topic_items):
                items.append(
                    (
                        f"t{k}",
                        A.TOPIC,
                        title,
                        30,
                        presenter(spec),
                        spec["row"]["id"] if spec else None,
                    )
                )
            plan["historic"] = [t for t, s in topic_items if s is None]
        else:
            items.append(("lc", A.LEAN_COFFEE, P["agenda_lean_coffee"], 60, None, None))
        items += [
            ("break", A.BREAK, P["agenda_break"], 5, None, None),
            ("next", A.OTHER, P["agenda_next"], 10, None, None),
            ("check_out", A.CHECK_OUT, P["check_out"], 15, None, None),
        ]
    rows: dict[str, Row] = {}
    for pos, (key, kind, title, minutes, presenter_id, topic_id) in enumerate(items):
        rows[key] = d.db.add(
            E.AgendaItem,
            meeting_id=meeting_id,
            position=pos,
            kind=kind.value,
            title=title,
            minutes=minutes,
            presenter_id=presenter_id,
            topic_id=topic_id,
        )
    return rows


def historic_topic(d: Demo) -> tuple[str, str]:
    item = HISTORIC_TOPICS[d.historic_no % len(HISTORIC_TOPICS)]
    d.historic_no += 1
    return item
