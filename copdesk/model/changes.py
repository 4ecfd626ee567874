"""What a write touched, row by row — the basis of refresh and of undo/redo.

Every ORM insert, update and delete inside a unit of work is recorded (mapper events, in
flush order) as a :class:`RowChange` with the column values before and after. That gives
two things for free to every use case, present and future:

* :class:`Changes` tells the UI which tables (and rows) to reload;
* :func:`apply` replays the rows backwards (undo) or forwards (redo) in a new unit of work,
  refusing with a ``ConflictError`` when a row is no longer as the change left it.

The rule for use cases: change data through ORM objects (``session.add``, attribute
assignment, ``session.delete``), not bulk ``insert()``/``update()``/``delete()``
statements, or the change is not recorded and cannot be undone. It is enforced: such a
statement executed in a recording session raises ``ProgrammingError`` (a bug).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    Connection,
    ForeignKey,
    Table,
    and_,
    delete,
    event,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from copdesk.model.base import Base, mapped_table
from copdesk.model.errors import ConflictError, ProgrammingError

RECORDER_KEY = "copdesk.rowlog"
VERSION_COLUMN = "version"


@dataclass(frozen=True)
class RowChange:
    table: str
    pk: tuple[tuple[str, object], ...]
    before: dict[str, object] | None  # None: the row was inserted
    after: dict[str, object] | None  # None: the row was deleted


@dataclass(frozen=True)
class Changes:
    rows: tuple[RowChange, ...] = ()
    tables: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, rows: Iterable[RowChange]) -> Changes:
        rows = tuple(rows)
        return cls(rows, frozenset(r.table for r in rows))

    def __bool__(self) -> bool:
        return bool(self.rows)

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> set[object]:
        """Primary keys (first column) of the rows of *table* that changed."""
        return {r.pk[0][1] for r in self.rows if r.table == table}

    def inserted(self, table: str) -> list[object]:
        return [r.pk[0][1] for r in self.rows if r.table == table and r.before is None]

    def inverted(self) -> Changes:
        return Changes.of(RowChange(r.table, r.pk, r.after, r.before) for r in reversed(self.rows))


# --- recording ----------------------------------------------------------------------


def _keep_old_value(*_args: object) -> None:
    """A no-op ``set`` listener whose ``active_history=True`` makes SQLAlchemy load the old
    value of an unloaded (expired) attribute before it is overwritten, so undo never writes
    NULL over a real value."""


@event.listens_for(Base, "mapper_configured", propagate=True)
def _track_old_values(mapper: Mapper[Any], _cls: type) -> None:
    for prop in mapper.column_attrs:
        event.listen(prop.class_attribute, "set", _keep_old_value, active_history=True)


def start_recording(session: Session) -> list[RowChange]:
    log: list[RowChange] = []
    session.info[RECORDER_KEY] = log
    return log


@event.listens_for(Session, "do_orm_execute")
def _refuse_unrecorded_writes(state: ORMExecuteState) -> None:
    """A bulk statement bypasses the mapper events: what it changed could not be undone."""
    if RECORDER_KEY in state.session.info and (
        state.is_insert or state.is_update or state.is_delete
    ):
        raise ProgrammingError(
            "a bulk insert()/update()/delete() in a write unit of work cannot be undone: "
            f"change ORM objects instead ({state.statement})"
        )


def _log_for(target: object) -> list[RowChange] | None:
    session = object_session(target)
    return session.info.get(RECORDER_KEY) if session is not None else None


def _columns(mapper: Mapper[Any]) -> list[tuple[str, str]]:
    return [(prop.key, prop.columns[0].name) for prop in mapper.column_attrs]


def _pk(mapper: Mapper[Any], target: object) -> tuple[tuple[str, object], ...]:
    values = mapper.primary_key_from_instance(target)
    return tuple((col.name, v) for col, v in zip(mapper.primary_key, values, strict=True))


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    log = _log_for(target)
    if log is None:
        return
    after = {name: getattr(target, key) for key, name in _columns(mapper)}
    log.append(RowChange(mapped_table(mapper).name, _pk(mapper, target), None, after))


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    log = _log_for(target)
    if log is None:
        return
    state = inspect(target)
    before: dict[str, object] = {}
    after: dict[str, object] = {}
    for key, name in _columns(mapper):
        if name == VERSION_COLUMN:
            continue
        hist = state.attrs[key].history
        if hist.added or hist.deleted:
            if hist.deleted and hist.added and hist.deleted[0] == hist.added[0]:
                continue
            before[name] = hist.deleted[0] if hist.deleted else None
            after[name] = hist.added[0] if hist.added else None
    if after:
        log.append(RowChange(mapped_table(mapper).name, _pk(mapper, target), before, after))


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(mapper: Mapper[Any], connection: Connection, target: object) -> None:
    log = _log_for(target)
    if log is None:
        return
    before = {name: getattr(target, key) for key, name in _columns(mapper)}
    _record_database_side_effects(connection, mapped_table(mapper), before, log, set())
    log.append(RowChange(mapped_table(mapper).name, _pk(mapper, target), before, None))


@cache
def _dependents(table_name: str) -> tuple[tuple[Table, ForeignKey], ...]:
    """Foreign keys that point at *table_name* and that SQLite acts on by itself."""
    return tuple(
        (child, fk)
        for child in Base.metadata.sorted_tables
        for fk in child.foreign_keys
        if fk.column.table.name == table_name
        and (fk.ondelete or "").upper() in ("SET NULL", "CASCADE")
    )


def _record_database_side_effects(
    connection: Connection,
    table: Table,
    row: dict[str, object],
    log: list[RowChange],
    seen: set[tuple[str, str, object]],
) -> None:
    """Record what ``ON DELETE SET NULL / CASCADE`` is about to do when *row* goes.

    SQLite changes those rows itself, behind the ORM, so the mapper events never see them;
    without this, undo would bring back a deleted agenda item but leave the minutes that
    referred to it unlinked. Recorded before the row's own delete, so undo (which replays
    backwards) restores the parent first and the references after it.
    """
    for child, fk in _dependents(table.name):
        value = row.get(fk.column.name)
        if value is None:
            continue
        key = (child.name, fk.parent.name, value)
        if key in seen:
            continue
        seen.add(key)
        pk_cols = list(child.primary_key.columns)
        for found in connection.execute(select(child).where(fk.parent == value)).mappings():
            pk = tuple((c.name, found[c.name]) for c in pk_cols)
            if (fk.ondelete or "").upper() == "SET NULL":
                log.append(
                    RowChange(child.name, pk, {fk.parent.name: value}, {fk.parent.name: None})
                )
            else:
                full = dict(found)
                _record_database_side_effects(connection, child, full, log, seen)
                log.append(RowChange(child.name, pk, full, None))


# --- replaying -------------------------------------------------------------------------


def apply(session: Session, changes: Changes, *, undo: bool) -> Changes:
    """Undo (or redo) *changes*; returns the changes this made, for the UI to refresh."""
    rows = changes.inverted().rows if undo else changes.rows
    for row in rows:
        table = Base.metadata.tables[row.table]
        where = and_(*(table.c[name] == value for name, value in row.pk))
        current = session.execute(select(table).where(where)).mappings().first()
        if row.before is None:  # insert it again
            if row.after is None:
                raise ValueError(f"a change of {row.table} with neither before nor after")
            if current is not None:
                raise ConflictError()
            session.execute(insert(table).values(**row.after))
        elif row.after is None:  # delete it
            if current is None or any(
                current[k] != v for k, v in row.before.items() if k != VERSION_COLUMN
            ):
                raise ConflictError()
            session.execute(delete(table).where(where))
        else:
            if current is None or any(current[k] != v for k, v in row.before.items()):
                raise ConflictError()
            values = dict(row.after)
            if VERSION_COLUMN in table.c:
                values[VERSION_COLUMN] = table.c[VERSION_COLUMN] + 1
            session.execute(update(table).where(where).values(**values))
    session.expire_all()
    return Changes.of(rows)


for _mapper in Base.registry.mappers:  # mappers configured before this module was imported
    if _mapper.configured:
        _track_old_values(_mapper, _mapper.class_)
