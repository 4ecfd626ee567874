"""The page registry describes each page as the page class itself does."""

from copdesk.ui.pages.registry import PAGES


def test_registry_agrees_with_the_page_classes():
    for spec in PAGES:
        cls = spec.load()
        assert cls.nav_title == spec.nav_title, spec.cls
        assert cls.icon_name == spec.icon, spec.cls
        assert cls.opens == spec.opens, spec.cls
