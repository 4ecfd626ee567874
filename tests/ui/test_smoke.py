def test_window_shows_pages(window, qtbot):
    from copdesk.ui.pages.members import MembersPage

    page = window.show_page(MembersPage)
    assert page.model.rowCount() == 3
