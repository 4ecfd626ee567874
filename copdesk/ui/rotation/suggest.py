"""A "Suggest from rotation" button for the meeting editor.

The editor never touches the database; the page that opens it hands in a callable that
returns the rotation's proposal for a group and a date, e.g.::

    add_rotation_button(dialog, lambda group_id, day: self.ctx.commands.read(
        rotation.propose_for_date, group_id, day, exclude_meeting_id=meeting_id))

The button fills the host organisation, moderation, co-moderation and protocol writer
(where the rotation proposes somebody the editor offers) and shows why under the form.
Nothing is stored until the meeting is saved; confirming the turn in the rotation history
is then done on the Rotation page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton

from copdesk.formats.dates import date_short
from copdesk.model import rotation
from copdesk.model.errors import UserError
from copdesk.model.rotation import ForecastSlot, State

Suggest = Callable[[int, dt.date], ForecastSlot]

# the editor's combo box for each role (attribute names of ``MeetingDialog``)
COMBOS = {
    rotation.HOST: "host",
    rotation.MODERATOR: "moderator",
    rotation.CO_MODERATOR: "co_moderator",
    rotation.PROTOCOL: "protocol_writer",
}


class RotationSuggester(QObject):
    """Owns the button and the explanation label it adds to a dialog."""

    def __init__(self, dialog, suggest: Suggest) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._suggest = suggest
        self.button = QPushButton(self.tr("S&uggest from rotation"))
        self.button.setToolTip(
            self.tr(
                "Fill in host and roles as the rotation proposes "
                "them for this date, with the reasons"
            )
        )
        dialog.buttons.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.apply)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.hide()
        outer = dialog.layout()
        outer.insertWidget(outer.indexOf(dialog.buttons), self.label)

    def apply(self) -> ForecastSlot | None:
        d = self._dialog
        group_id = d.group.currentData()
        day = d.date.date().toPython()
        try:
            slot = self._suggest(group_id, day)
        except UserError as exc:
            self.label.setText(escape(exc.render(QCoreApplication.translate)))
            self.label.show()
            return None
        lines = []
        for p in slot.roles:
            if p.state == State.OFF:
                continue
            combo = getattr(d, COMBOS[p.role], None)
            role = QCoreApplication.translate("rotation", rotation.ROLE_LABELS[p.role])
            why = " · ".join(
                t.render(QCoreApplication.translate, date_short)
                for t in (p.reason, p.decided_by)
                if t is not None
            )
            if p.holder_id is not None and combo is not None:
                index = combo.findData(p.holder_id)
                if index >= 0:
                    combo.setCurrentIndex(index)
            lines.append(f"<b>{escape(role)}:</b> {escape(p.name or '–')} – {escape(why)}")
        self.label.setText("<br>".join(lines))
        self.label.setVisible(bool(lines))
        return slot


def add_rotation_button(dialog, suggest: Suggest) -> RotationSuggester:
    """Add the button to a ``MeetingDialog`` (or any dialog with the same combo boxes)."""
    return RotationSuggester(dialog, suggest)
