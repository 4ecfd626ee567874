"""The topic backlog (Themenspeicher): search, filter, sort, edit, merge, plan, park —
and the door to the Lean Coffee board of a meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QComboBox, QHBoxLayout, QWidget

from copdesk.formats.dates import date_short
from copdesk.model import backlog
from copdesk.model.backlog import TopicDetail, TopicRow
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.text import sort_key
from copdesk.ui.backlog import texts
from copdesk.ui.backlog.boards import BoardWindows
from copdesk.ui.backlog.filter import IncrementalFilterProxy
from copdesk.ui.backlog.labels import status_label
from copdesk.ui.backlog.pickers import MeetingPickDialog, TopicPickDialog
from copdesk.ui.backlog.topic_dialog import TopicDialog
from copdesk.ui.board import BoardWindow
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column
from copdesk.ui.page_base import ListPage, PageContext

S = backlog.S
ACTIVE, ALL, STALE = "active", "all", "stale"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BacklogPage(ListPage[TopicRow]):
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Backlog")
    icon_name = "backlog"
    tables = frozenset(
        {
            "topic",
            "topic_tag",
            "tag",
            "topic_vote",
            "board_entry",
            "member",
            "organisation",
            "meeting",
            "agenda_item",
            "minutes_note",
            "decision",
            "action_item",
            "setting",
        }
    )
    opens = frozenset({"topic", "board"})

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        self._labels: dict[str, str] = {}
        self.boards = BoardWindows(self, self._group)
        columns: list[Column[TopicRow]] = [
            Column(
                self.tr("Topic"),
                lambda r: r.title,
                decoration=lambda r: icon("warning") if r.stale else None,
                tooltip=lambda r: texts.stale_tip(r) if r.stale else r.title,
            ),
            Column(
                self.tr("Status"),
                self._status_text,
                sort_key=lambda r: (
                    list(backlog.STATUS_LABELS).index(r.status)
                    if r.status in backlog.STATUS_LABELS
                    else 9,
                    not r.stale,
                ),
            ),
            Column(self.tr("Tags"), lambda r: ", ".join(r.tags)),
            Column(
                self.tr("Proposed by"),
                lambda r: r.proposer,
                sort_key=lambda r: (
                    (sort_key(r.proposer.split(" ")[-1]), sort_key(r.proposer))
                    if r.proposer
                    else None
                ),
            ),
            Column(
                self.tr("Organisation"),
                lambda r: r.organisation,
                sort_key=lambda r: sort_key(r.organisation) or None,
            ),
            Column(
                self.tr("Proposed"),
                lambda r: date_short(r.proposed_on),
                sort_key=lambda r: r.proposed_on,
                searchable=False,
            ),
            Column(
                self.tr("Age"),
                lambda r: texts.age_text(r.age_days),
                sort_key=lambda r: r.age_days,
                searchable=False,
                align=RIGHT,
            ),
            Column(
                self.tr("Votes (last)"),
                lambda r: str(r.votes_last) if r.votes_last else "",
                sort_key=lambda r: r.votes_last,
                searchable=False,
                align=RIGHT,
                tooltip=lambda r: self.tr("Votes in the last Lean Coffee"),
            ),
            Column(
                self.tr("Votes (total)"),
                lambda r: str(r.votes_total) if r.votes_total else "",
                sort_key=lambda r: r.votes_total,
                searchable=False,
                align=RIGHT,
            ),
            Column(
                self.tr("Deferred"),
                lambda r: str(r.times_deferred) if r.times_deferred else "",
                sort_key=lambda r: r.times_deferred,
                searchable=False,
                align=RIGHT,
                tooltip=lambda r: self.tr("Times on a board without being reached"),
            ),
            Column(
                self.tr("Discussed in"),
                lambda r: r.discussed_in,
                sort_key=lambda r: r.discussed_on,
                tooltip=lambda r: date_short(r.discussed_on) if r.discussed_on else None,
            ),
        ]
        super().__init__(ctx, columns, parent)
        # the incremental proxy instead of the base class' QSortFilterProxyModel (20,000 rows)
        old_selection = self.table.selectionModel()
        proxy: IncrementalFilterProxy[TopicRow] = IncrementalFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table.setModel(proxy)
        # It offers every FilterProxy call ListPage makes, but ListPage types ``proxy`` as the
        # FilterProxy class rather than by those calls (a protocol), hence the ignore.
        self.proxy = proxy  # type: ignore[assignment]
        old_selection.deleteLater()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.search.setPlaceholderText(self.tr("Search topics … (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Every word must occur in the title, tags, status, "
                "proposer, organisation or meeting"
            )
        )
        self.search.setAccessibleName(self.tr("Search topics"))
        self.table.setAccessibleName(self.tr("Topics"))
        self.status_filter = QComboBox()
        for text, data in (
            (self.tr("Open and planned"), ACTIVE),
            (self.tr("Stale – for review"), STALE),
            (self.tr("Open"), S.OPEN),
            (self.tr("Planned"), S.PLANNED),
            (self.tr("Parked"), S.PARKED),
            (self.tr("Discussed"), S.DISCUSSED),
            (self.tr("Merged"), S.MERGED),
            (self.tr("All topics"), ALL),
        ):
            self.status_filter.addItem(text, data)
        self.status_filter.setAccessibleName(self.tr("Show"))
        self.status_filter.setToolTip(self.tr("Which topics to show"))
        self.toolbar_row.insertWidget(1, self.status_filter)
        self.tag_filter = QComboBox()
        self.proposer_filter = QComboBox()
        self.org_filter = QComboBox()
        filters = QHBoxLayout()
        for combo, name in (
            (self.tag_filter, self.tr("Filter by tag")),
            (self.proposer_filter, self.tr("Filter by proposer")),
            (self.org_filter, self.tr("Filter by organisation")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        for combo in (self.status_filter, self.tag_filter, self.proposer_filter, self.org_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        left = self.table.parentWidget()  # the list side of ListPage's splitter
        left_layout = left.layout() if left is not None else None
        assert isinstance(left_layout, QBoxLayout)
        left_layout.insertLayout(1, filters)

        if ctx.settings.geometry("BacklogPage/header") is None:
            for col, width in enumerate((300, 110, 150, 140, 150, 90, 80, 85, 85, 75, 160)):
                self.table.setColumnWidth(col, width)
            self.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)

        self.new_action = self.make_action(
            self.tr("&New topic…"),
            "new",
            self.new_topic,
            QKeySequence.StandardKey.New,
            self.tr("Add a topic to the backlog (Ctrl+N)"),
        )
        self.new_action.setIconText(self.tr("New"))
        self.edit_action = self.make_action(
            self.tr("&Edit topic…"),
            "edit",
            self.activate_current,
            "Ctrl+E",
            self.tr("Edit the selected topic (Enter)"),
        )
        self.edit_action.setIconText(self.tr("Edit"))
        self.merge_action = self.make_action(
            self.tr("&Merge into…"),
            "suggest",
            self.merge_topic,
            "Ctrl+M",
            self.tr(
                "Merge the selected duplicate into the topic that remains; votes and "
                "history move along (Ctrl+M)"
            ),
        )
        self.merge_action.setIconText(self.tr("Merge"))
        self.plan_action = self.make_action(
            self.tr("&Plan into a meeting…"),
            "calendar-add",
            self.plan_topic,
            "Ctrl+T",
            self.tr("Put the selected topic on the agenda of a coming meeting (Ctrl+T)"),
        )
        self.plan_action.setIconText(self.tr("Plan"))
        self.park_action = self.make_action(
            self.tr("Par&k topic"),
            "lock",
            self.toggle_park,
            "Ctrl+K",
            self.tr("Parked topics leave the open backlog but keep their history (Ctrl+K)"),
        )
        self.delete_action = self.make_action(
            self.tr("&Delete topic"),
            "delete",
            self.delete_topic,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected topic if it has no history (Del)"),
        )
        self.delete_action.setIconText(self.tr("Delete"))
        self.board_action = self.make_action(
            self.tr("&Lean Coffee board…"),
            "board",
            self.boards.choose,
            "Ctrl+L",
            self.tr("Run the Lean Coffee of a meeting on a board for the shared screen (Ctrl+L)"),
        )
        self.board_action.setIconText(self.tr("Lean Coffee"))
        self._fill_filter_options(None)
        self._apply_filters()

    def title(self) -> str:
        return self.tr("Backlog")

    # --- loading ---------------------------------------------------------------------------
    def _group(self) -> int:
        return self.ctx.current_group()

    def reload(self) -> None:
        self._labels = {s: status_label(s) for s in backlog.STATUS_LABELS}
        self._labels["stale"] = self.tr("review")
        self._fill_filter_options(self.ctx.commands.read(backlog.options, self._group()))
        rows = self.ctx.commands.read(backlog.list_topics, self._group(), today=dt.date.today())
        self.set_rows(rows)

    def _mark_stale(self) -> None:
        """While a board window is in front, reload later (20,000 topics take a moment)."""
        self._stale = True
        if self.isVisible() and not self.boards.any_active():
            self.refresh_if_stale()

    def changeEvent(self, event) -> None:
        """Back from a board window: show what changed there."""
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.ActivationChange
            and self.isActiveWindow()
            and self.isVisible()
        ):
            self.refresh_if_stale()

    def _fill_filter_options(self, opts) -> None:
        def fill(combo: QComboBox, first: str, items) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for value, text in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

        fill(self.tag_filter, self.tr("All tags"), [(t, t) for t in (opts.tags if opts else ())])
        fill(
            self.proposer_filter,
            self.tr("All proposers"),
            [
                (p.id, f"{p.name} ({p.detail})" if p.detail else p.name)
                for p in (opts.proposers if opts else ())
            ],
        )
        fill(
            self.org_filter,
            self.tr("All organisations"),
            [(o.id, o.name) for o in (opts.organisations if opts else ())],
        )

    def _apply_filters(self) -> None:
        status = self.status_filter.currentData()
        tag_name = self.tag_filter.currentData()
        proposer = self.proposer_filter.currentData()
        org = self.org_filter.currentData()
        tests = []
        if status == ACTIVE:
            tests.append(lambda r: r.status in (S.OPEN, S.PLANNED))
        elif status == STALE:
            tests.append(lambda r: r.stale)
        elif status != ALL:
            tests.append(lambda r: r.status == status)
        if tag_name is not None:
            tests.append(lambda r: tag_name in r.tags)
        if proposer is not None:
            tests.append(lambda r: r.proposer_id == proposer)
        if org is not None:
            tests.append(lambda r: r.organisation_id == org)
        if not tests:
            self.proxy.set_predicate(None)
        elif len(tests) == 1:
            self.proxy.set_predicate(tests[0])
        else:
            self.proxy.set_predicate(lambda r: all(t(r) for t in tests))
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def _status_text(self, row: TopicRow) -> str:
        text = self._labels.get(row.status) or status_label(row.status)
        if row.stale:
            text += " · ⚠ " + (self._labels.get("stale") or self.tr("review"))
        return text

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return plural(self.tr("%n topic(s)", "", total), total)
        return self.tr("%n of %1 shown", "", shown).replace("%1", str(total))

    def empty_text(self) -> str:
        return self.tr(
            "The backlog is empty.\nAdd the first topic with “New topic” (Ctrl+N) – "
            "anyone can propose one between meetings."
        )

    def selection_changed(self, row: TopicRow | None) -> None:
        has = row is not None
        live = row is not None and row.status != S.MERGED
        for action in (self.edit_action, self.delete_action):
            action.setEnabled(has)
        for action in (self.merge_action, self.plan_action, self.park_action):
            action.setEnabled(live)
        parked = row is not None and row.status == S.PARKED
        self.park_action.setText(self.tr("Re&open topic") if parked else self.tr("Par&k topic"))
        self.park_action.setIconText(self.tr("Reopen") if parked else self.tr("Park"))

    # --- the detail pane ---------------------------------------------------------------------
    def detail_html(self, row: TopicRow) -> str:
        try:
            detail: TopicDetail = self.ctx.commands.read(
                backlog.topic_detail, row.id, today=dt.date.today()
            )
        except UserError:
            return ""
        return texts.detail_html(row, detail, self._status_text(detail.row))

    # --- opening items -----------------------------------------------------------------------
    def open_item(self, kind: str, item_id: object) -> None:
        if kind == "board":
            if isinstance(item_id, int):
                self.open_board(item_id)
            return
        self.refresh_if_stale()
        self.search.clear()
        if not self.select(lambda r: r.id == item_id):
            self.status_filter.setCurrentIndex(self.status_filter.findData(ALL))
            for combo in (self.tag_filter, self.proposer_filter, self.org_filter):
                combo.setCurrentIndex(0)
            self.select(lambda r: r.id == item_id)

    def _select_after_change(self, topic_id: int, reveal: bool = False) -> None:
        """Select the changed topic; with *reveal* even if the filters hide it now."""
        self.refresh_if_stale()
        if not self.select(lambda r: r.id == topic_id) and reveal:
            self.open_item("topic", topic_id)
        self.table.setFocus()

    # --- actions ---------------------------------------------------------------------------------
    def _dialog(self, data=None) -> TopicDialog:
        members = self.ctx.commands.read(
            backlog.member_choices, self._group(), data.proposed_by_id if data else None
        )
        opts = self.ctx.commands.read(backlog.options, self._group())
        return TopicDialog(
            members=members, tags=opts.tags, data=data, parent=self, settings=self.ctx.settings
        )

    def new_topic(self) -> None:
        dialog = self._dialog()
        created: list[int] = []

        def save(data) -> None:
            created.append(
                self.ctx.commands.run(
                    self.tr("Add topic %1").replace("%1", data.title.strip()),
                    backlog.add_topic,
                    self._group(),
                    data,
                )
            )

        dialog.set_saver(save)
        if dialog.exec() and created:
            self.search.clear()
            self._select_after_change(created[0], reveal=True)

    def activate_current(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            data, version = self.ctx.commands.read(backlog.get_topic, row.id)
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = self._dialog(data)
        dialog.set_saver(
            lambda new: self.ctx.commands.run(
                self.tr("Edit topic %1").replace("%1", row.title),
                backlog.update_topic,
                row.id,
                new,
                version,
            )
        )
        if dialog.exec():
            self._select_after_change(row.id)
        self.table.setFocus()

    def merge_topic(self) -> None:
        row = self.current()
        if row is None:
            return
        candidates = [r for r in self.model.rows() if r.status != S.MERGED]
        dialog = TopicPickDialog(
            candidates,
            title=self.tr("Merge topic"),
            prompt=self.tr(
                "Merge “%1” into which topic? Its votes and history move to the "
                "topic you choose; “%1” is kept as merged."
            ).replace("%1", row.title),
            parent=self,
            settings=self.ctx.settings,
            exclude=row.id,
        )
        if not dialog.exec():
            return
        target = dialog.chosen()
        if not target:
            return
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Merge %1 into %2").replace("%1", row.title).replace("%2", target[0].title),
            backlog.merge_topics,
            row.id,
            target[0].id,
        )
        if ok:
            self.ctx.events.status.emit(self.tr("Merged. Undo with Ctrl+Z."))
            self._select_after_change(target[0].id, reveal=True)

    def plan_topic(self) -> None:
        row = self.current()
        if row is None:
            return
        choices = self.ctx.commands.read(backlog.meeting_choices, self._group(), plannable=True)
        if not choices:
            self.show_error(
                UserError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no coming meeting to plan the topic into. Plan a meeting "
                        "on the Meetings page first.",
                    )
                )
            )
            return
        dialog = MeetingPickDialog(
            choices,
            title=self.tr("Plan into a meeting"),
            prompt=self.tr("Put “%1” on the agenda of:").replace("%1", row.title),
            parent=self,
        )
        meeting = dialog.chosen() if dialog.exec() else None
        if meeting is None:
            return
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Plan %1").replace("%1", row.title),
            backlog.plan_topic,
            row.id,
            meeting.id,
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("“%1” is on the agenda of %2.")
                .replace("%1", row.title)
                .replace("%2", meeting.title)
            )
            self._select_after_change(row.id)

    def toggle_park(self) -> None:
        row = self.current()
        if row is None:
            return
        parked = row.status == S.PARKED
        text = (self.tr("Reopen %1") if parked else self.tr("Park %1")).replace("%1", row.title)
        ok, _ = self.ctx.commands.try_run(
            self, text, backlog.set_status, row.id, S.OPEN if parked else S.PARKED
        )
        if ok:
            self._select_after_change(row.id)

    def delete_topic(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.ctx.commands.try_run(
            self, self.tr("Delete topic %1").replace("%1", row.title), backlog.delete_topic, row.id
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("“%1” deleted. Undo with Ctrl+Z.").replace("%1", row.title)
            )

    # --- the Lean Coffee board (``boards.py``) -------------------------------------------------
    @property
    def board_clock(self) -> Callable[[], float]:
        """The boards' timer clock (tests put a fake one here)."""
        return self.boards.clock

    @board_clock.setter
    def board_clock(self, clock: Callable[[], float]) -> None:
        self.boards.clock = clock

    def open_board(self, meeting_id: int) -> BoardWindow | None:
        return self.boards.open(meeting_id)

    def board_windows(self) -> dict[int, BoardWindow]:
        return self.boards.by_meeting()
