"""Invite to a meeting, send an update, or send a cancellation.

The dialog never touches the database: :func:`open_invite_dialog` reads the state, hands
in callables that preview (read-only) and send (one undoable unit of work through
``ctx.commands``), and shows the dialog. Sending writes the file inside the unit of work,
so a file that cannot be written leaves the send log unchanged.

Keyboard: every control has a mnemonic; Enter saves (or copies), Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import date_short, meeting_when, time_short
from copdesk.formats.invitations import text as words
from copdesk.model import invitations, text
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.invitations.dto import (
    CANCEL,
    EML,
    PUBLISH,
    REQUEST,
    SCOPE_MEETING,
    SCOPE_SERIES,
    TEXT,
    WITHDRAWAL,
    Invitation,
    InvitationState,
    Organiser,
    Recipient,
    SendResult,
)
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.settings import ORGANISER_EMAIL, ORGANISER_NAME, Key, Settings
from copdesk.ui.widgets.fields import FieldMessage

# where invitations were saved last (declared here: only this dialog uses it)
LAST_FOLDER = Key("invitations/folder", "", str)
REMINDER = Key("invitations/reminder", 15, int)
REMINDER_ON = Key("invitations/reminder_on", True, bool)

INVITE, CANCELLATION, WITHDRAW = "invite", "cancel", "withdraw"
# the modes that remove an entry from calendars (no recipients to choose, no reminder)
REMOVING = (CANCELLATION, WITHDRAW)
KEY_ROLE = Qt.ItemDataRole.UserRole

Preview = Callable[[invitations.InviteOptions], Invitation]
Send = Callable[[invitations.InviteOptions, Path | None], SendResult]
LoadState = Callable[[str], InvitationState]


class InviteDialog(QDialog):
    """Recipients, what to produce, organiser, reminder, where to save."""

    def __init__(
        self,
        state: InvitationState,
        *,
        mode: str = INVITE,
        settings: Settings,
        preview: Preview,
        send: Send,
        load_state: LoadState,
        withdraw: Callable[[str], None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.state = state
        self.settings = settings
        self._preview = preview
        self._send = send
        self._load_state = load_state
        self._withdraw = withdraw
        self._suggested = ""
        self.results: list[SendResult] = []
        self.last_path: Path | None = None
        self.setWindowTitle(_title(mode))

        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.status_label)
        # people taken off the list after they got the invitation: offer their withdrawal
        self.withdraw_label = QLabel()
        self.withdraw_label.setWordWrap(True)
        self.withdraw_label.setTextFormat(Qt.TextFormat.PlainText)
        self.withdraw_button = QPushButton(self.tr("&Withdraw their invitation…"))
        self.withdraw_button.clicked.connect(self._open_withdrawal)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_label, 1)
        withdraw_row.addWidget(self.withdraw_button)
        self.withdraw_row = QWidget()
        self.withdraw_row.setLayout(withdraw_row)
        withdraw_row.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.withdraw_row)

        # series: the whole series, or this session only
        self.scope_box = QGroupBox(self.tr("Series"))
        scope_lay = QHBoxLayout(self.scope_box)
        self.scope_series = QRadioButton(self.tr("&Whole series (one recurring entry)"))
        self.scope_session = QRadioButton(self.tr("This session &only (an exception)"))
        scope_lay.addWidget(self.scope_series)
        scope_lay.addWidget(self.scope_session)
        scope_lay.addStretch(1)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_series)
        self.scope_group.addButton(self.scope_session)
        outer.addWidget(self.scope_box)

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        # left: recipients
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        self.recipients_label = QLabel(self.tr("&Recipients"))
        left.addWidget(self.recipients_label)
        self.recipients = QTreeWidget()
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.recipients.setHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Organisation")]
        )
        self.recipients.setRootIsDecorated(False)
        self.recipients.setUniformRowHeights(True)
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients.setMinimumWidth(340)
        self.recipients.header().setStretchLastSection(True)
        self.recipients_label.setBuddy(self.recipients)
        left.addWidget(self.recipients, 1)
        pick = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All / none"))
        self.all_button.setToolTip(self.tr("Choose everybody, or nobody if everybody is chosen"))
        self.all_button.clicked.connect(self._toggle_all)
        self.count_label = QLabel()
        pick.addWidget(self.all_button)
        pick.addWidget(self.count_label, 1)
        left.addLayout(pick)
        self.skip_problems = QCheckBox()
        self.skip_problems.toggled.connect(self._refresh_preview)
        left.addWidget(self.skip_problems)

        # right: what to produce and how
        right = QVBoxLayout()
        columns.addLayout(right, 4)
        self.kind_box = QGroupBox(self.tr("Produce"))
        kind_lay = QVBoxLayout(self.kind_box)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        if mode == WITHDRAW:
            kinds = [
                (CANCEL, self.tr("Withdrawal &file for the people taken off the list (.ics)")),
                (EML, self.tr("&E-mail draft with the withdrawal (.eml)")),
                (TEXT, self.tr("Copy the withdrawal &text")),
            ]
        elif mode == CANCELLATION:
            kinds = [
                (CANCEL, self.tr("Cancellation &file for the recipients (.ics)")),
                (EML, self.tr("&E-mail draft with the cancellation (.eml)")),
                (TEXT, self.tr("Copy the cancellation &text")),
            ]
        else:
            kinds = [
                (REQUEST, self.tr("&Invitation for the recipients (.ics)")),
                (PUBLISH, self.tr("Entry for my own &calendar (.ics)")),
                (EML, self.tr("&E-mail draft for Outlook (.eml)")),
                (TEXT, self.tr("Copy the invitation &text")),
            ]
        for kind, label in kinds:
            button = QRadioButton(label)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kind_lay.addWidget(button)
            button.toggled.connect(self._kind_changed)
        right.addWidget(self.kind_box)

        self.changes_box = QGroupBox(self.tr("What the recipients will see change"))
        changes_lay = QVBoxLayout(self.changes_box)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        changes_lay.addWidget(self.changes_label)
        right.addWidget(self.changes_box)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.addLayout(form)
        # organiser: from the settings, asked here once when missing
        self.organiser_label = QLabel()
        self.organiser_label.setWordWrap(True)
        self.organiser_change = QPushButton(self.tr("C&hange"))
        self.organiser_change.clicked.connect(lambda: self._show_organiser_fields(True))
        organiser_row = QHBoxLayout()
        organiser_row.addWidget(self.organiser_label, 1)
        organiser_row.addWidget(self.organiser_change)
        self.organiser_row = QWidget()
        self.organiser_row.setLayout(organiser_row)
        organiser_row.setContentsMargins(0, 0, 0, 0)
        self.organiser_title = QLabel(self.tr("Organiser"))
        form.addRow(self.organiser_title, self.organiser_row)
        self.organiser_name = QLineEdit(settings.get(ORGANISER_NAME))
        self.organiser_name.setPlaceholderText(self.tr("First and last name"))
        self.organiser_email = QLineEdit(settings.get(ORGANISER_EMAIL))
        self.organiser_email.setPlaceholderText(self.tr("name@stadt.de"))
        self.organiser_email.textChanged.connect(self._check_organiser)
        self.organiser_email.editingFinished.connect(
            lambda: (self._fill_recipients(self.state), self._refresh_preview())
        )
        self.organiser_email_message = FieldMessage()
        email_holder = QWidget()
        email_lay = QVBoxLayout(email_holder)
        email_lay.setContentsMargins(0, 0, 0, 0)
        email_lay.setSpacing(2)
        email_lay.addWidget(self.organiser_email)
        email_lay.addWidget(self.organiser_email_message)
        self.organiser_name_label = QLabel(self.tr("Your &name"))
        self.organiser_name_label.setBuddy(self.organiser_name)
        self.organiser_email_label = QLabel(self.tr("&Your e-mail"))
        self.organiser_email_label.setBuddy(self.organiser_email)
        form.addRow(self.organiser_name_label, self.organiser_name)
        form.addRow(self.organiser_email_label, email_holder)
        self.organiser_hint = QLabel(
            self.tr(
                "Invitations are sent in your name. This is asked once and kept in the settings."
            )
        )
        self.organiser_hint.setWordWrap(True)
        form.addRow(self.organiser_hint)
        # reminder
        self.reminder = QCheckBox(self.tr("Show a re&minder"))
        self.reminder_minutes = QSpinBox()
        self.reminder_minutes.setRange(5, 24 * 60)
        self.reminder_minutes.setSingleStep(5)
        self.reminder_minutes.setSuffix(self.tr(" min before"))
        self.reminder_minutes.setAccessibleName(self.tr("Minutes before the start"))
        self.reminder_minutes.setValue(max(5, settings.get(REMINDER)))
        self.reminder.setChecked(settings.get(REMINDER_ON))
        self.reminder.toggled.connect(self.reminder_minutes.setEnabled)
        self.reminder_minutes.setEnabled(self.reminder.isChecked())
        reminder_row = QHBoxLayout()
        reminder_row.setContentsMargins(0, 0, 0, 0)
        reminder_row.addWidget(self.reminder)
        reminder_row.addWidget(self.reminder_minutes)
        reminder_row.addStretch(1)
        self.reminder_holder = QWidget()
        self.reminder_holder.setLayout(reminder_row)
        self.reminder_title = QLabel(self.tr("Reminder"))
        form.addRow(self.reminder_title, self.reminder_holder)
        # where to save
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        self.path.textEdited.connect(lambda _t: self._clear_message())
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.path_holder = QWidget()
        self.path_holder.setLayout(path_row)
        self.path_label = QLabel(self.tr("File &path"))
        self.path_label.setBuddy(self.path)
        form.addRow(self.path_label, self.path_holder)
        right.addStretch(1)

        # messages and the result
        self.message = FieldMessage()
        outer.addWidget(self.message)
        result_row = QHBoxLayout()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_folder_button = QPushButton(self.tr("Open fol&der"))
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)
        outer.addLayout(result_row)
        self.result_label.hide()
        self.open_folder_button.hide()

        self.buttons = QDialogButtonBox()
        outer.addWidget(self.buttons)  # in the dialog first: setDefault needs its dialog
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.produce)
        self.close_button.clicked.connect(self.reject)

        self.scope_series.toggled.connect(self._scope_changed)
        self.recipients.itemChanged.connect(lambda *_a: self._refresh_preview())
        if not settings.get(ORGANISER_EMAIL) and state.last_organiser is not None:
            # whoever sent the last file is the likely organiser: offered, still asked
            self.organiser_name.setText(state.last_organiser.name)
            self.organiser_email.setText(state.last_organiser.email)
        self._show_organiser_fields(
            not (settings.get(ORGANISER_EMAIL) and text.is_email(settings.get(ORGANISER_EMAIL)))
        )
        self._load(state)
        default = CANCEL if mode in REMOVING else REQUEST
        self.kind_buttons[default].setChecked(True)
        self._kind_changed()
        geometry = settings.geometry(type(self).__name__)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 620)
        self.save_button.setFocus()

    # --- state --------------------------------------------------------------------------
    def _load(self, state: InvitationState) -> None:
        self.state = state
        self.header.setText(f"<h3>{escape(state.title)}</h3><p>{escape(self._when(state))}</p>")
        self.status_label.setText(self._status_text(state))
        in_series = state.series_id is not None
        self.scope_box.setVisible(in_series)
        if in_series:
            for button in (self.scope_series, self.scope_session):
                button.blockSignals(True)
            self.scope_series.setChecked(state.scope == SCOPE_SERIES)
            self.scope_session.setChecked(state.scope == SCOPE_MEETING)
            self.scope_session.setEnabled(state.series_sent)
            self.scope_session.setToolTip(
                ""
                if state.series_sent
                else self.tr("Send the whole series first; then single sessions can be changed.")
            )
            for button in (self.scope_series, self.scope_session):
                button.blockSignals(False)
        self._fill_recipients(state)
        self._refresh_preview()
        withdraw = state.withdraw if self.mode == INVITE and self._withdraw else ()
        self.withdraw_row.setVisible(bool(withdraw))
        if withdraw:
            self.withdraw_label.setText(
                plural(
                    self.tr(
                        "⚠ %n person(s) taken off the list still have the meeting in their "
                        "calendars: %1.",
                        "",
                        len(withdraw),
                    ),
                    len(withdraw),
                ).replace("%1", ", ".join(r.name for r in withdraw))
            )

    def _open_withdrawal(self) -> None:
        """The withdrawal for the people taken off the list, in its own dialog; then this
        dialog shows what is left."""
        if self._withdraw is None:
            return
        self._withdraw(self.scope())  # the series or the session this dialog shows
        try:
            self._load(self._load_state(self.scope()))
        except UserError as exc:
            self.show_message(translate_error(exc))

    def _when(self, state: InvitationState) -> str:
        return meeting_when(state.start, state.end, state.tz)

    def _status_text(self, state: InvitationState) -> str:
        if not state.history:
            base = self.tr("Not sent yet.")
        else:
            last = state.history[0]
            sent = last.sent_at.astimezone(ZoneInfo(state.tz))
            base = (
                self.tr("Last sent on %1 at %2: %3 (sequence %4).")
                .replace("%1", date_short(sent.date()))
                .replace("%2", time_short(sent.time()))
                .replace("%3", self.kind_text(last.kind))
                .replace("%4", str(last.sequence))
            )
        if state.due == "update":
            base += " " + self.tr(
                "⚠ The meeting changed since: an update is due (sequence %1)."
            ).replace("%1", str(state.next_sequence))
        elif state.due == "cancel":
            base += " " + self.tr(
                "⚠ The meeting is cancelled: the recipients still need the cancellation."
            )
        elif state.cancel_sent:
            base += " " + self.tr("The cancellation was sent.")
        return base

    def kind_text(self, kind: str) -> str:
        return {
            REQUEST: self.tr("invitation"),
            PUBLISH: self.tr("own calendar entry"),
            EML: self.tr("e-mail draft"),
            CANCEL: self.tr("cancellation"),
            WITHDRAWAL: self.tr("withdrawal"),
        }.get(kind, kind)

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.recipients.topLevelItem(i) for i in range(self.recipients.topLevelItemCount())]

    def _add_row(self, r: Recipient, checkable: bool, checked: bool) -> QTreeWidgetItem:
        name = r.name
        me = r.email and text.email_key(r.email) == text.email_key(self.organiser_email.text())
        if me:  # the organiser is never an attendee of their own invitation
            name += " – " + self.tr("you, the organiser")
            checkable = False
        if r.is_guest:
            name += " – " + self.tr("guest, optional")
        email = r.email
        if not r.usable:
            name = "⚠ " + name
            email = f"{r.email} – {self._problem_text(r)}" if r.email else self._problem_text(r)
        item = QTreeWidgetItem([name, email, r.organisation])
        item.setData(0, KEY_ROLE, r.key)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        if not r.usable:
            for col in range(3):
                item.setToolTip(col, self._problem_text(r))
        self.recipients.addTopLevelItem(item)
        return item

    def _fit_columns(self) -> None:
        for col in (0, 1):
            self.recipients.resizeColumnToContents(col)
            width = self.recipients.columnWidth(col)
            self.recipients.setColumnWidth(col, min(width + 8, 260))

    def _fill_recipients(self, state: InvitationState) -> None:
        unchecked = {
            item.data(0, KEY_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Unchecked
        }
        skip = self.skip_problems.isChecked()
        cancelling = self.mode in REMOVING
        self.recipients.blockSignals(True)
        self.recipients.clear()
        if self.mode == WITHDRAW:
            self.recipients_label.setText(
                self.tr("&Recipients (taken off the list after they got the invitation)")
            )
        elif cancelling:
            self.recipients_label.setText(self.tr("&Recipients (everyone who was invited)"))
        else:
            for r in state.recipients:
                self._add_row(r, True, r.key not in unchecked)
        self.recipients.blockSignals(False)
        self._fit_columns()
        problems = [r for r in state.recipients if not r.usable] if not cancelling else []
        self.skip_problems.setVisible(bool(problems))
        self.skip_problems.setText(
            plural(
                self.tr(
                    "&Leave out the %n recipient(s) without a usable e-mail address",
                    "",
                    len(problems),
                ),
                len(problems),
            )
        )
        self.skip_problems.blockSignals(True)
        self.skip_problems.setChecked(skip and bool(problems))
        self.skip_problems.blockSignals(False)
        self.all_button.setVisible(not cancelling)

    def _problem_text(self, r: Recipient) -> str:
        if r.problem == "missing":
            return self.tr("no e-mail address")
        return self.tr("invalid e-mail address")

    def _checkable(self) -> list[QTreeWidgetItem]:
        return [item for item in self._items() if item.flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def _toggle_all(self) -> None:
        items = self._checkable()
        everyone = all(item.checkState(0) == Qt.CheckState.Checked for item in items)
        state = Qt.CheckState.Unchecked if everyone else Qt.CheckState.Checked
        self.recipients.blockSignals(True)
        for item in items:
            item.setCheckState(0, state)
        self.recipients.blockSignals(False)
        self._refresh_preview()

    def set_checked(self, key: str, on: bool) -> None:
        """Check or uncheck one recipient (as a click on its box does)."""
        for item in self._items():
            if item.data(0, KEY_ROLE) == key:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> tuple[str, ...]:
        return tuple(
            item.data(0, KEY_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    # --- options ------------------------------------------------------------------------------
    def kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return REQUEST

    def scope(self) -> str:
        if self.state.series_id is None:
            return SCOPE_MEETING
        return SCOPE_SERIES if self.scope_series.isChecked() else SCOPE_MEETING

    def organiser(self) -> Organiser:
        return Organiser(self.organiser_name.text().strip(), self.organiser_email.text().strip())

    def options(self, kind: str | None = None) -> invitations.InviteOptions:
        kind = kind or self.kind()
        cancelling = self.mode in REMOVING
        return invitations.InviteOptions(
            kind=kind,
            scope=self.scope(),
            organiser=self.organiser(),
            recipient_keys=None if cancelling else self.chosen_keys(),
            skip_problems=self.skip_problems.isChecked(),
            reminder_minutes=(
                self.reminder_minutes.value()
                if self.reminder.isChecked() and not cancelling
                else None
            ),
            cancellation=self.mode == CANCELLATION,
            withdraw=self.mode == WITHDRAW,
        )

    def _show_organiser_fields(self, show: bool) -> None:
        for widget in (
            self.organiser_name,
            self.organiser_email,
            self.organiser_name_label,
            self.organiser_email_label,
            self.organiser_hint,
        ):
            widget.setVisible(show)
        if not show:
            self.organiser_email_message.clear()
        self.organiser_row.setVisible(not show)
        self.organiser_title.setVisible(not show)
        org = self.organiser()
        name = f"{org.name} <{org.email}>" if org.name else org.email
        self.organiser_label.setText(name)
        if show:
            (self.organiser_email if self.organiser_name.text() else self.organiser_name).setFocus()

    def _check_organiser(self) -> None:
        value = self.organiser_email.text().strip()
        if value and not text.is_email(value):
            self.organiser_email_message.show_error(
                self.tr("This is not a valid e-mail address (example: name@stadt.de).")
            )
        else:
            self.organiser_email_message.clear()

    def _kind_changed(self, *_args) -> None:
        kind = self.kind()
        is_text = kind == TEXT
        self.path_holder.setVisible(not is_text)
        self.path_label.setVisible(not is_text)
        no_reminder = self.mode in REMOVING
        self.reminder_holder.setVisible(not no_reminder)
        self.reminder_title.setVisible(not no_reminder)
        self.save_button.setText(self.tr("Co&py") if is_text else self.tr("&Save"))
        self._suggest_path()
        self._clear_message()

    def _scope_changed(self, *_args) -> None:
        try:
            state = self._load_state(self.scope())
        except UserError as exc:
            self.show_message(translate_error(exc))
            return
        self._load(state)
        self._suggest_path()

    # --- preview -------------------------------------------------------------------------
    def _refresh_preview(self, *_args) -> None:
        chosen = len(self.chosen_keys())
        if self.mode in REMOVING:
            self.count_label.setText("")
        else:
            self.count_label.setText(
                self.tr("%1 of %2 chosen")
                .replace("%1", str(chosen))
                .replace("%2", str(len(self._checkable())))
            )
        lines: list[str] = []
        recipients: tuple[Recipient, ...] = ()
        try:
            inv = self._preview(self.options(TEXT))
            self.header.setText(f"<h3>{escape(inv.title)}</h3><p>{escape(words.when(inv))}</p>")
            changes = inv.changes
            if self.mode in REMOVING:  # said once, in the heading below
                changes = tuple(c for c in changes if c.kind != "cancelled")
            lines = words.change_lines(changes, inv.tz)
            recipients = inv.attendees
        except UserError as exc:
            lines = [translate_error(exc)]
        if self.mode in REMOVING:
            self.recipients.clear()
            for r in recipients:
                self._add_row(r, False, False)
            self._fit_columns()
            heading = (
                self.tr("Their entry is removed; the meeting takes place for the others: %1")
                if self.mode == WITHDRAW
                else self.tr("The recipients' entry is removed: %1")
            ).replace("%1", self._when(self.state))
            lines = [heading] + lines
        show = bool(lines)
        self.changes_box.setVisible(show)
        self.changes_label.setText(
            "<ul>" + "".join(f"<li>{escape(x)}</li>" for x in lines) + "</ul>" if lines else ""
        )

    def preview_lines(self) -> list[str]:
        """The change preview as plain lines (for tests and screen readers)."""
        try:
            inv = self._preview(self.options(TEXT))
        except UserError as exc:
            return [translate_error(exc)]
        return words.change_lines(inv.changes, inv.tz)

    # --- saving --------------------------------------------------------------------------
    def _folder(self) -> str:
        folder = self.settings.get(LAST_FOLDER)
        if folder and Path(folder).is_dir():
            return folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return docs if docs and Path(docs).is_dir() else str(Path.home())

    def _suggest_path(self) -> None:
        """A file name for the chosen kind; the user's own name keeps, with the suffix."""
        kind = self.kind()
        if kind == TEXT:
            return
        suffix = ".eml" if kind == EML else ".ics"
        current = self.path.text().strip()
        suggestion = ""
        try:
            inv = self._preview(self.options(TEXT))
            labelled = inv if kind != PUBLISH else _with_kind(inv, PUBLISH)
            folder = str(Path(current).parent) if current else self._folder()
            suggestion = str(Path(folder) / words.file_name(labelled, suffix))
        except UserError:
            pass
        if not current or current == self._suggested:
            new = suggestion or current
        elif Path(current).suffix.lower() in (".ics", ".eml"):
            new = str(Path(current).with_suffix(suffix))
        else:
            new = current
        self.path.setText(new)
        self._suggested = new if new == suggestion else self._suggested

    def _choose_path(self) -> None:
        kind = self.kind()
        pattern = (
            self.tr("E-mail draft (*.eml)") if kind == EML else self.tr("Calendar file (*.ics)")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), self.path.text(), pattern)
        if path:
            self.path.setText(path)

    def show_message(self, text_: str) -> None:
        self.message.show_error(text_)

    def _clear_message(self) -> None:
        self.message.clear()

    def produce(self) -> None:
        """Save the chosen file (or copy the text); stays open to offer "Open folder"."""
        self._clear_message()
        kind = self.kind()
        options = self.options()
        path: Path | None = None
        if kind != TEXT:
            raw = self.path.text().strip()
            if not raw:
                self.show_message(self.tr("Enter where to save the file."))
                self.path.setFocus()
                return
            path = Path(raw).expanduser()
            wanted = ".eml" if kind == EML else ".ics"
            if path.suffix.lower() != wanted:
                path = path.with_name(path.name + wanted)
        try:
            result = self._send(options, path)
        except ValidationError as exc:
            if exc.field == "organiser_email":
                self._show_organiser_fields(True)
                self.organiser_email_message.show_error(translate_error(exc))
                self.organiser_email.setFocus()
                return
            self.show_message(translate_error(exc))
            return
        except UserError as exc:
            self.show_message(translate_error(exc))
            return
        self.results.append(result)
        self._remember(path)
        if kind == TEXT:
            self.result_label.setText(
                self.tr("The text is on the clipboard: paste it into an e-mail or a document.")
            )
            self.open_folder_button.hide()
        else:
            self.last_path = path
            self.result_label.setText(self._saved_text(result, path))
            self.open_folder_button.show()
        self.result_label.show()
        try:
            self._load(self._load_state(self.scope()))
        except UserError as exc:
            self.show_message(translate_error(exc))
        self._suggest_path()
        self.close_button.setFocus()

    def _saved_text(self, result: SendResult, path: Path) -> str:
        if result.kind == PUBLISH:
            hint = self.tr("Open it to add the entry to your own calendar.")
        elif result.kind == EML or (
            result.kind in (CANCEL, WITHDRAWAL) and path.suffix.lower() == ".eml"
        ):
            hint = self.tr("Open it in Outlook, check it, and send it.")
        else:
            hint = self.tr(
                "Attach it to an e-mail to the recipients, or open it in Outlook and forward it."
            )
        return (
            self.tr("Saved “%1” (sequence %2). %3")
            .replace("%1", path.name)
            .replace("%2", str(result.sequence))
            .replace("%3", hint)
        )

    def _remember(self, path: Path | None) -> None:
        org = self.organiser()
        if org.email and text.is_email(org.email):
            self.settings.set(ORGANISER_EMAIL, org.email)
            if org.name:
                self.settings.set(ORGANISER_NAME, org.name)
            self._show_organiser_fields(False)
        if self.mode == INVITE:
            self.settings.set(REMINDER_ON, self.reminder.isChecked())
            self.settings.set(REMINDER, self.reminder_minutes.value())
        if path is not None:
            self.settings.set(LAST_FOLDER, str(path.parent))
        self.settings.sync()

    def open_folder(self) -> bool:
        if self.last_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def done(self, result: int) -> None:
        self.settings.set_geometry(type(self).__name__, self.saveGeometry())
        super().done(result)


