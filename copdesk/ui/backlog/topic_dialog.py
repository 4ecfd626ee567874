"""Add or edit a backlog topic: title (required), description, proposer, date, tags, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QLineEdit, QPlainTextEdit

from copdesk.model import backlog
from copdesk.model.backlog import NamedRef, TopicData
from copdesk.ui.dialogs.form_dialog import FormDialog


class TagCompleter(QCompleter):
    """Completes the word after the last comma of a comma-separated tag list."""

    def __init__(self, tags: Sequence[str], parent=None) -> None:
        super().__init__(QStringListModel(list(tags)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._line: QLineEdit | None = None

    def attach(self, line: QLineEdit) -> None:
        self._line = line
        line.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        done = self._line.text().split(",")[:-1] if self._line else []
        done = [p.strip() for p in done if p.strip()]
        return ", ".join(done + [str(index.data())]) + ", "


class TopicDialog(FormDialog):
    def __init__(
        self,
        *,
        members: Sequence[NamedRef],
        tags: Sequence[str],
        data: TopicData | None = None,
        parent=None,
        settings=None,
    ) -> None:
        super().__init__("", parent, settings)
        editing = data is not None
        self.setWindowTitle(self.tr("Edit topic") if editing else self.tr("New topic"))
        data = data or TopicData(proposed_on=dt.date.today())

        self.title = self.add_field("title", self.tr("&Title"), QLineEdit())
        self.title.setPlaceholderText(self.tr("e.g. Onboarding with an app – who has tried it?"))
        self.title.setMaxLength(backlog.TITLE_MAX)
        self.description = self.add_field("description", self.tr("&Description"), QPlainTextEdit())
        self.description.setPlaceholderText(
            self.tr("What is the question, what would help the proposer?")
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.proposer = self.add_field("proposed_by_id", self.tr("&Proposed by"), QComboBox())
        self.proposer.addItem(self.tr("(nobody in particular)"), None)
        for m in members:
            label = f"{m.name} – {m.detail}" if m.detail else m.name
            self.proposer.addItem(label, m.id)
        self.proposed_on = self.add_field("proposed_on", self.tr("Proposed &on"), QDateEdit())
        self.proposed_on.setCalendarPopup(True)
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        self.proposed_on.setDisplayFormat(fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy"))
        self.tags = self.add_field("tags", self.tr("T&ags"), QLineEdit())
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. Digitalisierung, Führung"))
        TagCompleter(tags, self).attach(self.tags)
        self.status = self.add_field("status", self.tr("&Status"), QComboBox())
        statuses: list[str] = list(
            backlog.EDITABLE_STATUSES if editing else (backlog.S.OPEN, backlog.S.PARKED)
        )
        if data.status not in statuses:
            statuses.append(data.status)
        for status in statuses:
            self.status.addItem(
                QCoreApplication.translate("TopicStatus", backlog.STATUS_LABELS[status]), status
            )
        if data.status == backlog.S.MERGED:
            self.status.setEnabled(False)

        self._load(data)
        self.title.textChanged.connect(self._check_title)
        self.title.setFocus()
        self.resize(max(self.width(), 560), self.height())

    def _load(self, data: TopicData) -> None:
        self.title.setText(data.title)
        self.description.setPlainText(data.description)
        index = self.proposer.findData(data.proposed_by_id)
        self.proposer.setCurrentIndex(max(index, 0))
        day = data.proposed_on or dt.date.today()
        self.proposed_on.setDate(QDate(day.year, day.month, day.day))
        self.tags.setText(", ".join(data.tags))
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))

    def _check_title(self) -> None:
        empty = not self.title.text().strip()
        self.set_error("title", self.tr("Enter a title for the topic.") if empty else None)

    def data(self) -> TopicData:
        d = self.proposed_on.date()
        return TopicData(
            title=self.title.text(),
            description=self.description.toPlainText(),
            proposed_by_id=self.proposer.currentData(),
            proposed_on=dt.date(d.year(), d.month(), d.day()),
            tags=backlog.split_tags(self.tags.text()),
            status=self.status.currentData(),
        )
