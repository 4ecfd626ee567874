"""The backlog page's texts made from topics: ages, the stale hint, the detail pane.

The texts keep the translation context ``BacklogPage``, where they were written first.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import date_short
from copdesk.model import backlog
from copdesk.model.backlog import TopicDetail, TopicRow
from copdesk.ui.html import para, tag
from copdesk.ui.i18n import plural

translate = QCoreApplication.translate  # the texts' context: BacklogPage


def local_day(instant: dt.datetime) -> dt.date:
    return backlog.local_date(instant, "Europe/Berlin")


def stale_tip(row: TopicRow) -> str:
    """Why a topic is up for review."""
    if row.times_deferred >= backlog.STALE_DEFERRED:
        return translate(
            "BacklogPage", "Stale: deferred %1 times – keep, park or merge it?"
        ).replace("%1", str(row.times_deferred))
    return translate(
        "BacklogPage", "Stale: proposed more than a year ago – keep, park or merge it?"
    )


def age_text(days: int) -> str:
    if days <= 0:
        return translate("BacklogPage", "today")
    if days < 60:
        return plural(translate("BacklogPage", "%n day(s)", "", days), days)
    if days < 730:
        months = days * 12 // 365
        return plural(translate("BacklogPage", "%n month(s)", "", months), months)
    years = days // 365
    return plural(translate("BacklogPage", "%n year(s)", "", years), years)


def ago_text(days: int) -> str:
    if days < 60:
        return plural(translate("BacklogPage", "%n day(s) ago", "", days), days)
    if days < 730:
        months = days * 12 // 365
        return plural(translate("BacklogPage", "%n month(s) ago", "", months), months)
    years = days // 365
    return plural(translate("BacklogPage", "%n year(s) ago", "", years), years)


def detail_html(row: TopicRow, detail: TopicDetail, status: str) -> str:
    """The detail pane of one topic: who, when, facts, votes per meeting, minutes."""
    out = [f"<h2>{escape(row.title)}</h2>"]
    out.append(tag("p", status, "muted"))
    if detail.row.stale:
        out.append(tag("p", "⚠ " + stale_tip(detail.row), "warn"))
    who = []
    if row.proposer:
        who.append(
            translate("BacklogPage", "Proposed by %1").replace("%1", row.proposer)
            + (f" ({row.organisation})" if row.organisation else "")
        )
    if row.age_days > 0:
        who.append(
            translate("BacklogPage", "on %1 (%2)")
            .replace("%1", date_short(row.proposed_on))
            .replace("%2", ago_text(row.age_days))
        )
    else:
        who.append(translate("BacklogPage", "today"))
    out.append(tag("p", " ".join(who)))
    if row.tags:
        out.append(
            tag("p", translate("BacklogPage", "Tags: %1").replace("%1", ", ".join(row.tags)))
        )
    if detail.description:
        out.append(para(detail.description))
    if detail.merged_into:
        out.append(
            tag(
                "p",
                "→ "
                + translate("BacklogPage", "Merged into “%1”.").replace(
                    "%1", detail.merged_into.title
                ),
            )
        )
    deferred = row.times_deferred
    facts = [
        translate("BacklogPage", "Votes: %1 in the last Lean Coffee, %2 in total")
        .replace("%1", str(row.votes_last))
        .replace("%2", str(row.votes_total)),
        plural(translate("BacklogPage", "Deferred %n time(s)", "", deferred), deferred)
        if deferred
        else translate("BacklogPage", "Not deferred yet"),
    ]
    if row.discussed_in:
        facts.append(
            translate("BacklogPage", "Discussed in %1 (%2)")
            .replace("%1", row.discussed_in)
            .replace("%2", date_short(row.discussed_on))
        )
    for ref in detail.planned_in:
        facts.append(
            translate("BacklogPage", "On the agenda of %1 (%2)")
            .replace("%1", ref.meeting_title)
            .replace("%2", date_short(local_day(ref.meeting_start)))
        )
    out.append("<p>" + "<br>".join(escape(f) for f in facts) + "</p>")
    if detail.votes:
        out.append(tag("h4", translate("BacklogPage", "Votes per meeting")))
        lines = []
        for v in detail.votes:
            where = {
                "discussed": translate("BacklogPage", "discussed"),
                "discussing": translate("BacklogPage", "being discussed"),
                "to_discuss": translate("BacklogPage", "not reached")
                if v.board_closed
                else translate("BacklogPage", "on the board"),
            }.get(v.board_column, "")
            votes = v.votes
            text = f"{date_short(local_day(v.meeting_start))} · {v.meeting_title}: " + plural(
                translate("BacklogPage", "%n vote(s)", "", votes), votes
            )
            lines.append(escape(text + (f" ({where})" if where else "")))
        out.append("<p>" + "<br>".join(lines) + "</p>")
    if detail.merged_from:
        out.append(tag("h4", translate("BacklogPage", "Merged into this topic")))
        out.append("<p>" + "<br>".join(escape("• " + t.title) for t in detail.merged_from) + "</p>")
    if detail.notes:
        out.append(tag("h4", translate("BacklogPage", "From the minutes")))
        kinds = {
            "note": translate("BacklogPage", "Note"),
            "takeaway": translate("BacklogPage", "Takeaway"),
            "decision": translate("BacklogPage", "Decision"),
            "action": translate("BacklogPage", "Action item"),
        }
        lines = [
            escape(f"{date_short(local_day(n.meeting_start))} · {kinds.get(n.kind, '')}: {n.text}")
            for n in detail.notes
        ]
        out.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(out)
