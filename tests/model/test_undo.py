"""Units of work, undo/redo (copdesk.model.changes via uow.replay), conflicts, validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from copdesk.model import db, errors, members, organisations, uow
from copdesk.model import entities as E
from copdesk.model.base import Base
from copdesk.model.dto import MemberData, OrganisationData

UTC = dt.UTC


# --- helpers ---------------------------------------------------------------------------


def dump(community, *, skip_version: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order.

    The ``version`` columns are left out by default: undo deliberately moves a row's
    version *forward* (so an editor still holding the old version gets a conflict), so
    "exactly as before" means every other column.
    """
    out = {}
    with community.engine.connect() as conn:
        for name, table in sorted(Base.metadata.tables.items()):
            cols = [c for c in table.c if not (skip_version and c.name == "version")]
            stmt = select(*cols).order_by(*table.primary_key.columns)
            out[name] = [tuple(r) for r in conn.execute(stmt)]
    return out


def root_id(community) -> int:
    return uow.read(
        community, lambda s: s.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
    )


def add(community, **fields) -> tuple[int, object]:
    return uow.write(community, members.add_member, MemberData(**fields))


def edit(community, member_id: int, **fields):
    data, version = uow.read(community, members.get_member, member_id)
    return uow.write(
        community, members.update_member, member_id, dataclasses.replace(data, **fields), version
    )


def get(community, member_id: int) -> tuple[MemberData, int]:
    return uow.read(community, members.get_member, member_id)


def exists(community, member_id: int) -> bool:
    return uow.read(community, lambda s: s.get(E.Member, member_id) is not None)


def sub_group(community, root: int, name: str = "AG") -> int:
    def create(session):
        group = E.Group(name=name, parent_id=root)
        session.add(group)
        session.flush()
        return group.id

    return uow.write(community, create)[0]


def make_meeting(session, group_id: int, **kw) -> E.Meeting:
    start = dt.datetime(2025, 5, 6, 12, 0, tzinfo=UTC)
    meeting = E.Meeting(
        group_id=group_id,
        title="CoP-Treffen",
        start_at=start,
        end_at=start + dt.timedelta(hours=2),
        **kw,
    )
    session.add(meeting)
    session.flush()
    return meeting


# --- add / edit / delete and their undo -------------------------------------------------


def test_add_undo_redo(community):
    mid, changes = add(
        community,
        first_name="Anna",
        last_name="Schmidt",
        email="anna@stadt.de",
        joined_on=dt.date(2024, 1, 15),
    )
    assert changes.touches("member", "group_membership")
    assert changes.inserted("member") == [mid]
    data_before, version = get(community, mid)

    undone = uow.replay(community, changes, undo=True)
    assert undone.touches("member")
    assert not exists(community, mid)
    assert uow.read(community, lambda s: s.scalars(select(E.GroupMembership)).all()) == []

    uow.replay(community, changes, undo=False)
    assert exists(community, mid)
    data_after, version_after = get(community, mid)
    assert data_after == data_before  # same id, same values, same groups
    assert version_after == version


def test_edit_undo_restores_old_values(community):
    mid, _ = add(community, first_name="Jörg", last_name="Müller", function="Leitung IT")
    before = dump(community)
    old, _ = get(community, mid)
    _, changes = edit(
        community, mid, last_name="Müller-Lüdenscheidt", function="CDO", email="joerg@stadt.de"
    )
    assert changes.ids("member") == {mid}
    uow.replay(community, changes, undo=True)
    assert get(community, mid)[0] == old
    assert dump(community) == before
    uow.replay(community, changes, undo=False)
    assert get(community, mid)[0].last_name == "Müller-Lüdenscheidt"


def test_version_increases_on_undo(community):
    mid, _ = add(community, last_name="Version")
    assert get(community, mid)[1] == 1
    _, changes = edit(community, mid, last_name="Version 2")
    assert get(community, mid)[1] == 2
    uow.replay(community, changes, undo=True)
    data, version = get(community, mid)
    assert data.last_name == "Version"
    assert version == 3, "undo must move the version on, or an open editor overwrites it"
    # the editor that loaded version 2 now gets a conflict instead of a silent overwrite
    with pytest.raises(errors.ConflictError):
        uow.write(
            community, members.update_member, mid, dataclasses.replace(data, last_name="Stale"), 2
        )


