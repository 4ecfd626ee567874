"""A handmade community for the knowledge page: three organisations, their people (one
left, one erased), subjects offered and sought, presentations and materials — inserted
directly, so the tests do not depend on the demo's data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from copdesk.model import entities as E
from copdesk.model import groups, uow
from copdesk.model.tables import MeetingStatus, SubjectKind

TODAY = dt.date(2026, 12, 1)
OFFER, SEEK = SubjectKind.OFFER.value, SubjectKind.SEEK.value


@dataclass
class Story:
    hd: int  # Stadt Heidelberg
    gi: int  # Stadtwerke Gießen
    ks: int  # Stadt Kassel
    anna: int  # HD, seeks Mobile Arbeit
    ben: int  # GI, offers and presented Mobile Arbeit, shared the Dienstvereinbarung
    carla: int  # KS, seeks KI
    dora: int  # HD, left the community; offered and presented KI
    emil: int  # GI, erased; offered KI
    fritz: int  # HD, offers and presented Mobile Arbeit
    mobile: int
    ki: int
    onboarding: int
    q1: int  # held 2026-03-12: Ben's Dienstvereinbarung
    q2: int  # held 2026-06-11: Dora on KI
    q3: int  # held 2026-09-10: Fritz on mobile work
    q5: int  # planned 2027-01-14: Anna on mobile work (not counted)
    dv: int  # the material "Dienstvereinbarung Mobile Arbeit"


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 13, 0, tzinfo=dt.UTC)


def build(community) -> Story:
    def fill(session) -> Story:
        root = groups.root_group(session).id
        orgs = {}
        for key, name in (
            ("hd", "Stadt Heidelberg"),
            ("gi", "Stadtwerke Gießen"),
            ("ks", "Stadt Kassel"),
        ):
            o = E.Organisation(name=name)
            session.add(o)
            session.flush()
            orgs[key] = o.id

        def person(first, last, org, **kw) -> int:
            m = E.Member(
                first_name=first,
                last_name=last,
                organisation_id=orgs[org],
                email=f"{first.lower()}@{org}.example",
                **kw,
            )
            session.add(m)
            session.flush()
            session.add(
                E.GroupMembership(group_id=root, member_id=m.id, joined_on=dt.date(2025, 1, 1))
            )
            return m.id

        p = {
            "anna": person("Anna", "Adler", "hd"),
            "ben": person("Ben", "Berg", "gi"),
            "carla": person("Carla", "Cruz", "ks"),
            "dora": person("Dora", "Dorn", "hd", left_on=dt.date(2026, 10, 1)),
            "emil": person("Emil", "Ernst", "gi", forgotten_on=dt.date(2026, 11, 1)),
            "fritz": person("Fritz", "Fuchs", "hd"),
        }
        tags = {}
        for key, name in (("mobile", "Mobile Arbeit"), ("ki", "KI"), ("onboarding", "Onboarding")):
            t = E.Tag(name=name)
            session.add(t)
            session.flush()
            tags[key] = t.id
        for who, tag, kind in (
            ("anna", "mobile", SEEK),
            ("ben", "mobile", OFFER),
            ("fritz", "mobile", OFFER),
            ("dora", "ki", OFFER),
            ("emil", "ki", OFFER),
            ("carla", "ki", SEEK),
            ("ben", "onboarding", SEEK),
        ):
            session.add(E.MemberSubject(member_id=p[who], tag_id=tags[tag], kind=kind))
        session.add(
            E.OrganisationSubject(organisation_id=orgs["gi"], tag_id=tags["onboarding"], kind=SEEK)
        )
        session.add(
            E.OrganisationSubject(organisation_id=orgs["ks"], tag_id=tags["onboarding"], kind=OFFER)
        )

        def meeting(title, day, presenter, tag, item, status=MeetingStatus.HELD) -> int:
            m = E.Meeting(
                group_id=root,
                title=title,
                start_at=_at(day),
                end_at=_at(day) + dt.timedelta(hours=2),
                tz="Europe/Berlin",
                status=status.value,
            )
            session.add(m)
            session.flush()
            a = E.AgendaItem(meeting_id=m.id, title=item, presenter_id=p[presenter], position=1)
            session.add(a)
            session.flush()
            session.add(E.AgendaItemTag(agenda_item_id=a.id, tag_id=tags[tag]))
            return m.id

        q1 = meeting("CoP Q1", dt.date(2026, 3, 12), "ben", "mobile", "Unsere Dienstvereinbarung")
        q2 = meeting("CoP Q2", dt.date(2026, 6, 11), "dora", "ki", "KI im Bürgeramt")
        q3 = meeting("CoP Q3", dt.date(2026, 9, 10), "fritz", "mobile", "Mobil arbeiten in HD")
        q5 = meeting(
            "CoP Q1 2027",
            dt.date(2027, 1, 14),
            "anna",
            "mobile",
            "Mobile Arbeit bei uns",
            MeetingStatus.PLANNED,
        )

        def material(title, org, member, day, link, meeting_id=None) -> int:
            m = E.Material(
                title=title,
                organisation_id=orgs[org],
                member_id=p[member] if member else None,
                shared_on=day,
                link=link,
                meeting_id=meeting_id,
            )
            session.add(m)
            session.flush()
            session.add(E.MaterialTag(material_id=m.id, tag_id=tags["mobile"]))
            return m.id

        dv = material(
            "Dienstvereinbarung Mobile Arbeit",
            "gi",
            "ben",
            dt.date(2026, 3, 12),
            "https://example.org/dv-mobile.pdf",
            q1,
        )
        material(
            "Leitfaden Homeoffice", "hd", None, dt.date(2025, 11, 1), "https://example.org/lf.pdf"
        )
        return Story(**orgs, **p, **tags, q1=q1, q2=q2, q3=q3, q5=q5, dv=dv)

    story, _ = uow.write(community, fill)
    return story
