"""Every page declares the tables it shows, and they exist in the schema: a page reloads
when a change touches one of them (``Page._on_changed``), so a misspelt name would leave it
stale, and no names at all would reload it after every change."""

from __future__ import annotations

from copdesk.model import overview
from copdesk.model.base import metadata
from copdesk.ui.page_base import Page
from copdesk.ui.pages.registry import PAGES


def all_pages() -> list[type[Page]]:
    for spec in PAGES:
        spec.load()
    found: list[type[Page]] = []
    todo = list(Page.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_every_page_in_the_navigation_declares_tables():
    for spec in PAGES:
        assert spec.load().tables, f"{spec.cls} declares no tables"


def test_every_declared_table_exists_in_the_schema():
    schema = set(metadata.tables)
    pages = all_pages()
    assert len(pages) >= len(PAGES)
    for cls in pages:
        unknown = set(cls.tables) - schema
        assert not unknown, f"{cls.__qualname__}: {sorted(unknown)} are not tables"


def test_the_overview_reloads_for_what_it_reads():
    assert {"meeting", "action_item", "topic", "topic_vote", "member"} <= overview.TABLES
