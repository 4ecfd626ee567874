"""The matrix, "who to ask" and the matches, made from one ``Facts`` in memory."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from copdesk.model.knowledge.dto import (
    Cell,
    Facts,
    Match,
    Matrix,
    Party,
    Presentation,
    Shared,
    Source,
    Stance,
)
from copdesk.model.knowledge.reading import load_facts
from copdesk.model.tables import SubjectKind


def build_matrix(facts: Facts) -> Matrix:
    """Organisations × subjects; only subjects someone offers, seeks, presented or shared."""
    names = {o.id: o.name for o in facts.organisations}
    offers: dict[tuple[int, int], list[str]] = defaultdict(list)
    seeks: dict[tuple[int, int], list[str]] = defaultdict(list)
    for s in facts.stances:
        who = s.person or names.get(s.organisation_id, "")
        (offers if s.kind == SubjectKind.OFFER else seeks)[(s.organisation_id, s.tag_id)].append(
            who
        )
    presented: dict[tuple[int, int], list[Presentation]] = defaultdict(list)
    for p in facts.presentations:  # already latest first
        presented[(p.organisation_id, p.tag_id)].append(p)
    shared: dict[tuple[int, int], list[Shared]] = defaultdict(list)
    for m in facts.shared:
        shared[(m.organisation_id, m.tag_id)].append(m)
    keys = set(offers) | set(seeks) | set(presented) | set(shared)
    cells = {
        key: Cell(
            tuple(sorted(offers[key], key=str.casefold)),
            tuple(sorted(seeks[key], key=str.casefold)),
            tuple(presented[key]),
            tuple(shared[key]),
        )
        for key in keys
        if key[0] in names
    }
    used = {tag_id for _org, tag_id in cells}
    return Matrix(facts.organisations, tuple(s for s in facts.subjects if s.id in used), cells)


def knowledge_matrix(session: Session, *, today: dt.date | None = None) -> Matrix:
    return build_matrix(load_facts(session, today or dt.date.today()))


@dataclass
class _Entry:
    person: str
    offers: bool = False
    presented: list[Presentation] = field(default_factory=list)
    shared: list[Shared] = field(default_factory=list)


def sources(facts: Facts, tag_id: int) -> list[Source]:
    """Who offers *tag_id* or presented it or shared material on it: the organisations and
    their people, the most recent evidence first (offers without a date after them)."""
    names = {o.id: o.name for o in facts.organisations}
    found: dict[tuple[int, int | None], _Entry] = {}

    def entry(org_id: int, member_id: int | None, person: str) -> _Entry:
        return found.setdefault((org_id, member_id), _Entry(person))

    for s in facts.stances:
        if s.tag_id == tag_id and s.kind == SubjectKind.OFFER:
            entry(s.organisation_id, s.member_id, s.person).offers = True
    for p in facts.presentations:
        if p.tag_id == tag_id:
            entry(p.organisation_id, p.member_id, p.person).presented.append(p)
    for m in facts.shared:
        if m.tag_id == tag_id:
            entry(m.organisation_id, m.member_id, m.person).shared.append(m)
    rows = [
        Source(
            org_id,
            names.get(org_id, ""),
            member_id,
            e.person,
            e.offers,
            tuple(e.presented),
            tuple(e.shared),
        )
        for (org_id, member_id), e in found.items()
        if org_id in names
    ]
    rows.sort(key=lambda r: (r.person, r.member_id is not None))
    rows.sort(key=lambda r: r.organisation.casefold())
    rows.sort(key=lambda r: -(r.last or dt.date.min).toordinal())
    return rows


def seekers(facts: Facts, tag_id: int) -> list[Stance]:
    return [s for s in facts.stances if s.tag_id == tag_id and s.kind == SubjectKind.SEEK]


def who_to_ask(session: Session, tag_id: int, *, today: dt.date | None = None) -> list[Source]:
    return sources(load_facts(session, today or dt.date.today()), tag_id)


def find_matches(facts: Facts) -> list[Match]:
    """Each seek in one organisation with each offer in another on the same subject, once
    per subject and pair of organisations (a person's own statement preferred over the
    organisation's), by subject, then seeking and offering organisation."""
    names = {o.id: o.name for o in facts.organisations}
    subjects = {s.id: s.name for s in facts.subjects}
    contacts = facts.contacts

    def party(s: Stance) -> Party:
        if s.member_id is None and s.organisation_id in contacts:
            return contacts[s.organisation_id]
        return Party(
            s.organisation_id, names.get(s.organisation_id, ""), s.member_id, s.person, s.email
        )

    def rank(s: Stance) -> tuple[bool, str]:
        return (s.member_id is None, s.person.casefold())

    # per subject and organisation, the first statement by rank (a person before the
    # organisation itself): one match per subject and pair of organisations
    seeks: dict[int, dict[int, Stance]] = defaultdict(dict)
    offers: dict[int, dict[int, Stance]] = defaultdict(dict)
    for s in sorted(facts.stances, key=rank):
        if s.organisation_id in names and s.tag_id in subjects:
            side = seeks if s.kind == SubjectKind.SEEK else offers
            side[s.tag_id].setdefault(s.organisation_id, s)
    parties: dict[tuple[int, int | None], Party] = {}

    def cached(s: Stance) -> Party:
        key = (s.organisation_id, s.member_id)
        if key not in parties:
            parties[key] = party(s)
        return parties[key]

    def by_name(stances: dict[int, Stance]) -> list[tuple[int, Stance]]:
        return sorted(stances.items(), key=lambda kv: names[kv[0]].casefold())

    found: list[Match] = []  # made in order: subject, seeking and offering organisation
    for tag_id in sorted(seeks, key=lambda t: subjects[t].casefold()):
        offering = by_name(offers.get(tag_id, {}))
        for seek_org, seek in by_name(seeks[tag_id]):
            seeker = cached(seek)
            found.extend(
                Match(tag_id, subjects[tag_id], seeker, cached(offer))
                for offer_org, offer in offering
                if offer_org != seek_org
            )
    return found


def matches(session: Session, *, today: dt.date | None = None) -> list[Match]:
    return find_matches(load_facts(session, today or dt.date.today()))
