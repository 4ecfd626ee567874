"""Export → import keeps every member: CSV and vCard, into a fresh community."""

from __future__ import annotations

import pytest

from copdesk.formats.contacts import read_contacts, write_contacts
from copdesk.model import contacts_import as ci
from copdesk.model import members, uow


def key(rows):
    return sorted(
        (r.first_name, r.last_name, r.email, r.phone, r.organisation, r.function) for r in rows
    )


@pytest.mark.parametrize(
    "name, language", [("members.csv", "de"), ("members.csv", "en"), ("members.vcf", "de")]
)
def test_export_then_import_keeps_every_member(demo, community, tmp_path, name, language):
    exported = uow.read(demo, ci.export_contacts)
    assert len(exported) == 16
    path = write_contacts(tmp_path / name, exported, language=language)
    contacts = read_contacts(path)
    preview = uow.read(community, ci.analyse, contacts.records)
    assert (preview.new, preview.duplicates, preview.invalid) == (16, 0, 0)
    result, _ = uow.write(community, ci.confirm_import, contacts.records)
    assert result.added == 16 and result.organisations_created == 6
    assert key(uow.read(community, members.list_members)) == key(
        uow.read(demo, members.list_members)
    )
    # and the file imported into the community it came from adds nobody
    assert uow.read(demo, ci.analyse, contacts.records).new == 0
