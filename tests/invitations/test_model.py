"""Recipients, the send log, updates, cancellations and series — the rules, without Qt."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from copdesk.model import changes as ch
from copdesk.model import entities as E
from copdesk.model import invitations, uow
from copdesk.model.errors import FileProblem, UserError, ValidationError
from copdesk.model.invitations import Organiser

from .conftest import (
    NOW,
    ORGANISER,
    build_cop,
    edit_meeting,
    local,
    move_by,
    options,
    send,
    send_count,
    state,
)

LATER = NOW + dt.timedelta(days=3)


# --- recipients --------------------------------------------------------------------------


def test_recipients_are_active_group_members_then_guests(cop):
    listed = uow.read(cop.community, invitations.list_recipients, cop.meeting_id)
    names = [r.name for r in listed]
    # sorted by last name as people expect (Ö with O), inactive and other groups left out
    assert names == [
        "Falsche Adresse",
        'Sabine Groß, Dr.; "Bine"',
        "Björn Meißner",
        "Ayşe Özdemir",
        "Kein Postfach",
        "Jürgen Weiß",
        "Lindemann, Dr. Petra",
    ]
    by_name = {r.name: r for r in listed}
    assert by_name["Kein Postfach"].problem == "missing"
    assert by_name["Falsche Adresse"].problem == "invalid"
    assert by_name["Lindemann, Dr. Petra"].role == "optional"
    assert by_name["Lindemann, Dr. Petra"].is_guest
    assert all(r.role == "required" for r in listed if not r.is_guest)


def test_members_without_usable_address_are_listed_never_dropped_silently(cop):
    before = send_count(cop.community)
    with pytest.raises(invitations.RecipientProblems) as info:
        send(cop.community, cop.meeting_id, skip_problems=False)
    message = str(info.value)
    assert "Kein Postfach" in message and "Falsche Adresse (falsch@)" in message
    assert send_count(cop.community) == before
    # on request they are skipped, and the invitation says whom it skipped
    result, inv = send(cop.community, cop.meeting_id, skip_problems=True)
    assert {r.name for r in inv.skipped} == {"Kein Postfach", "Falsche Adresse"}
    assert "falsch@" not in result.recipients and "" not in result.recipients


def test_unchecking_the_problem_recipients_also_works(cop):
    listed = uow.read(cop.community, invitations.list_recipients, cop.meeting_id)
    keys = tuple(r.key for r in listed if r.usable)
    _result, inv = send(cop.community, cop.meeting_id, recipient_keys=keys, skip_problems=False)
    assert inv.skipped == ()


def test_organiser_is_not_an_attendee_of_their_own_invitation(cop):
    _result, inv = send(cop.community, cop.meeting_id)
    emails = [r.email for r in inv.attendees]
    assert ORGANISER.email not in emails
    assert "sabine.gross@heidelberg.example" in emails
    assert "petra.lindemann@mannheim.example" in emails


@pytest.mark.parametrize(
    "organiser, error",
    [
        (None, invitations.NoOrganiser),
        (Organiser("Jürgen", ""), invitations.NoOrganiser),
        (Organiser("Jürgen", "juergen@"), invitations.BadOrganiser),
    ],
)
def test_organiser_email_is_required_and_checked(cop, organiser, error):
    with pytest.raises(error) as info:
        send(cop.community, cop.meeting_id, organiser=organiser)
    assert isinstance(info.value, ValidationError) and info.value.field == "organiser_email"
    assert send_count(cop.community) == 0


def test_nobody_left_to_invite(cop):
    me = f"m{cop.members['juergen']}"
    with pytest.raises(invitations.NoRecipients):
        send(cop.community, cop.meeting_id, recipient_keys=(me,))
    assert send_count(cop.community) == 0


def test_meeting_without_time_is_refused(cop):
    edit_meeting(cop.community, cop.meeting_id, end_at=local(2025, 3, 20, 14, 0))
    with pytest.raises(invitations.NoTime):
        send(cop.community, cop.meeting_id)
    assert send_count(cop.community) == 0
    assert not state(cop.community, cop.meeting_id).has_time


# --- the send log and sequences ---------------------------------------------------------------


def test_first_invitation_is_sequence_0_and_recorded(cop):
    result, inv = send(cop.community, cop.meeting_id)
    assert (result.sequence, inv.sequence, inv.uid, inv.method) == (0, 0, cop.uid, "REQUEST")

    def read(session):
        m = session.get(E.Meeting, cop.meeting_id)
        row = session.scalars(select(E.InvitationSend)).one()
        return m.ics_uid, m.ics_sequence, m.status, row

    uid, seq, status, row = uow.read(cop.community, read)
    assert (uid, seq, status) == (cop.uid, 0, "invited")
    assert (row.kind, row.sequence, row.meeting_id) == ("request", 0, cop.meeting_id)
    assert row.recipients.splitlines() == list(result.recipients)
    snap = json.loads(row.snapshot)
    assert snap["start"] == "2025-03-20T13:00:00Z" and snap["uid"] == cop.uid
    assert snap["join_url"].startswith("https://teams")
    assert snap["organiser"] == [ORGANISER.name, ORGANISER.email]


def test_same_content_keeps_the_sequence_eml_and_publish_too(cop):
    send(cop.community, cop.meeting_id)
    again, _ = send(cop.community, cop.meeting_id, "eml", now=LATER)
    own, inv = send(cop.community, cop.meeting_id, "publish", now=LATER)
    assert (again.sequence, own.sequence) == (0, 0)
    assert inv.method == "PUBLISH" and inv.attendees == ()
    assert state(cop.community, cop.meeting_id).due == ""


def test_moving_makes_an_update_due_with_a_readable_change(cop):
    send(cop.community, cop.meeting_id)
    move_by(cop.community, cop.meeting_id, 7)
    s = state(cop.community, cop.meeting_id)
    assert s.due == "update" and s.next_sequence == 1 and s.sent
    assert s.changes[0].kind == "moved"
    assert s.changes[0].before[:2] == ("2025-03-20T13:00:00Z", "2025-03-20T15:00:00Z")
    assert s.changes[0].after[:2] == ("2025-03-27T13:00:00Z", "2025-03-27T15:00:00Z")
    result, inv = send(cop.community, cop.meeting_id, now=LATER)
    assert (result.sequence, inv.uid, inv.is_update) == (1, cop.uid, True)
    assert [c.kind for c in inv.changes] == ["moved"]
    after = state(cop.community, cop.meeting_id)
    assert after.due == "" and after.last_sequence == 1


def test_each_relevant_field_makes_an_update_due(cop):
    send(cop.community, cop.meeting_id)
    edit_meeting(cop.community, cop.meeting_id, end_at=local(2025, 3, 20, 15, 30))
    assert [c.kind for c in state(cop.community, cop.meeting_id).changes] == ["duration"]
    edit_meeting(cop.community, cop.meeting_id, place="Rathaus, Raum 3", format="hybrid")
    kinds = [c.kind for c in state(cop.community, cop.meeting_id).changes]
    assert kinds == ["duration", "format", "place"]
    edit_meeting(cop.community, cop.meeting_id, join_url="https://example.org/new", passcode="neu")
    kinds = [c.kind for c in state(cop.community, cop.meeting_id).changes]
    assert kinds[-2:] == ["link", "dialin"]
    edit_meeting(cop.community, cop.meeting_id, title="Neuer Titel")
    assert "title" in [c.kind for c in state(cop.community, cop.meeting_id).changes]


def test_a_new_whiteboard_link_is_an_update_and_old_snapshots_read_as_none(cop):
    """The whiteboard appears in the invitation, so a changed link is due again; a snapshot
    sent before the whiteboard existed (no key) compares equal to an empty link."""
    send(cop.community, cop.meeting_id)

    def drop_key(session):  # as written by a version without whiteboards
        row = session.scalars(
            select(E.InvitationSend).where(E.InvitationSend.meeting_id == cop.meeting_id)
        ).one()
        snapshot = json.loads(row.snapshot)
        assert snapshot.pop("whiteboard_url") == ""
        row.snapshot = json.dumps(snapshot)

    uow.write(cop.community, drop_key)
    assert state(cop.community, cop.meeting_id).due == ""
    edit_meeting(cop.community, cop.meeting_id, whiteboard_url="https://miro.example/board")
    s = state(cop.community, cop.meeting_id)
    assert s.due == "update"
    assert [(c.kind, c.after) for c in s.changes] == [
        ("whiteboard", ("https://miro.example/board",))
    ]
    result, inv = send(cop.community, cop.meeting_id, now=LATER)
    assert result.sequence == 1 and [c.kind for c in inv.changes] == ["whiteboard"]


def test_recipient_changes_are_an_update(cop):
    listed = uow.read(cop.community, invitations.list_recipients, cop.meeting_id)
    guest = f"g{cop.guest_id}"
    keys = tuple(r.key for r in listed if r.usable and r.key != guest)
    send(cop.community, cop.meeting_id, recipient_keys=keys)
    s = state(cop.community, cop.meeting_id)  # default choice includes the guest
    assert s.due == "update"
    assert [(c.kind, c.after) for c in s.changes] == [("added", ("Lindemann, Dr. Petra",))]
    result, inv = send(cop.community, cop.meeting_id, now=LATER)
    assert result.sequence == 1 and inv.changes[0].kind == "added"

    # a member who leaves the group is no longer invited
    def deactivate(session):
        session.get(E.Member, cop.members["ayse"]).active = False

    uow.write(cop.community, deactivate)
    s = state(cop.community, cop.meeting_id)
    assert [(c.kind, c.before) for c in s.changes] == [("removed", ("Ayşe Özdemir",))]


def test_publish_after_a_move_and_then_the_update_share_one_sequence(cop):
    send(cop.community, cop.meeting_id)
    move_by(cop.community, cop.meeting_id, 7)
    own, _ = send(cop.community, cop.meeting_id, "publish", now=LATER)
    update, inv = send(cop.community, cop.meeting_id, now=LATER)
    assert own.sequence == update.sequence == 1
    assert inv.is_update  # the recipients still see the move


def test_text_is_not_recorded(cop):
    result, inv = send(cop.community, cop.meeting_id, "text", organiser=None)
    assert result.send_id is None and send_count(cop.community) == 0
    assert inv.sequence == 0


def test_a_file_that_cannot_be_written_leaves_no_trace(cop):
    def fail(_inv):
        raise FileProblem("cannot write {path}", path="/nowhere/x.ics")

    with pytest.raises(FileProblem):
        send(cop.community, cop.meeting_id, produce=fail)
    assert send_count(cop.community) == 0
    assert state(cop.community, cop.meeting_id).last_sequence is None


def test_a_send_can_be_undone_and_redone(cop):
    send(cop.community, cop.meeting_id)
    move_by(cop.community, cop.meeting_id, 7)
    _value, recorded = uow.write(
        cop.community,
        invitations.send_invitation,
        cop.meeting_id,
        options(),
        lambda inv: None,
        now=LATER,
    )
    assert state(cop.community, cop.meeting_id).last_sequence == 1
    uow.replay(cop.community, recorded, undo=True)
    s = state(cop.community, cop.meeting_id)
    assert s.last_sequence == 0 and s.due == "update"
    uow.replay(cop.community, recorded, undo=False)
    assert state(cop.community, cop.meeting_id).last_sequence == 1
    assert isinstance(recorded, ch.Changes) and recorded.touches("invitation_send", "meeting")


# --- cancellation -------------------------------------------------------------------------------


def test_cancelling_a_meeting_never_sent_is_refused(cop):
    for kind, extra in (("cancel", {}), ("eml", {"cancellation": True})):
        with pytest.raises(invitations.NeverSent):
            send(cop.community, cop.meeting_id, kind, **extra)
    assert send_count(cop.community) == 0
    assert not state(cop.community, cop.meeting_id).can_cancel


def test_cancellation_raises_the_sequence_and_goes_to_everyone_invited(cop):
    first, _ = send(cop.community, cop.meeting_id)
    move_by(cop.community, cop.meeting_id, 7)
    result, inv = send(cop.community, cop.meeting_id, "cancel", now=LATER)
    assert (inv.method, inv.cancelled, inv.uid, result.sequence) == ("CANCEL", True, cop.uid, 1)
    assert set(result.recipients) == set(first.recipients)
    assert inv.reminder_minutes is None
    # the cancellation names the date the recipients have in their calendars
    assert inv.start == local(2025, 3, 20, 14, 0)
    s = state(cop.community, cop.meeting_id)
    assert s.status == "cancelled" and s.cancel_sent and s.due == "" and not s.can_cancel
    # the same cancellation once more (lost file): same sequence
    again, _ = send(cop.community, cop.meeting_id, "cancel", now=LATER)
    assert again.sequence == 1
    with pytest.raises(invitations.MeetingCancelled):
        send(cop.community, cop.meeting_id, now=LATER)


def test_cancelled_on_the_meetings_page_makes_the_cancellation_due(cop):
    send(cop.community, cop.meeting_id)
    edit_meeting(cop.community, cop.meeting_id, status="cancelled")
    s = state(cop.community, cop.meeting_id)
    assert s.due == "cancel" and s.can_cancel
    _result, inv = send(cop.community, cop.meeting_id, "eml", cancellation=True)
    assert inv.method == "CANCEL" and inv.sequence == 1
    assert state(cop.community, cop.meeting_id).due == ""


def test_reinstated_after_cancellation_is_an_update(cop):
    send(cop.community, cop.meeting_id)
    send(cop.community, cop.meeting_id, "cancel")
    edit_meeting(cop.community, cop.meeting_id, status="planned")
    s = state(cop.community, cop.meeting_id)
    assert s.due == "update" and s.changes[0].kind == "reinstated"
    result, _ = send(cop.community, cop.meeting_id)
    assert result.sequence == 2


def test_a_held_meeting_cannot_be_cancelled(cop):
    send(cop.community, cop.meeting_id)
    edit_meeting(cop.community, cop.meeting_id, status="held")
    with pytest.raises(invitations.MeetingHeld):
        send(cop.community, cop.meeting_id, "cancel")


# --- property: sequences only grow, the UID never changes -------------------------------------

STEPS = st.lists(
    st.sampled_from(["move", "place", "request", "eml", "publish", "same"]), min_size=1, max_size=8
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_sequence_never_decreases_and_grows_with_every_change(community, steps):
    data, _ = uow.write(community, build_cop) if not hasattr(community, "_cop") else (None, None)
    if data is not None:
        community._cop = data
    group_id = community._cop["group_id"]

    def new_meeting(session):
        m = E.Meeting(
            group_id=group_id,
            title="Prop",
            start_at=local(2025, 6, 3, 14, 0),
            end_at=local(2025, 6, 3, 16, 0),
            join_url="https://x.example/a",
        )
        session.add(m)
        session.flush()
        return m.id, m.ics_uid

    (mid, uid), _ = uow.write(community, new_meeting)
    last_seq = None
    changed = False
    now = NOW
    for step in steps:
        now += dt.timedelta(hours=1)
        if step == "move":
            move_by(community, mid, 7)
            changed = True
        elif step == "place":
            edit_meeting(community, mid, place=f"Raum {now.hour}")
            changed = True
        else:
            kind = "request" if step == "same" else step
            result, inv = send(community, mid, kind, now=now)
            assert inv.uid == uid
            if last_seq is not None:
                assert result.sequence >= last_seq
                if changed:
                    assert result.sequence > last_seq
            last_seq = result.sequence
            changed = False


# --- series ---------------------------------------------------------------------------------


def test_series_rule_exceptions_and_exdates(cop, series):
    inv = uow.read(
        cop.community,
        invitations.build_invitation,
        series["sessions"][0],
        options(scope="series"),
        now=NOW,
    )
    assert inv.uid == series["uid"] and inv.rule is not None
    assert (inv.rule.freq, inv.rule.interval, inv.rule.count) == ("weekly", 1, 40)
    assert inv.start == local(2025, 2, 25, 8, 30) and inv.end == local(2025, 2, 25, 9, 30)
    assert inv.rule.exdates == (local(2025, 4, 1, 8, 30),)  # index 5 cancelled (summer time)
    (moved,) = inv.rule.exceptions
    assert moved.index == 3 and moved.original_start == local(2025, 3, 18, 8, 30)
    assert moved.start == local(2025, 3, 19, 9, 0)
    assert inv.title == "WOL-Circle, Frühjahr"


def test_single_session_needs_the_series_sent_first(cop, series):
    with pytest.raises(invitations.SeriesNotSent):
        send(cop.community, series["sessions"][7])
    s = state(cop.community, series["sessions"][7])
    assert s.default_scope == "series" and not s.series_sent


def test_moved_session_is_sent_as_an_exception_of_the_series(cop, series):
    first, _ = send(cop.community, series["sessions"][0], scope="series")
    assert first.sequence == 0 and first.uid == series["uid"]
    session_id = series["sessions"][8]  # its original start is not stored: computed
    assert state(cop.community, session_id, scope="meeting").due == ""
    move_by(cop.community, session_id, 1)
    s = state(cop.community, session_id)
    assert s.default_scope == "meeting" and s.session_deviates
    assert s.due == "update" and s.changes[0].kind == "moved"
    result, inv = send(cop.community, session_id, now=LATER)
    assert inv.uid == series["uid"] and result.sequence == 1
    assert inv.recurrence_id == local(2025, 4, 22, 8, 30)  # 08:30 summer time, computed
    assert inv.rule is None and inv.start == local(2025, 4, 23, 8, 30)
    assert state(cop.community, session_id).due == ""
    # the series knows the session moved: a resend of the whole series lists it
    whole = state(cop.community, series["sessions"][0], scope="series")
    assert "session_moved" in [c.kind for c in whole.changes]
    # cancelling that single session: CANCEL with its RECURRENCE-ID, higher sequence
    result, inv = send(cop.community, session_id, "cancel", now=LATER + dt.timedelta(hours=1))
    assert inv.method == "CANCEL" and inv.recurrence_id == local(2025, 4, 22, 8, 30)
    assert result.sequence == 2

    def statuses(session):
        return {
            m.series_index: m.status
            for m in session.scalars(
                select(E.Meeting).where(E.Meeting.series_id == series["series_id"])
            )
        }

    got = uow.read(cop.community, statuses)
    assert got[8] == "cancelled" and got[9] == "invited"


def test_cancelling_the_whole_series(cop, series):
    send(cop.community, series["sessions"][0], scope="series")
    result, inv = send(cop.community, series["sessions"][0], "cancel", scope="series", now=LATER)
    assert inv.method == "CANCEL" and inv.rule is not None and inv.recurrence_id is None
    assert result.sequence == 1


# --- the demo community ---------------------------------------------------------------------


def test_demo_next_meeting_and_old_sends_without_snapshot(tmp_path):
    from copdesk import demo
    from copdesk.model import db

    path = tmp_path / "demo.copdesk"
    demo.write_demo(path, today=dt.date(2025, 1, 15))
    com = db.open_community(path)
    try:

        def ids(session):
            nxt = session.scalar(
                select(E.Meeting.id)
                .where(E.Meeting.status == "planned", E.Meeting.series_id.is_(None))
                .order_by(E.Meeting.start_at)
            )
            last = session.scalar(
                select(E.Meeting.id)
                .join(E.InvitationSend)
                .where(E.InvitationSend.sequence == 1, E.InvitationSend.series_id.is_(None))
            )
            wol = session.scalar(
                select(E.Meeting.id)
                .where(E.Meeting.series_id.is_not(None))
                .order_by(E.Meeting.series_id.desc(), E.Meeting.series_index)
            )
            return nxt, last, wol

        nxt, last, moved = uow.read(com, ids)
        s = uow.read(com, invitations.invitation_state, nxt)
        assert not s.sent and s.next_sequence == 0 and len(s.recipients) >= 12
        # demo sends recorded no snapshot: nothing is claimed to be due
        old = uow.read(com, invitations.invitation_state, last)
        assert old.sent and old.due == "" and old.last_sequence == 1 and old.next_sequence == 2
        wol = uow.read(com, invitations.invitation_state, moved)
        assert wol.series_sent and wol.last_sequence is not None and wol.scope == "series"
        assert wol.due == "" and wol.next_sequence == wol.last_sequence + 1
    finally:
        com.close()


def test_error_messages_render_without_placeholders(cop):
    send(cop.community, cop.meeting_id)
    for exc in (
        invitations.NeverSent("X"),
        invitations.NoTime("X"),
        invitations.MeetingCancelled("X"),
        invitations.SeriesNotSent("X"),
        invitations.NoOrganiser(),
        invitations.BadOrganiser("x@"),
        invitations.NoRecipients(),
        invitations.MeetingHeld("X"),
    ):
        assert isinstance(exc, UserError)
        assert "{" not in exc.render()
