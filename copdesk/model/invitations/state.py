"""What the invite dialog shows before anything is produced: what was sent, whether an
update or a cancellation is due, whom it would go to, and who is due a withdrawal."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.invitations.build import next_sequence
from copdesk.model.invitations.content import changes_between, snapshot_content
from copdesk.model.invitations.dto import (
    CANCEL,
    INVITING,
    SCOPE_MEETING,
    SCOPE_SERIES,
    TO_RECIPIENTS,
    Change,
    InvitationState,
    Organiser,
)
from copdesk.model.invitations.holders import cancel_recipients
from copdesk.model.invitations.log import record_dto, snapshot_of
from copdesk.model.invitations.recipients import list_recipients
from copdesk.model.invitations.target import (
    SeriesTarget,
    Target,
    describe,
    make_target,
    series_target,
)
from copdesk.model.invitations.values import (
    get_meeting,
    has_time,
    one_line,
    series_of,
    utc,
)
from copdesk.model.localtime import DEFAULT_TZ
from copdesk.model.tables import MeetingStatus


def _default_scope(target_meeting: E.Meeting, series_sent: bool, deviates: bool) -> str:
    if target_meeting.series_id is None or target_meeting.series_index is None:
        return SCOPE_MEETING
    return SCOPE_MEETING if (series_sent and deviates) else SCOPE_SERIES


def _last_organiser(target: Target) -> Organiser | None:
    """Who sent the last file that names its organiser (from its snapshot)."""
    for row in reversed(target.log.rows):
        snap = snapshot_of(row)
        if snap and isinstance(snap.get("organiser"), list) and len(snap["organiser"]) == 2:
            return Organiser(*snap["organiser"])
    return None


def invitation_state(
    session: Session,
    meeting_id: int,
    *,
    scope: str | None = None,
    organiser_email: str = "",
    now: dt.datetime | None = None,
) -> InvitationState:
    """What was sent, what is due now, and whom it would go to."""
    meeting = get_meeting(session, meeting_id)
    series = series_of(session, meeting)
    deviates = False
    series_sent = False
    if series is not None:
        probe = series_target(session, meeting, series)
        series_sent = probe.series_sent
        deviates = meeting.status == MeetingStatus.CANCELLED or probe.plan.moved(meeting)
    default_scope = _default_scope(meeting, series_sent, deviates)
    scope = scope or default_scope
    target = make_target(session, meeting_id, scope)
    listed = list_recipients(session, meeting_id, scope=scope)
    last_organiser = _last_organiser(target)
    if not organiser_email.strip() and last_organiser is not None:
        organiser_email = last_organiser.email  # compare as the last sender did
    me = text.email_key(organiser_email)
    attendees = tuple(r for r in listed if r.usable and text.email_key(r.email) != me)
    whole_series = isinstance(target, SeriesTarget)
    if isinstance(target, SeriesTarget):
        timed = all(has_time(m) for m in target.plan.sessions)
        cancelled_now = all(m.status == MeetingStatus.CANCELLED for m in target.plan.sessions)
    else:
        timed = has_time(meeting)
        cancelled_now = meeting.status == MeetingStatus.CANCELLED
    inviting = target.level_rows(INVITING)
    sent_rows = target.level_rows(TO_RECIPIENTS)
    last_sent = sent_rows[-1] if sent_rows else None
    cancel_sent = last_sent is not None and last_sent.kind == CANCEL
    due = ""
    changes: tuple[Change, ...] = ()
    next_seq = 0
    last_seq = target.log.last_sequence
    if timed:
        description = describe(session, target)
        content = snapshot_content(
            description.facts,
            attendees,
            cancelled=cancelled_now,
            series=description.whole_series,
            recurrence_id=description.recurrence_id,
        )
        baseline = target.baseline(last_sent) if last_sent is not None else None
        if inviting:
            changes = changes_between(baseline, content)
            if cancelled_now:
                due = "" if cancel_sent else "cancel"
            elif changes and changes != (Change("unknown"),):
                due = "update"
        if last_seq is not None:
            next_seq = next_sequence(target, dict(content, cancelled=False))
    if changes == (Change("unknown"),) and not due:
        changes = ()
    return InvitationState(
        meeting_id=meeting.id,
        title=one_line(series.title)
        if (whole_series and series is not None)
        else one_line(meeting.title),
        start=utc(meeting.start_at),
        end=utc(meeting.end_at),
        tz=meeting.tz or DEFAULT_TZ,
        status=meeting.status,
        uid=target.log.uid,
        scope=scope,
        last_sequence=last_seq,
        next_sequence=next_seq,
        sent=bool(inviting),
        due=due,
        changes=changes,
        recipients=tuple(listed),
        history=tuple(record_dto(r) for r in reversed(target.level_rows())),
        can_cancel=(
            bool(inviting)
            and timed
            and not (cancel_sent and cancelled_now)
            and not (not whole_series and meeting.status == MeetingStatus.HELD)
        ),
        cancel_sent=cancel_sent,
        has_time=timed,
        series_id=series.id if series is not None else None,
        series_title=one_line(series.title) if series is not None else "",
        session_index=meeting.series_index if series is not None else None,
        session_deviates=deviates,
        series_sent=series_sent,
        default_scope=default_scope,
        problems=tuple(r for r in listed if not r.usable),
        last_organiser=last_organiser,
        # none while a cancellation is due (it reaches them too) or after the meeting
        withdraw=tuple(
            r
            for r in cancel_recipients(session, target, withdraw=True)
            if r.usable and text.email_key(r.email) != me
        )
        if inviting and not cancelled_now and meeting.status != MeetingStatus.HELD
        else (),
    )


def invitation_due(session: Session, meeting_id: int) -> str:
    """ "" | "update" | "cancel" — for lists that want to show a marker."""
    return invitation_state(session, meeting_id).due
