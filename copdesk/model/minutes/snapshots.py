"""What a protocol version freezes (a JSON snapshot) and how two snapshots differ.

Pure functions, no database: ``snapshot`` turns a :class:`Minutes` record into plain JSON
values, ``parse`` reads one back from a stored version, ``describe_changes`` lists the
differences as readable lines in the language of the translation function it is given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import NotRequired, TypedDict, TypeVar, cast

from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.minutes.dto import Minutes
from copdesk.model.minutes.lookup import Translate, identity


class MeetingFacts(TypedDict):
    title: str
    start: str
    end: str
    format: str
    place: str
    host: str
    moderator: str
    co_moderator: str
    protocol_writer: str


class NoteFacts(TypedDict):
    item: str
    kind: str
    text: str
    private: bool
    member: str


class ActionFacts(TypedDict):
    owner: str
    description: str
    due: str
    status: str


class Snapshot(TypedDict):
    """A protocol version's content; the keys of the inner mappings are row ids."""

    meeting: MeetingFacts
    attendance: dict[str, list[str]]  # member id -> [name, attendance group]
    guests: dict[str, str]
    notes: dict[str, NoteFacts]
    decisions: dict[str, str]
    actions: dict[str, ActionFacts]
    # agenda item id -> [title, text], for items with a text (the sub-groups' news); only
    # written when there is one, so a snapshot without item texts is stored as before
    item_texts: NotRequired[dict[str, list[str]]]


def snapshot(m: Minutes) -> Snapshot:
    """The protocol's content as plain JSON values (what a version freezes)."""
    items = {a.id: a.title for a in m.agenda}
    content: Snapshot = {
        "meeting": {
            "title": m.title,
            "start": m.start_at.isoformat(),
            "end": m.end_at.isoformat(),
            "format": m.format,
            "place": m.place,
            "host": m.host,
            "moderator": m.moderator,
            "co_moderator": m.co_moderator,
            "protocol_writer": m.protocol_writer,
        },
        "attendance": {str(a.member_id): [a.name, a.group] for a in m.attendees if a.status},
        "guests": {str(g.id): g.name for g in m.guests if g.attended},
        "notes": {
            str(n.id): {
                "item": items.get(n.agenda_item_id, "") if n.agenda_item_id is not None else "",
                "kind": n.kind,
                "text": n.text,
                "private": n.private,
                "member": n.member_name,
            }
            for n in m.notes
        },
        "decisions": {str(d.id): d.text for d in m.decisions},
        "actions": {
            str(a.id): {
                "owner": a.owner,
                "description": a.description,
                "due": a.due_on.isoformat() if a.due_on else "",
                "status": a.status,
            }
            for a in m.actions
        },
    }
    texts = {str(a.id): [a.title, a.details] for a in m.agenda if a.details}
    if texts:
        content["item_texts"] = texts
    return content


