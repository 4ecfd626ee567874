"""What a send says, as the JSON snapshot the send log keeps, and how two of them compare:
the same content keeps its sequence number, and the differences are the changes the
recipients will see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from copdesk.model import text
from copdesk.model.invitations.dto import Change, Recipient
from copdesk.model.invitations.facts import Facts
from copdesk.model.invitations.log import Snapshot
from copdesk.model.invitations.series import SeriesPlan
from copdesk.model.invitations.values import iso, parse_iso
from copdesk.model.tables import MeetingStatus

# fields compared between what was sent and what would be sent now
COMPARED = (
    "title",
    "start",
    "end",
    "format",
    "place",
    "join_url",
    "meeting_code",
    "passcode",
    "dialin",
    "whiteboard_url",
)
# compared as text: a snapshot written before the whiteboard existed has no such key
_TEXT_KEYS = frozenset({"whiteboard_url"})


def _recipients_json(attendees: Iterable[Recipient]) -> list[list[str]]:
    return sorted([r.email.lower(), r.name, r.role] for r in attendees)


def snapshot_content(
    facts: Facts,
    attendees: Iterable[Recipient],
    *,
    cancelled: bool,
    series: SeriesPlan | None = None,
    recurrence_id: dt.datetime | None = None,
) -> Snapshot:
    """The snapshot of an invitation about *facts*; *series*: the plan of a whole series
    sent as one recurring entry (its rule and every session are part of the content)."""
    data: Snapshot = {
        "title": facts.title,
        "start": iso(facts.start),
        "end": iso(facts.end),
        "format": facts.format,
        "place": facts.place,
        "join_url": facts.video.join_url,
        "meeting_code": facts.video.meeting_code,
        "passcode": facts.video.passcode,
        "dialin": facts.video.dialin,
        "whiteboard_url": facts.whiteboard_url,
        "tz": facts.tz,
        "cancelled": cancelled,
        "recipients": _recipients_json(attendees),
    }
    if series is not None:
        rule = series.rule()
        data["rule"] = {
            "freq": rule.freq,
            "interval": rule.interval,
            "count": rule.count,
            "exdates": [iso(x) for x in rule.exdates],
        }
        data["sessions"] = {
            str(m.series_index): [
                iso(m.start_at),
                iso(m.end_at),
                m.status == MeetingStatus.CANCELLED,
                iso(series.original_of(m)),
            ]
            for m in series.sessions
        }
    if recurrence_id is not None:
        data["recurrence_id"] = iso(recurrence_id)
    return data


def same_content(a: Snapshot | None, b: Snapshot, *, recipients: bool = True) -> bool:
    if a is None:
        return False
    keys = set(COMPARED) | {"cancelled", "rule", "sessions", "recurrence_id"}
    if recipients and _recipient_keys(a) != _recipient_keys(b):
        return False
    return all(
        (a.get(k) or "") == (b.get(k) or "") if k in _TEXT_KEYS else a.get(k) == b.get(k)
        for k in keys
    )


def _recipient_keys(snapshot: Snapshot) -> list[list[str]]:
    """A snapshot's recipients with their addresses as ``text.email_key`` (snapshots hold
    them lower-cased as written, so an address retyped in another form is no change)."""
    return sorted([text.email_key(r[0]), *r[1:]] for r in snapshot.get("recipients", []))


def changes_between(before: Snapshot | None, now: Snapshot) -> tuple[Change, ...]:
    """What the recipients would see change, in reading order."""
    if before is None:
        return (Change("unknown"),)
    out: list[Change] = []
    if before.get("cancelled") and not now.get("cancelled"):
        out.append(Change("reinstated"))
    if now.get("cancelled") and not before.get("cancelled"):
        out.append(Change("cancelled", (before.get("start", ""), before.get("end", ""))))
    if before.get("start") != now["start"]:
        out.append(
            Change(
                "moved",
                (before.get("start", ""), before.get("end", "")),
                (now["start"], now["end"]),
            )
        )
    elif before.get("end") != now["end"]:

        def minutes(d: Snapshot) -> str:
            try:
                return str(int((parse_iso(d["end"]) - parse_iso(d["start"])).total_seconds() // 60))
            except (KeyError, ValueError):
                return ""

        out.append(Change("duration", (minutes(before),), (minutes(now), now["start"], now["end"])))
    for key in ("title", "format", "place"):
        if (before.get(key) or "") != (now.get(key) or ""):
            out.append(Change(key, (before.get(key) or "",), (now.get(key) or "",)))
    if (before.get("join_url") or "") != (now.get("join_url") or ""):
        out.append(Change("link", (before.get("join_url") or "",), (now.get("join_url") or "",)))
    if (before.get("whiteboard_url") or "") != (now.get("whiteboard_url") or ""):
        out.append(
            Change(
                "whiteboard",
                (before.get("whiteboard_url") or "",),
                (now.get("whiteboard_url") or "",),
            )
        )
    if any(
        (before.get(k) or "") != (now.get(k) or "") for k in ("meeting_code", "passcode", "dialin")
    ):
        out.append(Change("dialin"))
    old = {text.email_key(r[0]): r for r in before.get("recipients", [])}
    new = {text.email_key(r[0]): r for r in now.get("recipients", [])}
    added = tuple(
        new[e][1] or new[e][0] for e in sorted(new.keys() - old.keys(), key=lambda e: new[e][1])
    )
    removed = tuple(
        old[e][1] or old[e][0] for e in sorted(old.keys() - new.keys(), key=lambda e: old[e][1])
    )
    if added:
        out.append(Change("added", (), added))
    if removed:
        out.append(Change("removed", removed, ()))
    if "rule" in now:
        old_rule = before.get("rule") or {}
        new_rule = now["rule"]
        if any(old_rule.get(k) != new_rule.get(k) for k in ("freq", "interval", "count")):
            out.append(
                Change("rule", (str(old_rule.get("count", "")),), (str(new_rule.get("count", "")),))
            )
        old_sessions = before.get("sessions") or {}
        for index, (start, end, cancelled, _original) in sorted(
            now.get("sessions", {}).items(), key=lambda kv: int(kv[0])
        ):
            prev = old_sessions.get(index)
            if prev is None:
                continue
            if cancelled and not prev[2]:
                out.append(Change("session_cancelled", (prev[0], prev[1])))
            elif prev[2] and not cancelled:
                out.append(Change("session_restored", (), (start, end)))
            elif (prev[0], prev[1]) != (start, end) and not cancelled:
                out.append(Change("session_moved", (prev[0], prev[1]), (start, end)))
    return tuple(out)
