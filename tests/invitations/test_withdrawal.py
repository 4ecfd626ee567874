"""Taking people off an invitation that was sent: the update goes to the others, and the
people removed get a withdrawal (RFC 5546 "uninvite"): METHOD:CANCEL addressed to them
only, without STATUS:CANCELLED, so their calendar drops the entry and nobody else's does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from copdesk.model import entities as E
from copdesk.model import invitations, uow

from .conftest import NOW, send, state
from .helpers import produce_ics

LATER = NOW + dt.timedelta(days=3)


def deactivate(cop, who: str) -> None:
    def change(session):
        session.get(E.Member, cop.members[who]).active = False

    uow.write(cop.community, change)


def test_a_member_taken_off_the_list_gets_a_withdrawal_after_the_update(cop):
    first, _ = send(cop.community, cop.meeting_id)
    ayse = next(e for e in first.recipients if "oezdemir" in e or "ozdemir" in e.lower())
    deactivate(cop, "ayse")
    # not yet: the update for the others is due first
    assert state(cop.community, cop.meeting_id).withdraw == ()
    with pytest.raises(invitations.NobodyToWithdraw):
        send(cop.community, cop.meeting_id, "cancel", withdraw=True, now=LATER)
    update, inv = send(cop.community, cop.meeting_id, now=LATER)
    assert ayse not in update.recipients and update.sequence == 1
    s = state(cop.community, cop.meeting_id)
    assert [r.email for r in s.withdraw] == [ayse] and s.due == ""

    later = LATER + dt.timedelta(hours=1)
    data, inv = produce_ics(cop.community, cop.meeting_id, "cancel", withdraw=True, now=later)
    assert inv.withdrawn and inv.method == "CANCEL" and inv.sequence == 2
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert Calendar.from_ical(data)["METHOD"] == "CANCEL"
    assert "STATUS" not in event  # the meeting itself is not cancelled
    assert [str(a) for a in _as_list(event["ATTENDEE"])] == [f"mailto:{ayse}"]
    assert str(event["UID"]) == cop.uid and int(event["SEQUENCE"]) == 2
    assert "no longer on the invitation list" in str(event["DESCRIPTION"])
    assert "VALARM" not in data.decode()

    s = state(cop.community, cop.meeting_id)
    assert s.withdraw == () and s.status == "invited" and not s.cancel_sent
    assert s.history[0].kind == "withdrawal"
    # the others' entry is as it was: no update is due, and a full cancellation later
    # goes to those who still have the meeting, not to the withdrawn member
    assert s.due == ""
    cancel, _ = send(cop.community, cop.meeting_id, "cancel", now=later + dt.timedelta(days=1))
    assert ayse not in cancel.recipients and cancel.sequence == 3


def test_someone_added_back_is_invited_again_not_withdrawn(cop):
    first, _ = send(cop.community, cop.meeting_id)
    deactivate(cop, "ayse")
    send(cop.community, cop.meeting_id, now=LATER)
    send(cop.community, cop.meeting_id, "cancel", withdraw=True, now=LATER + dt.timedelta(1))

    def back(session):
        session.get(E.Member, cop.members["ayse"]).active = True

    uow.write(cop.community, back)
    s = state(cop.community, cop.meeting_id)
    assert s.due == "update" and s.withdraw == ()
    again, _inv = send(cop.community, cop.meeting_id, now=LATER + dt.timedelta(2))
    assert set(again.recipients) == set(first.recipients) and again.sequence == 3


def test_a_withdrawal_is_undoable_like_every_send(cop):
    send(cop.community, cop.meeting_id)
    deactivate(cop, "ayse")
    send(cop.community, cop.meeting_id, now=LATER)
    before = state(cop.community, cop.meeting_id)
    made = []
    _result, changes = uow.write(
        cop.community,
        invitations.send_invitation,
        cop.meeting_id,
        invitations.InviteOptions(kind="cancel", withdraw=True, organiser=before.last_organiser),
        made.append,
        now=LATER + dt.timedelta(hours=2),
    )
    assert state(cop.community, cop.meeting_id).withdraw == ()
    uow.replay(cop.community, changes, undo=True)
    assert state(cop.community, cop.meeting_id).withdraw == before.withdraw


def _as_list(value):
    return value if isinstance(value, list) else [value]


# --- found in review: who is "taken off the list", repeating, scope, cancelled meetings ---


def test_someone_unchecked_for_one_send_is_due_an_update_not_a_withdrawal(cop):
    send(cop.community, cop.meeting_id)
    s = state(cop.community, cop.meeting_id)
    sabine = tuple(r.key for r in s.recipients if "sabine" in r.email)
    send(cop.community, cop.meeting_id, recipient_keys=sabine, now=LATER)  # she lost it
    s = state(cop.community, cop.meeting_id)
    assert s.withdraw == ()
    with pytest.raises(invitations.NobodyToWithdraw):
        send(cop.community, cop.meeting_id, "cancel", withdraw=True, now=LATER)


def test_someone_back_on_the_list_before_the_withdrawal_is_not_offered_one(cop):
    send(cop.community, cop.meeting_id)
    deactivate(cop, "ayse")
    send(cop.community, cop.meeting_id, now=LATER)

    def back(session):
        session.get(E.Member, cop.members["ayse"]).active = True

    uow.write(cop.community, back)
    s = state(cop.community, cop.meeting_id)
    assert s.due == "update" and s.withdraw == ()


def test_a_lost_withdrawal_can_be_made_again_with_the_same_sequence(cop):
    send(cop.community, cop.meeting_id)
    deactivate(cop, "ayse")
    send(cop.community, cop.meeting_id, now=LATER)
    first, _ = send(
        cop.community, cop.meeting_id, "cancel", withdraw=True, now=LATER + dt.timedelta(hours=1)
    )
    assert state(cop.community, cop.meeting_id).withdraw == ()  # not offered again ...
    again, inv = send(
        cop.community, cop.meeting_id, "eml", withdraw=True, now=LATER + dt.timedelta(hours=2)
    )  # ... but can be made again
    assert again.recipients == first.recipients and again.sequence == first.sequence
    assert inv.withdrawn


def test_a_cancelled_meeting_gets_its_cancellation_not_a_withdrawal(cop):
    first, _ = send(cop.community, cop.meeting_id)
    deactivate(cop, "ayse")
    send(cop.community, cop.meeting_id, now=LATER)

    def cancel(session):
        session.get(E.Meeting, cop.meeting_id).status = "cancelled"

    uow.write(cop.community, cancel)
    s = state(cop.community, cop.meeting_id)
    assert s.withdraw == () and s.due == "cancel"
    with pytest.raises(invitations.MeetingCancelled):
        send(cop.community, cop.meeting_id, "cancel", withdraw=True, now=LATER)
    cancelled, _ = send(cop.community, cop.meeting_id, "cancel", now=LATER)
    assert set(cancelled.recipients) == set(first.recipients)  # she is told too


def test_the_withdrawal_follows_the_scope_the_invite_dialog_shows(qtbot, cop, series, copdesk_home):
    """For a session of a series the Invite dialog shows either the whole series or the
    session; its button must open the withdrawal for that same scope."""
    from copdesk.ui import invitations as D
    from copdesk.ui.settings import Settings

    sid = series["sessions"][3]
    send(cop.community, sid, scope="series")
    deactivate(cop, "ayse")
    send(cop.community, sid, scope="series", now=LATER)
    series_state = state(cop.community, sid, scope="series")
    assert series_state.withdraw

    def load(scope=None):
        return state(cop.community, sid, scope=scope)

    opened = []

    def preview(options):
        return uow.read(cop.community, invitations.build_invitation, sid, options)

    dialog = D.InviteDialog(
        series_state,
        settings=Settings(),
        preview=preview,
        send=lambda o, p: None,
        load_state=load,
        withdraw=opened.append,
    )
    qtbot.addWidget(dialog)
    assert dialog.scope() == "series" and dialog.withdraw_row.isVisibleTo(dialog)
    dialog.withdraw_button.click()
    assert opened == ["series"]