def test_delete_with_memberships_and_absences_undo_redo(community):
    root = root_id(community)
    sub = sub_group(community, root, "AG Digital")
    mid, _ = add(
        community,
        first_name="Eva",
        last_name="Klein",
        group_ids=(root, sub),
        joined_on=dt.date(2023, 2, 1),
    )
    uow.write(
        community,
        lambda s: s.add_all(
            [
                E.Absence(
                    member_id=mid,
                    start_on=dt.date(2025, 7, 1),
                    end_on=dt.date(2025, 7, 21),
                    note="Urlaub",
                ),
                E.Absence(
                    member_id=mid, start_on=dt.date(2025, 12, 22), end_on=dt.date(2026, 1, 2)
                ),
            ]
        ),
    )
    before = dump(community)
    assert len(before["absence"]) == 2 and len(before["group_membership"]) == 2

    _, changes = uow.write(community, members.delete_member, mid)
    after_delete = dump(community)
    assert after_delete["member"] == [] and after_delete["absence"] == []
    assert after_delete["group_membership"] == []
    assert changes.touches("member", "absence", "group_membership")

    uow.replay(community, changes, undo=True)
    assert dump(community) == before
    uow.replay(community, changes, undo=False)
    assert dump(community) == after_delete


def test_delete_organisation_undo_redo(community):
    oid, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(
            name="Stadtwerke Ulm",
            kind="utility",
            state="BW",
            city="Ulm",
            video_link="https://example.org/j/1",
        ),
    )
    data, _ = uow.read(community, organisations.get_organisation, oid)
    before = dump(community)
    _, changes = uow.write(community, organisations.delete_organisation, oid)
    assert dump(community)["organisation"] == []
    uow.replay(community, changes, undo=True)
    assert dump(community) == before
    assert uow.read(community, organisations.get_organisation, oid)[0] == data
    uow.replay(community, changes, undo=False)
    assert dump(community)["organisation"] == []


def test_organisation_in_use_cannot_be_deleted(community):
    oid, _ = uow.write(
        community, organisations.add_organisation, OrganisationData(name="Landkreis Hof")
    )
    add(community, last_name="Member", organisation_id=oid)
    before = dump(community, skip_version=False)
    with pytest.raises(organisations.OrganisationInUse):
        uow.write(community, organisations.delete_organisation, oid)
    assert dump(community, skip_version=False) == before


def test_edit_of_unloaded_attribute_is_undone_correctly(community):
    """Plain attribute assignment after session.expire()/refresh() is still ORM use."""
    mid, _ = add(community, last_name="Alt", joined_on=dt.date(2020, 1, 1))
    before = dump(community)

    def change_join_date(session):
        member = session.get(E.Member, mid)
        session.expire(member, ["joined_on"])
        member.joined_on = dt.date(2024, 5, 5)

    try:
        _, changes = uow.write(community, change_join_date)
    except Exception:  # noqa: BLE001 - refusing to record what it cannot undo is fine too
        assert dump(community) == before
        return
    uow.replay(community, changes, undo=True)
    assert get(community, mid)[0].joined_on == dt.date(2020, 1, 1)


# --- conflicts -------------------------------------------------------------------------


def test_undo_after_someone_else_changed_the_row_is_a_conflict(community):
    root = root_id(community)
    sub = sub_group(community, root)
    mid, _ = add(community, last_name="Original", group_ids=(root,))
    # one change touching several rows: the name, and the groups (one out, one in)
    _, first = edit(community, mid, last_name="First", group_ids=(sub,))
    assert len(first.rows) >= 3
    edit(community, mid, last_name="Second")  # another window changes the same field
    before = dump(community, skip_version=False)
    with pytest.raises(errors.ConflictError):
        uow.replay(community, first, undo=True)
    assert dump(community, skip_version=False) == before, "a refused undo changes nothing"
    with pytest.raises(errors.ConflictError):
        uow.replay(community, first, undo=False)  # redo of what is already there: conflict
    assert dump(community, skip_version=False) == before


