"""Planning a cohort: one meeting series (through ``meetings.create_series``), each
session titled and given its agenda from the guide pack's week; re-planning while nothing
has happened yet; loading another pack into the weeks still ahead."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from copdesk.model import entities as E
from copdesk.model import meetings
from copdesk.model.cohorts.dto import CohortPlan
from copdesk.model.cohorts.pack import MAX_WEEKS, GuidePack, pack_from_json, pack_to_json
from copdesk.model.cohorts.reading import last_day, load_cohort
from copdesk.model.errors import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from copdesk.model.tables import AgendaKind, MeetingStatus


class CircleWithoutMembers(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{group}” has no members yet, so there is nobody to meet. Add members to the group "
        "first (Group › Members of this group…).",
    )


class CohortStarted(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "“{title}” has already begun (a week was held, has minutes or was sent). Move or "
        "cancel single weeks on the Meetings page, or end it and start a new cohort.",
    )


class NotASubGroup(UserError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A learning circle is a sub-group: create one under the group menu first."
    )


def week_word(language: str) -> str:
    return "Woche" if language.startswith("de") else "Week"


def default_start(session: Session, group_id: int, today: dt.date) -> dt.date:
    """Next week, on the group's first preferred weekday (Tuesday if it has none)."""
    cadence, _version = meetings.get_cadence(session, group_id)
    weekday = min((d for d in cadence.weekdays if d <= 5), default=2)
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=1)
    return monday + dt.timedelta(days=weekday - 1)


def _check_plan(plan: CohortPlan) -> None:
    if not 1 <= plan.weeks + (1 if plan.week_zero else 0) <= MAX_WEEKS or plan.weeks < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A cohort has between 1 and {max} weeks."),
            field="weeks",
            max=MAX_WEEKS - 1,
        )
    if plan.start_on is not None and plan.start_on.weekday() >= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a weekday (Monday to Friday) for the first week."),
            field="start",
        )
    if not plan.title.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter a title for the cohort."), field="title"
        )


def _week_title(pack: GuidePack | None, number: int, fallback: str, language: str) -> str:
    week = pack.week(number) if pack else None
    word = week_word(pack.language if pack and pack.language else language)
    if week is None:
        return f"{fallback} – {word} {number}"
    return f"{word} {number}: {week.title}"[:200]


def _agenda(pack: GuidePack | None, number: int) -> list[E.AgendaItem]:
    week = pack.week(number) if pack else None
    if week is None:
        return []
    items = []
    for n, item in enumerate(week.items):
        details = "\n\n".join(t for t in ((week.notes if n == 0 else ""), item.notes) if t)
        items.append(
            E.AgendaItem(
                position=n,
                kind=AgendaKind.TOPIC.value,
                title=item.title,
                minutes=item.minutes,
                details=details,
            )
        )
    return items


def _fill_weeks(
    session: Session, cohort: E.Cohort, pack: GuidePack | None, language: str, *, only_ahead: bool
) -> None:
    """Title and agenda of each session from the pack (only_ahead: planned sessions only,
    held or cancelled ones keep what they had)."""
    first = 0 if cohort.week_zero else 1
    for meeting in session.scalars(
        select(E.Meeting).where(E.Meeting.series_id == cohort.series_id)
    ):
        if only_ahead and meeting.status != MeetingStatus.PLANNED:
            continue
        number = first + (meeting.series_index or 0)
        meeting.title = _week_title(pack, number, cohort.title, language)
        meeting.agenda_items = _agenda(pack, number)


def _member_count(session: Session, group_id: int) -> int:
    gm, m = E.GroupMembership, E.Member
    return (
        session.scalar(
            select(func.count())
            .select_from(gm)
            .join(m, m.id == gm.member_id)
            .where(gm.group_id == group_id, gm.left_on.is_(None), m.active.is_(True))
        )
        or 0
    )


def _create_series(
    session: Session, group: E.Group, cohort: E.Cohort, plan: CohortPlan, language: str
) -> int:
    cadence, _version = meetings.get_cadence(session, group.id)
    states, no_state = meetings.group_states(session, group.id)
    first = meetings.MeetingData(
        group_id=group.id,
        title=cohort.title,
        start=dt.datetime.combine(cohort.start_on, cadence.window_start),
        minutes=cadence.minutes,
        format="online",
        video_tool=group.video_tool,
        join_url=group.join_url,
    )
    series_id = meetings.create_series(
        session,
        meetings.SeriesData(
            first=first,
            interval=1,
            count=plan.weeks + (1 if plan.week_zero else 0),
            cancel_on_holidays=plan.cancel_on_holidays,
            holiday_states=states + (("",) if no_state else ()),
        ),
        language=language,
    )
    cohort.series_id = series_id
    if group.whiteboard_url:
        for meeting in session.scalars(select(E.Meeting).where(E.Meeting.series_id == series_id)):
            meeting.whiteboard_url = group.whiteboard_url
    _fill_weeks(session, cohort, plan.pack, language, only_ahead=False)
    return series_id


