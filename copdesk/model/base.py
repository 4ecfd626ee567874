"""The schema's MetaData (with the naming convention), the UTC column type, and the
declarative base the ORM classes of ``entities.py`` map onto ``tables.py``."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from sqlalchemy import DateTime, Dialect, MetaData, PoolProxiedConnection, Table
from sqlalchemy.orm import DeclarativeBase, Mapper
from sqlalchemy.types import TypeDecorator

# Named constraints let Alembic's batch mode find and alter them on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant stored as naive UTC text, returned as an aware UTC datetime.

    SQLite has no time zone support: ``DateTime(timezone=True)`` silently drops the
    offset. Naive values are refused so that a local time can never be stored by mistake.
    """

    impl = DateTime
    cache_ok = True

    @property
    def python_type(self) -> type:
        return dt.datetime

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an instant is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Base(DeclarativeBase):
    metadata = metadata


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def mapped_table(mapper: Mapper[Any]) -> Table:
    """The one table an ORM class of ``entities.py`` maps."""
    table = mapper.local_table
    if not isinstance(table, Table):
        raise TypeError(f"{mapper} maps {table}, not a table")
    return table


def sqlite_connection(raw: PoolProxiedConnection) -> sqlite3.Connection:
    """The sqlite3 connection under a pooled one (every engine here is pysqlite)."""
    con = raw.driver_connection
    if not isinstance(con, sqlite3.Connection):
        raise TypeError(f"not a sqlite3 connection: {con!r}")
    return con
