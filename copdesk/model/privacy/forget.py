"""Erasure (Art. 17).

Public bodies may have to keep their minutes, so a member is *pseudonymised*, not
deleted: the references (attendance, roles, rotation, action items, topics, votes)
stay, so meeting counts, the minutes and the rotation history stay consistent.
:func:`forget_member` (a use case, run with ``undoable=False``):

* name → "ehemaliges Mitglied (S. G.)" / "former member (S. G.)" (label + initials);
* e-mail, phone, function, offers, seeks and notes emptied; inactive; ``forgotten_on``;
* absences deleted; attendance notes ("krank", "Urlaub") emptied; the member's private
  minutes notes (private check-ins) deleted;
* the free-text columns listed in :data:`FREE_TEXT` are searched for the name (full
  name, "Last, First"; the last name or the first name alone only if no other member
  has it), the e-mail and the phone (also written as 030 …, +49 30 …, with other
  separators, and JSON-escaped as in stored snapshots); matches are replaced by the
  pseudonym (names) or by a "removed" label (e-mail, phone); invitation recipient
  lists lose the address.

What is never changed, only listed in the preview so the organiser can edit it by
hand: **other members' rows** (their notes may mention the person, but their record is
theirs), and a name that another member also has (two people called "Sabine Groß":
a text naming her may mean either; the e-mail and phone are still removed, they are
unambiguous). Every text that will change, and every one kept, is in
:class:`ForgetPreview` ``texts``.

Afterwards ``purge.clean_after_erasure`` runs :func:`copdesk.model.db.purge_free_space`:
it checkpoints the WAL (TRUNCATE) and runs VACUUM, so no old bytes of the name remain in
the file or in the ``-wal`` (``secure_delete`` is on as well). The caller runs it right
after the commit (``privacy_dialog``, ``cli/contacts.py``). Daily backups made before the
erasure still hold the old data until they rotate out; the dialog says so.

Everything here writes through ORM objects, like every use case; the log gets ids only.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from copdesk.model.privacy.columns import Mention, mentioning
from copdesk.model.privacy.labels import DEFAULT_PSEUDONYM, DEFAULT_REMOVED
from copdesk.model.privacy.traces import pseudonym_for, traces_for

log = logging.getLogger(__name__)


class AlreadyForgotten(UserError):
    template = QT_TRANSLATE_NOOP("errors", "This member was already forgotten on {date}.")


@dataclass(frozen=True, slots=True)
class ForgetPreview:
    name: str
    pseudonym: str
    absences: int
    private_notes: int
    mentions: int  # texts that will be rewritten
    attendances: int
    texts: tuple[Mention, ...] = ()  # rewritten and listed-only texts, in table order
    identity: tuple[str, str, str] = ("", "", "")  # first, last, e-mail: finds old backups

    @property
    def kept(self) -> tuple[Mention, ...]:
        """Texts that mention the member but are left as they are (see :class:`Mention`)."""
        return tuple(m for m in self.texts if not m.changes)


@dataclass(frozen=True, slots=True)
class ForgetResult:
    member_id: int
    pseudonym: str
    absences_deleted: int
    private_notes_deleted: int
    texts_changed: int


def forget_preview(
    session: Session, member_id: int, *, pseudonym: str = DEFAULT_PSEUDONYM
) -> ForgetPreview:
    """What :func:`forget_member` would change (for the confirmation)."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    if member.forgotten_on is not None:
        raise AlreadyForgotten(date=member.forgotten_on.isoformat())
    traces = traces_for(session, member)
    texts = tuple(m for _o, _k, _v, m in mentioning(session, traces, member))
    notes = session.scalars(
        select(E.MinutesNote.id).where(
            E.MinutesNote.member_id == member_id, E.MinutesNote.private.is_(True)
        )
    ).all()
    attendances = session.scalars(
        select(E.Attendance.meeting_id).where(E.Attendance.member_id == member_id)
    ).all()
    return ForgetPreview(
        member.display_name,
        pseudonym_for(member.first_name, member.last_name, pseudonym),
        len(member.absences),
        len(notes),
        sum(m.changes for m in texts),
        len(attendances),
        texts,
        (member.first_name, member.last_name, member.email),
    )


def forget_member(
    session: Session,
    member_id: int,
    *,
    pseudonym: str = DEFAULT_PSEUDONYM,
    removed: str = DEFAULT_REMOVED,
    today: dt.date | None = None,
) -> ForgetResult:
    """Pseudonymise one member and remove their personal data (see the module docstring).

    Run it with ``Commands.run(..., undoable=False)``, then :func:`copdesk.model.db.purge_free_space`.
    """
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    if member.forgotten_on is not None:
        raise AlreadyForgotten(date=member.forgotten_on.isoformat())
    today = today or dt.date.today()
    name = pseudonym_for(member.first_name, member.last_name, pseudonym)
    traces = traces_for(session, member, pseudonym=name, removed=removed)
    email = text.email_key(member.email)

    changed = 0
    seen: set[tuple[int, str]] = set()
    for obj, key, value, mention in list(mentioning(session, traces, member)):
        if not mention.changes:
            continue
        new = value
        if isinstance(obj, E.InvitationSend) and key == "recipients" and email:
            new = "\n".join(line for line in new.splitlines() if text.email_key(line) != email)
        new = traces.scrub(new)
        if new != value:
            setattr(obj, key, new)
            if (id(obj), key) not in seen:
                seen.add((id(obj), key))
                changed += 1
    absences = list(member.absences)
    for absence in absences:
        session.delete(absence)
    for attendance in session.scalars(
        select(E.Attendance).where(E.Attendance.member_id == member_id)
    ):
        if attendance.note:
            attendance.note = ""
    private = session.scalars(
        select(E.MinutesNote).where(
            E.MinutesNote.member_id == member_id, E.MinutesNote.private.is_(True)
        )
    ).all()
    for note in private:
        session.delete(note)
    member.first_name = ""
    member.last_name = name
    for key in ("email", "phone", "function", "offers", "seeks", "notes"):
        setattr(member, key, "")
    member.active = False
    if member.left_on is None:
        member.left_on = today
    member.forgotten_on = today
    session.flush()
    log.info(
        "member %s forgotten (%s texts, %s absences, %s private notes)",
        member_id,
        changed,
        len(absences),
        len(private),
    )
    return ForgetResult(member_id, name, len(absences), len(private), changed)
