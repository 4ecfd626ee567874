"""Where the invite dialog saves: the path, a Browse… button, and a suggested file name
that follows the chosen kind while the user has not typed a name of their own.

Its words are translated in the context ``InviteDialog``, where they were first written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from copdesk.formats.invitations import file_name
from copdesk.model.invitations import EML, PUBLISH, Invitation
from copdesk.ui.settings import Key, Settings

# where invitations were saved last (declared here: only the invite dialog uses it)
LAST_FOLDER = Key("invitations/folder", "", str)


class PathField(QWidget):
    """``edit`` holds the path; *kind* tells the kind of file chosen now."""

    def __init__(
        self, settings: Settings, kind: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._kind = kind
        self._suggested = ""
        self.edit = QLineEdit()
        self.edit.setAccessibleName(QCoreApplication.translate("InviteDialog", "File"))
        self.browse = QPushButton(QCoreApplication.translate("InviteDialog", "&Browse…"))
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def default_folder(self) -> str:
        """Where invitations were saved last, else the documents folder, else home."""
        folder: str = self.settings.get(LAST_FOLDER)
        if folder and Path(folder).is_dir():
            return folder
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return docs if docs and Path(docs).is_dir() else str(Path.home())

    def suggest(self, kind: str, inv: Invitation | None) -> None:
        """A file name for *kind* and *inv* (None: none to be had); the user's own name
        keeps, with the suffix of *kind*."""
        suffix = ".eml" if kind == EML else ".ics"
        current = self.edit.text().strip()
        suggestion = ""
        if inv is not None:
            labelled = inv if kind != PUBLISH else replace(inv, kind=PUBLISH)
            folder = str(Path(current).parent) if current else self.default_folder()
            suggestion = str(Path(folder) / file_name(labelled, suffix))
        if not current or current == self._suggested:
            new = suggestion or current
        elif Path(current).suffix.lower() in (".ics", ".eml"):
            new = str(Path(current).with_suffix(suffix))
        else:
            new = current
        self.edit.setText(new)
        self._suggested = new if new == suggestion else self._suggested

    def choose(self) -> None:
        pattern = (
            QCoreApplication.translate("InviteDialog", "E-mail draft (*.eml)")
            if self._kind() == EML
            else QCoreApplication.translate("InviteDialog", "Calendar file (*.ics)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("InviteDialog", "Save as"), self.edit.text(), pattern
        )
        if path:
            self.edit.setText(path)
