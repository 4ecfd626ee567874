"""The backlog page on the demo community, driven from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from copdesk.model import backlog, uow
from copdesk.model import entities as E
from copdesk.model.text import sort_key
from copdesk.ui.backlog.pickers import MeetingPickDialog, TopicPickDialog
from copdesk.ui.backlog.topic_dialog import TopicDialog
from tests.backlog.conftest import next_meeting_id
from tests.backlog.test_lean_coffee_ui import activate, key, open_backlog
from tests.ui.helpers import check, type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def shown(page) -> list:
    return page.proxy.shown_objects()


def by_title(page, title):
    return next(r for r in page.model.rows() if r.title == title)


def dialog_step(qtbot, window, press, handler, cls):
    def run(dialog):
        assert isinstance(dialog, cls), type(dialog)
        activate(qtbot, dialog)
        handler(dialog)

    done = when_modal(qtbot, run)
    press()
    check(done, qtbot, window)


def test_search_filters_and_sorting(demo_window, qtbot, qtmodeltester):
    page = open_backlog(demo_window, qtbot)
    all_rows = page.model.rows()
    assert {r.status for r in shown(page)} == {"open", "planned"}
    assert page.count_label.text().startswith(str(len(shown(page))))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    # parent(index) is the model's (no parent row), parent() the QObject's
    assert not page.proxy.parent(page.proxy.index(0, 0)).isValid()
    assert page.proxy.parent() is page
    # incremental search: every word must occur (title, tags, proposer, organisation …)
    page.focus_search()
    type_text(qtbot, page.search, "lern")
    narrowed = shown(page)
    assert narrowed and all(
        "lern" in page.model.haystack(page.model.row_of(lambda r, x=r: r is x)) for r in narrowed
    )
    type_text(qtbot, page.search, " zeit")
    assert {r.title for r in shown(page)} <= {r.title for r in narrowed}
    assert any("Lernzeit" in r.title for r in shown(page))
    qtmodeltester.check(page.proxy)
    key(qtbot, page.search, Qt.Key.Key_Escape)
    assert len(shown(page)) == len(narrowed) or page.search.text() == ""
    # the selection survives filtering when its row is still shown
    page.search.clear()
    page.select(lambda r: "Lernzeit" in r.title)
    type_text(qtbot, page.search, "lernz")
    assert "Lernzeit" in page.current().title
    page.search.clear()

    # status, tag, proposer, organisation
    page.status_filter.setCurrentIndex(page.status_filter.findData("stale"))
    assert shown(page) and all(r.stale for r in shown(page))
    page.status_filter.setCurrentIndex(page.status_filter.findData("all"))
    assert len(shown(page)) == len(all_rows)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("KI"))
    assert shown(page) and all("KI" in r.tags for r in shown(page))
    page.tag_filter.setCurrentIndex(0)
    proposer = next(r for r in all_rows if r.proposer_id)
    page.proposer_filter.setCurrentIndex(page.proposer_filter.findData(proposer.proposer_id))
    assert all(r.proposer_id == proposer.proposer_id for r in shown(page))
    page.proposer_filter.setCurrentIndex(0)
    page.org_filter.setCurrentIndex(page.org_filter.findData(proposer.organisation_id))
    assert shown(page) and all(r.organisation == proposer.organisation for r in shown(page))
    page.org_filter.setCurrentIndex(0)

    # sort by any column
    page.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # votes in total
    totals = [r.votes_total for r in shown(page)]
    assert totals == sorted(totals, reverse=True)
    page.table.sortByColumn(9, Qt.SortOrder.AscendingOrder)  # times deferred
    deferred = [r.times_deferred for r in shown(page)]
    assert deferred == sorted(deferred)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [sort_key(r.title) for r in shown(page)]  # German order: ü with u
    assert titles == sorted(titles)
    qtmodeltester.check(page.proxy)


def test_add_edit_park_and_undo(demo_window, demo, qtbot):
    window = demo_window
    page = open_backlog(window, qtbot)

    def fill(dialog: TopicDialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        key(qtbot, dialog.title, Qt.Key.Key_Return)  # empty: the model says so under the field
        assert dialog.isVisible()
        assert "Enter a title" in dialog.field_message("title").text()
        assert not ok.isEnabled()
        type_text(qtbot, dialog.title, "Führen auf Distanz – was hilft?")
        assert ok.isEnabled()
        type_text(qtbot, dialog.tags, "Führung, Neues Schlagwort")
        key(qtbot, dialog.title, Qt.Key.Key_Return)

    dialog_step(
        qtbot, window, lambda: key(qtbot, page.table, Qt.Key.Key_N, CTRL), fill, TopicDialog
    )
    row = page.current()
    assert row.title == "Führen auf Distanz – was hilft?"
    assert row.tags == ("Führung", "Neues Schlagwort") and row.status == "open"
    assert "Führen auf Distanz" in page.detail.toPlainText()

    def edit(dialog: TopicDialog):
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "Führen auf Distanz")
        key(qtbot, dialog.title, Qt.Key.Key_Return)

    page.table.setFocus()
    dialog_step(qtbot, window, lambda: key(qtbot, page.table, Qt.Key.Key_Return), edit, TopicDialog)
    assert page.current().title == "Führen auf Distanz"
    # park it: it leaves the open backlog; undo brings it back
    key(qtbot, page.table, Qt.Key.Key_K, CTRL)
    assert row.id not in {r.id for r in shown(page)}
    assert uow.read(demo, lambda s: s.get(E.Topic, row.id).status) == "parked"
    key(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    assert uow.read(demo, lambda s: s.get(E.Topic, row.id).status) == "open"
    # delete (no history) and undo
    page.select(lambda r: r.id == row.id)
    key(qtbot, page.table, Qt.Key.Key_Delete)
    assert uow.read(demo, lambda s: s.get(E.Topic, row.id)) is None
    key(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    data, _ = uow.read(demo, backlog.get_topic, row.id)
    assert data.tags == ("Führung", "Neues Schlagwort")


def test_delete_with_history_says_park_instead(demo_window, qtbot):
    window = demo_window
    page = open_backlog(window, qtbot)
    voted = next(r for r in shown(page) if r.votes_total)
    page.select(lambda r: r.id == voted.id)

    def answer(box: QMessageBox):
        assert "Park it instead" in box.text() and voted.title in box.text()
        key(qtbot, box, Qt.Key.Key_Return)

    dialog_step(
        qtbot, window, lambda: key(qtbot, page.table, Qt.Key.Key_Delete), answer, QMessageBox
    )
    assert voted.id in {r.id for r in page.model.rows()}


def test_merge_keeps_votes_then_undo(demo_window, demo, qtbot):
    window = demo_window
    page = open_backlog(window, qtbot)
    voted = sorted(
        (r for r in shown(page) if r.votes_total and r.status == "open"), key=lambda r: r.id
    )
    source, target = voted[0], voted[1]
    page.select(lambda r: r.id == source.id)

    def choose(dialog: TopicPickDialog):
        assert source.id not in {r.id for r in dialog.model.rows()}  # not into itself
        type_text(qtbot, dialog.search, target.title)
        key(qtbot, dialog.search, Qt.Key.Key_Down)
        assert dialog.chosen()[0].id == target.id
        key(qtbot, dialog.table, Qt.Key.Key_Return)

    dialog_step(
        qtbot, window, lambda: key(qtbot, page.table, Qt.Key.Key_M, CTRL), choose, TopicPickDialog
    )
    after = {r.id: r for r in page.model.rows()}
    assert after[source.id].status == "merged" and after[source.id].merged_into_id == target.id
    assert after[target.id].votes_total == source.votes_total + target.votes_total
    assert page.current().id == target.id
    assert source.title in page.detail.toPlainText()  # "Merged into this topic"
    key(qtbot, page.table, Qt.Key.Key_Z, CTRL)
    page.refresh_if_stale()
    after = {r.id: r for r in page.model.rows()}
    assert after[source.id].status == "open"
    assert after[target.id].votes_total == target.votes_total


def test_plan_into_the_next_meeting(demo_window, demo, qtbot):
    window = demo_window
    page = open_backlog(window, qtbot)
    meeting_id = uow.read(demo, next_meeting_id)
    row = next(r for r in shown(page) if r.status == "open")
    page.select(lambda r: r.id == row.id)

    def choose(dialog: MeetingPickDialog):
        assert dialog.chosen().id == meeting_id
        key(qtbot, dialog.list, Qt.Key.Key_Return)

    dialog_step(
        qtbot, window, lambda: key(qtbot, page.table, Qt.Key.Key_T, CTRL), choose, MeetingPickDialog
    )
    assert page.current().status == "planned"
    items = uow.read(
        demo,
        lambda s: s.scalars(
            select(E.AgendaItem.topic_id).where(E.AgendaItem.meeting_id == meeting_id)
        ).all(),
    )
    assert row.id in items
    assert "On the agenda of" in page.detail.toPlainText()
