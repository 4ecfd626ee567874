"""Bad input gets a clear message and changes nothing."""

from __future__ import annotations

import pytest

from copdesk.model import backlog
from copdesk.model import leancoffee as lc
from copdesk.model.backlog.dto import TopicData
from copdesk.model.errors import UserError, ValidationError
from tests.backlog.helpers import dump, read, write
from tests.backlog.test_board_rules import setup_board


def refused(demo, fn, *args, **kwargs) -> UserError:
    before = dump(demo)
    with pytest.raises(UserError) as info:
        write(demo, fn, *args, **kwargs)
    assert dump(demo) == before, "a refused action changed data"
    return info.value


def test_vote_beyond_budget(demo):
    meeting_id, topics, people = setup_board(demo, n_topics=3)  # budget 1
    write(demo, lc.vote, meeting_id, topics[0], people[0])
    error = refused(demo, lc.vote, meeting_id, topics[1], people[0])
    assert "has used all 1 votes" in str(error)


def test_vote_for_a_discussed_topic(demo):
    meeting_id, topics, people = setup_board(demo, n_topics=3)
    write(demo, lc.discuss, meeting_id, topics[0])
    error = refused(demo, lc.vote, meeting_id, topics[0], people[0])
    assert "being discussed" in str(error)
    write(demo, lc.finish, meeting_id)
    error = refused(demo, lc.vote, meeting_id, topics[0], people[0])
    title = read(demo, lc.board, meeting_id).discussed[0].title
    assert "already been discussed" in str(error) and title in str(error)
    refused(demo, lc.discuss, meeting_id, topics[0])
    refused(demo, lc.remove_from_board, meeting_id, topics[0])


def test_empty_title(demo):
    meeting_id, _, _ = setup_board(demo)
    for fn, args in (
        (backlog.add_topic, (1, TopicData(title="   "))),
        (lc.new_topic, (meeting_id, " \t ")),
    ):
        error = refused(demo, fn, *args)
        assert isinstance(error, ValidationError) and error.field == "title"
        assert "Enter a title" in str(error)


def test_merge_into_itself(demo):
    row = next(r for r in read(demo, backlog.list_topics, 1) if r.status == "open")
    error = refused(demo, backlog.merge_topics, row.id, row.id)
    assert "cannot be merged into itself" in str(error)


def test_timer_with_nothing_in_discussing(demo):
    meeting_id, _, _ = setup_board(demo)
    for fn, args in (
        (lc.start_timebox, ()),
        (lc.extend, ()),
        (lc.finish, ()),
        (lc.record_thumbs, (1, 0, 0)),
    ):
        error = refused(demo, fn, meeting_id, *args)
        assert isinstance(error, lc.NothingDiscussing) and "Ctrl+D" in str(error)


def test_other_refusals(demo):
    meeting_id, topics, people = setup_board(demo)
    write(demo, lc.discuss, meeting_id, topics[0])
    assert "at least one" in str(refused(demo, lc.record_thumbs, meeting_id, 0, 0, 0))
    assert "Type the text" in str(refused(demo, lc.add_note, meeting_id, topics[0], "note", " "))
    assert "has no vote" in str(refused(demo, lc.vote, meeting_id, topics[1], people[0], -1))
    assert "timebox" in str(refused(demo, lc.set_board_settings, meeting_id, None, 0, 4))
    merged = next(r for r in read(demo, backlog.list_topics, 1) if r.status == "merged")
    assert merged.title in str(refused(demo, lc.add_topics, meeting_id, [merged.id]))
