"""Nothing the user types can make their own file unopenable.

``value_check`` refuses to open a file with a date outside 1900–2999 (and other values the
program cannot use). The dialogs' date fields go up to 9999, so these tests type such
values through the same use cases the dialogs call, and check that the write is refused
with a message and that the file still opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from copdesk.model import db, members, uow
from copdesk.model import entities as E
from copdesk.model.dto import MemberData
from copdesk.model.errors import ValidationError


def test_a_date_in_the_year_3000_is_refused_and_the_file_still_opens(community):
    mid, _ = uow.write(community, members.add_member, MemberData(last_name="Zukunft"))
    data, version = uow.read(community, members.get_member, mid)
    with pytest.raises(ValidationError) as info:
        uow.write(
            community,
            members.update_member,
            mid,
            replace(data, joined_on=dt.date(3000, 1, 1)),
            version,
        )
    assert info.value.render() == "3000-01-01 is not between the years 1900 and 2999."
    assert info.value.field == "joined_on"
    path = community.path
    community.close()
    again = db.open_community(path)  # the value scan runs: nothing bad was written
    try:
        assert uow.read(again, lambda s: s.get(E.Member, mid).joined_on) is None
    finally:
        again.close()


def test_an_instant_an_enumeration_a_number_and_a_zone_out_of_bounds_are_refused(community):
    group = uow.read(community, lambda s: s.scalar(select(E.Group.id)))
    good = {
        "group_id": group,
        "title": "T",
        "start_at": dt.datetime(2030, 1, 1, 9, tzinfo=dt.UTC),
        "end_at": dt.datetime(2030, 1, 1, 10, tzinfo=dt.UTC),
    }
    for bad, expected in (
        ({"start_at": dt.datetime(1850, 1, 1, 9, tzinfo=dt.UTC)}, "between the years"),
        ({"status": "exploded"}, "is not a valid value here"),
        ({"vote_budget": 5000}, "5000 is not between 0 and 1000."),
        ({"tz": "Mars/Olympus"}, "“Mars/Olympus” is not a known time zone."),
    ):
        with pytest.raises(ValidationError) as info:
            uow.write(community, lambda s, bad=bad: s.add(E.Meeting(**{**good, **bad})))
        assert expected in info.value.render()
    assert uow.read(community, lambda s: s.scalars(select(E.Meeting)).all()) == []
    uow.write(community, lambda s: s.add(E.Meeting(**good)))  # the same, in bounds


def test_a_federal_state_a_number_list_and_a_time_the_model_cannot_parse_are_refused(community):
    """value_check refuses these at open, so the program must never write them itself."""
    group = uow.read(community, lambda s: s.scalar(select(E.Group.id)))
    for entity, values in (
        (E.Organisation, {"name": "Amt", "state": "XX"}),
        (E.Group, {"name": "G2", "preferred_weekdays": "1,²"}),
        (E.Group, {"name": "G3", "window_start": "25:00"}),
        (E.Group, {"name": "G4", "window_end": "9:30"}),
        (E.RotationRule, {"group_id": group, "role": "host", "excluded_member_ids": "¹"}),
    ):
        with pytest.raises(ValidationError) as info:
            uow.write(community, lambda s, e=entity, v=values: s.add(e(**v)))
        assert "is not a valid value here" in info.value.render()
    # what the dialogs write passes: no state, a state from the list, the cadence's format
    uow.write(
        community,
        lambda s: s.add_all(
            [
                E.Organisation(name="Amt A", state=""),
                E.Organisation(name="Amt B", state="BW"),
                E.Group(
                    name="G5", preferred_weekdays="1,3", window_start="08:30", window_end="23:59"
                ),
            ]
        ),
    )
    path = community.path
    community.close()
    db.open_community(path).close()  # the value scan agrees


def test_the_model_skips_digits_int_cannot_read():
    """ "²".isdigit() is True, but int("²") raises: such parts are ignored, not fatal."""
    from copdesk.model import meetings
    from copdesk.model.rotation import snapshot as rotation_snapshot

    group = E.Group(
        preferred_weekdays="1,²,3",
        window_start="14:00",
        window_end="16:00",
        cadence_unit="month",
        cadence_interval=1,
        default_minutes=60,
    )
    assert meetings.cadence_of(group).weekdays == (1, 3)
    assert rotation_snapshot._weekdays("²,2") == (2,)
    assert rotation_snapshot._ids("¹,7") == (7,)
