"""Data protection dialogs: the confirmation before forgetting a member (Art. 17 GDPR).

The dialog shows what will happen, in numbers the organiser can check, every text that
will be rewritten or is left as it is (and why), and the backups that still hold the
person, with an offer to delete them. "Forget permanently" works only after an explicit
"I understand" check box. It never touches the database; the page runs the erasure
(``contacts_actions.py``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from copdesk.formats.backup_text import backup_line_with_end
from copdesk.model.backups import Backup
from copdesk.model.privacy import TABLE_LABELS, ForgetPreview
from copdesk.ui.i18n import plural
from copdesk.ui.icons import icon


class ForgetDialog(QDialog):
    def __init__(
        self, preview: ForgetPreview, holding: list[Backup] | tuple[Backup, ...] = (), parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forget member (Art. 17 GDPR)"))
        self.preview = preview
        self.holding = list(holding)

        warning = QLabel()
        warning.setPixmap(icon("warning").pixmap(40, 40))
        warning.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel("<h3>" + escape(self.tr("Forget %1?").replace("%1", preview.name)) + "</h3>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)

        items = [
            self.tr("The name becomes “%1”.").replace("%1", preview.pseudonym),
            self.tr("E-mail, phone, function, offers, seeks and notes are deleted."),
            plural(
                self.tr(
                    "%n absence(s) and the private check-in notes are deleted.",
                    "",
                    preview.absences,
                ),
                preview.absences,
            ),
            plural(
                self.tr(
                    "%n text(s) in minutes, topics and notes that mention the name, "
                    "e-mail or phone are rewritten.",
                    "",
                    preview.mentions,
                ),
                preview.mentions,
            ),
            plural(
                self.tr(
                    "Attendance (%n meeting(s)), roles, action items and the rotation "
                    "history stay under the new name, so the minutes remain complete.",
                    "",
                    preview.attendances,
                ),
                preview.attendances,
            ),
        ]
        kept = len(preview.kept)
        if kept:
            items.append(
                plural(
                    self.tr(
                        "%n text(s) that mention them are left as they are, because they belong to "
                        "another member's record or may mean someone else: check them in the list "
                        "below and change them by hand if they mean this person.",
                        "",
                        kept,
                    ),
                    kept,
                )
            )
        body = QLabel(
            "<ul>"
            + "".join(f"<li>{escape(i)}</li>" for i in items)
            + "</ul>"
            + "<p><b>"
            + escape(self.tr("This cannot be undone."))
            + "</b> "
            + escape(self.tr("The undo history is cleared."))
            + "</p>"
        )
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        self.texts = self._texts_list(preview)

        n = len(self.holding)
        if n:
            backups_text = plural(
                self.tr("The data is still in %n backup(s) of this file:", "", n), n
            )
            lines = "".join(f"<li>{escape(backup_line_with_end(b))}</li>" for b in self.holding)
            after = self.tr(
                "If you delete them, a state from before today can no longer be restored."
            )
            backups_label = QLabel(
                f"<p>{escape(backups_text)}</p><ul>{lines}</ul><p>{escape(after)}</p>"
            )
        else:
            backups_label = QLabel(self.tr("No backup of this file contains the data."))
        backups_label.setTextFormat(Qt.TextFormat.RichText)
        backups_label.setWordWrap(True)
        self.delete_backups = QCheckBox(self.tr("Also &delete these backups"))
        self.delete_backups.setVisible(bool(n))
        others = QLabel(
            self.tr(
                "Copies saved elsewhere (Save a copy, hand-over files, exports) are not covered: "
                "delete them yourself."
            )
        )
        others.setWordWrap(True)

        self.understood = QCheckBox(self.tr("I &understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = self.buttons.addButton(
            self.tr("&Forget permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget_button.setIcon(icon("person-off"))
        self.forget_button.setEnabled(False)
        self.forget_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self._toggled)

        text_col = QVBoxLayout()
        text_col.addWidget(title)
        text_col.addWidget(body)
        if self.texts is not None:
            text_col.addWidget(self.texts, 1)
        text_col.addWidget(backups_label)
        text_col.addWidget(self.delete_backups)
        text_col.addWidget(others)
        text_col.addWidget(self.understood)
        top = QHBoxLayout()
        top.addWidget(warning)
        top.addLayout(text_col, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.understood.setFocus()

    def _texts_list(self, preview: ForgetPreview) -> QTreeWidget | None:
        """Every text that mentions the member: where, an excerpt, what happens to it."""
        if not preview.texts:
            return None
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        tree.setHeaderLabels([self.tr("Where"), self.tr("Text"), self.tr("What happens")])
        tree.setAccessibleName(self.tr("Texts that mention the member"))
        rewritten = self.tr("rewritten")
        for mention in preview.texts:
            where = QCoreApplication.translate("privacy", TABLE_LABELS[mention.table])
            if mention.row_id is not None:
                where += f" {mention.row_id}"
            what = (
                rewritten
                if mention.changes
                else QCoreApplication.translate("privacy", mention.reason)
            )
            item = QTreeWidgetItem([where, mention.excerpt, what])
            item.setToolTip(1, mention.excerpt)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.setMinimumHeight(min(8, len(preview.texts) + 2) * 22)
        return tree

    def _toggled(self, checked: bool) -> None:
        self.forget_button.setEnabled(checked)
        self.forget_button.setDefault(checked)
        self.forget_button.setAutoDefault(checked)
