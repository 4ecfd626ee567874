"""Minutes of a meeting: attendance, check-in and notes, decisions, action items, the
review of earlier action items; finalise, preview, print and export the protocol PDF.

Every edit is one undoable command (``ctx.commands``). The PDF is built on a worker
thread (``runner``) from a frozen ``Minutes`` record, with a progress dialog that can
cancel; the window never waits for reportlab.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, local, meeting_when
from copdesk.model import minutes, tempfiles
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.minutes.dto import (
    ActionData,
    ActionRow,
    AttendeeRow,
    DecisionData,
    GuestData,
    Minutes,
    NoteData,
)
from copdesk.ui import runner
from copdesk.ui.icons import icon
from copdesk.ui.minutes.dialogs import (
    ActionDialog,
    DecisionDialog,
    DueDateDialog,
    GuestDialog,
    NoteDialog,
)
from copdesk.ui.models.dto_table import Column, DtoTableModel
from copdesk.ui.pages.base import Page, PageContext
from copdesk.ui.settings import LOGO_PATH, Key

RED = QColor("#b42318")
GREY = QColor("#6b7280")

TAB_ATTENDANCE, TAB_NOTES, TAB_DECISIONS, TAB_ACTIONS, TAB_EARLIER = range(5)


def _table(model: DtoTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setAccessibleName(name)
    return table


def _columns(table: QTableView, widths: tuple[int, ...], stretch: int) -> None:
    """Starting widths; the *stretch* column (the long text) takes the remaining room."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for col, width in enumerate(widths):
        if col != stretch:
            table.setColumnWidth(col, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MinutesPage(Page):
    icon_name = "minutes"
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Minutes")
    tables = frozenset(
        {
            "meeting",
            "attendance",
            "guest",
            "minutes_note",
            "decision",
            "action_item",
            "protocol_version",
            "member",
            "organisation",
            "agenda_item",
            "topic",
            "cop_group",
            "group_membership",
        }
    )
    opens = frozenset({"minutes"})

    def __init__(self, ctx: PageContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.minutes: Minutes | None = None
        self._meeting_id: int | None = None
        self._job = None

        # --- the meeting and its state ---------------------------------------------------
        self.meeting_box = QComboBox()
        self.meeting_box.setMinimumContentsLength(28)
        self.meeting_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_box.setAccessibleName(self.tr("Meeting"))
        self.meeting_box.currentIndexChanged.connect(self._on_meeting_chosen)
        meeting_label = QLabel(self.tr("&Meeting:"))
        meeting_label.setBuddy(self.meeting_box)
        self.share_safe = QCheckBox(
            self.tr("Version for &circulation (without check-in and private notes)")
        )
        self.share_safe.setToolTip(
            self.tr(
                "For sharing across organisations: the PDF leaves "
                "out check-in notes and notes marked private"
            )
        )
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(meeting_label)
        top.addWidget(self.meeting_box, 2)
        top.addSpacing(12)
        top.addWidget(self.share_safe)
        top.addStretch(1)
        self.logo_button = QToolButton()
        self.logo_button.setText(self.tr("&Logo"))
        self.logo_button.setIcon(icon("open"))
        self.logo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.logo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        logo_menu = QMenu(self.logo_button)
        logo_menu.addAction(self.tr("&Choose a logo for the protocol…"), self.choose_logo)
        self.remove_logo_action = logo_menu.addAction(self.tr("&Remove the logo"), self.remove_logo)
        self.logo_button.setMenu(logo_menu)
        top.addWidget(self.logo_button)
        self._update_logo_tip()

        # --- tabs ------------------------------------------------------------------------
        self.tabs = QTabWidget()
        self._build_attendance_tab()
        self._build_notes_tab()
        self._build_decisions_tab()
        self._build_actions_tab()
        self._build_earlier_tab()

        self.empty_label = QLabel(
            self.tr("No held meetings yet.\nMinutes can be written once a meeting has taken place.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_label, 1)
        self.setFocusProxy(self.meeting_box)

        # --- page actions (toolbar and Actions menu) ---------------------------------
        self.add_action = self.make_action(
            self.tr("&Add…"),
            "new",
            self.add_current,
            QKeySequence.StandardKey.New,
            self.tr("Add to the current tab (Ctrl+N)"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            "edit",
            self.edit_current,
            "Ctrl+E",
            self.tr("Edit the selected entry (Enter)"),
        )
        self.delete_action = self.make_action(
            self.tr("&Delete"),
            "delete",
            self.delete_current,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected entry (Del)"),
        )
        self.finalise_action = self.make_action(
            self.tr("&Finalise"),
            "lock",
            self.finalise,
            "Ctrl+Shift+F",
            self.tr("Store the minutes as a numbered version of the protocol (Ctrl+Shift+F)"),
        )
        self.preview_action = self.make_action(
            self.tr("Pre&view"),
            "search",
            self.preview,
            "Ctrl+Shift+V",
            self.tr("Show the protocol PDF (Ctrl+Shift+V)"),
        )
        self.print_action = self.make_action(
            self.tr("&Print…"),
            "print",
            self.print_protocol,
            QKeySequence.StandardKey.Print,
            self.tr("Print the protocol (Ctrl+P)"),
        )
        self.export_action = self.make_action(
            self.tr("E&xport PDF…"),
            "export",
            self.export_pdf,
            "Ctrl+Shift+E",
            self.tr("Save the protocol as a PDF file (Ctrl+Shift+E)"),
        )
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())
        # Ctrl+Tab / Ctrl+PgDown switch tabs wherever the focus is on this page
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            switch = QShortcut(QKeySequence(keys), self)
            switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            switch.activated.connect(lambda step=step: self._next_tab(step))
        for table in (
            self.att_table,
            self.guest_table,
            self.note_table,
            self.decision_table,
            self.action_table,
            self.earlier_table,
        ):
            table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _next_tab(self, step: int) -> None:
        if self.tabs.isVisible():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self.tabs.currentWidget().setFocus()

    # --- building the tabs ----------------------------------------------------------------
    def _buttons(self, *specs: tuple[str, Callable[[], None], str]) -> tuple[QWidget, list]:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        made = []
        for text, slot, icon_name in specs:
            button = QPushButton(icon(icon_name) if icon_name else QPushButton().icon(), text)
            button.clicked.connect(slot)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        return holder, made

    def _tab(self, table: QTableView, buttons: QWidget, hint: QLabel | None = None) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        if hint is not None:
            lay.addWidget(hint)
        lay.addWidget(table, 1)
        lay.addWidget(buttons)
        page.setFocusProxy(table)
        return page

    def _status_text(self, row: AttendeeRow) -> str:
        return {
            "attended": self.tr("present"),
            "excused": self.tr("excused"),
            "declined": self.tr("excused (declined)"),
            "absent": self.tr("absent"),
            "accepted": self.tr("not recorded (accepted)"),
            "tentative": self.tr("not recorded (tentative)"),
            "invited": self.tr("not recorded (invited)"),
        }.get(row.status, self.tr("not recorded"))

    def _build_attendance_tab(self) -> None:
        def status_colour(r):
            return QBrush(GREY) if r.group == "unknown" else None

        self.att_model = DtoTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Attendance"), self._status_text, foreground=status_colour),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.att_table = _table(self.att_model, self.tr("Attendance"))
        self.att_table.doubleClicked.connect(lambda _i: self.set_attendance("attended"))
        _columns(self.att_table, (200, 210, 200, 0), 3)
        self.guest_model = DtoTableModel(
            [
                Column(self.tr("Guest"), lambda g: g.name),
                Column(self.tr("Organisation"), lambda g: g.organisation),
                Column(self.tr("E-mail"), lambda g: g.email),
            ],
            self,
        )
        self.guest_table = _table(self.guest_model, self.tr("Guests"))
        self.guest_table.setMaximumHeight(150)
        _columns(self.guest_table, (220, 260, 0), 2)
        self.guest_table.doubleClicked.connect(lambda _i: self.edit_guest())
        (
            buttons,
            (
                self.present_button,
                self.excused_button,
                self.absent_button,
                self.add_guest_button,
                self.remove_guest_button,
            ),
        ) = self._buttons(
            (self.tr("&Present"), lambda: self.set_attendance("attended"), "check"),
            (self.tr("E&xcused"), lambda: self.set_attendance("excused"), "person-off"),
            (self.tr("Ab&sent"), lambda: self.set_attendance("absent"), "close"),
            (self.tr("Add &guest…"), self.add_guest, "new"),
            (self.tr("&Remove guest"), self.remove_guest, "delete"),
        )
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self.att_table, 3)
        guests_label = QLabel(self.tr("Guests"))
        lay.addWidget(guests_label)
        lay.addWidget(self.guest_table, 1)
        lay.addWidget(buttons)
        page.setFocusProxy(self.att_table)
        self.tabs.addTab(page, icon("members"), self.tr("Attendance"))

    def _note_kind(self, kind: str) -> str:
        return {
            "check_in": self.tr("Check-in"),
            "note": self.tr("Note"),
            "takeaway": self.tr("Result"),
            "check_out": self.tr("Check-out"),
        }.get(kind, kind)

    def _item_title(self, item_id) -> str:
        if self.minutes is None or item_id is None:
            return ""
        number = 0
        for item in self.minutes.agenda:
            if item.kind == "break":
                continue
            number += 1
            if item.id == item_id:
                return f"{number}. {item.title}"
        return ""

    def _build_notes_tab(self) -> None:
        self.note_model = DtoTableModel(
            [
                Column(self.tr("Agenda item"), lambda n: self._item_title(n.agenda_item_id)),
                Column(self.tr("Kind"), lambda n: self._note_kind(n.kind)),
                Column(self.tr("Who / topic"), lambda n: n.member_name or n.topic_title),
                Column(
                    self.tr("Private"),
                    lambda n: self.tr("private") if n.private else "",
                    decoration=lambda n: icon("lock") if n.private else None,
                ),
                Column(
                    self.tr("Text"), lambda n: _one_line(n.text), tooltip=lambda n: n.text[:2000]
                ),
            ],
            self,
        )
        self.note_table = _table(self.note_model, self.tr("Notes"))
        self.note_table.doubleClicked.connect(lambda _i: self.edit_current())
        _columns(self.note_table, (190, 80, 150, 100, 0), 4)
        buttons, (self.add_check_in_button, self.add_note_button, self.private_button) = (
            self._buttons(
                (self.tr("Add check-&in note…"), lambda: self.add_note("check_in"), "new"),
                (self.tr("Add &note…"), lambda: self.add_note("note"), "new"),
                (self.tr("Mark &private / shareable"), self.toggle_private, "lock"),
            )
        )
        self.tabs.addTab(
            self._tab(self.note_table, buttons), icon("edit"), self.tr("Check-in and notes")
        )

    def _build_decisions_tab(self) -> None:
        self.decision_model = DtoTableModel(
            [
                Column(self.tr("No."), lambda d: str(self._decision_number(d))),
                Column(
                    self.tr("Decision"),
                    lambda d: _one_line(d.text, 240),
                    tooltip=lambda d: d.text[:2000],
                ),
                Column(self.tr("Agenda item"), lambda d: self._item_title(d.agenda_item_id)),
            ],
            self,
        )
        self.decision_table = _table(self.decision_model, self.tr("Decisions"))
        self.decision_table.doubleClicked.connect(lambda _i: self.edit_current())
        _columns(self.decision_table, (45, 0, 220), 1)
        buttons, _ = self._buttons((self.tr("Add &decision…"), self.add_decision, "new"))
        self.tabs.addTab(
            self._tab(self.decision_table, buttons), icon("check"), self.tr("Decisions")
        )

    def _decision_number(self, d) -> int:
        rows = self.decision_model.rows()
        return next((k for k, r in enumerate(rows, 1) if r.id == d.id), 0)

    def _action_state(self, a: ActionRow) -> str:
        if a.status == "open":
            return "⚠ " + self.tr("overdue") if a.overdue else self.tr("open")
        if a.status == "done":
            return (
                self.tr("done %1").replace("%1", date_short(a.done_on))
                if a.done_on
                else self.tr("done")
            )
        if a.carried_to_meeting:
            return self.tr("carried over to %1").replace("%1", a.carried_to_meeting)
        return self.tr("cancelled")

    def _action_columns(self, with_meeting: bool) -> list[Column]:
        red = QBrush(RED)
        cols = [
            Column(
                self.tr("Who"),
                lambda a: a.owner or "⚠ " + self.tr("nobody yet"),
                foreground=lambda a: red if not a.owner else None,
            ),
            Column(
                self.tr("What"),
                lambda a: _one_line(a.description),
                tooltip=lambda a: a.description[:2000],
            ),
            Column(
                self.tr("By when"),
                lambda a: date_short(a.due_on) if a.due_on else "–",
                sort_key=lambda a: a.due_on,
            ),
            Column(
                self.tr("Status"),
                self._action_state,
                decoration=lambda a: icon("overdue") if a.overdue else None,
                foreground=lambda a: red if a.overdue else None,
            ),
        ]
        if with_meeting:
            cols.append(Column(self.tr("From meeting"), lambda a: a.meeting_title))
        return cols

    def _build_actions_tab(self) -> None:
        self.action_model = DtoTableModel(self._action_columns(False), self)
        self.action_table = _table(self.action_model, self.tr("Action items"))
        self.action_table.doubleClicked.connect(lambda _i: self.edit_current())
        _columns(self.action_table, (170, 0, 100, 150), 1)
        buttons, (self.action_done_button,) = self._buttons(
            (self.tr("Mark &done / reopen"), self.toggle_action_done, "check")
        )
        self.tabs.addTab(
            self._tab(self.action_table, buttons), icon("actions"), self.tr("Action items")
        )

    def _build_earlier_tab(self) -> None:
        self.earlier_model = DtoTableModel(self._action_columns(True), self)
        self.earlier_table = _table(
            self.earlier_model, self.tr("Action items from earlier meetings")
        )
        _columns(self.earlier_table, (160, 0, 95, 150, 170), 1)
        hint = QLabel(
            self.tr(
                "Open action items of earlier meetings of this group, for review "
                "in this meeting: mark them done, give them a new due date, or "
                "carry them over into this meeting's minutes."
            )
        )
        hint.setWordWrap(True)
        buttons, (self.earlier_done_button, self.move_due_button, self.carry_button) = (
            self._buttons(
                (self.tr("Mark &done / reopen"), self.toggle_earlier_done, "check"),
                (self.tr("&New due date…"), self.move_due, "calendar-add"),
                (self.tr("Carry &over…"), self.carry_over, "redo"),
            )
        )
        self.tabs.addTab(
            self._tab(self.earlier_table, buttons, hint),
            icon("overdue"),
            self.tr("Earlier action items"),
        )

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        group = self.ctx.current_group()
        choices = self.ctx.commands.read(minutes.list_meetings, group)
        wanted = self._meeting_id
        if wanted is None or all(c.id != wanted for c in choices):
            wanted = self.ctx.commands.read(minutes.default_meeting, group)
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for c in choices:
            day = date_short(local(c.start_at).date())
            label = f"{day} – {c.title}"
            if c.version:
                label += " · " + self.tr("version %1").replace("%1", str(c.version))
            self.meeting_box.addItem(label, c.id)
        index = self.meeting_box.findData(wanted)
        self.meeting_box.setCurrentIndex(index)
        self.meeting_box.blockSignals(False)
        self._meeting_id = self.meeting_box.currentData()
        self._load_minutes()

    def _on_meeting_chosen(self, _index: int) -> None:
        self._meeting_id = self.meeting_box.currentData()
        self._load_minutes()

    def _load_minutes(self) -> None:
        has = self._meeting_id is not None
        self.tabs.setVisible(has)
        self.empty_label.setVisible(not has)
        if not has:
            self.minutes = None
            self.state_label.setText("")
            for model in (
                self.att_model,
                self.guest_model,
                self.note_model,
                self.decision_model,
                self.action_model,
                self.earlier_model,
            ):
                model.set_rows([])
            self._update_actions()
            return
        try:
            self.minutes = self.ctx.commands.read(minutes.load_minutes, self._meeting_id)
        except UserError as exc:
            self.minutes = None
            self.show_error(exc)
            return
        m = self.minutes
        self._set_rows(self.att_table, self.att_model, m.attendees, "member_id")
        self._set_rows(self.guest_table, self.guest_model, m.guests)
        self._set_rows(self.note_table, self.note_model, m.notes)
        self._set_rows(self.decision_table, self.decision_model, m.decisions)
        self._set_rows(self.action_table, self.action_model, m.actions)
        self._set_rows(self.earlier_table, self.earlier_model, m.earlier_actions)
        self.state_label.setText(self._state_text(m))
        self._update_actions()

    def _set_rows(self, table: QTableView, model: DtoTableModel, rows, key: str = "id") -> None:
        current = table.currentIndex()
        keep = (
            getattr(model.row_object(current.row()), key, None)
            if current.isValid() and current.row() < model.rowCount()
            else None
        )
        model.set_rows(rows)
        row = model.row_of(lambda r: getattr(r, key, None) == keep) if keep is not None else -1
        if row < 0 and model.rowCount():
            row = 0
        if row >= 0:
            table.selectRow(row)

    def _state_text(self, m: Minutes) -> str:
        parts = [meeting_when(m.start_at, m.end_at, m.tz)]
        last = m.last_version
        if last is None:
            parts.append(self.tr("Draft – not finalised yet"))
        else:
            when = date_short(local(last.finalised_at, m.tz).date())
            text = (
                self.tr("Version %1 finalised on %2")
                .replace("%1", str(last.number))
                .replace("%2", when)
            )
            if m.changed_since_version:
                text += " – " + self.tr("changed since; finalise again for version %1").replace(
                    "%1", str(last.number + 1)
                )
            parts.append(text)
        warnings = []
        unrecorded = sum(1 for a in m.attendees if a.group == "unknown")
        if unrecorded:
            warnings.append(
                self.tr("%n attendance(s) not recorded", "", unrecorded).replace(
                    "(s)", "" if unrecorded == 1 else "s"
                )
            )
        no_owner = sum(1 for a in m.actions if not a.owner and a.status == "open")
        if no_owner:
            warnings.append(
                self.tr("%n action item(s) without owner", "", no_owner).replace(
                    "(s)", "" if no_owner == 1 else "s"
                )
            )
        text = " · ".join(parts)
        if warnings:
            text += "\n⚠ " + " · ".join(warnings)
        return text

    def open_item(self, kind: str, item_id: object) -> None:
        self._meeting_id = int(item_id)  # type: ignore[arg-type]
        self._stale = True
        self.refresh_if_stale()
        if self.meeting_box.currentData() == item_id:
            return
        group = self.ctx.commands.read(minutes.meeting_group, int(item_id))
        if group is not None and group != self.ctx.current_group():
            text = self.tr("That meeting belongs to another group; choose the group first.")
        else:
            text = self.tr(
                "Minutes can be written for meetings that have started and for "
                "the next meeting. The minutes shown are of another meeting."
            )
        QMessageBox.information(self, self.title(), text)

    # --- state of the actions ---------------------------------------------------------------
    def _current(self, table: QTableView, model: DtoTableModel):
        index = table.currentIndex()
        if not index.isValid() or index.row() >= model.rowCount():
            return None
        return model.row_object(index.row())

    def _update_actions(self) -> None:
        has = self.minutes is not None
        tab = self.tabs.currentIndex()
        for action in (
            self.finalise_action,
            self.preview_action,
            self.print_action,
            self.export_action,
            self.add_action,
        ):
            action.setEnabled(has)
        selected = None
        if tab == TAB_NOTES:
            selected = self._current(self.note_table, self.note_model)
        elif tab == TAB_DECISIONS:
            selected = self._current(self.decision_table, self.decision_model)
        elif tab == TAB_ACTIONS:
            selected = self._current(self.action_table, self.action_model)
        elif tab == TAB_ATTENDANCE:
            selected = (
                self._current(self.guest_table, self.guest_model)
                if self.guest_table.hasFocus()
                else None
            )
        self.edit_action.setEnabled(has and selected is not None)
        self.delete_action.setEnabled(has and selected is not None)
        self.add_action.setEnabled(has and tab != TAB_EARLIER)

    # --- generic add / edit / delete by tab -------------------------------------------------
    def add_current(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == TAB_ATTENDANCE:
            self.add_guest()
        elif tab == TAB_NOTES:
            self.add_note("note")
        elif tab == TAB_DECISIONS:
            self.add_decision()
        elif tab == TAB_ACTIONS:
            self.add_action_item()

    def edit_current(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == TAB_NOTES:
            self.edit_note()
        elif tab == TAB_DECISIONS:
            self.edit_decision()
        elif tab == TAB_ACTIONS:
            self.edit_action_item()
        elif tab == TAB_ATTENDANCE and self.guest_table.hasFocus():
            self.edit_guest()

    def delete_current(self) -> None:
        tab = self.tabs.currentIndex()
        if self.minutes is None:
            return
        if tab == TAB_NOTES and (n := self._current(self.note_table, self.note_model)):
            self._run(self.tr("Delete note"), minutes.delete_note, n.id)
        elif tab == TAB_DECISIONS and (
            d := self._current(self.decision_table, self.decision_model)
        ):
            self._run(self.tr("Delete decision"), minutes.delete_decision, d.id)
        elif tab == TAB_ACTIONS and (a := self._current(self.action_table, self.action_model)):
            self._run(self.tr("Delete action item"), minutes.delete_action, a.id)
        elif tab == TAB_ATTENDANCE and self.guest_table.hasFocus():
            self.remove_guest()
        else:
            return
        self.ctx.events.status.emit(self.tr("Deleted. Undo with Ctrl+Z."))

    def _run(self, text: str, fn, *args, **kwargs) -> bool:
        ok, _ = self.ctx.commands.try_run(self, text, fn, *args, **kwargs)
        return ok

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus in (self.note_table, self.decision_table, self.action_table):
                self.edit_current()
                return
            if focus is self.guest_table:
                self.edit_guest()
                return
        super().keyPressEvent(event)

    # --- attendance and guests -------------------------------------------------------------
    def set_attendance(self, status: str) -> None:
        row = self._current(self.att_table, self.att_model)
        if row is None or self.minutes is None:
            return
        self._run(
            self.tr("Attendance of %1").replace("%1", row.name),
            minutes.set_attendance,
            self.minutes.meeting_id,
            row.member_id,
            status,
        )
        index = self.att_table.currentIndex()
        if index.isValid() and index.row() + 1 < self.att_model.rowCount():
            self.att_table.selectRow(index.row() + 1)  # quick entry: on to the next person
        self.att_table.setFocus()

    def add_guest(self) -> None:
        if self.minutes is None:
            return
        dialog = GuestDialog(parent=self, settings=self.ctx.settings)
        mid = self.minutes.meeting_id
        dialog.set_saver(
            lambda data: self.ctx.commands.run(
                self.tr("Add guest %1").replace("%1", data.name), minutes.add_guest, mid, data
            )
        )
        dialog.exec()
        self.guest_table.setFocus()

    def edit_guest(self) -> None:
        guest = self._current(self.guest_table, self.guest_model)
        if guest is None:
            return
        dialog = GuestDialog(
            data=GuestData(guest.name, guest.organisation, guest.email),
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda data: self.ctx.commands.run(
                self.tr("Edit guest %1").replace("%1", data.name),
                minutes.update_guest,
                guest.id,
                data,
            )
        )
        dialog.exec()

    def remove_guest(self) -> None:
        guest = self._current(self.guest_table, self.guest_model)
        if guest is None:
            return
        self._run(
            self.tr("Remove guest %1").replace("%1", guest.name), minutes.remove_guest, guest.id
        )

    # --- notes --------------------------------------------------------------------------
    def _people(self) -> list[AttendeeRow]:
        m = self.minutes
        if m is None:
            return []
        present = [a for a in m.attendees if a.group == "present"]
        return present or list(m.attendees)

    def _default_item(self, kind: str) -> int | None:
        if self.minutes is None:
            return None
        wanted = "check_in" if kind == "check_in" else None
        for item in self.minutes.agenda:
            if wanted and item.kind == wanted:
                return item.id
        return None

    def add_note(self, kind: str = "note") -> None:
        if self.minutes is None:
            return
        m = self.minutes
        data = NoteData(kind=kind, agenda_item_id=self._default_item(kind))
        dialog = NoteDialog(
            agenda=m.agenda, people=self._people(), parent=self, settings=self.ctx.settings
        )
        dialog.kind.setCurrentIndex(max(dialog.kind.findData(kind), 0))
        index = dialog.item.findData(data.agenda_item_id)
        if index >= 0:
            dialog.item.setCurrentIndex(index)
        dialog.set_saver(
            lambda d: self.ctx.commands.run(self.tr("Add note"), minutes.add_note, m.meeting_id, d)
        )
        dialog.exec()
        self.note_table.setFocus()

    def edit_note(self) -> None:
        note = self._current(self.note_table, self.note_model)
        if note is None or self.minutes is None:
            return
        data = NoteData(
            text=note.text,
            kind=note.kind,
            agenda_item_id=note.agenda_item_id,
            topic_id=note.topic_id,
            member_id=note.member_id,
            private=note.private,
        )
        dialog = NoteDialog(
            agenda=self.minutes.agenda,
            people=list(self.minutes.attendees),
            data=data,
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda d: self.ctx.commands.run(self.tr("Edit note"), minutes.update_note, note.id, d)
        )
        dialog.exec()
        self.note_table.setFocus()

    def toggle_private(self) -> None:
        note = self._current(self.note_table, self.note_model)
        if note is None:
            return
        data = NoteData(
            text=note.text,
            kind=note.kind,
            agenda_item_id=note.agenda_item_id,
            topic_id=note.topic_id,
            member_id=note.member_id,
            private=not note.private,
        )
        text = self.tr("Mark note private") if data.private else self.tr("Mark note shareable")
        self._run(text, minutes.update_note, note.id, data)
        self.note_table.setFocus()

    # --- decisions ----------------------------------------------------------------------
    def add_decision(self) -> None:
        if self.minutes is None:
            return
        m = self.minutes
        dialog = DecisionDialog(agenda=m.agenda, parent=self, settings=self.ctx.settings)
        dialog.set_saver(
            lambda d: self.ctx.commands.run(
                self.tr("Add decision"), minutes.add_decision, m.meeting_id, d
            )
        )
        dialog.exec()
        self.decision_table.setFocus()

    def edit_decision(self) -> None:
        d = self._current(self.decision_table, self.decision_model)
        if d is None or self.minutes is None:
            return
        dialog = DecisionDialog(
            agenda=self.minutes.agenda,
            data=DecisionData(d.text, d.agenda_item_id, d.topic_id),
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda data: self.ctx.commands.run(
                self.tr("Edit decision"), minutes.update_decision, d.id, data
            )
        )
        dialog.exec()
        self.decision_table.setFocus()

    # --- action items -------------------------------------------------------------------
    def _meeting_day(self) -> dt.date:
        m = self.minutes
        return local(m.start_at, m.tz).date() if m else dt.date.today()

    def add_action_item(self) -> None:
        if self.minutes is None:
            return
        m = self.minutes
        dialog = ActionDialog(
            agenda=m.agenda,
            people=self._people(),
            meeting_day=self._meeting_day(),
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda d: self.ctx.commands.run(
                self.tr("Add action item"), minutes.add_action, m.meeting_id, d
            )
        )
        dialog.exec()
        self.action_table.setFocus()

    def edit_action_item(self) -> None:
        a = self._current(self.action_table, self.action_model)
        if a is None or self.minutes is None:
            return
        data = ActionData(
            description=a.description,
            owner_id=a.owner_id,
            due_on=a.due_on,
            agenda_item_id=a.agenda_item_id,
            topic_id=a.topic_id,
            status=a.status,
            done_on=a.done_on,
        )
        dialog = ActionDialog(
            agenda=self.minutes.agenda,
            people=list(self.minutes.attendees),
            meeting_day=self._meeting_day(),
            data=data,
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda d: self.ctx.commands.run(
                self.tr("Edit action item"), minutes.update_action, a.id, d, a.version
            )
        )
        dialog.exec()
        self.action_table.setFocus()

    def _toggle_done(self, a: ActionRow | None, table: QTableView) -> None:
        if a is None:
            return
        done = a.status == "open"
        text = self.tr("Mark action item done") if done else self.tr("Reopen action item")
        self._run(text, minutes.set_action_done, a.id, done, version=a.version)
        table.setFocus()

    def toggle_action_done(self) -> None:
        self._toggle_done(self._current(self.action_table, self.action_model), self.action_table)

    def toggle_earlier_done(self) -> None:
        self._toggle_done(self._current(self.earlier_table, self.earlier_model), self.earlier_table)

    def move_due(self) -> None:
        a = self._current(self.earlier_table, self.earlier_model)
        if a is None:
            return
        dialog = DueDateDialog(
            self.tr("New due date"), a.due_on, parent=self, settings=self.ctx.settings
        )
        dialog.set_saver(
            lambda due: self.ctx.commands.run(
                self.tr("New due date"), minutes.move_due, a.id, due, version=a.version
            )
        )
        dialog.exec()
        self.earlier_table.setFocus()

    def carry_over(self) -> None:
        a = self._current(self.earlier_table, self.earlier_model)
        if a is None or self.minutes is None:
            return
        mid = self.minutes.meeting_id
        dialog = DueDateDialog(
            self.tr("Carry over into this meeting"),
            a.due_on,
            parent=self,
            settings=self.ctx.settings,
        )
        dialog.set_saver(
            lambda due: self.ctx.commands.run(
                self.tr("Carry over action item"),
                minutes.carry_over,
                a.id,
                mid,
                due_on=due,
                version=a.version,
            )
        )
        if dialog.exec():
            self.ctx.events.status.emit(self.tr("Carried over into this meeting's action items."))
        self.earlier_table.setFocus()

    # --- finalise ------------------------------------------------------------------------
    def finalise(self) -> None:
        if self.minutes is None:
            return
        m = self.minutes
        ok, number = self.ctx.commands.try_run(
            self,
            self.tr("Finalise protocol"),
            minutes.finalise,
            m.meeting_id,
            translate=QCoreApplication.translate,
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("Protocol version %1 stored. Undo with Ctrl+Z.").replace("%1", str(number))
            )

    # --- the logo (a user setting: it belongs to the person's organisation) ------------------
    def _update_logo_tip(self) -> None:
        logo = self.ctx.settings.get(LOGO_PATH)
        self.logo_button.setToolTip(
            self.tr("Logo on the protocol: %1").replace("%1", logo)
            if logo
            else self.tr("No logo on the protocol. Choose one (PNG or JPEG).")
        )
        self.remove_logo_action.setEnabled(bool(logo))

    def choose_logo(self) -> None:
        from copdesk.formats.protocol import check_logo

        current = self.ctx.settings.get(LOGO_PATH)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo for the protocol"),
            current or str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not name:
            return
        try:
            check_logo(name)
        except UserError as exc:
            self.show_error(exc)
            return
        self.ctx.settings.set(LOGO_PATH, name)
        self._update_logo_tip()
        self.ctx.events.status.emit(
            self.tr("The protocol now shows the logo %1.").replace("%1", Path(name).name)
        )

    def remove_logo(self) -> None:
        self.ctx.settings.set(LOGO_PATH, "")
        self._update_logo_tip()

    # --- the PDF: build in the background ------------------------------------------------------
    def _options(self):
        from copdesk.formats.protocol import ProtocolOptions

        logo = self.ctx.settings.get(LOGO_PATH) or None
        return ProtocolOptions(share_safe=self.share_safe.isChecked(), logo=logo)

    def build_pdf(self, target: Path, on_done: Callable[[Path], None]) -> None:
        """Build the protocol of the shown meeting into *target* on a worker thread."""
        from copdesk.formats import protocol as protocol_pdf

        if self.minutes is None or self._job is not None:
            return
        self._refresh_minutes()
        data, options = self.minutes, self._options()
        progress = QProgressDialog(
            self.tr("Building the protocol …"),
            self.tr("Cancel"),
            0,
            protocol_pdf.PROGRESS_TOTAL,
            self,
        )
        progress.setWindowTitle(self.tr("Protocol"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)

        def work(report, cancelled):
            return protocol_pdf.build_protocol(
                data, target, options, progress=report, cancelled=cancelled
            )

        def finished(result) -> None:
            self._job = None
            progress.close()
            progress.deleteLater()
            on_done(Path(result))

        def failed(exc) -> None:
            self._job = None
            progress.close()
            progress.deleteLater()
            if isinstance(exc, protocol_pdf.Cancelled):
                self.ctx.events.status.emit(self.tr("Cancelled; no file was written."))
            elif isinstance(exc, UserError):
                self.show_error(exc)
            else:
                QMessageBox.critical(
                    self,
                    self.tr("Protocol"),
                    self.tr(
                        "The protocol could not be built because of an error in CoP Desk. "
                        "Details are in the log file (Help › Show the log folder)."
                    ),
                )

        self._job = runner.start(
            work,
            on_done=finished,
            on_error=failed,
            on_progress=lambda done, _total: progress.setValue(done),
        )
        progress.canceled.connect(self._job.cancel)
        self.progress_dialog = progress  # tests look at it

    def _refresh_minutes(self) -> None:
        if self._meeting_id is not None:
            try:
                self.minutes = self.ctx.commands.read(minutes.load_minutes, self._meeting_id)
            except UserError:
                pass

    def _temp_target(self) -> Path:
        """A fresh private folder for a PDF that is only previewed or printed."""
        from copdesk.formats import protocol as protocol_pdf

        folder = tempfiles.mkdtemp("protocol")
        return folder / protocol_pdf.default_file_name(self.minutes, self._options())

    def preview(self) -> None:
        if self.minutes is None:
            return
        self.build_pdf(self._temp_target(), self.show_preview)

    def show_preview(self, path: Path) -> None:
        from copdesk.ui.minutes.preview import PreviewDialog

        title = self.tr("Preview: %1").replace("%1", path.name)
        dialog = PreviewDialog(
            path,
            title,
            parent=self,
            on_print=lambda: self.print_file(path, dialog),
            on_export=lambda: self.export_pdf(dialog, built=path),
        )
        self.preview_dialog = dialog
        try:
            dialog.exec()
        finally:
            self.preview_dialog = None
            dialog.deleteLater()
            shutil.rmtree(path.parent, ignore_errors=True)

    def print_protocol(self) -> None:
        if self.minutes is None:
            return

        def print_and_clean(path: Path) -> None:
            try:
                self.print_file(path, self)
            finally:
                shutil.rmtree(path.parent, ignore_errors=True)

        self.build_pdf(self._temp_target(), print_and_clean)

    def print_file(self, path: Path, parent: QWidget) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(self.tr("Print the protocol"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.send_to_printer(path, printer)

    def send_to_printer(self, path: Path, printer) -> int:
        from copdesk.ui.minutes.preview import print_pdf

        pages = print_pdf(path, printer)
        self.ctx.events.status.emit(
            self.tr("%n page(s) sent to the printer.", "", pages).replace(
                "(s)", "" if pages == 1 else "s"
            )
        )
        return pages

    def ask_export_target(self, parent: QWidget | None = None) -> Path | None:
        from copdesk.formats import protocol as protocol_pdf

        folder = Path(self.ctx.settings.get(EXPORT_DIR) or Path.home())
        suggested = str(folder / protocol_pdf.default_file_name(self.minutes, self._options()))
        name, _filter = QFileDialog.getSaveFileName(
            parent or self,
            self.tr("Export protocol as PDF"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.ctx.settings.set(EXPORT_DIR, str(target.parent))
        return target

    def export_pdf(self, parent: QWidget | None = None, built: Path | None = None) -> None:
        if self.minutes is None:
            return
        target = self.ask_export_target(parent)
        if target is None:
            return
        if built is not None and built.exists():
            self._copy_built(built, target)
        else:
            self.build_pdf(target, self._exported)

    def _copy_built(self, built: Path, target: Path) -> None:
        """Save the previewed file (already built) under the chosen name, atomically."""
        from copdesk.formats.protocol import save_copy

        try:
            save_copy(built, target)
        except UserError as exc:
            self.show_error(exc)
            return
        self._exported(target)

    def _exported(self, path: Path) -> None:
        self.ctx.events.status.emit(self.tr("Protocol saved as %1").replace("%1", str(path)))


# the folder the last protocol was exported to (a page-local preference)
EXPORT_DIR = Key("protocol/export_dir", "", str)