def _with_kind(inv: Invitation, kind: str) -> Invitation:
    return replace(inv, kind=kind)


# --- what the meetings page calls ------------------------------------------------------------


def _undo_text(options: invitations.InviteOptions, title: str) -> str:
    if options.withdraw:
        text_ = QCoreApplication.translate("InviteDialog", "Withdraw invitation for %1")
    elif options.cancels:
        text_ = QCoreApplication.translate("InviteDialog", "Send cancellation for %1")
    elif options.kind == PUBLISH:
        text_ = QCoreApplication.translate("InviteDialog", "Save calendar entry for %1")
    else:
        text_ = QCoreApplication.translate("InviteDialog", "Send invitation for %1")
    return text_.replace("%1", title)


def _make_callables(ctx, meeting_id: int, dialog_ref: list):
    def load_state(scope: str | None = None) -> InvitationState:
        return ctx.commands.read(
            invitations.invitation_state,
            meeting_id,
            scope=scope,
            organiser_email=ctx.settings.get(ORGANISER_EMAIL),
        )

    def preview(options: invitations.InviteOptions) -> Invitation:
        return ctx.commands.read(invitations.build_invitation, meeting_id, options)

    def send(options: invitations.InviteOptions, path: Path | None) -> SendResult:
        if options.kind == TEXT:
            inv = preview(options)
            content = words.plain_text(inv)
            QGuiApplication.clipboard().setText(content)
            return SendResult(
                None, TEXT, inv.sequence, inv.uid, tuple(r.email for r in inv.attendees), content
            )

        from copdesk.formats.invitations.files import send_to_file

        dialog = dialog_ref[0]
        title = dialog.state.title if dialog is not None else str(meeting_id)
        run = partial(ctx.commands.run, _undo_text(options, title))
        return send_to_file(run, meeting_id, options, path)[0]

    return load_state, preview, send


