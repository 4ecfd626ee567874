"""Data protection (DSGVO/GDPR): consent, subject access (Art. 15), erasure (Art. 17).

Consent
    ``Member.consent_on`` records when a member agreed to be stored;
    :func:`members_without_consent` lists the active members without it (the members page
    flags them).

Subject access (Art. 15, also Art. 20 portability)
    :func:`subject_access` collects everything stored about one member into a
    JSON-ready dict: the member record, groups, absences, attendance, roles, rotation
    records, action items, topics, votes, minutes notes, invitations sent to them, and
    every free-text field elsewhere that mentions their name, e-mail or phone.
    ``copdesk/formats/privacy_report.py`` renders the same dict as readable text.

Erasure (Art. 17)
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

    Afterwards :func:`copdesk.model.db.purge_free_space` checkpoints the WAL (TRUNCATE) and runs VACUUM, so
    no old bytes of the name remain in the file or in the ``-wal`` (``secure_delete`` is
    on as well). The caller runs it right after the commit (``privacy_dialog``,
    ``cli/contacts.py``). Daily backups made before the erasure still hold the old data
    until they rotate out; the dialog says so.

Everything here writes through ORM objects, like every use case; the log gets ids only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from copdesk import __version__
from copdesk.model import entities as E
from copdesk.model import groups, text
from copdesk.model.base import Base
from copdesk.model.dto import MemberRow
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    FileProblem,
    NotFoundError,
    UserError,
    disk_full,
)

log = logging.getLogger(__name__)

# What replaces a forgotten member's name (plus initials) and their e-mail or phone in
# texts; the callers translate these into the UI language before passing them in.
PSEUDONYM_LABEL = QT_TRANSLATE_NOOP("privacy", "former member")
REMOVED_LABEL = QT_TRANSLATE_NOOP("privacy", "[removed]")
DEFAULT_PSEUDONYM = PSEUDONYM_LABEL
DEFAULT_REMOVED = REMOVED_LABEL
FORMAT = "copdesk-subject-access"
MIN_PHONE_DIGITS = 6
_SEP = r"[\s\-/().]*"


class AlreadyForgotten(UserError):
    template = QT_TRANSLATE_NOOP("errors", "This member was already forgotten on {date}.")


class PurgeIncomplete(UserError):
    """The erasure is committed, but old bytes may remain in the file (see
    :func:`clean_after_erasure`). *cause*: the ``FileProblem`` that stopped the cleaning;
    without one, another program kept it from finishing."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet because another program is reading it. Close the other programs that use the "
        "file, then choose “Forget member” for the same member again to finish.",
    )
    NO_SPACE = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet because the disk holding “{path}” is full (cleaning needs room for a second "
        "copy of the file). Free some space, then choose “Forget member” for the same "
        "member again to finish.",
    )
    FAILED = QT_TRANSLATE_NOOP(
        "errors",
        "The personal data was erased, but the file could not be cleaned of the old bytes "
        "yet: {problem} Then choose “Forget member” for the same member again to finish.",
    )

    def __init__(self, cause: FileProblem | None = None) -> None:
        self.cause = cause
        if cause is None:
            super().__init__()
        elif cause.template == disk_full(cause.path).template:
            super().__init__(self.NO_SPACE, path=cause.path)
        else:
            super().__init__(self.FAILED, problem=cause.render())

    def render(self, translate=None) -> str:
        if self.cause is not None and "problem" in self.params:
            self.params["problem"] = self.cause.render(translate)
        return super().render(translate)


def clean_after_erasure(engine) -> PurgeIncomplete | None:
    """Run :func:`copdesk.model.db.purge_free_space` after a committed erasure; returns
    what to tell the user if old bytes may remain (None: the file is clean)."""
    from copdesk.model import db

    try:
        return None if db.purge_free_space(engine) else PurgeIncomplete()
    except FileProblem as exc:
        return PurgeIncomplete(exc)


# --- consent -----------------------------------------------------------------------------


