"""The import preview and the import itself (model layer, no Qt)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from copdesk.model import changes, members, organisations, uow
from copdesk.model import contacts_import as ci
from copdesk.model import entities as E
from copdesk.model.dto import MemberData, OrganisationData
from copdesk.model.errors import NotFoundError

R = ci.ContactRecord


@pytest.fixture
def seeded(community):
    heid, _ = uow.write(
        community,
        organisations.add_organisation,
        OrganisationData(name="Stadt Heidelberg", state="BW"),
    )
    uow.write(
        community,
        members.add_member,
        MemberData(
            first_name="Jürgen",
            last_name="Weiß",
            organisation_id=heid,
            email="Juergen.Weiss@Heidelberg.example",
        ),
    )
    uow.write(community, members.add_member, MemberData(first_name="Ohne", last_name="Adresse"))
    community.heid = heid
    return community


RECORDS = [
    R(2, "Jürgen", "Weiß", "JUERGEN.WEISS@heidelberg.example", organisation="Stadt Heidelberg"),
    R(
        3,
        "Sabine",
        "Groß",
        "sabine.gross@heidelberg.example",
        "0170 1",
        organisation="stadt  HEIDELBERG",
        function="Personalentwicklung",
    ),
    R(4, "Ayşe", "Demir", "ayse.demir@giessen.example", organisation="Stadtwerke Gießen"),
    R(5, "Sabine", "Groß", "Sabine.Gross@heidelberg.example", organisation="Stadt Heidelberg"),
    R(6, "", "", "niemand@x.example"),
    R(7, "Falsch", "Adresse", "kein-at-zeichen"),
    R(8, "Max", "Mustermann", "", note=ci.Reason(ci.X500_ONLY)),
    R(9, "Ohne", "Adresse", ""),
    R(10, "X" * 150, "Lang", "lang@x.example"),
    R(11, "Max", "Mustermann", ""),
    R(12, "Karte", "", problem=ci.Reason("The vCard has no name (neither N nor FN).")),
]


def status(preview) -> dict[int, str]:
    return {row.line: row.status for row in preview.rows}


def test_preview_classifies_every_row(seeded):
    preview = uow.read(seeded, ci.analyse, RECORDS)
    assert status(preview) == {
        2: "duplicate",
        3: "new",
        4: "new",
        5: "duplicate",
        6: "invalid",
        7: "invalid",
        8: "new",
        9: "duplicate",
        10: "invalid",
        11: "duplicate",
        12: "invalid",
    }
    rows = {row.line: row for row in preview.rows}
    assert rows[2].reason.render() == "Already a member: Jürgen Weiß."
    assert rows[5].reason.render() == "Same e-mail address as line 3."
    assert rows[6].reason.render() == "No name (first or last name)."
    assert "kein-at-zeichen" in rows[7].reason.render()
    assert rows[10].reason.render() == "The first name is too long (150 characters; at most 100)."
    assert "line 8" in rows[11].reason.render()
    assert rows[12].reason.render().startswith("The vCard has no name")
    assert "Exchange" in rows[8].note.render()
    assert (preview.new, preview.duplicates, preview.invalid) == (3, 4, 4)
    # companies of the new rows, matched case- and space-insensitively
    companies = {m.company: (m.count, m.organisation_id) for m in preview.companies}
    assert companies == {"stadt HEIDELBERG": (1, seeded.heid), "Stadtwerke Gießen": (1, None)}
    # the preview wrote nothing
    assert uow.read(seeded, lambda s: s.scalar(select(func.count()).select_from(E.Member))) == 2


def test_preview_translates_reasons():
    reason = ci.Reason(ci.DUPLICATE_ROW, (("line", 3),))
    assert reason.render(lambda ctx, text: "Zeile {line}" if ctx == "import" else text) == "Zeile 3"


def test_import_creates_organisations_and_is_one_undo_step(seeded):
    result, recorded = uow.write(seeded, ci.confirm_import, RECORDS)
    assert (result.added, result.organisations_created, result.skipped) == (3, 1, 8)

    def state(session):
        rows = session.execute(
            select(
                E.Member.first_name,
                E.Member.last_name,
                E.Member.email,
                E.Organisation.name,
                E.Member.consent_on,
            )
            .outerjoin(E.Organisation)
            .order_by(E.Member.id)
        ).all()
        return [tuple(r) for r in rows]

    after = uow.read(seeded, state)
    assert ("Sabine", "Groß", "sabine.gross@heidelberg.example", "Stadt Heidelberg", None) in after
    assert ("Ayşe", "Demir", "ayse.demir@giessen.example", "Stadtwerke Gießen", None) in after
    assert ("Max", "Mustermann", "", None, None) in after
    # everyone joined the community itself
    in_root = uow.read(
        seeded, lambda s: s.scalar(select(func.count()).select_from(E.GroupMembership))
    )
    assert in_root == 5
    # undo removes the members, their memberships and the created organisation
    uow.replay(seeded, recorded, undo=True)
    assert len(uow.read(seeded, state)) == 2
    assert [o.name for o in uow.read(seeded, organisations.list_organisations)] == [
        "Stadt Heidelberg"
    ]
    uow.replay(seeded, recorded, undo=False)
    assert len(uow.read(seeded, state)) == 5


def test_second_import_adds_nobody(seeded):
    uow.write(seeded, ci.confirm_import, RECORDS)
    before = uow.read(seeded, members.list_members)
    preview = uow.read(seeded, ci.analyse, RECORDS)
    assert preview.new == 0
    result, recorded = uow.write(seeded, ci.confirm_import, RECORDS)
    assert result.added == 0 and not recorded
    assert uow.read(seeded, members.list_members) == before


def test_chosen_organisations(seeded):
    other, _ = uow.write(
        seeded, organisations.add_organisation, OrganisationData(name="Landratsamt Tübingen")
    )
    choices = (ci.OrgChoice("stadt HEIDELBERG", other), ci.OrgChoice("Stadtwerke Gießen"))
    result, _ = uow.write(seeded, ci.confirm_import, RECORDS, choices)
    assert result.organisations_created == 0
    rows = {m.last_name: m.organisation for m in uow.read(seeded, members.list_members)}
    assert rows["Groß"] == "Landratsamt Tübingen"
    assert rows["Demir"] == ""  # "no organisation" chosen


def test_everyone_into_one_organisation(seeded):
    uow.write(seeded, ci.confirm_import, RECORDS, organisation_id=seeded.heid)
    rows = {m.last_name: m.organisation for m in uow.read(seeded, members.list_members)}
    assert rows["Groß"] == rows["Demir"] == rows["Mustermann"] == "Stadt Heidelberg"


def test_organisation_by_name_is_found_or_created(seeded):
    result, _ = uow.write(
        seeded, ci.confirm_import, RECORDS[1:3], organisation_name="STADT heidelberg"
    )
    assert result.organisations_created == 0
    result, _ = uow.write(seeded, ci.confirm_import, [RECORDS[6]], organisation_name="Stadt Köln")
    assert result.organisations_created == 1
    rows = {m.last_name: m.organisation for m in uow.read(seeded, members.list_members)}
    assert rows["Mustermann"] == "Stadt Köln"


def test_all_or_nothing(seeded):
    before = uow.read(seeded, members.list_members)
    with pytest.raises(NotFoundError):
        uow.write(seeded, ci.confirm_import, RECORDS, (ci.OrgChoice("Stadtwerke Gießen", 9999),))
    assert uow.read(seeded, members.list_members) == before
    assert len(uow.read(seeded, organisations.list_organisations)) == 1


def test_data_changed_between_preview_and_import(seeded):
    preview = uow.read(seeded, ci.analyse, RECORDS)
    assert preview.new == 3
    uow.write(
        seeded,
        members.add_member,
        MemberData(first_name="Sabine", last_name="Groß", email="SABINE.GROSS@heidelberg.example"),
    )
    result, _ = uow.write(seeded, ci.confirm_import, preview.records)
    assert result.added == 2  # checked again inside the transaction


def test_cancel_while_checking(seeded):
    with pytest.raises(ci.Cancelled):
        uow.read(seeded, ci.analyse, RECORDS, cancelled=lambda: True)


def test_export_contacts_leaves_out_forgotten_members(seeded):
    def forget_first(session):
        member = session.scalar(select(E.Member).order_by(E.Member.id))
        member.forgotten_on = member.created_at.date()

    uow.write(seeded, forget_first)
    exported = uow.read(seeded, ci.export_contacts)
    assert [r.last_name for r in exported] == ["Adresse"]
    assert uow.read(seeded, ci.export_contacts, [1]) == []


def test_changes_of_an_import_touch_the_member_tables(seeded):
    _result, recorded = uow.write(seeded, ci.confirm_import, RECORDS)
    assert isinstance(recorded, changes.Changes)
    assert recorded.touches("member", "organisation", "group_membership")


def test_the_import_reports_progress_and_cancelling_it_adds_nobody(seeded):
    records = [
        R(i + 2, f"Vor{i}", f"Nach{i}", f"p{i}@stadt.example", organisation=f"Amt {i % 3}")
        for i in range(1000)
    ]
    count = lambda s: s.scalar(select(func.count()).select_from(E.Member))
    before = uow.read(seeded, count)
    asked = []

    def cancel_while_adding() -> bool:  # analyse asks twice (rows 0, 500), then every 200 rows
        asked.append(True)
        return len(asked) >= 6

    reports = []
    with pytest.raises(ci.Cancelled):
        uow.write(
            seeded,
            ci.confirm_import,
            records,
            cancelled=cancel_while_adding,
            report=lambda done, total: reports.append((done, total)),
        )
    assert reports[-1] == (1000 + 400, 2000)  # 400 rows had been written (and flushed) …
    assert uow.read(seeded, count) == before  # … and were rolled back with everything else
    assert (
        uow.read(
            seeded,
            lambda s: s.scalar(
                select(func.count())
                .select_from(E.Organisation)
                .where(E.Organisation.name.like("Amt %"))
            ),
        )
        == 0
    )

    reports.clear()
    result, _ = uow.write(
        seeded, ci.confirm_import, records, report=lambda done, total: reports.append((done, total))
    )
    assert result.added == 1000 and uow.read(seeded, count) == before + 1000
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert reports[-1] == (2000, 2000)