def test_undo_add_after_edit_is_a_conflict(community):
    mid, added = add(community, last_name="New")
    edit(community, mid, last_name="Edited")
    before = dump(community, skip_version=False)
    with pytest.raises(errors.ConflictError):
        uow.replay(community, added, undo=True)
    assert dump(community, skip_version=False) == before


def test_redo_insert_when_row_exists_is_a_conflict(community):
    _mid, added = add(community, last_name="Twice")
    before = dump(community, skip_version=False)
    with pytest.raises(errors.ConflictError):
        uow.replay(community, added, undo=False)
    assert dump(community, skip_version=False) == before


def test_update_with_stale_version_is_a_conflict(community):
    mid, _ = add(community, last_name="Shared")
    data, version = get(community, mid)
    edit(community, mid, last_name="Window A")
    before = dump(community, skip_version=False)
    with pytest.raises(errors.ConflictError):
        uow.write(
            community,
            members.update_member,
            mid,
            dataclasses.replace(data, last_name="Window B"),
            version,
        )
    assert dump(community, skip_version=False) == before


def test_stale_orm_object_becomes_conflict_error(community):
    """The version_id_col check itself: an UPDATE against an old version."""
    mid, _ = add(community, last_name="Stale")
    session = community.session()
    try:
        member = session.get(E.Member, mid)
        session.commit()  # ends the read; the object keeps version 1 in memory
        edit(community, mid, last_name="Elsewhere")
        member.last_name = "Here"
        with pytest.raises(StaleDataError) as info:
            session.commit()
        session.rollback()
    finally:
        session.close()
    assert isinstance(uow.translate_exception(community, info.value), errors.ConflictError)
    assert get(community, mid)[0].last_name == "Elsewhere"


def test_member_with_attendance_cannot_be_deleted(community):
    root = root_id(community)
    mid, _ = add(community, first_name="Till", last_name="Teilnehmer")

    def attend(session):
        meeting = make_meeting(session, root)
        session.add(E.Attendance(meeting_id=meeting.id, member_id=mid, status="attended"))

    uow.write(community, attend)
    before = dump(community, skip_version=False)
    with pytest.raises(members.MemberHasHistory) as info:
        uow.write(community, members.delete_member, mid)
    assert "Till Teilnehmer" in str(info.value)
    assert "1 meetings" in str(info.value)
    assert dump(community, skip_version=False) == before


# --- every reference to a member or organisation: refused, or deleted and fully undone ----


def _meeting(session, root, **kw):
    return make_meeting(session, root, **kw)


def _topic(session, root, **kw):
    topic = E.Topic(group_id=root, title="KI im Amt", proposed_on=dt.date(2025, 1, 1), **kw)
    session.add(topic)
    session.flush()
    return topic


def _tag(session):
    tag = E.Tag(name="Mobile Arbeit")
    session.add(tag)
    session.flush()
    return tag


def _cohort(session, sub):
    cohort = E.Cohort(group_id=sub, number=1, start_on=dt.date(2025, 1, 6))
    session.add(cohort)
    session.flush()
    return cohort


