"""Minutes use cases on real community files (no Qt)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from copdesk.model import entities as E
from copdesk.model import minutes, uow
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.minutes import actions
from copdesk.model.minutes.dto import ActionData, ActionFilter, DecisionData, GuestData, NoteData

from .conftest import DEMO_TODAY


def last_meeting(com) -> int:
    return uow.read(com, minutes.default_meeting, 1, now=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))


def load(com, mid):
    return uow.read(com, minutes.load_minutes, mid, today=DEMO_TODAY)


def count(com, cls) -> int:
    return uow.read(com, lambda s: s.scalar(select(func.count()).select_from(cls)))


def test_default_meeting_is_the_last_held_one(demo):
    mid = last_meeting(demo)
    m = load(demo, mid)
    assert m.status == E.MeetingStatus.HELD
    later = uow.read(
        demo,
        lambda s: s.scalars(
            select(E.Meeting).where(
                E.Meeting.group_id == 1,
                E.Meeting.start_at > m.start_at,
                E.Meeting.status == E.MeetingStatus.HELD,
            )
        ).all(),
    )
    assert later == []
    assert m.community == "CoP Personalentwicklung Süd-West"
    assert m.moderator and m.protocol_writer and m.host
    assert m.present() and m.agenda and m.notes
    assert m.next_meeting is not None and m.next_meeting.start_at > m.start_at
    assert m.versions == ()  # the demo's last meeting is not finalised yet


def test_edit_the_minutes_then_undo_each_step(demo):
    mid = last_meeting(demo)
    m = load(demo, mid)
    person = m.attendees[0]
    _, ch1 = uow.write(demo, minutes.set_attendance, mid, person.member_id, "absent")
    note_id, ch2 = uow.write(
        demo,
        minutes.add_note,
        mid,
        NoteData(
            text="Frau Weiß berichtet über Maßnahmen – „Gemeinsam“ lernen.",
            kind="note",
            agenda_item_id=m.agenda[1].id,
        ),
    )
    dec_id, _ = uow.write(
        demo,
        minutes.add_decision,
        mid,
        DecisionData("Die Größe der Teilgruppe bleibt bei fünf Personen.", m.agenda[1].id),
    )
    act_id, _ = uow.write(
        demo,
        minutes.add_action,
        mid,
        ActionData(
            "Übersicht der Fortbildungsmaßnahmen erstellen",
            owner_id=person.member_id,
            due_on=dt.date(2027, 1, 15),
        ),
    )
    guest_id, _ = uow.write(
        demo,
        minutes.add_guest,
        mid,
        GuestData("Dr. Jörg Süß", "Stadt Gießen", "joerg.suess@giessen.example"),
    )
    m2 = load(demo, mid)
    assert next(a for a in m2.attendees if a.member_id == person.member_id).group == "absent"
    assert any(n.id == note_id and "Maßnahmen" in n.text for n in m2.notes)
    assert [d.id for d in m2.decisions][-1] == dec_id
    assert any(a.id == act_id and a.owner == person.name for a in m2.actions)
    assert any(g.id == guest_id for g in m2.guests)
    # undo the note: it is gone again
    uow.replay(demo, ch2, undo=True)
    assert all(n.id != note_id for n in load(demo, mid).notes)
    uow.replay(demo, ch1, undo=True)
    assert (
        next(a for a in load(demo, mid).attendees if a.member_id == person.member_id).status
        == person.status
    )


@pytest.mark.parametrize("bad", ["", "   ", "x" * 50_000, "\x00\x01"])
def test_bad_note_text_gives_a_message_and_changes_nothing(demo, bad):
    mid = last_meeting(demo)
    before = count(demo, E.MinutesNote)
    with pytest.raises(ValidationError) as err:
        uow.write(demo, minutes.add_note, mid, NoteData(text=bad))
    assert err.value.field == "text"
    assert count(demo, E.MinutesNote) == before


def test_nasty_note_text_is_stored_as_typed(demo):
    mid = last_meeting(demo)
    nasty = "<font color=red>&amp; <b>fett <a href='javascript:x'>x</a>\t😀 שלום مرحبا\nZeile 2"
    nid, _ = uow.write(demo, minutes.add_note, mid, NoteData(text=nasty, private=True))
    note = next(n for n in load(demo, mid).notes if n.id == nid)
    assert note.text == nasty and note.private


def test_action_warnings_do_not_block(demo):
    mid = last_meeting(demo)
    m = load(demo, mid)
    day = m.start_at.date()
    data = ActionData("Raum buchen", owner_id=None, due_on=day - dt.timedelta(days=3))
    found = uow.read(demo, minutes.action_warnings, mid, data)
    assert {w.field for w in found} == {"owner_id", "due_on"}
    assert "before the meeting" in found[1].render()
    aid, _ = uow.write(demo, minutes.add_action, mid, data)
    assert any(a.id == aid and a.owner == "" for a in load(demo, mid).actions)
    ok = ActionData(
        "Raum buchen", owner_id=m.present()[0].member_id, due_on=day + dt.timedelta(days=14)
    )
    assert uow.read(demo, minutes.action_warnings, mid, ok) == []
    with pytest.raises(ValidationError):
        uow.write(demo, minutes.add_action, mid, ActionData(""))


def test_review_earlier_action_items_done_move_carry_over(demo):
    mid = last_meeting(demo)
    m = load(demo, mid)
    open_earlier = [a for a in m.earlier_actions if a.status == "open"]
    assert len(open_earlier) >= 3 and all(a.overdue for a in open_earlier)
    first, second, third = open_earlier[:3]
    uow.write(demo, minutes.set_action_done, first.id, True, today=DEMO_TODAY)
    uow.write(demo, minutes.move_due, second.id, dt.date(2027, 2, 1))
    new_id, _ = uow.write(demo, minutes.carry_over, third.id, mid, due_on=dt.date(2027, 3, 1))
    m2 = load(demo, mid)
    carried = next(a for a in m2.actions if a.id == new_id)
    assert carried.carried_from_id == third.id and carried.due_on == dt.date(2027, 3, 1)
    old = next(a for a in m2.earlier_actions if a.id == third.id)
    assert old.status == "cancelled" and old.carried_to_meeting == m2.title
    moved = next(a for a in m2.earlier_actions if a.id == second.id)
    assert moved.due_on == dt.date(2027, 2, 1) and not moved.overdue
    with pytest.raises(UserError):
        uow.write(demo, minutes.carry_over, third.id, mid)  # no longer open


def test_action_items_across_meetings_filters(demo):
    rows = uow.read(demo, actions.list_actions, 1, today=DEMO_TODAY)
    c = actions.action_counts(rows)
    assert c["open"] >= c["overdue"] >= 3 and c["done"] > 0
    overdue = actions.filter_actions(rows, ActionFilter(state="overdue"))
    assert overdue and all(r.overdue and r.status == "open" for r in overdue)
    owner_id, name = actions.action_owners(rows)[0]
    mine = actions.filter_actions(rows, ActionFilter(state="all", owner_id=owner_id))
    assert mine and all(r.owner == name for r in mine)
    org = actions.action_organisations(rows)[0]
    theirs = actions.filter_actions(rows, ActionFilter(state="all", organisation=org))
    assert theirs and all(r.organisation == org for r in theirs)
    row = overdue[0]
    uow.write(demo, actions.set_action_done, row.id, True, today=DEMO_TODAY, version=row.version)
    again = next(
        r for r in uow.read(demo, actions.list_actions, 1, today=DEMO_TODAY) if r.id == row.id
    )
    assert again.status == "done" and again.done_on == DEMO_TODAY and not again.overdue


def test_finalise_versions_with_a_list_of_changes(demo):
    mid = last_meeting(demo)
    number, _ = uow.write(demo, minutes.finalise, mid)
    assert number == 1
    m = load(demo, mid)
    assert m.last_version.number == 1 and not m.changed_since_version
    stored = uow.read(
        demo,
        lambda s: s.scalar(
            select(E.ProtocolVersion.snapshot).where(E.ProtocolVersion.meeting_id == mid)
        ),
    )
    assert json.loads(stored)["decisions"]
    with pytest.raises(UserError, match="Nothing has changed"):
        uow.write(demo, minutes.finalise, mid)
    uow.write(demo, minutes.add_decision, mid, DecisionData("Neuer Beschluss über Öffnungszeiten."))
    assert load(demo, mid).changed_since_version
    number2, ch2 = uow.write(demo, minutes.finalise, mid)
    assert number2 == 2
    m2 = load(demo, mid)
    assert m2.versions[-1].changes == "Decision added – Neuer Beschluss über Öffnungszeiten."
    # undoing the finalisation removes version 2 again
    uow.replay(demo, ch2, undo=True)
    assert [v.number for v in load(demo, mid).versions] == [1]


def test_finalise_in_another_language(demo):
    mid = last_meeting(demo)
    uow.write(demo, minutes.finalise, mid)
    uow.write(demo, minutes.add_decision, mid, DecisionData("Beschluss"))
    german = {"Decision added – {text}": "Beschluss ergänzt – {text}"}
    uow.write(demo, minutes.finalise, mid, translate=lambda _c, s: german.get(s, s))
    assert load(demo, mid).versions[-1].changes == "Beschluss ergänzt – Beschluss"


def test_cancelled_meeting_cannot_be_finalised(demo):
    cancelled = uow.read(
        demo,
        lambda s: s.scalar(
            select(E.Meeting.id).where(E.Meeting.status == E.MeetingStatus.CANCELLED).limit(1)
        ),
    )
    with pytest.raises(UserError):
        uow.write(demo, minutes.finalise, cancelled)


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["1", "2", "3"]), texts, max_size=3),
    st.dictionaries(st.sampled_from(["1", "2", "3"]), texts, max_size=3),
)
def test_changes_are_listed_exactly_when_snapshots_differ(old_decisions, new_decisions):
    base = {"meeting": {"title": "T"}, "attendance": {}, "guests": {}, "notes": {}, "actions": {}}
    old = {**base, "decisions": old_decisions}
    new = {**base, "decisions": new_decisions}
    lines = minutes.describe_changes(old, new)
    assert bool(lines) == (old_decisions != new_decisions)
    assert minutes.describe_changes(new, new) == []


def test_the_next_meeting_can_have_minutes_but_not_the_one_after(community):
    """Check-in and Lean Coffee notes are written while the next meeting runs."""
    import datetime as dt

    from copdesk.model import entities as E
    from copdesk.model import minutes, uow

    now = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)

    def plan(session):
        ids = []
        for days in (-30, 10, 100):
            start = now + dt.timedelta(days=days)
            m = E.Meeting(
                group_id=1,
                title=f"in {days} days",
                start_at=start,
                end_at=start + dt.timedelta(hours=2),
            )
            session.add(m)
            session.flush()
            ids.append(m.id)
        return ids

    past, upcoming, later = uow.write(community, plan)[0]
    listed = [c.id for c in uow.read(community, minutes.list_meetings, 1, now=now)]
    assert listed == [upcoming, past]
    assert later not in listed
    assert uow.read(community, minutes.default_meeting, 1, now=now) == past
