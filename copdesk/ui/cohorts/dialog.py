"""The learning-circle window of one sub-group: its cohorts (the latest first), the
chosen one's weeks and members' goals, and what can be done with it — plan, re-plan,
load a guide pack, invite the whole series, end the circle, start the next cohort.

Every change is one undo step through ``ctx.commands`` (Ctrl+Z works in this window).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, date_with_weekday
from copdesk.formats.meeting_text import holiday_language, status_label
from copdesk.model import cohorts
from copdesk.model.cohorts import CohortDetail, CohortPlan, GuidePack
from copdesk.model.dto import CohortSummary
from copdesk.model.errors import UserError
from copdesk.model.invitations import SCOPE_SERIES
from copdesk.paths import resource_path
from copdesk.ui.cohorts.plan_dialog import PlanDialog
from copdesk.ui.i18n import translate_error
from copdesk.ui.invitations import open_invite_dialog
from copdesk.ui.page_base import PageContext

GOAL_COLUMN = 2


def summary_of(row: cohorts.CohortRow) -> CohortSummary:
    return CohortSummary(
        row.number, row.title, row.start_on, row.weeks, row.week_zero, row.ended_on
    )


class CohortDialog(QDialog):
    def __init__(
        self,
        ctx: PageContext,
        group_id: int,
        group_name: str,
        *,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.today = today or dt.date.today()
        self.detail: CohortDetail | None = None
        self._filling = False
        self._rows: list[cohorts.CohortRow] = []
        self.setWindowTitle(self.tr("Learning circle – %1").replace("%1", group_name))

        top = QHBoxLayout()
        self.cohort_box = QComboBox()
        self.cohort_box.setAccessibleName(self.tr("Cohort"))
        self.cohort_box.currentIndexChanged.connect(lambda _i: self._show_selected())
        label = QLabel(self.tr("&Cohort:"))
        label.setBuddy(self.cohort_box)
        self.state = QLabel()
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(label)
        top.addWidget(self.cohort_box, 1)
        top.addWidget(self.state, 2)

        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("&Plan cohort…"))
        self.plan_button.clicked.connect(self.plan)
        self.pack_button = QPushButton(self.tr("&Load guide pack…"))
        self.pack_button.setToolTip(
            self.tr("A TOML file with each week's title, agenda and notes (see the manual)")
        )
        self.pack_button.clicked.connect(self.load_pack)
        self.invite_button = QPushButton(self.tr("&Invite as series…"))
        self.invite_button.clicked.connect(self.invite)
        self.end_button = QPushButton(self.tr("&End circle"))
        self.end_button.clicked.connect(self.end)
        self.next_button = QPushButton(self.tr("&Start new cohort"))
        self.next_button.clicked.connect(self.start_next)
        for b in (
            self.plan_button,
            self.pack_button,
            self.invite_button,
            self.end_button,
            self.next_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.weeks = QTableWidget(0, 4)
        self.weeks.setHorizontalHeaderLabels(
            [self.tr("Week"), self.tr("Date"), self.tr("Title"), self.tr("Status")]
        )
        self.weeks.setAccessibleName(self.tr("Weeks of the cohort"))
        self.weeks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeks.verticalHeader().hide()
        self.weeks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        weeks_box = QGroupBox(self.tr("Weeks"))
        QVBoxLayout(weeks_box).addWidget(self.weeks)

        self.goals = QTableWidget(0, 3)
        self.goals.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Organisation"), self.tr("Goal for this cohort")]
        )
        self.goals.setAccessibleName(self.tr("Members' goals"))
        self.goals.verticalHeader().hide()
        self.goals.horizontalHeader().setSectionResizeMode(
            GOAL_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.goals.itemChanged.connect(self._goal_changed)
        goals_box = QGroupBox(self.tr("Goals (optional; double-click to edit)"))
        QVBoxLayout(goals_box).addWidget(self.goals)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(weeks_box, 3)
        layout.addWidget(goals_box, 2)
        layout.addWidget(close)

        for text, slot, key in (
            (self.tr("Undo"), ctx.commands.stack.undo, QKeySequence.StandardKey.Undo),
            (self.tr("Redo"), ctx.commands.stack.redo, QKeySequence.StandardKey.Redo),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        ctx.events.changed.connect(self._on_changed)
        self._listening = True
        self.reload()
        self.resize(860, 620)

    # --- reading ----------------------------------------------------------------------
    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():  # an undo or redo, also from the main window
            self.reload()

    def done(self, result: int) -> None:
        if self._listening:  # closed once: stop following changes
            self._listening = False
            self.ctx.events.changed.disconnect(self._on_changed)
        super().done(result)

    def reload(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.cohort_box.currentData()
        rows = self.ctx.commands.read(cohorts.list_cohorts, self.group_id, today=self.today)
        self._rows = rows
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for row in rows:
            self.cohort_box.addItem(f"{row.number}. {row.title}", row.id)
        index = self.cohort_box.findData(wanted)
        self.cohort_box.setCurrentIndex(max(index, 0))
        self.cohort_box.blockSignals(False)
        self._show_selected()

    def _show_selected(self) -> None:
        cid = self.cohort_box.currentData()
        self.detail = (
            self.ctx.commands.read(
                cohorts.get_cohort, cid, today=self.today, language=holiday_language()
            )
            if cid is not None
            else None
        )
        self._fill_weeks()
        self._fill_goals()
        self._update_actions()

    def state_text(self, row: cohorts.CohortRow) -> str:
        if row.state == cohorts.ENDED:
            day = row.ended_on or summary_of(row).last_day
            return self.tr("%1 ended on %2").replace("%1", row.title).replace("%2", date_short(day))
        if row.state == cohorts.PLANNED:
            return (
                self.tr("%1 starts on %2")
                .replace("%1", row.title)
                .replace("%2", date_short(row.start_on))
            )
        return (
            self.tr("%1: week %2 of %3")
            .replace("%1", row.title)
            .replace("%2", str(row.current_week))
            .replace("%3", str(row.weeks))
        )

    def _fill_weeks(self) -> None:
        d = self.detail
        self.weeks.setRowCount(0)
        if d is None:
            self.state.setText(
                self.tr("No cohort yet: load a guide pack or plan the first cohort.")
            )
            return
        pack = d.row.pack_name or self.tr("no guide pack")
        self.state.setText(f"{self.state_text(d.row)} · {pack}")
        self.weeks.setRowCount(len(d.weeks))
        for r, w in enumerate(d.weeks):
            status = status_label(w.status) if w.status else ""
            if w.holiday:
                status = f"⚠ {w.holiday}" + (f" ({status})" if status else "")
            current = w.number == d.row.current_week
            for c, text in enumerate((str(w.number), date_with_weekday(w.day), w.title, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, w.meeting_id)
                if current:  # this week's session
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.weeks.setItem(r, c, item)
        self.weeks.resizeColumnsToContents()
        self.weeks.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _fill_goals(self) -> None:
        self._filling = True
        try:
            goals = self.detail.goals if self.detail else ()
            self.goals.setRowCount(len(goals))
            for r, g in enumerate(goals):
                for c, text in enumerate((g.name, g.organisation, g.goal)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, g.member_id)
                    if c != GOAL_COLUMN:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.goals.setItem(r, c, item)
            self.goals.resizeColumnsToContents()
            self.goals.horizontalHeader().setSectionResizeMode(
                GOAL_COLUMN, QHeaderView.ResizeMode.Stretch
            )
        finally:
            self._filling = False

    def _update_actions(self) -> None:
        row = self.detail.row if self.detail else None
        latest = self.cohort_box.currentIndex() == 0
        self.plan_button.setText(
            self.tr("Re-&plan cohort…")
            if row is not None and row.state == cohorts.PLANNED
            else self.tr("&Plan cohort…")
        )
        self.plan_button.setEnabled(row is None or row.state == cohorts.PLANNED)
        self.invite_button.setEnabled(
            row is not None
            and row.state != cohorts.ENDED
            and bool(self.detail and self.detail.weeks)
        )
        self.end_button.setEnabled(row is not None and latest and row.state != cohorts.ENDED)
        self.next_button.setEnabled(row is not None and latest and row.state == cohorts.ENDED)
        self.pack_button.setEnabled(row is None or row.state != cohorts.ENDED)

    # --- actions ----------------------------------------------------------------------
    def choose_pack(self) -> GuidePack | None:
        """Ask for a guide pack file (starting among the shipped ones) and read it; a bad
        one is named and None returned."""
        shipped = resource_path("guide_packs")  # the neutral packs, a start for a new user
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Load guide pack"),
            str(shipped if shipped.is_dir() else Path.home()),
            self.tr("Guide packs (*.toml);;All files (*)"),
        )
        if not path:
            return None
        try:
            return cohorts.read_pack(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Load guide pack"), translate_error(exc))
            return None

    def _default_plan(self, pack: GuidePack | None) -> CohortPlan:
        start = self.ctx.commands.read(cohorts.default_start, self.group_id, self.today)
        title = self.next_title()
        if pack is None:
            return CohortPlan(title=title, start_on=start)
        return CohortPlan(
            title=title,
            start_on=start,
            weeks=max(1, pack.week_count),
            week_zero=pack.week_zero,
            pack=pack,
        )

    def next_title(self) -> str:
        number = max((r.number for r in self._rows), default=0) + 1
        return self.tr("Learning circle %1").replace("%1", str(number))

    def plan(self, pack: GuidePack | None = None) -> None:
        row = self.detail.row if self.detail else None
        replan = row is not None and row.state == cohorts.PLANNED
        if replan and row is not None and self.detail is not None:
            plan = CohortPlan(
                title=row.title,
                start_on=row.start_on,
                weeks=row.weeks,
                week_zero=row.week_zero,
                pack=pack or self.detail.pack,
            )
        else:
            plan = self._default_plan(pack)
        dialog = PlanDialog(
            plan,
            replan=replan,
            choose_pack=self.choose_pack,
            parent=self,
            settings=self.ctx.settings,
        )
        created: list[int] = []
        language = holiday_language()

        def save(new: CohortPlan) -> None:
            if replan and row is not None:
                self.ctx.commands.run(
                    self.tr("Re-plan cohort"),
                    cohorts.replan_cohort,
                    row.id,
                    new,
                    row.version,
                    language=language,
                )
                created.append(row.id)
            else:
                created.append(
                    self.ctx.commands.run(
                        self.tr("Plan cohort"),
                        cohorts.plan_cohort,
                        self.group_id,
                        new,
                        today=self.today,
                        language=language,
                    )
                )

        dialog.set_saver(save)
        if dialog.exec() and created:
            self.reload(select=created[0])

    def load_pack(self) -> None:
        row = self.detail.row if self.detail else None
        pack = self.choose_pack()
        if pack is None:
            return
        if row is None or row.state == cohorts.ENDED:
            self.plan(pack)
            return
        if row.state == cohorts.PLANNED:
            self.plan(pack)  # re-plan: the pack may change the length
            return
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Load guide pack"),
            cohorts.apply_pack,
            row.id,
            pack,
            row.version,
            language=holiday_language(),
        )
        if ok:
            self.reload(select=row.id)

    def invite(self) -> None:
        d = self.detail
        first = (
            next((w.meeting_id for w in d.weeks if w.meeting_id is not None), None) if d else None
        )
        if first is not None:
            open_invite_dialog(self, self.ctx, first, scope=SCOPE_SERIES)
            self.reload()

    def end(self) -> None:
        row = self.detail.row if self.detail else None
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("End circle"),
            self.tr(
                "End “%1” today? The weeks still ahead are cancelled and no more dates are "
                "suggested for the group. Undo (Ctrl+Z) brings them back."
            ).replace("%1", row.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.ctx.commands.try_run(
            self, self.tr("End circle"), cohorts.end_cohort, row.id, row.version, today=self.today
        )
        if ok:
            self.reload(select=row.id)

    def start_next(self) -> None:
        title = self.next_title()
        ok, new_id = self.ctx.commands.try_run(
            self,
            self.tr("Start new cohort"),
            cohorts.start_next_cohort,
            self.group_id,
            title,
            today=self.today,
            language=holiday_language(),
        )
        if ok and new_id is not None:
            self.reload(select=new_id)

    def _goal_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != GOAL_COLUMN or self.detail is None:
            return
        member_id = item.data(Qt.ItemDataRole.UserRole)
        ok, _ = self.ctx.commands.try_run(
            self,
            self.tr("Change goal"),
            cohorts.set_goal,
            self.detail.row.id,
            member_id,
            item.text(),
        )
        if not ok:
            self._show_selected()


def open_cohort_dialog(
    ctx: PageContext, group_id: int, group_name: str, parent: QWidget | None = None
) -> CohortDialog:
    """Show the learning-circle window of *group_id* (modal); returns it after it closed."""
    dialog = CohortDialog(ctx, group_id, group_name, parent=parent)
    dialog.exec()
    return dialog
