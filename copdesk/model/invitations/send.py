"""Sending: the invitation is built, its file produced, the send recorded in the log with
its snapshot, and the meeting's (or series') status and sequence follow.

The file itself is made by a *producer* handed to :func:`send_invitation`: it runs inside
the unit of work, so a file that cannot be written leaves the log unchanged.
``copdesk.formats.invitations.send_to_file`` writes it beside its target there and renames
it into place after the commit, so a failed commit leaves no file either.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.invitations.build import build
from copdesk.model.invitations.dto import CANCEL, INVITING, WITHDRAWAL, Invitation, SendResult
from copdesk.model.invitations.options import InviteOptions
from copdesk.model.invitations.target import MeetingTarget, SeriesTarget, SessionTarget, Target
from copdesk.model.invitations.values import iso, now_utc
from copdesk.model.tables import MeetingStatus

SNAPSHOT_VERSION = 1


def send_invitation(
    session: Session,
    meeting_id: int,
    options: InviteOptions,
    produce: Callable[[Invitation], object],
    *,
    now: dt.datetime | None = None,
) -> SendResult:
    """Build the invitation, let *produce* write it, then record the send.

    *produce* raises a ``UserError`` when it cannot write; nothing is recorded then.
    A ``text`` invitation is produced but not recorded (nothing reached a calendar).
    """
    now = now_utc(now)
    built = build(session, meeting_id, options, now)
    invitation, target = built.invitation, built.target
    produced = produce(invitation)
    kind = options.log_kind
    emails = tuple(r.email for r in invitation.attendees)
    if kind is None:
        return SendResult(None, options.kind, invitation.sequence, invitation.uid, emails, produced)
    snapshot = dict(
        built.content,
        version=SNAPSHOT_VERSION,
        kind=kind,
        uid=invitation.uid,
        sequence=invitation.sequence,
        method=invitation.method,
        organiser=[invitation.organiser.name, invitation.organiser.email],
        reminder=invitation.reminder_minutes,
        sent_at=iso(now),
        skipped=[r.name for r in invitation.skipped],
    )
    row = E.InvitationSend(
        meeting_id=invitation.meeting_id,
        series_id=target.series_id,
        sent_at=now,
        kind=kind,
        sequence=invitation.sequence,
        recipients="\n".join(emails),
        snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    _after_send(target, kind, invitation.sequence)
    session.flush()
    return SendResult(row.id, kind, invitation.sequence, invitation.uid, emails, produced)


def _set(obj: E.Meeting | E.MeetingSeries, key: str, value: object) -> None:
    """Set only what changes (an unchanged value is no change for the undo log)."""
    if getattr(obj, key) != value:
        setattr(obj, key, value)


def _after_send(target: Target, kind: str, sequence: int) -> None:
    S = MeetingStatus
    meeting = target.meeting
    if isinstance(target, SeriesTarget | SessionTarget):
        series = target.series
        _set(series, "ics_sequence", max(sequence, series.ics_sequence or 0))
    if kind == WITHDRAWAL:  # only the removed people's entry goes; nothing else changes
        if isinstance(target, MeetingTarget | SessionTarget):
            _set(meeting, "ics_sequence", max(sequence, meeting.ics_sequence or 0))
        return
    if isinstance(target, SeriesTarget):
        for m in target.plan.sessions:
            if kind == CANCEL and m.status in (S.PLANNED, S.INVITED):
                _set(m, "status", S.CANCELLED.value)
            elif kind in INVITING and m.status == S.PLANNED:
                _set(m, "status", S.INVITED.value)
            _set(m, "update_due", False)
        return
    _set(meeting, "ics_sequence", sequence)
    _set(meeting, "update_due", False)
    if kind == CANCEL and meeting.status != S.CANCELLED:
        _set(meeting, "status", S.CANCELLED.value)
    elif kind in INVITING and meeting.status == S.PLANNED:
        _set(meeting, "status", S.INVITED.value)
