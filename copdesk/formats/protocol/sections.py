"""The sections of the protocol, in print order: title block, attendance, agenda with
notes and decisions, decisions, action items, earlier action items, next meeting, top
backlog topics, changes since the previous version, who took the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from copdesk.formats.dates import date_short, meeting_when
from copdesk.formats.protocol.document import version_text
from copdesk.formats.protocol.fonts import FONT
from copdesk.formats.protocol.layout import Layout
from copdesk.formats.protocol.logo import check_logo
from copdesk.formats.protocol.options import ProtocolOptions
from copdesk.formats.protocol.text import (
    MAX_CELL,
    MAX_LINE,
    markup,
    plural,
    printable,
    tr,
    warn_sign,
)
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.minutes import ActionRow, AttendeeRow, DecisionRow, Minutes, NoteRow

LABEL_WIDTH = 5.4 * 28.35  # "Gastgeber-Organisation" on one line
_TOOLS = {"teams": "Microsoft Teams", "zoom": "Zoom", "webex": "Webex", "bbb": "BigBlueButton"}


def format_text(m: Minutes) -> str:
    tool = _TOOLS.get(m.video_tool) or tr(QT_TRANSLATE_NOOP("protocol", "video conference"))
    if m.format == "in_person":
        return tr(QT_TRANSLATE_NOOP("protocol", "In person"))
    if m.format == "hybrid":
        return tr(QT_TRANSLATE_NOOP("protocol", "Hybrid: on site and online via %1")).replace(
            "%1", tool
        )
    return tr(QT_TRANSLATE_NOOP("protocol", "Online via %1")).replace("%1", tool)


def _last_name_key(name: str) -> tuple[str, str]:
    return (name.split(" ")[-1].casefold(), name.casefold())


@dataclass(frozen=True)
class _Item:
    """One numbered entry of "Agenda and results"."""

    agenda_id: int | None  # None: a check-in or the further notes, not on the agenda
    title: str
    kind: str
    presenter: str = ""
    loose: bool = False  # "Further notes": what belongs to no known agenda item
    details: str = ""  # the item's text, printed below its title


class Sections(Layout):
    """Lays out one protocol; ``build`` returns the story."""

    def __init__(self, m: Minutes, options: ProtocolOptions) -> None:
        super().__init__(m, options)
        self.item_numbers: dict[int, int] = {}

    # sections
    def build(self, width: float) -> list[object]:
        # deferred: reportlab costs start-up time
        from reportlab.platypus import Spacer

        self.width = width
        self.title_block()
        self.attendance()
        self.agenda()
        self.decisions()
        self.actions()
        if self.options.include_earlier:
            self.earlier()
        self.next_meeting()
        if self.options.include_topics:
            self.topics()
        self.changes()
        self.add(Spacer(1, 18))
        self.closing()
        return self.story

    def title_block(self) -> None:
        # deferred: reportlab costs start-up time
        from reportlab.platypus import Image, Table, TableStyle

        m = self.m
        title = [
            self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "Minutes"))), self.s.title),
            self.p(markup(m.title, MAX_LINE), self.s.subtitle),
        ]
        if self.options.logo:
            w, h = check_logo(self.options.logo)
            max_w, max_h = 4.2 * 28.35, 2.2 * 28.35
            scale = min(max_w / w, max_h / h)
            logo = Image(str(self.options.logo), width=w * scale, height=h * scale)
            logo.hAlign = "RIGHT"
            block = Table(
                [[title, logo]],
                colWidths=[self.width - max_w - 6, max_w + 6],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ]
                ),
            )
            self.add(block)
        else:
            for flowable in title:
                self.add(flowable)
        if m.share_safe:
            self.add(
                self.p(
                    "<i>"
                    + escape(
                        tr(
                            QT_TRANSLATE_NOOP(
                                "protocol",
                                "Version for circulation: without check-in notes and notes "
                                "marked private.",
                            )
                        )
                    )
                    + "</i>",
                    self.s.muted_p,
                )
            )
        facts: list[tuple[str, str]] = [
            (tr(QT_TRANSLATE_NOOP("protocol", "Community")), markup(m.community, MAX_LINE)),
        ]
        if m.is_sub_group:
            facts.append(
                (tr(QT_TRANSLATE_NOOP("protocol", "Sub-group")), markup(m.group_name, MAX_LINE))
            )
        facts.append(
            (
                tr(QT_TRANSLATE_NOOP("protocol", "Date and time")),
                escape(meeting_when(m.start_at, m.end_at, m.tz)),
            )
        )
        facts.append((tr(QT_TRANSLATE_NOOP("protocol", "Format")), escape(format_text(m))))
        if m.place and m.format != "online":
            facts.append((tr(QT_TRANSLATE_NOOP("protocol", "Place")), markup(m.place, MAX_LINE)))
        if m.whiteboard_url:
            facts.append(
                (
                    tr(QT_TRANSLATE_NOOP("protocol", "Whiteboard")),
                    markup(m.whiteboard_url, MAX_LINE),
                )
            )
        dash = "–"
        facts += [
            (
                tr(QT_TRANSLATE_NOOP("protocol", "Host organisation")),
                markup(m.host, MAX_LINE) or dash,
            ),
            (tr(QT_TRANSLATE_NOOP("protocol", "Moderator")), markup(m.moderator, MAX_LINE) or dash),
        ]
        if m.co_moderator:
            facts.append(
                (
                    tr(QT_TRANSLATE_NOOP("protocol", "Co-moderator")),
                    markup(m.co_moderator, MAX_LINE),
                )
            )
        facts.append(
            (
                tr(QT_TRANSLATE_NOOP("protocol", "Protocol writer")),
                markup(m.protocol_writer, MAX_LINE) or dash,
            )
        )
        facts.append((tr(QT_TRANSLATE_NOOP("protocol", "Version")), escape(version_text(m))))
        label_w = LABEL_WIDTH
        self.table(
            [],
            [[f"<b>{escape(k)}</b>", v] for k, v in facts],
            [label_w, self.width - label_w],
            zebra=False,
            header_row=False,
            flags=[("LINEBELOW", (0, 0), (-1, -1), 0.25, self.s.head_bg)],
        )

    def attendance(self) -> None:
        m = self.m
        present = m.present()
        orgs: dict[str, list[str]] = {}
        for a in present:
            orgs.setdefault(a.organisation, []).append(a.name)
        guests = [g for g in m.guests if g.attended]
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Attendance")))
        # plain names as counts: older lupdate skips calls whose count is an expression
        n_present, n_guests = len(present), len(guests)
        count = plural(
            QCoreApplication.translate("protocol", "%n member(s) present", "", n_present), n_present
        )
        n_orgs = len([o for o in orgs if o])
        org_count = plural(
            QCoreApplication.translate("protocol", "%n organisation(s)", "", n_orgs), n_orgs
        )
        summary = f"{count} · {org_count}"
        if guests:
            summary += " · " + plural(
                QCoreApplication.translate("protocol", "%n guest(s)", "", n_guests), n_guests
            )
        self.add(self.p(escape(summary), self.s.muted_p))
        no_org = tr(QT_TRANSLATE_NOOP("protocol", "without organisation"))
        if orgs:
            rows = [
                [
                    markup(org or no_org, MAX_LINE),
                    markup(", ".join(sorted(names, key=_last_name_key)), MAX_CELL),
                ]
                for org, names in sorted(orgs.items(), key=lambda kv: (not kv[0], kv[0].casefold()))
            ]
            w0 = 6.2 * 28.35
            self.table(
                [
                    tr(QT_TRANSLATE_NOOP("protocol", "Organisation")),
                    tr(QT_TRANSLATE_NOOP("protocol", "Present")),
                ],
                rows,
                [w0, self.width - w0],
            )
        else:
            self.add(self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "No attendance recorded.")))))

        def people(label: str, rows: tuple[AttendeeRow, ...]) -> None:
            if not rows:
                return
            parts = []
            for a in rows:
                who = a.name + (f" ({a.organisation})" if a.organisation else "")
                parts.append(markup(who, MAX_LINE))
            self.add(self.p(f"<b>{escape(label)}:</b> " + ", ".join(parts)))

        people(tr(QT_TRANSLATE_NOOP("protocol", "Excused")), m.excused())
        people(tr(QT_TRANSLATE_NOOP("protocol", "Absent")), m.absent())
        if guests:
            parts = [
                markup(g.name + (f" ({g.organisation})" if g.organisation else ""), MAX_LINE)
                for g in guests
            ]
            label = tr(QT_TRANSLATE_NOOP("protocol", "Guests"))
            self.add(self.p(f"<b>{escape(label)}:</b> " + ", ".join(parts)))

    def _item_number(self, item_id: int | None) -> int | None:
        """The number an agenda item has in "Agenda and results" (after ``agenda``)."""
        return self.item_numbers.get(item_id) if item_id is not None else None

    def _notes_of(self, item_id: int | None) -> list[NoteRow]:
        return [n for n in self.m.notes if n.agenda_item_id == item_id and n.kind != "check_in"]

    def agenda(self) -> None:
        m = self.m
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Agenda and results")))
        check_ins = [n for n in m.notes if n.kind == "check_in"]
        decisions_by_item: dict[int | None, list[DecisionRow]] = {}
        for d in m.decisions:
            decisions_by_item.setdefault(d.agenda_item_id, []).append(d)
        known = {a.id for a in m.agenda}
        items: list[_Item] = []
        has_check_in_item = any(a.kind == "check_in" for a in m.agenda)
        if not has_check_in_item and (check_ins or m.share_safe):
            items.append(_Item(None, tr(QT_TRANSLATE_NOOP("protocol", "Check-in")), "check_in"))
        for a in m.agenda:
            if a.kind == "break" and not self._notes_of(a.id) and not decisions_by_item.get(a.id):
                continue
            items.append(_Item(a.id, a.title, a.kind, a.presenter, details=a.details))
        loose = [
            n
            for n in m.notes
            if n.kind != "check_in" and (n.agenda_item_id is None or n.agenda_item_id not in known)
        ]
        loose_decisions = [
            d for d in m.decisions if d.agenda_item_id is None or d.agenda_item_id not in known
        ]
        if loose or loose_decisions:
            further = tr(QT_TRANSLATE_NOOP("protocol", "Further notes"))
            items.append(_Item(None, further, "other", loose=True))
        if not items:
            self.add(self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "No agenda recorded.")))))
            return
        for number, item in enumerate(items, 1):
            item_id = item.agenda_id
            if item_id is not None:
                self.item_numbers[item_id] = number
            label = tr(QT_TRANSLATE_NOOP("protocol", "Item %1")).replace("%1", str(number))
            head = f"{escape(label)}&nbsp;&nbsp;{markup(item.title, MAX_LINE)}"
            if item.presenter:
                head += (
                    " <font size='9' color='#52606d'>("
                    + markup(item.presenter, MAX_LINE)
                    + ")</font>"
                )
            self.add(self.p(head, self.s.h3))
            if item.details:
                self.text_lines(item.details)
            if item.kind == "check_in":
                self.check_in(check_ins)
                notes = self._notes_of(item_id) if item_id is not None else []
            elif item.loose:
                notes = loose
            else:
                notes = self._notes_of(item_id)
            topic = self.notes(notes)
            decisions = (
                loose_decisions
                if item.loose
                else decisions_by_item.get(item_id, [])
                if item_id is not None
                else []
            )
            for d in decisions:
                if d.topic_title and d.topic_title != topic:  # say what it was decided on
                    topic = d.topic_title
                    self.add(self.p(markup(topic, MAX_LINE), self.s.h4))
                self.user_paragraphs(
                    d.text,
                    prefix="<b>" + escape(tr(QT_TRANSLATE_NOOP("protocol", "Decision:"))) + "</b> ",
                )
            if not notes and not decisions and not item.details and item.kind != "check_in":
                self.add(
                    self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "No notes."))), self.s.muted_p)
                )

    def check_in(self, notes: list[NoteRow]) -> None:
        if self.m.share_safe:
            self.add(
                self.p(
                    escape(
                        tr(
                            QT_TRANSLATE_NOOP(
                                "protocol",
                                "The check-in notes are not part of the version for circulation.",
                            )
                        )
                    ),
                    self.s.muted_p,
                )
            )
            return
        if not notes:
            self.add(
                self.p(
                    escape(tr(QT_TRANSLATE_NOOP("protocol", "No check-in notes."))), self.s.muted_p
                )
            )
            return
        for n in notes:
            lead = f"<b>{markup(n.member_name, MAX_LINE)}:</b> " if n.member_name else ""
            self.user_paragraphs(n.text, self.s.bullet, prefix="<bullet>•</bullet>" + lead)

    def notes(self, notes: list[NoteRow]) -> str | None:
        """The notes of one agenda item, under their topic's title; returns the last title."""
        topic = None
        result = "<b>" + escape(tr(QT_TRANSLATE_NOOP("protocol", "Result:"))) + "</b> "
        for n in notes:
            if n.topic_title and n.topic_title != topic:
                topic = n.topic_title
                self.add(self.p(markup(topic, MAX_LINE), self.s.h4))
            prefix = result if n.kind == "takeaway" else ""
            self.user_paragraphs(n.text, prefix=prefix)
        return topic

    def decisions(self) -> None:
        m = self.m
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Decisions")))
        if not m.decisions:
            self.add(
                self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "No decisions."))), self.s.muted_p)
            )
            return
        rows = []
        for k, d in enumerate(m.decisions, 1):
            item = self._item_number(d.agenda_item_id)
            rows.append([str(k), markup(d.text, MAX_CELL), str(item) if item else "–"])
        w0, w2 = 1.1 * 28.35, 1.4 * 28.35
        self.table(
            [
                tr(QT_TRANSLATE_NOOP("protocol", "No.")),
                tr(QT_TRANSLATE_NOOP("protocol", "Decision")),
                tr(QT_TRANSLATE_NOOP("protocol", "Item")),
            ],
            rows,
            [w0, self.width - w0 - w2, w2],
        )

    def _who(self, a: ActionRow) -> str:
        if not a.owner:
            return escape(warn_sign() + tr(QT_TRANSLATE_NOOP("protocol", "nobody yet")))
        who = markup(a.owner, MAX_LINE)
        if a.organisation:
            who += f"<br/><font size='8' color='#52606d'>{markup(a.organisation, MAX_LINE)}</font>"
        return who

    def _what(self, a: ActionRow, with_state: bool) -> str:
        what = markup(a.description, MAX_CELL)
        extra = []
        item = self._item_number(a.agenda_item_id)
        if item:
            extra.append(tr(QT_TRANSLATE_NOOP("protocol", "Item %1")).replace("%1", str(item)))
        if a.carried_from_id:
            extra.append(tr(QT_TRANSLATE_NOOP("protocol", "carried over")))
        if with_state and a.status == "done":
            extra.append(
                tr(QT_TRANSLATE_NOOP("protocol", "done on %1")).replace("%1", date_short(a.done_on))
                if a.done_on
                else tr(QT_TRANSLATE_NOOP("protocol", "done"))
            )
        if extra:
            what += f"<br/><font size='8' color='#52606d'>{escape(' · '.join(extra))}</font>"
        return what

    def _due(self, a: ActionRow) -> str:
        return escape(date_short(a.due_on)) if a.due_on else "–"

    def actions(self) -> None:
        m = self.m
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Action items")))
        if not m.actions:
            self.add(
                self.p(
                    escape(tr(QT_TRANSLATE_NOOP("protocol", "No action items."))), self.s.muted_p
                )
            )
            return
        rows = [
            [str(k), self._who(a), self._what(a, True), self._due(a)]
            for k, a in enumerate(m.actions, 1)
        ]
        w0, w1, w3 = 1.1 * 28.35, 4.4 * 28.35, 2.3 * 28.35
        self.table(
            [
                tr(QT_TRANSLATE_NOOP("protocol", "No.")),
                tr(QT_TRANSLATE_NOOP("protocol", "Who")),
                tr(QT_TRANSLATE_NOOP("protocol", "What")),
                tr(QT_TRANSLATE_NOOP("protocol", "By when")),
            ],
            rows,
            [w0, w1, self.width - w0 - w1 - w3, w3],
        )

    def earlier(self) -> None:
        m = self.m
        if not m.earlier_actions:
            return
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Action items from earlier meetings")))
        rows = []
        for a in m.earlier_actions:
            if a.status == "open":
                state = (
                    (warn_sign() + tr(QT_TRANSLATE_NOOP("protocol", "overdue")))
                    if a.overdue
                    else tr(QT_TRANSLATE_NOOP("protocol", "open"))
                )
            elif a.status == "done":
                state = (
                    tr(QT_TRANSLATE_NOOP("protocol", "done on %1")).replace(
                        "%1", date_short(a.done_on)
                    )
                    if a.done_on
                    else tr(QT_TRANSLATE_NOOP("protocol", "done"))
                )
            elif a.carried_to_meeting:
                state = tr(QT_TRANSLATE_NOOP("protocol", "carried over"))
            else:
                state = tr(QT_TRANSLATE_NOOP("protocol", "cancelled"))
            what = markup(a.description, MAX_CELL) + (
                f"<br/><font size='8' color='#52606d'>{markup(a.meeting_title, MAX_LINE)}</font>"
            )
            rows.append([self._who(a), what, self._due(a), escape(state)])
        w0, w2, w3 = 4.0 * 28.35, 2.3 * 28.35, 2.9 * 28.35
        self.table(
            [
                tr(QT_TRANSLATE_NOOP("protocol", "Who")),
                tr(QT_TRANSLATE_NOOP("protocol", "What")),
                tr(QT_TRANSLATE_NOOP("protocol", "By when")),
                tr(QT_TRANSLATE_NOOP("protocol", "Status")),
            ],
            rows,
            [w0, self.width - w0 - w2 - w3, w2, w3],
        )

    def next_meeting(self) -> None:
        nxt = self.m.next_meeting
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Next meeting")))
        if nxt is None:
            self.add(self.p(escape(tr(QT_TRANSLATE_NOOP("protocol", "Not scheduled yet.")))))
            return
        when = tr(QT_TRANSLATE_NOOP("protocol", "Date and time"))
        host = tr(QT_TRANSLATE_NOOP("protocol", "Host organisation"))
        moderator = tr(QT_TRANSLATE_NOOP("protocol", "Moderator"))
        open_ = escape(tr(QT_TRANSLATE_NOOP("protocol", "not decided yet")))
        rows = [
            [f"<b>{escape(when)}</b>", escape(meeting_when(nxt.start_at, nxt.end_at, nxt.tz))],
            [f"<b>{escape(host)}</b>", markup(nxt.host, MAX_LINE) or open_],
            [f"<b>{escape(moderator)}</b>", markup(nxt.moderator, MAX_LINE) or open_],
        ]
        label_w = LABEL_WIDTH
        self.table(
            [],
            rows,
            [label_w, self.width - label_w],
            zebra=False,
            header_row=False,
            flags=[("LINEBELOW", (0, 0), (-1, -1), 0.25, self.s.head_bg)],
        )

    def topics(self) -> None:
        topics = self.m.top_topics
        if not topics:
            return
        self.heading(tr(QT_TRANSLATE_NOOP("protocol", "Top open topics in the backlog")))
        rows = [
            [str(k), markup(t.title, MAX_CELL), markup(t.proposer, MAX_LINE), escape(str(t.votes))]
            for k, t in enumerate(topics, 1)
        ]
        w0, w2, w3 = 1.1 * 28.35, 4.4 * 28.35, 1.6 * 28.35
        self.table(
            [
                tr(QT_TRANSLATE_NOOP("protocol", "No.")),
                tr(QT_TRANSLATE_NOOP("protocol", "Topic")),
                tr(QT_TRANSLATE_NOOP("protocol", "Proposed by")),
                tr(QT_TRANSLATE_NOOP("protocol", "Votes")),
            ],
            rows,
            [w0, self.width - w0 - w2 - w3, w2, w3],
        )

    def changes(self) -> None:
        versions = self.m.versions
        last = versions[-1] if versions else None
        if (
            last is None
            or last.number < 2
            or not last.changes.strip()
            or self.m.changed_since_version
        ):
            return
        self.heading(
            tr(QT_TRANSLATE_NOOP("protocol", "Changes since version %1")).replace(
                "%1", str(last.number - 1)
            )
        )
        for line in last.changes.splitlines()[:200]:
            if line.strip():
                self.add(self.p("<bullet>•</bullet>" + markup(line, MAX_CELL), self.s.bullet))

    def closing(self) -> None:
        m = self.m
        if m.protocol_writer:
            self.add(
                self.p(
                    escape(
                        tr(QT_TRANSLATE_NOOP("protocol", "Minutes taken by %1")).replace(
                            "%1", printable(m.protocol_writer, MAX_LINE)
                        )
                    ),
                    self.s.muted_p,
                )
            )