def members_without_consent(session: Session) -> list[MemberRow]:
    """Active members with no recorded consent to be stored."""
    from copdesk.model.members import list_members

    return [r for r in list_members(session) if r.active and r.consent_on is None]


def set_consent(session: Session, member_id: int, day: dt.date | None) -> None:
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    member.consent_on = day


# --- finding a person in free text ---------------------------------------------------------


def initials(first: str, last: str) -> str:
    return " ".join(f"{p[0].upper()}." for p in (first.strip(), last.strip()) if p)


def pseudonym_for(first: str, last: str, label: str = DEFAULT_PSEUDONYM) -> str:
    short = initials(first, last)
    return f"{label} ({short})" if short else label


def _json_escaped(value: str) -> str:
    return json.dumps(value)[1:-1]


def _phone_patterns(phone: str) -> list[str]:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < MIN_PHONE_DIGITS:
        return []
    international = phone.strip().startswith(("+", "00"))
    digits = digits.removeprefix("00")
    national = None  # German numbers are written both ways: +49 30 …, 030 …, +49 (0)30 …
    if international and digits.startswith("49"):
        national = digits[2:]
    elif not international and digits.startswith("0") and not digits.startswith("00"):
        national = digits[1:]
    variants = [r"(?:\+|00)" + _SEP + _SEP.join(digits) if international else _SEP.join(digits)]
    if national:  # the longer international form first, or "+49 " would be left behind
        variants.append(
            r"(?:\+|00)"
            + _SEP
            + "4"
            + _SEP
            + "9"
            + _SEP
            + r"(?:\(0\)"
            + _SEP
            + ")?"
            + _SEP.join(national)
        )
        variants.append(_SEP.join("0" + national))
    # a number may open with a bracket: "(030) 23125000" leaves no "(" behind
    return list(dict.fromkeys(rf"(?<!\d)\(?{v}(?!\d)" for v in variants))


def _email_spellings(email: str) -> list[str]:
    """The ways one address may be written (``text.email_key`` treats them as one)."""
    email = email.strip()
    if not email:
        return []
    local, _at, domain = text.email_key(email).rpartition("@")
    forms = [email, unicodedata.normalize("NFC", email), unicodedata.normalize("NFD", email)]
    if domain.startswith("xn--") or ".xn--" in domain:
        forms.append(f"{local}@{domain}")
    return list(dict.fromkeys(forms))


_TRANSLITERATED = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}
# "Frau Groß", "Hr. Dr. Weiß": a surname after a form of address means a person
_ADDRESS = r"(?:(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?)\s+)?(?:(?:Dr|Prof)\.\s+)*"


def _tolerant(name: str) -> str:
    """A pattern for *name* as people also write it: "Gross", "Groß", "Müller", "Mueller"
    (with ``re.IGNORECASE``: "SABINE GROSS" too), any whitespace between words."""
    out = []
    for ch in name:
        if ch.lower() in _TRANSLITERATED:
            out.append(_TRANSLITERATED[ch.lower()])
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


