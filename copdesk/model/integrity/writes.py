"""What the program writes, it can open again: the rules of ``value_check`` before each row.

``value_check`` refuses to open a file with a date outside :data:`value_check.YEARS`, an
unknown enumeration value or federal state, a number beyond its limit, an unknown time
zone, or a list of numbers or a time of day it cannot parse. The date
fields of the dialogs accept years up to 9999, so without this guard a user could type a
meeting in the year 3000 and find their own file refused at the next start. Every row
the ORM inserts or updates is checked here first (mapper events, like ``changes.py``);
a value out of bounds becomes a ``ValidationError`` and the unit of work rolls back.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Mapper

from copdesk.model.base import Base, mapped_table
from copdesk.model.errors import QT_TRANSLATE_NOOP, ValidationError
from copdesk.model.integrity import values as value_check

OUT_OF_YEARS = QT_TRANSLATE_NOOP("errors", "{value} is not between the years {first} and {last}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("errors", "{value} is not between {min} and {max}.")
NOT_ALLOWED = QT_TRANSLATE_NOOP("errors", "“{value}” is not a valid value here.")
NOT_A_ZONE = QT_TRANSLATE_NOOP("errors", "“{value}” is not a known time zone.")


def problem(table: str, column: str, value: object) -> ValidationError | None:
    """Why *value* cannot be stored in *table*.*column* (None: it can)."""
    if value is None:
        return None
    first, last = value_check.YEARS
    if isinstance(value, dt.date) and not first <= value.year <= last:
        return ValidationError(
            OUT_OF_YEARS, field=column, value=value.isoformat()[:10], first=first, last=last
        )
    key = (table, column)
    allowed = value_check.allowed(key)
    if allowed is not None and (value.value if isinstance(value, Enum) else value) not in allowed:
        return ValidationError(NOT_ALLOWED, field=column, value=value)
    if key in value_check.PATTERNS and not (
        isinstance(value, str) and re.fullmatch(value_check.PATTERNS[key][1], value)
    ):
        return ValidationError(NOT_ALLOWED, field=column, value=value)
    if key in value_check.RANGES and isinstance(value, int):
        low, high = value_check.RANGES[key]
        if not low <= value <= high:
            return ValidationError(OUT_OF_RANGE, field=column, value=value, min=low, max=high)
    if key in value_check.TIME_ZONES and not value_check.known_zone(value):
        return ValidationError(NOT_A_ZONE, field=column, value=value)
    return None


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _check_row(mapper: Mapper[Any], _connection: Connection, target: object) -> None:
    table = mapped_table(mapper).name
    for prop in mapper.column_attrs:
        bad = problem(table, prop.columns[0].name, getattr(target, prop.key))
        if bad is not None:
            raise bad
