"""Which text columns may name a person, and the texts that mention one member.

Every text column of the schema is either free text (:data:`FREE_TEXT`, searched) or an
identity, code or enumeration (:data:`NOT_FREE_TEXT`); ``tests/contacts/test_forget.py``
checks that each is in exactly one of the two.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model.base import Base
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.privacy.traces import Traces

# Free text in which a person may be named: only these columns are searched. Every other
# text column holds an identity (names of other records), a code or an enumeration
# (:data:`NOT_FREE_TEXT`); ``tests/contacts/test_forget.py`` checks that every text
# column of the schema is in exactly one of the two.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "absence": ("note",),
    "action_item": ("description",),
    "agenda_item": ("title", "details"),
    "agenda_template_item": ("title",),
    "attendance": ("note",),
    "cohort": ("title", "pack"),
    "cohort_goal": ("goal",),
    "cop_group": ("description",),
    "decision": ("text",),
    "guest": ("name", "email"),
    "material": (
        "title",
        "link",
        "copied_name",
        "notes",
    ),  # a guest row with the person's name or address is them
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
    "cohort": ("pack_name",),
    "cop_group": (
        "name",
        "cadence_unit",
        "preferred_weekdays",
        "window_start",
        "window_end",
        "video_tool",
        "join_url",
        "whiteboard_url",
    ),
    "guest": ("organisation",),
    "material": ("kind", "sharing"),
    "member_subject": ("kind",),
    "organisation_subject": ("kind",),
    "invitation_send": ("kind",),
    "meeting": (
        "tz",
        "format",
        "video_tool",
        "join_url",
        "whiteboard_url",
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


def text_columns() -> Iterator[tuple[type[Base], str, list[str]]]:
    """Every mapped class with free-text attributes (:data:`FREE_TEXT`): the class, its
    table's name and the attributes."""
    for mapper in sorted(Base.registry.mappers, key=lambda m: m.class_.__name__):
        table = mapper.local_table
        assert isinstance(table, Table)  # every entity maps one table of tables.py
        wanted = FREE_TEXT.get(table.name, ())
        keys = [prop.key for prop in mapper.column_attrs if prop.columns[0].name in wanted]
        if keys:
            yield mapper.class_, table.name, keys


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


def mentioning(
    session: Session, traces: Traces, member: E.Member
) -> Iterator[tuple[object, str, str, Mention]]:
    """(object, attribute, text, mention) for every free text that mentions the member.

    The member's own row is left out (it is handled field by field).
    """
    if not traces.coarse:
        return
    for cls, table, keys in text_columns():
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
                        table,
                        key,
                        getattr(obj, "id", None),
                        traces.excerpt(value),
                        changes,
                        reason,
                    ),
                )
