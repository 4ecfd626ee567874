"""Fixtures for widget tests: a real community file and a real main window."""

from __future__ import annotations

import pytest

from copdesk.model import members, organisations, uow
from copdesk.model.dto import MemberData, OrganisationData


@pytest.fixture
def settings(copdesk_home):
    from copdesk.ui.settings import Settings

    return Settings()


@pytest.fixture
def seeded(community):
    """Two organisations and three members."""
    heid, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(name="Stadt Heidelberg", state="BW", city="Heidelberg"),
    )
    darm, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(name="Stadt Darmstadt", state="HE", city="Darmstadt"),
    )
    for first, last, org, email in (
        ("Jürgen", "Weiß", heid, "juergen.weiss@heidelberg.example"),
        ("Sabine", "Groß", darm, "sabine.gross@darmstadt.example"),
        ("Ayşe", "Demir", heid, "ayse.demir@heidelberg.example"),
    ):
        uow.write(
            community,
            members.add_member,
            MemberData(first_name=first, last_name=last, organisation_id=org, email=email),
        )
    return community


@pytest.fixture
def window(qtbot, seeded, settings):
    from copdesk.ui.main_window import MainWindow, WindowHost

    calls = []
    host = WindowHost(
        *(
            lambda *a, n=n: calls.append((n, a))
            for n in ("new", "open", "copy", "restore", "settings", "log")
        )
    )
    win = MainWindow(seeded, settings, host)
    win.host_calls = calls
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
