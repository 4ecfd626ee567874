"""Step seven (after the rows are written): the plenary after the finished WOL circle gets
"Neues aus den Teilgruppen", filled by the program's own use case from the circle's
minutes (one decision of its last week added first), so that the demo protocol carries
the report. The words are the demo's German, like all its content."""

from __future__ import annotations

from sqlalchemy import func, select

from copdesk.demo.content import PHRASES as P
from copdesk.demo.formatting import at, de_date
from copdesk.demo.state import Demo
from copdesk.model import entities as E
from copdesk.model import group_report
from copdesk.model.group_report import GroupReport
from copdesk.model.localtime import DEFAULT_ZONE as BERLIN
from copdesk.model.tables import MeetingStatus


def _german(report: GroupReport) -> tuple[str, str]:
    since = f"{report.since.astimezone(BERLIN):%d.%m.%Y}" if report.since else ""
    blocks = []
    for g in report.groups:
        if not g.meetings:
            blocks.append(P["report_quiet"].format(group=g.name, since=since))
            continue
        lines = [P["report_group"].format(group=g.name, count=len(g.meetings), since=since)]
        for m in g.meetings:
            day = de_date(m.start_at.astimezone(BERLIN).date())
            lines.append(P["report_meeting"].format(day=day, title=m.title))
            lines += [P["report_decision"].format(text=t) for t in m.decisions]
            lines += [P["report_takeaway"].format(text=t) for t in m.takeaways]
        blocks.append("\n".join(lines))
    return P["report_title"], "\n\n".join(blocks)


def group_news(d: Demo) -> None:
    """Runs on the written rows (ORM): the use case reads what the earlier steps made.

    The plenary is the first one held after the finished circle's last week, so the
    report covers the end of that circle and its decision to tell the community."""
    m = E.Meeting
    wol = d.session.scalar(select(E.Group.id).where(E.Group.name == P["wol_group"]))
    last_week = d.session.scalar(
        select(func.max(m.start_at)).where(
            m.group_id == wol,
            m.status == MeetingStatus.HELD,
            m.start_at < at(d.current_circle_start(), "00:00"),
        )
    )
    if wol is None or last_week is None:
        return
    plenary = d.session.scalar(
        select(m.id)
        .where(m.group_id == d.root_id, m.status == MeetingStatus.HELD, m.start_at > last_week)
        .order_by(m.start_at)
        .limit(1)
    )
    if plenary is None:
        return
    report = group_report.collect_group_report(d.session, plenary)
    held = [x for g in report.groups if g.group_id == wol for x in g.meetings if x.held]
    if not held:
        return
    d.session.add(E.Decision(meeting_id=held[-1].meeting_id, text=P["report_wol_decision"]))
    d.session.flush()
    item_id = group_report.fill_group_report(d.session, plenary, _german)
    _make_room(d, plenary, item_id)


def _make_room(d: Demo, plenary: int, item_id: int) -> None:
    """The plenary still ends on time: the report's minutes come out of its longest item."""
    items = d.session.scalars(
        select(E.AgendaItem)
        .where(E.AgendaItem.meeting_id == plenary, E.AgendaItem.id != item_id)
        .order_by(E.AgendaItem.minutes.desc(), E.AgendaItem.position)
    )
    report = d.session.get(E.AgendaItem, item_id)
    topic = next(iter(items), None)  # the longest item: a topic, a workshop or Lean Coffee
    if report is None or topic is None or topic.minutes < 20:
        return
    report.minutes = 10
    topic.minutes -= report.minutes
    d.session.flush()
