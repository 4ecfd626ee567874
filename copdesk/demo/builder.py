"""The demo's entry points: check the arguments, run the story's steps, write the rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from copdesk.demo.backlog import topics
from copdesk.demo.cohorts import cohorts
from copdesk.demo.content import COMMUNITY_NAME
from copdesk.demo.large import LargeCommunity
from copdesk.demo.meetings import root_meetings
from copdesk.demo.minutes import minutes
from copdesk.demo.people import groups, members, organisations
from copdesk.demo.report import group_news
from copdesk.demo.state import Demo, ProgressFn
from copdesk.demo.wol import wol
from copdesk.model import entities as E
from copdesk.model.db import create_community

SIZES = ("small", "large")
# The story needs the quarterly history up to mid 2024 (in-person and hybrid meetings).
EARLIEST_TODAY = dt.date(2024, 10, 1)


def populate(
    session: Session,
    *,
    size: str = "small",
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> None:
    """Fill a freshly created community (root group and templates seeded) with demo data."""
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; expected one of {SIZES}")
    today = today or dt.date.today()
    if today < EARLIEST_TODAY:
        raise ValueError(f"demo data needs today >= {EARLIEST_TODAY.isoformat()}")
    if session.get_bind().dialect.name == "sqlite":
        # Rows reference each other across tables; check the keys at commit, not per row.
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    build(Demo(session, today, size, progress))


def write_demo(
    path: Path,
    *,
    size: str = "small",
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
    translate: Callable[[str, str], str] | None = None,
) -> None:
    """Create a new community file at *path* filled with demo data (refuses to overwrite).

    *translate* (``QCoreApplication.translate`` from the caller) names the built-in agenda
    templates in the user's language.
    """
    if size not in SIZES:
        raise ValueError(f"unknown demo size {size!r}; expected one of {SIZES}")
    create_community(
        Path(path),
        name=COMMUNITY_NAME,
        populate=lambda s: populate(s, size=size, today=today, progress=progress),
        translate=translate,
    )


def build(d: Demo) -> None:
    """The story's steps in order (each draws from the one seeded random generator)."""
    d.report(0)
    gen_share = 400 if d.large else 300
    organisations(d)
    members(d)
    groups(d)
    d.report(gen_share // 10)
    root_meetings(d)
    d.report(gen_share // 4)
    topics(d)
    minutes(d)
    wol(d)
    cohorts(d)
    settings(d)
    if d.large:
        d.report(gen_share // 3)
        LargeCommunity(d).build(
            lambda frac: d.report(gen_share // 3 + int(frac * gen_share * 2 / 3))
        )
    d.report(gen_share)
    d.db.write(lambda done, total: d.report(gen_share + (d.TOTAL - gen_share) * done // total))
    d.session.flush()
    group_news(d)  # reads the written rows: after every step that adds sub-group meetings
    d.report(d.TOTAL)


def settings(d: Demo) -> None:
    d.db.add(E.Setting, key="demo.size", value=d.size)
    d.db.add(E.Setting, key="demo.today", value=d.today.isoformat())
