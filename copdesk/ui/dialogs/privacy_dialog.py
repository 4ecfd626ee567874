"""Data protection dialogs: the confirmation before forgetting a member (Art. 17 GDPR).

The dialog shows what will happen, in numbers the organiser can check, and lets the
"Forget permanently" button work only after an explicit "I understand" check box. It never
touches the database; the page runs the erasure (``contacts_actions.py``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
)

from copdesk.model.privacy import ForgetPreview
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon


class ForgetDialog(QDialog):
    def __init__(self, preview: ForgetPreview, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forget member (Art. 17 GDPR)"))
        self.preview = preview

        warning = QLabel()
        warning.setPixmap(icon("warning").pixmap(40, 40))
        warning.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel("<h3>" + escape(self.tr("Forget %1?").replace("%1", preview.name))
                       + "</h3>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)

        items = [
            self.tr("The name becomes “%1”.").replace("%1", preview.pseudonym),
            self.tr("E-mail, phone, function, offers, seeks and notes are deleted."),
            plural(self.tr("%n absence(s) and the private check-in notes are deleted.", "",
                           preview.absences), preview.absences),
            plural(self.tr("%n text(s) in minutes, topics and notes that mention the name, "
                           "e-mail or phone are rewritten.", "", preview.mentions),
                   preview.mentions),
            plural(self.tr("Attendance (%n meeting(s)), roles, action items and the rotation "
                           "history stay under the new name, so the minutes remain complete.",
                           "", preview.attendances), preview.attendances),
        ]
        body = QLabel("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"
                      + "<p><b>" + escape(self.tr("This cannot be undone.")) + "</b> "
                      + escape(self.tr(
                          "The undo history is cleared. Daily backups made before today still "
                          "contain the data until they are replaced (after 10 days)."))
                      + "</p>")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)

        self.understood = QCheckBox(self.tr("I &understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = self.buttons.addButton(self.tr("&Forget permanently"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.forget_button.setIcon(icon("person-off"))
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self._toggled)

        text_col = QVBoxLayout()
        text_col.addWidget(title)
        text_col.addWidget(body)
        text_col.addWidget(self.understood)
        top = QHBoxLayout()
        top.addWidget(warning)
        top.addLayout(text_col, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.understood.setFocus()

    def _toggled(self, checked: bool) -> None:
        self.forget_button.setEnabled(checked)
        self.forget_button.setDefault(checked)
        self.forget_button.setAutoDefault(checked)
