"""The overview answers "what do I have to do next?"."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

from copdesk.formats.dates import date_short, meeting_when
from copdesk.model import overview
from copdesk.model.dto import CohortSummary, MeetingSummary, Overview
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.ui.html import tag
from copdesk.ui.i18n import plural
from copdesk.ui.page_base import Page, PageContext

_CSS = """
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }
p { margin: 2px 0; }
.muted { color: #6b7280; }
.overdue { color: #b42318; font-weight: 600; }
td { padding: 3px 14px 3px 0; }
"""


class OverviewPage(Page):
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Overview")
    icon_name = "overview"
    tables = overview.TABLES

    def __init__(self, ctx: PageContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(_CSS)
        self.view.setAccessibleName(self.tr("Overview"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def reload(self) -> None:
        data = self.ctx.commands.read(overview.overview, self.ctx.current_group())
        self.view.setHtml(self.page_html(data))

    def _meeting(self, m: MeetingSummary) -> str:
        rows = [
            (self.tr("When"), meeting_when(m.start_at, m.end_at)),
            (self.tr("Host"), m.host or self.tr("not decided yet")),
            (self.tr("Moderator"), m.moderator or self.tr("not decided yet")),
            (self.tr("Protocol writer"), m.protocol_writer or self.tr("not decided yet")),
        ]
        html = f"<p><b>{escape(m.title)}</b></p><table>"
        html += "".join(
            f"<tr><td class='muted'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return html + "</table>"

    def cohort_text(self, cohort: CohortSummary, today: dt.date) -> str:
        """ "Lernkreis 2: Woche 5 von 12" while it runs, "… endete am 12.03.2027" after."""
        state, week = cohort.state_on(today)
        if state == "ended":
            day = date_short(cohort.ended_on or cohort.last_day)
            return self.tr("%1 ended on %2").replace("%1", cohort.title).replace("%2", day)
        if state == "planned":
            day = date_short(cohort.start_on)
            return self.tr("%1 starts on %2").replace("%1", cohort.title).replace("%2", day)
        return (
            self.tr("%1: week %2 of %3")
            .replace("%1", cohort.title)
            .replace("%2", str(week))
            .replace("%3", str(cohort.weeks))
        )

    def page_html(self, data: Overview) -> str:
        today = dt.date.today()
        out = [f"<h1>{escape(data.community)}</h1>"]
        if data.group != data.community:
            out.append(f"<p class='muted'>{escape(data.group)}</p>")
        if data.cohort is not None:
            out.append(tag("p", self.cohort_text(data.cohort, today)))
        c = data.counts
        counts = " · ".join(
            (
                plural(self.tr("%n active member(s)", "", c["members"]), c["members"]),
                plural(self.tr("%n organisation(s)", "", c["organisations"]), c["organisations"]),
                plural(self.tr("%n meeting(s)", "", c["meetings"]), c["meetings"]),
                plural(self.tr("%n open topic(s)", "", c["topics"]), c["topics"]),
            )
        )
        out.append(tag("p", counts, "muted"))

        out.append(tag("h2", self.tr("Next meeting")))
        if data.next_meeting:
            m = data.next_meeting
            out.append(self._meeting(m))
            if not m.invited:
                out.append(tag("p", "⚠ " + self.tr("Invitations not sent yet"), "overdue"))
        else:
            out.append(tag("p", self.tr("No meeting planned yet.")))
        if data.last_meeting:
            out.append(
                "<p class='muted'>"
                + escape(
                    self.tr("Last meeting: %1").replace(
                        "%1", meeting_when(data.last_meeting.start_at, data.last_meeting.end_at)
                    )
                )
                + "</p>"
            )

        out.append(tag("h2", self.tr("Open action items")))
        if data.open_actions:
            if data.overdue_count:
                out.append(
                    "<p class='overdue'>⚠ "
                    + escape(self.tr("%n overdue", "", data.overdue_count))
                    + "</p>"
                )
            out.append("<table>")
            for a in data.open_actions:
                due = date_short(a.due_on) if a.due_on else "–"
                cls = " class='overdue'" if a.overdue else ""
                flag = escape(self.tr("overdue")) + " · " if a.overdue else ""
                out.append(
                    f"<tr><td{cls}>{flag}{escape(due)}</td><td>{escape(a.owner)}</td>"
                    f"<td>{escape(a.description)}</td></tr>"
                )
            out.append("</table>")
            more = data.open_action_count - len(data.open_actions)
            if more > 0:
                out.append("<p class='muted'>" + escape(self.tr("and %n more", "", more)) + "</p>")
        else:
            out.append(tag("p", self.tr("No open action items.")))

        out.append(tag("h2", self.tr("Top topics in the backlog")))
        if data.top_topics:
            out.append("<table>")
            for t in data.top_topics:
                votes = plural(self.tr("%n vote(s)", "", t.votes), t.votes)
                out.append(
                    f"<tr><td>{escape(t.title)}</td><td class='muted'>{escape(t.proposer)}"
                    f"</td><td class='muted'>{escape(votes)}</td></tr>"
                )
            out.append("</table>")
        else:
            out.append(tag("p", self.tr("The backlog is empty.")))
        # what "overdue" and "next" were measured against
        as_of = self.tr("As of %1").replace("%1", date_short(today))
        out.append(f"<p class='muted'>{escape(as_of)}</p>")
        return "\n".join(out)
