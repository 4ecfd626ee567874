"""Helpers shared by the backlog tests (no Qt here: model tests import this too)."""

from __future__ import annotations

from sqlalchemy import select

from copdesk.model import uow
from copdesk.model.base import Base

BOARD_TABLES = (
    "topic",
    "topic_tag",
    "tag",
    "topic_vote",
    "board_entry",
    "timebox_event",
    "minutes_note",
    "decision",
    "action_item",
    "attendance",
    "agenda_item",
    "meeting",
    "setting",
)


def dump(community, tables=BOARD_TABLES) -> dict[str, list[tuple]]:
    """Every row of the given tables (versions left out: undo moves them forward)."""
    out = {}
    with community.engine.connect() as conn:
        for name in tables:
            table = Base.metadata.tables[name]
            cols = [c for c in table.c if c.name != "version"]
            out[name] = [
                tuple(r) for r in conn.execute(select(*cols).order_by(*table.primary_key.columns))
            ]
    return out


def read(community, fn, *args, **kwargs):
    return uow.read(community, fn, *args, **kwargs)


def write(community, fn, *args, **kwargs):
    return uow.write(community, fn, *args, **kwargs)
