"""Discussing, closing the board (and undoing it), merging, planning — on the demo file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from copdesk.model import backlog, uow
from copdesk.model import entities as E
from copdesk.model import leancoffee as lc
from copdesk.model.backlog.dto import TopicData
from copdesk.model.errors import UserError
from tests.backlog.conftest import next_meeting_id
from tests.backlog.helpers import dump, read, write
from tests.backlog.test_board_rules import setup_board

T0 = dt.datetime(2027, 1, 20, 13, 40, tzinfo=dt.UTC)


def topic(demo, topic_id) -> E.Topic:
    return read(demo, lambda s: s.get(E.Topic, topic_id))


def run_lean_coffee(demo):
    """Four topics, votes, two discussed (one extension), notes; returns what it made."""
    meeting_id, topics, people = setup_board(demo, n_topics=4, present=3)
    new_id, _ = write(
        demo, lc.new_topic, meeting_id, "Künstliche Intelligenz im Recruiting", people[1]
    )
    for member, choice in zip(people, (new_id, new_id, topics[2])):
        write(demo, lc.vote, meeting_id, choice, member)
    write(demo, lc.vote, meeting_id, topics[2], None)
    board = read(demo, lc.board, meeting_id)
    first, second = board.to_discuss[0].topic_id, board.to_discuss[1].topic_id
    assert {first, second} == {new_id, topics[2]}
    write(demo, lc.discuss, meeting_id, first, now=T0)
    write(demo, lc.record_thumbs, meeting_id, 3, 0, 0, now=T0 + dt.timedelta(minutes=8))
    write(demo, lc.extend, meeting_id, now=T0 + dt.timedelta(minutes=8, seconds=20))
    rec = read(demo, lc.board, meeting_id).timer
    assert rec.topic_id == first and rec.extensions == 1 and rec.limit_seconds == 740
    write(demo, lc.add_note, meeting_id, first, "takeaway", "Erst Pilot, dann Rollout.")
    write(
        demo,
        lc.add_note,
        meeting_id,
        first,
        "action",
        "Leitfaden entwerfen",
        owner_id=people[0],
        due_on=dt.date(2027, 3, 1),
    )
    write(demo, lc.discuss, meeting_id, second, now=T0 + dt.timedelta(minutes=13))
    write(demo, lc.add_note, meeting_id, second, "decision", "Wir laden Fachleute ein.")
    write(demo, lc.finish, meeting_id, seconds_used=300, now=T0 + dt.timedelta(minutes=18))
    return meeting_id, first, second, [t for t in topics + [new_id] if t not in (first, second)]


def test_discuss_close_and_undo(demo):
    meeting_id, first, second, rest = run_lean_coffee(demo)
    deferred_before = {t: topic(demo, t).times_deferred for t in rest}
    board = read(demo, lc.board, meeting_id)
    assert [t.topic_id for t in board.discussed] == [first, second]
    assert board.discussed[0].seconds_used == 780 and board.discussed[0].extensions == 1
    assert board.discussed[1].seconds_used == 300
    assert topic(demo, first).status != "discussed"  # only closing changes the backlog
    before = dump(demo)

    result, changes = write(demo, lc.close_board, meeting_id, now=T0 + dt.timedelta(hours=1))
    assert result.discussed == (first, second) and set(result.deferred) == set(rest)
    for tid in (first, second):
        assert topic(demo, tid).status == "discussed"
        assert topic(demo, tid).discussed_meeting_id == meeting_id
    for tid in rest:
        t = topic(demo, tid)
        assert t.status == "open" and t.times_deferred == deferred_before[tid] + 1
    assert read(demo, lc.board, meeting_id).closed
    assert read(demo, lc.is_closed, meeting_id)
    # votes stay stored with the meeting
    votes = read(
        demo,
        lambda s: s.scalar(
            select(func.sum(E.TopicVote.count)).where(E.TopicVote.meeting_id == meeting_id)
        ),
    )
    assert votes == 4
    # the notes are minutes rows of the meeting and the topic
    notes = read(
        demo,
        lambda s: s.execute(
            select(E.MinutesNote.kind, E.MinutesNote.text).where(
                E.MinutesNote.meeting_id == meeting_id, E.MinutesNote.topic_id == first
            )
        ).all(),
    )
    assert notes == [("takeaway", "Erst Pilot, dann Rollout.")]
    # a closed board is read-only
    with pytest.raises(lc.BoardClosed):
        write(demo, lc.vote, meeting_id, rest[0], None)
    with pytest.raises(lc.BoardClosed):
        write(demo, lc.close_board, meeting_id)
    # one undo gives everything back, redo closes again
    uow.replay(demo, changes, undo=True)
    assert dump(demo) == before
    assert not read(demo, lc.board, meeting_id).closed
    uow.replay(demo, changes, undo=False)
    assert topic(demo, first).status == "discussed"
    assert read(demo, lc.board, meeting_id).closed


def test_closing_with_a_topic_still_in_discussing(demo):
    meeting_id, topics, _ = setup_board(demo, n_topics=3)
    write(demo, lc.discuss, meeting_id, topics[1], now=T0)
    result, _ = write(demo, lc.close_board, meeting_id, now=T0 + dt.timedelta(minutes=5))
    assert result.discussed == (topics[1],)
    board = read(demo, lc.board, meeting_id)
    assert board.discussing is None and board.discussed[0].seconds_used == 300


def test_demo_board_of_the_last_meeting_counts_as_closed(demo):
    last = read(demo, lambda s: s.scalar(select(E.BoardEntry.meeting_id).limit(1)))
    board = read(demo, lc.board, last)
    assert board.closed and board.discussed and board.to_discuss
    assert not read(demo, lc.board, read(demo, next_meeting_id)).closed


def test_planned_topic_not_reached_goes_back_to_open(demo):
    meeting_id = read(demo, next_meeting_id)
    planned = [r for r in read(demo, backlog.list_topics, 1) if r.status == "planned"]
    write(demo, lc.add_topics, meeting_id, [planned[0].id])
    write(demo, lc.close_board, meeting_id)
    t = topic(demo, planned[0].id)
    assert t.status == "open" and t.times_deferred == planned[0].times_deferred + 1


# --- merge ---------------------------------------------------------------------------------


def totals(demo, topic_id) -> int:
    return read(
        demo,
        lambda s: s.scalar(
            select(func.coalesce(func.sum(E.TopicVote.count), 0)).where(
                E.TopicVote.topic_id == topic_id
            )
        ),
    )


def test_merge_keeps_votes_and_history(demo):
    rows = {r.id: r for r in read(demo, backlog.list_topics, 1)}
    with_votes = sorted(
        (r for r in rows.values() if r.status == "open" and r.votes_total), key=lambda r: r.id
    )
    source, target = with_votes[0], with_votes[1]
    source_boards = read(
        demo,
        lambda s: s.scalars(
            select(E.BoardEntry.meeting_id).where(E.BoardEntry.topic_id == source.id)
        ).all(),
    )
    before = dump(demo)
    result, changes = write(demo, backlog.merge_topics, source.id, target.id)
    assert result.votes_moved == source.votes_total
    assert totals(demo, target.id) == source.votes_total + target.votes_total
    assert totals(demo, source.id) == 0
    src = topic(demo, source.id)
    assert src.status == "merged" and src.merged_into_id == target.id
    assert topic(demo, target.id).times_deferred == max(
        source.times_deferred, target.times_deferred
    )
    target_boards = read(
        demo,
        lambda s: s.scalars(
            select(E.BoardEntry.meeting_id).where(E.BoardEntry.topic_id == target.id)
        ).all(),
    )
    assert set(source_boards) <= set(target_boards)
    detail = read(demo, backlog.topic_detail, target.id)
    assert [r.id for r in detail.merged_from] == [source.id]
    assert sum(v.votes for v in detail.votes) == source.votes_total + target.votes_total
    after = {r.id: r for r in read(demo, backlog.list_topics, 1)}
    assert set(after[target.id].tags) >= set(source.tags) | set(target.tags)
    # undo restores both topics exactly
    uow.replay(demo, changes, undo=True)
    assert dump(demo) == before
    uow.replay(demo, changes, undo=False)
    assert topic(demo, source.id).status == "merged"


def test_merge_refusals_change_nothing(demo):
    rows = [r for r in read(demo, backlog.list_topics, 1) if r.status == "open"]
    before = dump(demo)
    with pytest.raises(UserError) as info:
        write(demo, backlog.merge_topics, rows[0].id, rows[0].id)
    assert "itself" in str(info.value)
    merged = next(r for r in read(demo, backlog.list_topics, 1) if r.status == "merged")
    with pytest.raises(UserError):
        write(demo, backlog.merge_topics, merged.id, rows[0].id)
    with pytest.raises(UserError) as info:
        write(demo, backlog.merge_topics, rows[0].id, merged.id)
    assert merged.title in str(info.value)
    assert dump(demo) == before


# --- backlog rules -----------------------------------------------------------------------------


def test_stale_rule():
    today = dt.date(2026, 11, 27)
    assert backlog.is_stale("open", 3, today, today)
    assert not backlog.is_stale("open", 2, dt.date(2025, 11, 27), today)
    assert backlog.is_stale("open", 0, dt.date(2025, 11, 26), today)
    assert not backlog.is_stale("parked", 5, dt.date(2020, 1, 1), today)
    assert backlog.one_year_before(dt.date(2028, 2, 29)) == dt.date(2027, 2, 28)


def test_list_shows_votes_deferred_age_and_discussed_in(demo):
    rows = read(demo, backlog.list_topics, 1, today=dt.date.today())
    discussed = [r for r in rows if r.status == "discussed"]
    assert discussed and all(r.discussed_in and r.discussed_on for r in discussed)
    assert any(r.votes_last for r in rows) and all(r.votes_total >= r.votes_last for r in rows)
    assert all(
        r.stale == backlog.is_stale(r.status, r.times_deferred, r.proposed_on, dt.date.today())
        for r in rows
    )
    assert any(r.tags for r in rows)


def test_add_edit_tags_and_delete(demo):
    tid, _changes = write(
        demo,
        backlog.add_topic,
        1,
        TopicData(title="  Lernzeit   im Homeoffice ", tags=("Lernen", "lernen", "Neues Tag")),
    )
    data, version = read(demo, backlog.get_topic, tid)
    assert data.title == "Lernzeit im Homeoffice" and data.tags == ("Lernen", "Neues Tag")
    write(
        demo,
        backlog.update_topic,
        tid,
        TopicData(
            title="Lernzeit mobil", tags=("KI",), status="parked", proposed_on=data.proposed_on
        ),
        version,
    )
    data, _ = read(demo, backlog.get_topic, tid)
    assert data.tags == ("KI",) and data.status == "parked"
    write(demo, backlog.delete_topic, tid)
    with_history = next(r for r in read(demo, backlog.list_topics, 1) if r.votes_total)
    with pytest.raises(backlog.TopicHasHistory):
        write(demo, backlog.delete_topic, with_history.id)


def test_plan_into_the_next_meeting(demo):
    meeting_id = read(demo, next_meeting_id)
    row = next(r for r in read(demo, backlog.list_topics, 1) if r.status == "open")
    item_id, _ = write(demo, backlog.plan_topic, row.id, meeting_id)
    items = read(
        demo,
        lambda s: [
            (i.id, i.kind, i.topic_id)
            for i in s.scalars(
                select(E.AgendaItem)
                .where(E.AgendaItem.meeting_id == meeting_id)
                .order_by(E.AgendaItem.position)
            )
        ],
    )
    kinds = [k for _, k, _ in items]
    index = [i for i, *_ in items].index(item_id)
    assert kinds[index - 1] == "topic" and kinds[index + 1] == "break"  # after the last topic
    assert topic(demo, row.id).status == "planned"
    assert [
        x.position
        for x in read(
            demo,
            lambda s: s.scalars(
                select(E.AgendaItem)
                .where(E.AgendaItem.meeting_id == meeting_id)
                .order_by(E.AgendaItem.position)
            ).all(),
        )
    ] == list(range(len(items)))
    with pytest.raises(UserError):  # twice
        write(demo, backlog.plan_topic, row.id, meeting_id)
    held = read(
        demo,
        lambda s: s.scalar(
            select(E.Meeting.id).where(E.Meeting.status == E.MeetingStatus.HELD).limit(1)
        ),
    )
    with pytest.raises(UserError):
        write(demo, backlog.plan_topic, row.id, held)
    choices = read(demo, backlog.meeting_choices, 1, plannable=True)
    assert [c.id for c in choices] == [meeting_id]
