"""Small dialogs of the Lean Coffee board: thumbs vote, who is here, new topic, settings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from copdesk.model import leancoffee as lc
from copdesk.model.leancoffee import Participant
from copdesk.ui.dialogs.form_dialog import FormDialog
from copdesk.ui.i18n import plural

EXTEND, MOVE_ON = "extend", "move_on"


class ThumbsDialog(QDialog):
    """Count thumbs up / sideways / down; the suggestion (extend or move on) is the default."""

    def __init__(self, topic_title: str, extension_minutes: int, present: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thumbs vote"))
        self.decision: str | None = None
        self._minutes = extension_minutes
        lay = QVBoxLayout(self)
        question = QLabel(
            self.tr("Go on with “%1” for another %2 minutes?")
            .replace("%1", topic_title)
            .replace("%2", str(extension_minutes))
        )
        question.setWordWrap(True)
        question.setObjectName("columnHeader")
        lay.addWidget(question)
        form = QFormLayout()
        self.up = QSpinBox()
        self.side = QSpinBox()
        self.down = QSpinBox()
        for label, spin in (
            (self.tr("Thumbs &up (go on)"), self.up),
            (self.tr("&Sideways (either way)"), self.side),
            (self.tr("Thumbs &down (move on)"), self.down),
        ):
            spin.setRange(0, 999)
            spin.setAccessibleName(label.replace("&", ""))
            spin.valueChanged.connect(self._update)
            form.addRow(label, spin)
        lay.addLayout(form)
        if present:
            hint = QLabel(plural(self.tr("%n participant(s) present.", "", present), present))
            hint.setObjectName("muted")
            lay.addWidget(hint)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        lay.addWidget(self.suggestion)
        self.buttons = QDialogButtonBox()
        self.extend_button = QPushButton(
            self.tr("&Extend by %1 min").replace("%1", str(extension_minutes))
        )
        self.move_button = QPushButton(self.tr("&Move on"))
        self.buttons.addButton(self.extend_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.extend_button.clicked.connect(lambda: self._decide(EXTEND))
        self.move_button.clicked.connect(lambda: self._decide(MOVE_ON))
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.up.setFocus()
        self.up.selectAll()
        self._update()

    def counts(self) -> tuple[int, int, int]:
        return self.up.value(), self.side.value(), self.down.value()

    def _update(self) -> None:
        up, side, down = self.counts()
        counted = up + side + down > 0
        extend = lc.thumbs_say_extend(up, side, down)
        if not counted:
            self.suggestion.setText(self.tr("Count the thumbs; Enter takes the suggestion."))
        elif extend:
            self.suggestion.setText(
                "➜ "
                + self.tr("More thumbs up than down: extend by %1 minutes.").replace(
                    "%1", str(self._minutes)
                )
            )
        else:
            self.suggestion.setText(
                "➜ " + self.tr("Not more thumbs up than down: move on to the next topic.")
            )
        self.extend_button.setEnabled(counted)
        self.move_button.setEnabled(counted)
        default = self.extend_button if extend else self.move_button
        other = self.move_button if extend else self.extend_button
        other.setDefault(False)
        default.setDefault(True)

    def _decide(self, decision: str) -> None:
        if sum(self.counts()) == 0:
            return
        self.decision = decision
        self.accept()


class PresenceDialog(QDialog):
    """Who is here: tick the participants present (filterable for large groups)."""

    def __init__(self, participants: Sequence[Participant], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is here?"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick everyone taking part. Each participant present gets the "
                "vote budget; the minutes list them as present."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to find a name or organisation"))
        self.filter.setAccessibleName(self.tr("Find participants"))
        self.filter.textChanged.connect(self._filter)
        lay.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants"))
        for p in participants:
            text = f"{p.name} – {p.organisation}" if p.organisation else p.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p.member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.present else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        lay.addWidget(self.list, 1)
        self.count = QLabel()
        lay.addWidget(self.count)
        self.list.itemChanged.connect(lambda _i: self._update_count())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        all_button = buttons.addButton(
            self.tr("&All shown"), QDialogButtonBox.ButtonRole.ActionRole
        )
        all_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        none_button = buttons.addButton(
            self.tr("&None shown"), QDialogButtonBox.ButtonRole.ActionRole
        )
        none_button.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        for button in (all_button, none_button):
            button.setAutoDefault(False)
        lay.addWidget(buttons)
        self._update_count()
        self.list.setFocus()
        self.resize(520, 560)

    def _filter(self, text: str) -> None:
        needles = text.casefold().split()
        first = None
        for n in range(self.list.count()):
            item = self.list.item(n)
            hide = not all(w in item.text().casefold() for w in needles)
            item.setHidden(hide)
            if not hide and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def _tick_shown(self, state: Qt.CheckState) -> None:
        for n in range(self.list.count()):
            item = self.list.item(n)
            if not item.isHidden():
                item.setCheckState(state)

    def _update_count(self) -> None:
        n = len(self.present_ids())
        self.count.setText(plural(self.tr("%n participant(s) present", "", n), n))

    def present_ids(self) -> list[int]:
        return [
            self.list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.list.count())
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]


class NewTopicDialog(FormDialog):
    """A topic typed in during the meeting (proposer optional)."""

    def __init__(self, participants: Sequence[Participant], parent=None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New topic on the board"))
        self.title = self.add_field("title", self.tr("&Topic"), QLineEdit())
        self.title.setPlaceholderText(self.tr("What would you like to talk about?"))
        self.proposer = self.add_field("proposer", self.tr("&Proposed by"), QComboBox())
        self.proposer.addItem(self.tr("(no one in particular)"), None)
        for p in sorted(participants, key=lambda p: (not p.present, p.name.casefold())):
            name = p.name if p.present else self.tr("%1 (absent)").replace("%1", p.name)
            self.proposer.addItem(name, p.member_id)
        hint = QLabel(
            self.tr(
                "The topic goes into the backlog too; if it is not reached "
                "today, it is there for the next meeting."
            )
        )
        hint.setWordWrap(True)
        self.main_layout.insertWidget(1, hint)
        self.title.setFocus()
        self.setMinimumWidth(520)  # the height follows the (possibly large) board fonts

    def data(self) -> tuple[str, int | None]:
        return self.title.text(), self.proposer.currentData()


class BoardSettingsDialog(QDialog):
    """Vote budget (fixed or a third of the topics), timebox and extension."""

    def __init__(
        self, budget: int | None, topics: int, timebox: int, extension: int, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lean Coffee settings"))
        form = QFormLayout(self)
        self.fixed = QCheckBox(self.tr("&Fixed number of votes per person"))
        self.fixed.setChecked(budget is not None)
        self.budget = QSpinBox()
        self.budget.setRange(lc.MIN_BUDGET, lc.MAX_BUDGET)
        self.budget.setValue(budget or lc.effective_budget(None, topics))
        self.budget.setEnabled(budget is not None)
        self.fixed.toggled.connect(self.budget.setEnabled)
        third = lc.effective_budget(None, topics)
        auto = QLabel(
            plural(
                self.tr("Otherwise a third of the topics: now %n vote(s) per person.", "", third),
                third,
            )
        )
        auto.setWordWrap(True)
        auto.setObjectName("muted")
        self.timebox = QSpinBox()
        self.timebox.setRange(1, lc.MAX_TIMEBOX)
        self.timebox.setValue(timebox)
        self.timebox.setSuffix(" " + self.tr("min"))
        self.extension = QSpinBox()
        self.extension.setRange(1, lc.MAX_EXTENSION)
        self.extension.setValue(extension)
        self.extension.setSuffix(" " + self.tr("min"))
        form.addRow(self.fixed)
        budget_label = QLabel(self.tr("&Votes per person:"))
        budget_label.setBuddy(self.budget)
        form.addRow(budget_label, self.budget)
        form.addRow(auto)
        timebox_label = QLabel(self.tr("&Timebox per topic:"))
        timebox_label.setBuddy(self.timebox)
        form.addRow(timebox_label, self.timebox)
        extension_label = QLabel(self.tr("&Extension:"))
        extension_label.setBuddy(self.extension)
        form.addRow(extension_label, self.extension)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[int | None, int, int]:
        return (
            self.budget.value() if self.fixed.isChecked() else None,
            self.timebox.value(),
            self.extension.value(),
        )
