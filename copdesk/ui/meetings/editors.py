"""The agenda and attendance tabs of the meetings page.

Each editor is filled for the selected meeting when its tab is shown (each reads the
whole group: thousands of members in a large community, on every arrow key in the list).
Every edit is one undoable step through ``ctx.commands``. Strings are in the translation
context ``MeetingsPage``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from copdesk.formats.meeting_text import group_report_text
from copdesk.model import group_report, groups, meetings
from copdesk.model.errors import UserError
from copdesk.model.meetings import AgendaItemData, GuestData, MeetingRow, PersonOption
from copdesk.ui.meetings.agenda_editor import AgendaEditor
from copdesk.ui.meetings.attendance_editor import AttendanceEditor
from copdesk.ui.page_base import PageContext


class MeetingEditors:
    """Adds the agenda and attendance tabs to *tabs*; *current* is the selected meeting."""

    def __init__(
        self,
        page: QWidget,
        ctx: PageContext,
        tabs: QTabWidget,
        current: Callable[[], MeetingRow | None],
    ) -> None:
        self._page, self._ctx, self._tabs, self._current = page, ctx, tabs, current
        self.agenda = AgendaEditor()
        self.agenda.set_handlers(
            save=self.save_agenda,
            apply_template=self.apply_template,
            save_template=self.save_template,
            fill_report=self.fill_report,
        )
        tabs.addTab(self.agenda, QCoreApplication.translate("MeetingsPage", "Agen&da"))
        self.attendance = AttendanceEditor(settings=ctx.settings)
        self.attendance.set_handlers(
            save=self.save_attendance,
            invite_all=self.invite_all,
            add_guest=self.add_guest,
            update_guest=self.update_guest,
            remove_guest=self.remove_guest,
        )
        tabs.addTab(self.attendance, QCoreApplication.translate("MeetingsPage", "Atte&ndance"))
        self._people: dict[int, list[PersonOption]] = {}  # group id -> list_people
        self._root: int | None = None  # the community's group id (its meetings get news)
        self._row: MeetingRow | None = None
        self._loaded: set[QWidget] = set()
        tabs.currentChanged.connect(lambda _i: self.load_visible())

    def forget_people(self) -> None:
        """The group's people are read once per reload of the page, not once per row."""
        self._people = {}
        self._root = None

    def show_meeting(self, row: MeetingRow | None) -> None:
        """Fill the visible editor for *row* now, the other when its tab is shown."""
        self._row = row
        self._loaded = set()
        self.load_visible()

    def load_visible(self) -> None:
        editor, row = self._tabs.currentWidget(), self._row
        if editor not in (self.agenda, self.attendance) or editor in self._loaded:
            return
        self._loaded.add(editor)
        read = self._ctx.commands.read
        try:
            if editor is self.agenda:
                if row is None:
                    self.agenda.set_agenda(None)
                    return
                if row.group_id not in self._people:
                    self._people[row.group_id] = read(meetings.list_people, row.group_id)
                if self._root is None:
                    self._root = next(g.id for g in read(groups.list_groups) if g.parent_id is None)
                self.agenda.set_agenda(
                    read(meetings.get_agenda, row.id),
                    templates=read(meetings.list_templates),
                    people=self._people[row.group_id],
                    report=row.group_id == self._root,
                )
            else:
                self.attendance.set_sheet(
                    None if row is None else read(meetings.get_attendance, row.id)
                )
        except UserError:  # deleted meanwhile: the next reload shows the truth
            self.agenda.set_agenda(None)
            self.attendance.set_sheet(None)

    # --- handlers: one undoable step each ------------------------------------------------
    def _try(self, text: str, fn: Callable[..., object], *args: object, **kwargs: object) -> bool:
        """Run *fn(session, meeting id, *args)*; a user error is shown. False: not done."""
        row = self._current()
        if row is None:
            return False
        return self._ctx.commands.try_run(self._page, text, fn, row.id, *args, **kwargs)[0]

    def _run(self, text: str, fn: Callable[..., object], *args: object) -> bool:
        """Run *fn(session, meeting id, *args)*; a user error propagates to the editor."""
        row = self._current()
        if row is not None:
            self._ctx.commands.run(text, fn, row.id, *args)
        return row is not None

    def save_agenda(self, items: Sequence[AgendaItemData]) -> bool:
        return self._try(
            QCoreApplication.translate("MeetingsPage", "Edit agenda"), meetings.set_agenda, items
        )

    def apply_template(self, template_id: int) -> bool:
        ok = self._try(
            QCoreApplication.translate("MeetingsPage", "Fill agenda from template"),
            meetings.apply_template,
            template_id,
        )
        if ok:
            self._tabs.setCurrentWidget(self.agenda)
        return ok

    def fill_report(self, position: int | None) -> bool:
        """Insert (or refresh) "News from the sub-groups" as one undoable step."""
        ok = self._try(
            QCoreApplication.translate("MeetingsPage", "News from the sub-groups"),
            group_report.fill_group_report,
            group_report_text,
            position=position,
        )
        if ok:
            self._ctx.events.status.emit(
                QCoreApplication.translate(
                    "MeetingsPage",
                    "News from the sub-groups filled in from their minutes. Undo: Ctrl+Z.",
                )
            )
        return ok

    def save_template(self, name: str) -> None:
        text = QCoreApplication.translate("MeetingsPage", "Save agenda template %1")
        if self._run(text.replace("%1", name), meetings.save_as_template, name):
            self._ctx.events.status.emit(
                QCoreApplication.translate("MeetingsPage", "Template “%1” saved.").replace(
                    "%1", name
                )
            )

    def save_attendance(self, statuses: dict[int, str], notes: dict[int, str] | None) -> bool:
        return self._try(
            QCoreApplication.translate("MeetingsPage", "Edit attendance"),
            meetings.set_attendances,
            statuses,
            notes=notes,
        )

    def invite_all(self) -> bool:
        return self._try(
            QCoreApplication.translate("MeetingsPage", "Mark all as invited"), meetings.invite_group
        )

    def add_guest(self, data: GuestData) -> None:
        text = QCoreApplication.translate("MeetingsPage", "Add guest %1")
        self._run(text.replace("%1", data.name), meetings.add_guest, data)

    def update_guest(self, guest_id: int, data: GuestData) -> None:
        text = QCoreApplication.translate("MeetingsPage", "Edit guest %1")
        self._run(text.replace("%1", data.name), meetings.update_guest, guest_id, data)

    def remove_guest(self, guest_id: int) -> bool:
        return self._try(
            QCoreApplication.translate("MeetingsPage", "Remove guest"),
            meetings.remove_guest,
            guest_id,
        )
