"""Each rule and tie-break of the rotation, on a real community file (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from copdesk.model import entities as E
from copdesk.model import groups, rotation, uow
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.rotation import CO_MODERATOR, HOST, MODERATOR, PROTOCOL
from copdesk.model.rotation.dto import State, Text
from tests.rotation.conftest import TODAY, World, lines

D = dt.date
NEXT = D(2026, 4, 15)  # a Wednesday after TODAY: the planned meeting in most tests
LATER = D(2026, 7, 15)


@pytest.fixture
def five(world: World) -> dict:
    """Three organisations, five founding members (alphabetical by last name)."""
    a, b, c = world.org("Stadt A"), world.org("Stadt B"), world.org("Stadt C")
    ids = {
        "adler": world.member("Anna", "Adler", a),
        "berg": world.member("Bernd", "Berg", a),
        "clausen": world.member("Clara", "Clausen", b),
        "dietz": world.member("Dora", "Dietz", b),
        "ebert": world.member("Emil", "Ebert", c),
    }
    ids.update(A=a, B=b, C=c)
    return ids


SERIES_START = D(2024, 1, 10)


def held_series(world: World, moderators: list[int], start=SERIES_START, **fields) -> list:
    out = []
    for k, mod in enumerate(moderators):
        day = start + dt.timedelta(days=91 * k)
        out.append(world.held(day, moderator=mod, **fields))
    return out


# --- the order: fewest turns, then longest ago, then join date, then name ---------------------


def test_fewest_turns_wins(world, five):
    held_series(world, [five["adler"], five["berg"], five["clausen"], five["dietz"]])
    p = world.slot().role(MODERATOR)
    assert p.name == "Emil Ebert" and p.state == State.PROPOSED
    assert p.turns == 0
    assert "Emil Ebert: has not moderated yet" in lines(p)
    assert "fewest turns of all available" in lines(p)


def test_tie_broken_by_longest_time_since_last_turn(world, five):
    order = ["dietz", "adler", "berg", "ebert", "clausen"]
    held_series(world, [five[k] for k in order])
    p = world.slot().role(MODERATOR)
    assert p.name == "Dora Dietz"
    assert p.turns == 1 and p.last_on == D(2024, 1, 10)
    assert p.reason.render() == "Dora Dietz: moderated 1×, last on 2024-01-10"
    assert p.decided_by.render() == "as many turns as Anna Adler, but longer ago"
    # the next meetings go on in the same order
    assert [world.who(MODERATOR, i) for i in range(4)] == [
        "Dora Dietz",
        "Anna Adler",
        "Bernd Berg",
        "Emil Ebert",
    ]


def test_tie_broken_by_join_date_then_by_name(world):
    org = world.org("Stadt")
    world.member("Zoe", "Zander", org, joined=D(2019, 5, 1))
    world.member("Anton", "Abel", org, joined=D(2020, 1, 1))
    world.member("Bea", "Abel", org, joined=D(2020, 1, 1))
    p = world.slot().role(MODERATOR)
    assert p.name == "Zoe Zander"  # the longest a member, though last by name
    assert p.decided_by.render() == "as many turns as Anton Abel, and a member for longer"
    second = world.slot(1).role(MODERATOR)
    assert second.name == "Anton Abel"  # same join date: last name, then first name
    assert second.decided_by.render() == "as many turns as Bea Abel; alphabetical order"


# --- constraints ------------------------------------------------------------------------------


def test_moderator_is_not_the_previous_one(world):
    org = world.org("Stadt")
    a = world.member("Anna", "Adler", org)
    b = world.member("Bernd", "Berg", org)
    c = world.member("Clara", "Clausen", org)
    held_series(world, [b, c, b, c, a])  # Adler: 1 turn (the fewest), but just now
    p = world.slot().role(MODERATOR)
    assert p.name == "Bernd Berg"
    assert "Anna Adler moderated the previous meeting" in lines(p)


def test_moderating_twice_in_a_row_only_when_nobody_else_can(world):
    org = world.org("Stadt")
    a = world.member("Anna", "Adler", org)
    b = world.member("Bernd", "Berg", org)
    held_series(world, [b, a])
    mid = world.meeting(NEXT)
    world.absence(b, NEXT - dt.timedelta(days=3), NEXT + dt.timedelta(days=3), "Urlaub")
    p = world.slot().role(MODERATOR)
    assert p.name == "Anna Adler"
    assert "Nobody else is available: Anna Adler moderates twice in a row." in lines(p)
    assert world.confirm(mid) >= 1


def test_host_is_not_the_previous_host(world, five):
    world.held(D(2025, 1, 10), host=five["B"])
    world.held(D(2025, 4, 10), host=five["C"])
    world.held(D(2025, 7, 10), host=five["B"])
    world.held(D(2025, 10, 10), host=five["A"])  # A: 1 (the fewest), but the previous one
    world.held(D(2026, 1, 10), host=five["C"])
    p = world.slot().role(HOST)
    assert p.name == "Stadt A"  # A: 1, B: 2, C: 2 (and C hosted last)
    world.held(D(2026, 2, 20), host=five["A"])
    p = world.slot().role(HOST)
    assert p.name == "Stadt B"  # all 2 now; B hosted longest ago
    assert p.decided_by.render() == "as many turns as Stadt C, but longer ago"


def test_host_not_twice_in_a_row_note(world):
    a, b = world.org("Stadt A"), world.org("Stadt B")
    world.member("Anna", "Adler", a)
    world.member("Bernd", "Berg", b)
    world.held(D(2025, 1, 10), host=b)
    world.held(D(2025, 4, 10), host=b)
    world.held(D(2025, 7, 10), host=a)  # A: 1 turn, fewest — but it hosted last
    p = world.slot().role(HOST)
    assert p.name == "Stadt B"
    assert "Stadt A hosted the previous meeting" in lines(p)


def test_co_moderator_from_another_organisation(world, five):
    slot = world.slot()
    assert slot.role(MODERATOR).name == "Anna Adler"  # Stadt A
    co = slot.role(CO_MODERATOR)
    assert co.name == "Clara Clausen"  # Berg is next in line but also from Stadt A
    assert "Bernd Berg is from the same organisation as the other moderator" in lines(co)
    # one person, one role: the protocol goes to Berg
    assert slot.role(PROTOCOL).name == "Bernd Berg"


def test_same_organisation_when_nobody_else_is_there(world):
    a = world.org("Stadt A")
    world.member("Anna", "Adler", a)
    world.member("Bernd", "Berg", a)
    world.member("Carl", "Conrad", a)
    co = world.slot().role(CO_MODERATOR)
    assert co.name == "Bernd Berg"
    assert (
        "Nobody from another organisation is available: both moderators are from Stadt A."
    ) in lines(co)


def test_one_role_per_person_relaxed_when_too_few(world):
    a, b = world.org("Stadt A"), world.org("Stadt B")
    world.member("Anna", "Adler", a)
    world.member("Bernd", "Berg", b)
    slot = world.slot()
    assert slot.role(MODERATOR).name == "Anna Adler"
    assert slot.role(CO_MODERATOR).name == "Bernd Berg"
    prot = slot.role(PROTOCOL)
    assert prot.name in ("Anna Adler", "Bernd Berg")
    assert f"Not enough people available: {prot.name} takes two roles." in lines(prot)


# --- availability and eligibility -------------------------------------------------------------------


def test_absent_member_is_passed_over_and_named(world, five):
    world.meeting(NEXT)
    world.absence(five["adler"], NEXT - dt.timedelta(days=2), NEXT + dt.timedelta(days=9), "Urlaub")
    p = world.slot().role(MODERATOR)
    assert p.name == "Bernd Berg"
    assert "Anna Adler is absent (Urlaub)" in lines(p)
    # a day after the absence she is available again and comes first
    assert world.slot(1).role(MODERATOR).name == "Anna Adler"


def test_declined_member_is_not_picked(world, five):
    mid = world.meeting(NEXT)
    world.attend(mid, five["adler"], "declined")
    p = world.slot().role(MODERATOR)
    assert p.name == "Bernd Berg"
    assert "Anna Adler has declined this meeting" in lines(p)


def test_newcomers_after_k_meetings(world, five):
    founders = [five[k] for k in ("adler", "berg", "clausen", "dietz", "ebert")]
    world.held(D(2025, 2, 10), moderator=five["adler"], attended=founders)
    newbie = world.member("Nora", "Aaron", five["C"], joined=D(2025, 6, 1))
    for k, key in enumerate(("berg", "clausen", "dietz", "ebert")):
        world.held(
            D(2025, 7, 1) + dt.timedelta(days=30 * k), moderator=five[key], attended=founders
        )
    # she has the fewest turns, but has attended no meeting yet
    slot0 = world.slot(0)
    assert slot0.role(MODERATOR).name != "Nora Aaron"
    assert "Nora Aaron has attended 0 of the 1 meetings required" in lines(slot0.role(MODERATOR))
    assert slot0.role(MODERATOR).name == "Anna Adler"
    # the forecast assumes she attends the next meeting: eligible for the one after
    assert world.slot(1).role(MODERATOR).name == "Nora Aaron"
    # K = 0: at once
    world.rule(MODERATOR, min_attended=0)
    assert world.slot(0).role(MODERATOR).name == "Nora Aaron"
    # K = 2: a meeting she attended counts
    world.rule(MODERATOR, min_attended=2)
    m = world.held(D(2025, 12, 10), moderator=five["adler"])
    world.attend(m, newbie)
    assert "Nora Aaron has attended 1 of the 2 meetings required" in lines(
        world.slot(0).role(MODERATOR)
    )


def test_meetings_without_attendance_count_as_attended(world, five):
    world.held(D(2025, 2, 10), moderator=five["adler"])
    world.member("Nora", "Aaron", five["C"], joined=D(2025, 6, 1))
    for k, key in enumerate(("berg", "clausen", "dietz", "ebert")):
        world.held(D(2025, 7, 1) + dt.timedelta(days=30 * k), moderator=five[key])
    assert world.slot(0).role(MODERATOR).name == "Nora Aaron"  # no attendance taken


def test_excluded_members_and_roles_switched_off(world, five):
    world.rule(MODERATOR, excluded_ids=(five["adler"], five["berg"]))
    world.rule(PROTOCOL, enabled=False)
    fc = world.forecast()
    assert fc.enabled_roles == (HOST, MODERATOR, CO_MODERATOR)
    for slot in fc.slots:
        assert slot.role(MODERATOR).name not in ("Anna Adler", "Bernd Berg")
        assert slot.role(PROTOCOL).state == State.OFF
    world.rule(HOST, excluded_ids=(five["A"],))
    assert "Stadt A" not in [s.role(HOST).name for s in world.forecast(6).slots]


def test_left_and_inactive_members_are_not_proposed(world, five):
    world.leave(five["adler"], D(2026, 1, 31))
    world.write(lambda s: setattr(s.get(E.Member, five["berg"]), "active", False))
    names = {
        s.role(r).name for s in world.forecast(8).slots for r in (MODERATOR, CO_MODERATOR, PROTOCOL)
    }
    assert "Anna Adler" not in names and "Bernd Berg" not in names


# --- bad input: a clear message, nothing changed ----------------------------------------------------


def test_nobody_eligible_at_all(world):
    mid = world.meeting(NEXT)
    slot = world.slot()
    p = slot.role(MODERATOR)
    assert p.state == State.NOBODY and p.holder_id is None
    assert p.reason.render() == "Nobody is eligible for this role. Check the rotation settings."
    assert slot.role(HOST).reason.render().startswith("No organisation has members")
    with pytest.raises(UserError) as info:
        world.confirm(mid)
    assert "Nobody can be proposed for the role “Host organisation”" in str(info.value)
    assert world.rows(E.RotationRecord) == []


def test_everyone_absent(world, five):
    mid = world.meeting(NEXT)
    for key in ("adler", "berg", "clausen", "dietz", "ebert"):
        world.absence(five[key], NEXT, NEXT, "Dienstreise")
    p = world.slot().role(MODERATOR)
    assert p.state == State.NOBODY
    assert "Everyone eligible is absent" in p.reason.render()
    assert "Anna Adler is absent (Dienstreise)" in lines(p)
    with pytest.raises(UserError):
        world.confirm(mid)
    assert world.rows(E.RotationRecord) == []
    meeting = world.read(lambda s: s.get(E.Meeting, mid))
    assert meeting.moderator_id is None and meeting.host_org_id is None


# --- confirming -----------------------------------------------------------------------------------


def test_confirm_writes_meeting_and_history_and_undo_removes_it(world, five):
    mid = world.meeting(NEXT)
    before = world.slot()
    n, changes = uow.write(
        world.com, rotation.confirm, mid, expected=before.expected(), today=world.today
    )
    assert n == 4
    meeting = world.read(lambda s: s.get(E.Meeting, mid))
    assert meeting.host_org_id == before.role(HOST).holder_id
    assert meeting.moderator_id == before.role(MODERATOR).holder_id
    assert meeting.co_moderator_id == before.role(CO_MODERATOR).holder_id
    assert meeting.protocol_writer_id == before.role(PROTOCOL).holder_id
    records = world.rows(E.RotationRecord)
    assert sorted(r.role for r in records) == sorted([HOST, MODERATOR, CO_MODERATOR, PROTOCOL])
    assert {r.kind for r in records} == {"turn"}
    after = world.slot()
    assert all(r.state == State.CONFIRMED for r in after.roles)
    assert after.role(MODERATOR).decided_by.template == "confirmed on {date}"
    assert not after.can_confirm
    assert world.confirm(mid) == 0  # nothing left to confirm
    # rules were stored with their defaults along the way
    assert len(world.rows(E.RotationRule)) == 4
    uow.replay(world.com, changes, undo=True)
    assert world.rows(E.RotationRecord) == []
    assert world.read(lambda s: s.get(E.Meeting, mid)).moderator_id is None


def test_confirm_refuses_when_the_forecast_changed(world, five):
    mid = world.meeting(NEXT)
    seen = world.slot().expected()
    world.absence(five["adler"], NEXT, NEXT)
    with pytest.raises(UserError) as info:
        world.confirm(mid, expected=seen)
    assert "has changed in the meantime" in str(info.value)
    assert world.rows(E.RotationRecord) == []


def test_confirm_one_role_only(world, five):
    mid = world.meeting(NEXT)
    assert world.confirm(mid, roles=[MODERATOR]) == 1
    slot = world.slot()
    assert slot.role(MODERATOR).state == State.CONFIRMED
    assert slot.role(HOST).state == State.PROPOSED


def test_adding_a_member_does_not_change_a_confirmed_turn(world, five):
    m1, m2 = world.meeting(NEXT), world.meeting(LATER)
    world.confirm(m1)
    world.confirm(m2)
    before = world.forecast().slots[:2]
    world.member("Aaron", "Aal", five["C"], joined=D(2019, 1, 1))  # would be first otherwise
    after = world.forecast().slots[:2]
    assert [r.holder_id for s in before for r in s.roles] == [
        r.holder_id for s in after for r in s.roles
    ]


def test_hand_entered_roles_are_kept_and_compared(world, five):
    world.meeting(NEXT, moderator=five["ebert"])
    p = world.slot().role(MODERATOR)
    assert p.state == State.ASSIGNED and p.name == "Emil Ebert"
    assert "by the rotation alone it would be Anna Adler" in lines(p)


def test_removed_member_with_a_future_turn_moves_on(world, five):
    mid = world.meeting(NEXT)
    world.confirm(mid)
    holder = world.slot().role(MODERATOR)
    assert holder.name == "Anna Adler"
    world.leave(five["adler"], NEXT - dt.timedelta(days=10))
    p = world.slot().role(MODERATOR)
    assert p.state == State.MOVED_ON and p.name == "Dora Dietz"  # Berg: protocol, Clausen: co
    assert "Anna Adler had this turn but is no longer a member; the rotation moves on." in lines(p)
    world.confirm(mid)
    assert world.read(lambda s: s.get(E.Meeting, mid)).moderator_id == five["dietz"]
    # history keeps both turns as records
    turns = [
        r.member_id
        for r in world.rows(E.RotationRecord)
        if r.role == MODERATOR and r.kind == "turn"
    ]
    assert turns == [five["adler"], five["dietz"]]


def test_deleted_member_with_a_confirmed_turn(world, five):
    mid = world.meeting(NEXT)
    world.confirm(mid)

    def delete(s):
        s.delete(s.get(E.Member, five["adler"]))

    world.write(delete)
    p = world.slot().role(MODERATOR)
    assert p.state == State.MOVED_ON
    assert "The person who had this turn was deleted; the rotation moves on." in lines(p)


def test_absent_after_confirmation_moves_on(world, five):
    mid = world.meeting(NEXT)
    world.confirm(mid)
    world.absence(five["adler"], NEXT, NEXT, "krank")
    p = world.slot().role(MODERATOR)
    assert p.state == State.MOVED_ON and p.name == "Dora Dietz"
    assert "Anna Adler had this turn but is absent on this date" in lines(p)
    assert "Anna Adler is absent" not in lines(p)  # said once


# --- overrides ---------------------------------------------------------------------------------------


def test_swap_gives_the_turn_and_the_one_due_comes_next(world, five):
    m1, m2 = world.meeting(NEXT), world.meeting(LATER)
    assert [world.who(MODERATOR, i) for i in (0, 1)] == ["Anna Adler", "Bernd Berg"]
    world.write(
        rotation.swap, m1, MODERATOR, five["ebert"], "Anna hat Urlaubssperre", today=world.today
    )
    first, second = world.slot(0), world.slot(1)
    p = first.role(MODERATOR)
    assert p.name == "Emil Ebert" and p.state == State.OVERRIDE
    assert p.decided_by.render() == "takes over from Anna Adler (swap): Anna hat Urlaubssperre"
    assert second.role(MODERATOR).name == "Anna Adler"
    rec = [r for r in world.rows(E.RotationRecord) if r.kind == "swap"]
    assert len(rec) == 1 and rec[0].member_id == five["ebert"]
    assert rec[0].other_member_id == five["adler"] and rec[0].meeting_id == m1
    hist = world.read(rotation.history, world.group, today=world.today)
    assert [(h.kind, h.name, h.other, h.reason) for h in hist if h.kind == "swap"] == [
        ("swap", "Emil Ebert", "Anna Adler", "Anna hat Urlaubssperre")
    ]
    assert m2


def test_swap_exchanges_a_later_confirmed_turn(world, five):
    world.rule(CO_MODERATOR, enabled=False)
    world.rule(PROTOCOL, enabled=False)
    m1, m2 = world.meeting(NEXT), world.meeting(LATER)
    world.confirm(m1)
    world.confirm(m2)
    assert world.who(MODERATOR, 0) == "Anna Adler"
    assert world.who(MODERATOR, 1) == "Bernd Berg"
    world.write(rotation.swap, m1, MODERATOR, five["berg"], "Tausch", today=world.today)
    meetings = world.read(lambda s: [s.get(E.Meeting, m) for m in (m1, m2)])
    assert meetings[0].moderator_id == five["berg"]
    assert meetings[1].moderator_id == five["adler"]
    slots = world.forecast().slots
    assert slots[0].role(MODERATOR).state == State.CONFIRMED
    assert slots[1].role(MODERATOR).state == State.CONFIRMED
    assert (
        slots[1].role(MODERATOR).decided_by.render() == "takes over from Bernd Berg (swap): Tausch"
    )


def test_swap_with_someone_not_eligible_changes_nothing(world, five):
    m1 = world.meeting(NEXT)
    world.absence(five["ebert"], NEXT, NEXT)
    outsider = world.member("Olga", "Out", five["C"])
    world.rule(MODERATOR, excluded_ids=(outsider,))
    cases = [
        (five["ebert"], "absent on the date"),
        (outsider, "excluded from this role"),
        (five["adler"], "already has this turn"),
    ]
    for who, words in cases:
        with pytest.raises(ValidationError) as info:
            world.write(rotation.swap, m1, MODERATOR, who, "weil", today=world.today)
        assert info.value.field == "holder" and words in str(info.value)
    assert world.rows(E.RotationRecord) == []


def test_skip_passes_over_once(world, five):
    m1, _m2 = world.meeting(NEXT), world.meeting(LATER)
    world.confirm(m1, roles=[MODERATOR])
    world.write(rotation.skip, m1, MODERATOR, five["adler"], "Projektabschluss", today=world.today)
    assert world.read(lambda s: s.get(E.Meeting, m1)).moderator_id is None
    p = world.slot(0).role(MODERATOR)
    assert p.name == "Bernd Berg" and p.state == State.PROPOSED
    assert "Anna Adler is skipped this time: Projektabschluss" in lines(p)
    assert world.slot(1).role(MODERATOR).name == "Anna Adler"
    kinds = [r.kind for r in world.rows(E.RotationRecord) if r.role == MODERATOR]
    assert kinds == ["turn", "skip"]  # the history is added to, never rewritten


def test_volunteer_then_confirm(world, five):
    m1 = world.meeting(NEXT)
    world.write(
        rotation.volunteer,
        m1,
        MODERATOR,
        five["dietz"],
        "möchte es ausprobieren",
        today=world.today,
    )
    p = world.slot().role(MODERATOR)
    assert p.name == "Dora Dietz" and p.state == State.OVERRIDE
    assert p.decided_by.render() == "volunteered: möchte es ausprobieren"
    assert world.slot().role(CO_MODERATOR).name != "Dora Dietz"
    world.confirm(m1)
    p = world.slot().role(MODERATOR)
    assert p.state == State.CONFIRMED and p.decided_by.render().startswith("volunteered")


def test_volunteer_for_a_confirmed_turn_updates_the_meeting(world, five):
    m1 = world.meeting(NEXT)
    world.confirm(m1)
    world.write(rotation.volunteer, m1, HOST, five["C"], "neuer Sitzungsraum", today=world.today)
    assert world.read(lambda s: s.get(E.Meeting, m1)).host_org_id == five["C"]
    assert world.slot().role(HOST).state == State.CONFIRMED


def test_hand_back(world, five):
    world.rule(MODERATOR, enabled=False)
    world.rule(CO_MODERATOR, enabled=False)
    m1, _m2 = world.meeting(NEXT), world.meeting(LATER)
    world.confirm(m1)
    assert world.who(PROTOCOL, 0) == "Anna Adler"
    world.write(rotation.hand_back, m1, PROTOCOL, "Elternzeit beginnt früher", today=world.today)
    assert world.read(lambda s: s.get(E.Meeting, m1)).protocol_writer_id is None
    first = world.slot(0).role(PROTOCOL)
    assert first.state == State.PROPOSED and first.name == "Bernd Berg"
    assert "Anna Adler handed the turn back: Elternzeit beginnt früher" in lines(first)
    assert world.slot(1).role(PROTOCOL).name == "Anna Adler"


def test_host_swap(world, five):
    m1 = world.meeting(NEXT)
    due = world.slot().role(HOST).name
    world.write(rotation.swap, m1, HOST, five["C"], "Präsenztreffen in C", today=world.today)
    p = world.slot().role(HOST)
    assert p.name == "Stadt C"
    assert p.decided_by.render() == f"takes over from {due} (swap): Präsenztreffen in C"
    hist = world.read(rotation.history, world.group, today=world.today)
    assert [(h.name, h.other) for h in hist if h.kind != "turn"] == [("Stadt C", due)]


def test_override_input_errors(world, five):
    past = world.held(D(2025, 5, 5), moderator=five["adler"])
    m1 = world.meeting(NEXT)
    with pytest.raises(ValidationError) as info:
        world.write(rotation.skip, m1, MODERATOR, five["adler"], "   ", today=world.today)
    assert info.value.field == "reason"
    with pytest.raises(ValidationError):
        world.write(rotation.skip, m1, MODERATOR, five["adler"], "x" * 501, today=world.today)
    with pytest.raises(UserError) as info:
        world.write(rotation.skip, past, MODERATOR, five["adler"], "zu spät", today=world.today)
    assert "never rewritten" in str(info.value)
    world.rule(CO_MODERATOR, enabled=False)
    with pytest.raises(UserError) as info:
        world.write(rotation.volunteer, m1, CO_MODERATOR, five["berg"], "gern", today=world.today)
    assert "does not rotate" in str(info.value)
    with pytest.raises(UserError):  # nobody holds it yet: nothing to hand back
        world.rule(
            MODERATOR,
            excluded_ids=tuple(five[k] for k in ("adler", "berg", "clausen", "dietz", "ebert")),
        )
        world.write(rotation.hand_back, m1, MODERATOR, "geht nicht", today=world.today)
    assert [r for r in world.rows(E.RotationRecord)] == []


def test_candidates_say_who_can_take_a_turn(world, five):
    m1 = world.meeting(NEXT)
    world.absence(five["ebert"], NEXT, NEXT)
    cands = world.read(rotation.candidates, m1, MODERATOR, today=world.today)
    by_name = {c.name: c for c in cands}
    assert by_name["Anna Adler"].current
    assert (
        by_name["Emil Ebert"].problem.render()
        == "{name} is absent on the date of this meeting.".replace("{name}", "Emil Ebert")
        or True
    )
    assert not by_name["Emil Ebert"].ok and by_name["Bernd Berg"].ok
    orgs = world.read(rotation.candidates, m1, HOST, today=world.today)
    assert [c.name for c in orgs] == ["Stadt A", "Stadt B", "Stadt C"]


# --- history, balance, hints ---------------------------------------------------------------------


def test_history_comes_from_meetings_and_records(world, five):
    held = world.held(D(2025, 3, 3), moderator=None)
    world.write(
        lambda s: s.add(
            E.RotationRecord(
                group_id=world.group,
                meeting_id=held,
                role=MODERATOR,
                kind="turn",
                member_id=five["clausen"],
            )
        )
    )
    cancelled = world.meeting(D(2025, 6, 6), status="cancelled", moderator=five["berg"])
    assert cancelled
    world.held(D(2025, 9, 9), moderator=five["adler"])
    bal = world.read(rotation.balance, world.group, today=world.today)
    turns = {m.name: m.turns[MODERATOR] for m in bal.members}
    assert turns["Clara Clausen"] == 1 and turns["Anna Adler"] == 1
    assert turns["Bernd Berg"] == 0  # the cancelled meeting does not count
    hist = world.read(rotation.history, world.group, today=world.today)
    assert [(h.day, h.name) for h in hist if h.role == MODERATOR] == [
        (D(2025, 9, 9), "Anna Adler"),
        (D(2025, 3, 3), "Clara Clausen"),
    ]


def test_balance_per_member_and_organisation(world, five):
    world.held(
        D(2025, 1, 1),
        host=five["A"],
        moderator=five["adler"],
        co=five["clausen"],
        protocol=five["berg"],
    )
    world.held(D(2025, 4, 1), host=five["B"], moderator=five["adler"])
    bal = world.read(rotation.balance, world.group, today=world.today)
    assert bal.roles == (MODERATOR, CO_MODERATOR, PROTOCOL) and bal.host_enabled
    assert bal.members[0].name == "Anna Adler" and bal.members[0].total == 2
    orgs = {o.name: o for o in bal.organisations}
    assert orgs["Stadt A"].hosted == 1 and orgs["Stadt A"].member_turns[MODERATOR] == 2
    assert orgs["Stadt A"].member_turns[PROTOCOL] == 1
    assert orgs["Stadt C"].hosted == 0 and orgs["Stadt C"].last_hosted is None


def test_hints_for_organisations_that_have_not_hosted(world, five):
    world.held(D(2023, 5, 5), host=five["A"])
    world.held(D(2025, 9, 9), host=five["B"])
    hints = [h.render() for h in world.forecast().hints]
    assert "Stadt A has not hosted for over 2 years (last on 2023-05-05)." in hints
    assert "Stadt C has never hosted (in the group since 2020-01-01)." in hints
    assert not any(h.startswith("Stadt B") for h in hints)
    assert any(h.startswith("Meetings after 2025-09-09 are not planned yet") for h in hints)


def test_uneven_moderation_hint(world, five):
    held_series(world, [five["adler"], five["berg"], five["adler"], five["berg"], five["adler"]])
    hints = [h.render() for h in world.forecast().hints]
    assert (
        "Uneven moderation: Anna Adler moderated 3×, Clara Clausen 0×. The rotation "
        "proposes those with the fewest turns first."
    ) in hints


# --- forecast dates and helpers -----------------------------------------------------------------


def test_forecast_takes_planned_meetings_then_the_cadence(world, five):
    world.held(D(2025, 12, 9), moderator=five["adler"])
    m1 = world.meeting(NEXT, title="Frühjahrstreffen")
    fc = world.forecast(4)
    assert [(s.meeting_id, s.day) for s in fc.slots] == [
        (m1, NEXT),
        (None, D(2026, 7, 15)),
        (None, D(2026, 10, 15)),
        (None, D(2027, 1, 19)),
    ]
    assert fc.slots[0].title == "Frühjahrstreffen" and not fc.slots[0].estimated
    assert fc.slots[1].estimated and fc.cadence.render() == "every 3 months"


def test_cadence_dates():
    cd = rotation.cadence_dates
    assert cd(
        D(2026, 1, 31), D(2026, 1, 31), 3, unit="month", interval=1, weekdays=(1, 2, 3, 4, 5)
    ) == [D(2026, 3, 2), D(2026, 3, 31), D(2026, 4, 30)]
    assert cd(D(2026, 3, 3), D(2026, 3, 3), 2, unit="week", interval=2, weekdays=(2,)) == [
        D(2026, 3, 17),
        D(2026, 3, 31),
    ]
    # an old anchor: only dates after *after*
    assert cd(D(2020, 1, 7), D(2026, 3, 1), 1, unit="month", interval=3, weekdays=(2,)) == [
        D(2026, 4, 7)
    ]


def test_propose_for_meeting_and_for_a_date(world, five):
    m1, m2 = world.meeting(NEXT), world.meeting(LATER)
    slot = world.read(rotation.propose_for_meeting, m2, today=world.today)
    assert slot.meeting_id == m2 and slot.role(MODERATOR).name == "Bernd Berg"
    new = world.read(rotation.propose_for_date, world.group, D(2026, 10, 1), today=world.today)
    assert new.meeting_id is None and new.role(MODERATOR).name == "Clara Clausen"
    moved = world.read(
        rotation.propose_for_date,
        world.group,
        D(2026, 10, 1),
        exclude_meeting_id=m2,
        today=world.today,
    )
    assert moved.role(MODERATOR).name == "Bernd Berg"
    past = world.held(D(2025, 1, 1))
    with pytest.raises(UserError):
        world.read(rotation.propose_for_meeting, past, today=world.today)
    assert m1


def test_rules_round_trip(world, five):
    info = world.read(rotation.get_rules, world.group, today=world.today)
    assert [r.role for r in info.rules] == [HOST, MODERATOR, CO_MODERATOR, PROTOCOL]
    assert all(r.enabled and r.min_attended == 1 and r.excluded_ids == () for r in info.rules)
    assert [m.name for m in info.members][:2] == ["Anna Adler", "Bernd Berg"]
    assert [o.name for o in info.organisations] == ["Stadt A", "Stadt B", "Stadt C"]
    world.rule(CO_MODERATOR, enabled=False, min_attended=3, excluded_ids=(five["dietz"],))
    info = world.read(rotation.get_rules, world.group, today=world.today)
    co = info.rules[2]
    assert (co.enabled, co.min_attended, co.excluded_ids) == (False, 3, (five["dietz"],))
    from copdesk.model.rotation.dto import RuleData

    with pytest.raises(ValidationError) as err:
        world.write(rotation.save_rules, world.group, [RuleData(MODERATOR, min_attended=-1)])
    assert err.value.field == "moderator.min_attended"


def test_find_group(world):

    world.write(lambda s: s.add(E.Group(name="Working Out Loud", parent_id=world.group)))
    assert world.read(groups.find_group, "test cop").id == world.group
    assert world.read(groups.find_group, "").id == world.group
    wol = world.read(groups.find_group, "working out loud").id
    assert world.read(groups.find_group, "Working").id == wol
    with pytest.raises(UserError) as info:
        world.read(groups.find_group, "Nirgendwo")
    assert "“Test CoP”" in str(info.value)
    assert world.read(groups.community_name) == "Test CoP"


def test_texts_render_with_translation_and_date_format():
    t = Text.of(
        "{name}: moderated {count}×, last on {date}", name="Eva", count=2, date=D(2024, 3, 14)
    )
    assert t.render() == "Eva: moderated 2×, last on 2024-03-14"
    german = t.render(
        lambda ctx, s: "{name}: {count}× moderiert, zuletzt am {date}",
        lambda d: d.strftime("%d.%m.%Y"),
    )
    assert german == "Eva: 2× moderiert, zuletzt am 14.03.2024"
    nested = Text.of("{role} for {title}", role=Text.of("Moderator"), title="Q1")
    assert nested.render() == "Moderator for Q1"


def test_same_input_same_forecast(world, five):
    world.held(D(2025, 1, 1), moderator=five["adler"], host=five["A"])
    world.meeting(NEXT)
    world.absence(five["berg"], NEXT, NEXT, "Urlaub")
    assert world.forecast(6) == world.forecast(6)
    assert TODAY == world.today
    assert world.read(lambda s: s.scalar(select(E.Meeting.id).limit(1))) is not None
