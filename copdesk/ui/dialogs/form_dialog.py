"""Base for editor dialogs: labelled fields with inline messages, OK / Cancel.

The dialog never touches the database. It hands its data to a ``save`` callable supplied
by the page; a ``ValidationError`` coming back is shown under its field and the dialog
stays open, so nothing the user typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import TypeVar as DefaultTypeVar  # default= needs Python 3.13

from copdesk.model.errors import UserError, ValidationError
from copdesk.ui.i18n import translate_error
from copdesk.ui.settings import Settings
from copdesk.ui.widgets.fields import FieldMessage

W = TypeVar("W", bound=QWidget)
# The record the dialog edits (``data()``) and hands to its saver; Any for a bare FormDialog.
D = DefaultTypeVar("D", default=Any)


class FormDialog(QDialog, Generic[D]):
    def __init__(
        self, title: str, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._settings = settings
        self._messages: dict[str, FieldMessage] = {}
        self._errors: set[str] = set()
        self._fields: dict[str, QWidget] = {}
        self._save: Callable[[D], None] | None = None
        self.main_layout = outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        if settings is not None:
            geometry = settings.geometry(type(self).__name__)
            if geometry is not None:
                self.restoreGeometry(geometry)

    def add_field(self, name: str, label: str, widget: W) -> W:
        """Add *widget* under *label* with a message line below it; returns *widget*."""
        message = FieldMessage()
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(message)
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.form.addRow(lab, holder)
        self._messages[name] = message
        self._fields[name] = widget
        return widget

    def field_message(self, name: str) -> FieldMessage:
        return self._messages[name]

    def set_error(self, name: str, text: str | None) -> None:
        message = self._messages.get(name)
        if message is None:
            return
        if text:
            message.show_error(text)
            self._errors.add(name)
        else:
            message.clear()
            self._errors.discard(name)
        self._update_ok()

    def set_warning(self, name: str, text: str | None) -> None:
        """A message that does not block saving (e.g. a duplicate e-mail)."""
        if name in self._errors:
            return
        message = self._messages[name]
        if text:
            message.show_warning(text)
        else:
            message.clear()

    def has_errors(self) -> bool:
        return bool(self._errors)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.has_errors())

    # --- subclasses ------------------------------------------------------------------
    def data(self) -> D:
        """The edited record; subclasses return their DTO."""
        raise NotImplementedError

    def set_saver(self, save: Callable[[D], None]) -> None:
        """*save* stores the data or raises a ``UserError``."""
        self._save = save

    def _on_ok(self) -> None:
        if self.has_errors():
            return
        try:
            if self._save is not None:
                self._save(self.data())
        except ValidationError as exc:
            if exc.field in self._fields:
                self.set_error(exc.field, translate_error(exc))
                self._fields[exc.field].setFocus()
                return
            QMessageBox.warning(self, self.windowTitle(), translate_error(exc))
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), translate_error(exc))
            return
        self.accept()

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.set_geometry(type(self).__name__, self.saveGeometry())
        super().done(result)