class Traces:
    """Where a member's name, e-mail or phone occurs in text, and how to remove it.

    ``rules`` are certain and rewrite: the e-mail address and phone number in any of their
    spellings; the full name ("Sabine Groß", "Groß, Sabine", "SABINE GROSS") unless another
    member has the same; the surname after a form of address ("Frau Groß") and the first
    name alone, each only if it is no other member's or guest's first or last name.
    ``uncertain`` patterns only find (the texts are listed, never rewritten): the surname
    alone ("Groß- und Kleinschreibung", "Thomas Groß"), and any name part someone else has.
    Texts are searched in NFC, so a name typed with combining accents is found as well.
    """

    def __init__(
        self,
        first: str,
        last: str,
        email: str,
        phone: str,
        *,
        first_name_unique: bool = True,
        last_name_unique: bool = True,
        full_name_unique: bool = True,
        pseudonym: str = DEFAULT_PSEUDONYM,
        removed: str = DEFAULT_REMOVED,
    ) -> None:
        self.rules: list[tuple[re.Pattern[str], str]] = []
        self.uncertain: list[re.Pattern[str]] = []
        coarse: list[str] = []
        first = unicodedata.normalize("NFC", first.strip())
        last = unicodedata.normalize("NFC", last.strip())
        ci = re.IGNORECASE

        def rule(pattern: str, replacement: str, certain: bool, flags: int = 0) -> None:
            if certain:
                self.rules.append((re.compile(pattern, flags), replacement))
            else:
                self.uncertain.append(re.compile(pattern, flags))
            coarse.append(pattern)

        for spelling in _email_spellings(email):  # as typed, NFC/NFD, punycode domain
            rule(rf"(?<![\w.+\-]){re.escape(spelling)}(?![\w\-])", removed, True, ci)
        for pattern in _phone_patterns(phone):
            rule(pattern, removed, True)
        # names as written, then as they appear JSON-escaped in stored snapshots ("Gro\u00df")
        variants = [(_tolerant(first), _tolerant(last), pseudonym)]
        if (_json_escaped(first), _json_escaped(last)) != (first, last):
            variants.append(
                (
                    re.escape(_json_escaped(first)),
                    re.escape(_json_escaped(last)),
                    _json_escaped(pseudonym),
                )
            )
        for f, la, label in variants:  # full names first: "Sabine" must not eat "Sabine Groß"
            if first and last:
                for full in (rf"{f}\s+{la}", rf"{la},\s*{f}", rf"{la}\s+{f}"):
                    rule(rf"(?<!\w){_ADDRESS}{full}(?!\w)", label, full_name_unique, ci)
        for f, la, label in variants:
            if last and len(last) >= 2:
                rule(
                    rf"(?<!\w)(?:Frau|Herrn?|Fr\.|Hr\.|Mrs?\.?|Ms\.?|Dr\.|Prof\.)\s+"
                    rf"{_ADDRESS}{la}(?!\w)",
                    label,
                    last_name_unique and full_name_unique,
                    ci,
                )
                if first:  # "S. Groß", "S.Groß"
                    rule(
                        rf"(?<!\w){re.escape(first[0])}\.\s*{la}(?!\w)",
                        label,
                        last_name_unique and full_name_unique,
                        ci,
                    )
                rule(rf"(?<!\w){la}(?!\w)", label, False)
            if first and len(first) >= 3:
                rule(
                    rf"(?<!\w){f}(?!\w)",
                    label,
                    (first_name_unique or not last) and full_name_unique,
                )
        self.coarse = "(?i)" + "|".join(coarse) if coarse else ""

    @staticmethod
    def _nfc(text_: str) -> str:
        return text_ if text_.isascii() else unicodedata.normalize("NFC", text_)

    def scrub(self, text_: str) -> str:
        """*text_* without the certain traces (in NFC if it had any; else unchanged)."""
        nfc = self._nfc(text_)
        if not any(pattern.search(nfc) for pattern, _r in self.rules):
            return text_
        for pattern, replacement in self.rules:
            nfc = pattern.sub(replacement, nfc)
        return nfc

    def mentions(self, text_: str) -> bool:
        nfc = self._nfc(text_)
        return any(pattern.search(nfc) for pattern, _r in self.rules)

    def mentions_uncertainly(self, text_: str) -> bool:
        nfc = self._nfc(text_)
        return any(pattern.search(nfc) for pattern in self.uncertain)

    def excerpt(self, text_: str, width: int = 70) -> str:
        """The text around the first match, on one line, the match near the start."""
        text_ = self._nfc(text_)
        found = [
            m for m in (p.search(text_) for p in [r[0] for r in self.rules] + self.uncertain) if m
        ]
        start = min((m.start() for m in found), default=0)
        left = max(0, start - 16)
        piece = " ".join(text_[left : left + width].split())
        return ("…" if left else "") + piece + ("…" if left + width < len(text_) else "")


