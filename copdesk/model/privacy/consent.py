"""Consent: ``Member.consent_on`` records when a member agreed to be stored; the members
page flags the active members without it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.dto import MemberRow
from copdesk.model.errors import NotFoundError
from copdesk.model.members import list_members


def members_without_consent(session: Session) -> list[MemberRow]:
    """Active members with no recorded consent to be stored."""
    return [r for r in list_members(session) if r.active and r.consent_on is None]


def set_consent(session: Session, member_id: int, day: dt.date | None) -> None:
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    member.consent_on = day
