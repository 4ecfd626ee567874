"""A group's own settings and membership in the model, on a real community file: meeting
defaults, the rotation switch, guests of sub-groups, several members in one step."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from copdesk.model import entities as E
from copdesk.model import groups, meetings, members, rotation, uow
from copdesk.model.dto import MemberData
from copdesk.model.errors import ValidationError
from tests.groups.helpers import attended

JOIN = "https://zoom.example/j/42"
BOARD = "https://miro.example/app/board/abc="
DAY = dt.date(2026, 3, 18)


def _people(community, *names: str) -> list[int]:
    return [
        uow.write(community, members.add_member, MemberData(first_name=n, last_name="Test"))[0]
        for n in names
    ]


def _circle(community, **fields) -> int:
    data = groups.GroupData(name="Circle", cadence_unit="week", **fields)
    return uow.write(community, groups.add_group, data)[0]


def test_defaults_and_rotation_round_trip(community):
    gid = _circle(
        community,
        video_tool="zoom",
        join_url=JOIN,
        whiteboard_url=BOARD,
        rotates_moderation=False,
    )
    data, version = uow.read(community, groups.get_group, gid)
    assert (data.video_tool, data.join_url, data.whiteboard_url) == ("zoom", JOIN, BOARD)
    assert data.rotates_moderation is False
    rules = uow.read(community, rotation.get_rules, gid).rules
    assert [r.enabled for r in rules if r.role == rotation.MODERATOR] == [False]

    uow.write(community, groups.update_group, gid, replace(data, rotates_moderation=True), version)
    assert uow.read(community, groups.get_group, gid)[0].rotates_moderation is True


def test_a_group_without_rotation_gets_no_moderation_suggestions(community):
    ids = _people(community, "Anna", "Bernd", "Clara")
    on = _circle(community)
    off = uow.write(
        community,
        groups.add_group,
        groups.GroupData(name="Fixed", cadence_unit="week", rotates_moderation=False),
    )[0]
    joined = DAY - dt.timedelta(days=30)
    for gid in (on, off):
        uow.write(community, groups.set_group_members, gid, add=ids, today=joined)
        # newcomers may moderate at once (else nobody is eligible before a first meeting)
        rules = uow.read(community, rotation.get_rules, gid).rules
        uow.write(community, rotation.save_rules, gid, [replace(r, min_attended=0) for r in rules])

    def moderation(gid: int) -> rotation.RoleProposal:
        slot = uow.read(community, rotation.propose_for_date, gid, DAY, today=DAY)
        return next(r for r in slot.roles if r.role == rotation.MODERATOR)

    assert moderation(on).holder_id in ids  # the control: the same people, rotating
    proposal = moderation(off)
    assert proposal.state == rotation.State.OFF and proposal.holder_id is None
    forecast = uow.read(community, rotation.forecast, off, 3, today=DAY)
    assert rotation.MODERATOR not in forecast.enabled_roles


@pytest.mark.parametrize(
    ("field", "value"),
    [("join_url", "zoom.example/j/42"), ("whiteboard_url", "miro board"), ("video_tool", "skype")],
)
def test_bad_links_are_refused_and_nothing_changes(community, field, value):
    with pytest.raises(ValidationError) as caught:
        _circle(community, **{field: value})
    assert caught.value.field == field
    assert [r.name for r in uow.read(community, groups.list_groups)] == ["Test CoP"]


def test_a_new_meeting_of_the_group_starts_with_its_defaults(community):
    gid = _circle(community, video_tool="zoom", join_url=JOIN, whiteboard_url=BOARD)
    root = uow.read(community, groups.root_group).id

    mid, _ = uow.write(community, meetings.plan_date, gid, DAY, "Circle 1")
    data, _v = uow.read(community, meetings.get_meeting, mid)
    assert (data.video_tool, data.join_url, data.whiteboard_url) == ("zoom", JOIN, BOARD)

    # the group's link wins over a host's room, whose details go with it
    hosted = meetings.MeetingData(
        group_id=gid,
        title="t",
        start=dt.datetime(2026, 3, 25, 8, 30),
        video_tool="teams",
        join_url="https://teams.example/host",
        passcode="123",
    )
    filled = uow.read(community, meetings.with_group_defaults, hosted)
    assert (filled.video_tool, filled.join_url, filled.passcode) == ("zoom", JOIN, "")
    in_person = uow.read(
        community,
        meetings.with_group_defaults,
        meetings.MeetingData(group_id=gid, format="in_person"),
    )
    assert (in_person.join_url, in_person.whiteboard_url) == ("", BOARD)

    # a series of the group, too; the community has no defaults: nothing is invented
    first = meetings.MeetingData(group_id=gid, title="S", start=dt.datetime(2026, 4, 7, 8, 30))
    uow.write(community, meetings.create_series, meetings.SeriesData(first=first, count=2))
    series = [r for r in uow.read(community, meetings.list_meetings) if r.series_id]
    assert {uow.read(community, meetings.get_meeting, r.id)[0].join_url for r in series} == {JOIN}
    plain, _ = uow.write(community, meetings.plan_date, root, DAY, "CoP")
    assert uow.read(community, meetings.get_meeting, plain)[0].join_url == ""


def test_the_whiteboard_link_of_a_meeting_is_checked(community):
    root = uow.read(community, groups.root_group).id
    data = meetings.MeetingData(
        group_id=root, title="t", start=dt.datetime(2026, 5, 5, 14), whiteboard_url="board"
    )
    with pytest.raises(ValidationError) as caught:
        uow.write(community, meetings.add_meeting, data)
    assert caught.value.field == "whiteboard_url"


def test_guests_are_listed_under_their_sub_group_only(community):
    anna, bernd = _people(community, "Anna", "Bernd")
    gid = _circle(community)
    root = uow.read(community, groups.root_group).id
    guest, _ = uow.write(
        community,
        members.add_member,
        MemberData(first_name="Gerda", last_name="Gast", group_ids=(gid,)),
    )

    def legacy(session) -> int:  # an older file: a member without any membership row
        member = E.Member(first_name="Otto", last_name="Alt", email="")
        session.add(member)
        session.flush()
        return member.id

    old, _ = uow.write(community, legacy)
    uow.write(community, groups.set_group_members, gid, add=[anna, old])

    community_ids = {m.id for m in uow.read(community, members.list_members)}
    assert community_ids == {anna, bernd, old}
    assert {m.id for m in uow.read(community, members.list_members, group_id=root)} == (
        community_ids
    )
    circle = {m.id: m.guest for m in uow.read(community, members.list_members, group_id=gid)}
    assert circle == {anna: False, old: False, guest: True}
    assert uow.read(community, groups.is_guest, guest)
    assert not uow.read(community, groups.is_guest, old)  # joined the circle, still a member
    assert not uow.read(community, groups.is_guest, bernd)

    # the member dialog's data: a guest ticks the sub-group only; ticking the community too
    data, version = uow.read(community, members.get_member, guest)
    assert data.group_ids == (gid,)
    uow.write(
        community, members.update_member, guest, replace(data, group_ids=(root, gid)), version
    )
    assert not uow.read(community, groups.is_guest, guest)


def test_several_members_leave_at_once_with_the_day(community):
    anna, bernd = _people(community, "Anna", "Bernd")
    gid = _circle(community)
    uow.write(community, groups.set_group_members, gid, add=[anna, bernd])

    attended(community, gid, anna)
    effect = uow.read(community, groups.membership_effect, gid, remove=[anna, bernd], today=DAY)
    assert (effect.marked_left, effect.removed, effect.day) == ((anna,), (bernd,), DAY)
    uow.write(community, groups.set_group_members, gid, remove=[anna, bernd], today=DAY)
    history = uow.read(community, groups.member_groups, anna)
    assert [(g.name, g.left_on) for g in history] == [("Test CoP", None), ("Circle", DAY)]
    assert [g.name for g in uow.read(community, groups.member_groups, bernd)] == ["Test CoP"]