def traces_for(
    session: Session,
    member: E.Member,
    *,
    pseudonym: str = DEFAULT_PSEUDONYM,
    removed: str = DEFAULT_REMOVED,
) -> Traces:
    """The member's traces. A name part counts as theirs alone only if it is no other
    member's first or last name and no word of a guest's name (guests named exactly like
    the member are the member)."""
    first, last = member.first_name.strip(), member.last_name.strip()
    full = f"{first} {last}".casefold()
    others: set[str] = set()
    namesake = False
    for other_first, other_last in session.execute(
        select(E.Member.first_name, E.Member.last_name).where(E.Member.id != member.id)
    ):
        others.update(w.casefold() for w in (other_first.strip(), other_last.strip()))
        namesake = namesake or f"{other_first.strip()} {other_last.strip()}".casefold() == full
    for (guest,) in session.execute(select(E.Guest.name).distinct()):
        if " ".join(guest.split()).casefold() != full:
            others.update(w.casefold() for w in re.findall(r"\w+", guest))
    return Traces(
        first,
        last,
        member.email,
        member.phone,
        first_name_unique=first.casefold() not in others,
        last_name_unique=last.casefold() not in others,
        full_name_unique=not (first and last and namesake),
        pseudonym=pseudonym,
        removed=removed,
    )


# Free text in which a person may be named: only these columns are searched. Every other
# text column holds an identity (names of other records), a code or an enumeration
# (:data:`NOT_FREE_TEXT`); ``tests/contacts/test_forget.py`` checks that every text
# column of the schema is in exactly one of the two.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "absence": ("note",),
    "action_item": ("description",),
    "agenda_item": ("title",),
    "agenda_template_item": ("title",),
    "attendance": ("note",),
    "cop_group": ("description",),
    "decision": ("text",),
    "guest": ("name", "email"),  # a guest row with the person's name or address is them
    "invitation_send": ("recipients", "snapshot"),
    "meeting": ("title", "place", "notes"),
    "meeting_series": ("title",),
    "member": ("offers", "seeks", "notes"),  # other members': listed, never changed
    "minutes_note": ("text",),
    "organisation": ("notes", "video_text"),
    "protocol_version": ("snapshot", "changes"),
    "rotation_record": ("reason",),
    "setting": ("value",),
    "topic": ("title", "description"),
}
NOT_FREE_TEXT: dict[str, tuple[str, ...]] = {
    "agenda_item": ("kind",),
    "agenda_template": ("name",),
    "agenda_template_item": ("kind",),
    "attendance": ("status",),
    "board_entry": ("column",),
    "cop_group": ("name", "cadence_unit", "preferred_weekdays", "window_start", "window_end"),
    "guest": ("organisation",),
    "invitation_send": ("kind",),
    "meeting": (
        "tz",
        "format",
        "video_tool",
        "join_url",
        "meeting_code",
        "passcode",
        "dialin",
        "status",
        "ics_uid",
    ),
    "meeting_series": ("freq", "tz", "ics_uid"),
    "member": ("first_name", "last_name", "email", "phone", "function"),  # identity
    "minutes_note": ("kind",),
    "organisation": ("name", "kind", "state", "city", "video_tool", "video_link", "video_dialin"),
    "rotation_record": ("role", "kind"),
    "rotation_rule": ("excluded_member_ids",),
    "tag": ("name",),
    "timebox_event": ("kind",),
    "topic": ("status",),
    "action_item": ("status",),
}


def _text_columns() -> Iterator[tuple[type, list[str]]]:
    """Every mapped class with free-text attributes (:data:`FREE_TEXT`)."""
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        wanted = FREE_TEXT.get(mapper.local_table.name, ())
        keys = [prop.key for prop in mapper.column_attrs if prop.columns[0].name in wanted]
        if keys:
            yield mapper.class_, keys


