"""Subject access (Art. 15, also Art. 20 portability): everything stored about one member
as a JSON-ready dict: the member record, groups, absences, attendance, roles, rotation
records, action items, topics, votes, minutes notes, invitations sent to them, and every
free-text field elsewhere that mentions their name, e-mail or phone.
``copdesk/formats/privacy_report.py`` renders the same dict as readable text.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from copdesk import __version__
from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.errors import NotFoundError
from copdesk.model.privacy.columns import SHARED_NAME, mentioning
from copdesk.model.privacy.traces import traces_for

FORMAT = "copdesk-subject-access"


Report = dict[str, Any]
"""The subject-access document: JSON objects, lists and scalars (see ``subject_access``)."""


def _d(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def subject_access(session: Session, member_id: int, *, now: dt.datetime | None = None) -> Report:
    """Everything stored about one member, as a JSON-ready dict."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting

    def meeting_ref(meeting_id: int | None) -> dict[str, object] | None:
        if meeting_id is None:
            return None
        meeting = session.get(mt, meeting_id)
        if meeting is None:
            return None
        return {"id": meeting.id, "title": meeting.title, "start": _d(meeting.start_at)}

    report: Report = {
        "format": FORMAT,
        "version": 1,
        "created_at": _d(now),
        "program": f"CoP Desk {__version__}",
        "community": groups.community_name(session),
        "member": {
            "id": member.id,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "email": member.email,
            "phone": member.phone,
            "organisation": member.organisation.name if member.organisation else None,
            "function": member.function,
            "offers": member.offers,
            "seeks": member.seeks,
            "notes": member.notes,
            "joined_on": _d(member.joined_on),
            "left_on": _d(member.left_on),
            "active": member.active,
            "consent_on": _d(member.consent_on),
            "forgotten_on": _d(member.forgotten_on),
            "created_at": _d(member.created_at),
        },
        "groups": [
            {"group": gm.group.name, "joined_on": _d(gm.joined_on), "left_on": _d(gm.left_on)}
            for gm in sorted(member.groups, key=lambda g: g.group_id)
        ],
        "absences": [
            {"start_on": _d(a.start_on), "end_on": _d(a.end_on), "note": a.note}
            for a in sorted(member.absences, key=lambda a: a.start_on)
        ],
    }
    att = session.execute(
        select(E.Attendance, mt)
        .join(mt, mt.id == E.Attendance.meeting_id)
        .where(E.Attendance.member_id == member_id)
        .order_by(mt.start_at)
    ).all()
    report["attendance"] = [
        {
            "meeting": {"id": m.id, "title": m.title, "start": _d(m.start_at)},
            "status": a.status,
            "note": a.note,
        }
        for a, m in att
    ]
    roles = []
    for m in session.scalars(
        select(mt)
        .where(
            or_(
                mt.moderator_id == member_id,
                mt.co_moderator_id == member_id,
                mt.protocol_writer_id == member_id,
            )
        )
        .order_by(mt.start_at)
    ):
        for role, who in (
            ("moderator", m.moderator_id),
            ("co_moderator", m.co_moderator_id),
            ("protocol", m.protocol_writer_id),
        ):
            if who == member_id:
                roles.append({"meeting": meeting_ref(m.id), "role": role})
    report["roles"] = roles
    report["agenda_items"] = [
        {"meeting": meeting_ref(a.meeting_id), "title": a.title}
        for a in session.scalars(
            select(E.AgendaItem)
            .where(E.AgendaItem.presenter_id == member_id)
            .order_by(E.AgendaItem.meeting_id, E.AgendaItem.position)
        )
    ]
    rr = E.RotationRecord
    report["rotation"] = [
        {
            "meeting": meeting_ref(r.meeting_id),
            "role": r.role,
            "kind": r.kind,
            "as": "member" if r.member_id == member_id else "other_member",
            "reason": r.reason,
            "created_at": _d(r.created_at),
        }
        for r in session.scalars(
            select(rr)
            .where(or_(rr.member_id == member_id, rr.other_member_id == member_id))
            .order_by(rr.created_at, rr.id)
        )
    ]
    report["action_items"] = [
        {
            "meeting": meeting_ref(a.meeting_id),
            "description": a.description,
            "due_on": _d(a.due_on),
            "status": a.status,
            "done_on": _d(a.done_on),
        }
        for a in session.scalars(
            select(E.ActionItem).where(E.ActionItem.owner_id == member_id).order_by(E.ActionItem.id)
        )
    ]
    report["topics"] = [
        {
            "title": t.title,
            "description": t.description,
            "proposed_on": _d(t.proposed_on),
            "status": t.status,
        }
        for t in session.scalars(
            select(E.Topic)
            .where(E.Topic.proposed_by_id == member_id)
            .order_by(E.Topic.proposed_on, E.Topic.id)
        )
    ]
    report["votes"] = [
        {"topic": title, "meeting": meeting_ref(v.meeting_id), "count": v.count}
        for v, title in session.execute(
            select(E.TopicVote, E.Topic.title)
            .join(E.Topic, E.Topic.id == E.TopicVote.topic_id)
            .where(E.TopicVote.member_id == member_id)
            .order_by(E.TopicVote.id)
        )
    ]
    report["minutes_notes"] = [
        {"meeting": meeting_ref(n.meeting_id), "kind": n.kind, "text": n.text, "private": n.private}
        for n in session.scalars(
            select(E.MinutesNote)
            .where(E.MinutesNote.member_id == member_id)
            .order_by(E.MinutesNote.meeting_id, E.MinutesNote.position)
        )
    ]
    invitations = []
    email = text.email_key(member.email)
    if email:  # every send: a recipient line may be the punycode or NFD form of the address
        for send in session.scalars(select(E.InvitationSend).order_by(E.InvitationSend.sent_at)):
            if email in {text.email_key(line) for line in send.recipients.splitlines()}:
                invitations.append(
                    {
                        "meeting": meeting_ref(send.meeting_id),
                        "kind": send.kind,
                        "sent_at": _d(send.sent_at),
                        "sequence": send.sequence,
                    }
                )
    report["invitations"] = invitations
    traces = traces_for(session, member)
    mentions = []
    for _obj, _key, value, mention in mentioning(session, traces, member):
        entry = {
            "table": mention.table,
            "field": mention.field,
            "id": mention.row_id,
            "text": value,
        }
        if mention.reason == SHARED_NAME:
            entry["uncertain"] = True  # names someone who has the same name
        mentions.append(entry)
    report["mentions"] = mentions
    return report


def subject_access_json(report: Report) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