MEMBER_REFERENCES = {
    "absence.member_id": lambda s, root, sub, m: s.add(
        E.Absence(member_id=m, start_on=dt.date(2025, 7, 1), end_on=dt.date(2025, 7, 2))
    ),
    "group_membership.member_id": lambda s, root, sub, m: s.add(
        E.GroupMembership(group_id=sub, member_id=m)
    ),
    "cohort_goal.member_id": lambda s, root, sub, m: s.add(
        E.CohortGoal(cohort_id=_cohort(s, sub).id, member_id=m, goal="Netzwerk sichtbar machen")
    ),
    "meeting.moderator_id": lambda s, root, sub, m: _meeting(s, root, moderator_id=m),
    "meeting.co_moderator_id": lambda s, root, sub, m: _meeting(s, root, co_moderator_id=m),
    "meeting.protocol_writer_id": lambda s, root, sub, m: _meeting(s, root, protocol_writer_id=m),
    "agenda_item.presenter_id": lambda s, root, sub, m: s.add(
        E.AgendaItem(meeting_id=_meeting(s, root).id, title="Vortrag", presenter_id=m)
    ),
    "attendance.member_id": lambda s, root, sub, m: s.add(
        E.Attendance(meeting_id=_meeting(s, root).id, member_id=m, status="attended")
    ),
    "topic.proposed_by_id": lambda s, root, sub, m: _topic(s, root, proposed_by_id=m),
    "topic_vote.member_id": lambda s, root, sub, m: s.add(
        E.TopicVote(topic_id=_topic(s, root).id, meeting_id=_meeting(s, root).id, member_id=m)
    ),
    "minutes_note.member_id": lambda s, root, sub, m: s.add(
        E.MinutesNote(meeting_id=_meeting(s, root).id, member_id=m, text="Check-in")
    ),
    "action_item.owner_id": lambda s, root, sub, m: s.add(
        E.ActionItem(
            meeting_id=_meeting(s, root).id, owner_id=m, description="Protokoll verschicken"
        )
    ),
    "member_subject.member_id": lambda s, root, sub, m: s.add(
        E.MemberSubject(member_id=m, tag_id=_tag(s).id, kind="offer")
    ),
    "material.member_id": lambda s, root, sub, m: s.add(
        E.Material(title="Dienstvereinbarung Mobile Arbeit", member_id=m)
    ),
    "rotation_record.member_id": lambda s, root, sub, m: s.add(
        E.RotationRecord(group_id=root, role="moderator", member_id=m)
    ),
    "rotation_record.other_member_id": lambda s, root, sub, m: s.add(
        E.RotationRecord(group_id=root, role="moderator", kind="swap", other_member_id=m)
    ),
}

ORGANISATION_REFERENCES = {
    "member.organisation_id": lambda s, root, o: s.add(E.Member(last_name="X", organisation_id=o)),
    "meeting.host_org_id": lambda s, root, o: _meeting(s, root, host_org_id=o),
    "organisation_subject.organisation_id": lambda s, root, o: s.add(
        E.OrganisationSubject(organisation_id=o, tag_id=_tag(s).id, kind="seek")
    ),
    "material.organisation_id": lambda s, root, o: s.add(
        E.Material(title="Konzept Onboarding", organisation_id=o)
    ),
    "rotation_record.organisation_id": lambda s, root, o: s.add(
        E.RotationRecord(group_id=root, role="host", organisation_id=o)
    ),
}


def references_to(table: str) -> list[str]:
    """Every foreign-key column in the schema that points at *table*."""
    return sorted(
        f"{t.name}.{fk.parent.name}"
        for t in Base.metadata.tables.values()
        for fk in t.foreign_keys
        if fk.column.table.name == table
    )


def reference_params(table: str):
    return references_to(table)


def test_every_reference_has_a_case():
    """A new foreign key to member/organisation must be added to the cases below."""
    assert references_to("member") == sorted(MEMBER_REFERENCES)
    assert references_to("organisation") == sorted(ORGANISATION_REFERENCES)


@pytest.mark.parametrize("reference", reference_params("member"))
def test_delete_member_is_refused_or_fully_undone(community, reference):
    root = root_id(community)
    sub = sub_group(community, root)
    mid, _ = add(community, first_name="Paula", last_name="Referenced")
    uow.write(community, MEMBER_REFERENCES[reference], root, sub, mid)
    before = dump(community)
    try:
        _, changes = uow.write(community, members.delete_member, mid)
    except members.MemberHasHistory:
        assert dump(community) == before
        return
    after = dump(community)
    assert after["member"] == []
    uow.replay(community, changes, undo=True)
    assert dump(community) == before
    uow.replay(community, changes, undo=False)
    assert dump(community) == after


