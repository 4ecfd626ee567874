def test_window_shows_pages(window, qtbot):
    from copdesk.ui.pages.members import MembersPage

    page = window.show_page(MembersPage)
    assert page.model.rowCount() == 3


def test_every_page_fits_a_1024_px_window_in_german(qtbot, settings, tmp_path, copdesk_home):
    """At 1024 × 700 (the smallest screen the design supports), in German (the longer
    labels), no page forces the window wider and no detail pane is squeezed to a word per
    line (the action items' filter row once left it 91 px)."""
    from PySide6.QtWidgets import QApplication

    from copdesk.demo import write_demo
    from copdesk.model import db
    from copdesk.ui import i18n
    from copdesk.ui.main_window import MainWindow, WindowHost
    from copdesk.ui.pages.registry import PAGES

    path = tmp_path / "demo.copdesk"
    write_demo(path)
    app = QApplication.instance()
    translators = i18n.install_translators(app, "de")
    community = db.open_community(path)
    try:
        window = MainWindow(community, settings, WindowHost(*(lambda *a: None for _ in range(6))))
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        narrow = []
        for n, spec in enumerate(PAGES):
            window.nav.setCurrentRow(n)
            app.processEvents()
            page = window.page(n)
            detail = getattr(page, "detail", None)
            if detail is not None and detail.isVisible() and detail.width() < 180:
                narrow.append((spec.cls, detail.width()))
        assert window.minimumSizeHint().width() <= 1024
        assert window.width() == 1024
        assert narrow == []
        window.close()
    finally:
        community.close()
        i18n.remove_translators(app, translators)


def test_the_overview_answers_what_to_do_next_in_german(qtbot, settings, tmp_path):
    """The first page on the demo: next meeting, overdue action items, top topics, and the
    day it was measured against ("Stand"), all in German."""
    import datetime as dt

    from PySide6.QtWidgets import QApplication

    from copdesk.demo import write_demo
    from copdesk.formats.dates import date_short
    from copdesk.model import db
    from copdesk.ui import i18n
    from copdesk.ui.main_window import MainWindow, WindowHost

    path = tmp_path / "demo.copdesk"
    write_demo(path)
    app = QApplication.instance()
    translators = i18n.install_translators(app, "de")
    community = db.open_community(path)
    try:
        window = MainWindow(community, settings, WindowHost(*(lambda *a: None for _ in range(6))))
        qtbot.addWidget(window)
        window.show()
        text = window.page(0).view.toPlainText()
        assert "CoP Personalentwicklung Süd-West" in text
        assert "Nächstes Treffen" in text and "überfällig" in text
        assert "Themenspeicher" in text
        assert f"Stand: {date_short(dt.date.today())}" in text
        window.close()
    finally:
        community.close()
        i18n.remove_translators(app, translators)