def open_invite_dialog(
    parent: QWidget | None, ctx, meeting_id: int, *, mode: str = INVITE, scope: str | None = None
) -> InviteDialog | None:
    """Show the invite (or cancellation) dialog for a meeting; returns it after it closed.

    *ctx* is the page's ``PageContext`` (commands, events, settings, ...); *scope*: the
    whole series or one session of it (None: the default for the meeting).
    """
    dialog_ref: list = [None]
    load_state, preview, send = _make_callables(ctx, meeting_id, dialog_ref)
    try:
        state = load_state(scope)
    except UserError as exc:
        QMessageBox.warning(parent, _title(mode), translate_error(exc))
        return None
    if mode == CANCELLATION and not state.sent:
        error = invitations.NeverSent(state.title)
        QMessageBox.information(parent, _title(mode), translate_error(error))
        return None
    if mode == WITHDRAW and not state.withdraw:
        error = invitations.NobodyToWithdraw(state.title)
        QMessageBox.information(parent, _title(mode), translate_error(error))
        return None
    if not state.has_time:
        QMessageBox.warning(parent, _title(mode), translate_error(invitations.NoTime(state.title)))
        return None
    dialog: InviteDialog | None = None

    def withdraw(scope: str) -> None:  # from the invite dialog: the withdrawal on its own
        open_invite_dialog(dialog, ctx, meeting_id, mode=WITHDRAW, scope=scope)

    dialog = InviteDialog(
        state,
        mode=mode,
        settings=ctx.settings,
        preview=preview,
        send=send,
        load_state=load_state,
        withdraw=withdraw if mode == INVITE else None,
        parent=parent,
    )
    dialog_ref[0] = dialog
    dialog.exec()
    return dialog


