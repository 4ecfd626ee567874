"""Rotation: who hosts, moderates, co-moderates and writes the protocol next — and why.

Top: the forecast of the next meetings, one row per role with its explanation. Confirm
(Ctrl+Enter) writes a proposal to the meeting; Swap (Ctrl+T), Skip (Ctrl+K), Volunteer
(Ctrl+Shift+V) and Hand back (Ctrl+B) change one turn with a reason. Below: hints, a chart
of the turns per member or organisation, and the history per role. Every change is one
undoable step (Ctrl+Z).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, date_with_weekday
from copdesk.model import rotation
from copdesk.model.errors import QT_TRANSLATE_NOOP, UserError
from copdesk.model.rotation import (
    ForecastSlot,
    HistoryRow,
    RoleProposal,
    RotationView,
    State,
    Text,
)
from copdesk.ui.icons import icon
from copdesk.ui.models.dto_table import Column, DtoTableModel, FilterProxy
from copdesk.ui.page_base import Page, PageContext
from copdesk.ui.rotation.chart import RotationChart
from copdesk.ui.rotation.override_dialog import (
    HAND_BACK,
    SKIP,
    SWAP,
    VOLUNTEER,
    OverrideData,
    RotationOverrideDialog,
)
from copdesk.ui.rotation.rules_dialog import RotationRulesDialog

SlotRole = Qt.ItemDataRole.UserRole + 10
GREY = QColor("#6b7280")
WARN = QColor("#b42318")
ALL_ROLES = "all"

STATE_ICONS = {
    State.CONFIRMED: "check",
    State.ASSIGNED: "edit",
    State.OVERRIDE: "handover",
    State.PROPOSED: "suggest",
    State.MOVED_ON: "warning",
    State.NOBODY: "warning",
}


def rot_text(text: str) -> str:
    return QCoreApplication.translate("rotation", text)


def render(text: Text | None) -> str:
    return text.render(QCoreApplication.translate, date_short) if text is not None else ""


def role_label(role: str) -> str:
    return rot_text(rotation.ROLE_LABELS[role])


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or self._view.isFirstColumnSpanned(index.row(), index.parent()):
            return base
        width = self._view.columnWidth(index.column()) - 10
        if index.column() == 0:
            width -= self._view.indentation()
        if width <= 20:
            return base
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        doc.setPlainText(text)
        doc.setTextWidth(width)
        return QSize(base.width(), max(base.height(), int(doc.size().height()) + 6))


class RotationPage(Page):
    icon_name = "rotation"
    nav_title = QT_TRANSLATE_NOOP("Navigation", "Rotation")
    tables = frozenset(
        {
            "meeting",
            "rotation_record",
            "rotation_rule",
            "member",
            "organisation",
            "group_membership",
            "absence",
            "attendance",
            "cop_group",
        }
    )
    opens = frozenset({"rotation"})

    def __init__(self, ctx: PageContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self._view: RotationView | None = None
        self._chart: RotationChart | None = None  # built when first shown (QtCharts then)

        # --- the forecast ------------------------------------------------------------
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.count = QSpinBox()
        self.count.setRange(1, 12)
        self.count.setValue(4)
        self.count.setAccessibleName(self.tr("Number of meetings"))
        self.count.valueChanged.connect(lambda _v: self.reload())
        count_label = QLabel(self.tr("&Meetings shown:"))
        count_label.setBuddy(self.count)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(count_label)
        head.addWidget(self.count)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Meeting / role"), self.tr("Who"), self.tr("Status"), self.tr("Why")]
        )
        self.tree.setAccessibleName(self.tr("Forecast"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setIndentation(14)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((160, 170, 130)):
            self.tree.setColumnWidth(col, width)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        header.sectionResized.connect(lambda *_: self._relayout.start())
        header.geometriesChanged.connect(lambda: self._relayout.start())

        self.selection_note = QLabel()
        self.selection_note.setWordWrap(True)
        self.selection_note.setStyleSheet("color: #6b7280")
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.setAccessibleName(self.tr("Hints"))
        self.hints.setContentsMargins(0, 4, 0, 2)  # room for accents on the first line

        top = QWidget()
        top_lay = QVBoxLayout(top)
        top_lay.setContentsMargins(0, 0, 0, 0)
        top_lay.addLayout(head)
        top_lay.addWidget(self.tree, 1)
        top_lay.addWidget(self.selection_note)
        top_lay.addWidget(self.hints)

        # --- chart and history ---------------------------------------------------------
        self.tabs = QTabWidget()
        self.chart_tab = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_tab)
        self.chart_layout.setContentsMargins(4, 4, 4, 4)
        self.tabs.addTab(self.chart_tab, icon("chart"), self.tr("&Balance"))

        history_tab = QWidget()
        hl = QVBoxLayout(history_tab)
        hl.setContentsMargins(4, 4, 4, 4)
        self.role_filter = QComboBox()
        self.role_filter.setAccessibleName(self.tr("Role"))
        self.role_filter.addItem(self.tr("All roles"), ALL_ROLES)
        for role in rotation.ROLES:
            self.role_filter.addItem(role_label(role), role)
        self.role_filter.currentIndexChanged.connect(lambda _i: self._filter_history())
        filter_label = QLabel(self.tr("R&ole:"))
        filter_label.setBuddy(self.role_filter)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.role_filter)
        row.addStretch(1)
        hl.addLayout(row)
        self.history_model: DtoTableModel[HistoryRow] = DtoTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda r: date_short(r.day),
                    sort_key=lambda r: r.day,
                    searchable=False,
                ),
                Column(self.tr("Meeting"), lambda r: r.meeting_title),
                Column(self.tr("Role"), lambda r: role_label(r.role)),
                Column(self.tr("Who"), lambda r: r.name, tooltip=lambda r: self._history_tip(r)),
                Column(
                    self.tr("What"),
                    self._history_kind,
                    foreground=lambda r: QBrush(GREY) if r.planned else None,
                ),
                Column(
                    self.tr("Reason"),
                    lambda r: self._history_reason(r),
                    tooltip=lambda r: r.reason or None,
                ),
            ],
            self,
        )
        self.history_proxy: FilterProxy[HistoryRow] = FilterProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history = QTableView()
        self.history.setModel(self.history_proxy)
        self.history.setAccessibleName(self.tr("History"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.verticalHeader().setDefaultSectionSize(self.history.fontMetrics().height() + 8)
        for col, width in enumerate((85, 160, 150, 150, 105)):
            self.history.setColumnWidth(col, width)
        hl.addWidget(self.history, 1)
        self.tabs.addTab(history_tab, self.tr("Hi&story"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = ctx.settings.geometry("RotationPage/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([470, 250])
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.settings.set_geometry("RotationPage/splitter", self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.tree)

        # --- actions -----------------------------------------------------------------------
        self.confirm_action = self.make_action(
            self.tr("&Confirm"),
            "check",
            self.confirm,
            "Ctrl+Return",
            self.tr("Write the proposal to the meeting and the rotation history (Ctrl+Enter)"),
        )
        self.swap_action = self.make_action(
            self.tr("S&wap…"),
            "handover",
            lambda: self.override(SWAP),
            "Ctrl+T",
            self.tr("Somebody else takes this turn; the one due comes next (Ctrl+T)"),
        )
        self.skip_action = self.make_action(
            self.tr("&Skip…"),
            "person-off",
            lambda: self.override(SKIP),
            "Ctrl+K",
            self.tr("Pass somebody over at this meeting (Ctrl+K)"),
        )
        self.volunteer_action = self.make_action(
            self.tr("&Volunteer…"),
            "members",
            lambda: self.override(VOLUNTEER),
            "Ctrl+Shift+V",
            self.tr("Somebody takes this turn of their own accord (Ctrl+Shift+V)"),
        )
        self.hand_back_action = self.make_action(
            self.tr("&Hand back…"),
            "close",
            lambda: self.override(HAND_BACK),
            "Ctrl+B",
            self.tr("The holder gives the turn back; the rotation proposes the next one (Ctrl+B)"),
        )
        self.rules_action = self.make_action(
            self.tr("Rotation se&ttings…"),
            "settings",
            self.edit_rules,
            "Ctrl+Shift+T",
            self.tr("Which roles rotate and who takes part (Ctrl+Shift+T)"),
        )
        self._selection_changed()

    # --- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self._selected_key()
        try:
            view = self.ctx.commands.read(
                rotation.view, self.ctx.current_group(), self.count.value()
            )
        except UserError as exc:
            self.show_error(exc)
            return
        self._view = view
        fc = view.forecast
        self.heading.setText(self.tr("Who is next – %1").replace("%1", fc.group_name))
        self._fill_tree(fc.slots, keep)
        self._fill_hints(fc.hints)
        self.history_model.set_rows(view.history)
        self._filter_history()
        if self._chart is None:
            self._chart = RotationChart(self.chart_tab)
            self.chart_layout.addWidget(self._chart)
        self._chart.set_balance(view.balance)
        self._selection_changed()

    def _slot_title(self, slot: ForecastSlot) -> str:
        title = rot_text(slot.title) if slot.estimated else slot.title
        when = date_with_weekday(slot.day)
        return f"≈ {when} – {title}" if slot.estimated else f"{when} – {title}"

    def _slot_summary(self, slot: ForecastSlot) -> str:
        roles = [r for r in slot.roles if r.state != State.OFF]
        done = sum(1 for r in roles if r.state == State.CONFIRMED)
        if slot.estimated:
            return self.tr("not planned yet")
        if roles and done == len(roles):
            return self.tr("all roles confirmed")
        return (
            self.tr("%1 of %2 roles confirmed")
            .replace("%1", str(done))
            .replace("%2", str(len(roles)))
        )

    def _fill_tree(self, slots, keep) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        select = None
        for n, slot in enumerate(slots):
            top = QTreeWidgetItem([self._slot_title(slot) + "  ·  " + self._slot_summary(slot)])
            top.setData(0, SlotRole, (n, None))
            top.setFont(0, bold)
            top.setIcon(0, icon("calendar-add" if slot.estimated else "meetings"))
            if slot.estimated:
                top.setToolTip(0, self.tr("Date estimated from the cadence; not planned yet"))
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            if keep == self._key(slot, None):
                select = top
            for p in slot.roles:
                if p.state == State.OFF:
                    continue
                child = self._role_item(p)
                child.setData(0, SlotRole, (n, p.role))
                top.addChild(child)
                if keep == self._key(slot, p.role):
                    select = child
            top.setExpanded(True)
        if select is None and self.tree.topLevelItemCount():
            select = self.tree.topLevelItem(0)
        if select is not None:
            self.tree.setCurrentItem(select)

    def _role_item(self, p: RoleProposal) -> QTreeWidgetItem:
        who = p.name or "–"
        if p.organisation:
            who += f"\n{p.organisation}"
        status = rot_text(rotation.STATE_LABELS[p.state])
        if p.state in (State.NOBODY, State.MOVED_ON):
            status = "⚠ " + status
        decided = None if p.state == State.ASSIGNED else p.decided_by  # the status says it
        first = " · ".join(x for x in (render(p.reason), render(decided)) if x)
        why_lines = [first] + [f"– {render(t)}" for t in p.notes]
        item = QTreeWidgetItem([role_label(p.role), who, status, "\n".join(why_lines)])
        item.setIcon(2, icon(STATE_ICONS.get(p.state, "suggest")))
        item.setToolTip(3, "\n".join(why_lines))
        item.setToolTip(1, who.replace("\n", ", "))
        if p.state in (State.NOBODY, State.MOVED_ON):
            item.setForeground(2, QBrush(WARN))
        elif p.state == State.CONFIRMED:
            font = QFont(self.tree.font())
            font.setBold(True)
            item.setFont(1, font)
        return item

    def _fill_hints(self, hints) -> None:
        lines = []
        for h in hints:
            mark = "ℹ" if rotation.is_notice(h) else "⚠"
            lines.append(f"{mark} {escape(render(h))}")
        self.hints.setText("<br>".join(lines))
        self.hints.setVisible(bool(lines))

    def _history_kind(self, r: HistoryRow) -> str:
        text = rot_text(rotation.KIND_LABELS.get(r.kind, r.kind))
        if r.planned:
            text += " " + self.tr("(planned)")
        return text

    def _history_reason(self, r: HistoryRow) -> str:
        if r.other:
            return self.tr("instead of %1: %2").replace("%1", r.other).replace("%2", r.reason)
        return r.reason

    def _history_tip(self, r: HistoryRow) -> str | None:
        return self.tr("instead of %1").replace("%1", r.other) if r.other else None

    def _filter_history(self) -> None:
        role = self.role_filter.currentData()
        if role == ALL_ROLES:
            self.history_proxy.set_predicate(None)
        else:
            self.history_proxy.set_predicate(lambda r: r.role == role)

    # --- selection ---------------------------------------------------------------------------
    @staticmethod
    def _key(slot: ForecastSlot, role: str | None):
        return (slot.meeting_id, slot.day if slot.meeting_id is None else None, role)

    def _selected(self) -> tuple[ForecastSlot | None, str | None]:
        item = self.tree.currentItem()
        if item is None or self._view is None:
            return None, None
        n, role = item.data(0, SlotRole)
        slots = self._view.forecast.slots
        return (slots[n], role) if n < len(slots) else (None, None)

    def _selected_key(self):
        slot, role = self._selected()
        return self._key(slot, role) if slot is not None else None

    def _selection_changed(self) -> None:
        slot, role = self._selected()
        p = slot.role(role) if slot is not None and role else None
        planned = slot is not None and slot.meeting_id is not None
        if slot is None or slot.meeting_id is None:
            can_confirm = False
        elif p is not None:
            can_confirm = p.is_open
        else:
            can_confirm = slot.can_confirm and not any(r.state == State.NOBODY for r in slot.roles)
        self.confirm_action.setEnabled(bool(can_confirm))
        has_role = planned and p is not None
        held = p is not None and p.holder_id is not None
        self.swap_action.setEnabled(has_role and held)
        self.skip_action.setEnabled(has_role)
        self.volunteer_action.setEnabled(has_role)
        self.hand_back_action.setEnabled(has_role and held)
        if slot is not None and not planned:
            self.selection_note.setText(
                self.tr(
                    "This date is estimated from the cadence. Plan the meeting on the Meetings "
                    "page first; then its turns can be confirmed or changed here."
                )
            )
        elif slot is not None and p is None and planned:
            self.selection_note.setText(
                self.tr("Select a role to swap, skip, volunteer or hand back a turn.")
            )
        else:
            self.selection_note.setText("")
        self.selection_note.setVisible(bool(self.selection_note.text()))

    def open_item(self, kind: str, item_id: object) -> None:
        self.refresh_if_stale()
        if self._view is None:
            return
        slots = self._view.forecast.slots
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and slots[item.data(0, SlotRole)[0]].meeting_id == item_id:
                self.tree.setCurrentItem(item)
                return

    # --- actions ---------------------------------------------------------------------------
    def confirm(self) -> None:
        slot, role = self._selected()
        if slot is None or slot.meeting_id is None:
            return
        roles = None if role is None else [role]
        name = slot.title
        text = (
            self.tr("Confirm rotation for %1").replace("%1", name)
            if role is None
            else self.tr("Confirm %1 for %2").replace("%1", role_label(role)).replace("%2", name)
        )
        ok, _n = self.ctx.commands.try_run(
            self, text, rotation.confirm, slot.meeting_id, roles=roles, expected=slot.expected()
        )
        if ok:
            self.ctx.events.status.emit(
                self.tr("Confirmed for %1. Undo with Ctrl+Z.").replace("%1", name)
            )
            self.tree.setFocus()

    def override(self, kind: str) -> None:
        slot, role = self._selected()
        p = slot.role(role) if slot is not None and role is not None else None
        if slot is None or slot.meeting_id is None or role is None or p is None:
            return
        meeting_id, holder_name = slot.meeting_id, p.name
        try:
            cands = (
                ()
                if kind == HAND_BACK
                else self.ctx.commands.read(rotation.candidates, meeting_id, role)
            )
        except UserError as exc:
            self.show_error(exc)
            return
        meeting = f"{slot.title}, {date_with_weekday(slot.day)}"
        dialog = RotationOverrideDialog(
            kind,
            role=role,
            meeting=meeting,
            current=holder_name,
            candidates=cands,
            parent=self,
            settings=self.ctx.settings,
        )
        names = {c.id: c.name for c in cands}

        def save(data: OverrideData) -> None:
            who = holder_name if data.holder_id is None else names.get(data.holder_id, holder_name)
            texts = {
                SWAP: self.tr("Swap: %1 takes the turn"),
                SKIP: self.tr("Skip %1"),
                VOLUNTEER: self.tr("%1 volunteers"),
                HAND_BACK: self.tr("%1 hands back"),
            }
            undo_text = texts[kind].replace("%1", who)
            if kind == HAND_BACK:
                self.ctx.commands.run(undo_text, rotation.hand_back, meeting_id, role, data.reason)
                return
            change = {SWAP: rotation.swap, SKIP: rotation.skip, VOLUNTEER: rotation.volunteer}[kind]
            self.ctx.commands.run(undo_text, change, meeting_id, role, data.holder_id, data.reason)

        dialog.set_saver(save)
        if dialog.exec():
            self.ctx.events.status.emit(
                self.tr("Recorded in the rotation history. Undo with Ctrl+Z.")
            )
        self.tree.setFocus()

    def edit_rules(self) -> None:
        group = self.ctx.current_group()
        try:
            info = self.ctx.commands.read(rotation.get_rules, group)
        except UserError as exc:
            self.show_error(exc)
            return
        dialog = RotationRulesDialog(info, parent=self, settings=self.ctx.settings)
        dialog.set_saver(
            lambda rules: self.ctx.commands.run(
                self.tr("Change rotation settings"), rotation.save_rules, group, rules
            )
        )
        dialog.exec()
        self.tree.setFocus()