@pytest.mark.parametrize("reference", reference_params("organisation"))
def test_delete_organisation_is_refused_or_fully_undone(community, reference):
    root = root_id(community)
    oid, _ = uow.write(
        community, organisations.add_organisation, OrganisationData(name="Gemeinde Au")
    )
    uow.write(community, ORGANISATION_REFERENCES[reference], root, oid)
    before = dump(community)
    try:
        _, changes = uow.write(community, organisations.delete_organisation, oid)
    except organisations.OrganisationInUse:
        assert dump(community) == before
        return
    after = dump(community)
    uow.replay(community, changes, undo=True)
    assert dump(community) == before
    uow.replay(community, changes, undo=False)
    assert dump(community) == after


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "last_name"),
        ({"first_name": "   ", "last_name": "\t"}, "last_name"),
        ({"last_name": "Bad", "email": "anna@stadt"}, "email"),
        ({"last_name": "Bad", "email": "anna stadt.de"}, "email"),
        ({"last_name": "Bad", "email": "a@b@stadt.de"}, "email"),
        ({"last_name": "x" * (members.NAME_MAX + 1)}, "last_name"),
        ({"first_name": "y" * 101, "last_name": "Ok"}, "first_name"),
        ({"last_name": "Ok", "notes": "n" * 20001}, "notes"),
        ({"last_name": "Ok", "phone": "1" * 61}, "phone"),
        (
            {"last_name": "Ok", "joined_on": dt.date(2025, 2, 1), "left_on": dt.date(2025, 1, 1)},
            "left_on",
        ),
    ],
)
def test_validation_rejects_and_changes_nothing(community, fields, field):
    before = dump(community, skip_version=False)
    with pytest.raises(errors.ValidationError) as info:
        add(community, **fields)
    assert info.value.field == field
    assert dump(community, skip_version=False) == before


def test_validation_accepts_the_longest_allowed(community):
    mid, _ = add(community, first_name="y" * 100, last_name="x" * 100, notes="n" * 20000)
    assert get(community, mid)[0].last_name == "x" * 100


@pytest.mark.parametrize("field", ["first_name", "last_name", "function", "notes", "offers"])
def test_lone_surrogate_does_not_crash_commit(community, field):
    values = {"last_name": "Name", field: "Jo\ud800hn \udfff"}
    try:
        mid, _ = add(community, **values)
    except errors.ValidationError:
        return  # rejecting with a message is fine too
    data, _ = get(community, mid)
    stored = getattr(data, field)
    stored.encode("utf-8")  # storable and readable
    assert "\ud800" not in stored and "Jo" in stored


def test_lone_surrogate_in_organisation_name(community):
    oid, _ = uow.write(
        community, organisations.add_organisation, OrganisationData(name="Stadt \ud83d")
    )
    data, _ = uow.read(community, organisations.get_organisation, oid)
    data.name.encode("utf-8")


def test_control_characters_are_dropped(community):
    mid, _ = add(community, first_name="A\x00n\x07na", last_name="Line\nBreak")
    data, _ = get(community, mid)
    assert data.first_name == "Anna"
    assert data.last_name == "Line Break"


def test_duplicate_email_is_case_insensitive(community):
    mid, _ = add(community, first_name="Anna", last_name="Schmidt", email="Anna.Schmidt@Stadt.de")

    def find(email, **kw):
        return uow.read(community, members.duplicate_email, email, **kw)

    assert find("anna.schmidt@stadt.de") == "Anna Schmidt"
    assert find("  ANNA.SCHMIDT@STADT.DE ") == "Anna Schmidt"
    assert find("anna.schmidt@stadt.de", exclude_id=mid) is None
    assert find("other@stadt.de") is None
    assert find("") is None and find("   ") is None


def test_duplicate_email_folds_non_ascii_case(community):
    add(community, first_name="Jürgen", last_name="Groß", email="JÜRGEN@GEMEINDE.DE")
    assert uow.read(community, members.duplicate_email, "jürgen@gemeinde.de") == "Jürgen Groß"


# --- property: any sequence of changes can be undone and redone -------------------------


@pytest.fixture(scope="module")
def undo_template(tmp_path_factory) -> Path:
    """A closed community file with a sub-group and an organisation, copied per example."""
    path = tmp_path_factory.mktemp("undo-template") / "template.copdesk"

    def populate(session):
        root = session.scalar(select(E.Group).where(E.Group.parent_id.is_(None)))
        session.add(E.Group(name="AG Daten", parent_id=root.id))
        session.add(E.Organisation(name="Stadt Bonn", state="NW"))

    db.create_community(path, populate=populate)
    return path


names = st.one_of(
    st.sampled_from(["Anna", "Jürgen", "Öztürk", "Łukasz", "", " "]), st.text(max_size=12)
)
emails = st.sampled_from(["", "a@stadt.de", "B@Stadt.de", "x@gemeinde.de", "kein-email"])
dates = st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
group_choice = st.sampled_from([(), ("root",), ("sub",), ("root", "sub")])

