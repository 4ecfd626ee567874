"""The undo rules are enforced, not remembered: a write unit of work refuses bulk
statements (the row log would miss them, undo could not restore them), a read unit of work
refuses to write anything. Each broken rule raises ``ProgrammingError`` and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import organisations, tables, uow
from copdesk.model.dto import OrganisationData
from copdesk.model.errors import ProgrammingError


def names(community) -> list[str]:
    return uow.read(community, lambda s: list(s.scalars(select(E.Organisation.name))))


@pytest.fixture
def org(community) -> int:
    org_id, _ = uow.write(
        community, organisations.add_organisation, OrganisationData(name="Stadt Ulm")
    )
    return org_id


@pytest.mark.parametrize(
    "statement",
    [
        update(E.Organisation).values(name="Stadt Neu-Ulm"),
        update(tables.organisation).values(name="Stadt Neu-Ulm"),
        delete(E.Organisation),
        delete(tables.organisation),
        insert(tables.organisation).values(name="Stadt Neu-Ulm", kind="municipality"),
    ],
    ids=["orm update", "core update", "orm delete", "core delete", "core insert"],
)
def test_a_bulk_statement_in_a_write_is_refused(community, org, statement):
    def bulk(session: Session) -> None:
        session.execute(statement)

    with pytest.raises(ProgrammingError, match="cannot be undone"):
        uow.write(community, bulk)
    assert names(community) == ["Stadt Ulm"]


def test_changes_through_orm_objects_are_recorded(community, org):
    def rename(session: Session) -> None:
        session.get_one(E.Organisation, org).name = "Stadt Neu-Ulm"

    _, changes = uow.write(community, rename)
    assert changes.touches("organisation")
    uow.replay(community, changes, undo=True)  # replay's own statements are allowed
    assert names(community) == ["Stadt Ulm"]


def test_a_flush_in_a_read_is_refused(community, org):
    def sneaky(session: Session) -> None:
        session.get_one(E.Organisation, org).name = "Stadt Neu-Ulm"
        session.flush()

    with pytest.raises(ProgrammingError, match="read unit of work"):
        uow.read(community, sneaky)
    assert names(community) == ["Stadt Ulm"]


def test_an_autoflush_of_a_change_in_a_read_is_refused(community, org):
    def sneaky(session: Session) -> list[str]:
        session.get_one(E.Organisation, org).name = "Stadt Neu-Ulm"
        return list(session.scalars(select(E.Organisation.name)))  # autoflushes first

    with pytest.raises(ProgrammingError, match="read unit of work"):
        uow.read(community, sneaky)


def test_a_statement_that_writes_in_a_read_is_refused(community, org):
    def sneaky(session: Session) -> None:
        session.execute(update(E.Organisation).values(name="Stadt Neu-Ulm"))

    with pytest.raises(ProgrammingError, match="read unit of work"):
        uow.read(community, sneaky)
    assert names(community) == ["Stadt Ulm"]


def test_reads_that_only_read_pass(community, org):
    assert uow.read(community, lambda s: s.get_one(E.Organisation, org).name) == "Stadt Ulm"
