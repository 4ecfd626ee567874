"""The knowledge page with real widgets on a real community file: Ctrl+9, type a subject,
Enter → who to ask; open the meeting; propose a match as topic and undo; the .eml."""

from __future__ import annotations

import email
from email import policy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from copdesk.model import backlog, groups, knowledge, uow
from copdesk.ui.knowledge import add_knowledge_tab
from copdesk.ui.knowledge import page as page_module
from copdesk.ui.knowledge.introduction import default_file_name, introduction_bytes
from tests.knowledge.helpers import build


@pytest.fixture
def story(community):
    return build(community)


def _window(qtbot, community):
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.settings import Settings

    host = WindowHost(*(lambda *a: None for _ in range(6)))
    win = MainWindow(community, Settings(), host)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def _knowledge(qtbot, win):
    from copdesk.ui.knowledge import KnowledgePage

    # the View menu's Ctrl+9 (offscreen, the window is not active for a key press)
    (action,) = [a for a in win.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+9")]
    action.trigger()
    page = win.current_page()
    assert isinstance(page, KnowledgePage)
    return page


def test_three_actions_from_ctrl_9_to_the_material(qtbot, community, story, english):
    win = _window(qtbot, community)
    page = _knowledge(qtbot, win)
    assert page.tabs.currentWidget() is page.matrix
    assert page.matrix.model.rowCount() == 3  # KI, Mobile Arbeit, Onboarding
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Matrix",
        "&Who to ask",
        "Ma&tches",
    ]
    qtbot.keyClicks(win.focusWidget(), "mobile")
    assert page.matrix.proxy.rowCount() == 1
    cell = page.matrix.proxy.index(0, 2)  # Stadtwerke Gießen
    assert cell.data() == "▲1 ●1 ■1  12.03.26" or cell.data().startswith("▲1 ●1 ■1")
    assert "Ben Berg" in cell.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.ask
    assert page.ask.subject.currentText() == "Mobile Arbeit"
    tree = page.ask.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert top == ["Fritz Fuchs", "Ben Berg", "Stadt Heidelberg"]
    ben = tree.topLevelItem(1)
    assert ben.text(1) == "Stadtwerke Gießen"
    children = [ben.child(i).text(0) for i in range(ben.childCount())]
    assert children == [
        "Presented on 12/03/2026 in “CoP Q1”: Unsere Dienstvereinbarung",
        "Shared on 12/03/2026: Dienstvereinbarung Mobile Arbeit — https://example.org/dv-mobile.pdf",
    ]
    assert page.ask.seekers.text() == "Sought by: Anna Adler (Stadt Heidelberg)"
    # double-click on the presentation shows the meeting on the meetings page
    with qtbot.waitSignal(win.events.open_request) as request:
        page.ask.tree.itemActivated.emit(ben.child(0), 0)
    assert request.args == ["meeting", story.q1]
    assert type(win.current_page()).__name__ == "MeetingsPage"


def test_escape_clears_the_filter_and_an_unknown_text_shows_nothing(
    qtbot, community, story, english
):
    win = _window(qtbot, community)
    page = _knowledge(qtbot, win)
    qtbot.keyClicks(page.matrix.filter, "zzz")
    assert page.matrix.proxy.rowCount() == 0
    qtbot.keyClick(page.matrix.filter, Qt.Key.Key_Return)  # nothing to ask: stays
    assert page.tabs.currentWidget() is page.matrix
    qtbot.keyClick(page.matrix.filter, Qt.Key.Key_Escape)
    assert page.matrix.proxy.rowCount() == 3