# Why a text that mentions the member is listed but not rewritten
OTHER_MEMBER = QT_TRANSLATE_NOOP("privacy", "another member's record — left as it is")
SHARED_NAME = QT_TRANSLATE_NOOP("privacy", "may mean someone else — left as it is")
TABLE_LABELS = {
    "absence": QT_TRANSLATE_NOOP("privacy", "Absence"),
    "action_item": QT_TRANSLATE_NOOP("privacy", "Action item"),
    "agenda_item": QT_TRANSLATE_NOOP("privacy", "Agenda item"),
    "agenda_template_item": QT_TRANSLATE_NOOP("privacy", "Agenda template"),
    "attendance": QT_TRANSLATE_NOOP("privacy", "Attendance note"),
    "cop_group": QT_TRANSLATE_NOOP("privacy", "Group"),
    "decision": QT_TRANSLATE_NOOP("privacy", "Decision"),
    "guest": QT_TRANSLATE_NOOP("privacy", "Guest"),
    "invitation_send": QT_TRANSLATE_NOOP("privacy", "Invitation sent"),
    "meeting": QT_TRANSLATE_NOOP("privacy", "Meeting"),
    "meeting_series": QT_TRANSLATE_NOOP("privacy", "Meeting series"),
    "member": QT_TRANSLATE_NOOP("privacy", "Member"),
    "minutes_note": QT_TRANSLATE_NOOP("privacy", "Minutes note"),
    "organisation": QT_TRANSLATE_NOOP("privacy", "Organisation"),
    "protocol_version": QT_TRANSLATE_NOOP("privacy", "Protocol version"),
    "rotation_record": QT_TRANSLATE_NOOP("privacy", "Rotation record"),
    "setting": QT_TRANSLATE_NOOP("privacy", "Setting"),
    "topic": QT_TRANSLATE_NOOP("privacy", "Topic"),
}


@dataclass(frozen=True, slots=True)
class Mention:
    """A text that mentions the member: rewritten by :func:`forget_member`, or only listed."""

    table: str
    field: str
    row_id: int | None
    excerpt: str
    changes: bool
    reason: str = ""  # why it is left as it is (OTHER_MEMBER, SHARED_NAME), untranslated


def _mentioning(
    session: Session, traces: Traces, member: E.Member
) -> Iterator[tuple[object, str, str, Mention]]:
    """(object, attribute, text, mention) for every free text that mentions the member.

    The member's own row is left out (it is handled field by field).
    """
    if not traces.coarse:
        return
    for cls, keys in _text_columns():
        columns = [getattr(cls, k) for k in keys]
        stmt = select(cls).where(or_(*(c.regexp_match(traces.coarse) for c in columns)))
        for obj in session.scalars(stmt):
            if obj is member:
                continue
            for key in keys:
                value = getattr(obj, key)
                if not isinstance(value, str) or not value:
                    continue
                certain = traces.mentions(value)
                if not certain and not traces.mentions_uncertainly(value):
                    continue
                if isinstance(obj, E.Member):
                    changes, reason = False, OTHER_MEMBER
                else:
                    changes, reason = certain, "" if certain else SHARED_NAME
                yield (
                    obj,
                    key,
                    value,
                    Mention(
                        type(obj).__table__.name,
                        key,
                        getattr(obj, "id", None),
                        traces.excerpt(value),
                        changes,
                        reason,
                    ),
                )


# --- subject access (Art. 15) --------------------------------------------------------------


def _d(value) -> str | None:
    if value is None:
        return None
    return value.isoformat()


def subject_access(session: Session, member_id: int, *, now: dt.datetime | None = None) -> dict:
    """Everything stored about one member, as a JSON-ready dict."""
    member = session.get(E.Member, member_id)
    if member is None:
        raise NotFoundError()
    now = now or dt.datetime.now(dt.UTC)
    mt = E.Meeting

    def meeting_ref(meeting_id) -> dict | None:
        if meeting_id is None:
            return None
        meeting = session.get(mt, meeting_id)
        if meeting is None:
            return None
        return {"id": meeting.id, "title": meeting.title, "start": _d(meeting.start_at)}

    report: dict = {
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
    for _obj, _key, value, mention in _mentioning(session, traces, member):
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


def subject_access_json(report: dict) -> bytes:
    return (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- erasure (Art. 17) -----------------------------------------------------------------------


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
    texts = tuple(m for _o, _k, _v, m in _mentioning(session, traces, member))
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
    for obj, key, value, mention in list(_mentioning(session, traces, member)):
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
