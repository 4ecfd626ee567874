"""Step four: the minutes of the held root meetings, with decisions, action items, the
last Lean Coffee's board and timer log, the protocol versions and the invitations sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from copdesk.demo.agenda import agenda, attendance_for, historic_topic
from copdesk.demo.content import (
    ACTIONS,
    CHECK_INS,
    CHECK_OUTS,
    DECISIONS,
    GUESTS,
    HYBRID,
    IN_PERSON,
    NEWS,
    PRIVATE_CHECK_INS,
    TOOL_ERA_MEETINGS,
    TOOL_LABEL,
)
from copdesk.demo.content import PHRASES as P
from copdesk.demo.formatting import DAY, WEEK, at, de_date, local_time
from copdesk.demo.state import Demo, Plan, Spec
from copdesk.demo.store import Row
from copdesk.model import entities as E
from copdesk.model.tables import (
    ActionStatus,
    BoardColumn,
    MeetingFormat,
    NoteKind,
    RotationKind,
    RotationRole,
)

Discussed = tuple[str, str, Spec | None]
"""title, takeaway, and the backlog topic (None: a topic from before the backlog)"""


def minutes(d: Demo) -> None:
    rng = d.rng
    d.historic_no = 0
    d.decision_no = 0
    d.action_no = 0
    d.era_start = d.held[-TOOL_ERA_MEETINGS]["row"]["start_at"]
    wol_start = d.wol_start_day()
    wol_founding = max(
        (p for p in d.held if p["date"] < wol_start - 2 * WEEK), key=lambda p: p["date"]
    )
    last_index = len(d.held) - 1
    for plan in d.held:
        i, day, roles, meeting = plan["i"], plan["date"], plan["roles"], plan["row"]
        attendees = attendance_for(d, plan)
        items = agenda(d, plan)
        pos = iter(range(1000))

        def note(
            kind: NoteKind,
            text_: str,
            item: str | None = None,
            member_id: int | None = None,
            topic_id: int | None = None,
            private: bool = False,
            meeting: Row = meeting,
            items: dict[str, Row] = items,
            pos: Iterator[int] = pos,
        ) -> None:
            d.db.add(
                E.MinutesNote,
                meeting_id=meeting["id"],
                agenda_item_id=items[item]["id"] if item else None,
                topic_id=topic_id,
                member_id=member_id,
                kind=kind.value,
                text=text_,
                private=private,
                position=next(pos),
            )

        N = NoteKind
        for member_id in rng.sample(attendees, min(len(attendees), rng.randint(3, 5))):
            if rng.random() < 0.08:
                note(
                    N.CHECK_IN,
                    rng.choice(PRIVATE_CHECK_INS),
                    "check_in",
                    member_id,
                    private=True,
                )
            else:
                note(N.CHECK_IN, rng.choice(CHECK_INS), "check_in", member_id)
        present_orgs = sorted({p["organisation_id"] for p in d.people if p["id"] in attendees})
        for org_id in rng.sample(present_orgs, min(len(present_orgs), rng.randint(1, 3))):
            org = next(o for o in d.orgs if o["id"] == org_id)
            note(
                N.NOTE,
                P["news_note"].format(organisation=org["name"], news=rng.choice(NEWS)),
                "news",
            )
        # the topics
        discussed: list[Discussed] = []
        if plan["topics"]:
            discussed = [(s["title"], s["takeaway"], s) for s in plan["topics"]]
        elif "historic" in plan:
            discussed = [(t, w, None) for t, w in plan["historic"]]
        else:  # a Lean Coffee before the backlog was kept here
            discussed = [(*historic_topic(d), None) for _ in range(3)]
        for k, (title, takeaway, spec) in enumerate(discussed):
            item = f"t{k}" if f"t{k}" in items else "lc"
            topic_id = spec["row"]["id"] if spec else None
            if rng.random() < 0.5:
                note(
                    N.NOTE,
                    P["topic_exchange"].format(title=title, count=rng.randint(2, 5)),
                    item,
                    topic_id=topic_id,
                )
            note(
                N.TAKEAWAY,
                P["historic_takeaway"].format(title=title, takeaway=takeaway)
                if spec is None
                else takeaway,
                item,
                topic_id=topic_id,
            )
        if "workshop" in items:
            note(
                N.TAKEAWAY,
                P["workshop_result"],
                "workshop",
            )
        nxt = d.held[i + 1] if i < last_index else d.next
        nr = nxt["roles"]
        if i < last_index:
            row = nxt["row"]
            if row["format"] == MeetingFormat.IN_PERSON:
                how = P["next_in_person"]
            else:
                tool = TOOL_LABEL.get(row["video_tool"], P["video_conference"])
                hybrid = row["format"] == MeetingFormat.HYBRID
                how = P["next_hybrid" if hybrid else "next_online"].format(tool=tool)
            when = P["next_when"].format(
                day=de_date(nxt["date"]),
                start=local_time(row["start_at"]),
                end=local_time(row["end_at"]),
                how=how,
            )
        else:
            when = P["next_unknown"]
        note(
            N.NOTE,
            P["next_meeting"].format(
                when=when,
                host=nxt["host"]["name"],
                moderator=d.name(nr["mod"]),
                co=d.name(nr["co"]),
                protocol=d.name(nr["prot"]),
            ),
            "next",
        )
        note(N.CHECK_OUT, rng.choice(CHECK_OUTS), "check_out")
        # decisions
        decisions: list[tuple[str, str, Spec | None]] = []
        if i == 0:
            decisions += [
                ("next", P["decision_quarterly"], None),
                ("next", P["decision_rotation"], None),
            ]
        if nxt["quarter"] == IN_PERSON:
            text_ = P["decision_in_person"]
            decisions.append(("next", text_, None))
        if nxt["quarter"] == HYBRID:
            text_ = P["decision_hybrid"]
            decisions.append(("next", text_, None))
        if plan is wol_founding:
            text_ = P["decision_wol"]
            decisions.append(("news", text_, None))
        if i == last_index:
            ai = d.specs["ai"]
            text_ = P["decision_input"].format(title=ai["title"])
            decisions.append(("next", text_, ai))
        if i > 0 and rng.random() < 0.45 and d.decision_no < len(DECISIONS):
            decisions.append(("next", DECISIONS[d.decision_no], None))
            d.decision_no += 1
        for k, (item, text_, spec) in enumerate(decisions):
            d.db.add(
                E.Decision,
                meeting_id=meeting["id"],
                agenda_item_id=items[item]["id"],
                topic_id=spec["row"]["id"] if spec else None,
                text=text_,
                position=k,
            )
        actions(d, plan, items, attendees, discussed)
        if plan["fmt"] == "lc" and i == last_index:
            lean_coffee_board(d, plan)
        # rotation history and the protocol
        end = meeting["end_at"]
        R = RotationRole
        d.db.add(
            E.RotationRecord,
            group_id=d.root_id,
            meeting_id=meeting["id"],
            role=R.HOST.value,
            kind=RotationKind.TURN.value,
            member_id=None,
            organisation_id=plan["host"]["id"],
            other_member_id=None,
            reason="",
            created_at=end,
        )
        for role, key in ((R.MODERATOR, "mod"), (R.CO_MODERATOR, "co"), (R.PROTOCOL, "prot")):
            d.db.add(
                E.RotationRecord,
                group_id=d.root_id,
                meeting_id=meeting["id"],
                role=role.value,
                kind=RotationKind.TURN.value,
                member_id=roles[key],
                organisation_id=None,
                other_member_id=None,
                reason="",
                created_at=end,
            )
        if i < last_index:
            done = day + dt.timedelta(days=rng.randint(7, 16))
            d.db.add(
                E.ProtocolVersion,
                meeting_id=meeting["id"],
                number=1,
                finalised_at=at(done, "11:00"),
                snapshot="{}",
                changes="",
            )
            if i == last_index - 3:
                d.db.add(
                    E.ProtocolVersion,
                    meeting_id=meeting["id"],
                    number=2,
                    finalised_at=at(done + 4 * DAY, "09:40"),
                    snapshot="{}",
                    changes=P["protocol_revision"],
                )
        if rng.random() < 0.25 or plan["quarter"] == IN_PERSON:
            name, org, email = GUESTS[i % len(GUESTS)]
            d.db.add(
                E.Guest,
                meeting_id=meeting["id"],
                name=name,
                organisation=org,
                email=email,
                attended=True,
            )
        if i >= last_index - 3:
            invitations(d, plan, update=(i == last_index - 1))
    agenda(d, d.next)


def actions(
    d: Demo, plan: Plan, items: dict[str, Row], attendees: list[int], discussed: list[Discussed]
) -> None:
    rng, day, meeting = d.rng, plan["date"], plan["row"]
    last_index = len(d.held) - 1
    back = last_index - plan["i"]  # 0 = the last held meeting
    todo: list[tuple[str, int, dt.date, str, Spec | None]] = [
        (protocol_action(plan), plan["roles"]["prot"], day + 2 * WEEK, "next", None)
    ]
    for _ in range(2 if back == 0 else rng.randint(1, 2)):
        k = rng.randrange(len(discussed))
        spec = discussed[k][2]
        item = f"t{k}" if f"t{k}" in items else ("lc" if "lc" in items else "next")
        todo.append(
            (
                ACTIONS[d.action_no % len(ACTIONS)],
                rng.choice(attendees),
                day + dt.timedelta(days=rng.randint(28, 56)),
                item,
                spec,
            )
        )
        d.action_no += 1
    for n, (description, owner, due, item, spec) in enumerate(todo):
        status, done_on = ActionStatus.DONE.value, None
        if back == 0 and n > 0:  # the last meeting: open, not yet due
            due = d.today + dt.timedelta(days=14 if n == 1 else 40)
            status = ActionStatus.OPEN.value
        elif back in (1, 2, 3) and n == 1:  # forgotten: open and overdue
            due = day + 6 * WEEK
            status = ActionStatus.OPEN.value
        elif due >= d.today:
            status = ActionStatus.OPEN.value
        elif n > 0 and rng.random() < 0.06:
            status = ActionStatus.CANCELLED.value
        if status == ActionStatus.DONE.value:
            done_on = min(
                max(day + DAY, due - dt.timedelta(days=rng.randint(-10, 20))),
                d.today - DAY,
            )
        d.db.add(
            E.ActionItem,
            meeting_id=meeting["id"],
            agenda_item_id=items[item]["id"],
            topic_id=spec["row"]["id"] if spec else None,
            owner_id=owner,
            description=description,
            due_on=due,
            status=status,
            done_on=done_on,
            carried_from_id=None,
        )


def protocol_action(plan: Plan) -> str:
    return P["protocol_action"].format(title=plan["row"]["title"])


def lean_coffee_board(d: Demo, plan: Plan) -> None:
    """Board and timer log of the last Lean Coffee, as the live board records them."""
    rng, meeting = d.rng, plan["row"]
    lc_start = meeting["start_at"] + dt.timedelta(minutes=40)  # after check-in, news, voting
    t = lc_start
    position = 0
    T = BoardColumn
    discussed_ids = {s["row"]["id"] for s in plan["topics"]}
    for s in plan["board"]:
        topic_id = s["row"]["id"]
        if topic_id not in discussed_ids:
            continue
        extensions = rng.choice((0, 0, 1, 1, 2))
        early = rng.random() < 0.3  # finished before the timer ran out
        seconds = 480 + 240 * extensions - (rng.randint(30, 150) if early else 0)
        d.db.add(
            E.BoardEntry,
            meeting_id=meeting["id"],
            topic_id=topic_id,
            column=T.DISCUSSED.value,
            position=position,
            seconds_used=seconds,
            extensions=extensions,
        )
        position += 1
        ev = {"meeting_id": meeting["id"], "topic_id": topic_id}
        d.db.add(E.TimeboxEvent, **ev, at=t, kind="start", minutes=8)
        box_end = t + dt.timedelta(minutes=8)
        attendees = len(plan["attendees"])
        for k in range(extensions + (0 if early else 1)):
            if k < extensions:  # most thumbs up: go on for another four minutes
                up = rng.randint(attendees // 2 + 1, attendees)
            else:  # time is up and most want to move on
                up = rng.randint(0, attendees // 3)
            side = rng.randint(0, attendees - up)
            d.db.add(
                E.TimeboxEvent,
                **ev,
                at=box_end,
                kind="thumbs",
                minutes=0,
                thumbs_up=up,
                thumbs_side=side,
                thumbs_down=attendees - up - side,
            )
            if k < extensions:
                d.db.add(E.TimeboxEvent, **ev, at=box_end, kind="extend", minutes=4)
                box_end += dt.timedelta(minutes=4)
        t += dt.timedelta(seconds=seconds)
        d.db.add(E.TimeboxEvent, **ev, at=t, kind="end", minutes=0)
        t += dt.timedelta(seconds=rng.randint(20, 60))
    for s in plan["board"]:
        if s["row"]["id"] not in discussed_ids:
            d.db.add(
                E.BoardEntry,
                meeting_id=meeting["id"],
                topic_id=s["row"]["id"],
                column=T.TO_DISCUSS.value,
                position=position,
                seconds_used=0,
                extensions=0,
            )
            position += 1
    meeting["board_closed_at"] = t  # closed right after the last topic


def invitations(d: Demo, plan: Plan, *, update: bool) -> None:
    meeting = plan["row"]
    recipients = "\n".join(p["email"] for p in d.people if d.was_member(p, plan["date"]))
    sent = meeting["start_at"] - dt.timedelta(days=d.rng.randint(30, 45))
    d.db.add(
        E.InvitationSend,
        meeting_id=meeting["id"],
        series_id=None,
        sent_at=sent,
        kind="request",
        sequence=0,
        recipients=recipients,
        snapshot="{}",
    )
    meeting["ics_sequence"] = 0
    if update:
        d.db.add(
            E.InvitationSend,
            meeting_id=meeting["id"],
            series_id=None,
            sent_at=sent + dt.timedelta(days=9, hours=3),
            kind="request",
            sequence=1,
            recipients=recipients,
            snapshot="{}",
        )
        meeting["ics_sequence"] = 1
