"""Alembic migrations shipped inside the package.

``REVISIONS`` lists every revision this version knows, oldest first, so that opening a
file can tell "older", "current" and "too new" without importing Alembic (which costs a
quarter of a second at start-up). ``tests/migrations`` checks the list against Alembic.
"""

from __future__ import annotations

from pathlib import Path

REVISIONS: tuple[str, ...] = ("0001",)
HEAD = REVISIONS[-1]
SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def run_upgrade(engine, target: str = "head") -> None:
    """Upgrade the file behind *engine* to *target* in one transaction, foreign keys off."""
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        # PRAGMA foreign_keys is ignored inside a transaction: set it before BEGIN
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration broke references: {problems[:5]}")
        finally:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