op_add = st.tuples(st.just("add"), names, names, emails, group_choice, st.booleans())
op_edit = st.tuples(
    st.just("edit"), st.integers(0, 20), names, names, emails, group_choice, st.booleans(), dates
)
op_delete = st.tuples(st.just("delete"), st.integers(0, 20))
op_absence = st.tuples(st.just("absence"), st.integers(0, 20), dates)
first_add = st.tuples(st.just("add"), st.just("Erste"), names, emails, group_choice, st.booleans())
operations = st.builds(
    lambda first, rest: [first, *rest],
    first_add,
    st.lists(st.one_of(op_add, op_add, op_edit, op_edit, op_delete, op_absence), max_size=10),
)


def run_op(session, op):
    groups = {g.name: g.id for g in session.scalars(select(E.Group))}
    root = session.scalar(select(E.Group.id).where(E.Group.parent_id.is_(None)))
    gids = {"root": root, "sub": groups["AG Daten"]}
    org = session.scalar(select(E.Organisation.id))
    ids = session.scalars(select(E.Member.id).order_by(E.Member.id)).all()
    kind = op[0]
    if kind == "add":
        _, first, last, email, grp, with_org = op
        return members.add_member(
            session,
            MemberData(
                first_name=first,
                last_name=last,
                email=email,
                group_ids=tuple(gids[g] for g in grp),
                organisation_id=org if with_org else None,
            ),
        )
    if not ids:
        return None
    member_id = ids[op[1] % len(ids)]
    if kind == "edit":
        _, _, first, last, email, grp, active, joined = op
        data, version = members.get_member(session, member_id)
        data = dataclasses.replace(
            data,
            first_name=first,
            last_name=last,
            email=email,
            group_ids=tuple(gids[g] for g in grp),
            active=active,
            joined_on=joined,
            left_on=None,
        )
        return members.update_member(session, member_id, data, version)
    if kind == "delete":
        return members.delete_member(session, member_id)
    if kind == "absence":
        start = op[2] or dt.date(2025, 1, 1)
        session.add(
            E.Absence(
                member_id=member_id,
                start_on=start,
                end_on=start + dt.timedelta(days=3),
                note="Fortbildung",
            )
        )
        return None
    raise AssertionError(kind)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=operations)
def test_undo_all_then_redo_all(tmp_path, undo_template, ops):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / "c.copdesk"
    shutil.copyfile(undo_template, path)
    community = db.open_community(path)
    try:
        start = dump(community)
        log = []
        for op in ops:
            state = dump(community)
            try:
                _, changes = uow.write(community, run_op, op)
            except errors.UserError:
                assert dump(community) == state, f"a refused {op[0]} changed data"
                continue
            if changes:
                log.append(changes)
        end = dump(community)
        event(f"recorded changes: {min(len(log), 6)}{'+' if len(log) >= 6 else ''}")

        for changes in reversed(log):
            uow.replay(community, changes, undo=True)
        assert dump(community) == start

        for changes in log:
            uow.replay(community, changes, undo=False)
        assert dump(community) == end
    finally:
        community.close()


def test_undo_restores_references_sqlite_cleared_by_itself(community):
    """ON DELETE SET NULL happens inside SQLite; undo must still restore the reference."""
    import datetime as dt

    from copdesk.model import entities as E

    def setup(session):
        start = dt.datetime(2026, 3, 12, 13, tzinfo=dt.UTC)
        meeting = E.Meeting(
            group_id=1, title="CoP", start_at=start, end_at=start + dt.timedelta(hours=2)
        )
        session.add(meeting)
        session.flush()
        item = E.AgendaItem(meeting_id=meeting.id, title="Lean Coffee", minutes=60)
        session.add(item)
        session.flush()
        session.add(E.MinutesNote(meeting_id=meeting.id, agenda_item_id=item.id, text="Notiz"))
        return item.id

    item_id, _ = uow.write(community, setup)

    def remove(session):
        session.delete(session.get(E.AgendaItem, item_id))

    _, changes = uow.write(community, remove)

    def link(session):
        return session.scalar(select(E.MinutesNote.agenda_item_id))

    assert uow.read(community, link) is None
    uow.replay(community, changes, undo=True)
    assert uow.read(community, link) == item_id
    uow.replay(community, changes, undo=False)
    assert uow.read(community, link) is None
