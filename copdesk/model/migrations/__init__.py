"""Alembic migrations shipped inside the package.

``REVISIONS`` lists every revision this version knows, oldest first, so that opening a
file can tell "older", "current" and "too new" without importing Alembic (which costs a
quarter of a second at start-up). ``tests/migrations`` checks the list against Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from copdesk.model.base import sqlite_connection

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config() -> Config:
    from alembic.config import Config  # deferred: Alembic costs start-up

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def run_upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade the file behind *engine* to *target* in one transaction, foreign keys off."""
    _run(engine, "upgrade", target)


def run_downgrade(engine: Engine, target: str) -> None:
    """Take the file back to revision *target* (for developers and tests, never the app)."""
    _run(engine, "downgrade", target)


def _run(engine: Engine, direction: str, target: str) -> None:
    """Foreign keys are off while a revision runs: batch mode copies a table, drops the old
    one and renames the copy, and with foreign keys on, dropping it would delete every row
    that refers to it (ON DELETE CASCADE). They are checked once at the end instead."""
    from alembic import command  # deferred: Alembic costs start-up

    cfg = alembic_config()
    with engine.connect() as conn:
        # PRAGMA foreign_keys is ignored inside a transaction: set it before BEGIN
        sqlite_connection(conn.connection).execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                getattr(command, direction)(cfg, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration broke references: {problems[:5]}")
        finally:
            sqlite_connection(conn.connection).execute("PRAGMA foreign_keys=ON")
