"""The rules of sub-groups and their membership, on a real community file (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import groups, uow
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.groups import GroupData


def _member(session, first: str, email: str) -> int:
    m = E.Member(first_name=first, last_name="Test", email=email)
    session.add(m)
    session.flush()
    return m.id


def _names(community) -> list[str]:
    return [r.name for r in uow.read(community, groups.list_groups)]


def test_add_group_is_a_sub_group_and_undoable(community):
    gid, changes = uow.write(community, groups.add_group, GroupData(name=" WOL  circle "))
    rows = uow.read(community, groups.list_groups)
    root = next(r for r in rows if r.parent_id is None)
    added = next(r for r in rows if r.id == gid)
    assert added.name == "WOL circle" and added.parent_id == root.id and added.active
    uow.replay(community, changes, undo=True)
    assert "WOL circle" not in _names(community)


def test_same_name_case_insensitive_is_refused_and_changes_nothing(community):
    uow.write(community, groups.add_group, GroupData(name="lernOS"))
    before = _names(community)
    with pytest.raises(ValidationError) as info:
        uow.write(community, groups.add_group, GroupData(name="LERNOS"))
    assert "already exists" in str(info.value)
    assert _names(community) == before


@pytest.mark.parametrize(
    "data",
    [
        GroupData(name=""),
        GroupData(name="x", cadence_unit="day"),
        GroupData(name="x", cadence_interval=0),
        GroupData(name="x", weekdays=()),
        GroupData(name="x", window_start="16:00", window_end="14:00"),
        GroupData(name="x", default_minutes=0),
    ],
)
def test_bad_fields_are_refused(community, data):
    with pytest.raises(ValidationError):
        uow.write(community, groups.add_group, data)
    assert "x" not in _names(community)


def test_update_keeps_name_unique_and_checks_version(community):
    a, _ = uow.write(community, groups.add_group, GroupData(name="A"))
    uow.write(community, groups.add_group, GroupData(name="B"))
    data, version = uow.read(community, groups.get_group, a)
    with pytest.raises(ValidationError):
        uow.write(community, groups.update_group, a, GroupData(name="b"), version)
    new = GroupData(name="A2", purpose="Working out loud", cadence_unit="week", weekdays=(1, 5))
    uow.write(community, groups.update_group, a, new, version)
    data, _ = uow.read(community, groups.get_group, a)
    assert data == GroupData(
        name="A2", purpose="Working out loud", cadence_unit="week", weekdays=(1, 5)
    )
    with pytest.raises(UserError):  # the old version is stale now
        uow.write(community, groups.update_group, a, new, version)


def test_archive_and_restore_but_never_the_community(community):
    gid, _ = uow.write(community, groups.add_group, GroupData(name="Sub"))
    uow.write(community, groups.archive_group, gid)
    assert not next(r for r in uow.read(community, groups.list_groups) if r.id == gid).active
    uow.write(community, groups.restore_group, gid)
    assert next(r for r in uow.read(community, groups.list_groups) if r.id == gid).active
    root = next(r for r in uow.read(community, groups.list_groups) if r.parent_id is None)
    with pytest.raises(groups.CommunityNotArchivable):
        uow.write(community, groups.archive_group, root.id)
    with pytest.raises(groups.CommunityNotArchivable):
        uow.write(community, groups.delete_group, root.id)


def test_delete_only_without_meetings(community):
    gid, _ = uow.write(community, groups.add_group, GroupData(name="Sub"))

    def add_meeting(session):
        start = dt.datetime(2026, 1, 7, 13, tzinfo=dt.UTC)
        session.add(
            E.Meeting(group_id=gid, title="M", start_at=start, end_at=start + dt.timedelta(hours=1))
        )

    uow.write(community, add_meeting)
    with pytest.raises(groups.GroupInUse) as info:
        uow.write(community, groups.delete_group, gid)
    assert "Archive" in str(info.value)
    assert "Sub" in _names(community)
    other, _ = uow.write(community, groups.add_group, GroupData(name="Empty"))
    uow.write(community, groups.delete_group, other)
    assert "Empty" not in _names(community)


def test_members_added_several_at_once_and_removed(community):
    gid, _ = uow.write(community, groups.add_group, GroupData(name="Sub"))
    ids, _ = uow.write(community, lambda s: [_member(s, n, f"{n}@x.de") for n in ("a", "b", "c")])
    uow.write(community, groups.set_group_members, gid, add=ids)
    assert uow.read(community, groups.current_member_ids, gid) == set(ids)
    _, changes = uow.write(community, groups.set_group_members, gid, remove=ids[:2])
    assert uow.read(community, groups.current_member_ids, gid) == {ids[2]}

    def rows(session):
        q = select(E.GroupMembership.member_id).where(E.GroupMembership.group_id == gid)
        return set(session.scalars(q))

    assert uow.read(community, rows) == {ids[2]}  # no history: the rows are gone
    uow.replay(community, changes, undo=True)
    assert uow.read(community, groups.current_member_ids, gid) == set(ids)


def test_removing_a_member_with_history_marks_them_as_left(community):
    gid, _ = uow.write(community, groups.add_group, GroupData(name="Sub"))
    mid, _ = uow.write(community, _member, "a", "a@x.de")
    uow.write(community, groups.set_group_members, gid, add=[mid])

    def attended(session):
        start = dt.datetime(2026, 1, 7, 13, tzinfo=dt.UTC)
        m = E.Meeting(group_id=gid, title="M", start_at=start, end_at=start)
        session.add(m)
        session.flush()
        session.add(E.Attendance(meeting_id=m.id, member_id=mid, status="attended"))

    uow.write(community, attended)
    day = dt.date(2026, 3, 1)
    uow.write(community, groups.set_group_members, gid, remove=[mid], today=day)
    assert uow.read(community, groups.current_member_ids, gid) == set()
    row = uow.read(community, lambda s: s.get(E.GroupMembership, (gid, mid)).left_on)
    assert row == day
    counts = {r.id: r.member_count for r in uow.read(community, groups.list_groups)}
    assert counts[gid] == 0
    uow.write(community, groups.set_group_members, gid, add=[mid])  # re-joining
    assert uow.read(community, groups.current_member_ids, gid) == {mid}
