"""The learning-circle window with real widgets: load a pack from a file, plan, goals,
end, start the next cohort, Ctrl+Z; the group menu opens it; the overview's line."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from copdesk.formats.dates import date_short
from copdesk.model import cohorts, groups, uow
from copdesk.ui.cohorts import CohortDialog, PlanDialog
from tests.cohorts.conftest import PACK_EN
from tests.ui.conftest import seeded, settings, window  # noqa: F401 - fixtures
from tests.ui.helpers import check, reactivate, when_modal

TODAY = dt.date(2027, 3, 1)  # a Monday


@pytest.fixture
def circle_id(window):  # noqa: F811
    gid, _ = uow.write(
        window.community,
        groups.add_group,
        groups.GroupData(name="Circle", cadence_unit="week", weekdays=(2,)),
    )
    from copdesk.model import members  # deferred: only this fixture needs it

    ids = [m.id for m in uow.read(window.community, members.list_members)]
    uow.write(window.community, groups.set_group_members, gid, add=ids)
    window._select_group(gid)
    return gid


def _dialog(qtbot, window, gid) -> CohortDialog:  # noqa: F811
    dialog = CohortDialog(window._ctx, gid, "Circle", today=TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reactivate(qtbot, dialog)
    return dialog


def _titles(dialog) -> list[str]:
    return [dialog.weeks.item(r, 2).text() for r in range(dialog.weeks.rowCount())]


def test_load_plan_goal_end_next_and_undo(qtbot, window, circle_id, tmp_path, monkeypatch):  # noqa: F811
    pack = tmp_path / "my pack.toml"
    pack.write_bytes(PACK_EN.read_bytes())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pack), ""))
    )
    dialog = _dialog(qtbot, window, circle_id)
    assert "No cohort yet" in dialog.state.text()
    assert not dialog.end_button.isEnabled() and not dialog.invite_button.isEnabled()

    seen = []

    def plan(d):
        assert isinstance(d, PlanDialog)
        seen.append((d.title.text(), d.weeks.value(), d.pack_label.text()))
        d.buttons.accepted.emit()

    result = when_modal(qtbot, plan)
    dialog.pack_button.click()
    check(result)
    assert seen == [("Learning circle 1", 12, "Learning circle in 12 weeks (12 weeks)")]
    assert dialog.weeks.rowCount() == 12
    assert _titles(dialog)[0] == "Week 1: Getting to know each other"
    assert "starts on" in dialog.state.text() and dialog.invite_button.isEnabled()

    reactivate(qtbot, dialog)  # the plan dialog was active; shortcuts need the window
    goal = dialog.goals.item(0, 2)
    goal.setText("Meet the digital pilots")
    cid = dialog.cohort_box.currentData()
    detail = uow.read(window.community, cohorts.get_cohort, cid)
    assert [g.goal for g in detail.goals if g.goal] == ["Meet the digital pilots"]
    qtbot.keyClick(dialog.goals, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    detail = uow.read(window.community, cohorts.get_cohort, cid)
    assert not any(g.goal for g in detail.goals)
    assert dialog.goals.item(0, 2).text() == ""

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog.end_button.click()
    assert "ended on" in dialog.state.text()
    assert dialog.next_button.isEnabled() and not dialog.end_button.isEnabled()
    dialog.next_button.click()
    assert dialog.cohort_box.count() == 2
    assert dialog.cohort_box.currentText() == "2. Learning circle 2"
    assert _titles(dialog)[2] == "Week 3: Who can help me?"
    assert dialog.weeks.item(0, 1).text().endswith("2027")  # next Tuesday on or after today
    qtbot.keyClick(dialog.weeks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.cohort_box.count() == 1
    qtbot.keyClick(dialog.weeks, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "starts on" in dialog.state.text()  # the end undone too


def test_a_bad_pack_is_named_and_nothing_changes(qtbot, window, circle_id, tmp_path, monkeypatch):  # noqa: F811
    bad = tmp_path / "bad.toml"
    bad.write_text('[pack]\nname = "x"\n\n[[week]]\nnumber = 1\ntitle = ""\n', encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    dialog = _dialog(qtbot, window, circle_id)
    dialog.pack_button.click()
    assert shown and "line 6" in shown[0] and "title" in shown[0]
    assert uow.read(window.community, cohorts.list_cohorts, circle_id) == []


def test_group_menu_opens_it_for_a_sub_group_only(qtbot, window, circle_id):  # noqa: F811
    window.group_menu._update_actions()
    assert window.group_menu.cohort_action.isEnabled()
    result = when_modal(qtbot, lambda d: (isinstance(d, CohortDialog) or 1 / 0, d.reject()))
    window.group_menu.cohort_action.trigger()
    check(result)
    root = next(r.id for r in uow.read(window.community, groups.list_groups) if r.parent_id is None)
    window._select_group(root)
    window.group_menu._update_actions()
    assert not window.group_menu.cohort_action.isEnabled()


def test_overview_says_how_far_the_circle_is(qtbot, window, circle_id):  # noqa: F811
    today = dt.date.today()
    start = today - dt.timedelta(weeks=4)
    plan = cohorts.CohortPlan(title="Lernkreis 2", start_on=start)
    cid, _ = uow.write(window.community, cohorts.plan_cohort, circle_id, plan, today=today)
    page = window.page(0)
    page.reload()
    assert "Lernkreis 2: week 5 of 12" in page.view.toPlainText()
    version = uow.read(window.community, cohorts.get_cohort, cid).row.version
    uow.write(window.community, cohorts.end_cohort, cid, version, today=today)
    page.reload()
    assert f"Lernkreis 2 ended on {date_short(today)}" in page.view.toPlainText()


def test_invite_as_series_opens_the_invitation_dialog_for_the_whole_series(
    qtbot,
    window,  # noqa: F811
    circle_id,
):
    from copdesk.ui.invitations import InviteDialog

    plan = cohorts.CohortPlan(title="Lernkreis 1", start_on=dt.date(2027, 3, 9))
    uow.write(window.community, cohorts.plan_cohort, circle_id, plan, today=TODAY)
    dialog = _dialog(qtbot, window, circle_id)
    assert dialog.invite_button.isEnabled()
    seen = []

    def look(d):
        seen.append((type(d), d.state.scope, d.state.series_id))
        d.reject()

    result = when_modal(qtbot, look)
    dialog.invite_button.click()
    check(result)
    series_id = uow.read(window.community, cohorts.list_cohorts, circle_id)[0].series_id
    assert seen == [(InviteDialog, "series", series_id)]
