"""Art. 17 erasure touches one person only.

An attack on the large demo found that forgetting Sabine Groß renamed all 34 other members
called Groß, and a different person with the same full name. These tests read the raw rows
with ``sqlite3`` (not through the model) before and after, so "unchanged" means
byte-identical.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import String, select

from copdesk.model import entities as E
from copdesk.model import members, privacy, uow
from copdesk.model.base import Base
from copdesk.model.dto import MemberData

from .test_contacts_cli import run


def rows(path: Path, table: str, where: str = "1", *args) -> dict[int, tuple]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        con.text_factory = bytes
        return {r[0]: r for r in con.execute(f"SELECT * FROM {table} WHERE {where}", args)}
    finally:
        con.close()


def add(com, first: str, last: str, email: str = "", notes: str = "") -> int:
    mid, _ = uow.write(
        com,
        members.add_member,
        MemberData(first_name=first, last_name=last, email=email, notes=notes),
    )
    return mid


def test_forget_on_the_command_line_leaves_namesakes_alone(demo, copdesk_home):
    """The reproduction from the issue: other Groß, and a second Sabine Groß."""
    path = demo.path
    sabine = uow.read(
        demo,
        lambda s: s.scalar(
            select(E.Member.id).where(E.Member.last_name == "Groß", E.Member.first_name == "Sabine")
        ),
    )
    add(demo, "Peter", "Groß", "peter.gross@x.example", notes="Arbeitet mit Sabine Groß.")
    add(demo, "Sabine", "Groß", "sabine.gross@andere-stadt.example")
    add(demo, "Lena", "Großmann", "lena@x.example")
    demo.close()
    others = rows(path, "member", "id != ?", sabine)
    assert sum(b"Gro\xc3\x9f" in r[2] for r in others.values()) >= 3  # last_name column

    done = run("forget", str(path), "--member", str(sabine), "--yes", home=copdesk_home)
    assert done.returncode == 0, done.stderr
    assert rows(path, "member", "id != ?", sabine) == others
    assert b"former member (S. G.)" in rows(path, "member", "id = ?", sabine)[sabine]


def test_every_text_column_is_classified():
    """A new text column must be declared free text (searched) or not (never changed)."""
    import copdesk.model.entities  # noqa: F401  (the mapped classes)

    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String) or column.primary_key:
                continue
            free = column.name in privacy.FREE_TEXT.get(table.name, ())
            other = column.name in privacy.NOT_FREE_TEXT.get(table.name, ())
            assert free != other, f"{table.name}.{column.name}"


def test_full_names_are_matched_as_whole_words_only():
    traces = privacy.Traces(
        "Sabine",
        "Groß",
        "s.gross@x.example",
        "",
        pseudonym="P",
        first_name_unique=False,
        last_name_unique=False,
    )
    assert traces.scrub("Sabine Groß kommt.") == "P kommt."
    assert traces.scrub("Sabine Großmann kommt.") == "Sabine Großmann kommt."
    assert traces.scrub("Frau Groß kommt.") == "Frau Groß kommt."  # another Groß exists
    assert traces.scrub("via ms.gross@x.example") == "via ms.gross@x.example"
    assert traces.scrub("an s.gross@x.example.") == "an [removed]."


def test_a_namesake_keeps_the_texts_naming_them(community):
    """Two members called Anna Alt: the name in a text may mean either — listed, kept;
    the e-mail address is unambiguous and goes."""
    a = add(community, "Anna", "Alt", "anna.alt@x.example")
    b = add(community, "Anna", "Alt", "anna.alt@y.example")

    def topics(session):
        group = session.scalar(select(E.Group.id))
        for text in ("Anna Alt stellt vor.", "Rückfragen: anna.alt@x.example"):
            session.add(
                E.Topic(
                    group_id=group, title="T", description=text, proposed_on=dt.date(2025, 1, 1)
                )
            )

    uow.write(community, topics)
    preview = uow.read(community, privacy.forget_preview, a)
    assert sorted((m.excerpt, m.changes, m.reason) for m in preview.texts) == [
        ("Anna Alt stellt vor.", False, privacy.SHARED_NAME),
        ("Rückfragen: anna.alt@x.example", True, ""),
    ]
    uow.write(community, privacy.forget_member, a)
    texts = uow.read(community, lambda s: sorted(s.scalars(select(E.Topic.description))))
    assert texts == ["Anna Alt stellt vor.", "Rückfragen: [removed]"]
    assert uow.read(community, lambda s: s.get(E.Member, b).last_name) == "Alt"


# --- the property: one person, and only the texts that mention them ------------------------

FIRST = ["Anna", "Sabine", "Peter", "Jürgen"]
LAST = ["Groß", "Alt", "Meißner", "Weiß"]
WORDS = ["und", "kommt", "Groß", "Großmann", "Anna-Lena", "Protokoll:", ",", "Weißbier"]


@st.composite
def communities(draw):
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST), st.booleans(), st.booleans()),
            min_size=2,
            max_size=6,
        )
    )
    members_ = [
        (
            f,
            la,
            f"{f[0]}.{la}{i}@x.example".lower() if has_mail else "",
            f"+49 30 {1000 + i} 55{i}" if has_phone else "",
        )
        for i, (f, la, has_mail, has_phone) in enumerate(people)
    ]
    tokens = st.one_of(
        st.sampled_from(WORDS),
        st.integers(0, len(members_) - 1).map(lambda i: f"{members_[i][0]} {members_[i][1]}"),
        st.integers(0, len(members_) - 1).map(lambda i: f"{members_[i][1]}, {members_[i][0]}"),
        st.integers(0, len(members_) - 1).map(lambda i: members_[i][2] or "x@y.example"),
        st.integers(0, len(members_) - 1).map(lambda i: members_[i][3] or "112"),
    )
    texts = draw(
        st.lists(st.lists(tokens, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=8)
    )
    notes = draw(
        st.lists(
            st.lists(tokens, max_size=4).map(" ".join),
            min_size=len(members_),
            max_size=len(members_),
        )
    )
    target = draw(st.integers(0, len(members_) - 1))
    return members_, texts, notes, target


def _mentions_at_all(text: str, first: str, last: str, email: str, phone: str) -> bool:
    """A deliberately coarse notion of 'mentions X': any of X's name parts, the e-mail, the
    phone digits — a text without any of them must come out byte-identical."""
    needles = [first, last] + ([email] if email else [])
    if any(n.lower() in text.lower() for n in needles):
        return True
    digits = re.sub(r"\D", "", phone)
    return bool(digits) and digits[-4:] in re.sub(r"\D", "", text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=communities())
def test_forgetting_one_member_leaves_everyone_else_byte_identical(community, case):
    members_, texts, notes, target = case
    session = community.session()
    try:
        group = session.scalar(select(E.Group.id))
        ids = []
        for (first, last, email, phone), note in zip(members_, notes, strict=True):
            member = E.Member(
                first_name=first, last_name=last, email=email, phone=phone, notes=note
            )
            session.add(member)
            session.flush()
            ids.append(member.id)
        for text in texts:
            session.add(
                E.Topic(
                    group_id=group, title="T", description=text, proposed_on=dt.date(2025, 1, 1)
                )
            )
        session.flush()
        x = ids[target]
        con = session.connection()

        def raw(sql: str, *args) -> dict:
            return {r[0]: tuple(r) for r in con.exec_driver_sql(sql, args)}

        other_members = raw("SELECT * FROM member WHERE id != ?", x)
        topics = raw("SELECT id, description FROM topic")
        full = f"{members_[target][0]} {members_[target][1]}"
        namesakes = sum(f"{f} {la}" == full for f, la, _e, _p in members_)

        privacy.forget_member(session, x, pseudonym="P", removed="R")
        session.flush()

        assert raw("SELECT * FROM member WHERE id != ?", x) == other_members
        after = raw("SELECT id, description FROM topic")
        first, last, email, phone = members_[target]
        for tid, (_id, text) in topics.items():
            new = after[tid][1]
            if not _mentions_at_all(text, first, last, email, phone):
                assert new == text
            if email:
                assert email not in new.lower()
            if namesakes == 1:  # the full name is theirs alone: it is gone
                assert not re.search(rf"(?<!\w){re.escape(full)}(?!\w)", new), (text, new)
    finally:
        session.rollback()
        session.close()


def test_forget_on_the_command_line_names_and_deletes_the_backups_holding_them(demo, copdesk_home):
    from copdesk.model import backups
    from copdesk.paths import base_dirs

    path = demo.path
    bdir = base_dirs().backups
    made = dt.date.today() - dt.timedelta(days=1)
    holding = backups.rolling_backup(path, demo.engine, bdir, today=made)
    jaeger = uow.read(
        demo, lambda s: s.scalar(select(E.Member.id).where(E.Member.last_name == "Jäger"))
    )
    demo.close()

    asked = run("forget", str(path), "--member", str(jaeger), home=copdesk_home)
    assert asked.returncode == 1 and "Add --yes" in asked.stderr
    gone = made + dt.timedelta(days=backups.MAX_AGE_DAYS)
    assert (
        f"  {made:%d/%m/%Y} – daily backup (deleted automatically after {gone:%d/%m/%Y} "
        "at the latest)" in asked.stdout.splitlines()
    )
    assert holding.exists()
    done = run(
        "forget", str(path), "--member", str(jaeger), "--yes", "--delete-backups", home=copdesk_home
    )
    assert done.returncode == 0, done.stderr
    assert "Backups deleted: 1" in done.stdout
    assert not holding.exists()


def test_every_spelling_of_the_address_goes(community):
    """Recipient lists and texts may hold the punycode or NFD form of the address."""
    import unicodedata

    mid = add(community, "Jürgen", "Müller", "jürgen@müller.example")
    nfd = unicodedata.normalize("NFD", "jürgen@müller.example")

    def plant(session):
        group = session.scalar(select(E.Group.id))
        session.add(
            E.Topic(
                group_id=group,
                title="T",
                proposed_on=dt.date(2025, 1, 1),
                description=f"an {nfd} oder jürgen@xn--mller-kva.example",
            )
        )
        meeting = E.Meeting(
            group_id=group,
            title="M",
            start_at=dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC),
            end_at=dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC),
        )
        session.add(meeting)
        session.flush()
        session.add(
            E.InvitationSend(
                meeting_id=meeting.id,
                kind="request",
                sequence=0,
                recipients="JÜRGEN@xn--mller-kva.example\nx@y.example",
            )
        )

    uow.write(community, plant)
    uow.write(community, privacy.forget_member, mid, removed="R")
    description = uow.read(community, lambda s: s.scalar(select(E.Topic.description)))
    recipients = uow.read(community, lambda s: s.scalar(select(E.InvitationSend.recipients)))
    assert description == "an R oder R"
    assert recipients == "x@y.example"


KEEP, SCRUB = "keep", "scrub"
# Found by a second attack (member: Sabine Groß, +49 30 23125 000; nobody else is called
# Groß or Sabine, but a guest is called Sabine Meyer)
TEXTS = [
    (KEEP, "Vortrag von Thomas Groß (Landratsamt Kassel)"),
    (KEEP, "Bitte Groß- und Kleinschreibung in den Vorlagen beachten"),
    (KEEP, "Ein Fest für Groß und Klein"),
    (KEEP, "Gast: Sabine Meyer (Stadt Ulm) stellt vor"),
    (SCRUB, "Rückruf an SABINE GROSS erbeten"),
    (SCRUB, "Rückruf an sabine groß erbeten"),
    (SCRUB, "Frau Gross (Heidelberg) übernimmt"),
    (SCRUB, "S.Groß übernimmt das Protokoll"),
    (SCRUB, "Tel. +49 (0)30 23125 000 – Sabine"),
    (SCRUB, "Telefon 030-23125-000"),
    (SCRUB, "Telefon (030) 23125000"),
    (SCRUB, "Rückfragen bitte an +49 30 23125 000"),  # exactly as stored
    (SCRUB, "Rückfragen bitte an 030 23125 000"),
    (SCRUB, "Mail: Sabine.Gross@Heidelberg.example"),
    (SCRUB, "Rückruf an Sabine Groß erbeten"),  # in NFD, as macOS may type it
]


def test_forget_rewrites_texts_about_her_and_keeps_texts_about_others(demo):
    import unicodedata

    sabine = uow.read(
        demo,
        lambda s: s.scalar(
            select(E.Member.id).where(E.Member.last_name == "Groß", E.Member.first_name == "Sabine")
        ),
    )
    texts = [
        (want, unicodedata.normalize("NFD", t) if i == len(TEXTS) - 1 else t)
        for i, (want, t) in enumerate(TEXTS)
    ]

    def plant(session):
        meeting = session.scalar(select(E.Meeting.id).order_by(E.Meeting.id))
        for i, (_want, text) in enumerate(texts):
            session.add(E.Decision(meeting_id=meeting, position=1000 + i, text=text))
        session.add(E.Guest(meeting_id=meeting, name="Sabine Meyer", organisation="Ulm"))

    uow.write(demo, plant)
    preview = uow.read(demo, privacy.forget_preview, sabine)
    uow.write(demo, privacy.forget_member, sabine, pseudonym="P", removed="R")
    after = uow.read(
        demo,
        lambda s: dict(
            s.execute(
                select(E.Decision.position, E.Decision.text).where(E.Decision.position >= 1000)
            ).all()
        ),
    )
    wrong = [
        (want, text, after[1000 + i])
        for i, (want, text) in enumerate(texts)
        if (after[1000 + i] != text) != (want == SCRUB)
    ]
    assert wrong == []
    guests = uow.read(
        demo, lambda s: sorted(s.scalars(select(E.Guest.name).where(E.Guest.organisation == "Ulm")))
    )
    assert guests == ["Sabine Meyer"]
    # what she may be meant by but is kept is listed for the organiser
    kept = {m.excerpt for m in preview.kept}
    assert any("Thomas Groß" in e for e in kept) and any("Fest für Groß" in e for e in kept)


def test_a_surname_that_is_another_members_first_name_stays(community):
    lea = add(community, "Lea", "Werner")
    add(community, "Werner", "Bäumer")

    def plant(session):
        group = session.scalar(select(E.Group.id))
        session.add(
            E.Topic(
                group_id=group,
                title="T",
                proposed_on=dt.date(2025, 1, 1),
                description="Werner Bäumer moderiert; Frau Werner schreibt.",
            )
        )

    uow.write(community, plant)
    uow.write(community, privacy.forget_member, lea, pseudonym="P")
    description = uow.read(community, lambda s: s.scalar(select(E.Topic.description)))
    # "Frau Werner" is her, but Werner is also someone's first name: listed, not rewritten
    assert description == "Werner Bäumer moderiert; Frau Werner schreibt."


def test_a_guest_with_her_surname_makes_the_surname_uncertain(community):
    sabine = add(community, "Sabine", "Groß")

    def plant(session):
        group = session.scalar(select(E.Group.id))
        meeting = E.Meeting(
            group_id=group,
            title="M",
            start_at=dt.datetime(2025, 1, 1, 9, tzinfo=dt.UTC),
            end_at=dt.datetime(2025, 1, 1, 10, tzinfo=dt.UTC),
        )
        session.add(meeting)
        session.flush()
        session.add(E.Guest(meeting_id=meeting.id, name="Thomas Groß", organisation="Kassel"))
        session.add(
            E.Topic(
                group_id=group,
                title="T",
                proposed_on=dt.date(2025, 1, 1),
                description="Herr Groß aus Kassel berichtet.",
            )
        )

    uow.write(community, plant)
    preview = uow.read(community, privacy.forget_preview, sabine)
    assert [(m.table, m.changes, m.reason) for m in preview.texts] == [
        ("guest", False, privacy.SHARED_NAME),
        ("topic", False, privacy.SHARED_NAME),
    ]
    uow.write(community, privacy.forget_member, sabine, pseudonym="P")
    assert uow.read(
        community, lambda s: (s.scalar(select(E.Guest.name)), s.scalar(select(E.Topic.description)))
    ) == ("Thomas Groß", "Herr Groß aus Kassel berichtet.")
