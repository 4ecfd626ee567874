"""Importing members from contact files (Outlook CSV, vCard) and exporting them again.

The file formats live in ``copdesk/formats/contacts/``; they turn a file into
:class:`ContactRecord` values (this module is below them and knows no file format).
Here the records are checked against the community:

* :func:`analyse` — the preview. Every record becomes a :class:`PreviewRow` that is *new*,
  a *duplicate* (same e-mail address as a member or as an earlier row of the file, by
  :func:`copdesk.model.text.email_key`; without an address: same name) or *invalid* with
  the reason. It also lists the companies of the new rows and the organisation each one
  matches. Nothing is written.
* :func:`confirm_import` — the use case the window runs in the background through
  ``Commands.start`` (with progress; cancelling rolls it back): it analyses again inside
  the transaction (the data may have changed since the preview), creates the chosen
  organisations and adds the new members through ORM objects, all in one unit of work,
  so the whole import is one undo step and either happens completely or not at all.
  Importing the same file again adds nobody: every row is then a duplicate.

Only what the community needs is imported: name, e-mail, phone, organisation and
function. Notes, private addresses, birthdays and the like stay out (data minimisation,
Art. 5 GDPR). Imported members have no consent date: the members list flags them until
the organiser records their consent.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import groups, members, organisations, text
from copdesk.model.dto import MemberData, OrganisationData
from copdesk.model.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError

CTX = "import"
ORG_NAME_MAX = 200
# Raw field values are cut to this length while reading: longer ones are invalid anyway
# (the longest member field holds 254 characters) and must not fill the memory.
RAW_FIELD_MAX = 1000

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled reading or checking a file; nothing was changed."""


class RowStatus(enum.StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class Reason:
    """A message template (translated in *context*) with its parameters."""

    template: str
    params: tuple[tuple[str, object], ...] = ()
    context: str = CTX

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text_ = translate(self.context, self.template) if translate else self.template
        try:
            return text_.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return text_


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """One contact as a file holds it (values raw, not yet checked)."""

    line: int = 0  # where the contact starts in the file (1-based), for messages
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    function: str = ""
    # the file itself makes this contact unusable (e.g. a vCard without a name)
    problem: Reason | None = None
    # a remark that does not block the import (e.g. only an Exchange-internal address)
    note: Reason | None = None


@dataclass(frozen=True, slots=True)
class PreviewRow:
    index: int  # position in the records
    line: int
    status: str  # a RowStatus value
    first_name: str
    last_name: str
    email: str
    phone: str
    organisation: str
    function: str
    reason: Reason | None = None  # why duplicate or invalid
    note: Reason | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)
class CompanyMatch:
    """A company named by new rows, and the organisation of that name if there is one."""

    company: str
    count: int
    organisation_id: int | None
    organisation: str


@dataclass(frozen=True)
class ImportPreview:
    records: tuple[ContactRecord, ...]
    rows: tuple[PreviewRow, ...]
    companies: tuple[CompanyMatch, ...]
    new: int
    duplicates: int
    invalid: int


@dataclass(frozen=True, slots=True)
class OrgChoice:
    """Where the new members of one company go: an existing organisation, a new one
    named like the company (``create``), or none (both unset)."""

    company: str
    organisation_id: int | None = None
    create: bool = False


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int
    organisations_created: int
    skipped: int


# --- messages ----------------------------------------------------------------------------

NO_NAME = QT_TRANSLATE_NOOP("import", "No name (first or last name).")
DUPLICATE_MEMBER = QT_TRANSLATE_NOOP("import", "Already a member: {name}.")
DUPLICATE_MEMBER_NAME = QT_TRANSLATE_NOOP(
    "import", "Already a member with this name and no e-mail address in the file."
)
DUPLICATE_ROW = QT_TRANSLATE_NOOP("import", "Same e-mail address as line {line}.")
DUPLICATE_ROW_NAME = QT_TRANSLATE_NOOP("import", "Same name as line {line} (no e-mail address).")
X500_ONLY = QT_TRANSLATE_NOOP(
    "import",
    "Only an Exchange-internal address (/o=…) and no e-mail address: add the e-mail "
    "address later in the member's details.",
)
NO_EMAIL = QT_TRANSLATE_NOOP("import", "No e-mail address: add it later in the member's details.")
TOO_LONG = {
    "first_name": QT_TRANSLATE_NOOP(
        "import", "The first name is too long ({length} characters; at most {max})."
    ),
    "last_name": QT_TRANSLATE_NOOP(
        "import", "The last name is too long ({length} characters; at most {max})."
    ),
    "email": QT_TRANSLATE_NOOP(
        "import", "The e-mail address is too long ({length} characters; at most {max})."
    ),
    "phone": QT_TRANSLATE_NOOP(
        "import", "The phone number is too long ({length} characters; at most {max})."
    ),
    "function": QT_TRANSLATE_NOOP(
        "import", "The function is too long ({length} characters; at most {max})."
    ),
    "organisation": QT_TRANSLATE_NOOP(
        "import", "The company name is too long ({length} characters; at most {max})."
    ),
}