def open_cancel_dialog(parent: QWidget | None, ctx, meeting_id: int) -> InviteDialog | None:
    """Send the cancellation of a meeting that was sent (METHOD:CANCEL)."""
    return open_invite_dialog(parent, ctx, meeting_id, mode=CANCELLATION)


def _title(mode: str) -> str:
    if mode == WITHDRAW:
        return QCoreApplication.translate("InviteDialog", "Withdraw invitation")
    if mode == CANCELLATION:
        return QCoreApplication.translate("InviteDialog", "Send cancellation")
    return QCoreApplication.translate("InviteDialog", "Invite")


def add_invite_actions(page) -> tuple:
    """Give a list page of meetings the actions "Invite…" (Ctrl+Shift+I) and "Send
    cancellation…" for its selected row (``page.current().id``). Returns both actions."""

    def selected() -> int | None:
        row = page.current()
        return getattr(row, "id", None) if row is not None else None

    def invite() -> None:
        meeting_id = selected()
        if meeting_id is not None:
            open_invite_dialog(page, page.ctx, meeting_id)

    def cancel() -> None:
        meeting_id = selected()
        if meeting_id is not None:
            open_cancel_dialog(page, page.ctx, meeting_id)

    invite_action = page.make_action(
        QCoreApplication.translate("InviteDialog", "In&vite…"),
        "invite",
        invite,
        "Ctrl+Shift+I",
        QCoreApplication.translate(
            "InviteDialog", "Invitation, update or e-mail draft for Outlook (Ctrl+Shift+I)"
        ),
    )
    invite_action.setIconText(QCoreApplication.translate("InviteDialog", "Invite"))
    cancel_action = page.make_action(
        QCoreApplication.translate("InviteDialog", "Send cancellati&on…"),
        "export",
        cancel,
        None,
        QCoreApplication.translate(
            "InviteDialog", "Remove the meeting from everyone's calendar (Outlook cancellation)"
        ),
    )
    cancel_action.setPriority(cancel_action.Priority.LowPriority)

    def update(*_args) -> None:
        has = selected() is not None
        invite_action.setEnabled(has)
        cancel_action.setEnabled(has)

    page.table.selectionModel().currentRowChanged.connect(update)
    page.proxy.modelReset.connect(update)
    update()
    return invite_action, cancel_action
