"""The organiser in the invite dialog: one line with "Change" when the settings know a
valid address, else the fields for name and address (asked once, then kept).

Its words are translated in the context ``InviteDialog``, where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copdesk.model import text
from copdesk.model.invitations import Organiser
from copdesk.ui.settings import ORGANISER_EMAIL, ORGANISER_NAME, Settings
from copdesk.ui.widgets.fields import FieldMessage


class OrganiserFields:
    """The organiser's rows of *form*; ``name`` and ``email`` are the fields."""

    def __init__(self, form: QFormLayout, settings: Settings) -> None:
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.change = QPushButton(QCoreApplication.translate("InviteDialog", "C&hange"))
        self.change.clicked.connect(lambda: self.show(True))
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.change)
        self.row = QWidget()
        self.row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(QCoreApplication.translate("InviteDialog", "Organiser"))
        form.addRow(self.title, self.row)
        self.name = QLineEdit(settings.get(ORGANISER_NAME))
        self.name.setPlaceholderText(
            QCoreApplication.translate("InviteDialog", "First and last name")
        )
        self.email = QLineEdit(settings.get(ORGANISER_EMAIL))
        self.email.setPlaceholderText(QCoreApplication.translate("InviteDialog", "name@stadt.de"))
        self.email.textChanged.connect(self.check)
        self.email_message = FieldMessage()
        email_holder = QWidget()
        email_lay = QVBoxLayout(email_holder)
        email_lay.setContentsMargins(0, 0, 0, 0)
        email_lay.setSpacing(2)
        email_lay.addWidget(self.email)
        email_lay.addWidget(self.email_message)
        self.name_label = QLabel(QCoreApplication.translate("InviteDialog", "Your &name"))
        self.name_label.setBuddy(self.name)
        self.email_label = QLabel(QCoreApplication.translate("InviteDialog", "&Your e-mail"))
        self.email_label.setBuddy(self.email)
        form.addRow(self.name_label, self.name)
        form.addRow(self.email_label, email_holder)
        self.hint = QLabel(
            QCoreApplication.translate(
                "InviteDialog",
                "Invitations are sent in your name. This is asked once and kept in the settings.",
            )
        )
        self.hint.setWordWrap(True)
        form.addRow(self.hint)

    def organiser(self) -> Organiser:
        return Organiser(self.name.text().strip(), self.email.text().strip())

    def show(self, show: bool) -> None:
        """The fields (*show*), or the one line with "Change"."""
        for widget in (self.name, self.email, self.name_label, self.email_label, self.hint):
            widget.setVisible(show)
        if not show:
            self.email_message.clear()
        self.row.setVisible(not show)
        self.title.setVisible(not show)
        org = self.organiser()
        name = f"{org.name} <{org.email}>" if org.name else org.email
        self.label.setText(name)
        if show:
            (self.email if self.name.text() else self.name).setFocus()

    def check(self) -> None:
        value = self.email.text().strip()
        if value and not text.is_email(value):
            self.email_message.show_error(
                QCoreApplication.translate(
                    "InviteDialog", "This is not a valid e-mail address (example: name@stadt.de)."
                )
            )
        else:
            self.email_message.clear()
