"""A sub-group's people are its current members; the community's people are everyone."""

from __future__ import annotations

import datetime as dt

from copdesk.model import entities as E
from copdesk.model import groups, members, overview, uow
from copdesk.model.dto import MemberData

TODAY = dt.date(2026, 5, 4)


def _setup(community) -> tuple[int, int, dict[str, int]]:
    """The community, a circle, and three members: Ann and Ben in the circle, Cleo not."""
    ids = {
        name: uow.write(community, members.add_member, MemberData(first_name=name))[0]
        for name in ("Ann", "Ben", "Cleo")
    }

    def circle(session) -> tuple[int, int]:
        root = groups.root_group(session)
        group = E.Group(name="Circle", parent_id=root.id)
        session.add(group)
        session.flush()
        for n in ("Ann", "Ben"):
            session.add(E.GroupMembership(group_id=group.id, member_id=ids[n]))
        return root.id, group.id

    (root, gid), _ = uow.write(community, circle)
    return root, gid, ids


def _names(community, **kwargs) -> list[str]:
    return [r.first_name for r in uow.read(community, members.list_members, **kwargs)]


def test_a_sub_group_lists_only_its_members_the_community_everyone(community):
    root, gid, _ids = _setup(community)
    assert _names(community, group_id=gid, today=TODAY) == ["Ann", "Ben"]
    assert _names(community, group_id=root, today=TODAY) == ["Ann", "Ben", "Cleo"]
    assert _names(community) == ["Ann", "Ben", "Cleo"]


def test_who_left_the_group_is_no_longer_listed_who_leaves_later_still_is(community):
    _root, gid, ids = _setup(community)

    def leave(session, name: str, day: dt.date) -> None:
        session.get(E.GroupMembership, (gid, ids[name])).left_on = day

    uow.write(community, leave, "Ann", TODAY)  # left today: no longer in the circle
    uow.write(community, leave, "Ben", TODAY + dt.timedelta(days=1))
    assert _names(community, group_id=gid, today=TODAY) == ["Ben"]


def test_the_overview_counts_the_selected_groups_people(community):
    root, gid, ids = _setup(community)
    uow.write(community, members.set_active, ids["Ben"], False)
    in_circle = uow.read(community, overview.overview, gid, today=TODAY)
    assert in_circle.counts["members"] == 1  # Ann: Ben is inactive, Cleo not in the circle
    everyone = uow.read(community, overview.overview, root, today=TODAY)
    assert everyone.counts["members"] == 2
