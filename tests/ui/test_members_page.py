"""Members and organisations driven from the keyboard, on a real file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from copdesk.model import members, uow
from copdesk.ui.pages.members import MembersPage
from copdesk.ui.pages.organisations import OrganisationsPage
from tests.ui.helpers import check, type_text, when_modal

CTRL = Qt.KeyboardModifier.ControlModifier


def names(page) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def open_members(window, qtbot) -> MembersPage:
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, CTRL)
    page = window.current_page()
    assert isinstance(page, MembersPage)
    return page


def test_ctrl_2_opens_members_and_search_filters_as_you_type(window, qtbot):
    page = open_members(window, qtbot)
    assert sorted(names(page)) == ["Ayşe Demir", "Jürgen Weiß", "Sabine Groß"]
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    type_text(qtbot, page.search, "weiß")
    assert names(page) == ["Jürgen Weiß"]
    assert page.count_label.text() != ""
    type_text(qtbot, page.search, " xyz")
    assert names(page) == []
    # no empty table without a word: the page says what hid every row and how to undo it
    assert page.table.isHidden() and page.empty_label.isVisible()
    assert "“weiß xyz”" in page.empty_label.text() and "Esc" in page.empty_label.text()
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and len(names(page)) == 3
    assert page.table.isVisible() and page.empty_label.isHidden()
    # organisation names are searchable too, several words must all match
    type_text(qtbot, page.search, "darmstadt groß")
    assert names(page) == ["Sabine Groß"]


def test_a_filter_that_hides_everyone_says_so(window, qtbot):
    page = open_members(window, qtbot)
    page.status_filter.setCurrentIndex(page.status_filter.findData("inactive"))
    assert names(page) == []
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "Nothing matches the chosen filter."


def test_sorting_by_column_header(window, qtbot):
    page = open_members(window, qtbot)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Ayşe Demir", "Sabine Groß", "Jürgen Weiß"]  # by last name
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 1).data() == "Stadt Heidelberg"


def test_add_member_with_keyboard_then_undo_and_redo(window, qtbot, seeded):
    page = open_members(window, qtbot)

    def fill(dialog):
        type_text(qtbot, dialog.first_name, "Käthe")
        type_text(qtbot, dialog.last_name, "Müller-Lüdenscheidt")
        type_text(qtbot, dialog.email, "kaethe@stadt.example")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    check(done, qtbot, window)
    stored = [m.name for m in uow.read(seeded, members.list_members)]
    assert "Käthe Müller-Lüdenscheidt" in stored
    assert page.current().name == "Käthe Müller-Lüdenscheidt"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert "Käthe Müller-Lüdenscheidt" not in [
        m.name for m in uow.read(seeded, members.list_members)
    ]
    assert "Käthe Müller-Lüdenscheidt" not in names(page)
    window.redo_action.trigger()
    assert "Käthe Müller-Lüdenscheidt" in names(page)


def test_dialog_validates_inline_and_keeps_input(window, qtbot, seeded):
    page = open_members(window, qtbot)
    before = uow.read(seeded, members.list_members)

    def fill(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(qtbot, dialog.first_name, "X")
        dialog.first_name.clear()
        assert dialog.field_message("last_name").isVisible()
        assert not ok.isEnabled()
        type_text(qtbot, dialog.last_name, "Neu")
        assert ok.isEnabled()
        type_text(qtbot, dialog.email, "not-an-address")
        assert dialog.field_message("email").isVisible()
        assert not ok.isEnabled()
        dialog.email.clear()
        type_text(qtbot, dialog.email, "JUERGEN.WEISS@heidelberg.example")
        message = dialog.field_message("email")
        assert message.isVisible() and "Jürgen Weiß" in message.text()
        assert ok.isEnabled()  # a duplicate is a warning, not an error
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    check(done, qtbot, window)
    assert uow.read(seeded, members.list_members) == before


def test_edit_with_enter_and_undo(window, qtbot, seeded):
    page = open_members(window, qtbot)
    page.search.setText("groß")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.current().name == "Sabine Groß"

    def fill(dialog):
        dialog.function.clear()
        type_text(qtbot, dialog.function, "Digitallotsin")
        qtbot.keyClick(dialog.function, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    check(done, qtbot, window)
    row = next(m for m in uow.read(seeded, members.list_members) if m.last_name == "Groß")
    assert row.function == "Digitallotsin"
    assert "Digitallotsin" in page.detail.toPlainText()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    row = next(m for m in uow.read(seeded, members.list_members) if m.last_name == "Groß")
    assert row.function == ""


def test_delete_is_undoable_and_history_offers_inactive(window, qtbot, seeded):
    from copdesk.model import entities as E

    page = open_members(window, qtbot)
    page.search.setText("demir")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "Ayşe Demir" not in [m.name for m in uow.read(seeded, members.list_members)]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert "Ayşe Demir" in [m.name for m in uow.read(seeded, members.list_members)]

    # give Jürgen a history: he moderated a meeting
    import datetime as dt

    def meeting(session):
        jid = next(m.id for m in members.list_members(session) if m.last_name == "Weiß")
        start = dt.datetime(2025, 3, 12, 13, tzinfo=dt.UTC)
        session.add(
            E.Meeting(
                group_id=1,
                title="CoP",
                start_at=start,
                end_at=start + dt.timedelta(hours=2),
                moderator_id=jid,
            )
        )

    uow.write(seeded, meeting)
    page.search.setText("weiß")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)

    def answer(box):
        assert isinstance(box, QMessageBox)
        assert "inactive" in box.text()
        inactive = next(b for b in box.buttons() if "inactive" in b.text())
        inactive.click()

    done = when_modal(qtbot, answer)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    check(done, qtbot, window)
    row = next(m for m in uow.read(seeded, members.list_members) if m.last_name == "Weiß")
    assert row.active is False


def test_organisations_add_and_duplicate_name(window, qtbot, seeded):
    window.activateWindow()
    qtbot.keyClick(window.nav, Qt.Key.Key_3, CTRL)
    page = window.current_page()
    assert isinstance(page, OrganisationsPage)

    def fill(dialog):
        type_text(qtbot, dialog.name, "Stadt Heidelberg")
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        # the model refuses the duplicate: the message shows inline, the dialog stays open
        assert dialog.isVisible()
        assert "already exists" in dialog.field_message("name").text()
        dialog.name.clear()
        type_text(qtbot, dialog.name, "Stadtwerke Gießen")
        type_text(qtbot, dialog.video_link, "ftp://x")
        assert dialog.field_message("video_link").isVisible()
        dialog.video_link.clear()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    done = when_modal(qtbot, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    check(done, qtbot, window)
    assert "Stadtwerke Gießen" in [
        page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())
    ]
    assert QApplication.activeModalWidget() is None


def test_table_models_pass_qtmodeltester(window, qtbot, qtmodeltester):
    page = open_members(window, qtbot)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.search.setText("stadt")
    qtmodeltester.check(page.proxy)
    org_page = window.show_page(OrganisationsPage)
    qtmodeltester.check(org_page.model)


def test_undoing_a_delete_selects_the_member_again(window, qtbot, seeded):
    page = open_members(window, qtbot)
    page.search.setText("groß")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    page.search.clear()
    assert "Sabine Groß" not in names(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert page.current().name == "Sabine Groß"
    assert window.statusBar().currentMessage() == ""
