"""Meetings of the selected group: a list and a month calendar on the left; the selected
meeting's overview, agenda and attendance on the right.

Actions: plan (Ctrl+N), edit (Enter, Ctrl+E), suggest dates (Ctrl+D), new series (Ctrl+R),
cancel (Ctrl+K), delete (Del), open the Lean Coffee board (Ctrl+L) or the minutes (Ctrl+M)
of the selected meeting. Every edit is one undoable step through ``ctx.commands``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QTabWidget,
)

from copdesk.formats.dates import date_with_weekday, meeting_when
from copdesk.formats.meeting_text import (
    holiday_language,
    status_label,
)
from copdesk.model import groups, meetings, rotation
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.meetings import MeetingData, MeetingRow
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon
from copdesk.ui.invitations import add_invite_actions
from copdesk.ui.meetings.agenda_table import compact_rows
from copdesk.ui.meetings.calendar import CalendarView
from copdesk.ui.meetings.editors import MeetingEditors
from copdesk.ui.meetings.meeting_dialog import MeetingDialog
from copdesk.ui.meetings.overview import overview_html
from copdesk.ui.meetings.series_dialog import SeriesDialog
from copdesk.ui.meetings.suggest_dialog import MeetingSuggestDialog, SuggestParams
from copdesk.ui.models.dto_table import Column
from copdesk.ui.page_base import ListPage, PageContext
from copdesk.ui.rotation import add_rotation_button

ALL, UPCOMING, PAST = "all", "upcoming", "past"
GREY = "#6b7280"


class MeetingsPage(ListPage[MeetingRow]):
    icon_name = "meetings"
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Meetings")
    tables = frozenset(
        {
            "meeting",
            "agenda_item",
            "attendance",
            "guest",
            "absence",
            "agenda_template",
            "organisation",
            "member",
            "cop_group",
            "group_membership",
            "meeting_series",
        }
    )
    opens = frozenset({"meeting"})

    def __init__(self, ctx: PageContext, parent=None) -> None:
        grey = QBrush(QColor(GREY))
        columns = [
            Column(
                self.tr("When"),
                lambda r: meeting_when(r.start_at, r.end_at, r.tz),
                sort_key=lambda r: r.start_at,
                searchable=True,
                foreground=lambda r: grey if r.status == "cancelled" else None,
            ),
            Column(
                self.tr("Title"),
                lambda r: r.title,
                decoration=lambda r: icon("warning") if r.conflicts else None,
                tooltip=self._conflict_tip,
                foreground=lambda r: grey if r.status == "cancelled" else None,
            ),
            Column(
                self.tr("Status"),
                self._status_text,
                foreground=lambda r: grey if r.status == "cancelled" else None,
            ),
            Column(self.tr("Host"), lambda r: r.host),
            Column(self.tr("Moderation"), lambda r: r.moderator),
        ]
        super().__init__(ctx, columns, parent)
        # the clock (tests replace it)
        self.today = dt.date.today
        self.now = lambda: dt.datetime.now(dt.UTC)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.table.setAccessibleName(self.tr("Meetings"))
        compact_rows(self.table)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("All meetings"), ALL)
        self.filter.addItem(self.tr("Upcoming"), UPCOMING)
        self.filter.addItem(self.tr("Past"), PAST)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.toolbar_row.insertWidget(1, self.filter)
        if ctx.settings.geometry("MeetingsPage/header") is None:
            for col, width in enumerate((215, 210, 110, 170)):
                self.table.setColumnWidth(col, width)
            self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

        self._build_views()
        self._build_actions()
        self._apply_filter()
        self.selection_changed(None)

    # --- layout ----------------------------------------------------------------------
    def _build_views(self) -> None:
        list_side = self.splitter.widget(0)
        assert list_side is not None  # ListPage puts the search and the table there
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(list_side, icon("meetings"), self.tr("&List"))
        self.calendar_view = CalendarView()
        self.calendar = self.calendar_view.calendar
        self.day_list = self.calendar_view.day_list
        self.calendar.range_changed.connect(lambda *_: self._reload_calendar())
        self.calendar_view.day_meeting.connect(self._calendar_day_changed)
        self.calendar_view.open_meeting.connect(self._open_and_edit)
        self.calendar_view.plan_on.connect(lambda day: self.new_meeting(day=day))
        self.views.addTab(self.calendar_view, icon("calendar-add"), self.tr("&Calendar"))
        self.views.currentChanged.connect(self._view_changed)
        self.splitter.insertWidget(0, self.views)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.detail, self.tr("&Overview"))
        self.editors = MeetingEditors(self, self.ctx, self.tabs, self.current)
        self.agenda, self.attendance = self.editors.agenda, self.editors.attendance
        self.splitter.insertWidget(1, self.tabs)
        # list above, details below: both get the full width (German labels are long)
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = self.ctx.settings.geometry("MeetingsPage/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([320, 380])
        self._syncing = False

    def _build_actions(self) -> None:
        low = QAction.Priority.LowPriority
        self.new_action = self.make_action(
            self.tr("&New meeting…"),
            "new",
            self.new_meeting,
            QKeySequence.StandardKey.New,
            self.tr("Plan a meeting (Ctrl+N)"),
        )
        self.new_action.setIconText(self.tr("New"))
        self.suggest_action = self.make_action(
            self.tr("&Suggest dates…"),
            "suggest",
            self.suggest_dates,
            "Ctrl+D",
            self.tr("Dates near the group's cadence without holidays and absences (Ctrl+D)"),
        )
        self.suggest_action.setIconText(self.tr("Suggest dates"))
        self.edit_action = self.make_action(
            self.tr("&Edit meeting…"),
            "edit",
            self.activate_current,
            "Ctrl+E",
            self.tr("Edit the selected meeting (Enter)"),
        )
        self.edit_action.setPriority(low)
        self.series_action = self.make_action(
            self.tr("New se&ries…"),
            "calendar-add",
            self.new_series,
            "Ctrl+R",
            self.tr("Create a weekly series, e.g. a Working Out Loud circle (Ctrl+R)"),
        )
        self.series_action.setPriority(low)
        self.cancel_action = self.make_action(
            self.tr("&Cancel meeting"),
            "close",
            self.toggle_cancelled,
            "Ctrl+K",
            self.tr("Cancel the selected meeting; it stays in the history (Ctrl+K)"),
        )
        self.cancel_action.setPriority(low)
        self.delete_action = self.make_action(
            self.tr("&Delete meeting"),
            "delete",
            self.delete_meeting,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected meeting if nothing refers to it yet (Del)"),
        )
        self.delete_action.setPriority(low)
        self.board_action = self.make_action(
            self.tr("Lean Coffee &board"),
            "board",
            lambda: self._open_other("board"),
            "Ctrl+L",
            self.tr("Open the Lean Coffee board of the selected meeting (Ctrl+L)"),
        )
        self.board_action.setIconText(self.tr("Lean Coffee"))
        self.minutes_action = self.make_action(
            self.tr("&Minutes"),
            "minutes",
            lambda: self._open_other("minutes"),
            "Ctrl+M",
            self.tr("Open the minutes of the selected meeting (Ctrl+M)"),
        )
        self.invite_action, self.send_cancel_action = add_invite_actions(  # invitations
            self,
            lambda: getattr(self.current(), "id", None),
            refresh_on=(self.table.selectionModel().currentRowChanged, self.proxy.modelReset),
        )

    # --- list ------------------------------------------------------------------------
    def _status_text(self, row: MeetingRow) -> str:
        text = status_label(row.status)
        if row.conflicts:
            text += " · ⚠ " + self.tr("conflict")
        return text

    def _conflict_tip(self, row: MeetingRow) -> str | None:
        if not row.conflicts:
            return None
        return plural(
            self.tr("⚠ %n conflict(s) with other meetings at the same time", "", row.conflicts),
            row.conflicts,
        )

    def _apply_filter(self) -> None:
        mode = self.filter.currentData()
        now = self.now()
        if mode == UPCOMING:
            self.proxy.set_predicate(lambda r: r.end_at >= now)
        elif mode == PAST:
            self.proxy.set_predicate(lambda r: r.end_at < now)
        else:
            self.proxy.set_predicate(None)
        self._update_count()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.selectRow(0)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return plural(self.tr("%n meeting(s)", "", total), total)
        return self.tr("%n of %1 shown", "", shown).replace("%1", str(total))

    def empty_text(self) -> str:
        return self.tr(
            "No meetings yet.\nLet CoP Desk suggest a date (Ctrl+D), or plan one yourself (Ctrl+N)."
        )

    def reload(self) -> None:
        gid = self.ctx.current_group()
        self.editors.forget_people()
        self.set_rows(self.ctx.commands.read(meetings.list_meetings, gid))
        self._reload_calendar()

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        self.search.clear()
        if not self.select(lambda r: r.id == item_id):
            self.filter.setCurrentIndex(self.filter.findData(ALL))
            self.select(lambda r: r.id == item_id)
        self.table.setFocus()

    def selection_changed(self, row: MeetingRow | None) -> None:
        has = row is not None
        for action in (
            self.edit_action,
            self.cancel_action,
            self.delete_action,
            self.board_action,
            self.minutes_action,
        ):
            action.setEnabled(has)
        if row is not None and row.status == "cancelled":
            self.cancel_action.setText(self.tr("Re&instate meeting"))
            self.cancel_action.setToolTip(self.tr("Plan the cancelled meeting again (Ctrl+K)"))
        else:
            self.cancel_action.setText(self.tr("&Cancel meeting"))
            self.cancel_action.setToolTip(
                self.tr("Cancel the selected meeting; it stays in the history (Ctrl+K)")
            )
        self.editors.show_meeting(row)
        if row is not None and not self._syncing:
            self._syncing = True
            try:
                day = meetings.to_local(row.start_at, row.tz).date()
                if self.calendar.selected_day() != day:
                    self.calendar.show_day(day)
            finally:
                self._syncing = False

    def detail_html(self, row: MeetingRow) -> str:
        try:
            d = self.ctx.commands.read(meetings.get_detail, row.id)
            counts, away = self.ctx.commands.read(meetings.attendance_summary, row.id)
        except UserError:
            return ""
        return overview_html(row, d, counts, away)

    # --- calendar --------------------------------------------------------------------
    def _view_changed(self, index: int) -> None:
        if index == 1:
            self._reload_calendar()

    def _reload_calendar(self) -> None:
        start, end = self.calendar.shown_range()
        try:
            entries = self.ctx.commands.read(
                meetings.calendar_entries,
                self.ctx.current_group(),
                start,
                end,
                language=holiday_language(),
            )
        except UserError:
            entries = []
        self.calendar_view.set_entries(entries)

    def _calendar_day_changed(self, meeting_id: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.search.clear()
            if not self.select(lambda r: r.id == meeting_id):
                self.filter.setCurrentIndex(self.filter.findData(ALL))
                self.select(lambda r: r.id == meeting_id)
        finally:
            self._syncing = False

    def _open_and_edit(self, meeting_id: int) -> None:
        self.open_item("meeting", meeting_id)
        self.activate_current()

    # --- meetings --------------------------------------------------------------------
    def _people_for(self, group_id: int, include=()):
        return self.ctx.commands.read(meetings.list_people, group_id, include=include)

    def _check(self, exclude_id: int | None):
        language = holiday_language()
        return lambda data: self.ctx.commands.read(
            meetings.check_meeting, data, exclude_id=exclude_id, language=language
        )

    def _dialog(self, data: MeetingData, *, is_new: bool, exclude_id=None) -> MeetingDialog:
        read = self.ctx.commands.read
        dialog = MeetingDialog(
            # archived groups are not offered, unless the meeting is one of theirs
            groups=[g for g in read(groups.list_groups) if g.active or g.id == data.group_id],
            hosts=read(meetings.list_hosts),
            people_for=self._people_for,
            data=data,
            is_new=is_new,
            check=self._check(exclude_id),
            today=self.today(),
            parent=self,
            settings=self.ctx.settings,
        )
        add_rotation_button(
            dialog,
            lambda gid, day: read(
                rotation.propose_for_date, gid, day, exclude_meeting_id=exclude_id
            ),
        )
        return dialog

    def default_title(self, group_id: int, day: dt.date) -> str:
        group_rows = {g.id: g for g in self.ctx.commands.read(groups.list_groups)}
        group = group_rows.get(group_id)
        cadence, _v = self.ctx.commands.read(meetings.get_cadence, group_id)
        if group is not None and group.parent_id is None and cadence.unit == "month":
            return (
                self.tr("CoP meeting Q%1/%2")
                .replace("%1", str((day.month - 1) // 3 + 1))
                .replace("%2", str(day.year))
            )
        name = group.name if group else ""
        return f"{name} – {date_with_weekday(day)}"

    def new_meeting(self, *, day: dt.date | None = None) -> None:
        gid = self.ctx.current_group()
        cadence, _v = self.ctx.commands.read(meetings.get_cadence, gid)
        day = day or (self.today() + dt.timedelta(days=14))
        data = MeetingData(
            group_id=gid,
            title=self.default_title(gid, day),
            start=dt.datetime.combine(day, cadence.window_start),
            minutes=cadence.minutes,
        )
        data = self.ctx.commands.read(meetings.with_group_defaults, data)
        dialog = self._dialog(data, is_new=True)
        created: list[int] = []

        def save(new: MeetingData) -> None:
            created.append(
                self.ctx.commands.run(
                    self.tr("Plan meeting %1").replace("%1", new.title), meetings.add_meeting, new
                )
            )

        dialog.set_saver(save)
        if dialog.exec() and created:
            self._show_meeting(created[0])

    def _show_meeting(self, meeting_id: int) -> None:
        self.refresh_if_stale()
        self.open_item("meeting", meeting_id)

    def activate_current(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            data, version = self.ctx.commands.read(meetings.get_meeting, row.id)
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = self._dialog(data, is_new=False, exclude_id=row.id)
        dialog.set_saver(
            lambda new: self.ctx.commands.run(
                self.tr("Edit meeting %1").replace("%1", new.title),
                meetings.update_meeting,
                row.id,
                new,
                version,
            )
        )
        dialog.exec()
        self.table.setFocus()

    def suggest_dates(self) -> None:
        dialog = self.suggest_dialog()
        if dialog.exec() and dialog.planned:
            self._show_meeting(dialog.planned)
            self.ctx.events.status.emit(
                self.tr("Meeting planned. Add the host, moderation and agenda; undo with Ctrl+Z.")
            )

    def suggest_dialog(self) -> MeetingSuggestDialog:
        """The "Suggest dates" dialog for the current group (not yet shown)."""
        gid = self.ctx.current_group()
        read = self.ctx.commands.read
        cadence, _version = read(meetings.get_cadence, gid)
        group_rows = {g.id: g for g in read(groups.list_groups)}
        language = holiday_language()

        def suggest(p: SuggestParams):
            return read(
                meetings.suggest_dates,
                gid,
                count=p.count,
                after=p.after,
                today=self.today(),
                moderator_id=p.moderator_id,
                cadence=p.cadence,
                language=language,
            )

        def plan(candidate):
            chosen = dialog.cadence()
            title = self.default_title(gid, candidate.day)
            return self.ctx.commands.run(
                self.tr("Plan meeting on %1").replace("%1", date_with_weekday(candidate.day)),
                meetings.plan_date,
                gid,
                candidate.day,
                title,
                cadence=chosen,
            )

        def save_cadence(new) -> None:
            _c, version = read(meetings.get_cadence, gid)
            self.ctx.commands.run(
                self.tr("Change the cadence of %1").replace(
                    "%1", group_rows[gid].name if gid in group_rows else ""
                ),
                meetings.set_cadence,
                gid,
                new,
                version,
            )

        dialog = MeetingSuggestDialog(
            group_name=group_rows[gid].name if gid in group_rows else "",
            cadence=cadence,
            people=read(meetings.list_people, gid),
            suggest=suggest,
            plan=plan,
            save_cadence=save_cadence,
            today=self.today(),
            parent=self,
            settings=self.ctx.settings,
        )
        return dialog

    def series_dialog(self) -> SeriesDialog:
        read = self.ctx.commands.read
        return SeriesDialog(
            groups=[g for g in read(groups.list_groups) if g.active],
            group_id=self.ctx.current_group(),
            hosts=read(meetings.list_hosts),
            templates=read(meetings.list_templates),
            states_for=lambda g: read(meetings.group_states, g)[0],
            today=self.today(),
            parent=self,
            settings=self.ctx.settings,
        )

    def new_series(self) -> None:
        read = self.ctx.commands.read
        gid = self.ctx.current_group()
        language = holiday_language()
        dialog = self.series_dialog()
        created: list[int] = []

        def save(data) -> None:
            created.append(
                self.ctx.commands.run(
                    self.tr("Create series %1").replace("%1", data.first.title),
                    meetings.create_series,
                    data,
                    language=language,
                )
            )

        dialog.set_saver(save)
        if dialog.exec() and created:
            rows = read(meetings.series_meetings, created[0])
            if rows:
                if rows[0].group_id != gid:
                    self.ctx.events.status.emit(
                        self.tr(
                            "The series was created in another group; choose that group to see it."
                        )
                    )
                    return
                self._show_meeting(rows[0].id)

    def toggle_cancelled(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.status == "cancelled":
            self.ctx.commands.try_run(
                self,
                self.tr("Reinstate meeting %1").replace("%1", row.title),
                meetings.set_status,
                row.id,
                "planned",
            )
        else:
            self.ctx.commands.try_run(
                self,
                self.tr("Cancel meeting %1").replace("%1", row.title),
                meetings.cancel_meeting,
                row.id,
            )

    def delete_meeting(self) -> None:
        row = self.current()
        if row is None:
            return
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Delete meeting %1").replace("%1", row.title),
            meetings.delete_meeting,
            row.id,
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("%1 deleted. Undo with Ctrl+Z.").replace("%1", row.title)
            )

    def _open_other(self, kind: str) -> None:
        row = self.current()
        if row is not None:
            self.ctx.events.open_request.emit(kind, row.id)
