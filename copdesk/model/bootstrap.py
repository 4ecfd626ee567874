"""The schema and the few rows every new community file starts with."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import tables
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.integrity import APPLICATION_ID
from copdesk.model.migrations import HEAD

DEFAULT_COMMUNITY_NAME = "Community of Practice"

# Built-in agenda templates: (name, [(kind, title, minutes)]). Titles are stored in the
# user's language when the file is created (see ``seed``).
BUILTIN_TEMPLATES = (
    (
        QT_TRANSLATE_NOOP("templates", "CoP standard 120 min"),
        (
            (E.AgendaKind.CHECK_IN, QT_TRANSLATE_NOOP("templates", "Check-in round"), 15),
            (E.AgendaKind.OTHER, QT_TRANSLATE_NOOP("templates", "News from the organisations"), 15),
            (E.AgendaKind.LEAN_COFFEE, QT_TRANSLATE_NOOP("templates", "Lean Coffee"), 60),
            (E.AgendaKind.BREAK, QT_TRANSLATE_NOOP("templates", "Break"), 5),
            (E.AgendaKind.OTHER, QT_TRANSLATE_NOOP("templates", "Next meeting and rotation"), 10),
            (E.AgendaKind.CHECK_OUT, QT_TRANSLATE_NOOP("templates", "Check-out"), 15),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("templates", "lernOS circle 60 min"),
        (
            (E.AgendaKind.CHECK_IN, QT_TRANSLATE_NOOP("templates", "Check-in"), 5),
            (E.AgendaKind.TOPIC, QT_TRANSLATE_NOOP("templates", "Kata"), 50),
            (E.AgendaKind.CHECK_OUT, QT_TRANSLATE_NOOP("templates", "Check-out"), 5),
        ),
    ),
)


def create_schema(conn: Connection) -> None:
    """Create every table, stamp the identity and the Alembic head, in one transaction."""
    tables.metadata.create_all(conn)
    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
    conn.exec_driver_sql(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
    )
    conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD,))


def seed(
    session: Session, *, name: str = "", translate: Callable[[str, str], str] | None = None
) -> None:
    """The root group (the CoP itself) and the built-in agenda templates."""
    translate_fn = translate or (lambda _ctx, text: text)
    if session.scalar(select(E.Group).where(E.Group.parent_id.is_(None))) is None:
        session.add(E.Group(name=name.strip() or DEFAULT_COMMUNITY_NAME))
    for template_name, items in BUILTIN_TEMPLATES:
        template = E.AgendaTemplate(name=translate_fn("templates", template_name), builtin=True)
        template.items = [
            E.AgendaTemplateItem(
                position=i, kind=kind, title=translate_fn("templates", title), minutes=m
            )
            for i, (kind, title, m) in enumerate(items)
        ]
        session.add(template)
    session.flush()
