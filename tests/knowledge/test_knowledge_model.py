"""The knowledge model on a handmade community: matrix counts and dates, who to ask,
matches (across organisations, current people only), proposing a match as a topic."""

from __future__ import annotations

import datetime as dt

import pytest

from copdesk.model import backlog, knowledge, uow
from copdesk.model.errors import NotFoundError
from tests.knowledge.helpers import TODAY, build


@pytest.fixture
def story(community):
    return build(community)


def test_matrix_counts_and_last_dates(community, story):
    matrix = uow.read(community, knowledge.knowledge_matrix, today=TODAY)
    assert [s.name for s in matrix.subjects] == ["KI", "Mobile Arbeit", "Onboarding"]
    assert [o.name for o in matrix.organisations] == [
        "Stadt Heidelberg",
        "Stadt Kassel",
        "Stadtwerke Gießen",
    ]
    gi = matrix.cell(story.gi, story.mobile)
    assert gi.offers == ("Ben Berg",) and gi.seeks == ()
    assert [p.meeting_title for p in gi.presented] == ["CoP Q1"]
    assert [m.title for m in gi.shared] == ["Dienstvereinbarung Mobile Arbeit"]
    assert gi.last_presented == gi.last_shared == gi.last == dt.date(2026, 3, 12)
    hd = matrix.cell(story.hd, story.mobile)
    assert hd.offers == ("Fritz Fuchs",) and hd.seeks == ("Anna Adler",)
    assert [p.meeting_id for p in hd.presented] == [story.q3]  # the planned one is not counted
    assert hd.last_shared == dt.date(2025, 11, 1) and hd.last == dt.date(2026, 9, 10)
    # Dora left: her offer is gone, her presentation stays the organisation's, unnamed
    hd_ki = matrix.cell(story.hd, story.ki)
    assert hd_ki.offers == () and len(hd_ki.presented) == 1
    assert hd_ki.presented[0].person == "" and hd_ki.presented[0].member_id is None
    assert matrix.cell(story.gi, story.ki).empty  # Emil was erased
    assert matrix.cell(story.gi, story.onboarding).seeks == ("Ben Berg", "Stadtwerke Gießen")
    assert matrix.cell(story.ks, story.onboarding).offers == ("Stadt Kassel",)


def test_who_to_ask_most_recent_first(community, story):
    rows = uow.read(community, knowledge.who_to_ask, story.mobile, today=TODAY)
    assert [(r.organisation, r.person) for r in rows] == [
        ("Stadt Heidelberg", "Fritz Fuchs"),  # presented 2026-09-10
        ("Stadtwerke Gießen", "Ben Berg"),  # presented and shared 2026-03-12
        ("Stadt Heidelberg", ""),  # the organisation's guide, 2025-11-01
    ]
    ben = rows[1]
    assert ben.offers and ben.member_id == story.ben
    assert [(p.meeting_id, p.day, p.item_title) for p in ben.presented] == [
        (story.q1, dt.date(2026, 3, 12), "Unsere Dienstvereinbarung")
    ]
    assert [(m.material_id, m.link) for m in ben.shared] == [
        (story.dv, "https://example.org/dv-mobile.pdf")
    ]
    assert not rows[2].offers and rows[2].member_id is None
    # a seeker is not a source
    assert "Anna Adler" not in [r.person for r in rows]


def test_matches_across_organisations_current_people_only(community, story):
    found = uow.read(community, knowledge.matches, today=TODAY)
    assert [
        (
            m.subject,
            m.seeker.person,
            m.seeker.organisation,
            m.offerer.person,
            m.offerer.organisation,
        )
        for m in found
    ] == [
        ("Mobile Arbeit", "Anna Adler", "Stadt Heidelberg", "Ben Berg", "Stadtwerke Gießen"),
        # Gießen seeks (Ben himself too: once), Kassel offers: its first current member writes
        ("Onboarding", "Ben Berg", "Stadtwerke Gießen", "Carla Cruz", "Stadt Kassel"),
    ]
    # Fritz offers what Anna seeks, but in her own organisation; Carla seeks KI, but only
    # Dora (left) and Emil (erased) offered it
    assert found[1].offerer.member_id == story.carla
    assert found[1].offerer.email == "carla@ks.example"


def test_a_member_who_left_on_a_later_day_is_still_current(community, story):
    later = uow.read(community, knowledge.matches, today=dt.date(2026, 9, 30))
    assert ("KI", "Carla Cruz", "Dora Dorn") in [
        (m.subject, m.seeker.person, m.offerer.person) for m in later
    ]


def test_propose_a_match_as_topic_and_undo(community, story):
    match = uow.read(community, knowledge.matches, today=TODAY)[0]
    topic_id, changes = uow.write(
        community,
        knowledge.propose_topic,
        match,
        title="Austausch: {subject} ({seeker} ↔ {offerer})",
        description="{seeker_person} sucht, {offerer_person} bietet.",
        today=TODAY,
    )
    detail, _version = uow.read(community, backlog.get_topic, topic_id)
    assert detail.title == "Austausch: Mobile Arbeit (Stadt Heidelberg ↔ Stadtwerke Gießen)"
    assert detail.description == "Anna Adler sucht, Ben Berg bietet."
    assert detail.proposed_by_id == story.anna
    assert detail.tags == ("Mobile Arbeit",)
    assert detail.status == "open"
    uow.replay(community, changes, undo=True)
    with pytest.raises(NotFoundError):
        uow.read(community, backlog.get_topic, topic_id)
