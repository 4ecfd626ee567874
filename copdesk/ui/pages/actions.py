"""Action items across meetings: open, overdue, done; by owner and organisation.

Overdue items stand out in red *and* with "⚠ overdue" and an icon (colour is never the
only signal). Enter opens the minutes of the meeting the item comes from.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QLabel, QWidget

from copdesk.formats.dates import date_short
from copdesk.model import minutes
from copdesk.model.errors import QT_TRANSLATE_NOOP
from copdesk.model.minutes import ActionFilter, ActionRow
from copdesk.ui.html import para, tag
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column
from copdesk.ui.page_base import ListPage, PageContext

RED = QColor("#b42318")
GREY = QColor("#6b7280")


class ActionsPage(ListPage[ActionRow]):
    icon_name = "actions"
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Action items")
    tables = frozenset({"action_item", "meeting", "member", "organisation", "cop_group"})
    opens = frozenset({"action_item"})

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        red, grey = QBrush(RED), QBrush(GREY)

        def colour(r: ActionRow) -> QBrush | None:
            if r.overdue:
                return red
            return grey if r.status != "open" else None

        columns: list[Column[ActionRow]] = [
            Column(
                self.tr("Status"),
                self.state_text,
                sort_key=lambda r: (r.status != "open", not r.overdue),
                decoration=lambda r: (
                    icon("overdue")
                    if r.overdue
                    else (icon("check") if r.status == "done" else None)
                ),
                foreground=colour,
                searchable=False,
            ),
            Column(
                self.tr("By when"),
                lambda r: date_short(r.due_on) if r.due_on else "–",
                sort_key=lambda r: r.due_on,
                foreground=colour,
                searchable=False,
            ),
            Column(
                self.tr("Who"),
                lambda r: r.owner or "⚠ " + self.tr("nobody yet"),
                sort_key=lambda r: (r.owner or "~").casefold(),
            ),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(
                self.tr("What"),
                lambda r: " ".join(r.description.split())[:200],
                tooltip=lambda r: r.description[:2000],
            ),
            Column(
                self.tr("Meeting"),
                lambda r: f"{date_short(r.meeting_on)} {r.meeting_title}",
                sort_key=lambda r: r.meeting_on,
            ),
        ]
        super().__init__(ctx, columns, parent)
        self._rows: list[ActionRow] = []
        self.search.setPlaceholderText(
            self.tr("Search action items: who, what, meeting … (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search action items"))
        self.table.setAccessibleName(self.tr("Action items"))
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Show"))
        for value, text in (
            (minutes.SHOW_OPEN, self.tr("Open")),
            (minutes.SHOW_OVERDUE, self.tr("Overdue")),
            (minutes.SHOW_DONE, self.tr("Done or cancelled")),
            (minutes.SHOW_ALL, self.tr("All")),
        ):
            self.state_filter.addItem(text, value)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.org_filter = QComboBox()
        self.org_filter.setAccessibleName(self.tr("Organisation"))
        for box in (self.state_filter, self.owner_filter, self.org_filter):
            box.currentIndexChanged.connect(self._apply_filter)
        # the filters get a row of their own under the search field (German labels are long)
        filters = QHBoxLayout()
        for text, box in (
            (self.tr("&Show:"), self.state_filter),
            (self.tr("&Who:"), self.owner_filter),
            (self.tr("O&rganisation:"), self.org_filter),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            # narrow enough that the detail beside the table keeps its width at 1024 px
            box.setMinimumContentsLength(8 if box is self.state_filter else 10)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            filters.addWidget(label)
            filters.addWidget(box)
            filters.addSpacing(8)
        filters.addStretch(1)
        outer = self.toolbar_row.parent()
        if isinstance(outer, QBoxLayout):  # the page's column: search row, table and detail
            outer.insertLayout(1, filters)
        if ctx.settings.geometry("ActionsPage/header") is None:
            for col, width in enumerate((130, 95, 150, 170, 320)):
                self.table.setColumnWidth(col, width)

        self.done_action = self.make_action(
            self.tr("Mark &done"),
            "check",
            self.toggle_done,
            "Ctrl+D",
            self.tr("Mark the selected action item done, or open it again (Ctrl+D)"),
        )
        self.open_action = self.make_action(
            self.tr("Open &minutes"),
            "minutes",
            self.activate_current,
            "Ctrl+O",
            self.tr("Show the minutes of the meeting the item comes from (Enter)"),
        )
        self.selection_changed(None)

    def state_text(self, r: ActionRow) -> str:
        if r.status == "open":
            return "⚠ " + self.tr("overdue") if r.overdue else self.tr("open")
        if r.status == "done":
            return self.tr("done")
        if r.carried_to_meeting:
            return self.tr("carried over")
        return self.tr("cancelled")

    # --- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._rows = self.ctx.commands.read(minutes.list_actions, self.ctx.current_group())
        self._fill_choices()
        self.set_rows(self._rows)
        self._apply_filter()

    def _fill_choices(self) -> None:
        owner, org = self.owner_filter.currentData(), self.org_filter.currentData()
        for box in (self.owner_filter, self.org_filter):
            box.blockSignals(True)
            box.clear()
        self.owner_filter.addItem(self.tr("Everyone"), None)
        for member_id, name in minutes.action_owners(self._rows):
            self.owner_filter.addItem(name, member_id)
        self.org_filter.addItem(self.tr("All organisations"), None)
        for name in minutes.action_organisations(self._rows):
            self.org_filter.addItem(name, name)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(owner), 0))
        self.org_filter.setCurrentIndex(max(self.org_filter.findData(org), 0))
        for box in (self.owner_filter, self.org_filter):
            box.blockSignals(False)

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            state=self.state_filter.currentData(),
            owner_id=self.owner_filter.currentData(),
            organisation=self.org_filter.currentData(),
        )

    def _apply_filter(self) -> None:
        flt = self.current_filter()
        self.proxy.set_predicate(lambda r: minutes.action_matches(r, flt))
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def count_text(self, shown: int, total: int) -> str:
        c = minutes.action_counts(self._rows)
        overdue = c[minutes.SHOW_OVERDUE]
        text = self.tr("%n shown", "", shown)
        if overdue:
            text += " · ⚠ " + self.tr("%n overdue", "", overdue)
        return text

    def empty_text(self) -> str:
        return self.tr(
            "No action items yet.\nThey are written in the minutes of a meeting "
            "(Minutes, tab “Action items”)."
        )

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        self.state_filter.setCurrentIndex(self.state_filter.findData(minutes.SHOW_ALL))
        self.select(lambda r: r.id == item_id)

    # --- detail and actions ---------------------------------------------------------------
    def selection_changed(self, row: ActionRow | None) -> None:
        self.done_action.setEnabled(row is not None and row.status in ("open", "done"))
        self.open_action.setEnabled(row is not None)
        if row is not None:
            self.done_action.setText(
                self.tr("Mark &done") if row.status == "open" else self.tr("Re&open")
            )

    def detail_html(self, row: ActionRow) -> str:
        out = [tag("h3", self.state_text(row), "overdue" if row.overdue else "")]
        if row.overdue:
            out[0] = f"<h3 style='color:{RED.name()}'>{escape(self.state_text(row))}</h3>"
        out.append(para(row.description))
        facts = [
            (self.tr("Who"), row.owner or self.tr("nobody yet")),
            (self.tr("Organisation"), row.organisation or "–"),
            (self.tr("By when"), date_short(row.due_on) if row.due_on else "–"),
            (self.tr("From meeting"), f"{row.meeting_title} ({date_short(row.meeting_on)})"),
        ]
        if row.done_on:
            facts.append((self.tr("Done on"), date_short(row.done_on)))
        if row.carried_to_meeting:
            facts.append((self.tr("Carried over to"), row.carried_to_meeting))
        out.append(
            "<table>"
            + "".join(
                f"<tr><td style='color:#6b7280;padding-right:12px'>{escape(k)}</td>"
                f"<td>{escape(v)}</td></tr>"
                for k, v in facts
            )
            + "</table>"
        )
        return "\n".join(out)

    def activate_current(self) -> None:
        row = self.current()
        if row is not None:
            self.ctx.events.open_request.emit("minutes", row.meeting_id)

    def toggle_done(self) -> None:
        row = self.current()
        if row is None:
            return
        done = row.status == "open"
        text = self.tr("Mark action item done") if done else self.tr("Reopen action item")
        self.ctx.commands.try_run(
            self, text, minutes.set_action_done, row.id, done, version=row.version
        )
