"""The areas of the window in navigation order, described without importing them.

The navigation list needs each page's title and icon, and page-to-page requests need to
know which page opens which kind of item — but importing every page module (and the
model modules behind it) at start-up cost ~140 ms. So the registry names the module and
class; the page is imported when it is first shown. ``tests/ui/test_registry.py`` checks
that each entry agrees with its class (``nav_title``, ``icon_name``, ``opens``).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from copdesk.model.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    module: str
    cls: str
    nav_title: str  # translated in context "Navigation"
    icon: str
    opens: frozenset[str] = frozenset()

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.cls)


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "copdesk.ui.pages.overview",
        "OverviewPage",
        QT_TRANSLATE_NOOP("Navigation", "Overview"),
        "overview",
    ),
    PageSpec(
        "copdesk.ui.pages.members",
        "MembersPage",
        QT_TRANSLATE_NOOP("Navigation", "Members"),
        "members",
        frozenset({"member"}),
    ),
    PageSpec(
        "copdesk.ui.pages.organisations",
        "OrganisationsPage",
        QT_TRANSLATE_NOOP("Navigation", "Organisations"),
        "organisations",
        frozenset({"organisation"}),
    ),
    PageSpec(
        "copdesk.ui.meetings.page",
        "MeetingsPage",
        QT_TRANSLATE_NOOP("Navigation", "Meetings"),
        "meetings",
        frozenset({"meeting"}),
    ),
    PageSpec(
        "copdesk.ui.backlog",
        "BacklogPage",
        QT_TRANSLATE_NOOP("Navigation", "Backlog"),
        "backlog",
        frozenset({"topic", "board"}),
    ),
    PageSpec(
        "copdesk.ui.rotation.page",
        "RotationPage",
        QT_TRANSLATE_NOOP("Navigation", "Rotation"),
        "rotation",
        frozenset({"rotation"}),
    ),
    PageSpec(
        "copdesk.ui.minutes",
        "MinutesPage",
        QT_TRANSLATE_NOOP("Navigation", "Minutes"),
        "minutes",
        frozenset({"minutes"}),
    ),
    PageSpec(
        "copdesk.ui.pages.actions",
        "ActionsPage",
        QT_TRANSLATE_NOOP("Navigation", "Action items"),
        "actions",
        frozenset({"action_item"}),
    ),
    PageSpec(
        "copdesk.ui.knowledge",
        "KnowledgePage",
        QT_TRANSLATE_NOOP("Navigation", "Knowledge"),
        "knowledge",
        frozenset({"subject"}),
    ),
)
