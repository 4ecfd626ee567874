"""Vote budget rules and the order of the To discuss column (pure rules and on a file)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copdesk.model import backlog
from copdesk.model import entities as E
from copdesk.model import leancoffee as lc
from copdesk.model.backlog.dto import TopicData
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.leancoffee.dto import BoardTopic
from tests.backlog.conftest import next_meeting_id
from tests.backlog.helpers import dump, read, write

# --- budget ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("topics", "budget"),
    [
        (0, 1),
        (1, 1),
        (2, 1),
        (4, 1),
        (5, 2),
        (6, 2),
        (7, 2),
        (8, 3),
        (9, 3),
        (10, 3),
        (11, 4),
        (30, 10),
        (36, 12),
        (37, 12),
        (500, 12),
    ],
)
def test_a_third_of_the_topics_rounded(topics, budget):
    assert lc.effective_budget(None, topics) == budget


@given(st.integers(0, 1000))
@settings(max_examples=100)
def test_budget_is_a_rounded_third_within_1_to_12(n):
    budget = lc.effective_budget(None, n)
    assert 1 <= budget <= 12
    if 2 <= n <= 36:
        assert abs(budget - n / 3) <= 0.5


@given(st.integers(1, 12), st.integers(0, 100))
def test_a_fixed_budget_wins(fixed, n):
    assert lc.effective_budget(fixed, n) == fixed


# --- order -----------------------------------------------------------------------------------


def topic(tid, votes, proposed, present=False) -> BoardTopic:
    return BoardTopic(
        topic_id=tid,
        title=f"T{tid}",
        proposer_id=None,
        proposer="",
        proposer_present=present,
        proposed_on=proposed,
        column="to_discuss",
        position=0,
        votes=votes,
        seconds_used=0,
        extensions=0,
        status="open",
        new_in_meeting=False,
    )


def test_order_by_votes_then_older_then_proposer_present():
    d1, d2 = dt.date(2025, 1, 1), dt.date(2026, 1, 1)
    topics = [
        topic(1, 2, d2),
        topic(2, 5, d2),
        topic(3, 2, d1),
        topic(4, 2, d2, present=True),
        topic(5, 0, d1),
    ]
    assert [t.topic_id for t in lc.order_topics(topics)] == [2, 3, 4, 1, 5]


@settings(max_examples=80)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 6), st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 5)), st.booleans()
        ),
        max_size=30,
    )
)
def test_order_is_the_documented_total_order(specs):
    topics = [topic(n, v, d, p) for n, (v, d, p) in enumerate(specs)]
    ordered = lc.order_topics(topics)
    for a, b in itertools.pairwise(ordered):
        assert a.votes >= b.votes
        if a.votes == b.votes:
            assert a.proposed_on <= b.proposed_on
            if a.proposed_on == b.proposed_on:
                assert a.proposer_present >= b.proposer_present
                if a.proposer_present == b.proposer_present:
                    assert a.topic_id < b.topic_id


# --- on the demo community ------------------------------------------------------------------


def setup_board(demo, n_topics=6, present=3):
    """The next meeting with *n_topics* open topics and *present* participants."""
    meeting_id = read(demo, next_meeting_id)
    group = read(demo, lambda s: s.get(E.Meeting, meeting_id).group_id)
    open_ids = [r.id for r in read(demo, backlog.list_topics, group) if r.status == "open"]
    write(demo, lc.add_topics, meeting_id, open_ids[:n_topics])
    people = read(demo, lc.board, meeting_id).participants
    ids = [p.member_id for p in people[:present]]
    write(demo, lc.set_presence, meeting_id, ids)
    return meeting_id, open_ids[:n_topics], ids


def test_budget_on_the_board_follows_the_topics(demo):
    meeting_id, topics, _ = setup_board(demo, n_topics=8)
    assert read(demo, lc.board, meeting_id).budget == 3
    write(demo, lc.remove_from_board, meeting_id, topics[0])
    assert read(demo, lc.board, meeting_id).budget == 2  # 7 topics
    write(demo, lc.set_board_settings, meeting_id, 5, 8, 4)
    board = read(demo, lc.board, meeting_id)
    assert board.budget == 5 and board.budget_setting == 5 and board.capacity == 15
    for bad in (0, 13):
        with pytest.raises(ValidationError) as info:
            write(demo, lc.set_board_settings, meeting_id, bad, 8, 4)
        assert info.value.field == "budget"


def test_votes_per_participant_respect_the_budget(demo):
    meeting_id, topics, people = setup_board(demo, n_topics=6)  # budget 2
    anna = people[0]
    write(demo, lc.vote, meeting_id, topics[0], anna)
    assert write(demo, lc.vote, meeting_id, topics[1], anna)[0] == 1
    before = dump(demo)
    with pytest.raises(UserError) as info:
        write(demo, lc.vote, meeting_id, topics[2], anna)
    assert "2 votes" in str(info.value)
    assert dump(demo) == before  # nothing changed
    board = read(demo, lc.board, meeting_id)
    assert next(p for p in board.participants if p.member_id == anna).votes_used == 2
    # removing a vote gives it back
    write(demo, lc.vote, meeting_id, topics[0], anna, -1)
    write(demo, lc.vote, meeting_id, topics[2], anna)
    board = read(demo, lc.board, meeting_id)
    assert board.votes_of(topics[2], anna) == 1 and board.votes_of(topics[0], anna) == 0


def test_totals_respect_budget_times_present(demo):
    meeting_id, topics, _people = setup_board(demo, n_topics=6, present=2)  # 2 × 2 = 4
    for _ in range(3):
        write(demo, lc.vote, meeting_id, topics[0], None)
    write(demo, lc.vote, meeting_id, topics[1], None)
    with pytest.raises(UserError) as info:
        write(demo, lc.vote, meeting_id, topics[2], None)
    assert "All 4 votes are used" in str(info.value)
    board = read(demo, lc.board, meeting_id)
    assert board.total_votes == 4 and board.to_discuss[0].topic_id == topics[0]
    assert board.to_discuss[0].votes == 3


def test_votes_need_presence(demo):
    meeting_id, topics, _ = setup_board(demo, present=0)
    with pytest.raises(UserError) as info:
        write(demo, lc.vote, meeting_id, topics[0], None)
    assert "Ctrl+H" in str(info.value)
    absent = read(demo, lc.board, meeting_id).participants[0]
    with pytest.raises(UserError) as info:
        write(demo, lc.vote, meeting_id, topics[0], absent.member_id)
    assert absent.name in str(info.value)


def test_board_order_uses_votes_then_age_then_presence(demo):
    meeting_id, topics, people = setup_board(demo, n_topics=4, present=3)
    write(demo, lc.set_board_settings, meeting_id, 3, 8, 4)
    group = read(demo, lambda s: s.get(E.Meeting, meeting_id).group_id)
    same_day = dt.date(2020, 5, 5)
    absent_proposer = next(
        p.member_id for p in read(demo, lc.board, meeting_id).participants if not p.present
    )
    a, _ = write(
        demo,
        backlog.add_topic,
        group,
        TopicData(title="A absent proposer", proposed_by_id=absent_proposer, proposed_on=same_day),
    )
    b, _ = write(
        demo,
        backlog.add_topic,
        group,
        TopicData(title="B present proposer", proposed_by_id=people[0], proposed_on=same_day),
    )
    write(demo, lc.add_topics, meeting_id, [a, b])
    for member in people:
        write(demo, lc.vote, meeting_id, topics[3], member)
    write(demo, lc.vote, meeting_id, a, people[0])
    write(demo, lc.vote, meeting_id, b, people[1])
    order = [t.topic_id for t in read(demo, lc.board, meeting_id).to_discuss]
    assert order[0] == topics[3]  # 3 votes
    assert order[1:3] == [b, a]  # 1 vote each, same day: the present proposer first