def dumps(content: Snapshot) -> str:
    """The stored text of a snapshot."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True)


def parse(raw: str) -> Snapshot | None:
    """A stored snapshot, or None where the text is not one (an old or damaged version)."""
    try:
        data = json.loads(raw or "")
    except ValueError:
        return None
    if isinstance(data, dict) and "meeting" in data:
        # written by snapshot(); describe_changes reads every part with a default
        return cast(Snapshot, data)
    return None


GROUP_WORDS = {
    "present": QT_TRANSLATE_NOOP("minutes", "present"),
    "excused": QT_TRANSLATE_NOOP("minutes", "excused"),
    "absent": QT_TRANSLATE_NOOP("minutes", "absent"),
    "unknown": QT_TRANSLATE_NOOP("minutes", "not recorded"),
}
STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("minutes", "open"),
    "done": QT_TRANSLATE_NOOP("minutes", "done"),
    "cancelled": QT_TRANSLATE_NOOP("minutes", "cancelled"),
}

_V = TypeVar("_V")
_NOBODY = ["", "unknown"]


def attendance_words() -> dict[str, str]:
    """The untranslated names of the attendance groups (translate in context "minutes")."""
    return dict(GROUP_WORDS)


def _short(value: str, limit: int = 80) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def describe_changes(old: Snapshot, new: Snapshot, translate: Translate | None = None) -> list[str]:
    """A readable line per difference between two snapshots."""
    tl = translate or identity
    lines: list[str] = []

    def add(template: str, **params: object) -> None:
        lines.append(tl("minutes", template).format(**params))

    if old.get("meeting") != new.get("meeting"):
        add(QT_TRANSLATE_NOOP("minutes", "Meeting details changed (date, roles or place)."))
    o_att, n_att = old.get("attendance", {}), new.get("attendance", {})

    def person(key: str) -> list[str]:
        return n_att.get(key) or o_att.get(key) or _NOBODY

    for key in sorted(set(o_att) | set(n_att), key=lambda k: person(k)[0]):
        before = (o_att.get(key) or _NOBODY)[1]
        after = (n_att.get(key) or _NOBODY)[1]
        if before != after:
            add(
                QT_TRANSLATE_NOOP("minutes", "Attendance of {name}: {before} → {after}"),
                name=person(key)[0],
                before=tl("minutes", GROUP_WORDS.get(before, before)),
                after=tl("minutes", GROUP_WORDS.get(after, after)),
            )
    o_g, n_g = old.get("guests", {}), new.get("guests", {})
    for key in sorted(set(n_g) - set(o_g)):
        add(QT_TRANSLATE_NOOP("minutes", "Guest added: {name}"), name=n_g[key])
    for key in sorted(set(o_g) - set(n_g)):
        add(QT_TRANSLATE_NOOP("minutes", "Guest removed: {name}"), name=o_g[key])
    for key in sorted(set(o_g) & set(n_g)):
        if o_g[key] != n_g[key]:
            add(
                QT_TRANSLATE_NOOP("minutes", "Guest renamed: {before} → {after}"),
                before=o_g[key],
                after=n_g[key],
            )

    def compare(
        o: Mapping[str, _V],
        n: Mapping[str, _V],
        texts: tuple[str, str, str],
        show: Callable[[_V], str],
    ) -> None:
        added, changed, removed = texts
        for key in sorted(set(n) - set(o), key=int):
            add(added, text=show(n[key]))
        for key in sorted(set(o) & set(n), key=int):
            if o[key] != n[key]:
                add(changed, text=show(n[key]))
        for key in sorted(set(o) - set(n), key=int):
            add(removed, text=show(o[key]))

    def note(n: NoteFacts) -> str:
        where = f"{n['item']}: " if n.get("item") else ""
        return where + _short(n["text"])

    compare(
        old.get("notes", {}),
        new.get("notes", {}),
        (
            QT_TRANSLATE_NOOP("minutes", "Note added – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Note changed – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Note removed – {text}"),
        ),
        note,
    )
    compare(
        old.get("decisions", {}),
        new.get("decisions", {}),
        (
            QT_TRANSLATE_NOOP("minutes", "Decision added – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Decision changed – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Decision removed – {text}"),
        ),
        _short,
    )

    compare(
        old.get("item_texts", {}),
        new.get("item_texts", {}),
        (
            QT_TRANSLATE_NOOP("minutes", "Text of an agenda item added – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Text of an agenda item changed – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Text of an agenda item removed – {text}"),
        ),
        lambda pair: pair[0],
    )

    def action(a: ActionFacts) -> str:
        parts = [a["owner"] or "–", _short(a["description"], 60)]
        if a.get("due"):
            parts.append(a["due"])
        parts.append(tl("minutes", STATUS_WORDS.get(a["status"], a["status"])))
        return " · ".join(parts)

    compare(
        old.get("actions", {}),
        new.get("actions", {}),
        (
            QT_TRANSLATE_NOOP("minutes", "Action item added – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Action item changed – {text}"),
            QT_TRANSLATE_NOOP("minutes", "Action item removed – {text}"),
        ),
        action,
    )
    return lines
