"""Change one turn of a coming meeting: swap, skip, volunteer or hand back — with a reason.

The dialog never touches the database: the page hands in who could take the turn (with
why somebody cannot) and a ``save`` callable. The reason is required; it stays in the
rotation history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from copdesk.formats.dates import date_short
from copdesk.model import rotation
from copdesk.model.rotation import Candidate
from copdesk.ui.dialogs.form_dialog import FormDialog

SWAP, SKIP, VOLUNTEER, HAND_BACK = "swap", "skip", "volunteer", "hand_back"


@dataclass(frozen=True)
class OverrideData:
    kind: str
    holder_id: int | None
    reason: str


def render(text) -> str:
    return text.render(QCoreApplication.translate, date_short) if text is not None else ""


class RotationOverrideDialog(FormDialog[OverrideData]):
    def __init__(
        self,
        kind: str,
        *,
        role: str,
        meeting: str,
        current: str,
        candidates: Sequence[Candidate] = (),
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        self.kind = kind
        role_name = QCoreApplication.translate("rotation", rotation.ROLE_LABELS[role])
        titles = {
            SWAP: self.tr("Swap the turn"),
            SKIP: self.tr("Skip somebody this time"),
            VOLUNTEER: self.tr("Somebody volunteers"),
            HAND_BACK: self.tr("Hand the turn back"),
        }
        self.setWindowTitle(titles[kind])
        explain = {
            SWAP: self.tr("Who takes over from %1? %1 keeps their place and comes next."),
            SKIP: self.tr(
                "Who is passed over at this meeting? They keep their place and come next."
            ),
            VOLUNTEER: self.tr("Who takes this turn? The others keep their places."),
            HAND_BACK: self.tr(
                "%1 gives this turn back; the rotation proposes the next one "
                "and %1 keeps their place."
            ),
        }[kind].replace("%1", current or "–")
        intro = QLabel(self.tr("%1 at “%2”").replace("%1", role_name).replace("%2", meeting))
        intro.setWordWrap(True)
        font = intro.font()
        font.setBold(True)
        intro.setFont(font)
        note = QLabel(explain)
        note.setWordWrap(True)
        outer = self.main_layout
        outer.insertWidget(0, intro)
        outer.insertWidget(1, note)
        outer.insertSpacing(2, 6)

        self.holder: QComboBox | None = None
        if kind != HAND_BACK:
            self.holder = QComboBox()
            self.holder.setAccessibleName(self.tr("Person"))
            model = QStandardItemModel(self.holder)
            current_row = -1
            for c in candidates:
                label = c.name + (f" ({c.detail})" if c.detail else "")
                if c.turns:
                    label += " – " + self.tr("%1× so far").replace("%1", str(c.turns))
                item = QStandardItem(label)
                item.setData(c.id, Qt.ItemDataRole.UserRole)
                blocked = kind != SKIP and (not c.ok or c.current)
                if blocked:
                    why = render(c.problem) if c.problem else self.tr("has this turn now")
                    item.setText(label + " – " + self.tr("not possible: %1").replace("%1", why))
                    item.setToolTip(why)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                model.appendRow(item)
                if c.current:
                    current_row = model.rowCount() - 1
            self.holder.setModel(model)
            # long "not possible: …" entries widen the list, not the dialog
            self.holder.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.holder.setMinimumContentsLength(32)
            self.holder.view().setMinimumWidth(self.holder.view().sizeHintForColumn(0) + 24)
            first_ok = next((r for r in range(model.rowCount()) if model.item(r).isEnabled()), -1)
            self.holder.setCurrentIndex(
                current_row if kind == SKIP and current_row >= 0 else first_ok
            )
            label = {
                SWAP: self.tr("&Takes over"),
                SKIP: self.tr("&Skip"),
                VOLUNTEER: self.tr("&Volunteer"),
            }[kind]
            self.add_field("holder", label, self.holder)
        self.reason = QLineEdit()
        self.reason.setMaxLength(rotation.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. on leave until March; swapped by agreement"))
        self.add_field("reason", self.tr("&Reason"), self.reason)
        self.reason.textChanged.connect(lambda _t: self.set_error("reason", None))
        if self.holder is not None:
            self.holder.currentIndexChanged.connect(lambda _i: self.set_error("holder", None))
        self.setMinimumWidth(520)
        (self.holder or self.reason).setFocus()

    def data(self) -> OverrideData:
        holder = self.holder.currentData(Qt.ItemDataRole.UserRole) if self.holder else None
        return OverrideData(self.kind, holder, self.reason.text())
