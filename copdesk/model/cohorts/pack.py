"""Guide packs: the weeks of a learning circle (title, agenda items with minutes, notes)
read from a small TOML file (format: ``docs/guide-packs.md``).

A pack is input from outside: :func:`parse_pack` checks everything and names the line of
the first problem; :func:`pack_from_json` reads the normalised copy stored in
``cohort.pack`` just as carefully (a received community file is untrusted too).
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError

MAX_PACK_BYTES = 256 * 1024
MAX_WEEKS = 52  # sessions of a cohort, week 0 included (a series holds at most 52)
MAX_ITEMS = 30
MAX_ITEM_MINUTES = 480
MAX_TITLE = 200
MAX_NOTES = 4000
PACK_KEYS = frozenset({"name", "language", "description"})
WEEK_KEYS = frozenset({"number", "title", "notes", "item"})
ITEM_KEYS = frozenset({"title", "minutes", "notes"})


class PackError(UserError):
    """A guide pack that cannot be used; ``line`` is 1-based (0: the whole file)."""

    def __init__(self, template: str, /, line: int = 0, **params: object) -> None:
        self.line = line
        super().__init__(template, line=line, **params)


@dataclass(frozen=True, slots=True)
class PackItem:
    title: str
    minutes: int
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PackWeek:
    number: int
    title: str
    notes: str
    items: tuple[PackItem, ...]

    @property
    def minutes(self) -> int:
        return sum(i.minutes for i in self.items)


@dataclass(frozen=True, slots=True)
class GuidePack:
    name: str
    language: str
    description: str
    weeks: tuple[PackWeek, ...]

    @property
    def week_zero(self) -> bool:
        return bool(self.weeks) and self.weeks[0].number == 0

    @property
    def week_count(self) -> int:
        """Weeks after week 0 (a lernOS sprint: 0 + 12 → 12)."""
        return len(self.weeks) - (1 if self.week_zero else 0)

    def week(self, number: int) -> PackWeek | None:
        return next((w for w in self.weeks if w.number == number), None)


# --- where in the file ------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\s\"']+?)\s*\]\]?\s*(#.*)?$")


class _Lines:
    """The line numbers of the tables and keys of a TOML text (for semantic errors;
    tomllib itself reports only syntax errors with a position)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.pack = 0
        self.weeks: list[int] = []  # line of each [[week]]
        self.items: list[list[int]] = []  # per week, the line of each [[week.item]]
        for n, line in enumerate(self.lines, start=1):
            m = _HEADER.match(line)
            if not m:
                continue
            name = re.sub(r"\s+", "", m.group(1))
            if name == "pack":
                self.pack = n
            elif name == "week":
                self.weeks.append(n)
                self.items.append([])
            elif name == "week.item" and self.items:
                self.items[-1].append(n)

    def _end(self, start: int) -> int:
        for n in range(start + 1, len(self.lines) + 1):
            if _HEADER.match(self.lines[n - 1]):
                return n - 1
        return len(self.lines)

    def key(self, table: int, key: str) -> int:
        """The line of ``key =`` in the table starting at *table* (else the table's)."""
        if table <= 0:
            return 1
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(table + 1, self._end(table) + 1):
            if pattern.match(self.lines[n - 1]):
                return n
        return table

    def week(self, index: int) -> int:
        return self.weeks[index] if index < len(self.weeks) else 1

    def item(self, week: int, index: int) -> int:
        if week < len(self.items) and index < len(self.items[week]):
            return self.items[week][index]
        return self.week(week)


class _NoLines(_Lines):
    """Positions for the stored JSON copy: there are no lines to name."""

    def __init__(self) -> None:
        super().__init__("")


# --- checking ---------------------------------------------------------------------------


def _text(value: object, line: int, field: str, *, required: bool, limit: int = MAX_TITLE) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "Guide pack, line {line}: “{field}” must be text."),
            line=line,
            field=field,
        )
    value = value.strip()
    if required and not value:
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "Guide pack, line {line}: “{field}” is missing or empty."),
            line=line,
            field=field,
        )
    if len(value) > limit:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: “{field}” is longer than {limit} characters."
            ),
            line=line,
            field=field,
            limit=limit,
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: “{field}” contains control characters."
            ),
            line=line,
            field=field,
        )
    return value


