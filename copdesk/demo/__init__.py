"""Demo community files: realistic, deterministic German sample data.

``write_demo`` builds a complete community file (via ``db.create_community``) that looks
like the one a real CoP would have after some years: six organisations, about fifteen
members, quarterly meetings since 2020 with minutes and the rotation history, a backlog
with Lean Coffee votes and a Working Out Loud sub-group; ``size="large"`` adds bulk data
for performance work. The content (names, topics, sentences) is in ``data/*.json``; the
modules hold the generator, one step of the story each. Same ``today``, same file.
"""

from copdesk.demo.builder import EARLIEST_TODAY, SIZES, populate, write_demo
from copdesk.demo.content import COMMUNITY_NAME
from copdesk.demo.large import (
    LARGE_MEETINGS,
    LARGE_MEMBERS,
    LARGE_ORGANISATIONS,
    LARGE_SUBGROUPS,
    LARGE_TOPICS,
)
from copdesk.demo.state import SEED, ProgressFn

__all__ = [
    "COMMUNITY_NAME",
    "EARLIEST_TODAY",
    "LARGE_MEETINGS",
    "LARGE_MEMBERS",
    "LARGE_ORGANISATIONS",
    "LARGE_SUBGROUPS",
    "LARGE_TOPICS",
    "SEED",
    "SIZES",
    "ProgressFn",
    "populate",
    "write_demo",
]
