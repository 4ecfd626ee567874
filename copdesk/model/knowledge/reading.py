"""The community's knowledge read in a handful of queries (not one per cell): who offers
and seeks which subject, which subjects were presented in held meetings and which
materials were shared. People are named only while they are current members of the
community (``groups.people_select``); erased people never."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import groups, tables
from copdesk.model.backlog import member_name
from copdesk.model.knowledge.dto import Facts, Named, Party, Presentation, Shared, Stance
from copdesk.model.localtime import local_date
from copdesk.model.tables import MeetingStatus


def current_people(session: Session, today: dt.date) -> dict[int, tuple[str, int | None, str]]:
    """The community's current people: id -> (name, organisation id, e-mail)."""
    mb = tables.member
    root = groups.root_group(session).id
    rows = session.execute(
        select(mb.c.id, mb.c.first_name, mb.c.last_name, mb.c.organisation_id, mb.c.email).where(
            mb.c.id.in_(groups.people_select(root, today))
        )
    )
    return {mid: (member_name(first, last), org, email) for mid, first, last, org, email in rows}


def load_facts(session: Session, today: dt.date) -> Facts:
    people = current_people(session, today)
    org, tag = tables.organisation, tables.tag
    organisations = tuple(
        Named(i, n) for i, n in session.execute(select(org.c.id, org.c.name).order_by(org.c.name))
    )
    subjects = tuple(
        Named(i, n)
        for i, n in session.execute(select(tag.c.id, tag.c.name).order_by(func.lower(tag.c.name)))
    )
    return Facts(
        organisations,
        subjects,
        _stances(session, people),
        _presentations(session, people),
        _shared(session, people),
        _contacts(organisations, people),
    )


def _contacts(
    organisations: tuple[Named, ...], people: dict[int, tuple[str, int | None, str]]
) -> dict[int, Party]:
    """For an organisation's own offer or seek: its first current member by name."""
    names = {o.id: o.name for o in organisations}
    best: dict[int, Party] = {}
    for member_id, (name, org_id, email) in sorted(
        people.items(), key=lambda kv: (kv[1][0].casefold(), kv[0])
    ):
        if org_id is not None and org_id in names and org_id not in best:
            best[org_id] = Party(org_id, names[org_id], member_id, name, email)
    return best


def _stances(
    session: Session, people: dict[int, tuple[str, int | None, str]]
) -> tuple[Stance, ...]:
    ms, os_ = tables.member_subject, tables.organisation_subject
    found = [
        Stance(tag_id, kind, org_id, None, "", "")
        for org_id, tag_id, kind in session.execute(
            select(os_.c.organisation_id, os_.c.tag_id, os_.c.kind)
        )
    ]
    for member_id, tag_id, kind in session.execute(select(ms.c.member_id, ms.c.tag_id, ms.c.kind)):
        person = people.get(member_id)
        if person is not None and person[1] is not None:
            found.append(Stance(tag_id, kind, person[1], member_id, person[0], person[2]))
    return tuple(found)


def _presentations(
    session: Session, people: dict[int, tuple[str, int | None, str]]
) -> tuple[Presentation, ...]:
    ai, ait, mt, mb = tables.agenda_item, tables.agenda_item_tag, tables.meeting, tables.member
    rows = session.execute(
        select(
            ait.c.tag_id,
            mb.c.organisation_id,
            mb.c.id,
            mt.c.id,
            mt.c.title,
            mt.c.start_at,
            mt.c.tz,
            ai.c.title,
        )
        .join(ai, ai.c.id == ait.c.agenda_item_id)
        .join(mt, mt.c.id == ai.c.meeting_id)
        .join(mb, mb.c.id == ai.c.presenter_id)
        .where(
            mt.c.status == MeetingStatus.HELD,
            mb.c.organisation_id.is_not(None),
            mb.c.forgotten_on.is_(None),
        )
        .order_by(mt.c.start_at.desc(), ai.c.position)
    )
    found = []
    for tag_id, org_id, member_id, meeting_id, title, start, tz, item in rows:
        person = people.get(member_id)
        found.append(
            Presentation(
                tag_id,
                org_id,
                member_id if person else None,
                person[0] if person else "",
                meeting_id,
                title,
                local_date(start, tz),
                item,
            )
        )
    return tuple(found)


def _shared(session: Session, people: dict[int, tuple[str, int | None, str]]) -> tuple[Shared, ...]:
    ma, mat, mb = tables.material, tables.material_tag, tables.member
    owner = func.coalesce(ma.c.organisation_id, mb.c.organisation_id)
    rows = session.execute(
        select(
            mat.c.tag_id,
            owner,
            ma.c.member_id,
            ma.c.id,
            ma.c.title,
            ma.c.link,
            ma.c.kind,
            ma.c.shared_on,
            ma.c.meeting_id,
        )
        .join(ma, ma.c.id == mat.c.material_id)
        .outerjoin(mb, mb.c.id == ma.c.member_id)
        .where(owner.is_not(None))
        .order_by(ma.c.shared_on.desc().nulls_last(), ma.c.title)
    )
    found = []
    for tag_id, org_id, member_id, mid, title, link, kind, day, meeting_id in rows:
        person = people.get(member_id) if member_id is not None else None
        found.append(
            Shared(
                tag_id,
                org_id,
                member_id if person else None,
                person[0] if person else "",
                mid,
                title,
                link,
                kind,
                day,
                meeting_id,
            )
        )
    return tuple(found)
