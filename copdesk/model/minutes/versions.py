"""Finalising the minutes: a numbered protocol version with a frozen snapshot.

From the second version on, the version lists what changed since the previous one
(``snapshots.describe_changes``) in the language of the translation function passed in.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.minutes.lookup import Translate, get_meeting, identity, last_version
from copdesk.model.minutes.reading import load_minutes
from copdesk.model.minutes.snapshots import describe_changes, dumps, parse, snapshot
from copdesk.model.tables import MeetingStatus


def finalise(
    session: Session,
    meeting_id: int,
    *,
    translate: Translate | None = None,
    now: dt.datetime | None = None,
    today: dt.date | None = None,
) -> int:
    """Store the minutes as the next protocol version; returns its number.

    From the second version on, ``changes`` lists what differs from the previous one, in
    the language of *translate* (the UI passes ``QCoreApplication.translate``).
    """
    tl = translate or identity
    meeting = get_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise UserError(
            QT_TRANSLATE_NOOP("errors", "A cancelled meeting has no protocol to finalise.")
        )
    now = now or dt.datetime.now(dt.UTC)
    current = snapshot(load_minutes(session, meeting_id, today=today))
    last = last_version(session, meeting_id)
    number = (last.number + 1) if last else 1
    changes = ""
    if last is not None:
        old = parse(last.snapshot)
        if old is None:
            changes = tl(
                "minutes",
                QT_TRANSLATE_NOOP(
                    "minutes",
                    "Version {number} has no stored content; the differences cannot be listed.",
                ),
            ).format(number=last.number)
        else:
            lines = describe_changes(old, current, tl)
            if not lines:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Nothing has changed since version {number}; no new version was stored.",
                    ),
                    number=last.number,
                )
            changes = "\n".join(lines)
    if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.INVITED) and meeting.start_at <= now:
        meeting.status = MeetingStatus.HELD.value
    session.add(
        E.ProtocolVersion(
            meeting_id=meeting_id,
            number=number,
            finalised_at=now,
            snapshot=dumps(current),
            changes=changes,
        )
    )
    session.flush()
    return number
