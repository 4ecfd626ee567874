"""Invite to a meeting, send an update, or send a cancellation: the dialog's widgets.

The dialog never touches the database: it is handed callables that read the state,
preview (read-only) and send (``actions.InviteController``, opened by
``actions.open_invite_dialog``). Sending writes the file inside the unit of work, so a
file that cannot be written leaves the send log unchanged.

Keyboard: every control has a mnemonic; Enter saves (or copies), Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from copdesk.formats.dates import meeting_when
from copdesk.formats.invitations import change_lines, when
from copdesk.model import text
from copdesk.model.errors import UserError, ValidationError
from copdesk.model.invitations import (
    CANCEL,
    EML,
    PUBLISH,
    REQUEST,
    SCOPE_MEETING,
    SCOPE_SERIES,
    TEXT,
    Invitation,
    InvitationState,
    InviteOptions,
    Organiser,
    Recipient,
    SendResult,
)
from copdesk.ui.i18n import plural, translate_error
from copdesk.ui.invitations.organiser_fields import OrganiserFields
from copdesk.ui.invitations.path_field import LAST_FOLDER, PathField
from copdesk.ui.invitations.recipient_list import RecipientList
from copdesk.ui.invitations.wording import (
    CANCELLATION,
    INVITE,
    REMOVING,
    WITHDRAW,
    saved_text,
    status_text,
    title,
)
from copdesk.ui.settings import ORGANISER_EMAIL, ORGANISER_NAME, Key, Settings
from copdesk.ui.widgets.fields import FieldMessage

REMINDER = Key("invitations/reminder", 15, int)
REMINDER_ON = Key("invitations/reminder_on", True, bool)

Preview = Callable[[InviteOptions], Invitation]
Send = Callable[[InviteOptions, Path | None], SendResult]
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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.state = state
        self.settings = settings
        self._preview = preview
        self._send = send
        self._load_state = load_state
        self._withdraw = withdraw
        self.results: list[SendResult] = []
        self.last_path: Path | None = None
        self.setWindowTitle(title(mode))

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
        self.recipients = RecipientList()
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
        self.organiser_fields = OrganiserFields(form, settings)
        self.organiser_name = self.organiser_fields.name
        self.organiser_email = self.organiser_fields.email
        self.organiser_email_message = self.organiser_fields.email_message
        self.organiser_email.editingFinished.connect(self._organiser_changed)
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
        self.path_holder = PathField(settings, self.kind)
        self.path = self.path_holder.edit
        self.path.textEdited.connect(lambda _t: self._clear_message())
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
        self.status_label.setText(status_text(state))
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

    def _add_row(self, r: Recipient, *, checkable: bool, checked: bool) -> None:
        self.recipients.add_row(
            r, checkable=checkable, checked=checked, organiser_email=self.organiser_email.text()
        )

    def _fill_recipients(self, state: InvitationState) -> None:
        unchecked = self.recipients.unchecked_keys()
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
                self._add_row(r, checkable=True, checked=r.key not in unchecked)
        self.recipients.blockSignals(False)
        self.recipients.fit_columns()
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

    def _toggle_all(self) -> None:
        self.recipients.toggle_all()
        self._refresh_preview()

    def set_checked(self, key: str, on: bool) -> None:
        """Check or uncheck one recipient (as a click on its box does)."""
        self.recipients.set_checked(key, on)

    def chosen_keys(self) -> tuple[str, ...]:
        return self.recipients.chosen_keys()

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
        return self.organiser_fields.organiser()

    def options(self, kind: str | None = None) -> InviteOptions:
        kind = kind or self.kind()
        cancelling = self.mode in REMOVING
        return InviteOptions(
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

    def _organiser_changed(self) -> None:
        """The organiser is never a recipient: the list and the preview follow."""
        self._fill_recipients(self.state)
        self._refresh_preview()

    def _show_organiser_fields(self, show: bool) -> None:
        self.organiser_fields.show(show)

    def _kind_changed(self, *_args: object) -> None:
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

    def _scope_changed(self, *_args: object) -> None:
        try:
            state = self._load_state(self.scope())
        except UserError as exc:
            self.show_message(translate_error(exc))
            return
        self._load(state)
        self._suggest_path()

    # --- preview -------------------------------------------------------------------------
    def _refresh_preview(self, *_args: object) -> None:
        chosen = len(self.chosen_keys())
        if self.mode in REMOVING:
            self.count_label.setText("")
        else:
            self.count_label.setText(
                self.tr("%1 of %2 chosen")
                .replace("%1", str(chosen))
                .replace("%2", str(len(self.recipients.checkable())))
            )
        lines: list[str] = []
        recipients: tuple[Recipient, ...] = ()
        try:
            inv = self._preview(self.options(TEXT))
            self.header.setText(f"<h3>{escape(inv.title)}</h3><p>{escape(when(inv))}</p>")
            changes = inv.changes
            if self.mode in REMOVING:  # said once, in the heading below
                changes = tuple(c for c in changes if c.kind != "cancelled")
            lines = change_lines(changes, inv.tz)
            recipients = inv.attendees
        except UserError as exc:
            lines = [translate_error(exc)]
        if self.mode in REMOVING:
            self.recipients.clear()
            for r in recipients:
                self._add_row(r, checkable=False, checked=False)
            self.recipients.fit_columns()
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
        return change_lines(inv.changes, inv.tz)

    # --- saving --------------------------------------------------------------------------
    def _suggest_path(self) -> None:
        """A file name for the chosen kind; the user's own name keeps, with the suffix."""
        kind = self.kind()
        if kind == TEXT:
            return
        try:
            inv: Invitation | None = self._preview(self.options(TEXT))
        except UserError:
            inv = None
        self.path_holder.suggest(kind, inv)

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
        if path is None:  # the text, copied
            self.result_label.setText(
                self.tr("The text is on the clipboard: paste it into an e-mail or a document.")
            )
            self.open_folder_button.hide()
        else:
            self.last_path = path
            self.result_label.setText(saved_text(result, path))
            self.open_folder_button.show()
        self.result_label.show()
        try:
            self._load(self._load_state(self.scope()))
        except UserError as exc:
            self.show_message(translate_error(exc))
        self._suggest_path()
        self.close_button.setFocus()

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
