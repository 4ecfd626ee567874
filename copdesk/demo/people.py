"""Step one of the story: the organisations, their members and the root group."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from copdesk.demo.content import (
    ABSENCES,
    COMMUNITY_NAME,
    FOUNDED,
    FOUNDING_ORGANISATIONS,
    MEMBERS,
    ORGANISATIONS,
    PHRASES,
)
from copdesk.demo.formatting import DAY, at
from copdesk.demo.state import Demo
from copdesk.demo.video import OrgInfo, video_details
from copdesk.model import entities as E
from copdesk.model.tables import RotationRole


def organisations(d: Demo) -> None:
    d.use_states({o.state for o in ORGANISATIONS})
    for n, (name, kind, state, city, domain, tool) in enumerate(ORGANISATIONS):
        video = video_details(d.rng, tool, domain, 900 + n)
        row = d.db.add(
            E.Organisation,
            name=name,
            kind=kind,
            state=state,
            city=city,
            video_tool=tool,
            video_link=video.link,
            video_dialin=video.dialin,
            video_text=video.text,
            notes=PHRASES["org_founding_note"] if n in FOUNDING_ORGANISATIONS else "",
            created_at=at(FOUNDED, "09:00"),
        )
        d.orgs.append(row)
        d.org_info[row["id"]] = OrgInfo(domain, video.code, video.pin)


def members(d: Demo) -> None:
    for n, spec in enumerate(MEMBERS):
        first, last, org, function, offers, seeks, joined, consent, left = spec
        notes = ""
        if left:
            notes = PHRASES["member_retired_note"].format(day=f"{left + DAY:%d.%m.%Y}")
        elif not consent:
            notes = PHRASES["member_consent_note"]
        # Hessian members get Frankfurt numbers, the others Berlin ones (all fictional)
        phone_no = 1000 + n if ORGANISATIONS[org].state == "HE" else n
        d.people.append(
            d.member_row(
                first,
                last,
                d.orgs[org],
                function,
                offers,
                seeks,
                joined,
                consent,
                left,
                phone_no,
                notes,
            )
        )
    for who, start, end, note in ABSENCES:
        first_day = start if isinstance(start, dt.date) else d.today + dt.timedelta(days=start)
        last_day = end if isinstance(end, dt.date) else d.today + dt.timedelta(days=end)
        d.add_absence(d.people[who]["id"], first_day, last_day, note)


def groups(d: Demo) -> None:
    root = d.session.scalars(
        select(E.Group).where(E.Group.parent_id.is_(None)).order_by(E.Group.id)
    ).first()
    assert root is not None, "create_community seeds the root group"
    root.name = COMMUNITY_NAME
    root.description = PHRASES["community_description"]
    root.cadence_unit, root.cadence_interval = "month", 3
    root.preferred_weekdays, root.window_start, root.window_end = "2,3,4", "14:00", "16:00"
    root.default_minutes = 120
    root.active = True
    root.created_at = at(FOUNDED, "09:00")
    d.session.flush()
    d.root_id = root.id
    for person in d.people:
        d.db.add(
            E.GroupMembership,
            group_id=d.root_id,
            member_id=person["id"],
            joined_on=person["joined_on"],
            left_on=person["left_on"],
        )
    for role in RotationRole:
        d.db.add(
            E.RotationRule,
            group_id=d.root_id,
            role=role.value,
            enabled=True,
            min_attended=1,
            excluded_member_ids="",
        )
