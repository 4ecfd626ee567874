"""The agenda of one meeting, edited in place: kind, title, minutes, presenter; computed
start times; the total against the meeting's length with a warning when it runs over;
reordering by drag and drop or Ctrl+Up / Ctrl+Down; templates; the selected item's text
below the table (printed under its title); for a community meeting, "News from the
sub-groups" inserted or refreshed in one step.

The editor never touches the database: every change is handed as the complete new list
of items to the ``save`` callable the page set (one undo step per change); the page then
reloads and hands the stored agenda back with :meth:`AgendaEditor.set_agenda`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.meeting_text import AGENDA_KIND, kind_label
from copdesk.model.errors import UserError
from copdesk.model.meetings import (
    Agenda,
    AgendaItemData,
    PersonOption,
    TemplateRow,
)
from copdesk.model.tables import AgendaKind
from copdesk.ui.i18n import translate_error
from copdesk.ui.icons import icon
from copdesk.ui.meetings.agenda_table import (
    KIND,
    MINUTES,
    PRESENTER,
    START,
    TITLE,
    WARN,
    AgendaModel,
    AgendaTable,
    ComboDelegate,
    DetailsEdit,
    MinutesDelegate,
    compact_rows,
)


class AgendaEditor(QWidget):
    """See the module text. Set the callables with :meth:`set_handlers`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._save: Callable[[list[AgendaItemData]], bool] = lambda _items: False
        self._apply_template: Callable[[int], bool] = lambda _tid: False
        self._save_template: Callable[[str], None] = lambda _name: None
        self._fill_report: Callable[[int | None], bool] = lambda _at: False
        self._report_allowed = False
        self._details_item: int | None = None  # the item id the text field shows
        self._templates: list[TemplateRow] = []
        self._people: list[PersonOption] = []
        self._focus: tuple[int, int] | None = None
        self._edit_after_load = False
        self._meeting_id: int | None = None

        self.model = AgendaModel(self)
        self.model.edited.connect(self._on_edited)
        self.table = AgendaTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(START, 70)
        self.table.setColumnWidth(KIND, 110)
        self.table.setColumnWidth(MINUTES, 70)
        self.table.setColumnWidth(PRESENTER, 140)
        self.table.setItemDelegateForColumn(
            KIND, ComboDelegate(lambda: [(kind_label(k), k) for k in AGENDA_KIND], self.table)
        )
        self.table.setItemDelegateForColumn(
            PRESENTER,
            ComboDelegate(
                lambda: [(self.tr("(nobody)"), None)] + [(p.name, p.id) for p in self._people],
                self.table,
            ),
        )
        self.table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.table))
        self.table.row_dropped.connect(self.move_row)
        self.table.key_action.connect(self._on_key)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())

        self.add_button = QPushButton(icon("new"), self.tr("Add &item"))
        self.add_button.setToolTip(self.tr("Add an agenda item after the selected one (Insert)"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(icon("delete"), self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected item (Del)"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected item up (Ctrl+Up)"))
        self.up_button.clicked.connect(lambda: self._on_key("up"))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected item down (Ctrl+Down)"))
        self.down_button.clicked.connect(lambda: self._on_key("down"))
        self.template_button = QPushButton(self.tr("&Templates"))
        self.template_button.setToolTip(
            self.tr("Fill the agenda from a template, or save this agenda as a template")
        )
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.fill_report)

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details = DetailsEdit()
        self.details.setAccessibleName(self.tr("Text of the selected item"))
        self.details.setPlaceholderText(
            self.tr(
                "Optional: text below the item's title, printed in the protocol "
                "(e.g. the news from the sub-groups). Saved when you leave the field "
                "or press Ctrl+Return."
            )
        )
        self.details.setTabChangesFocus(True)
        self.details.committed.connect(self._on_details)
        self.details_label.setBuddy(self.details)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        below_layout.addWidget(self.details_label)
        below_layout.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 1)  # a report is as long as a full agenda
        self.splitter.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.template_button)

        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(
            self.tr("Drag items or use Ctrl+Up / Ctrl+Down to reorder; F2 or typing edits a cell.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.table)
        self.set_agenda(None)

    # --- wiring ----------------------------------------------------------------------
    def set_handlers(
        self,
        *,
        save: Callable[[list[AgendaItemData]], bool],
        apply_template: Callable[[int], bool],
        save_template: Callable[[str], None],
        fill_report: Callable[[int | None], bool] | None = None,
    ) -> None:
        """*save* stores the whole list and returns True on success; *save_template*
        raises a ``UserError`` (e.g. a name in use) that the editor shows; *fill_report*
        inserts "News from the sub-groups" before the given row (None: the default place)
        or refreshes the item the meeting has, and returns True when it did."""
        self._save, self._apply_template, self._save_template = (
            save,
            apply_template,
            save_template,
        )
        if fill_report is not None:
            self._fill_report = fill_report

    def set_agenda(
        self,
        agenda: Agenda | None,
        *,
        templates: Sequence[TemplateRow] = (),
        people: Sequence[PersonOption] = (),
        report: bool = False,
    ) -> None:
        """Show a meeting's agenda (None: no meeting selected); *report*: the meeting is
        the community's, so it can get "News from the sub-groups"."""
        self._report_allowed = report and agenda is not None
        same_meeting = agenda is not None and agenda.meeting_id == self._meeting_id
        if same_meeting and agenda is not None and self._shows(agenda):
            self._templates, self._people = list(templates), list(people)
            self._update_buttons()
            return  # unchanged: keep the selection and an open cell editor
        current = self.table.currentIndex()
        keep = self._focus or (
            (current.row(), current.column()) if same_meeting and current.isValid() else None
        )
        self._focus = None
        self._meeting_id = agenda.meeting_id if agenda else None
        self._templates = list(templates)
        self._people = list(people)
        if agenda is None:
            self.model.set_items([], None, 0, "Europe/Berlin", {})
        else:
            names = {p.id: p.name for p in people}
            names.update({i.presenter_id: i.presenter for i in agenda.items if i.presenter_id})
            self.model.set_items(
                [i.data() for i in agenda.items],
                agenda.start_at,
                agenda.meeting_minutes,
                agenda.tz,
                names,
            )
        self.setEnabled(agenda is not None)
        if keep is None and self.model.rowCount():
            keep = (0, TITLE)
        if keep and self.model.rowCount():
            row = max(0, min(keep[0], self.model.rowCount() - 1))
            self.table.setCurrentIndex(self.model.index(row, max(keep[1], 0)))
            if self._edit_after_load:
                self.table.setFocus()
                self.table.edit(self.model.index(row, TITLE))
        self._edit_after_load = False
        self._update_total()
        self._update_buttons()

    def _shows(self, agenda: Agenda) -> bool:
        m = self.model
        return (
            m.items == [i.data() for i in agenda.items]
            and m.start == agenda.start_at
            and m.meeting_minutes == agenda.meeting_minutes
            and all(
                m.people.get(i.presenter_id) == i.presenter for i in agenda.items if i.presenter_id
            )
        )

    def items(self) -> list[AgendaItemData]:
        return list(self.model.items)

    # --- editing ---------------------------------------------------------------------
    def _store(self, items: list[AgendaItemData], focus: tuple[int, int]) -> None:
        self._focus = focus

        def save() -> None:
            if not self._save(items):  # stored: the reload restores the focus
                self._restore_focus(focus)

        # after the delegate has finished: storing reloads the model
        QTimer.singleShot(0, save)

    def _restore_focus(self, focus: tuple[int, int]) -> None:
        self._focus = None
        self._edit_after_load = False
        if self.model.rowCount():
            row = max(0, min(focus[0], self.model.rowCount() - 1))
            self.table.setCurrentIndex(self.model.index(row, focus[1]))

    def _on_edited(self, items: list[AgendaItemData], row: int, col: int) -> None:
        self._store(items, (row, col))

    def _on_details(self, value: str) -> None:
        """Store the text field into the item it was loaded for (if still there)."""
        if self._details_item is None:
            return
        items = self.items()
        row = next((n for n, i in enumerate(items) if i.id == self._details_item), -1)
        if row < 0 or items[row].details == value.strip():
            return
        items[row] = replace(items[row], details=value)
        self._store(items, (row, TITLE))

    def report_row(self) -> int:
        """The row of the meeting's "News from the sub-groups" item (-1: none)."""
        return next(
            (n for n, i in enumerate(self.model.items) if i.kind == AgendaKind.GROUP_REPORT), -1
        )

    def fill_report(self) -> None:
        """Insert the sub-groups' news after the selected item, or refresh the one there is."""
        existing = self.report_row()
        if existing >= 0:
            focus, at = existing, None
        else:
            row = self.current_row()
            at = row + 1 if row >= 0 else None
            focus = at if at is not None else -1
        self._focus = (focus, TITLE) if focus >= 0 else None
        if not self._fill_report(at):
            self._focus = None
            return
        row = self.report_row()  # the reload has happened: show the item and its text
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, TITLE))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_item(self) -> None:
        items = self.items()
        at = self.current_row() + 1 if self.current_row() >= 0 else len(items)
        items.insert(at, AgendaItemData(kind="topic", title=self.tr("New topic"), minutes=10))
        self._edit_after_load = True
        self._store(items, (at, TITLE))

    def remove_item(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        items = self.items()
        del items[row]
        self._store(
            items, (min(row, len(items) - 1), max(self.table.currentIndex().column(), KIND))
        )

    def move_row(self, source: int, target: int) -> None:
        """Move item *source* so that it comes before the item now at *target*."""
        items = self.items()
        if not 0 <= source < len(items):
            return
        target = max(0, min(target, len(items)))
        if target in (source, source + 1):
            return
        item = items.pop(source)
        if target > source:
            target -= 1
        items.insert(target, item)
        self._store(items, (target, max(self.table.currentIndex().column(), KIND)))

    def _on_key(self, action: str) -> None:
        row = self.current_row()
        if action == "add":
            self.add_item()
        elif action == "remove":
            self.remove_item()
        elif action == "up" and row > 0:
            self.move_row(row, row - 1)
        elif action == "down" and 0 <= row < self.model.rowCount() - 1:
            self.move_row(row, row + 2)

    # --- templates -------------------------------------------------------------------
    def _fill_template_menu(self) -> None:
        menu = self.template_menu
        menu.clear()
        menu.addSection(self.tr("Replace the agenda with:"))
        for t in self._templates:
            text = t.name
            if str(t.total_minutes) not in t.name:  # "CoP standard 120 min" says it already
                text = (
                    self.tr("%1 (%2 min)").replace("%1", t.name).replace("%2", str(t.total_minutes))
                )
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, tid=t.id: self.apply_template(tid))
        if self._report_allowed:  # after a template, the plenary's usual next step
            menu.addSeparator()
            self.report_action = menu.addAction(self.report_button.text())
            self.report_action.setToolTip(self.report_button.toolTip())
            self.report_action.triggered.connect(self.fill_report)
        menu.addSeparator()
        save = menu.addAction(self.tr("&Save this agenda as a template…"))
        save.setEnabled(bool(self.model.items))
        save.triggered.connect(self.save_as_template)

    def apply_template(self, template_id: int) -> None:
        self._focus = (0, TITLE)
        if not self._apply_template(template_id):
            self._focus = None

    def save_as_template(self, name: str | None = None) -> bool:
        while True:
            if name is None:
                name, ok = QInputDialog.getText(
                    self, self.tr("Save as template"), self.tr("Name of the new template:")
                )
                if not ok:
                    return False
            try:
                self._save_template(name)
                return True
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Save as template"), translate_error(exc))
                name = None

    # --- display ---------------------------------------------------------------------
    def _update_total(self) -> None:
        total, length = self.model.total(), self.model.meeting_minutes
        if self._meeting_id is None:
            self.total_label.setText("")
            return
        if not self.model.items:
            self.total_label.setStyleSheet("")
            self.total_label.setText(
                self.tr("No agenda yet. Add items (Insert) or fill it from a template.")
            )
            return
        if total > length:
            self.total_label.setStyleSheet(f"color: {WARN}; font-weight: bold;")
            self.total_label.setText(
                "⚠ "
                + self.tr("The agenda runs %1 min over the meeting: %2 of %3 min.")
                .replace("%1", str(total - length))
                .replace("%2", str(total))
                .replace("%3", str(length))
            )
        else:
            self.total_label.setStyleSheet("")
            text = (
                self.tr("Total: %1 of %2 min.").replace("%1", str(total)).replace("%2", str(length))
            )
            if total < length:
                text += " " + self.tr("%1 min not yet planned.").replace("%1", str(length - total))
            self.total_label.setText(text)
        self.total_label.setAccessibleDescription(self.total_label.text())

    def _current_changed(self) -> None:
        self._load_details()
        self._update_buttons()

    def _load_details(self) -> None:
        row = self.current_row()
        item = self.model.items[row] if 0 <= row < len(self.model.items) else None
        if item is not None and item.id == self._details_item and self.details.hasFocus():
            return  # a reload while typing: the field keeps what is being typed
        self._details_item = item.id if item else None
        if item is None:
            self.details_label.setText(self.tr("Text of the selected item:"))
            self.details.setPlainText("")
            self.details.setReadOnly(True)
            return
        self.details_label.setText(
            self.tr("Text of “%1” (printed in the protocol below the title):").replace(
                "%1", item.title
            )
        )
        self.details.setReadOnly(False)
        if self.details.toPlainText() != item.details:
            self.details.setPlainText(item.details)

    def _update_buttons(self) -> None:
        row = self.current_row()
        has = row >= 0
        self._load_details()
        self.report_button.setVisible(self._report_allowed)
        if self.report_row() >= 0:
            self.report_button.setText(self.tr("Refresh news from the s&ub-groups"))
            self.report_button.setToolTip(
                self.tr(
                    "Fill the item “News from the sub-groups” again with the sub-groups' "
                    "meetings, decisions and takeaways since the last plenary (undo: Ctrl+Z)"
                )
            )
        else:
            self.report_button.setText(self.tr("Insert news from the s&ub-groups"))
            self.report_button.setToolTip(
                self.tr(
                    "Add an item with each sub-group's meetings, decisions and takeaways "
                    "since the last plenary, after the selected item (undo: Ctrl+Z)"
                )
            )
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
