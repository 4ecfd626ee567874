"""Fixtures for the meetings area: small hand-made communities, the demo, the UI language."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

#: the demo's "today" for every meetings test (a fake clock: nothing depends on the real date)
DEMO_TODAY = dt.date(2026, 3, 10)


@pytest.fixture(scope="session")
def meetings_demo_template(tmp_path_factory) -> Path:
    """One demo community per test run (deterministic); tests work on copies."""
    from copdesk.demo import write_demo

    path = tmp_path_factory.mktemp("meetings-demo") / "demo.copdesk"
    write_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo(meetings_demo_template, tmp_path):
    """A copy of the demo community, open for writing."""
    from copdesk.model import db

    path = tmp_path / "demo.copdesk"
    shutil.copyfile(meetings_demo_template, path)
    com = db.open_community(path)
    try:
        yield com
    finally:
        com.close()


@pytest.fixture
def cop(community):
    """A small CoP: Heidelberg (BW) and Darmstadt (HE), four members; returns a namespace."""
    from types import SimpleNamespace

    from copdesk.model import members, organisations, uow
    from copdesk.model.dto import MemberData, OrganisationData
    from copdesk.model.groups import root_group

    heid, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(
            name="Stadt Heidelberg",
            state="BW",
            video_tool="teams",
            video_link="https://teams.heidelberg.example/l/meetup-join/abc",
            video_dialin="+49 30 23125 900",
            video_text="Besprechungs-ID: 123 456 789\nKennung: Xy7",
        ),
    )
    darm, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(name="Stadt Darmstadt", state="HE", video_tool="zoom"),
    )
    ids = {}
    for key, first, last, org in (
        ("sabine", "Sabine", "Groß", heid),
        ("juergen", "Jürgen", "Weiß", heid),
        ("miriam", "Miriam", "Hoffmann", darm),
        ("bjoern", "Björn", "Meißner", darm),
    ):
        ids[key], _ = uow.write(
            community,
            members.add_member,
            MemberData(
                first_name=first, last_name=last, organisation_id=org, email=f"{key}@example.org"
            ),
        )
    group = uow.read(community, lambda s: root_group(s).id)
    return SimpleNamespace(community=community, heid=heid, darm=darm, group=group, **ids)


def _switch(lang: str):
    from PySide6.QtCore import QCoreApplication, QLocale

    from copdesk.ui import i18n

    app = QCoreApplication.instance()
    translators = i18n.install_translators(app, lang)
    try:
        yield
    finally:
        i18n.remove_translators(app, translators)
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def german(qapp):
    """The German UI language (catalogues and QLocale) for one test."""
    yield from _switch("de")


@pytest.fixture
def english(qapp):
    yield from _switch("en")
