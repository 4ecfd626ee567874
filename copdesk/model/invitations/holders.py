"""Who has the entry in their calendar (every invitation adds its recipients, a withdrawal
removes its), and so who gets a cancellation — or a withdrawal.

People taken off the invitation list after they got it keep the meeting in their
calendars until they get a *withdrawal* (``InviteOptions.withdraw``): a cancellation
addressed to them only, without STATUS:CANCELLED, as RFC 5546 describes removing an
attendee; the others' entry is untouched and the meeting keeps its status.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.invitations.dto import (
    BAD_EMAIL,
    CANCEL,
    INVITING,
    REQUIRED,
    TO_RECIPIENTS,
    WITHDRAWAL,
    Recipient,
)
from copdesk.model.invitations.log import snapshot_of
from copdesk.model.invitations.recipients import list_recipients
from copdesk.model.invitations.target import Target
from copdesk.model.invitations.values import name_of

# ``text.email_key`` -> (the address as sent, the name it was sent with)
Holders = dict[str, tuple[str, str]]


def _holders(target: Target) -> Holders:
    """``text.email_key`` -> (address as sent, name) of everyone whose calendar has the entry
    (or, after a cancellation, the cancelled one): every invitation adds its recipients, a
    withdrawal removes its."""
    emails: Holders = {}
    for row in target.level_rows(TO_RECIPIENTS + (WITHDRAWAL,)):
        if row.kind == CANCEL:  # who has it now: those the cancellation went to
            emails.clear()
        names = {}
        snap = snapshot_of(row)
        if snap:
            names = {text.email_key(r[0]): r[1] for r in snap.get("recipients", [])}
        for email in (row.recipients or "").splitlines():
            email, key = email.strip(), text.email_key(email)
            if not key:
                continue
            if row.kind == WITHDRAWAL:
                emails.pop(key, None)
            else:
                emails.setdefault(key, (email, names.get(key) or ""))
    return emails


def _emails(row: E.InvitationSend) -> set[str]:
    """The ``text.email_key`` of every address *row* went to."""
    return {text.email_key(e) for e in (row.recipients or "").splitlines() if e.strip()}


def _withdraw_emails(session: Session, target: Target, *, repeat: bool = False) -> Holders:
    """Those who hold the entry but are no longer on the list: left out of the last
    invitation or update, and not among the recipients listed now (someone merely
    unchecked for one send is due an update, not a withdrawal).

    *repeat*: when nobody is due one but the last thing sent was a withdrawal, its
    recipients again (a lost file or a discarded draft can be made once more)."""
    rows = target.level_rows(TO_RECIPIENTS + (WITHDRAWAL,))
    sent = [r for r in rows if r.kind != WITHDRAWAL]
    if not sent or sent[-1].kind == CANCEL:
        return {}
    last = target.level_rows(INVITING)[-1]
    listed = {
        text.email_key(r.email)
        for r in list_recipients(session, target.meeting.id, scope=target.scope)
        if r.email
    }
    holders = _holders(target)
    last_sent = _emails(last)
    due = {
        key: holder for key, holder in holders.items() if key not in last_sent and key not in listed
    }
    if due or not repeat or rows[-1].kind != WITHDRAWAL:
        return due
    names = {
        text.email_key(r[0]): r[1] for r in (snapshot_of(rows[-1]) or {}).get("recipients", [])
    }
    again = {text.email_key(e): e.strip() for e in (rows[-1].recipients or "").splitlines()}
    return {
        key: (address, names.get(key, ""))
        for key, address in again.items()
        if key and key not in listed
    }


def cancel_recipients(
    session: Session, target: Target, *, withdraw: bool = False, repeat: bool = False
) -> tuple[Recipient, ...]:
    """Everyone who was sent the invitation (or, after a cancellation, that one); with
    *withdraw*, only those of them taken off the list since (see ``_withdraw_emails``)."""
    emails = _withdraw_emails(session, target, repeat=repeat) if withdraw else _holders(target)
    if not emails:
        return ()
    known = {
        text.email_key(email): mid
        for mid, email in session.execute(
            select(E.Member.id, E.Member.email).where(E.Member.email != "")
        )
    }
    result = []
    for ident, (address, name) in sorted(emails.items()):
        member = session.get(E.Member, known[ident]) if ident in known else None
        name = name or (name_of(member) if member else "") or address
        key = f"m{member.id}" if member else f"e:{address}"
        org = member.organisation.name if member is not None and member.organisation else ""
        result.append(
            Recipient(
                key=key,
                name=name,
                email=address,
                organisation=org,
                role=REQUIRED,
                problem="" if text.is_email(address) else BAD_EMAIL,
            )
        )
    return tuple(result)
