"""A sub-group "Circle" (weekly on Tuesdays, 08:30–09:30) with four members from three
organisations in Hesse, Bavaria and Berlin, on a real community file."""

from __future__ import annotations

from pathlib import Path

import pytest

from copdesk.model import entities as E
from copdesk.model import groups, uow
from copdesk.paths import resource_path

PACK_DE = resource_path("guide_packs", "lernkreis-12-wochen.de.toml")
PACK_EN = resource_path("guide_packs", "lernkreis-12-wochen.en.toml")


def _people(session) -> list[int]:
    orgs = [
        E.Organisation(name="Stadt A", state="HE"),
        E.Organisation(name="Land B", state="BY"),
        E.Organisation(name="Amt C", state="BE"),
    ]
    session.add_all(orgs)
    session.flush()
    people = [
        E.Member(
            first_name=f, last_name="Test", email=f"{f.lower()}@example.org", organisation_id=o.id
        )
        for f, o in (("Ada", orgs[0]), ("Ben", orgs[0]), ("Cem", orgs[1]), ("Dana", orgs[2]))
    ]
    session.add_all(people)
    session.flush()
    return [p.id for p in people]


@pytest.fixture
def circle(community) -> tuple[int, list[int]]:
    """(group id, member ids): the circle and its four members."""
    ids, _ = uow.write(community, _people)
    gid, _ = uow.write(
        community,
        groups.add_group,
        groups.GroupData(
            name="Circle",
            cadence_unit="week",
            weekdays=(2,),
            window_start="08:30",
            window_end="09:30",
            default_minutes=60,
        ),
    )
    uow.write(community, groups.set_group_members, gid, add=ids)
    return gid, ids


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "pack.toml"
    path.write_bytes(PACK_EN.read_bytes())
    return path
