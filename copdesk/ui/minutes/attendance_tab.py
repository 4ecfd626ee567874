"""The "Attendance" tab: who was present, excused or absent (quick entry), and guests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from copdesk.model import minutes
from copdesk.model.minutes import AttendeeRow, GuestData, GuestRow, Minutes
from copdesk.ui.minutes.dialogs import GuestDialog
from copdesk.ui.minutes.tab_base import (
    MinutesTab,
    button_row,
    current_row,
    make_table,
    set_columns,
    show_rows,
)
from copdesk.ui.models.dto_table import Column, DtoTableModel
from copdesk.ui.page_base import PageContext

GREY = QColor("#6b7280")


def status_text(row: AttendeeRow) -> str:
    return {
        "attended": QCoreApplication.translate("MinutesPage", "present"),
        "excused": QCoreApplication.translate("MinutesPage", "excused"),
        "declined": QCoreApplication.translate("MinutesPage", "excused (declined)"),
        "absent": QCoreApplication.translate("MinutesPage", "absent"),
        "accepted": QCoreApplication.translate("MinutesPage", "not recorded (accepted)"),
        "tentative": QCoreApplication.translate("MinutesPage", "not recorded (tentative)"),
        "invited": QCoreApplication.translate("MinutesPage", "not recorded (invited)"),
    }.get(row.status, QCoreApplication.translate("MinutesPage", "not recorded"))


class AttendanceTab(MinutesTab):
    def __init__(
        self, ctx: PageContext, minutes: Callable[[], Minutes | None], page: QWidget
    ) -> None:
        super().__init__(ctx, minutes, page)

        def status_colour(r: AttendeeRow) -> QBrush | None:
            return QBrush(GREY) if r.group == "unknown" else None

        self.model = DtoTableModel(
            [
                Column(QCoreApplication.translate("MinutesPage", "Name"), lambda r: r.name),
                Column(
                    QCoreApplication.translate("MinutesPage", "Organisation"),
                    lambda r: r.organisation,
                ),
                Column(
                    QCoreApplication.translate("MinutesPage", "Attendance"),
                    status_text,
                    foreground=status_colour,
                ),
                Column(QCoreApplication.translate("MinutesPage", "Note"), lambda r: r.note),
            ],
            self,
        )
        self.table = make_table(self.model, QCoreApplication.translate("MinutesPage", "Attendance"))
        self.table.doubleClicked.connect(lambda _i: self.set_attendance("attended"))
        set_columns(self.table, (200, 210, 200, 0), 3)
        self.guest_model = DtoTableModel(
            [
                Column(QCoreApplication.translate("MinutesPage", "Guest"), lambda g: g.name),
                Column(
                    QCoreApplication.translate("MinutesPage", "Organisation"),
                    lambda g: g.organisation,
                ),
                Column(QCoreApplication.translate("MinutesPage", "E-mail"), lambda g: g.email),
            ],
            self,
        )
        self.guest_table = make_table(
            self.guest_model, QCoreApplication.translate("MinutesPage", "Guests")
        )
        self.guest_table.setMaximumHeight(150)
        set_columns(self.guest_table, (220, 260, 0), 2)
        self.guest_table.doubleClicked.connect(lambda _i: self.edit_guest())
        buttons, made = button_row(
            (
                QCoreApplication.translate("MinutesPage", "&Present"),
                lambda: self.set_attendance("attended"),
                "check",
            ),
            (
                QCoreApplication.translate("MinutesPage", "E&xcused"),
                lambda: self.set_attendance("excused"),
                "person-off",
            ),
            (
                QCoreApplication.translate("MinutesPage", "Ab&sent"),
                lambda: self.set_attendance("absent"),
                "close",
            ),
            (QCoreApplication.translate("MinutesPage", "Add &guest…"), self.add_guest, "new"),
            (
                QCoreApplication.translate("MinutesPage", "&Remove guest"),
                self.remove_guest,
                "delete",
            ),
        )
        (
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.add_guest_button,
            self.remove_guest_button,
        ) = made
        lay = QVBoxLayout(self.widget)
        lay.addWidget(self.table, 3)
        lay.addWidget(QLabel(QCoreApplication.translate("MinutesPage", "Guests")))
        lay.addWidget(self.guest_table, 1)
        lay.addWidget(buttons)
        self.widget.setFocusProxy(self.table)
        self.tables = (self.table, self.guest_table)

    def load(self, m: Minutes | None) -> None:
        show_rows(self.table, self.model, m.attendees if m else (), "member_id")
        show_rows(self.guest_table, self.guest_model, m.guests if m else (), "id")

    # guests are added from anywhere on the tab; edited and deleted where they are listed
    def selected(self) -> GuestRow | None:
        if not self.guest_table.hasFocus():
            return None
        guest: GuestRow | None = current_row(self.guest_table, self.guest_model)
        return guest

    def add(self) -> None:
        self.add_guest()

    def edit(self) -> None:
        if self.guest_table.hasFocus():
            self.edit_guest()

    def delete(self) -> bool:
        if not self.guest_table.hasFocus():
            return False
        self.remove_guest()
        return True

    def enter(self, focus: QWidget | None) -> bool:
        if focus is self.guest_table:
            self.edit_guest()
            return True
        return False

    # --- attendance ------------------------------------------------------------------
    def set_attendance(self, status: str) -> None:
        row: AttendeeRow | None = current_row(self.table, self.model)
        m = self.minutes
        if row is None or m is None:
            return
        self.run(
            QCoreApplication.translate("MinutesPage", "Attendance of %1").replace("%1", row.name),
            minutes.set_attendance,
            m.meeting_id,
            row.member_id,
            status,
        )
        index = self.table.currentIndex()
        if index.isValid() and index.row() + 1 < self.model.rowCount():
            self.table.selectRow(index.row() + 1)  # quick entry: on to the next person
        self.table.setFocus()

    # --- guests ----------------------------------------------------------------------
    def add_guest(self) -> None:
        m = self.minutes
        if m is None:
            return
        dialog = GuestDialog(parent=self.page, settings=self.ctx.settings)
        mid = m.meeting_id

        def save(data: GuestData) -> None:
            text = QCoreApplication.translate("MinutesPage", "Add guest %1")
            self.ctx.commands.run(text.replace("%1", data.name), minutes.add_guest, mid, data)

        dialog.set_saver(save)
        dialog.exec()
        self.guest_table.setFocus()

    def edit_guest(self) -> None:
        guest: GuestRow | None = current_row(self.guest_table, self.guest_model)
        if guest is None:
            return
        dialog = GuestDialog(
            data=GuestData(guest.name, guest.organisation, guest.email),
            parent=self.page,
            settings=self.ctx.settings,
        )

        def save(data: GuestData) -> None:
            text = QCoreApplication.translate("MinutesPage", "Edit guest %1")
            self.ctx.commands.run(
                text.replace("%1", data.name), minutes.update_guest, guest.id, data
            )

        dialog.set_saver(save)
        dialog.exec()

    def remove_guest(self) -> None:
        guest: GuestRow | None = current_row(self.guest_table, self.guest_model)
        if guest is None:
            return
        self.run(
            QCoreApplication.translate("MinutesPage", "Remove guest %1").replace("%1", guest.name),
            minutes.remove_guest,
            guest.id,
        )
