"""On the demo, selecting the sub-group narrows the Members page and the overview to its
current members; selecting the community again shows everyone."""

from __future__ import annotations

import re

import pytest

from copdesk.model import db, groups, members, uow
from copdesk.ui.pages.members import ALL, MembersPage
from copdesk.ui.pages.overview import OverviewPage
from tests.ui.helpers import type_text

CIRCLE = "Working Out Loud / lernOS"


@pytest.fixture
def demo_window(qtbot, settings, tmp_path):
    from copdesk.demo import write_demo
    from copdesk.ui.main_window import MainWindow, WindowHost

    path = tmp_path / "demo.copdesk"
    write_demo(path)
    community = db.open_community(path)
    window = MainWindow(community, settings, WindowHost(*(lambda *a: None for _ in range(6))))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, community
    window.close()
    community.close()


def _select_group(window, gid: int) -> None:
    window.group_box.setCurrentIndex(window.group_box.findData(gid))
    assert window.current_group() == gid


def _shown(page: MembersPage) -> set[str]:
    return {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}


def test_the_members_page_follows_the_selected_group(demo_window, qtbot):
    window, community = demo_window
    rows = uow.read(community, groups.list_groups)
    root = next(r for r in rows if r.parent_id is None)
    circle = next(r for r in rows if r.name == CIRCLE)
    everyone = {m.name for m in uow.read(community, members.list_members)}
    in_circle = {m.name for m in uow.read(community, members.list_members, group_id=circle.id)}
    assert 0 < len(in_circle) < len(everyone)  # the demo's circle is a true subset

    page = window.show_page(MembersPage)
    assert isinstance(page, MembersPage)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ALL))
    _select_group(window, circle.id)
    assert _shown(page) == in_circle
    assert page.count_label.text().startswith(str(len(in_circle)))
    # search works within the circle only: someone outside it is not found
    outsider = min(everyone - in_circle)
    type_text(qtbot, page.search, outsider)
    assert _shown(page) == set()
    page.search.clear()

    _select_group(window, root.id)
    assert _shown(page) == everyone


def test_the_overview_counts_the_selected_groups_members(demo_window):
    window, community = demo_window
    rows = uow.read(community, groups.list_groups)
    root = next(r for r in rows if r.parent_id is None)
    circle = next(r for r in rows if r.name == CIRCLE)
    active = uow.read(community, members.list_members, group_id=circle.id)
    n_circle = sum(m.active for m in active)
    n_all = sum(m.active for m in uow.read(community, members.list_members))
    page = window.show_page(OverviewPage)
    assert isinstance(page, OverviewPage)

    _select_group(window, circle.id)
    assert re.search(rf"\b{n_circle} active members", page.view.toPlainText())
    _select_group(window, root.id)
    assert re.search(rf"\b{n_all} active members", page.view.toPlainText())
    assert n_circle != n_all


def test_a_member_added_under_the_sub_group_joins_it(demo_window, qtbot):
    from PySide6.QtCore import Qt

    from tests.ui.helpers import check, when_modal

    window, community = demo_window
    circle = next(r for r in uow.read(community, groups.list_groups) if r.name == CIRCLE)
    page = window.show_page(MembersPage)
    assert isinstance(page, MembersPage)
    _select_group(window, circle.id)

    def fill(dialog):
        type_text(qtbot, dialog.first_name, "Käthe")
        type_text(qtbot, dialog.last_name, "Neu")
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    check(done, qtbot, window)
    in_circle = {m.name for m in uow.read(community, members.list_members, group_id=circle.id)}
    assert "Käthe Neu" in in_circle and "Käthe Neu" in _shown(page)
    assert page.current().name == "Käthe Neu"
    # and in the community, as every member
    assert "Käthe Neu" in {m.name for m in uow.read(community, members.list_members)}
