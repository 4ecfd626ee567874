"""An invitation built and checked: the organiser, the recipients (or, for a cancellation,
everyone who has the entry), the sequence number and the changes since the last send.

Sequence numbers: the first file for a UID carries 0; a file whose content differs from
the last one exported for that UID carries the last number + 1; a file with unchanged
content (the same invitation once more, or as an e-mail draft as well) carries the same
number. A cancellation always raises it. So the recipients' calendars (which keep the
highest SEQUENCE per UID) move with every change and never gain a duplicate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from copdesk.model import text
from copdesk.model.invitations.content import changes_between, same_content, snapshot_content
from copdesk.model.invitations.dto import (
    CANCEL,
    EML,
    INVITING,
    KINDS,
    PUBLISH,
    REQUEST,
    TEXT,
    TO_RECIPIENTS,
    Invitation,
    Organiser,
    Recipient,
)
from copdesk.model.invitations.errors import (
    BadOrganiser,
    MeetingCancelled,
    MeetingHeld,
    NeverSent,
    NobodyToWithdraw,
    NoOrganiser,
    NoRecipients,
    NoTime,
    SeriesNotSent,
    UnknownKind,
)
from copdesk.model.invitations.holders import cancel_recipients
from copdesk.model.invitations.log import Snapshot, snapshot_of
from copdesk.model.invitations.options import InviteOptions
from copdesk.model.invitations.recipients import choose, list_recipients
from copdesk.model.invitations.target import (
    MeetingTarget,
    SeriesTarget,
    SessionTarget,
    Target,
    describe,
    make_target,
)
from copdesk.model.invitations.values import has_time, now_utc, one_line, parse_iso
from copdesk.model.tables import MeetingStatus


@dataclass(frozen=True)
class Built:
    """An invitation with what recording it needs: its snapshot and its target."""

    invitation: Invitation
    content: Snapshot
    target: Target


def validate_organiser(organiser: Organiser | None) -> Organiser:
    email = (organiser.email if organiser else "").strip()
    if not email:
        raise NoOrganiser()
    if not text.is_email(email):
        raise BadOrganiser(email)
    name = one_line(organiser.name if organiser else "") or email
    return Organiser(name=name, email=email)


def _check(target: Target, options: InviteOptions, title: str) -> None:
    """Refuse what cannot be sent for *target* now."""
    meeting = target.meeting
    if isinstance(target, SeriesTarget):
        if not all(has_time(m) for m in target.plan.sessions):
            raise NoTime(title)
    elif not has_time(meeting):
        raise NoTime(title)
    if isinstance(target, SessionTarget) and not target.series_sent and options.kind != TEXT:
        raise SeriesNotSent(one_line(target.series.title))
    cancels = options.cancels
    if cancels and not target.level_rows(INVITING):
        raise NeverSent(title)
    on_its_own = not isinstance(target, SeriesTarget)
    if cancels and on_its_own and meeting.status == MeetingStatus.HELD:
        raise MeetingHeld(title)
    # a cancelled meeting gets its cancellation (which reaches the removed people too)
    inviting = (not cancels or options.withdraw) and options.kind != PUBLISH
    if inviting and on_its_own and meeting.status == MeetingStatus.CANCELLED:
        raise MeetingCancelled(title)


def _organiser(options: InviteOptions) -> Organiser:
    if options.kind != TEXT:
        return validate_organiser(options.organiser)
    return Organiser(
        one_line(options.organiser.name) if options.organiser else "",
        (options.organiser.email if options.organiser else "").strip(),
    )


def next_sequence(target: Target, content: Snapshot, *, publish: bool = False) -> int:
    """The sequence number a send with *content* carries: unchanged content keeps the
    last number, anything else raises it. *publish*: recipients are not compared."""
    last_seq = target.log.last_sequence
    if last_seq is None:
        return 0
    last_any = target.log.rows[-1] if target.log.rows else None
    ignore_recipients = publish or (last_any is not None and last_any.kind == PUBLISH)
    previous = target.baseline(last_any) if last_any is not None else None
    if isinstance(target, SessionTarget) and last_any is not None and last_any.meeting_id is None:
        previous = None  # a session never repeats the whole series' file
    same = same_content(previous, content, recipients=not ignore_recipients)
    return last_seq if same else last_seq + 1


def build(session: Session, meeting_id: int, options: InviteOptions, now: dt.datetime) -> Built:
    if options.kind not in KINDS:
        raise UnknownKind(options.kind)
    target = make_target(session, meeting_id, options.scope)
    meeting = target.meeting
    if isinstance(target, SeriesTarget):
        title = one_line(target.series.title)
    else:
        title = one_line(meeting.title)
    _check(target, options, title)
    cancels = options.cancels
    inviting_rows = target.level_rows(INVITING)
    organiser = _organiser(options)

    description = describe(session, target)
    facts = description.facts
    skipped: tuple[Recipient, ...] = ()
    if cancels:
        attendees = tuple(
            r
            for r in cancel_recipients(session, target, withdraw=options.withdraw, repeat=True)
            if r.usable and text.email_key(r.email) != text.email_key(organiser.email)
        )
        if options.withdraw and not attendees:
            raise NobodyToWithdraw(title)
        last = snapshot_of(inviting_rows[-1])
        if last and isinstance(target, MeetingTarget):
            # the cancellation names the time the recipients have in their calendars
            facts = replace(facts, start=parse_iso(last["start"]), end=parse_iso(last["end"]))
    else:
        listed = list_recipients(session, meeting.id, scope=target.scope)
        skip = options.kind == PUBLISH or options.skip_problems or options.kind == TEXT
        attendees, skipped = choose(listed, options.recipient_keys, skip, organiser.email)
    if not attendees and options.kind in (REQUEST, EML, CANCEL):
        raise NoRecipients()

    content = snapshot_content(
        facts,
        attendees,
        cancelled=cancels,
        series=description.whole_series,
        recurrence_id=description.recurrence_id,
    )
    sequence = next_sequence(target, content, publish=options.kind == PUBLISH)
    sent_rows = target.level_rows(TO_RECIPIENTS)
    baseline = target.baseline(sent_rows[-1]) if sent_rows else None
    changes = changes_between(baseline, content) if inviting_rows else ()
    is_update = bool(inviting_rows) and not cancels and bool(changes) and options.kind != PUBLISH
    video = facts.video
    invitation = Invitation(
        kind=options.kind,
        method=options.method,
        uid=target.log.uid,
        sequence=sequence,
        dtstamp=now,
        title=facts.title,
        start=facts.start,
        end=facts.end,
        tz=facts.tz,
        organiser=organiser,
        attendees=() if options.kind == PUBLISH else attendees,
        cancelled=cancels,
        withdrawn=options.withdraw,
        meeting_id=None if isinstance(target, SeriesTarget) else meeting.id,
        series_id=target.series_id,
        format=facts.format,
        place=facts.place,
        video_tool=video.video_tool,
        join_url=video.join_url,
        meeting_code=video.meeting_code,
        passcode=video.passcode,
        dialin=video.dialin,
        tool_text=video.tool_text,
        whiteboard_url=(meeting.whiteboard_url or "").strip(),
        host=video.host,
        group=facts.group,
        moderator=facts.moderator,
        agenda=facts.agenda,
        topics=facts.topics if not cancels else (),
        more_topics=facts.more_topics if not cancels else 0,
        reminder_minutes=(
            options.reminder_minutes if options.reminder_minutes and not cancels else None
        ),
        rule=description.rule,
        recurrence_id=description.recurrence_id,
        is_update=is_update,
        changes=changes if (is_update or cancels) and not options.withdraw else (),
        skipped=skipped,
    )
    return Built(invitation, content, target)


def build_invitation(
    session: Session, meeting_id: int, options: InviteOptions, *, now: dt.datetime | None = None
) -> Invitation:
    """Everything the file will say, checked; writes nothing."""
    return build(session, meeting_id, options, now_utc(now)).invitation
