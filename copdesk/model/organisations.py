"""Organisations (municipalities, utilities) and their video-tool defaults."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import text
from copdesk.model.dto import OrganisationData, OrganisationRow
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.states import FEDERAL_STATES


class OrganisationInUse(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{name} cannot be deleted: {members} members belong to it and {meetings} meetings "
        "name it as host. Assign its members to another organisation and choose another "
        "host for these meetings first.",
    )


def list_organisations(session: Session) -> list[OrganisationRow]:
    o = E.Organisation
    counts = (
        select(E.Member.organisation_id, func.count().label("n"))
        .group_by(E.Member.organisation_id)
        .subquery()
    )
    stmt = (
        select(
            o.id,
            o.name,
            o.kind,
            o.state,
            o.city,
            o.video_tool,
            func.coalesce(counts.c.n, 0).label("member_count"),
            o.version,
        )
        .outerjoin(counts, counts.c.organisation_id == o.id)
        .order_by(func.lower(o.name))
    )
    return [OrganisationRow(**row._mapping) for row in session.execute(stmt)]


def get_organisation(session: Session, org_id: int) -> tuple[OrganisationData, int]:
    org = session.get(E.Organisation, org_id)
    if org is None:
        raise NotFoundError()
    data = OrganisationData(
        name=org.name,
        kind=org.kind,
        state=org.state,
        city=org.city,
        video_tool=org.video_tool,
        video_link=org.video_link,
        video_dialin=org.video_dialin,
        video_text=org.video_text,
        notes=org.notes,
    )
    return data, org.version


def normalise(
    session: Session, data: OrganisationData, *, exclude_id: int | None = None
) -> OrganisationData:
    name = text.clean(data.name, max_len=200, field="name")
    text.required(
        name, field="name", template=QT_TRANSLATE_NOOP("errors", "Enter the organisation's name.")
    )
    clash = select(E.Organisation.id).where(func.lower(E.Organisation.name) == name.lower())
    if exclude_id is not None:
        clash = clash.where(E.Organisation.id != exclude_id)
    if session.scalar(clash.limit(1)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An organisation named “{name}” already exists."),
            field="name",
            name=name,
        )
    if data.state and data.state not in FEDERAL_STATES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a federal state from the list."), field="state"
        )
    if data.kind not in {k.value for k in E.OrgKind}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a kind from the list."), field="kind"
        )
    link = text.clean(data.video_link, max_len=500, field="video_link")
    if link and not link.lower().startswith(("https://", "http://")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The join link must start with https:// (or http://)."),
            field="video_link",
        )
    return replace(
        data,
        name=name,
        city=text.clean(data.city, max_len=120, field="city"),
        video_link=link,
        video_dialin=text.clean(
            data.video_dialin, max_len=2000, field="video_dialin", multiline=True
        ),
        video_text=text.clean(data.video_text, max_len=4000, field="video_text", multiline=True),
        notes=text.clean(data.notes, max_len=20000, field="notes", multiline=True),
    )


def _apply(org: E.Organisation, data: OrganisationData) -> None:
    for key in (
        "name",
        "kind",
        "state",
        "city",
        "video_tool",
        "video_link",
        "video_dialin",
        "video_text",
        "notes",
    ):
        if getattr(org, key) != getattr(data, key):
            setattr(org, key, getattr(data, key))


def add_organisation(session: Session, data: OrganisationData) -> int:
    org = E.Organisation()
    _apply(org, normalise(session, data))
    session.add(org)
    session.flush()
    return org.id


def update_organisation(
    session: Session, org_id: int, data: OrganisationData, version: int
) -> None:
    org = session.get(E.Organisation, org_id)
    if org is None:
        raise NotFoundError()
    if org.version != version:
        raise ConflictError()
    _apply(org, normalise(session, data, exclude_id=org_id))


def delete_organisation(session: Session, org_id: int) -> None:
    org = session.get(E.Organisation, org_id)
    if org is None:
        raise NotFoundError()
    members = (
        session.scalar(
            select(func.count()).select_from(E.Member).where(E.Member.organisation_id == org_id)
        )
        or 0
    )
    meetings = (
        session.scalar(
            select(func.count()).select_from(E.Meeting).where(E.Meeting.host_org_id == org_id)
        )
        or 0
    )
    # the rotation history is append-only: an organisation it names stays
    meetings += (
        session.scalar(
            select(func.count())
            .select_from(E.RotationRecord)
            .where(E.RotationRecord.organisation_id == org_id)
        )
        or 0
    )
    if members or meetings:
        raise OrganisationInUse(name=org.name, members=members, meetings=meetings)
    session.delete(org)
