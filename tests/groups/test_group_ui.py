"""The group selector's menu with real widgets: create, members, archive, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from copdesk.model import groups, uow
from tests.ui.conftest import seeded, settings, window  # noqa: F401 - fixtures
from tests.ui.helpers import check, type_text, when_modal


def _labels(win) -> list[str]:
    return [win.group_box.itemText(n).strip() for n in range(win.group_box.count())]


def test_new_sub_group_shows_in_selector_and_undo_removes_it(qtbot, window):  # noqa: F811
    def fill(dialog):
        type_text(qtbot, dialog.name, "Working Out Loud")
        dialog.unit.setCurrentIndex(dialog.unit.findData("week"))
        dialog.buttons.accepted.emit()

    result = when_modal(qtbot, fill)
    window.group_menu.new_action.trigger()
    check(result)
    assert "Working Out Loud" in _labels(window)
    assert window.group_box.currentText().strip() == "Working Out Loud"
    gid = window.current_group()
    data, _ = uow.read(window.community, groups.get_group, gid)
    assert (data.cadence_unit, data.cadence_interval) == ("week", 1)
    window.undo_stack.undo()
    assert "Working Out Loud" not in _labels(window)
    assert window.current_group() != gid


def test_same_name_shows_the_message_in_the_dialog(qtbot, window):  # noqa: F811
    seen = []

    def fill(dialog):
        type_text(qtbot, dialog.name, "test cop")
        dialog.buttons.accepted.emit()
        seen.append(dialog.isVisible())
        dialog.reject()

    result = when_modal(qtbot, fill)
    window.group_menu.new_action.trigger()
    check(result)
    assert seen == [True]  # refused: the dialog stays open
    assert _labels(window) == ["Test CoP"]


def test_members_checklist_and_archive(qtbot, window):  # noqa: F811
    gid, _ = uow.write(window.community, groups.add_group, groups.GroupData(name="Circle"))
    window._select_group(gid)
    assert window.current_group() == gid

    def tick(dialog):
        for n in range(2):
            dialog.list.item(n).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    result = when_modal(qtbot, tick)
    window.group_menu.members_action.trigger()
    check(result)
    assert len(uow.read(window.community, groups.current_member_ids, gid)) == 2
    window.group_menu.archive_action.trigger()
    assert "Circle" not in _labels(window)
    window.group_menu.show_archived.setChecked(True)
    assert any(label.startswith("Circle") for label in _labels(window))
    window.undo_stack.undo()  # the archiving
    window.group_menu.show_archived.setChecked(False)
    assert "Circle" in _labels(window)


def test_the_group_actions_are_in_the_menu_bar_too(qtbot, window):  # noqa: F811
    # findable without knowing the "…" beside the selector: a "Group" menu in the bar
    menus = {a.menu(): a.text() for a in window.menuBar().actions() if a.menu() is not None}
    assert window.group_menu.menu() in menus
    assert menus[window.group_menu.menu()] == "&Group"
    assert window.group_menu.new_action in window.group_menu.menu().actions()