def test_propose_a_match_as_topic_then_undo(qtbot, community, story, german):
    win = _window(qtbot, community)
    page = _knowledge(qtbot, win)
    page.tabs.setCurrentWidget(page.matches)
    tree = page.matches.tree
    assert tree.topLevelItemCount() == 2
    assert [tree.topLevelItem(0).text(i) for i in range(5)] == [
        "Mobile Arbeit",
        "Anna Adler",
        "Stadt Heidelberg",
        "Ben Berg",
        "Stadtwerke Gießen",
    ]
    page.matches.filter.setText("kassel")
    assert tree.topLevelItemCount() == 1 and tree.topLevelItem(0).text(0) == "Onboarding"
    page.matches.filter.clear()
    assert tree.topLevelItemCount() == 2 and not page.matches.more.isVisible()
    tree.setCurrentItem(tree.topLevelItem(0))
    page.matches.propose_button.click()
    root = uow.read(community, groups.find_group, "Test CoP").id
    rows = uow.read(community, backlog.list_topics, root)
    assert [r.title for r in rows] == [
        "Austausch: Mobile Arbeit (Stadt Heidelberg ↔ Stadtwerke Gießen)"
    ]
    assert rows[0].proposer_id == story.anna and rows[0].tags == ("Mobile Arbeit",)
    win.undo_stack.undo()
    assert uow.read(community, backlog.list_topics, root) == []


def test_the_introduction_email_reads_back(qtbot, community, story, english, tmp_path):
    win = _window(qtbot, community)
    page = _knowledge(qtbot, win)
    match = page.matches.current()
    assert match is not None
    target = tmp_path / "intro"
    page.matches.save_introduction(target, match)
    raw = (tmp_path / "intro.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Introduction: Mobile Arbeit"
    assert [a.addr_spec for a in msg["To"].addresses] == ["anna@hd.example", "ben@gi.example"]
    assert [a.display_name for a in msg["To"].addresses] == ["Anna Adler", "Ben Berg"]
    text = msg.get_content()
    assert text.startswith("Hello Anna Adler, hello Ben Berg,")
    assert "Anna Adler (Stadt Heidelberg) is looking for experience with “Mobile Arbeit”" in text
    assert "Ben Berg (Stadtwerke Gießen) offers it" in text
    assert "“Test CoP”" in text


def test_other_features_add_their_tabs_and_a_subject_opens_by_request(
    qtbot, community, story, english, monkeypatch
):
    monkeypatch.setattr(page_module, "_EXTRA_TABS", [])
    reloads = []

    class MaterialsTab(QLabel):
        def __init__(self, ctx) -> None:
            super().__init__("materials")
            self.ctx = ctx
            self.setWindowTitle("Materials")

        def reload(self) -> None:
            reloads.append(self.ctx)

    add_knowledge_tab(MaterialsTab)
    add_knowledge_tab(MaterialsTab)  # once only
    add_knowledge_tab(lambda ctx: QLabel("decisions"), "Decisions")
    win = _window(qtbot, community)
    page = _knowledge(qtbot, win)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["&Matrix", "&Who to ask", "Ma&tches", "Materials", "Decisions"]
    assert reloads  # reloaded with the page
    # another page asks for a subject's "who to ask"
    win.events.open_request.emit("subject", story.ki)
    assert page.tabs.currentWidget() is page.ask
    assert page.ask.subject.currentText() == "KI"
    only = page.ask.tree.topLevelItem(0)
    assert only.text(0) == "Stadt Heidelberg" and only.text(2) == "presented 1×"
    assert page.ask.seekers.text() == "Sought by: Carla Cruz (Stadt Kassel)"


def test_the_introduction_email_in_german(qtbot, community, story, german, tmp_path):
    match = uow.read(community, knowledge.matches)[0]
    msg = email.message_from_bytes(introduction_bytes(match, "Test CoP"), policy=policy.default)
    assert msg["Subject"] == "Vorstellung: Mobile Arbeit"
    assert default_file_name(match) == "Vorstellung Mobile Arbeit.eml"
    text = msg.get_content()
    assert text.startswith("Hallo Anna Adler, hallo Ben Berg,")
    assert "Anna Adler (Stadt Heidelberg) sucht Erfahrungen zum Thema „Mobile Arbeit“" in text
    assert "Mitglieder von „Test CoP“" in text
