"""One rule for "the same e-mail address" (``text.email_key``), used wherever addresses are
compared: import duplicates, the member dialog's warning, invitation recipients, data
requests. NFC, the domain as IDNA ASCII (punycode), lower case — not casefold."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from copdesk.model import contacts_import as ci
from copdesk.model import entities as E
from copdesk.model import invitations, members, privacy, uow
from copdesk.model.dto import MemberData
from copdesk.model.text import email_key
from tests.invitations.conftest import NOW, ORGANISER, build_cop, send, state

NFC = "jürgen@müller.de"
NFD = unicodedata.normalize("NFD", NFC)
PUNYCODE = "Jürgen@XN--MLLER-KVA.DE"


# --- the rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (NFC, NFD),
        (NFC, PUNYCODE),
        (NFD, PUNYCODE),
        ("JÜRGEN@MÜLLER.DE", NFC),
        ("a@groß.de", "a@xn--gro-7ka.de"),  # IDNA 2008: ß stays in the domain
        ("a@müller。de", "a@müller.de"),  # IDNA's ideographic full stop
        ("  Anna@Stadt.example ", "anna@stadt.example"),
    ],
)
def test_the_same_address(a, b):
    assert email_key(a) == email_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("gross@stadt.example", "groß@stadt.example"),  # casefold would make these one
        ("a@gross.de", "a@groß.de"),  # Python's "idna" codec (IDNA 2003) would too
        ("jürgen@müller.de", "jurgen@muller.de"),
        ("a.b@stadt.example", "ab@stadt.example"),
    ],
)
def test_different_addresses(a, b):
    assert email_key(a) != email_key(b)


LETTERS = st.sampled_from("abcdefghijklmnopqrstuvwxyzäöüßéèçñåøłşćžА-БяΩω0123456789")
LABEL = st.text(LETTERS, min_size=1, max_size=12).filter(lambda s: not s.startswith("-"))
LOCAL = st.text(
    st.characters(blacklist_categories=("Cs", "Zs", "Cc"), blacklist_characters="@"),
    min_size=1,
    max_size=20,
)


def punycode(domain: str) -> str:
    return ".".join(
        label if label.isascii() else "xn--" + label.encode("punycode").decode()
        for label in domain.split(".")
    )


@given(local=LOCAL, labels=st.lists(LABEL, min_size=1, max_size=3))
def test_a_domain_and_its_punycode_are_the_same(local, labels):
    domain = unicodedata.normalize("NFC", ".".join(labels))
    assert email_key(f"{local}@{domain}") == email_key(f"{local}@{punycode(domain)}")
    assert (
        email_key(f"{local}@{domain}") == email_key(f"{local}@{domain.upper()}")
        or domain.upper().lower() != domain
    )  # upper() is not reversible for ß and the like


@given(st.text(min_size=1, max_size=40))
def test_normalisation_and_repetition_change_nothing(value):
    key = email_key(value)
    assert email_key(unicodedata.normalize("NFD", value)) == key
    assert email_key(unicodedata.normalize("NFC", value)) == key
    assert email_key(key) == key


@given(a=LOCAL, b=LOCAL, domain=st.lists(LABEL, min_size=1, max_size=2).map(".".join))
def test_only_case_and_normalisation_join_two_local_parts(a, b, domain):
    def plain(s: str) -> str:
        return unicodedata.normalize("NFC", unicodedata.normalize("NFC", s.strip()).lower())

    same = email_key(f"{a}@{domain}") == email_key(f"{b}@{domain}")
    assert same == (plain(a) == plain(b))


# --- where it is used ----------------------------------------------------------------------


def _add(com, first: str, last: str, email: str) -> int:
    member_id, _ = uow.write(
        com, members.add_member, MemberData(first_name=first, last_name=last, email=email)
    )
    return member_id


def test_import_counts_one_person_once_and_keeps_gross_apart_from_gross(community):
    _add(community, "Petra", "Lindemann", "petra@mannheim.example")
    records = [
        ci.ContactRecord(2, "Jürgen", "Müller", NFC),
        ci.ContactRecord(3, "Jürgen", "Müller", PUNYCODE),
        ci.ContactRecord(4, "Jürgen", "Müller", NFD),
        ci.ContactRecord(5, "Sabine", "Groß", "groß@stadt.example"),
        ci.ContactRecord(6, "Jan", "Gross", "gross@stadt.example"),
        ci.ContactRecord(7, "Petra", "Lindemann", "PETRA@MANNHEIM.EXAMPLE"),
    ]
    preview = uow.read(community, ci.analyse, records)
    assert {row.line: row.status for row in preview.rows} == {
        2: "new",
        3: "duplicate",
        4: "duplicate",
        5: "new",
        6: "new",
        7: "duplicate",
    }
    assert preview.rows[1].reason.render() == "Same e-mail address as line 2."
    result, _ = uow.write(community, ci.confirm_import, records)
    assert result.added == 3
    stored = uow.read(community, lambda s: sorted(s.scalars(select(E.Member.email))))
    # stored as typed in the file, not as the key
    assert stored == ["gross@stadt.example", "groß@stadt.example", NFC, "petra@mannheim.example"]
    again = uow.read(community, ci.analyse, records)
    assert again.new == 0


def test_the_member_dialog_warns_by_the_same_rule(community):
    jurgen = _add(community, "Jürgen", "Müller", NFD)
    _add(community, "Sabine", "Groß", "groß@stadt.example")
    assert uow.read(community, members.duplicate_email, PUNYCODE) == "Jürgen Müller"
    assert uow.read(community, members.duplicate_email, NFC) == "Jürgen Müller"
    assert uow.read(community, members.duplicate_email, NFC, exclude_id=jurgen) is None
    assert uow.read(community, members.duplicate_email, "gross@stadt.example") is None


def test_invitations_list_one_address_once_and_never_the_organiser(community):
    cop, _ = uow.write(community, build_cop)

    def retype(session):  # two members typed one address in two forms; one is the organiser
        session.get(E.Member, cop["members"]["ayse"]).email = NFD
        session.get(E.Member, cop["members"]["bjoern"]).email = PUNYCODE
        session.get(E.Member, cop["members"]["juergen"]).email = ORGANISER.email.upper()

    uow.write(community, retype)
    listed = uow.read(community, invitations.list_recipients, cop["meeting_id"])
    usable = [r.email for r in listed if r.usable]
    assert len([e for e in usable if email_key(e) == email_key(NFC)]) == 1
    assert ORGANISER.email.upper() in usable  # listed, but never invited by themself
    result, invitation = send(community, cop["meeting_id"])
    sent = [email_key(r.email) for r in invitation.attendees]
    assert email_key(ORGANISER.email) not in sent
    assert sent.count(email_key(NFC)) == 1
    assert PUNYCODE in result.recipients  # what was sent is the address as typed (Meißner's)


def _invited_then_retyped(community) -> tuple[dict, int]:
    """The small CoP of the invitation tests; Ayşe is invited under the punycode form of
    her address and then corrects it to the NFD form (the same address)."""
    cop, _ = uow.write(community, build_cop)
    ayse = cop["members"]["ayse"]

    def retype(session, email):
        session.get(E.Member, ayse).email = email

    uow.write(community, retype, PUNYCODE)
    send(community, cop["meeting_id"])
    uow.write(community, retype, NFD)
    return cop, ayse


def test_a_data_request_finds_invitations_sent_to_another_form_of_the_address(community):
    _cop, ayse = _invited_then_retyped(community)
    report = uow.read(community, privacy.subject_access, ayse)
    assert [i["kind"] for i in report["invitations"]] == ["request"]
    other = _add(community, "Ohne", "Einladung", "rgen@müller.de")  # a part of one: no
    assert uow.read(community, privacy.subject_access, other)["invitations"] == []


def test_an_address_retyped_in_another_form_is_no_withdrawal(community):
    cop, _ayse = _invited_then_retyped(community)
    now = state(community, cop["meeting_id"])
    assert now.withdraw == () and now.due == ""  # the same person, the same calendar entry
    update, _ = send(community, cop["meeting_id"], now=NOW + dt.timedelta(days=1))
    assert email_key(NFD) in {email_key(e) for e in update.recipients}


def test_the_command_line_finds_a_member_by_any_form_of_the_address(
    demo_path, tmp_path, copdesk_home
):
    from copdesk.model import db
    from tests.contacts.test_contacts_cli import run

    with db.open_community(demo_path) as com:
        member_id = _add(com, "Jürgen", "Müller", NFD)
    report = tmp_path / "auskunft.json"
    done = run(
        "subject-access", str(demo_path), "--member", PUNYCODE, "-o", str(report), home=copdesk_home
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["member"]["id"] == member_id
