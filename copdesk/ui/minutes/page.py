"""Minutes of a meeting: attendance, check-in and notes, decisions, action items, the
review of earlier action items; finalise, preview, print and export the protocol PDF.

The page holds the meeting selector, the state line and the tabs; each tab has its own
controller (``attendance_tab``, ``notes_tab``, ``action_tabs``) and the page asks the
current one what Add, Edit, Delete and Enter mean. Preview, print and export are the
``ProtocolExport`` object's (``export``). Every edit is one undoable command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, local, meeting_when
from copdesk.model import minutes
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.minutes import Minutes
from copdesk.ui.icons import icon
from copdesk.ui.minutes.action_tabs import ActionsTab, EarlierTab
from copdesk.ui.minutes.attendance_tab import AttendanceTab
from copdesk.ui.minutes.export import ProtocolExport
from copdesk.ui.minutes.notes_tab import DecisionsTab, NotesTab
from copdesk.ui.minutes.tab_base import MinutesTab
from copdesk.ui.page_base import Page, PageContext

TAB_ATTENDANCE, TAB_NOTES, TAB_DECISIONS, TAB_ACTIONS, TAB_EARLIER = range(5)


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

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.minutes: Minutes | None = None
        self._meeting_id: int | None = None

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
        self.export = ProtocolExport(ctx, self._fresh_minutes, self, self.show_error)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(meeting_label)
        top.addWidget(self.meeting_box, 2)
        top.addSpacing(12)
        top.addWidget(self.export.share_safe)
        top.addStretch(1)
        top.addWidget(self.export.logo_button)

        # --- tabs, one controller each (in the order of TAB_*) -------------------------------
        def current() -> Minutes | None:
            return self.minutes

        self.attendance_tab = AttendanceTab(ctx, current, self)
        self.notes_tab = NotesTab(ctx, current, self)
        self.decisions_tab = DecisionsTab(ctx, current, self)
        self.actions_tab = ActionsTab(ctx, current, self)
        self.earlier_tab = EarlierTab(ctx, current, self)
        self.tab_controllers: tuple[MinutesTab, ...] = (
            self.attendance_tab,
            self.notes_tab,
            self.decisions_tab,
            self.actions_tab,
            self.earlier_tab,
        )
        self.tabs = QTabWidget()
        for controller, icon_name, title in (
            (self.attendance_tab, "members", self.tr("Attendance")),
            (self.notes_tab, "edit", self.tr("Check-in and notes")),
            (self.decisions_tab, "check", self.tr("Decisions")),
            (self.actions_tab, "actions", self.tr("Action items")),
            (self.earlier_tab, "overdue", self.tr("Earlier action items")),
        ):
            self.tabs.addTab(controller.widget, icon(icon_name), title)

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
            lambda: self.current_tab().add(),
            QKeySequence.StandardKey.New,
            self.tr("Add to the current tab (Ctrl+N)"),
        )
        self.edit_action = self.make_action(
            self.tr("&Edit…"),
            "edit",
            lambda: self.current_tab().edit(),
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
            lambda: self.export.preview(self.minutes),
            "Ctrl+Shift+V",
            self.tr("Show the protocol PDF (Ctrl+Shift+V)"),
        )
        self.print_action = self.make_action(
            self.tr("&Print…"),
            "print",
            lambda: self.export.print_protocol(self.minutes),
            QKeySequence.StandardKey.Print,
            self.tr("Print the protocol (Ctrl+P)"),
        )
        self.export_action = self.make_action(
            self.tr("E&xport PDF…"),
            "export",
            lambda: self.export.export_pdf(self.minutes),
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
        for controller in self.tab_controllers:
            for table in controller.tables:
                table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def current_tab(self) -> MinutesTab:
        return self.tab_controllers[self.tabs.currentIndex()]

    def _next_tab(self, step: int) -> None:
        if self.tabs.isVisible():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            self.tabs.currentWidget().setFocus()

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
        if self._meeting_id is None:
            self.minutes = None
            self.state_label.setText("")
            for controller in self.tab_controllers:
                controller.load(None)
            self._update_actions()
            return
        try:
            self.minutes = self.ctx.commands.read(minutes.load_minutes, self._meeting_id)
        except UserError as exc:
            self.minutes = None
            self.show_error(exc)
            return
        for controller in self.tab_controllers:
            controller.load(self.minutes)
        self.state_label.setText(self._state_text(self.minutes))
        self._update_actions()

    def _fresh_minutes(self) -> Minutes | None:
        """The shown meeting's minutes read again (a PDF shows what is stored now)."""
        if self.minutes is not None and self._meeting_id is not None:
            try:
                self.minutes = self.ctx.commands.read(minutes.load_minutes, self._meeting_id)
            except UserError:
                pass  # gone meanwhile: the PDF shows what the page shows
        return self.minutes

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
        if not isinstance(item_id, int):
            return
        self._meeting_id = item_id
        self._stale = True
        self.refresh_if_stale()
        if self.meeting_box.currentData() == item_id:
            return
        group = self.ctx.commands.read(minutes.meeting_group, item_id)
        if group is not None and group != self.ctx.current_group():
            text = self.tr("That meeting belongs to another group; choose the group first.")
        else:
            text = self.tr(
                "Minutes can be written for meetings that have started and for "
                "the next meeting. The minutes shown are of another meeting."
            )
        QMessageBox.information(self, self.title(), text)

    # --- the actions, as the current tab's controller says --------------------------------
    def _update_actions(self) -> None:
        has = self.minutes is not None
        for action in (
            self.finalise_action,
            self.preview_action,
            self.print_action,
            self.export_action,
        ):
            action.setEnabled(has)
        tab = self.current_tab()
        selected = tab.selected() is not None
        self.edit_action.setEnabled(has and selected)
        self.delete_action.setEnabled(has and selected)
        self.add_action.setEnabled(has and tab.can_add)

    def delete_current(self) -> None:
        if self.minutes is None:
            return
        if self.current_tab().delete():
            self.ctx.events.status.emit(self.tr("Deleted. Undo with Ctrl+Z."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.current_tab().enter(self.focusWidget()):
            return
        super().keyPressEvent(event)

    # --- finalise ------------------------------------------------------------------------
    def finalise(self) -> None:
        if self.minutes is None:
            return
        ok, number = self.ctx.commands.try_run(
            self,
            self.tr("Finalise protocol"),
            minutes.finalise,
            self.minutes.meeting_id,
            translate=QCoreApplication.translate,
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("Protocol version %1 stored. Undo with Ctrl+Z.").replace("%1", str(number))
            )