def _reason_from(exc: ValidationError) -> Reason:
    if exc.field in ("first_name", "last_name") and "length" not in exc.params:
        return Reason(NO_NAME)
    if "length" in exc.params and exc.field in TOO_LONG:
        return Reason(
            TOO_LONG[exc.field], (("length", exc.params["length"]), ("max", exc.params["max"]))
        )
    return Reason(exc.template, tuple(exc.params.items()), "errors")


def _name_key(first: str, last: str) -> tuple[str, str]:
    return first.casefold(), last.casefold()


def company_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# --- the preview -------------------------------------------------------------------------


def analyse(
    session: Session,
    records: Sequence[ContactRecord],
    *,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Classify every record as new, duplicate or invalid; nothing is written."""
    by_email: dict[str, str] = {}
    by_name: set[tuple[str, str]] = set()
    for mid, first, last, email in session.execute(
        select(E.Member.id, E.Member.first_name, E.Member.last_name, E.Member.email)
    ):
        if email.strip():
            by_email.setdefault(text.email_key(email), " ".join(p for p in (first, last) if p))
        by_name.add(_name_key(first, last))
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[str, str], int] = {}
    rows: list[PreviewRow] = []
    companies: dict[str, CompanyTally] = {}
    total = len(records)
    for index, rec in enumerate(records):
        if index % 500 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if report is not None:
                report(index, total)
        rows.append(_classify(index, rec, by_email, by_name, seen_email, seen_name, companies))
    if report is not None:
        report(total, total)
    org_by_key = {
        company_key(name): (oid, name)
        for oid, name in session.execute(select(E.Organisation.id, E.Organisation.name))
    }
    matches = []
    for key, tally in sorted(companies.items(), key=lambda kv: kv[0]):
        oid, oname = org_by_key.get(key, (None, ""))
        matches.append(CompanyMatch(tally.company, tally.count, oid, oname))
    status = [r.status for r in rows]
    return ImportPreview(
        records=tuple(records),
        rows=tuple(rows),
        companies=tuple(matches),
        new=status.count(RowStatus.NEW),
        duplicates=status.count(RowStatus.DUPLICATE),
        invalid=status.count(RowStatus.INVALID),
    )


@dataclass
class CompanyTally:
    """A company named by new rows of the file (as first written) and how many."""

    company: str
    count: int = 0


def _classify(
    index: int,
    rec: ContactRecord,
    by_email: dict[str, str],
    by_name: set[tuple[str, str]],
    seen_email: dict[str, int],
    seen_name: dict[tuple[str, str], int],
    companies: dict[str, CompanyTally],
) -> PreviewRow:
    def row(
        status: RowStatus,
        data: MemberData | None = None,
        reason: Reason | None = None,
        org: str = "",
        note: Reason | None = rec.note,
    ) -> PreviewRow:
        d = data or MemberData(
            first_name=rec.first_name,
            last_name=rec.last_name,
            email=rec.email,
            phone=rec.phone,
            function=rec.function,
        )
        return PreviewRow(
            index,
            rec.line,
            status,
            d.first_name,
            d.last_name,
            d.email,
            d.phone,
            org or rec.organisation,
            d.function,
            reason,
            note,
        )

    if rec.problem is not None:
        return row(RowStatus.INVALID, reason=rec.problem)
    try:
        data = members.normalise(
            MemberData(
                first_name=rec.first_name,
                last_name=rec.last_name,
                email=rec.email,
                phone=rec.phone,
                function=rec.function,
            )
        )
        org = text.clean(rec.organisation, max_len=ORG_NAME_MAX, field="organisation")
    except ValidationError as exc:
        return row(RowStatus.INVALID, reason=_reason_from(exc))
    email_key = text.email_key(data.email)
    name_key = _name_key(data.first_name, data.last_name)
    note = rec.note
    if email_key:
        if email_key in by_email:
            return row(
                RowStatus.DUPLICATE,
                data,
                Reason(DUPLICATE_MEMBER, (("name", by_email[email_key]),)),
                org,
            )
        if email_key in seen_email:
            return row(
                RowStatus.DUPLICATE,
                data,
                Reason(DUPLICATE_ROW, (("line", seen_email[email_key]),)),
                org,
            )
        seen_email[email_key] = rec.line
    else:
        if name_key in by_name:
            return row(RowStatus.DUPLICATE, data, Reason(DUPLICATE_MEMBER_NAME), org)
        if name_key in seen_name:
            return row(
                RowStatus.DUPLICATE,
                data,
                Reason(DUPLICATE_ROW_NAME, (("line", seen_name[name_key]),)),
                org,
            )
        seen_name[name_key] = rec.line
        note = note or Reason(NO_EMAIL)
    if org:
        companies.setdefault(company_key(org), CompanyTally(org)).count += 1
    return row(RowStatus.NEW, data, None, org, note)


def default_choices(preview: ImportPreview) -> tuple[OrgChoice, ...]:
    """Existing organisation where the name matches, else create one per company."""
    return tuple(
        OrgChoice(m.company, m.organisation_id, create=m.organisation_id is None)
        for m in preview.companies
    )


# --- the import itself -------------------------------------------------------------------


def confirm_import(
    session: Session,
    records: Sequence[ContactRecord],
    choices: Sequence[OrgChoice] | None = None,
    *,
    organisation_id: int | None = None,
    organisation_name: str | None = None,
    group_id: int | None = None,
    report: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Add the new members of *records* in this unit of work (all or nothing).

    Organisations: everyone into *organisation_id* (an existing one) or into the
    organisation named *organisation_name* (found case-insensitively, else created);
    otherwise per company as *choices* say (missing companies: the default choice).
    *report* gets (done, total) as it checks and adds; *cancelled* raises ``Cancelled``
    (the caller's unit of work then rolls everything back).
    """
    total = 2 * len(records)

    def checking(done: int, _total: int) -> None:
        if report is not None:
            report(done, total)

    preview = analyse(session, records, report=checking, cancelled=cancelled)
    created = 0
    if organisation_id is not None and session.get(E.Organisation, organisation_id) is None:
        raise NotFoundError()
    if organisation_name is not None and organisation_id is None:
        name = text.clean(organisation_name, max_len=ORG_NAME_MAX, field="organisation")
        organisation_id = session.scalar(
            select(E.Organisation.id)
            .where(func.lower(E.Organisation.name) == name.lower())
            .limit(1)
        )
        if organisation_id is None:
            organisation_id = organisations.add_organisation(session, OrganisationData(name=name))
            created += 1
    wanted = {company_key(c.company): c for c in (choices or ())}
    for default in default_choices(preview):
        wanted.setdefault(company_key(default.company), default)
    resolved: dict[str, int | None] = {}

    def org_for(company: str) -> int | None:
        nonlocal created
        if organisation_id is not None:
            return organisation_id
        if not company:
            return None
        key = company_key(company)
        if key not in resolved:
            choice = wanted.get(key)
            if choice is None or (choice.organisation_id is None and not choice.create):
                resolved[key] = None
            elif choice.organisation_id is not None:
                if session.get(E.Organisation, choice.organisation_id) is None:
                    raise NotFoundError()
                resolved[key] = choice.organisation_id
            else:
                existing = session.scalar(
                    select(E.Organisation.id)
                    .where(func.lower(E.Organisation.name) == company.lower())
                    .limit(1)
                )
                if existing is None:
                    existing = organisations.add_organisation(
                        session, OrganisationData(name=company)
                    )
                    created += 1
                resolved[key] = existing
        return resolved[key]

    if group_id is None:
        group_id = groups.root_group(session).id
    elif session.get(E.Group, group_id) is None:
        raise NotFoundError()
    added = 0
    for row in preview.rows:
        if row.index % 200 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if report is not None:
                session.flush()  # the inserts so far: progress means rows written
                report(len(records) + row.index, total)
        if row.status != RowStatus.NEW:
            continue
        member = E.Member(
            first_name=row.first_name,
            last_name=row.last_name,
            email=row.email,
            phone=row.phone,
            function=row.function,
            organisation_id=org_for(row.organisation),
            active=True,
        )
        member.groups.append(E.GroupMembership(group_id=group_id))
        session.add(member)
        added += 1
    session.flush()
    if report is not None:
        report(total, total)
    return ImportResult(
        added=added, organisations_created=created, skipped=len(preview.rows) - added
    )


# --- export ------------------------------------------------------------------------------


def export_contacts(
    session: Session, member_ids: Sequence[int] | None = None
) -> list[ContactRecord]:
    """Members as contact records (forgotten members never), sorted by name."""
    m, o = E.Member, E.Organisation
    stmt = (
        select(
            m.id, m.first_name, m.last_name, m.email, m.phone, func.coalesce(o.name, ""), m.function
        )
        .outerjoin(o, o.id == m.organisation_id)
        .where(m.forgotten_on.is_(None))
        .order_by(func.lower(m.last_name), func.lower(m.first_name), m.id)
    )
    rows = session.execute(stmt).all()
    if member_ids is not None:
        keep = set(member_ids)
        rows = [r for r in rows if r[0] in keep]
    return [
        ContactRecord(
            line=n,
            first_name=r[1],
            last_name=r[2],
            email=r[3],
            phone=r[4],
            organisation=r[5],
            function=r[6],
        )
        for n, r in enumerate(rows, 1)
    ]
