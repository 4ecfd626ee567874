"""The "Matches" tab: a seek in one organisation and an offer in another, on the same
subject; each proposed as a backlog topic (one undo step) or as an introduction e-mail."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from copdesk.model import groups, knowledge
from copdesk.model.errors import UserError
from copdesk.ui.i18n import translate_error
from copdesk.ui.knowledge.introduction import default_file_name, write_introduction
from copdesk.ui.page_base import PageContext

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 300  # rows at most; a large community narrows them with the filter


def _text(m: knowledge.Match) -> str:
    parts = (
        m.subject,
        m.seeker.person,
        m.seeker.organisation,
        m.offerer.person,
        m.offerer.organisation,
    )
    return " ".join(parts).casefold()


def _who(p: knowledge.Party) -> str:
    return p.person or "—"


class MatchesTab(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        hint = QLabel(
            self.tr(
                "Someone looks for what another organisation offers. Propose the pair as a "
                "topic for the backlog, or write both an introduction e-mail."
            )
        )
        hint.setWordWrap(True)
        self._all: list[knowledge.Match] = []
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by subject, person or organisation…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.more = QLabel()
        self.more.hide()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("Seeks"),
                self.tr("Organisation"),
                self.tr("Offers"),
                self.tr("Organisation"),
            ]
        )
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.propose_button = QPushButton(self.tr("&Propose as topic"))
        self.propose_button.setToolTip(
            self.tr("Add “Exchange: subject (…)” to the backlog, proposed by the seeking person")
        )
        self.propose_button.clicked.connect(self.propose)
        self.email_button = QPushButton(self.tr("Introduction &e-mail…"))
        self.email_button.setToolTip(
            self.tr("Save an unsent e-mail to both people (.eml, opens in Outlook)")
        )
        self.email_button.clicked.connect(self.introduce)
        self.empty = QLabel(
            self.tr("No matches: nobody seeks a subject that another organisation offers.")
        )
        self.empty.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.email_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)
        layout.addLayout(buttons)
        self._enable()

    def set_matches(self, found: list[knowledge.Match]) -> None:
        self._all = found
        self._fill()

    def _fill(self) -> None:
        words = self.filter.text().casefold().split()
        found = [m for m in self._all if all(w in _text(m) for w in words)] if words else self._all
        self.tree.clear()
        for m in found[:SHOWN]:
            item = QTreeWidgetItem(
                [
                    m.subject,
                    _who(m.seeker),
                    m.seeker.organisation,
                    _who(m.offerer),
                    m.offerer.organisation,
                ]
            )
            item.setData(0, MATCH_ROLE, m)
            self.tree.addTopLevelItem(item)
        for col in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, self.tree.columnWidth(col) + 24)
        self.empty.setVisible(not self._all)
        self.more.setVisible(len(found) > SHOWN)
        self.more.setText(
            self.tr("The first %1 of %2 matches; type in the filter to narrow them down.")
            .replace("%1", str(SHOWN))
            .replace("%2", str(len(found)))
        )
        if (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self._enable()

    def current(self) -> knowledge.Match | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, MATCH_ROLE)

    def _enable(self) -> None:
        ok = self.current() is not None
        self.propose_button.setEnabled(ok)
        self.email_button.setEnabled(ok)

    def propose(self) -> None:
        match = self.current()
        if match is None:
            return
        ok, _topic = self.ctx.commands.try_run(
            self,
            self.tr("Propose “%1” as topic").replace("%1", match.subject),
            knowledge.propose_topic,
            match,
            #: {subject}, {seeker} and {offerer} stay as they are: the subject's and the
            #: organisations' names go there
            title=self.tr("Exchange: {subject} ({seeker} ↔ {offerer})"),
            #: {seeker_person}, {offerer_person}, {seeker}, {offerer} stay as they are
            description=self.tr(
                "Proposed on the knowledge page: {seeker_person} ({seeker}) looks for "
                "experience that {offerer_person} ({offerer}) offers."
            ),
        )
        if ok:
            self.ctx.events.status.emit(self.tr("Topic added to the backlog – undo with Ctrl+Z"))

    def introduce(self) -> None:
        match = self.current()
        if match is None:
            return
        if not (match.seeker.email or match.offerer.email):
            QMessageBox.information(
                self,
                self.tr("Introduction e-mail"),
                self.tr("Neither person has an e-mail address."),
            )
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save introduction e-mail"),
            str(Path(folder) / default_file_name(match)),
            self.tr("E-mail draft (*.eml)"),
        )
        if not path:
            return
        self.save_introduction(Path(path), match)

    def save_introduction(self, target: Path, match: knowledge.Match) -> None:
        if not target.suffix:
            target = target.with_suffix(".eml")
        try:
            community = self.ctx.commands.read(groups.community_name)
            write_introduction(target, match, community)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Introduction e-mail"), translate_error(exc))
            return
        self.ctx.events.status.emit(
            self.tr("Introduction e-mail saved to %1").replace("%1", str(target))
        )
