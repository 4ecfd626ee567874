"""Who can be invited to a meeting (the group's members, then its guests), and the choice
among them: attendees, and those skipped for want of a usable address."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.invitations.dto import (
    BAD_EMAIL,
    NO_EMAIL,
    OPTIONAL,
    REQUIRED,
    SCOPE_MEETING,
    SCOPE_SERIES,
    Recipient,
)
from copdesk.model.invitations.errors import RecipientProblems
from copdesk.model.invitations.values import get_meeting, name_of, one_line, series_of, utc, zone


def _check_email(value: str) -> str:
    return "" if not value.strip() else ("" if text.is_email(value.strip()) else BAD_EMAIL)


def list_recipients(
    session: Session, meeting_id: int, *, scope: str = SCOPE_MEETING
) -> list[Recipient]:
    """The group's people on the meeting's day (required; a guest of a sub-group among
    them), then the meeting's guests (optional).

    Members without an e-mail address or with an invalid one are listed with their
    ``problem``; duplicates (the same address twice) are listed once.
    """
    meeting = get_meeting(session, meeting_id)
    series = series_of(session, meeting)
    group_id = (
        series.group_id if (series is not None and scope == SCOPE_SERIES) else meeting.group_id
    )
    day = utc(meeting.start_at).astimezone(zone(meeting.tz)).date()
    m = E.Member
    members = session.execute(
        select(m, E.Organisation.name)
        .outerjoin(E.Organisation, E.Organisation.id == m.organisation_id)
        .where(groups.people_clause(group_id, day, m.id))
    ).all()
    members = sorted(
        members,
        key=lambda row: (
            text.sort_key(row[0].last_name),
            text.sort_key(row[0].first_name),
            row[0].id,
        ),
    )
    result: list[Recipient] = []
    seen: set[str] = set()

    def add(recipient: Recipient) -> None:
        address = text.email_key(recipient.email)
        if address and recipient.usable:
            if address in seen:
                return
            seen.add(address)
        result.append(recipient)

    for member, org in members:
        email = (member.email or "").strip()
        problem = NO_EMAIL if not email else _check_email(email)
        add(
            Recipient(
                key=f"m{member.id}",
                name=name_of(member) or email,
                email=email,
                organisation=org or "",
                role=REQUIRED,
                problem=problem,
            )
        )
    if scope == SCOPE_MEETING or series is None:
        for guest in sorted(meeting.guests, key=lambda g: (g.name.casefold(), g.id)):
            email = (guest.email or "").strip()
            problem = NO_EMAIL if not email else _check_email(email)
            add(
                Recipient(
                    key=f"g{guest.id}",
                    name=one_line(guest.name) or email,
                    email=email,
                    organisation=one_line(guest.organisation),
                    role=OPTIONAL,
                    problem=problem,
                    is_guest=True,
                )
            )
    return result


def choose(
    listed: list[Recipient], keys: tuple[str, ...] | None, skip: bool, organiser_email: str
) -> tuple[tuple[Recipient, ...], tuple[Recipient, ...]]:
    """The attendees and the skipped ones; raises on problems unless *skip*."""
    chosen = listed if keys is None else [r for r in listed if r.key in set(keys)]
    problems = [r for r in chosen if not r.usable]
    if problems and not skip:
        raise RecipientProblems(problems)
    me = text.email_key(organiser_email)
    attendees = tuple(r for r in chosen if r.usable and text.email_key(r.email) != me)
    return attendees, tuple(problems)