def plan_cohort(
    session: Session,
    group_id: int,
    plan: CohortPlan,
    *,
    today: dt.date | None = None,
    language: str = "de",
) -> int:
    """A new cohort of the sub-group with its series of weekly sessions; returns its id.

    Refused (nothing written) for the community itself and for a group without members.
    """
    today = today or dt.date.today()
    group = session.get(E.Group, group_id)
    if group is None:
        raise NotFoundError()
    if group.parent_id is None:
        raise NotASubGroup()
    if not _member_count(session, group_id):
        raise CircleWithoutMembers(group=group.name)
    _check_plan(plan)
    number = (
        session.scalar(select(func.max(E.Cohort.number)).where(E.Cohort.group_id == group_id)) or 0
    ) + 1
    start = plan.start_on or default_start(session, group_id, today)
    cohort = E.Cohort(
        group_id=group_id,
        number=number,
        title=plan.title.strip()[:200],
        start_on=start,
        weeks=plan.weeks,
        week_zero=plan.week_zero,
        pack_name=plan.pack.name[:200] if plan.pack else "",
        pack=pack_to_json(plan.pack) if plan.pack else "",
    )
    cohort.ended_on = last_day(cohort)
    session.add(cohort)
    session.flush()
    _create_series(session, group, cohort, plan, language)
    session.flush()
    return cohort.id


def _check_version(cohort: E.Cohort, version: int | None) -> None:
    if version is not None and cohort.version != version:
        raise ConflictError()


def replan_cohort(
    session: Session,
    cohort_id: int,
    plan: CohortPlan,
    version: int | None = None,
    *,
    language: str = "de",
) -> None:
    """Plan a cohort again (other start, length or pack) while none of its weeks has
    happened: its sessions are deleted and a new series made; else ``CohortStarted``."""
    cohort = load_cohort(session, cohort_id)
    _check_version(cohort, version)
    _check_plan(plan)
    group = session.get(E.Group, cohort.group_id)
    assert group is not None  # the foreign key
    if not _member_count(session, group.id):
        raise CircleWithoutMembers(group=group.name)
    old_series = cohort.series_id
    if old_series is not None:
        series = session.get(E.MeetingSeries, old_series)
        if series is not None and series.ics_sequence is not None:
            raise CohortStarted(title=cohort.title)
        for meeting in list(
            session.scalars(select(E.Meeting).where(E.Meeting.series_id == old_series))
        ):
            if meeting.status == MeetingStatus.HELD:
                raise CohortStarted(title=cohort.title)
            try:
                meetings.delete_meeting(session, meeting.id)
            except meetings.MeetingHasRecords:
                raise CohortStarted(title=cohort.title) from None
        cohort.series_id = None  # before the delete: a new series may get the same id
        session.flush()
        if series is not None:
            session.delete(series)
        session.flush()
    cohort.title = plan.title.strip()[:200]
    cohort.start_on = plan.start_on or cohort.start_on
    cohort.weeks = plan.weeks
    cohort.week_zero = plan.week_zero
    cohort.pack_name = plan.pack.name[:200] if plan.pack else ""
    cohort.pack = pack_to_json(plan.pack) if plan.pack else ""
    cohort.ended_on = last_day(cohort)
    session.flush()
    _create_series(session, group, cohort, plan, language)
    session.flush()


def apply_pack(
    session: Session,
    cohort_id: int,
    pack: GuidePack,
    version: int | None = None,
    *,
    language: str = "de",
) -> None:
    """Use *pack* for the cohort: the weeks still planned get its titles and agendas."""
    cohort = load_cohort(session, cohort_id)
    _check_version(cohort, version)
    cohort.pack_name = pack.name[:200]
    cohort.pack = pack_to_json(pack)
    if cohort.series_id is not None:
        _fill_weeks(session, cohort, pack, language, only_ahead=True)


def cohort_plan(cohort: E.Cohort, **changes: object) -> CohortPlan:
    """The plan a cohort was made with (its stored pack re-read), with *changes*."""
    plan = CohortPlan(
        title=cohort.title,
        start_on=cohort.start_on,
        weeks=cohort.weeks,
        week_zero=cohort.week_zero,
        pack=pack_from_json(cohort.pack),
    )
    return replace(plan, **changes)  # type: ignore[arg-type]