def _unknown(table: dict[str, Any], allowed: frozenset[str], where: _Lines, line: int) -> None:
    extra = sorted(k for k in table if k not in allowed)
    if extra:
        line = where.key(line, extra[0]) if line > 0 else 1
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: unknown entry “{key}” (allowed: {allowed})."
            ),
            line=line,
            key=extra[0],
            allowed=", ".join(sorted(allowed)),
        )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check(data: dict[str, Any], where: _Lines) -> GuidePack:
    _unknown(data, frozenset({"pack", "week"}), where, 0)
    head = data.get("pack")
    if not isinstance(head, dict):
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "Guide pack, line {line}: the [pack] table is missing."),
            line=1,
        )
    _unknown(head, PACK_KEYS, where, where.pack)
    name = _text(head.get("name"), where.key(where.pack, "name"), "name", required=True)
    language = _text(
        head.get("language"), where.key(where.pack, "language"), "language", required=False
    )
    description = _text(
        head.get("description"),
        where.key(where.pack, "description"),
        "description",
        required=False,
        limit=MAX_NOTES,
    )
    raw_weeks = data.get("week")
    if not isinstance(raw_weeks, list) or not raw_weeks:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: the pack has no weeks ([[week]] entries)."
            ),
            line=max(1, len(where.lines)),
        )
    if len(raw_weeks) > MAX_WEEKS:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: more than {max} weeks; a cohort has fewer."
            ),
            line=where.week(MAX_WEEKS),
            max=MAX_WEEKS,
        )
    weeks: list[PackWeek] = []
    for w, raw in enumerate(raw_weeks):
        line = where.week(w)
        if not isinstance(raw, dict):
            raise PackError(
                QT_TRANSLATE_NOOP("errors", "Guide pack, line {line}: a week must be a table."),
                line=line,
            )
        _unknown(raw, WEEK_KEYS, where, line)
        number = raw.get("number")
        expected = (weeks[-1].number + 1) if weeks else None
        if (
            not _is_int(number)
            or (expected is None and number not in (0, 1))
            or (expected is not None and number != expected)
        ):
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Guide pack, line {line}: week numbers must start at 0 or 1 and go up by "
                    "one; expected {expected}, found “{found}”.",
                ),
                line=where.key(line, "number"),
                expected=expected if expected is not None else "0 / 1",
                found=number,
            )
        assert isinstance(number, int)
        title = _text(raw.get("title"), where.key(line, "title"), "title", required=True)
        notes = _text(
            raw.get("notes"), where.key(line, "notes"), "notes", required=False, limit=MAX_NOTES
        )
        raw_items = raw.get("item", [])
        if not isinstance(raw_items, list) or len(raw_items) > MAX_ITEMS:
            raise PackError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Guide pack, line {line}: a week has a list of at most {max} agenda items.",
                ),
                line=line,
                max=MAX_ITEMS,
            )
        items: list[PackItem] = []
        for i, item in enumerate(raw_items):
            at = where.item(w, i)
            if not isinstance(item, dict):
                raise PackError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Guide pack, line {line}: an agenda item must be a table."
                    ),
                    line=at,
                )
            _unknown(item, ITEM_KEYS, where, at)
            item_title = _text(item.get("title"), where.key(at, "title"), "title", required=True)
            minutes = item.get("minutes")
            if not _is_int(minutes) or not 1 <= minutes <= MAX_ITEM_MINUTES:  # type: ignore[operator]
                raise PackError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Guide pack, line {line}: “minutes” must be a whole number from 1 to "
                        "{max}, found “{found}”.",
                    ),
                    line=where.key(at, "minutes"),
                    max=MAX_ITEM_MINUTES,
                    found="" if minutes is None else minutes,
                )
            assert isinstance(minutes, int)
            item_notes = _text(
                item.get("notes"), where.key(at, "notes"), "notes", required=False, limit=MAX_NOTES
            )
            items.append(PackItem(item_title, minutes, item_notes))
        weeks.append(PackWeek(number, title, notes, tuple(items)))
    return GuidePack(name, language, description, tuple(weeks))


# --- reading ----------------------------------------------------------------------------


def parse_pack(raw: bytes) -> GuidePack:
    """A guide pack from the bytes of a TOML file; ``PackError`` names line and reason."""
    if len(raw) > MAX_PACK_BYTES:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "The guide pack is larger than {limit} KB; it cannot be one."
            ),
            limit=MAX_PACK_BYTES // 1024,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PackError(
            QT_TRANSLATE_NOOP(
                "errors", "Guide pack, line {line}: the file is not UTF-8 text. Save it as UTF-8."
            ),
            line=line,
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", 0) or _line_of_message(str(exc))
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "Guide pack, line {line}: not valid TOML ({detail})."),
            line=line,
            detail=getattr(exc, "msg", str(exc)),
        ) from None
    return _check(data, _Lines(text))


def _line_of_message(message: str) -> int:
    """Python before 3.14 puts the position only in the message: "(at line 3, column 5)"."""
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1


def read_pack(path: str | Path) -> GuidePack:
    """Read a guide pack file (size checked before reading it whole)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_PACK_BYTES:
            return parse_pack(b"\0" * (MAX_PACK_BYTES + 1))  # raises the size message
        raw = p.read_bytes()
    except OSError as exc:
        raise PackError(
            QT_TRANSLATE_NOOP("errors", "The guide pack “{path}” cannot be read: {reason}"),
            path=str(p),
            reason=exc.strerror or str(exc),
        ) from None
    return parse_pack(raw)


def pack_to_json(pack: GuidePack) -> str:
    """The normalised form stored in ``cohort.pack``."""
    return json.dumps(
        {
            "pack": {"name": pack.name, "language": pack.language, "description": pack.description},
            "week": [
                {
                    "number": w.number,
                    "title": w.title,
                    "notes": w.notes,
                    "item": [
                        {"title": i.title, "minutes": i.minutes, "notes": i.notes} for i in w.items
                    ],
                }
                for w in pack.weeks
            ],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def pack_from_json(text: str) -> GuidePack | None:
    """The pack stored with a cohort, checked again (None: none, or not usable)."""
    if not text or len(text.encode("utf-8")) > 4 * MAX_PACK_BYTES:
        return None
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            return None
        return _check(data, _NoLines())
    except (ValueError, RecursionError, PackError):
        return None
