"""What the knowledge page and ``copdesk knowledge`` show: plain frozen data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Named:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Stance:
    """An offer or a seek: of an organisation (``member_id`` None) or of one of its people."""

    tag_id: int
    kind: str  # SubjectKind
    organisation_id: int
    member_id: int | None
    person: str  # "" for the organisation itself
    email: str


@dataclass(frozen=True, slots=True)
class Presentation:
    """An agenda item of a held meeting, tagged with the subject, with a presenter."""

    tag_id: int
    organisation_id: int
    member_id: int | None  # None: the presenter is no longer a current member
    person: str
    meeting_id: int
    meeting_title: str
    day: dt.date
    item_title: str


@dataclass(frozen=True, slots=True)
class Shared:
    """A material of an organisation, tagged with the subject."""

    tag_id: int
    organisation_id: int
    member_id: int | None  # who shared it, if a current member
    person: str
    material_id: int
    title: str
    link: str
    kind: str  # MaterialKind
    day: dt.date | None  # shared_on
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a match; ``member_id`` is the person to write to (the one who said it,
    or the organisation's first current member when the organisation said it)."""

    organisation_id: int
    organisation: str
    member_id: int | None
    person: str
    email: str


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything the page needs, read in a handful of queries."""

    organisations: tuple[Named, ...]
    subjects: tuple[Named, ...]
    stances: tuple[Stance, ...]
    presentations: tuple[Presentation, ...]
    shared: tuple[Shared, ...]
    # for an organisation's own offer or seek: whom to write to (its first current member)
    contacts: dict[int, Party] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Cell:
    """One organisation and one subject."""

    offers: tuple[str, ...] = ()  # who: the organisation's name or a person's
    seeks: tuple[str, ...] = ()
    presented: tuple[Presentation, ...] = ()  # latest first
    shared: tuple[Shared, ...] = ()  # latest first

    @property
    def empty(self) -> bool:
        return not (self.offers or self.seeks or self.presented or self.shared)

    @property
    def last_presented(self) -> dt.date | None:
        return self.presented[0].day if self.presented else None

    @property
    def last_shared(self) -> dt.date | None:
        days = [s.day for s in self.shared if s.day is not None]
        return max(days) if days else None

    @property
    def last(self) -> dt.date | None:
        days = [d for d in (self.last_presented, self.last_shared) if d is not None]
        return max(days) if days else None


@dataclass(frozen=True, slots=True)
class Matrix:
    organisations: tuple[Named, ...]
    subjects: tuple[Named, ...]  # by name
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (org id, tag id)

    def cell(self, organisation_id: int, tag_id: int) -> Cell:
        return self.cells.get((organisation_id, tag_id), Cell())


@dataclass(frozen=True, slots=True)
class Source:
    """Who to ask about a subject: an organisation or one of its people, and why."""

    organisation_id: int
    organisation: str
    member_id: int | None  # None: the organisation as a whole
    person: str
    offers: bool
    presented: tuple[Presentation, ...]  # latest first
    shared: tuple[Shared, ...]  # latest first

    @property
    def last(self) -> dt.date | None:
        days = [p.day for p in self.presented] + [s.day for s in self.shared if s.day]
        return max(days) if days else None


@dataclass(frozen=True, slots=True)
class Match:
    """A seek in one organisation and an offer in another, on the same subject."""

    tag_id: int
    subject: str
    seeker: Party
    offerer: Party
