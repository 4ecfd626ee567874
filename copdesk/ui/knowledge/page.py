"""The knowledge page ("Wissen"): tabs over the community's knowledge across
organisations. Its own tabs are the matrix, "who to ask" and the matches; other features
add theirs through :func:`add_knowledge_tab` (materials, decisions, participation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from copdesk.model import knowledge
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.ui.knowledge.ask_tab import AskTab
from copdesk.ui.knowledge.matches_tab import MatchesTab
from copdesk.ui.knowledge.matrix_tab import MatrixTab
from copdesk.ui.page_base import Page, PageContext

TabFactory = Callable[[PageContext], QWidget]
_EXTRA_TABS: list[tuple[TabFactory, str | None]] = []


def add_knowledge_tab(factory: TabFactory, title: str | None = None) -> None:
    """Add a tab to every knowledge page built from now on: *factory* gets the page's
    ``PageContext`` and returns the widget; the tab's title is *title* or, if None, the
    widget's ``windowTitle()`` (set it with ``self.tr`` so it follows the language). A
    widget with a ``reload()`` method is reloaded with the page (when shown after a change
    touching ``KnowledgePage.tables``); it may also listen to ``ctx.events`` itself."""
    if all(f is not factory for f, _t in _EXTRA_TABS):
        _EXTRA_TABS.append((factory, title))


class KnowledgePage(Page):
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Knowledge")
    icon_name = "knowledge"
    opens = frozenset({"subject"})  # a tag id: its "who to ask"
    tables = frozenset(
        {
            "tag",
            "member_subject",
            "organisation_subject",
            "agenda_item",
            "agenda_item_tag",
            "meeting",
            "material",
            "material_tag",
            "member",
            "organisation",
            "group_membership",
        }
    )

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.matrix = MatrixTab()
        self.ask = AskTab(ctx.events)
        self.matches = MatchesTab(ctx)
        self.tabs.addTab(self.matrix, self.tr("&Matrix"))
        self.tabs.addTab(self.ask, self.tr("&Who to ask"))
        self.tabs.addTab(self.matches, self.tr("Ma&tches"))
        self.matrix.ask.connect(self.show_subject)
        self.extra: list[QWidget] = []
        for factory, title in _EXTRA_TABS:
            self.add_tab(factory(ctx), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.matrix.filter)

    def add_tab(self, widget: QWidget, title: str | None = None) -> None:
        """Add *widget* as a tab of this page (see :func:`add_knowledge_tab`)."""
        self.extra.append(widget)
        self.tabs.addTab(widget, title if title is not None else widget.windowTitle())

    def reload(self) -> None:
        facts = self.ctx.commands.read(knowledge.load_facts, dt.date.today())
        matrix = knowledge.build_matrix(facts)
        self.matrix.show_matrix(matrix)
        self.ask.set_facts(facts, matrix.subjects)
        self.matches.set_matches(knowledge.find_matches(facts))
        for widget in self.extra:
            reload = getattr(widget, "reload", None)
            if callable(reload):
                reload()

    def show_subject(self, tag_id: int) -> None:
        self.tabs.setCurrentWidget(self.ask)
        self.ask.show_subject(tag_id)

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        if kind == "subject" and isinstance(item_id, int):
            self.show_subject(item_id)
