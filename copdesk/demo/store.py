"""The demo's row store: plain dicts with explicit ids, written with bulk Core inserts.

Demo creation is not an undoable user edit, and the large file must build fast: rows are
collected per ORM class and written in foreign-key order, 5,000 per statement.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from copdesk.model import entities as E
from copdesk.model.base import Base

Row = dict[str, Any]
"""One row as column name -> value (the values of the columns' Python types)."""

BATCH = 5000

INSERT_ORDER: tuple[type[Base], ...] = (
    E.Organisation,
    E.Member,
    E.Absence,
    E.Group,
    E.GroupMembership,
    E.MeetingSeries,
    E.Meeting,
    E.Cohort,
    E.CohortGoal,
    E.Tag,
    E.Topic,
    E.TopicTag,
    E.AgendaItem,
    E.Attendance,
    E.Guest,
    E.InvitationSend,
    E.TopicVote,
    E.BoardEntry,
    E.TimeboxEvent,
    E.MinutesNote,
    E.Decision,
    E.ActionItem,
    E.ProtocolVersion,
    E.RotationRule,
    E.RotationRecord,
    E.Setting,
)


def table_of(cls: type[Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table), cls  # every entity maps one table of tables.py
    return table


def template(table: Table) -> tuple[Row, set[str]]:
    """Scalar defaults and NULLs for omitted columns; columns that must be given."""
    defaults: Row = {}
    required: set[str] = set()
    for col in table.columns:
        default = col.default
        if isinstance(default, ScalarElementColumnDefault):
            value = default.arg
            defaults[col.name] = value.value if isinstance(value, enum.Enum) else value
        elif default is None and col.nullable and not col.primary_key:
            defaults[col.name] = None
        else:  # primary keys and callable defaults (now, uuid4): deterministic values only
            required.add(col.name)
    return defaults, required


class Store:
    """Rows as dicts with explicit ids, written in foreign-key order with Core inserts."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[type[Base], list[Row]] = {cls: [] for cls in INSERT_ORDER}
        self._next_id: dict[type[Base], int] = {}

    def new_id(self, cls: type[Base]) -> int:
        if cls not in self._next_id:
            highest = self.session.scalar(select(func.max(table_of(cls).c.id)))
            self._next_id[cls] = (highest or 0) + 1
        n = self._next_id[cls]
        self._next_id[cls] = n + 1
        return n

    def add(self, cls: type[Base], **values: Any) -> Row:
        """Collect one row of *cls*; a table with an ``id`` gets the next free one."""
        if "id" in table_of(cls).c and "id" not in values:
            values["id"] = self.new_id(cls)
        self.rows[cls].append(values)
        return values

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def write(self, report: Callable[[int, int], None]) -> None:
        total = max(self.count(), 1)
        done = 0
        for cls in INSERT_ORDER:
            rows = self.rows[cls]
            if not rows:
                continue
            table = table_of(cls)
            defaults, required = template(table)
            names = set(table.c.keys())
            complete = []
            for row in rows:
                missing = required - row.keys()
                unknown = row.keys() - names
                if missing or unknown:
                    raise ValueError(f"{table.name}: missing {missing}, unknown {unknown}")
                complete.append({**defaults, **row})
            if "id" in names:
                complete.sort(key=lambda r: r["id"])
            for start in range(0, len(complete), BATCH):
                batch = complete[start : start + BATCH]
                self.session.execute(insert(table), batch)
                done += len(batch)
                report(done, total)
            rows.clear()
